"""Tramita identity service."""

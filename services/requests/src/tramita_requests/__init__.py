"""Tramita requests service."""

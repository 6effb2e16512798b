"""Tramita identity service: app layer."""

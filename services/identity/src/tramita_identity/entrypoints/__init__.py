"""Tramita identity service: entrypoints layer."""

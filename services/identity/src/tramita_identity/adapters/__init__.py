"""Tramita identity service: adapters layer."""

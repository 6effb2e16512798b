"""Tramita requests service: adapters layer."""

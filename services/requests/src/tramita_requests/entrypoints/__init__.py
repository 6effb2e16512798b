"""Tramita requests service: entrypoints layer."""

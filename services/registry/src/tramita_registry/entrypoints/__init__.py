"""Tramita registry service: entrypoints layer."""

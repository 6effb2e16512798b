"""Tramita documents service: entrypoints layer."""

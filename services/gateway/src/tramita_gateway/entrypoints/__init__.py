"""Tramita gateway service: entrypoints layer."""

"""Tramita alerts service: entrypoints layer."""

"""Tramita alerts service: adapters layer."""

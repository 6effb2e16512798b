"""Tramita documents service: adapters layer."""

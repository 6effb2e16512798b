"""Tramita registry service: adapters layer."""

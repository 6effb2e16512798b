"""Tramita gateway service: adapters layer."""

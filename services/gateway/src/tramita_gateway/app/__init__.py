"""Tramita gateway service: app layer."""

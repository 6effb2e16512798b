"""Tramita documents service: app layer."""

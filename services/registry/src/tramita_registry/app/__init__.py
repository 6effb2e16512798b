"""Tramita registry service: app layer."""

"""Tramita requests service: app layer."""

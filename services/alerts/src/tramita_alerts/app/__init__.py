"""Tramita alerts service: app layer."""

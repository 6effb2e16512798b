"""Tramita alerts service."""

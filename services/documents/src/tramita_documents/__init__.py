"""Tramita documents service."""

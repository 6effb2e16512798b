"""Tramita registry service."""

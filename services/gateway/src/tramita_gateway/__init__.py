"""Tramita gateway service."""

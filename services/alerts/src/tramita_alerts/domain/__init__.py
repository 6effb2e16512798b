"""Tramita alerts service: domain layer."""

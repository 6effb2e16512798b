"""Tramita documents service: domain layer."""

"""Tramita registry service: domain layer."""

"""Tramita requests service: domain layer."""

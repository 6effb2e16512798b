"""Tramita gateway service: domain layer."""

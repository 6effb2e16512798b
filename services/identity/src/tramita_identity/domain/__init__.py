"""Tramita identity service: domain layer."""

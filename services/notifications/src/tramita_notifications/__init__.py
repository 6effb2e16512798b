"""Tramita notifications service: tells the right people what to do, never what the case says."""

"""Tramita local stack: install and run the real servers."""

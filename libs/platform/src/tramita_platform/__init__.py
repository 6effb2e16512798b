"""Domain-free platform library shared by every Tramita service."""

"""app layer of the notifications service."""

"""domain layer of the notifications service."""

"""Use cases on competent authorities: one command, one handler, one transaction."""

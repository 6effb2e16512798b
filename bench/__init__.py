"""Benchmarks: each result is reported as a ratio to a baseline measured in the same run."""

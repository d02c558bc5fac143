"""Benchmarks: scripts that print figures (never tests that time things)."""

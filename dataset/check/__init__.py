"""Check: cross-table validation of the built tables."""

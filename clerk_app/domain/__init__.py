"""Plain rules and data with no I/O and no Qt."""

"""Clerk: the in-store clerk desktop app."""

__version__ = "0.1.0"

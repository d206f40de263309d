"""The reference implementation of Clerk's central API (see API.md)."""

__version__ = "0.1.0"

"""newsdiff: read several versions of the same news story side by side."""

__version__ = "0.1.0"

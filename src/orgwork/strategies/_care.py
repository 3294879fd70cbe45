"""Strategies for the care domain."""

from __future__ import annotations

__all__: list[str] = []

"""Strategies for the open_day domain."""

from __future__ import annotations

__all__: list[str] = []

"""Strategies for the selection domain."""

from __future__ import annotations

__all__: list[str] = []

"""Strategies for the cadres domain."""

from __future__ import annotations

__all__: list[str] = []

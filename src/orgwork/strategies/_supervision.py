"""Strategies for the supervision domain."""

from __future__ import annotations

__all__: list[str] = []

"""Strategies for the organizations domain."""

from __future__ import annotations

__all__: list[str] = []

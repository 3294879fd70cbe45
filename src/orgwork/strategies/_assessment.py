"""Strategies for the assessment domain."""

from __future__ import annotations

__all__: list[str] = []

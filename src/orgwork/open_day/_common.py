"""Helpers of the open-day modules only: the seed's file name.

Argument checks and date labels are the core's (`orgwork._args`).
"""

from __future__ import annotations

__all__ = ["S004"]

S004 = "004_10bb32bd277cce0c.txt"

"""Helpers of the open-day modules only: the seed's file name.

Argument checks and date labels are the core's (`orgwork._args`).
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["S004", "fits_count"]

S004 = "004_10bb32bd277cce0c.txt"


def fits_count(
    n: int, target: int, approximate: bool, tolerance: Decimal
) -> tuple[bool, Decimal | None]:
    """Whether ``n`` people meet a stated count: exactly, or about it (左右) within the tolerance.

    Returns the verdict and, for an approximate count, the slack allowed
    (``target * tolerance``, both ends included; None for an exact count).

    >>> fits_count(22, 20, True, Decimal("0.1")), fits_count(19, 20, False, Decimal("0.1"))
    ((True, Decimal('2')), (False, None))
    """
    if not approximate:
        return n == target, None
    slack = (Decimal(target) * tolerance).normalize()
    return abs(Decimal(n - target)) <= slack, slack

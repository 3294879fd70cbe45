"""Helpers shared by the selection modules (not public)."""

from __future__ import annotations

from fractions import Fraction

__all__ = ["percent"]


def percent(value: Fraction) -> str:
    """A share as a percentage, exact when it has at most two decimals, else cut with ``…``.

    Never rounds up: 79.999…% prints as ``79.99…%``, never as ``80.00%``.

    >>> percent(Fraction(4, 5)), percent(Fraction(2, 3)), percent(Fraction(7999, 10000))
    ('80%', '66.66…%', '79.99%')
    """
    hundredths = value * 10000
    whole = hundredths.numerator // hundredths.denominator
    exact = hundredths.denominator == 1
    units, cents = divmod(whole, 100)
    text = str(units) if cents == 0 and exact else f"{units}.{cents:02d}"
    if exact and cents % 10 == 0 and cents:
        text = f"{units}.{cents // 10}"
    return f"{text}%" if exact else f"{text}…%"

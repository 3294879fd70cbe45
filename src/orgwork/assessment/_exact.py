"""Exact points as whole hundredths (分 × 100): the one number representation inside the rules."""

from __future__ import annotations

from decimal import Decimal

__all__ = ["from_cents", "mean_cents", "show", "to_cents"]


def to_cents(value: Decimal) -> int:
    """``value`` (at most two decimal places) as a whole number of hundredths, exactly.

    Examples:
        >>> to_cents(Decimal("985.5")), to_cents(Decimal("-3")), to_cents(Decimal("0.01"))
        (98550, -300, 1)
    """
    num, den = value.as_integer_ratio()
    cents, rest = divmod(num * 100, den)
    if rest:
        raise ValueError(f"{value} has more than two decimal places")
    return cents


def from_cents(cents: int) -> Decimal:
    """Hundredths back to a Decimal, exactly, without trailing zeros after the point.

    Examples:
        >>> from_cents(98600), from_cents(98550), from_cents(-7), from_cents(0)
        (Decimal('986'), Decimal('985.5'), Decimal('-0.07'), Decimal('0'))
    """
    sign = 1 if cents < 0 else 0
    mag = abs(cents)
    if mag % 100 == 0:
        return Decimal((sign, tuple(int(c) for c in str(mag // 100)), 0))
    if mag % 10 == 0:
        return Decimal((sign, tuple(int(c) for c in str(mag // 10)), -1))
    return Decimal((sign, tuple(int(c) for c in str(mag)), -2))


def mean_cents(total_cents: int, count: int) -> int:
    """``total_cents / count`` rounded half up to whole hundredths (``total_cents >= 0``).

    Examples:
        >>> mean_cents(100, 12), mean_cents(6, 12), mean_cents(5, 12)
        (8, 1, 0)
    """
    return (2 * total_cents + count) // (2 * count)


def show(value: Decimal) -> str:
    """Points as text: ``986``, ``985.5``.

    Examples:
        >>> show(Decimal("985.50")), show(Decimal("1000"))
        ('985.5', '1000')
    """
    return str(from_cents(to_cents(value)))

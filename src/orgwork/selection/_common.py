"""Helpers shared by the selection modules (not public)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from fractions import Fraction
from typing import Protocol

from orgwork._args import check_unique
from orgwork.decision import Shown, both, sentence
from orgwork.errors import RecordError

__all__ = [
    "S000",
    "S001",
    "S002",
    "S004",
    "Bilingual",
    "capitalized",
    "percent",
    "unique",
]

#: The seed reports these rules come from (file names in shared/seeds/readable).
S000 = "000_d6bf9a3c8f5be95e.txt"
S001 = "001_abf17c1f2718a70a.txt"
S002 = "002_c27f48baf07b5fdd.txt"
S004 = "004_10bb32bd277cce0c.txt"


class Bilingual(Protocol):
    """Anything a template shows in its own language: a Text, or an enum with ``zh`` and ``en``."""

    @property
    def zh(self) -> str: ...

    @property
    def en(self) -> str: ...


def capitalized(value: Bilingual) -> Shown:
    """``value`` as a template value whose English opens a sentence (first letter capital).

    >>> from orgwork.decision import Text
    >>> capitalized(Text(zh="公选干部", en="public selection of cadres"))
    Shown(zh='公选干部', en='Public selection of cadres')
    """
    return both(value.zh, sentence(value.en))


def unique(values: Iterable[Hashable], what: str) -> None:
    """`orgwork._args.check_unique` inside a model validator: a ValueError, so that
    pydantic reports it as a ValidationError of the field.

    >>> unique(["甲", "乙", "甲"], "candidates")
    Traceback (most recent call last):
    ...
    ValueError: candidates listed more than once: 甲
    """
    try:
        check_unique(values, what)
    except RecordError as exc:
        raise ValueError(str(exc)) from None


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

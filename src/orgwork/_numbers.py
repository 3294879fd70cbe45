"""What a number or a date written as text may be: one rule for models, policies, cells and the CLI.

A number is an optional sign, digits 0-9 and at most one point
(`DECIMAL_TEXT`; `INTEGER_TEXT` without the point). Python's
other literal forms (``1_000``, ``1e3``, ``nan``) and other scripts' digits
(``٩٥``) are not numbers here, although `decimal.Decimal` and
`int` would take them. Imported cells may also be typed on a Chinese
keyboard: `WIDE` turns the full-width digits, signs, point and slash
(０-９＋－．／) and the minus sign U+2212 (−) into ASCII first, and nothing
else: not superscripts (²), circled (①) or mathematical digits (𝟗), which
NFKC would turn into ASCII digits too.

>>> "－８３．５".translate(WIDE)
'-83.5'
>>> bool(DECIMAL_TEXT.fullmatch("1_000"))
False
"""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal

__all__ = ["DATE_TEXT", "DECIMAL_TEXT", "INTEGER_TEXT", "WIDE", "date_from_text", "yuan"]

DECIMAL_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
INTEGER_TEXT = re.compile(r"[+-]?[0-9]+")
WIDE = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "\uff0b": "+",
        "\uff0d": "-",
        "\u2212": "-",
        "\uff0e": ".",
        "\uff0f": "/",
    }
)

#: A date as text: ``2025-03-01``, ``2025/3/1``, ``2025.3.1`` (a midnight time allowed) or
#: ``2025年3月1日``, after `WIDE` (full-width digits and separators).
DATE_TEXT = (
    re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:[ T]00:00(?::00)?)?"),
    re.compile(r"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日?"),
)


def date_from_text(text: str) -> _dt.date | None:
    """The date ``text`` writes (`DATE_TEXT`), None if it writes none; a ValueError if no such day.

    >>> date_from_text("２０２４年２月８日"), date_from_text("2024/2/8"), date_from_text("8 Feb")
    (datetime.date(2024, 2, 8), datetime.date(2024, 2, 8), None)
    """
    norm = text.strip().translate(WIDE)
    m = DATE_TEXT[0].fullmatch(norm) or DATE_TEXT[1].fullmatch(norm)
    if m is None:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValueError(f"no such date: {text!r}") from None


def yuan(value: Decimal, *, grouped: bool = False) -> str:
    """A sum of money as written: whole yuan without a point, else to the 分 (two places),
    and a fraction of a 分 kept as it is (never rounded away). ``grouped`` puts a comma
    between thousands.

    >>> yuan(Decimal("1")), yuan(Decimal("0.2")), yuan(Decimal("43.215")), yuan(Decimal("1E+1"))
    ('1', '0.20', '43.215', '10')
    >>> yuan(Decimal("12500.50"), grouped=True)
    '12,500.50'
    """
    text = format(value, "f")
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    if frac and len(frac) < 2:
        frac += "0"
    if grouped:
        sign = "-" if whole.startswith("-") else ""
        whole = sign + format(int(whole.lstrip("-") or "0"), ",")
    return f"{whole}.{frac}" if frac else whole

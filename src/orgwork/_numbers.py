"""What a number written as text may be: one rule for models, policies and imported cells.

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

import re

__all__ = ["DECIMAL_TEXT", "INTEGER_TEXT", "WIDE"]

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

"""Constants and a template helper shared by the organizations modules (not public)."""

from __future__ import annotations

from collections.abc import Sequence

from orgwork.decision import Say

__all__ = ["AND", "S001", "S002", "S003", "joined"]

#: The seed reports these rules come from (file names in shared/seeds/readable).
S001 = "001_abf17c1f2718a70a.txt"
S002 = "002_c27f48baf07b5fdd.txt"
S003 = "003_5278913ac78e06dd.txt"

#: Items joined with 、 in Chinese and ``; `` in English.
AND = Say("{a}、{b}", "{a}; {b}")


def joined(items: Sequence[object], sep: Say) -> object:
    """``items`` (at least one) joined by ``sep``, a template of fields ``a`` and ``b``.

    >>> from orgwork.decision import Text
    >>> joined(["甲", "乙", "丙"], AND)
    Text(zh='甲、乙、丙', en='甲; 乙; 丙')
    """
    out = items[0]
    for item in items[1:]:
        out = sep.text(a=out, b=item)
    return out

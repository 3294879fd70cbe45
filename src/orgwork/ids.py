"""Identifiers: one policy for every id in every model.

An id names a thing the rules join on: a village, a case, a cadre, a member,
a branch, a ledger item. Two ids that a person reads as the same must be the
same id, whatever keyboard, spreadsheet or copy-and-paste produced them. So
every id field of every orgwork model is an `Id`, which

1. normalises the text with Unicode NFKC, so full-width letters and digits
   (``Ｖ０１``) become ``V01`` and compatibility ideographs become the unified
   ones;
2. removes invisible format characters (Unicode category ``Cf``: the zero-width
   space U+200B, the byte-order mark U+FEFF, the word joiner U+2060, direction
   marks and the like), wherever they stand;
3. strips surrounding white space (including the ideographic space U+3000);
4. rejects what is left if it is empty, longer than `MAX_ID_LENGTH`
   characters, or holds a control character (a tab, a line break, NUL): those
   are never part of an id, and a silent repair would hide a broken file.

A rejected id is a `pydantic.ValidationError` naming the field, like any
other bad model input. The normalised id is what the model keeps, what
decisions cite and what reports print.

>>> normalise_id("\\ufeffＶ０１\\u200b ")
'V01'
>>> normalise_id("朱家村")
'朱家村'
>>> normalise_id("V\\x0001")
Traceback (most recent call last):
...
ValueError: an id may not contain a control character (U+0000)
"""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, Field

__all__ = ["MAX_ID_LENGTH", "Id", "IdOrBlank", "normalise_id"]

#: The longest id accepted, in characters after normalisation.
MAX_ID_LENGTH = 200


def normalise_id(value: str) -> str:
    """The id ``value`` stands for: NFKC, invisible characters removed, stripped.

    Raises:
        TypeError: ``value`` is not a string.
        ValueError: the id is empty after normalisation, longer than
            `MAX_ID_LENGTH`, or holds a control character.
    """
    if not isinstance(value, str):
        raise TypeError(f"an id must be a string, not {type(value).__name__}")
    if value.isascii() and value.isprintable() and value == value.strip():
        text = value  # the common case: plain printable ASCII needs no work
    else:
        text = unicodedata.normalize("NFKC", value)
        text = "".join(c for c in text if unicodedata.category(c) != "Cf").strip()
        for c in text:
            if unicodedata.category(c) in ("Cc", "Cs"):
                raise ValueError(f"an id may not contain a control character (U+{ord(c):04X})")
    if not text:
        raise ValueError("an id may not be empty (or only invisible characters and spaces)")
    if len(text) > MAX_ID_LENGTH:
        raise ValueError(f"an id may be at most {MAX_ID_LENGTH} characters, not {len(text)}")
    return text


#: A normalised identifier (see the module's docstring for the policy).
Id = Annotated[str, Field(min_length=1), AfterValidator(normalise_id)]


def _normalise_or_blank(value: str) -> str:
    text = unicodedata.normalize("NFKC", value)
    if not "".join(c for c in text if unicodedata.category(c) != "Cf").strip():
        return ""
    return normalise_id(value)


#: An id that a record may leave blank (``""``: not known or not set), normalised
#: like `Id` otherwise. A value of only spaces or invisible characters is blank.
IdOrBlank = Annotated[str, AfterValidator(_normalise_or_blank)]

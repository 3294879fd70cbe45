"""What reading a records file found: problems with rows, and values that had to be interpreted."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from orgwork.decision import Lang

__all__ = ["Problem", "SheetCount"]


class Problem(BaseModel):
    """读取问题 — one problem found while reading a records file.

    ``severity`` is ``"error"`` when the row is reported instead of accepted
    (it is not in the records), and ``"note"`` when the row was accepted but a
    value had to be interpreted (full-width digits, a date written
    ``2025年3月1日``, a trimmed space). ``row`` is the row number as the user
    sees it (the spreadsheet row, the CSV line, the JSON item), or None for a
    problem with a whole sheet or file; ``column`` is the header as written.

    Examples:
        >>> p = Problem(sheet="信访登记表", row=5, column="承办人", severity="error",
        ...             zh="承办人“王五”不在承办人名单中", en="handler '王五' is not on the list")
        >>> p.where("zh")
        '信访登记表 第5行 承办人'
        >>> p.where("en")
        '信访登记表, row 5, column 承办人'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    sheet: str
    row: int | None = None
    column: str | None = None
    severity: Literal["error", "note"]
    zh: str
    en: str

    def where(self, lang: Lang = "zh") -> str:
        """Where the problem is: sheet, row and column, in ``lang``."""
        if lang == "zh":
            parts = [self.sheet]
            if self.row is not None:
                parts.append(f"第{self.row}行")
            if self.column:
                parts.append(self.column)
            return " ".join(parts)
        parts = [self.sheet]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def message(self, lang: Lang = "zh") -> str:
        """One line: where, then what."""
        what = self.zh if lang == "zh" else self.en
        sep = ":" if lang == "zh" else ": "
        return f"{self.where(lang)}{sep}{what}"


class SheetCount(BaseModel):
    """How many rows of one sheet were read, accepted and reported.

    Every row read is either accepted or reported: ``read == accepted + reported``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    sheet: str
    read: int
    accepted: int
    reported: int

"""Reading and writing one cell: what a clerk may type, and what orgwork writes back.

A cell is read by its column's kind. What was typed is never changed
silently: a value that had to be interpreted (full-width digits, a date
written ``2025年3月1日``, a trimmed space, an Excel serial number) is read
and noted; anything else that does not fit is a `CellError` naming
what was expected.

Examples:
    >>> from orgwork.records._schema import Column
    >>> c = Column(("on",), "日期", "date", "date")
    >>> read_cell(c, "2025年3月1日")
    (datetime.date(2025, 3, 1), [('日期写作“2025年3月1日”,读作2025-03-01', "date '2025年3月1日' read as 2025-03-01")])
    >>> read_cell(Column(("n",), "人数", "count", "int"), "１２")
    (12, [('全角数字“１２”读作12', "full-width digits '１２' read as 12")])
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from orgwork._numbers import DECIMAL_TEXT, WIDE, date_from_text
from orgwork.records._schema import Column

__all__ = ["BLANK", "EMPTY_TEXT", "CellError", "Note", "read_cell", "write_cell"]

Note = tuple[str, str]
Target = Literal["xlsx", "csv", "json"]


class _Blank:
    def __repr__(self) -> str:
        return "BLANK"


#: What a blank cell reads as (the field keeps its default).
BLANK: Any = _Blank()


class _EmptyText:
    def __repr__(self) -> str:
        return "EMPTY_TEXT"


#: An empty text that a file states as such (JSON's ``""``, unlike a blank spreadsheet cell).
EMPTY_TEXT: Any = _EmptyText()

_INT = re.compile(r"[+-]?[0-9]+")
_SPLIT = re.compile(r"[、,，;；\n]")
_TRUE = {"是", "true", "yes", "y", "1", "√", "✓", "对", "有"}
_FALSE = {"否", "false", "no", "n", "0", "×", "✗", "错", "无"}
#: Excel's day zero for serial dates (1900 date system, after its leap-year bug).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
#: The first day Excel and openpyxl agree on as a date cell.
_EXCEL_SAFE = dt.date(1900, 3, 1)


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; ``zh`` and ``en`` say why."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en


def _show(raw: Any) -> str:
    text = str(raw)
    return text if len(text) <= 40 else text[:37] + "…"


def _ascii(text: str, notes: list[Note]) -> str:
    """Full-width digits and signs (and U+2212 −) as ASCII, noted when anything changed."""
    norm = text.translate(WIDE)
    if norm != text:
        notes.append((f"全角数字“{text}”读作{norm}", f"full-width digits '{text}' read as {norm}"))
    return norm


def read_cell(column: Column, raw: Any) -> tuple[Any, list[Note]]:
    """The value of ``raw`` for ``column`` and the notes on how it was read.

    A blank cell (None, or only spaces) reads as `BLANK`. Raises
    `CellError` when the cell cannot be read.
    """
    notes: list[Note] = []
    if raw is EMPTY_TEXT:
        return ("", []) if column.kind == "str" else _blank(column)
    if isinstance(raw, str):
        stripped = raw.strip()
        if stripped != raw and stripped and column.kind != "list":
            notes.append(
                (f"去掉首尾空格“{_show(raw)}”", f"surrounding spaces trimmed from '{_show(raw)}'")
            )
        raw = stripped
        if raw == "":
            return _blank(column)
    if raw is None:
        return _blank(column)
    value = _READERS[column.kind](column, raw, notes)
    return value, notes


def _blank(column: Column) -> tuple[Any, list[Note]]:
    """A blank cell: an empty list for a list that cannot be None, else `BLANK`."""
    if column.kind == "list" and not column.nullable:
        return (), []
    return BLANK, []


def _read_str(column: Column, raw: Any, notes: list[Note]) -> str:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        raise CellError("应为文字,不是是非值", "expected text, not a true/false value")
    if isinstance(raw, int):
        notes.append((f"数字{raw}按文字读取", f"number {raw} read as text"))
        return str(raw)
    if isinstance(raw, float) and raw.is_integer():
        notes.append((f"数字{int(raw)}按文字读取", f"number {int(raw)} read as text"))
        return str(int(raw))
    if isinstance(raw, float | Decimal):
        notes.append((f"数字{raw}按文字读取", f"number {raw} read as text"))
        return str(raw)
    if isinstance(raw, dt.datetime | dt.date):
        day = raw.date() if isinstance(raw, dt.datetime) else raw
        notes.append((f"日期{day}按文字读取", f"date {day} read as text"))
        return day.isoformat()
    raise CellError(f"无法读作文字:{_show(raw)}", f"cannot read {_show(raw)!r} as text")


def _read_int(column: Column, raw: Any, notes: list[Note]) -> int:
    if isinstance(raw, bool):
        raise CellError("应为整数,不是是非值", "expected a whole number, not true/false")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        if raw.is_integer():
            return int(raw)
        raise CellError(f"应为整数:{raw}", f"expected a whole number, got {raw}")
    if isinstance(raw, Decimal) and raw == raw.to_integral_value():
        return int(raw)
    if isinstance(raw, str):
        text = _ascii(raw, notes)
        if _INT.fullmatch(text):
            return int(text)
    raise CellError(f"应为整数:“{_show(raw)}”", f"expected a whole number, got {_show(raw)!r}")


def _read_decimal(column: Column, raw: Any, notes: list[Note]) -> Decimal:
    if isinstance(raw, bool):
        raise CellError("应为数值,不是是非值", "expected a number, not true/false")
    if isinstance(raw, int | Decimal):
        return Decimal(raw)
    if isinstance(raw, float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            raise CellError(f"应为数值:{raw}", f"expected a number, got {raw}")
        return Decimal(repr(raw))
    if isinstance(raw, str):
        text = _ascii(raw, notes)
        if DECIMAL_TEXT.fullmatch(text):
            try:
                return Decimal(text)
            except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
                pass
    raise CellError(f"应为数值:“{_show(raw)}”", f"expected a number, got {_show(raw)!r}")


def _read_date(column: Column, raw: Any, notes: list[Note]) -> dt.date:
    if isinstance(raw, dt.datetime):
        if raw.time() != dt.time(0):
            raise CellError(
                f"应为日期,不含时刻:{raw}", f"expected a date without a time of day, got {raw}"
            )
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if float(raw).is_integer() and 1 <= raw <= 2958465:
            day = _EXCEL_EPOCH + dt.timedelta(days=int(raw))
            notes.append(
                (f"Excel日期序号{int(raw)}读作{day}", f"Excel serial date {int(raw)} read as {day}")
            )
            return day
        raise CellError(f"应为日期:{raw}", f"expected a date, got {raw}")
    if isinstance(raw, str):
        try:
            written = date_from_text(raw)
        except ValueError:
            raise CellError(f"日期不存在:“{_show(raw)}”", f"no such date: {_show(raw)!r}") from None
        if written is not None:
            if raw != written.isoformat():
                notes.append((f"日期写作“{raw}”,读作{written}", f"date '{raw}' read as {written}"))
            return written
    raise CellError(
        f"应为日期(如2025-03-01、2025/3/1、2025.3.1或2025年3月1日):“{_show(raw)}”",
        f"expected a date (2025-03-01, 2025/3/1, 2025.3.1 or 2025年3月1日), got {_show(raw)!r}",
    )


def _read_bool(column: Column, raw: Any, notes: list[Note]) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str):
        text = unicodedata.normalize("NFKC", raw).casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise CellError(f"应填“是”或“否”:“{_show(raw)}”", f"expected yes or no, got {_show(raw)!r}")


def _read_choice(column: Column, raw: Any, notes: list[Note]) -> Any:
    text = raw if isinstance(raw, str) else str(raw)
    norm = unicodedata.normalize("NFKC", text).strip()
    for c in column.choices:
        value = getattr(c.value, "value", c.value)
        if text in (c.zh, c.en, str(value)):
            return c.value
    for c in column.choices:
        value = getattr(c.value, "value", c.value)
        names = (c.zh, c.en, str(value))
        if norm.casefold() in {unicodedata.normalize("NFKC", n).casefold() for n in names}:
            notes.append((f"“{text}”读作“{c.zh}”", f"'{text}' read as '{c.en}'"))
            return c.value
    allowed_zh = "、".join(c.zh for c in column.choices)
    allowed_en = ", ".join(c.en for c in column.choices)
    raise CellError(
        f"“{_show(raw)}”不是可选值之一({allowed_zh})",
        f"{_show(raw)!r} is not one of the allowed values ({allowed_en})",
    )


def _read_list(column: Column, raw: Any, notes: list[Note]) -> tuple[Any, ...]:
    assert column.item is not None
    if isinstance(raw, list | tuple):
        parts: list[Any] = list(raw)
    elif isinstance(raw, str) and raw.startswith("["):
        try:
            loaded = json.loads(raw)
        except ValueError:
            raise CellError(
                f"列表写法有误:“{_show(raw)}”", f"malformed list: {_show(raw)!r}"
            ) from None
        if not isinstance(loaded, list):
            raise CellError(f"列表写法有误:“{_show(raw)}”", f"malformed list: {_show(raw)!r}")
        parts = loaded
    elif isinstance(raw, str):
        parts = [p.strip() for p in _SPLIT.split(raw)]
        parts = [p for p in parts if p]
    else:
        parts = [raw]
    out = []
    for p in parts:
        value, more = read_cell(column.item, p)
        if value is BLANK:
            raise CellError("列表中有空项", "the list has an empty item")
        notes.extend(more)
        out.append(value)
    return tuple(out)


_READERS: dict[str, Any] = {
    "str": _read_str,
    "int": _read_int,
    "decimal": _read_decimal,
    "date": _read_date,
    "bool": _read_bool,
    "choice": _read_choice,
    "list": _read_list,
}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_cell(column: Column, value: Any, lang: str, target: Target) -> Any:
    """The cell ``value`` is written as: a str, int, float, date or bool (JSON: any JSON value).

    Labels follow ``lang``; JSON keeps the stored values (enum codes, ISO
    dates, decimals as strings) so that programs read it exactly.
    """
    if value is None:
        return None
    kind = column.kind
    if kind == "list":
        assert column.item is not None
        items = [write_cell(column.item, v, lang, target) for v in _ordered(value)]
        if target == "json":
            return items
        texts = [i.isoformat() if isinstance(i, dt.date) else str(i) for i in items]
        if any(_SPLIT.search(t) or t != t.strip() or not t or t.startswith("[") for t in texts):
            return json.dumps(texts, ensure_ascii=False)
        return "、".join(texts)
    if kind == "choice":
        if target == "json":
            return getattr(value, "value", value)
        for c in column.choices:
            if c.value == value:
                return c.zh if lang == "zh" else c.en
        return str(getattr(value, "value", value))
    if kind == "bool":
        if target == "json":
            return bool(value)
        if lang == "zh":
            return "是" if value else "否"
        return "yes" if value else "no"
    if kind == "date":
        # Excel's days before 1 March 1900 (its serials 0-60) do not come back as dates: text
        return value if target == "xlsx" and value >= _EXCEL_SAFE else value.isoformat()
    if kind == "decimal":
        if target == "xlsx":
            as_float = float(value)
            if Decimal(repr(as_float)) == value and abs(as_float) < 1e15:
                return int(as_float) if as_float.is_integer() else as_float
        return format(value, "f")  # never an exponent (1E+2 is written 100)
    if kind == "int":
        if target == "xlsx" and abs(value) >= 10**15:
            return str(value)
        return value
    return value


def _ordered(value: Any) -> list[Any]:
    if isinstance(value, frozenset | set):
        return sorted(value, key=lambda v: str(getattr(v, "value", v)))
    return list(value)

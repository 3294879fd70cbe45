"""Import and export of score sheets and point adjustments: CSV (stdlib) and Excel ``.xlsx``.

Files have one header row, then one row per unit and month. Column names
may be Chinese or English (``单位``/``unit``, ``乡镇``/``town``,
``年度``/``year``, ``月份``/``month``, ``类型``/``kind``, ``合计``/``total``,
``备注``/``note``); each scheme item is a column named by its code or its
Chinese or English name. Row numbers count the header as row 1, as a
spreadsheet shows them.

Nothing is dropped silently: [`read_scores`][orgwork.assessment.io.read_scores] returns the accepted
sheets *and* every rejected row with its row number, field and reason (in
Chinese and English); with ``strict=True`` it raises
[`ImportRowsError`][orgwork.errors.ImportRowsError] listing them all. A file it cannot
read at all (a folder, empty, no header, missing or unknown columns, a header
line that cannot be decoded) raises [`ImportRowsError`][orgwork.errors.ImportRowsError]
in either mode; a missing file is a `FileNotFoundError`.

Every CSV row is accepted or rejected, never lost: a row with bytes that
cannot be decoded, with a cell over `csv.field_size_limit`, or where a
quote opens and is not closed properly, is rejected with the reason (for a
quote, the row where it opened; the lines after it are read on their own).
A number cell holds an optional sign, digits and at most one decimal point:
full-width digits, signs and point (``－１２．５``) and the minus sign ``−``
are read as ASCII; ``1_000``, ``1e3``, ``1,000``, ``٩٥`` or ``²`` are rejected.
An ``.xlsx`` import names the worksheet it read (``sheet``) and the others
(``ignored_sheets``).

CSV encoding: UTF-8 (with or without a BOM) is tried first, then GB18030
(a superset of GBK and GB2312, what Chinese Excel writes), UTF-16 by its BOM
or its NUL bytes; in a UTF-8 file a line that is not UTF-8 is rejected. Pass
``encoding=`` to force one (an unknown codec is a `ValueError` naming
``encoding``). ``.xlsx`` needs openpyxl (``pip install "orgwork[xlsx]"``).

Formula injection: a text cell that starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return is written with a leading apostrophe (``'=1+1``)
so no spreadsheet runs it, and read back without it. Number columns
(year, month, points) are written as plain numbers, never escaped: they are
made from ``int``/``Decimal`` values, so a deduction is written ``-5`` and
stays a number, and it cannot carry a formula.

Examples:
    >>> import tempfile, pathlib
    >>> from orgwork.assessment import MonthlySheet
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> s = MonthlySheet(unit="=朱家村", town="灵乡镇", year=2025, month=7, points={"goals": "82.5"})
    >>> _ = write_scores([s], d / "scores.csv")
    >>> (d / "scores.csv").read_text("utf-8-sig").splitlines()[1]
    "'=朱家村,灵乡镇,村,2025,7,82.5,82.5,"
    >>> read_scores(d / "scores.csv").accepted == (s,)
    True
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import importlib
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from orgwork._args import as_year
from orgwork._files import checked_encoding, checked_path, csv_rows, decode_lines, is_utf8
from orgwork._numbers import DECIMAL_TEXT, INTEGER_TEXT, WIDE
from orgwork.assessment._annual import aggregation, annual_totals
from orgwork.assessment._exact import show
from orgwork.assessment._model import MonthlySheet, UnitKind
from orgwork.assessment._scheme import THOUSAND_POINT, PointScheme, scheme_in_force
from orgwork.decision import RuleContext, Say, Text, both
from orgwork.errors import ImportRowsError
from orgwork.points import PointAdjustment
from orgwork.policy import Policy

__all__ = [
    "AdjustmentImport",
    "RejectedRow",
    "ScoreImport",
    "neutralise",
    "read_adjustments",
    "read_scores",
    "restore",
    "write_adjustments",
    "write_scores",
]

Lang = Literal["zh", "en"]

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """A text cell made safe for spreadsheets: a leading apostrophe before a formula start.

    A text that starts with an apostrophe followed by such a character (or
    by another apostrophe) is escaped too, so [`restore`][orgwork.assessment.io.restore] gives back
    exactly the original.

    Examples:
        >>> neutralise("=SUM(A1)"), neutralise("-5"), neutralise("朱家村"), neutralise("'=x")
        ("'=SUM(A1)", "'-5", '朱家村', "''=x")
    """
    if text.startswith(_DANGEROUS) or (
        len(text) > 1 and text[0] == "'" and text[1] in (*_DANGEROUS, "'")
    ):
        return "'" + text
    return text


def restore(text: str) -> str:
    """Undo [`neutralise`][orgwork.assessment.io.neutralise] (only an apostrophe it could have added is removed).

    Examples:
        >>> restore("'=SUM(A1)"), restore("'abc"), restore("''=x")
        ('=SUM(A1)', "'abc", "'=x")
    """
    if len(text) > 1 and text[0] == "'" and text[1] in (*_DANGEROUS, "'"):
        return text[1:]
    return text


class _Why:
    """Why a file, its header (row 1) or a row is refused: the reasons of [`RejectedRow`][orgwork.assessment.io.RejectedRow].

    A field that one language leaves out is given as ``both(text, "")`` or ``both("", text)``.
    """

    # the file
    undecodable = Say("无法按{encoding}解码:{error}", "cannot decode as {encoding}: {error}")
    unknown_encoding = Say(
        "文件既不是UTF-8也不是GBK/GB18030编码,请用encoding参数指定",
        "the file is neither UTF-8 nor GBK/GB18030; pass encoding=",
    )
    empty_file = Say("文件为空(没有表头)", "the file is empty (no header row)")
    a_folder = Say("是文件夹,不是文件", "a folder, not a file")
    # a line of the file
    undecodable_line = Say(
        "本行有无法按{encoding}解码的字节,未读取", "bytes that cannot be decoded as {encoding}"
    )
    open_quote = Say(
        "本行的引号没有正确闭合,本行未读取(其后各行单独读取)",
        "a quote opened on this line is not closed properly (the lines after it are read "
        "on their own)",
    )
    too_long = Say("本行有超过{limit}个字符的单元格", "a cell longer than {limit} characters")
    not_xlsx = Say("不是有效的xlsx文件:{error}", "not a valid .xlsx file: {error}")
    no_worksheet = Say("没有名为{sheet}的工作表", "no worksheet named {sheet!r}")
    empty_sheet = Say("工作表为空(没有表头)", "the worksheet is empty (no header row)")
    old_xls = Say(
        "不支持旧版.xls文件,请另存为.xlsx或CSV",
        "old .xls files are not supported; save as .xlsx or CSV",
    )
    # the header
    unknown_column = Say("无法识别的列名", "unknown column")
    ambiguous_column = Say("列名有歧义,可指{fields}", "ambiguous column name: {fields}")
    column_twice = Say("重复的列{field}", "column given twice ({field})")  # field: English only
    missing_columns = Say("缺少必需的列:{columns}", "missing required column(s): {columns}")
    # a cell: its field's Chinese name (Chinese only), then what is wrong with it
    cell = Say("{field}{why}", "{why}{field}")
    empty = Say("不能为空", "must not be empty")
    not_whole = Say("不是整数", "not a whole number")
    a_date = Say("是日期,不是整数", "a date, not a whole number")
    not_number = Say("不是数字", "not a number")
    not_finite = Say("不是有限的数字", "not a finite number")
    too_large = Say("数值过大", "too large a number")
    over_two_places = Say("最多两位小数", "more than two decimal places")
    not_a_kind = Say("类型应为“村”或“干部”", "kind must be village or cadre")
    # a row
    unnamed_column = Say(
        "第{column}列没有列名却有内容", "a value in column {column}, which has no header"
    )
    unknown_unit = Say("不在已知单位名单中", "unknown unit")
    other_town = Say("该单位属于{town}", "the unit belongs to {town}")
    repeated = Say(
        "{what}重复(另见第{rows}行),无法确定以哪一行为准",
        "{what} given more than once (also row(s) {rows}); which is right is unknown",
    )
    year_range = Say("年度超出范围(1949–2200)", "year out of range (1949–2200)")
    other_year = Say("不是{year}年度", "not the year {year}")
    month_range = Say("月份应为1–12", "month must be 1–12")
    not_scored = Say("不是评分月份", "not a scored month (assessment.scored_months)")
    negative = Say("分值不能为负(扣分请另列加减分)", "points may not be negative")
    above_cap = Say(  # item: Chinese only
        "{item}得分超过该项当月上限{cap}分", "above the item's maximum of {cap} for the month{item}"
    )
    total_differs = Say("合计与各项之和{added}不符", "does not equal the items' sum {added}")
    towns = Say(
        "同一单位属于多个乡镇或类型:{towns}",
        "the unit is named with more than one town or kind: {towns}",
    )
    not_an_item = Say(
        "不是考核方案中的分项{scheme}", "not an item of scheme {scheme}"
    )  # scheme: English only
    invalid = Say("{message}", "{message}")  # a model's own message, in English only


#: What a row repeats when two rows give one unit's month.
_UNIT_MONTH = Text(zh="同一单位同一月份", en="the unit and month")


class RejectedRow(BaseModel):
    """A row (or the header, row 1) that was not accepted, the field at fault and why."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    row: int
    field: str | None
    value: str | None
    reason: Text

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", {self.field}" if self.field else "")
        got = f" ({self.value!r})" if self.value not in (None, "") else ""
        return f"{where}: {self.reason.en}{got}"


class _Import(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    encoding: str | None
    rows: int
    rejected: tuple[RejectedRow, ...]
    blank_rows: tuple[int, ...] = ()
    #: The worksheet read (an ``.xlsx`` file; None for CSV) and the worksheets left unread.
    sheet: str | None = None
    ignored_sheets: tuple[str, ...] = ()

    @property
    def rejected_rows(self) -> tuple[int, ...]:
        """The distinct row numbers rejected, in order."""
        return tuple(sorted({r.row for r in self.rejected}))

    @property
    def ok(self) -> bool:
        """True when no row was rejected."""
        return not self.rejected


class ScoreImport(_Import):
    """The result of [`read_scores`][orgwork.assessment.io.read_scores]: accepted sheets and rejected rows.

    ``rows`` counts the data rows read (blank rows are listed in
    ``blank_rows`` and not counted); every one of them is either accepted
    or has at least one entry in ``rejected``.
    """

    accepted: tuple[MonthlySheet, ...]


class AdjustmentImport(_Import):
    """The result of [`read_adjustments`][orgwork.assessment.io.read_adjustments]: accepted adjustments and rejected rows."""

    accepted: tuple[PointAdjustment, ...]


# -- reading tables ------------------------------------------------------------------------


@dataclass
class _Table:
    source: str
    encoding: str | None
    header: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number, cells)
    broken: dict[int, Text] = field(default_factory=dict)  # rows the file could not give
    sheet: str | None = None  # the worksheet read (xlsx)
    ignored: tuple[str, ...] = ()  # the worksheets not read (xlsx)


def _fail(source: str, problems: Sequence[RejectedRow]) -> ImportRowsError:
    head = "; ".join(str(p) for p in problems[:5])
    more = f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""
    return ImportRowsError(f"{source}: {head}{more}", rejected=tuple(problems))


def _header_error(source: str, why: Text, field: str | None = None) -> ImportRowsError:
    return _fail(source, [RejectedRow(row=1, field=field, value=None, reason=why)])


def _utf16_without_bom(head: bytes) -> bool:
    """UTF-16 puts a NUL in every other byte of its ASCII characters (a stray NUL does not)."""
    odd, even = head[1::2].count(0), head[0::2].count(0)
    return 16 * max(odd, even) >= len(head) >= 8 and 4 * min(odd, even) <= max(odd, even)


def _decode(data: bytes, source: str, encoding: str | None) -> tuple[str, str, set[int]]:
    """The text, the encoding used and the lines that could not be decoded in it.

    A line that cannot be decoded is reported as a row; only a file whose header
    line cannot be decoded is refused as a whole.
    """
    body = data
    if encoding is not None:
        used = encoding
    elif data.startswith(codecs.BOM_UTF8):
        body, used = data[len(codecs.BOM_UTF8) :], "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        used = "utf-16"
    elif _utf16_without_bom(data[:4000]):
        head = data[:4000]
        used = "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"
    elif is_utf8(data):
        used = "utf-8"
    else:  # mostly UTF-8 (a line or two from elsewhere), or GBK/GB18030 throughout
        lines = data.split(b"\n")
        utf8 = sum(1 for ln in lines if is_utf8(ln) and any(b > 127 for b in ln))
        other = sum(1 for ln in lines if not is_utf8(ln))
        used = "utf-8" if utf8 > other else "gb18030"
    text, bad = decode_lines(body, "utf-8" if used == "utf-8-sig" else used)
    first = next((i for i, ln in enumerate(text.split("\n"), 1) if ln.strip()), 1)
    if first in bad:
        if encoding is None and used == "gb18030":
            raise _header_error(source, _Why.unknown_encoding.text())
        why = _Why.undecodable.text(encoding=used, error="the header line")
        raise _header_error(source, why)
    return text, used, bad


def _read_csv(path: Path, encoding: str | None) -> _Table:
    source = str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise _header_error(source, _Why.a_folder.text()) from None
    text, used, bad = _decode(data, source, encoding)
    if not text.strip():
        raise _header_error(source, _Why.empty_file.text())
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    header: list[str] | None = None
    rows: list[tuple[int, list[Any]]] = []
    broken: dict[int, Text] = {}
    for number, (_, _, cells, why) in enumerate(csv_rows(text, bad, delimiter), 1):
        if cells is None:
            reason = (
                _Why.undecodable_line.text(encoding=used)
                if why is not None and "decode" in why[1]
                else _Why.too_long.text(limit=csv.field_size_limit())
                if why is not None and "longer" in why[1]
                else _Why.open_quote.text()
            )
            if header is None:
                raise _header_error(source, reason)
            broken[number] = reason
            rows.append((number, []))
        elif header is None:
            header = list(cells)
        else:
            rows.append((number, list(cells)))
    if header is None:
        raise _header_error(source, _Why.empty_file.text())
    return _Table(source, used, header, rows, broken)


def _openpyxl() -> Any:
    try:
        return importlib.import_module("openpyxl")  # optional: the xlsx extra
    except ModuleNotFoundError as exc:  # pragma: no cover - openpyxl is in the test extra
        raise ModuleNotFoundError(
            ".xlsx files need openpyxl: pip install 'orgwork[xlsx]'", name="openpyxl"
        ) from exc


def _read_xlsx(path: Path, sheet: str | None) -> _Table:
    openpyxl = _openpyxl()
    source = str(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several unrelated types for a bad file
        raise _header_error(source, _Why.not_xlsx.text(error=exc)) from None
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise _header_error(source, _Why.no_worksheet.text(sheet=sheet), "sheet")
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        names = list(wb.sheetnames)
        try:
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
        except Exception as exc:  # openpyxl reads a sheet lazily: a broken one fails here
            raise _header_error(source, _Why.not_xlsx.text(error=exc)) from None
    finally:
        wb.close()
    if not rows or all(_blank(c) for c in rows[0]):
        raise _header_error(source, _Why.empty_sheet.text())
    header = ["" if c is None else str(c) for c in rows[0]]
    body = [(i, r) for i, r in enumerate(rows[1:], start=2)]
    ignored = tuple(n for n in names if n != ws.title)
    return _Table(source, None, header, body, sheet=ws.title, ignored=ignored)


def _read_table(
    path: str | Path, encoding: str | None, sheet: str | None
) -> tuple[_Table, Literal["csv", "xlsx"]]:
    p = checked_path(path, folder=None)
    if encoding is not None:
        encoding = checked_encoding(encoding)
    if sheet is not None and not isinstance(sheet, str):
        raise TypeError(f"sheet must be a str or None, not {type(sheet).__name__}")
    if not p.exists():
        raise FileNotFoundError(f"{p}: no such file")
    if p.is_dir():
        raise _header_error(str(p), _Why.a_folder.text())
    if p.suffix.lower() == ".xls":
        raise _header_error(str(p), _Why.old_xls.text())
    if p.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(p, sheet), "xlsx"
    return _read_csv(p, encoding), "csv"


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _norm(name: str) -> str:
    return "".join(name.split()).casefold()


# -- column maps ---------------------------------------------------------------------------

_SCORE_FIELDS: dict[str, tuple[str, ...]] = {
    "unit": ("unit", "village", "单位", "村", "村名", "考核对象", "被考核单位"),
    "town": ("town", "township", "乡镇", "镇", "所属乡镇"),
    "kind": ("kind", "类型", "单位类型"),
    "year": ("year", "年度", "年份", "年"),
    "month": ("month", "月份", "月"),
    "total": ("total", "合计", "总分", "月度得分"),
    "note": ("note", "remark", "备注"),
}
_SCORE_REQUIRED = ("unit", "town", "year", "month")
_SCORE_HEADERS: dict[str, tuple[str, str]] = {
    "unit": ("单位", "unit"),
    "town": ("乡镇", "town"),
    "kind": ("类型", "kind"),
    "year": ("年度", "year"),
    "month": ("月份", "month"),
    "total": ("合计", "total"),
    "note": ("备注", "note"),
}

_ADJ_FIELDS: dict[str, tuple[str, ...]] = {
    "unit": ("unit", "village", "单位", "村", "考核对象"),
    "year": ("year", "年度", "年份", "年"),
    "month": ("month", "月份", "月"),
    "points": ("points", "分值", "加减分", "加扣分"),
    "item": ("item", "分项", "考核项目"),
    "rule": ("rule", "依据规则", "规则"),
    "reason_zh": ("reason_zh", "reason", "原因", "事由"),
    "reason_en": ("reason_en", "原因(英文)", "原因(英文)"),
    "source": ("source", "来源", "依据"),
}
_ADJ_REQUIRED = ("unit", "year", "month", "points", "rule", "reason_zh")
_ADJ_HEADERS: dict[str, tuple[str, str]] = {
    "unit": ("单位", "unit"),
    "year": ("年度", "year"),
    "month": ("月份", "month"),
    "points": ("分值", "points"),
    "item": ("分项", "item"),
    "rule": ("依据规则", "rule"),
    "reason_zh": ("原因", "reason_zh"),
    "reason_en": ("原因(英文)", "reason_en"),
    "source": ("来源", "source"),
}

_FIELD_ZH = {
    "unit": "单位",
    "town": "乡镇",
    "kind": "类型",
    "year": "年度",
    "month": "月份",
    "total": "合计",
    "note": "备注",
    "points": "分值",
    "item": "分项",
    "rule": "依据规则",
    "reason_zh": "原因",
    "reason_en": "原因(英文)",
    "source": "来源",
}


def _map_columns(
    table: _Table,
    fields: Mapping[str, tuple[str, ...]],
    required: Sequence[str],
    items: Sequence[tuple[str, tuple[str, ...]]] = (),
) -> dict[str, int]:
    """Header name → column index for every field and item; raises on any header problem."""
    aliases: dict[str, set[str]] = defaultdict(set)
    for target, names in [*fields.items(), *items]:
        for n in names:
            aliases[_norm(n)].add(target)
    where: dict[str, int] = {}
    problems: list[RejectedRow] = []

    def bad(why: Text, value: str | None) -> None:
        problems.append(RejectedRow(row=1, field="header", value=value, reason=why))

    for i, raw in enumerate(table.header):
        name = _norm(raw)
        if not name:
            continue  # a column without a header: rows with a value in it are rejected
        targets = aliases.get(name)
        if not targets:
            bad(_Why.unknown_column.text(), raw)
        elif len(targets) > 1:
            bad(_Why.ambiguous_column.text(fields=sorted(targets)), raw)
        else:
            (target,) = targets
            if target in where:
                bad(_Why.column_twice.text(field=both("", target)), raw)
            else:
                where[target] = i
    needed = [*required, *(code for code, _ in items)]
    missing = [n for n in needed if n not in where]
    if missing:
        bad(_Why.missing_columns.text(columns=", ".join(missing)), None)
    if problems:
        raise _fail(table.source, problems)
    return where


# -- cell parsing --------------------------------------------------------------------------


class _CellError(Exception):
    def __init__(self, why: Say) -> None:
        self.text = why.text()
        super().__init__(self.text.en)


#: A number cell holds an optional sign, digits and at most one point (orgwork._numbers).


def _shown(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _text(cell: Any) -> str:
    if _blank(cell):
        raise _CellError(_Why.empty)
    return restore(_shown(cell).strip())


def _integer(cell: Any, suffix: str) -> int:
    if _blank(cell):
        raise _CellError(_Why.empty)
    if isinstance(cell, bool):
        raise _CellError(_Why.not_whole)
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        if cell.is_integer():
            return int(cell)
        raise _CellError(_Why.not_whole)
    if isinstance(cell, (_dt.date, _dt.datetime)):
        raise _CellError(_Why.a_date)
    s = str(cell).strip().translate(WIDE).removesuffix(suffix).strip()
    if not INTEGER_TEXT.fullmatch(s):
        raise _CellError(_Why.not_whole)
    return int(s)


def _number(cell: Any) -> Decimal:
    if _blank(cell):
        raise _CellError(_Why.empty)
    if isinstance(cell, bool):
        raise _CellError(_Why.not_number)
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        value = Decimal(repr(cell))
    elif isinstance(cell, Decimal):
        value = cell
    else:
        s = str(cell).strip().translate(WIDE)
        if not DECIMAL_TEXT.fullmatch(s):
            raise _CellError(_Why.not_number)
        value = Decimal(s)
    if not value.is_finite():
        raise _CellError(_Why.not_finite)
    try:
        exact = value.quantize(Decimal("0.01"))
    except InvalidOperation:
        raise _CellError(_Why.too_large) from None
    if exact != value:
        raise _CellError(_Why.over_two_places)
    return value


_KINDS: dict[str, UnitKind] = {
    "village": "village",
    "村": "village",
    "村级": "village",
    "cadre": "cadre",
    "干部": "cadre",
    "个人": "cadre",
    "person": "cadre",
}
_KIND_LABEL: dict[UnitKind, tuple[str, str]] = {
    "village": ("村", "village"),
    "cadre": ("干部", "cadre"),
}


def _kind(cell: Any) -> UnitKind:
    if _blank(cell):
        return "village"
    value = _KINDS.get(_norm(restore(_shown(cell))))
    if value is None:
        raise _CellError(_Why.not_a_kind)
    return value


@dataclass
class _Row:
    number: int
    cells: list[Any]
    problems: list[RejectedRow]
    broken: bool = False  # a row the file could not give (undecodable, a quote left open)

    def get(self, where: Mapping[str, int], field: str) -> Any:
        i = where.get(field)
        if i is None or i >= len(self.cells):
            return None
        return self.cells[i]

    def reject(self, field: str | None, value: Any, why: Text) -> None:
        as_text = None if value is None else _shown(value)
        self.problems.append(RejectedRow(row=self.number, field=field, value=as_text, reason=why))

    def parse(self, where: Mapping[str, int], field: str, fn: Any, *args: Any) -> Any:
        value = self.get(where, field)
        try:
            return fn(value, *args)
        except _CellError as exc:
            name = both(_FIELD_ZH.get(field, field), "")
            self.reject(field, value, _Why.cell.text(field=name, why=exc.text))
            return None


def _data_rows(table: _Table, where: Mapping[str, int]) -> tuple[list[_Row], list[int]]:
    used = set(where.values())
    rows: list[_Row] = []
    blanks: list[int] = []
    for number, cells in table.rows:
        if number in table.broken:
            row = _Row(number, cells, [], broken=True)
            row.reject(None, None, table.broken[number])
            rows.append(row)
            continue
        if all(_blank(c) for c in cells):
            blanks.append(number)
            continue
        row = _Row(number, cells, [])
        for i, c in enumerate(cells):
            if i not in used and not _blank(c):  # every named column is used or refused
                row.reject(None, c, _Why.unnamed_column.text(column=i + 1))
        rows.append(row)
    return rows, blanks


def _check_unit(
    row: _Row, unit: str | None, town: str | None, units: Collection[str] | Mapping[str, str] | None
) -> None:
    if units is None or unit is None:
        return
    if unit not in units:
        row.reject("unit", unit, _Why.unknown_unit.text())
    elif isinstance(units, Mapping) and town is not None and units[unit] != town:
        row.reject("town", town, _Why.other_town.text(town=units[unit]))


def _duplicates(keyed: Mapping[Any, list[_Row]], what: Text) -> None:
    for rows in keyed.values():
        if len(rows) > 1:
            numbers = [r.number for r in rows]
            for r in rows:
                others = ", ".join(str(n) for n in numbers if n != r.number)
                r.reject("month", None, _Why.repeated.text(what=what, rows=others))


def read_scores(
    path: str | Path,
    scheme: PointScheme = THOUSAND_POINT,
    *,
    policy: Policy | None = None,
    year: int | None = None,
    units: Collection[str] | Mapping[str, str] | None = None,
    strict: bool = False,
    encoding: str | None = None,
    sheet: str | None = None,
) -> ScoreImport:
    """读取月度评分表 — read monthly score sheets from a CSV or ``.xlsx`` file.

    Each row is checked: required cells present, whole numbers for year
    and month, exact numbers (at most two decimal places, not negative,
    at most the item's cap for the month under the policy's aggregation)
    for items, the month a scored month, the total (if given) equal to the
    items' sum, the unit known (if ``units`` is given; a mapping also
    checks the unit's town), the year ``year`` (if given). Across rows:
    a unit and month given twice rejects every such row; a unit named with
    two towns or kinds rejects all its rows. Nothing is dropped silently.

    Examples:
        >>> import tempfile, pathlib
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "s.csv"
        >>> _ = f.write_text("村,镇,年度,月份,全年工作目标\\n朱家村,灵乡镇,2025,7,82\\n"
        ...                  "石家村,灵乡镇,2025,7,八十\\n", encoding="gbk")
        >>> r = read_scores(f)
        >>> len(r.accepted), [str(x) for x in r.rejected], r.encoding
        (1, ["row 3, goals: not a number ('八十')"], 'gb18030')
    """
    if year is not None:
        year = as_year(year, "year")
    _check_args(scheme, units, strict, optional_scheme=False)
    table, _ = _read_table(path, encoding, sheet)
    item_aliases = [(item.code, (item.code, item.name.zh, item.name.en)) for item in scheme.items]
    where = _map_columns(table, _SCORE_FIELDS, _SCORE_REQUIRED, item_aliases)
    rows, blanks = _data_rows(table, where)
    parsed: list[tuple[_Row, dict[str, Any]]] = []
    cache: dict[int, Any] = {}

    def caps_for(y: int) -> Any:
        """The scored months and the scheme in force in year ``y``, as the annual rule reads them."""
        if y not in cache:
            ctx = RuleContext(annual_totals, policy, on=_dt.date(y, 12, 31))
            in_force = scheme_in_force(scheme, ctx)
            cache[y] = (ctx.param("assessment.scored_months"), in_force)
        return cache[y]

    by_key: dict[tuple[str, int, int], list[_Row]] = defaultdict(list)
    by_unit: dict[tuple[str, int], set[tuple[str, str]]] = defaultdict(set)
    rows_of_unit: dict[tuple[str, int], list[_Row]] = defaultdict(list)
    for row in rows:
        if row.broken:
            continue
        unit = row.parse(where, "unit", _text)
        town = row.parse(where, "town", _text)
        kind = row.parse(where, "kind", _kind)
        y = row.parse(where, "year", _integer, "年")
        m = row.parse(where, "month", _integer, "月")
        if y is not None and not 1949 <= y <= 2200:
            row.reject("year", y, _Why.year_range.text())
            y = None
        if y is not None and year is not None and y != year:
            row.reject("year", y, _Why.other_year.text(year=year))
        if m is not None and not 1 <= m <= 12:
            row.reject("month", m, _Why.month_range.text())
            m = None
        scored, in_force = caps_for(y) if y is not None else (None, None)
        if m is not None and scored is not None and m not in scored:
            row.reject("month", m, _Why.not_scored.text())
        points: dict[str, Decimal] = {}
        for item in scheme.items:
            v = row.parse(where, item.code, _number)
            if v is None:
                continue
            if v < 0:
                row.reject(item.code, v, _Why.negative.text())
                continue
            if in_force is None:  # no valid year: the row is rejected already
                points[item.code] = v
                continue
            applied = in_force.item(item.code)
            cap = (
                applied.monthly_cap(m, aggregation(in_force)) if m is not None else applied.maximum
            )
            if v > cap:
                why = _Why.above_cap.text(item=both(item.name.zh, ""), cap=show(cap))
                row.reject(item.code, v, why)
                continue
            points[item.code] = v
        if "total" in where:
            t = row.parse(where, "total", _number)
            added = sum(points.values(), Decimal(0))
            if t is not None and len(points) == len(scheme.items) and t != added:
                row.reject("total", t, _Why.total_differs.text(added=show(added)))
        note = row.get(where, "note")
        note_text = None if _blank(note) else restore(_shown(note))
        _check_unit(row, unit, town, units)
        if unit is not None and y is not None and m is not None:
            by_key[(unit, y, m)].append(row)
        if unit is not None and y is not None and town is not None and kind is not None:
            by_unit[(unit, y)].add((town, kind))
            rows_of_unit[(unit, y)].append(row)
        parsed.append(
            (
                row,
                {
                    "unit": unit,
                    "town": town,
                    "kind": kind,
                    "year": y,
                    "month": m,
                    "points": points,
                    "note": note_text,
                },
            )
        )
    _duplicates(by_key, _UNIT_MONTH)
    for key, seen in by_unit.items():
        if len(seen) > 1:
            shown = ", ".join(f"{t} ({k})" for t, k in sorted(seen))
            for r in rows_of_unit[key]:
                r.reject("town", None, _Why.towns.text(towns=shown))
    accepted: list[MonthlySheet] = []
    for row, values in parsed:
        if not row.problems:
            try:
                accepted.append(MonthlySheet.model_validate(values))
            except ValidationError as exc:
                for e in exc.errors(include_url=False):
                    field = str(e["loc"][0]) if e["loc"] else None
                    why = _Why.invalid.text(message=e["msg"])
                    row.reject(field, values.get(field or ""), why)
    rejected = tuple(p for row in rows for p in row.problems)
    if strict and rejected:
        raise _fail(table.source, rejected)
    return ScoreImport(
        source=table.source,
        encoding=table.encoding,
        rows=len(rows),
        accepted=tuple(accepted),
        rejected=rejected,
        blank_rows=tuple(blanks),
        sheet=table.sheet,
        ignored_sheets=table.ignored,
    )


def read_adjustments(
    path: str | Path,
    scheme: PointScheme | None = None,
    *,
    units: Collection[str] | Mapping[str, str] | None = None,
    strict: bool = False,
    encoding: str | None = None,
    sheet: str | None = None,
) -> AdjustmentImport:
    """读取加减分记录 — read point adjustments (deductions and additions) from CSV or ``.xlsx``.

    Columns: 单位/unit, 年度/year, 月份/month, 分值/points (negative for a
    deduction), 分项/item (optional: an item code or name of ``scheme``;
    blank for the total), 依据规则/rule, 原因/reason_zh, 原因(英文)/reason_en
    (optional: the Chinese reason is used when it is blank), 来源/source.

    Examples:
        >>> import tempfile, pathlib
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
        >>> _ = f.write_text("单位,年度,月份,分值,依据规则,原因\\n朱家村,2025,7,-5,care.festival_visit,七一未慰问\\n",
        ...                  encoding="utf-8")
        >>> read_adjustments(f).accepted[0].points
        Decimal('-5')
    """
    _check_args(scheme, units, strict, optional_scheme=True)
    table, _ = _read_table(path, encoding, sheet)
    where = _map_columns(table, _ADJ_FIELDS, _ADJ_REQUIRED)
    rows, blanks = _data_rows(table, where)
    names: dict[str, str] = {}
    if scheme is not None:
        for it in scheme.items:
            for n in (it.code, it.name.zh, it.name.en):
                names[_norm(n)] = it.code
    accepted: list[PointAdjustment] = []
    for row in rows:
        if row.broken:
            continue
        unit = row.parse(where, "unit", _text)
        y = row.parse(where, "year", _integer, "年")
        m = row.parse(where, "month", _integer, "月")
        if y is not None and not 1949 <= y <= 2200:
            row.reject("year", y, _Why.year_range.text())
        if m is not None and not 1 <= m <= 12:
            row.reject("month", m, _Why.month_range.text())
        pts = row.parse(where, "points", _number)
        rule_id = row.parse(where, "rule", _text)
        zh = row.parse(where, "reason_zh", _text)
        en_cell = row.get(where, "reason_en")
        en = zh if _blank(en_cell) else restore(_shown(en_cell))
        item_cell = row.get(where, "item")
        item: str | None = None
        if not _blank(item_cell):
            raw = restore(_shown(item_cell).strip())
            if scheme is None:
                item = raw
            elif _norm(raw) in names:
                item = names[_norm(raw)]
            else:
                why = _Why.not_an_item.text(scheme=both("", scheme.code))
                row.reject("item", raw, why)
        source_cell = row.get(where, "source")
        _check_unit(row, unit, None, units)
        if row.problems:
            continue
        values = {
            "unit": unit,
            "year": y,
            "month": m,
            "points": pts,
            "item": item,
            "rule": rule_id,
            "reason": {"zh": zh, "en": en},  # the row's own reason, as the file gives it
            "source": None if _blank(source_cell) else restore(_shown(source_cell)),
        }
        try:
            accepted.append(PointAdjustment.model_validate(values))
        except ValidationError as exc:
            for e in exc.errors(include_url=False):
                field = str(e["loc"][0]) if e["loc"] else None
                row.reject(field, None, _Why.invalid.text(message=e["msg"]))
    rejected = tuple(p for row in rows for p in row.problems)
    if strict and rejected:
        raise _fail(table.source, rejected)
    return AdjustmentImport(
        source=table.source,
        encoding=table.encoding,
        rows=len(rows),
        accepted=tuple(accepted),
        rejected=rejected,
        blank_rows=tuple(blanks),
        sheet=table.sheet,
        ignored_sheets=table.ignored,
    )


# -- writing -------------------------------------------------------------------------------

Cell = str | int | Decimal | None


def _check_args(scheme: object, units: object, strict: object, *, optional_scheme: bool) -> None:
    """TypeErrors naming ``scheme``, ``units`` or ``strict`` when one is of the wrong type."""
    if not (isinstance(scheme, PointScheme) or (optional_scheme and scheme is None)):
        need = "a PointScheme or None" if optional_scheme else "a PointScheme"
        raise TypeError(f"scheme must be {need}, not {type(scheme).__name__}")
    if units is not None and (isinstance(units, str | bytes) or not isinstance(units, Collection)):
        raise TypeError(
            f"units must be a collection or mapping of unit names, or None, not {type(units).__name__}"
        )
    if not isinstance(strict, bool):
        raise TypeError(f"strict must be a bool, not {type(strict).__name__}")


def _items(values: object, kind: type[Any], name: str) -> list[Any]:
    """``values`` as a list, each a ``kind``; a TypeError naming ``name`` otherwise."""
    if isinstance(values, str | bytes | kind) or not isinstance(values, Iterable):
        raise TypeError(
            f"{name} must be an iterable of {kind.__name__}, not {type(values).__name__}"
        )
    out = list(values)
    for i, v in enumerate(out):
        if not isinstance(v, kind):
            raise TypeError(f"{name}[{i}] must be a {kind.__name__}, not {type(v).__name__}")
    return out


def _check_lang(lang: object) -> None:
    if lang not in ("zh", "en"):
        raise ValueError(f"lang: expected 'zh' or 'en', got {lang!r}")


def _write(path: object, header: list[str], rows: Iterable[list[Cell]], encoding: object) -> Path:
    out = checked_path(path)
    codec = checked_encoding(encoding)
    if out.suffix.lower() in (".xlsx", ".xlsm"):
        openpyxl = _openpyxl()
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append([neutralise(h) for h in header])
        for r in rows:
            ws.append([neutralise(c) if isinstance(c, str) else c for c in r])
        wb.save(out)
        return out
    try:
        with out.open("w", encoding=codec, newline="") as f:
            w = csv.writer(f)
            w.writerow([neutralise(h) for h in header])
            for r in rows:
                w.writerow(
                    [
                        "" if c is None else neutralise(c) if isinstance(c, str) else str(c)
                        for c in r
                    ]
                )
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end]
        raise ValueError(f"encoding: {codec!r} cannot write {bad!r}; use utf-8-sig") from None
    return out


def write_scores(
    sheets: Iterable[MonthlySheet],
    path: str | Path,
    scheme: PointScheme = THOUSAND_POINT,
    *,
    lang: Lang = "zh",
    encoding: str = "utf-8-sig",
) -> Path:
    """写出月度评分表 — write sheets to CSV or ``.xlsx`` (by the file's suffix), readable back.

    Headers are Chinese (item names) or English (item codes). CSV is
    UTF-8 with a BOM by default, which Excel opens correctly. Text cells
    are neutralised against formula injection; numbers are plain numbers.

    Examples:
        >>> import tempfile, pathlib
        >>> from orgwork.assessment import MonthlySheet
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "s.csv"
        >>> _ = write_scores([MonthlySheet(unit="V1", town="T", year=2025, month=1,
        ...                                points={"goals": 80})], f, lang="en")
        >>> f.read_text("utf-8-sig").splitlines()
        ['unit,town,kind,year,month,goals,total,note', 'V1,T,village,2025,1,80,80,']
    """
    sheets = _items(sheets, MonthlySheet, "sheets")
    _check_args(scheme, None, False, optional_scheme=False)
    for s in sheets:
        if set(s.points) != set(scheme.codes):
            raise ValueError(
                f"{s.unit} {s.year}-{s.month}: the sheet's items are not those of scheme {scheme.code}"
            )
    _check_lang(lang)
    i = 0 if lang == "zh" else 1
    header = [_SCORE_HEADERS[f][i] for f in ("unit", "town", "kind", "year", "month")]
    header += [item.name.zh if lang == "zh" else item.code for item in scheme.items]
    header += [_SCORE_HEADERS["total"][i], _SCORE_HEADERS["note"][i]]

    def rows() -> Iterator[list[Cell]]:
        for s in sheets:
            yield [
                s.unit,
                s.town,
                _KIND_LABEL[s.kind][i],
                s.year,
                s.month,
                *(s.points[c] for c in scheme.codes),
                sum(s.points.values(), Decimal(0)),
                s.note,
            ]

    return _write(path, header, rows(), encoding)


def write_adjustments(
    adjustments: Iterable[PointAdjustment],
    path: str | Path,
    *,
    lang: Lang = "zh",
    encoding: str = "utf-8-sig",
) -> Path:
    """写出加减分记录 — write adjustments to CSV or ``.xlsx``; a deduction stays a number (``-5``).

    Examples:
        >>> import tempfile, pathlib
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
        >>> a = PointAdjustment(unit="朱家村", year=2025, month=7, points="-5",
        ...                     rule="care.festival_visit", reason=Text(zh="-七一未慰问", en="-"))
        >>> _ = write_adjustments([a], f)
        >>> f.read_text("utf-8-sig").splitlines()[1]
        "朱家村,2025,7,-5,,care.festival_visit,'-七一未慰问,'-,"
    """
    _check_lang(lang)
    i = 0 if lang == "zh" else 1
    items = _items(adjustments, PointAdjustment, "adjustments")
    fields = ("unit", "year", "month", "points", "item", "rule", "reason_zh", "reason_en", "source")
    header = [_ADJ_HEADERS[f][i] for f in fields]

    def rows() -> Iterator[list[Cell]]:
        for a in items:
            yield [
                a.unit,
                a.year,
                a.month,
                a.points,
                a.item,
                a.rule,
                a.reason.zh,
                a.reason.en,
                a.source,
            ]

    return _write(path, header, rows(), encoding)

"""The records workbook on disk: one ``.xlsx`` file, a folder of CSV files, or one JSON file.

The three hold the same sheets and columns (`orgwork.records._schema`)
and go through the same door (`assemble`).
Readers take the files practitioners have: a title row or two above the
header, merged header cells, headers in Chinese or English, dates in any
of the usual forms, CSV in UTF-8 (with or without BOM), GBK, GB18030 or
UTF-16.

Every CSV line is read or reported (`csv_rows`): a line with bytes
that cannot be decoded, or with a cell over `csv.field_size_limit`, is
a reported row; a quote that is not closed properly reports the line where
it opened, and the lines after it are read again on their own (so a stray
quote never swallows the rows below it). A UTF-8 line in a GBK file (or
the reverse) is read in its own encoding, with a note.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import importlib
import json
import os
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from orgwork._files import checked_path, csv_rows, decode_lines, is_utf8
from orgwork.errors import ImportRowsError, OrgworkError
from orgwork.records._assemble import Formula, RawRow, RawSheet, Result, _NoYear, assemble, flatten
from orgwork.records._cells import EMPTY_TEXT, write_cell
from orgwork.records._problems import Problem
from orgwork.records._records import Records
from orgwork.records._schema import README_NAMES, SETTINGS, Column, Sheet, layout

__all__ = [
    "Format",
    "RecordsFileError",
    "read_records",
    "read_records_report",
    "write_records",
]

Format = Literal["xlsx", "csv", "json"]

#: The hidden sheet holding each enumerated column's choices (for the drop-down lists).
CHOICES_NAMES = ("可选值", "choices")
#: The header of the 基本信息 sheet's two columns.
_ITEM = ("项目", "item")
_VALUE = ("内容", "value")
_NOTE = ("说明", "note")
#: How many rows above the header a reader looks through (title rows).
_HEADER_SEARCH = 12


class RecordsFileError(OrgworkError, ValueError):
    """A records file that cannot be read at all (not a workbook, no 基本信息 year, ...)."""


def _norm(text: Any) -> str:
    return unicodedata.normalize("NFKC", str(text)).strip().casefold().replace(" ", "")


def _checked_format(fmt: object) -> Format | None:
    if fmt is None or fmt in ("xlsx", "csv", "json"):
        return fmt
    raise ValueError(f"format: expected 'xlsx', 'csv', 'json' or None, got {fmt!r}")


def _format_of(path: Path, fmt: Format | None) -> Format:
    if fmt is not None:
        return fmt
    if path.is_dir() or path.suffix == "":
        return "csv"
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".json":
        return "json"
    if suffix == ".csv":
        return "csv"
    raise RecordsFileError(f"{path}: not a records file (use .xlsx, .json or a folder of .csv)")


# -- writing -------------------------------------------------------------------------------


def _tables(
    flat: Flat, lang: str, target: Literal["xlsx", "csv"]
) -> Iterator[tuple[Sheet, list[str], list[list[Any]]]]:
    lay = layout()
    for sheet in lay.sheets:
        if sheet.key == SETTINGS:
            header = [_ITEM[lang == "en"], _VALUE[lang == "en"], _NOTE[lang == "en"]]
            row = flat[SETTINGS][0] if flat[SETTINGS] else {}
            body = []
            for c in sheet.columns:
                value = row.get(c.key)
                cell = write_cell(c, value, lang, target) if value is not None else None
                body.append([c.header(lang), cell, _describe(c, lang)])
            yield sheet, header, body
            continue
        cols = sheet.all_columns
        header = [c.header(lang) for c in cols]
        body = [
            [
                write_cell(c, r.get(c.key), lang, target) if r.get(c.key) is not None else None
                for c in cols
            ]
            for r in flat[sheet.key]
        ]
        yield sheet, header, body


def _describe(c: Column, lang: str) -> str:
    kinds = {
        "str": ("文字", "text"),
        "int": ("整数", "whole number"),
        "decimal": ("数值", "number"),
        "date": ("日期", "date"),
        "bool": ("是/否", "yes/no"),
        "choice": ("从下拉列表选择", "choose from the list"),
        "list": ("多项,用顿号(、)分隔", "several, separated by 、"),
    }
    zh, en = kinds[c.kind]
    if c.sample_setting:
        zh += ";示例设定,仅示例镇使用,本地请留空并在政策文件中设定"
        en += "; a setting of the sample town only: leave it empty and set your policy"
    return zh if lang == "zh" else en


def write_records(
    records: Records | None,
    path: str | os.PathLike[str],
    *,
    lang: Literal["zh", "en"] = "zh",
    format: Format | None = None,
    redact: bool = False,
) -> Path:
    """写出记录 — write ``records`` (None: an empty template) to ``path``; returns the path written.

    The format follows the path: ``.xlsx`` (needs the ``xlsx`` extra), ``.json``,
    or a folder (CSV files, one per sheet, UTF-8 with BOM). ``lang`` chooses
    the headers and the labels of enumerated values. Cells are written as
    values, never as formulas.

    ``redact=True`` writes the copy for sharing outside the department
    (``docs/personal-data.md``): every name of a person in the records is
    masked wherever it appears (张三 → 张*); the sheets of hospital stays,
    hardship and dates of birth are left empty, as are the members' incomes
    and the applicants' dates of birth (their rows stay), the visits in
    hospital or with aid and the payments for an illness or hardship; the
    free texts that may quote a person (a case's summary, a finding's
    description, a suggestion's topic, notes and reasons) are shown as "—".
    The copy still reads back, though two people of one surname and name
    length become one masked name.
    """
    if records is not None and not isinstance(records, Records):
        raise TypeError(
            f"records: expected orgwork.records.Records or None, got {type(records).__name__}"
        )
    if lang not in ("zh", "en"):
        raise ValueError(f"lang: expected 'zh' or 'en', got {lang!r}")
    if not isinstance(redact, bool):
        raise TypeError(f"redact must be a bool, not {type(redact).__name__}")
    fmt = _format_of(checked_path(path, folder=None), _checked_format(format))
    out = checked_path(path, folder=fmt == "csv")
    flat = _flat(records, redact)
    if fmt == "json":
        out.write_text(_to_json(flat), encoding="utf-8")
    elif fmt == "csv":
        _write_csv(flat, out, lang)
    else:
        _write_xlsx(flat, out, lang)
    return out


#: The records as rows: sheet key → rows, each row column key → value.
Flat = dict[str, list[dict[str, Any]]]

#: Sheets left empty in a redacted copy: health facts and dates of birth (PIPL art. 28).
_SENSITIVE_SHEETS = (
    "care.members.hospital_stays",
    "care.members.hardship",
    "selection.births",
    "selection.hospital_stays",
)
#: Rows left out of a redacted copy, by sheet, column and value: a visit in hospital or with
#: aid, and a payment for an illness or hardship, each state a health fact of a member.
_SENSITIVE_ROWS = {
    "care.visits": ("kind", frozenset({"hospital", "aid"})),
    "care.fund.entries": ("purpose", frozenset({"major_illness", "great_hardship"})),
    "selection.welfare_visits": ("kind", frozenset({"hospital"})),
}
#: Free texts that may quote or describe a person: shown as "—" in a redacted copy.
_FREE_TEXT_COLUMNS = frozenset(
    {
        "summary",
        "description",
        "topic",
        "note",
        "note.zh",
        "note.en",
        "extension_reason",
        "not_accepted_reason",
        "ground",
        "what",
    }
)
_WITHHELD = "—"
#: Cells left empty in a redacted copy, by sheet: a member's income and an applicant's date of
#: birth (the rows stay; the report then says what it could not assess).
_PERSONAL_COLUMNS = {
    "membership.payers": frozenset({"monthly_income"}),
    "membership.applicants": frozenset({"born"}),
    "selection.absences": frozenset({"reason"}),
}


def _flat(records: Records | None, redact: bool) -> Flat:
    if records is None:
        return {s.key: [] for s in layout().sheets}
    flat = flatten(records)
    if not redact:
        return flat
    from orgwork._redact import Redactor, personal_names

    mask = Redactor(personal_names(records))
    out: Flat = {}
    for key, rows in flat.items():
        column, values = _SENSITIVE_ROWS.get(key, ("", frozenset()))
        personal = _PERSONAL_COLUMNS.get(key, frozenset())
        out[key] = [
            {
                col: None if col in personal else _redacted_cell(mask, col, v)
                for col, v in row.items()
            }
            for row in rows
            if key not in _SENSITIVE_SHEETS and _code(row.get(column)) not in values
        ]
    return out


def _code(value: Any) -> Any:
    return getattr(value, "value", value)


def _redacted_cell(mask: Any, column: str, value: Any) -> Any:
    if column in _FREE_TEXT_COLUMNS:
        return _WITHHELD if value else value
    if isinstance(value, str):
        return mask.text(value)
    return _masked_items(mask, value)


def _masked_items(mask: Any, value: Any) -> Any:
    if isinstance(value, tuple | list) and all(isinstance(v, str) for v in value):
        return type(value)(mask.text(v) for v in value)
    return value


def _to_json(flat: Flat) -> str:
    lay = layout()
    sheets: dict[str, Any] = {}
    for sheet in lay.sheets:
        cols = sheet.all_columns
        rows = [
            {
                c.key: write_cell(c, r.get(c.key), "zh", "json")
                for c in cols
                if r.get(c.key) is not None
            }
            for r in flat[sheet.key]
        ]
        sheets[sheet.key] = (
            rows[0] if sheet.key == SETTINGS and rows else rows if sheet.key != SETTINGS else {}
        )
    return json.dumps({"orgwork_records": 1, "sheets": sheets}, ensure_ascii=False, indent=1) + "\n"


def _csv_safe(value: Any) -> Any:
    """A text that Excel would take for a formula (or that starts with ') gets a leading '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "'", "\t", "\r"):
        return "'" + value
    return value


def _write_csv(flat: Flat, folder: Path, lang: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for sheet, header, body in _tables(flat, lang, "csv"):
        with open(folder / f"{sheet.name(lang)}.csv", "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for row in body:
                w.writerow(["" if v is None else _csv_safe(v) for v in row])


def _write_xlsx(flat: Flat, out: Path, lang: str) -> None:
    openpyxl = _openpyxl()
    Font = importlib.import_module("openpyxl.styles").Font
    get_column_letter = importlib.import_module("openpyxl.utils").get_column_letter
    DataValidation = importlib.import_module("openpyxl.worksheet.datavalidation").DataValidation

    wb = openpyxl.Workbook()
    readme = wb.active
    readme.title = README_NAMES[lang == "en"]
    _readme(readme, lang)
    lists = wb.create_sheet(CHOICES_NAMES[lang == "en"])
    lists.sheet_state = "hidden"
    list_col = 0
    ranges: dict[tuple[Any, ...], str] = {}

    def choice_range(c: Column) -> str | None:
        nonlocal list_col
        labels: list[str]
        if c.kind == "bool":
            labels = ["是", "否"] if lang == "zh" else ["yes", "no"]
        elif c.kind == "choice":
            labels = [ch.zh if lang == "zh" else ch.en for ch in c.choices]
        else:
            return None
        key = tuple(labels)
        if key not in ranges:
            list_col += 1
            letter = get_column_letter(list_col)
            for i, label in enumerate(labels, 1):
                lists.cell(row=i, column=list_col, value=label)
            ranges[key] = f"'{lists.title}'!${letter}$1:${letter}${len(labels)}"
        return ranges[key]

    bold = Font(bold=True)
    for sheet, header, body in _tables(flat, lang, "xlsx"):
        ws = wb.create_sheet(sheet.name(lang))
        for j, h in enumerate(header, 1):
            cell = ws.cell(row=1, column=j, value=h)
            cell.font = bold
        for i, row in enumerate(body, 2):
            for j, v in enumerate(row, 1):
                if v is None:
                    continue
                cell = ws.cell(row=i, column=j, value=v)
                if isinstance(v, str):
                    cell.data_type = "s"  # a text starting with '=' stays a text
                elif hasattr(v, "isoformat"):
                    cell.number_format = "yyyy-mm-dd"
        ws.freeze_panes = "A2"
        if sheet.key == SETTINGS:
            ws.column_dimensions["A"].width = 36
            ws.column_dimensions["B"].width = 30
            ws.column_dimensions["C"].width = 40
            for i, c in enumerate(sheet.columns, 2):
                ref = choice_range(c)
                if ref is not None:
                    dv = DataValidation(type="list", formula1=f"={ref}", allow_blank=True)
                    dv.add(f"B{i}")
                    ws.add_data_validation(dv)
            continue
        last = max(len(body) + 1, 1000)
        for j, c in enumerate(sheet.all_columns, 1):
            ws.column_dimensions[get_column_letter(j)].width = max(
                10, min(30, 2 * len(c.header(lang)) + 2)
            )
            ref = choice_range(c)
            if ref is not None:
                letter = get_column_letter(j)
                dv = DataValidation(type="list", formula1=f"={ref}", allow_blank=True)
                dv.error = "请从下拉列表中选择" if lang == "zh" else "Choose a value from the list"
                dv.add(f"{letter}2:{letter}{last}")
                ws.add_data_validation(dv)
    wb.save(out)


def _readme(ws: Any, lang: str) -> None:
    Font = importlib.import_module("openpyxl.styles").Font

    zh = lang == "zh"
    lines = (
        [
            "orgwork 组织工作记录模板",
            "每张工作表是一类台账:第一行是表头,以下每行一条记录。可以在表头上方加标题行,表头可以合并单元格。",
            "日期可写作 2025-03-01、2025/3/1、2025.3.1 或 2025年3月1日;带下拉列表的列请从列表中选择。",
            "“基本信息”表每行一项:年度必须填写;乡镇、部门名称等按实际填写。",
            "名称以“所属”开头的列,填写该记录所属上一级台账中那一行的编号(或姓名、日期)。",
            "带“示例设定”的项目只供示例镇使用,本地请留空,并在政策文件(orgwork policy)中设定相应参数。",
            "用 orgwork check 本文件 --year 年度 检查;每一行或被接受,或被列出并说明原因。",
        ]
        if zh
        else [
            "orgwork records template",
            "Each sheet is one kind of record: the first row is the header, one record a row below it. "
            "Title rows above the header and merged header cells are fine.",
            "Dates may be written 2025-03-01, 2025/3/1, 2025.3.1 or 2025年3月1日; choose listed values "
            "from the drop-down lists.",
            "The basic information sheet has one item a row: the year is required.",
            "Columns named 'owner ...' name the row of the sheet above that the record belongs to.",
            "Items marked 'sample setting' are for the sample town only: leave them empty and set your "
            "policy (orgwork policy) instead.",
            "Check the file with: orgwork check FILE --year YEAR; every row is accepted or reported with "
            "the reason.",
        ]
    )
    for i, line in enumerate(lines, 1):
        ws.cell(row=i, column=1, value=line)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 30
    row = len(lines) + 2
    head = (
        ["工作表", "列", "填写方式", "可选值"]
        if zh
        else ["sheet", "column", "how to fill", "allowed values"]
    )
    for j, h in enumerate(head, 1):
        ws.cell(row=row, column=j, value=h).font = Font(bold=True)
    for sheet in layout().sheets:
        for c in sheet.all_columns:
            row += 1
            allowed = (
                "、".join((ch.zh if zh else ch.en) for ch in c.choices)
                if c.kind == "choice"
                else ""
            )
            if c.kind == "list" and c.item is not None and c.item.choices:
                allowed = "、".join((ch.zh if zh else ch.en) for ch in c.item.choices)
            for j, v in enumerate(
                (sheet.name(lang), c.header(lang), _describe(c, lang), allowed), 1
            ):
                ws.cell(row=row, column=j, value=v).data_type = "s"


def _openpyxl() -> Any:
    try:
        return importlib.import_module("openpyxl")  # optional: the xlsx extra
    except ModuleNotFoundError:
        raise RecordsFileError(
            "reading or writing .xlsx needs openpyxl: pip install 'orgwork[xlsx]'"
        ) from None


# -- reading -------------------------------------------------------------------------------


def read_records_report(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    format: Format | None = None,
) -> Result:
    """读取记录(附读取情况) — the records in ``path``, every sheet's counts and every problem.

    Every row of every sheet is either accepted (it is in the records) or
    reported (a [`Problem`][orgwork.records.Problem] of severity ``"error"``
    says where and why). A value that had to be interpreted is accepted
    with a ``"note"``. With ``strict=True`` any reported row raises
    [`ImportRowsError`][orgwork.errors.ImportRowsError] listing them all.

    Raises:
        RecordsFileError: the file cannot be read at all, or 基本信息 has no year.
        ImportRowsError: ``strict`` and some row was reported.
        FileNotFoundError: no such file or folder.
    """
    p = checked_path(path, folder=None)
    if not p.exists():
        raise FileNotFoundError(f"{p}: no such file or folder")
    fmt = _format_of(p, _checked_format(format))
    if fmt != "csv" and p.is_dir():
        raise RecordsFileError(f"{p}: a folder, not a .{fmt} file")
    try:
        if fmt == "json":
            raw, problems = _read_json(p)
        elif fmt == "csv":
            raw, problems = _read_csv_folder(p) if p.is_dir() else _read_csv_files([p])
        else:
            raw, problems = _read_xlsx(p)
        ignored = tuple(n for n in problems.ignored)
        result = dataclasses.replace(assemble(raw, problems), ignored=ignored)
    except _NoYear:
        raise RecordsFileError(
            f"{p}: 基本信息 has no 年度 (year): the records' year is required"
        ) from None
    if strict:
        errors = [x for x in result.problems if x.severity == "error"]
        if errors:
            lines = "\n".join(x.message("en") for x in errors)
            raise ImportRowsError(
                f"{p}: {len(errors)} problem(s):\n{lines}", rejected=tuple(errors)
            )
    return result


def read_records(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    format: Format | None = None,
) -> Records:
    """读取记录 — the records in ``path`` (``.xlsx``, ``.json`` or a folder of CSV files).

    Rows that cannot be accepted are left out; [`read_records_report`][orgwork.records.read_records_report]
    says which and why. ``strict=True`` raises instead.
    """
    return read_records_report(path, strict=strict, format=format).records


class _Found(list[Problem]):
    """The problems a reader found, and the names of the sheets it did not read."""

    def __init__(self, problems: Iterable[Problem], ignored: Iterable[str]) -> None:
        super().__init__(problems)
        self.ignored = tuple(ignored)


def _match_sheets(names: Iterable[str]) -> tuple[dict[str, tuple[Sheet, str]], _Found]:
    """Each found sheet name matched to a layout sheet; a note for each name matching none.

    The names not read (the unknown ones, and the template's 说明 and 可选值) are
    the problems' ``ignored``.
    """
    wanted: dict[str, Sheet] = {}
    for sh in layout().sheets:
        for n in sh.names():
            wanted[_norm(n)] = sh
    found: dict[str, tuple[Sheet, str]] = {}
    unknown = []
    helpers = []
    ignore = {_norm(n) for n in (*README_NAMES, *CHOICES_NAMES)}
    for name in names:
        key = _norm(name)
        if key in ignore:
            helpers.append(name)
            continue
        s: Sheet | None = wanted.get(key)
        if s is None or s.key in found:
            unknown.append(name)
        else:
            found[s.key] = (s, name)
    notes = [
        _note(n, None, None, "不是记录表,未读取", "not a records sheet: not read") for n in unknown
    ]
    return found, _Found(notes, [*helpers, *unknown])


def _header(rows: Sequence[Sequence[Any]], sheet: Sheet) -> tuple[int, list[str]]:
    """The index of the header row (a title row or two may sit above) and its cells.

    Two header rows (a merged group label over its columns) are read as one:
    each column takes the lower label, or the upper one where the lower is blank.
    """
    known: set[str] = set()
    for c in sheet.all_columns if sheet.key != SETTINGS else ():
        known.update(_norm(n) for n in c.names())
    if sheet.key == SETTINGS:
        known = {_norm(n) for n in (*_ITEM, *_VALUE, *_NOTE)}
    best, best_at, best_cells = 0, -1, []
    for i in range(min(len(rows), _HEADER_SEARCH)):
        cells = ["" if v is None else str(v) for v in rows[i]]
        candidates = [cells]
        if i > 0:
            above = ["" if v is None else str(v) for v in rows[i - 1]]
            width = max(len(above), len(cells))
            above += [""] * (width - len(above))
            below = cells + [""] * (width - len(cells))
            # a group label merged across its columns stands (in a read-only sheet) only over
            # the first of them: carry it right while the labels below go on
            group, merged = "", []
            for a, b in zip(above, below, strict=True):
                group = a.strip() or (group if b.strip() else "")
                merged.append(group)
            combined = []
            for a, g, b in zip(above, merged, below, strict=True):
                options = [b, f"{g}·{b}" if g and b.strip() else "", a]
                hit = next((o for o in options if o and _norm(o) in known), "")
                combined.append(hit or (b if b.strip() else a))
            candidates.append(combined)
        for cand in candidates:
            score = sum(1 for v in cand if _norm(v) in known)
            if score > best:
                best, best_at, best_cells = score, i, cand
    return best_at, best_cells


def _table_rows(
    sheet: Sheet,
    name: str,
    rows: list[list[Any]],
    numbers: list[int],
    problems: list[Problem],
    broken: Mapping[int, tuple[str, str]] | None = None,
) -> RawSheet | None:
    at, header = _header(rows, sheet)
    if at < 0:
        if any(any(v not in (None, "") for v in r) for r in rows):
            problems.append(
                Problem(
                    sheet=name,
                    severity="error",
                    zh="找不到表头行,本表未读取",
                    en="no header row found: the sheet was not read",
                )
            )
        return None
    if sheet.key == SETTINGS:
        return _settings_rows(
            sheet, name, rows[at + 1 :], numbers[at + 1 :], header, problems, broken
        )
    by_name: dict[str, Column] = {}
    for col in sheet.all_columns:
        for n in col.names():
            by_name.setdefault(_norm(n), col)
    mapping: dict[int, Column] = {}
    for j, h in enumerate(header):
        if not str(h).strip():
            continue
        c: Column | None = by_name.get(_norm(h))
        if c is None:
            problems.append(_not_a_column(name, numbers[at], str(h)))
        elif c in mapping.values():
            problems.append(
                _note(
                    name,
                    numbers[at],
                    str(h),
                    f"列“{h}”重复,只读取第一列",
                    f"column {h!r} appears twice: the first is read",
                )
            )
        else:
            mapping[j] = c
    out: list[RawRow] = []
    for r, number in zip(rows[at + 1 :], numbers[at + 1 :], strict=True):
        if broken and number in broken:
            out.append(RawRow(number, {}, error=broken[number]))
            continue
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in r):
            continue
        cells = {c.key: r[j] if j < len(r) else None for j, c in mapping.items()}
        for j, v in enumerate(r):
            if j in mapping or v is None or (isinstance(v, str) and not v.strip()):
                continue
            where = str(header[j]) if j < len(header) and str(header[j]).strip() else None
            problems.append(
                Problem(
                    sheet=name,
                    row=number,
                    column=where or _letter(j),
                    severity="note",
                    zh=f"第{j + 1}列"
                    + (f"“{where}”不是本表的列" if where else "没有表头")
                    + f",其中的“{_short(v)}”未读取",
                    en=f"column {j + 1} "
                    + (f"({where}) is not a column of this sheet" if where else "has no header")
                    + f": {_short(v)!r} was not read",
                )
            )
        out.append(RawRow(number, cells))
    headers = {c.key: str(header[j]) for j, c in mapping.items()}
    return RawSheet(sheet, name, out, headers)


def _letter(j: int) -> str:
    """The spreadsheet letter of column index ``j`` (0 → A)."""
    out = ""
    j += 1
    while j:
        j, rest = divmod(j - 1, 26)
        out = chr(65 + rest) + out
    return out


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 30 else text[:27] + "…"


def _settings_rows(
    sheet: Sheet,
    name: str,
    rows: list[list[Any]],
    numbers: list[int],
    header: list[str],
    problems: list[Problem],
    broken: Mapping[int, tuple[str, str]] | None = None,
) -> RawSheet:
    by_name: dict[str, Column] = {}
    for col in sheet.columns:
        for n in col.names():
            by_name[_norm(n)] = col
    item_at = next((j for j, h in enumerate(header) if _norm(h) in {_norm(x) for x in _ITEM}), 0)
    value_at = next(
        (j for j, h in enumerate(header) if _norm(h) in {_norm(x) for x in _VALUE}), item_at + 1
    )
    cells: dict[str, Any] = {}
    where: dict[str, int] = {}
    rejected: list[tuple[int, str, str, str]] = []
    for r, number in zip(rows, numbers, strict=True):
        if broken and number in broken:
            rejected.append((number, "", *broken[number]))
            continue
        item = r[item_at] if item_at < len(r) else None
        value = r[value_at] if value_at < len(r) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            if item not in (None, "") and by_name.get(_norm(item)) is None:
                problems.append(
                    Problem(
                        sheet=name,
                        row=number,
                        column=str(item),
                        severity="note",
                        zh=f"“{item}”不是基本信息的项目,未读取",
                        en=f"{item!r} is not an item of this sheet: not read",
                    )
                )
            continue  # an item left empty is no row
        c: Column | None = by_name.get(_norm(item)) if item not in (None, "") else None
        if c is None:
            rejected.append(
                (
                    number,
                    str(item),
                    f"“{item}”不是基本信息的项目,未读取",
                    f"{item!r} is not an item of this sheet: not read",
                )
            )
            continue
        cells[c.key] = value
        where[c.key] = number
    first = min([*where.values(), *(n for n, *_ in rejected)], default=1)
    return RawSheet(sheet, name, [RawRow(first, cells, where, rejected=rejected)])


def _read_xlsx(path: Path) -> tuple[dict[str, RawSheet], _Found]:
    openpyxl = _openpyxl()
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:
        raise RecordsFileError(
            f"{path}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})"
        ) from None
    try:
        found, problems = _match_sheets(wb.sheetnames)
        raw: dict[str, RawSheet] = {}
        for key, (sheet, name) in found.items():
            rows, numbers = _sheet_rows(wb[name], path, name)
            got = _table_rows(sheet, name, rows, numbers, problems)
            if got is not None:
                raw[key] = got
        return raw, problems
    finally:
        wb.close()


def _sheet_rows(ws: Any, path: Path, name: str) -> tuple[list[list[Any]], list[int]]:
    """The cells of a worksheet, row by row, and each row's number; a broken sheet is refused."""
    rows: list[list[Any]] = []
    numbers: list[int] = []
    try:
        for i, row in enumerate(ws.iter_rows(), 1):
            vals = []
            for cell in row:
                v = cell.value
                if isinstance(v, str) and getattr(cell, "data_type", None) == "f":
                    v = Formula(v)
                vals.append(v)
            rows.append(vals)
            numbers.append(getattr(row[0], "row", i) if row else i)
    except Exception as exc:  # openpyxl reads a sheet lazily: a broken one fails here
        raise RecordsFileError(
            f"{path}: sheet {name!r} cannot be read ({type(exc).__name__}: {exc})"
        ) from None
    return rows, numbers


def _decode(data: bytes, name: str, problems: list[Problem]) -> tuple[str, set[int]]:
    """The text of a CSV file and the lines (1-based, by ``\\n``) that could not be decoded."""
    if data.startswith(codecs.BOM_UTF8):
        return _lines_utf8(data[3:], name, problems)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16(data, "utf-16", name)
    head = data[:4000]
    odd, even = head[1::2].count(b"\x00"), head[0::2].count(b"\x00")
    if 16 * max(odd, even) >= len(head) >= 8 and 4 * min(odd, even) <= max(odd, even):
        # UTF-16 without a BOM: its ASCII characters put a NUL in every other byte
        # (a stray NUL or two in a UTF-8 file does not make it UTF-16)
        return _utf16(data, "utf-16-le" if odd >= even else "utf-16-be", name)
    try:
        return data.decode("utf-8"), set()
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8 = sum(1 for ln in lines if is_utf8(ln) and any(b > 127 for b in ln))
    other = sum(1 for ln in lines if not is_utf8(ln))
    if utf8 > other:
        return _lines_utf8(data, name, problems)
    try:
        return data.decode("gb18030"), set()
    except UnicodeDecodeError:
        pass
    text, bad = decode_lines(data, "gb18030")
    if len(bad) == len(lines):
        raise RecordsFileError(f"{name}: neither UTF-8, GBK/GB18030 nor UTF-16")
    return text, bad


def _utf16(data: bytes, encoding: str, name: str) -> tuple[str, set[int]]:
    """UTF-16 text; a line with bytes that are not UTF-16 (an odd length, ...) is listed."""
    try:
        return data.decode(encoding), set()
    except UnicodeDecodeError:
        pass
    text = data.decode(encoding, errors="replace")
    lines = text.split("\n")
    bad = {i for i, line in enumerate(lines, 1) if "\ufffd" in line}
    if len(bad) == len(lines):
        raise RecordsFileError(f"{name}: not valid UTF-16")
    return text, bad


def _lines_utf8(data: bytes, name: str, problems: list[Problem]) -> tuple[str, set[int]]:
    """UTF-8 text, a line in GB18030 read as such (noted); a line neither of them is listed."""
    out, bad = [], set()
    for i, line in enumerate(data.split(b"\n"), 1):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                out.append(line.decode("gb18030"))
            except UnicodeDecodeError:
                out.append(line.decode("utf-8", errors="replace"))
                bad.add(i)
                continue
            problems.append(
                Problem(
                    sheet=name,
                    row=i,
                    severity="note",
                    zh="本行不是UTF-8编码,按GB18030读取",
                    en="not UTF-8: read as GB18030",
                )
            )
    return "\n".join(out), bad


#: Why a CSV line is reported instead of read (the first two: the line where a quote opened).
def _read_csv_folder(folder: Path) -> tuple[dict[str, RawSheet], _Found]:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv")
    if not files:
        raise RecordsFileError(f"{folder}: no .csv file in the folder")
    return _read_csv_files(files)


def _read_csv_files(files: Sequence[Path]) -> tuple[dict[str, RawSheet], _Found]:
    found, problems = _match_sheets(p.stem for p in files)
    by_stem = {p.stem: p for p in files}
    raw: dict[str, RawSheet] = {}
    for key, (sheet, name) in found.items():
        text, bad = _decode(_read_bytes(by_stem[name]), name, problems)
        rows: list[list[Any]] = []
        numbers: list[int] = []
        broken: dict[int, tuple[str, str]] = {}
        for first, last, cells, why in csv_rows(text, bad):
            if cells is None:
                assert why is not None
                broken[first] = why
                rows.append([why[1]])  # a placeholder: never blank, never a header
                numbers.append(first)
                continue
            rows.append([_uncsv(v) for v in cells])
            numbers.append(last)
        got = _table_rows(sheet, name, rows, numbers, problems, broken)
        if got is not None:
            raw[key] = got
    return raw, problems


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise RecordsFileError(f"{path}: a folder, not a .csv file") from None


def _uncsv(value: str) -> Any:
    if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "'", "\t", "\r"):
        return value[1:]
    return value


def _read_json(path: Path) -> tuple[dict[str, RawSheet], _Found]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise RecordsFileError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("sheets"), dict):
        raise RecordsFileError(f"{path}: not an orgwork records file (no 'sheets' object)")
    found, problems = _match_sheets(doc["sheets"])
    raw: dict[str, RawSheet] = {}
    for key, (sheet, found_name) in found.items():
        body = doc["sheets"][found_name]
        name = sheet.zh if found_name == sheet.key else found_name
        by_name: dict[str, Column] = {}
        for c in sheet.all_columns:
            for n in c.names():
                by_name[_norm(n)] = c
        if sheet.key == SETTINGS:
            if not isinstance(body, dict):
                raise RecordsFileError(f"{path}: sheet {name!r} must be an object")
            cells: dict[str, Any] = {}
            where: dict[str, int] = {}
            rejected: list[tuple[int, str, str, str]] = []
            for item_no, (k, v) in enumerate(body.items(), 1):
                if v is None:
                    continue  # an item left empty is no row
                col = by_name.get(_norm(k))
                if col is None:
                    rejected.append(
                        (
                            item_no,
                            k,
                            f"“{k}”不是基本信息的项目,未读取",
                            f"{k!r} is not an item: not read",
                        )
                    )
                    continue
                cells[col.key] = EMPTY_TEXT if v == "" else v  # JSON tells "" from no value
                where[col.key] = item_no
            first = min([*where.values(), *(n for n, *_ in rejected)], default=1)
            raw[key] = RawSheet(sheet, name, [RawRow(first, cells, where, rejected=rejected)])
            continue
        if not isinstance(body, list):
            raise RecordsFileError(f"{path}: sheet {name!r} must be a list of rows")
        rows = []
        headers: dict[str, str] = {}
        for i, item in enumerate(body, 1):
            if not isinstance(item, dict):
                rows.append(
                    RawRow(i, {}, error=("应为一个对象(一行记录)", "expected an object (one row)"))
                )
                continue
            cells = {}
            for k, v in item.items():
                col = by_name.get(_norm(k))
                if col is None:
                    problems.append(_not_a_column(name, i, k))
                    continue
                headers.setdefault(col.key, k)
                cells[col.key] = EMPTY_TEXT if v == "" else v  # JSON tells "" from no value
            rows.append(RawRow(i, cells))
        raw[key] = RawSheet(sheet, name, rows, headers)
    return raw, problems


def _note(sheet: str, row: int | None, column: str | None, zh: str, en: str) -> Problem:
    """A note: something in the file was not read, or was read after interpretation."""
    return Problem(sheet=sheet, row=row, column=column, severity="note", zh=zh, en=en)


def _not_a_column(sheet: str, row: int, key: str) -> Problem:
    return _note(
        sheet,
        row,
        key,
        f"“{key}”不是本表的列,未读取",
        f"{key!r} is not a column of this sheet: not read",
    )

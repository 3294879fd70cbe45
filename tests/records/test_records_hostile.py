"""Hostile records files: what practitioners really hand in, read row by row.

Each case starts from the bundled sample town written by ``write_records``
(an ``.xlsx`` workbook, a folder of CSV files, a JSON file), tampers with it
(openpyxl, or the CSV text), and checks three things:

* every sheet's rows are accounted for: ``read == accepted + reported``, and
  the rows named by error problems are exactly the reported rows;
* the problem names the right sheet, row (the spreadsheet row / CSV line as
  the user sees it) and column, in Chinese and in English;
* the good rows are still accepted (the records equal the sample's, less the
  reported rows).

Ten of these cases found bugs in the first reader (a grouped header, notes on
full-width and spaced dates, header-only sheets, UTF-16 without a BOM,
headers as written in problems, stray cells, unknown 基本信息 items); they
are fixed and these tests keep them so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from orgwork.errors import ImportRowsError
from orgwork.records import (
    Problem,
    Records,
    Result,
    SheetCount,
    read_records,
    read_records_report,
    write_records,
)
from orgwork.records._schema import layout
from orgwork.report import FAMILY_TITLES, check
from orgwork.samples import records as sample_records

SETTINGS_ZH = "基本信息"
VISITS = "走访慰问记录"
CASES = "信访登记表"
MEMBERS = "老党员花名册"

# -- the base files, built once ----------------------------------------------------------


@dataclass(frozen=True)
class Base:
    root: Path
    ref: Records
    csv_dir: Path
    json_path: Path
    counts: dict[str, SheetCount]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    root = tmp_path_factory.mktemp("records_base")
    ref = sample_records(2025)
    csv_dir = write_records(ref, root / "csv")
    json_path = write_records(ref, root / "records.json")
    clean = read_records_report(csv_dir)
    assert clean.records == ref
    assert clean.problems == ()
    return Base(root, ref, csv_dir, json_path, {s.sheet: s for s in clean.sheets})


@pytest.fixture(scope="module")
def xlsx(base: Base) -> Path:
    pytest.importorskip("openpyxl")
    return write_records(base.ref, base.root / "records.xlsx")


# -- tampering ---------------------------------------------------------------------------

Rows = list[list[str]]


def copy_csv(base: Base, tmp_path: Path, name: str = "csv") -> Path:
    return Path(shutil.copytree(base.csv_dir, tmp_path / name))


def read_table(folder: Path, sheet: str) -> Rows:
    text = (folder / f"{sheet}.csv").read_text(encoding="utf-8-sig")
    return [list(r) for r in csv.reader(io.StringIO(text, newline=""))]


def write_table(folder: Path, sheet: str, rows: Rows) -> None:
    with open(folder / f"{sheet}.csv", "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)


def edit_csv(folder: Path, sheet: str, edit: Callable[[Rows], Any]) -> None:
    rows = read_table(folder, sheet)
    edit(rows)
    write_table(folder, sheet, rows)


def set_cell(rows: Rows, line: int, header: str, value: str) -> None:
    """Set the cell of CSV ``line`` (1-based) under ``header`` (in the first row that has it)."""
    head = next(r for r in rows if header in r)
    rows[line - 1][head.index(header)] = value


def settings_line(rows: Rows, item: str) -> int:
    """The CSV line of the 基本信息 item ``item``."""
    return next(i for i, r in enumerate(rows, 1) if r and r[0] == item)


def edit_xlsx(src: Path, dst: Path, edit: Callable[[Any], Any]) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(src)
    edit(wb)
    wb.save(dst)
    return dst


def without(items: tuple[Any, ...], *indexes: int) -> tuple[Any, ...]:
    return tuple(x for i, x in enumerate(items) if i not in indexes)


# -- checking ----------------------------------------------------------------------------


def by_sheet(result: Result) -> dict[str, SheetCount]:
    return {s.sheet: s for s in result.sheets}


def error_rows(result: Result) -> set[tuple[str, int | None]]:
    return {(p.sheet, p.row) for p in result.problems if p.severity == "error"}


def assert_accounted(result: Result) -> None:
    """Every row read is accepted or reported, and the reported rows are the rows in error."""
    names = [s.sheet for s in result.sheets]
    assert len(names) == len(set(names)), names
    for s in result.sheets:
        assert s.read == s.accepted + s.reported, s
        assert min(s.read, s.accepted, s.reported) >= 0, s
    rows: dict[str, set[int]] = defaultdict(set)
    for p in result.problems:
        assert p.zh.strip(), p
        assert p.en.strip(), p
        if p.severity == "error" and p.row is not None:
            rows[p.sheet].add(p.row)
    counts = by_sheet(result)
    for sheet, numbers in rows.items():
        assert sheet in counts, (sheet, result.sheets)
        assert counts[sheet].reported == len(numbers), (counts[sheet], sorted(numbers))


def assert_counts(result: Result, base: Base, reported: dict[str, int] | None = None) -> None:
    """Every sheet read as many rows as the sample's, all accepted but ``reported``."""
    reported = reported or {}
    counts = by_sheet(result)
    for name, clean in base.counts.items():
        got = counts[name]
        n = reported.get(name, 0)
        assert (got.read, got.accepted, got.reported) == (clean.read, clean.read - n, n), got


def the_problem(
    result: Result, sheet: str, row: int | None, column: str | None, severity: str = "error"
) -> Problem:
    hits = [
        p
        for p in result.problems
        if (p.sheet, p.row, p.column, p.severity) == (sheet, row, column, severity)
    ]
    if severity == "note":  # a cell may be interpreted twice (a space trimmed, then a date form)
        assert hits, (sheet, row, column, severity, result.problems)
        return hits[-1]
    assert len(hits) == 1, (sheet, row, column, severity, result.problems)
    return hits[0]


def assert_texts(p: Problem, zh: tuple[str, ...], en: tuple[str, ...]) -> None:
    for part in zh:
        assert part in p.zh, (part, p.zh)
    for part in en:
        assert part in p.en, (part, p.en)
    assert p.message("zh").startswith(p.where("zh"))
    assert p.message("en").startswith(p.where("en"))
    if p.row is not None:
        assert f"第{p.row}行" in p.where("zh")
        assert f"row {p.row}" in p.where("en")


# -- 1. title rows, merged header cells, two-row headers ---------------------------------


def test_xlsx_title_rows_above_merged_title(base: Base, xlsx: Path, tmp_path: Path) -> None:
    def edit(wb: Any) -> None:
        ws = wb[CASES]
        ws.insert_rows(1, 2)
        ws["A1"] = "云岭市委组织部信访登记表(2025年)"
        ws.merge_cells("A1:G1")
        ws["A2"] = "填表单位:云岭市委组织部    填表日期:2025年12月31日"
        ws.merge_cells("A2:G2")
        ws["B4"] = "飞鸽传书"  # first data row, now spreadsheet row 4
        ws = wb[MEMBERS]
        ws.insert_rows(1, 1)
        ws["A1"] = "青石镇老党员花名册"
        ws.merge_cells("A1:D1")
        ws = wb[SETTINGS_ZH]
        ws.insert_rows(1, 1)
        ws["A1"] = "基本信息表"
        ws.merge_cells("A1:C1")

    result = read_records_report(edit_xlsx(xlsx, tmp_path / "titles.xlsx", edit))
    assert_accounted(result)
    assert error_rows(result) == {(CASES, 4)}
    p = the_problem(result, CASES, 4, "来信来访方式")
    assert_texts(p, ("飞鸽传书", "不是可选值", "来信"), ("'飞鸽传书'", "allowed values", "letter"))
    assert_counts(result, base, {CASES: 1})
    ref = base.ref
    assert result.records.supervision.cases == without(ref.supervision.cases, 0)
    assert result.records.care.members == ref.care.members
    assert (result.records.year, result.records.town) == (ref.year, ref.town)
    assert result.records.supervision.handlers == ref.supervision.handlers


def test_xlsx_two_row_header_with_group_label(base: Base, xlsx: Path, tmp_path: Path) -> None:
    """A title, then a group label merged over sub-headers; the other headers merged down."""

    def edit(wb: Any) -> None:
        ws = wb[VISITS]
        ws.insert_rows(1, 2)
        heads = [c.value for c in ws[3]]
        assert heads == ["走访类别", "走访日期", "老党员", "所在党组织", "走访人", "备注"]
        ws["A1"] = "青石镇老党员走访慰问记录"
        ws.merge_cells("A1:F1")
        for j, h in enumerate(heads, 1):
            if j in (2, 3, 4):
                continue
            ws.cell(row=2, column=j, value=h)
            ws.cell(row=3, column=j, value=None)
            ws.merge_cells(start_row=2, start_column=j, end_row=3, end_column=j)
        ws["B2"] = "走访情况"
        ws.merge_cells("B2:D2")
        ws["A5"] = "看病"  # the second record, spreadsheet row 5

    result = read_records_report(edit_xlsx(xlsx, tmp_path / "tworow.xlsx", edit))
    assert_accounted(result)
    assert error_rows(result) == {(VISITS, 5)}
    p = the_problem(result, VISITS, 5, "走访类别")
    assert_texts(p, ("看病", "不是可选值"), ("'看病'", "allowed values"))
    assert_counts(result, base, {VISITS: 1})
    assert result.records.care.visits == without(base.ref.care.visits, 1)
    assert not [p for p in result.problems if p.sheet == VISITS and p.severity == "note"]


def test_xlsx_group_label_names_grouped_columns(base: Base, xlsx: Path, tmp_path: Path) -> None:
    def edit(wb: Any) -> None:
        ws = wb["监督员推荐"]
        ws.insert_rows(1, 1)
        heads = [c.value for c in ws[2]]
        for j, h in enumerate(heads, 1):
            if h.startswith("候选人·"):
                ws.cell(row=2, column=j, value=h.removeprefix("候选人·"))
            else:
                ws.cell(row=1, column=j, value=h)
                ws.cell(row=2, column=j, value=None)
                ws.merge_cells(start_row=1, start_column=j, end_row=2, end_column=j)
        ws["A1"] = "候选人"
        ws.merge_cells("A1:E1")

    result = read_records_report(edit_xlsx(xlsx, tmp_path / "grouped.xlsx", edit))
    assert_accounted(result)
    assert error_rows(result) == set()
    assert result.records.supervision.nominations == base.ref.supervision.nominations


def test_csv_title_rows_row_numbers_are_csv_lines(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)

    def edit(rows: Rows) -> None:
        rows[0:0] = [["云岭市委组织部信访登记表"], ["", "", "单位:件"]]
        set_cell(rows, 5, "来信来访方式", "飞鸽传书")  # the second record: CSV line 5

    edit_csv(folder, CASES, edit)
    result = read_records_report(folder)
    assert_accounted(result)
    assert error_rows(result) == {(CASES, 5)}
    p = the_problem(result, CASES, 5, "来信来访方式")
    assert_texts(p, ("飞鸽传书",), ("'飞鸽传书'",))
    assert result.records.supervision.cases == without(base.ref.supervision.cases, 1)
    assert_counts(result, base, {CASES: 1})


def test_xlsx_blank_rows_and_blank_first_cell_keep_row_numbers(
    base: Base, xlsx: Path, tmp_path: Path
) -> None:
    def edit(wb: Any) -> None:
        ws = wb[VISITS]
        ws.insert_rows(3, 2)  # rows 3 and 4 blank: record 2 is now on row 5
        ws["A10"] = None  # the 7th record's kind left blank

    result = read_records_report(edit_xlsx(xlsx, tmp_path / "blanks.xlsx", edit))
    assert_accounted(result)
    assert error_rows(result) == {(VISITS, 10)}
    p = the_problem(result, VISITS, 10, "走访类别")
    assert_texts(p, ("走访类别", "必须填写"), ("required",))
    assert result.records.care.visits == without(base.ref.care.visits, 6)


# -- 2. every form of date ---------------------------------------------------------------

FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


@dataclass(frozen=True)
class DateForm:
    name: str
    write: Callable[[dt.date], Any]
    note: bool  # interpreted: accepted with a note
    xlsx_only: bool = False


DATE_FORMS = (
    DateForm("excel-date", lambda d: dt.datetime(d.year, d.month, d.day), False, True),
    DateForm("excel-serial", lambda d: (d - dt.date(1899, 12, 30)).days, True, True),
    DateForm("iso", lambda d: d.isoformat(), False),
    DateForm("slash", lambda d: f"{d.year}/{d.month}/{d.day}", True),
    DateForm("dot", lambda d: f"{d.year}.{d.month}.{d.day}", True),
    DateForm("chinese", lambda d: f"{d.year}年{d.month}月{d.day}日", True),
    DateForm(
        "full-width-chinese", lambda d: f"{d.year}年{d.month}月{d.day}日".translate(FULL), True
    ),
    DateForm("full-width-iso", lambda d: d.isoformat().translate(FULL), True),
    DateForm("trailing-spaces", lambda d: d.isoformat() + "  ", True),
    DateForm("slash-trailing-space", lambda d: f"{d.year}/{d.month}/{d.day} ", True),
    DateForm("iso-midnight", lambda d: f"{d.isoformat()} 00:00:00", True),
)
#: the spreadsheet row / CSV line of each form (the visit records from line 2 on)
DATE_ROWS = {f.name: i for i, f in enumerate(DATE_FORMS, 2)}


def _visit_dates(ref: Records) -> dict[int, dt.date]:
    return {row: ref.care.visits[row - 2].on for row in DATE_ROWS.values()}


@pytest.fixture(scope="module")
def dates_xlsx(base: Base, xlsx: Path) -> Result:
    days = _visit_dates(base.ref)

    def edit(wb: Any) -> None:
        ws = wb[VISITS]
        assert ws["B1"].value == "走访日期"
        for form in DATE_FORMS:
            row = DATE_ROWS[form.name]
            cell = ws.cell(row=row, column=2, value=form.write(days[row]))
            if not isinstance(cell.value, dt.datetime):
                cell.number_format = "General"  # a number, not a date cell

    return read_records_report(edit_xlsx(xlsx, base.root / "dates.xlsx", edit))


@pytest.fixture(scope="module")
def dates_csv(base: Base) -> Result:
    folder = Path(shutil.copytree(base.csv_dir, base.root / "dates_csv"))
    days = _visit_dates(base.ref)

    def edit(rows: Rows) -> None:
        for form in DATE_FORMS:
            row = DATE_ROWS[form.name]
            if not form.xlsx_only:
                set_cell(rows, row, "走访日期", str(form.write(days[row])))

    edit_csv(folder, VISITS, edit)
    return read_records_report(folder)


def _date_params() -> list[Any]:
    out = []
    for fmt in ("xlsx", "csv"):
        for form in DATE_FORMS:
            if form.xlsx_only and fmt == "csv":
                continue
            out.append(pytest.param(fmt, form, id=f"{fmt}-{form.name}"))
    return out


@pytest.mark.parametrize(("fmt", "form"), _date_params())
def test_date_form_is_accepted(
    fmt: str, form: DateForm, base: Base, request: pytest.FixtureRequest
) -> None:
    result: Result = request.getfixturevalue(f"dates_{fmt}")
    row = DATE_ROWS[form.name]
    day = base.ref.care.visits[row - 2].on
    assert (VISITS, row) not in error_rows(result)
    assert result.records.care.visits[row - 2].on == day
    here = [p for p in result.problems if p.sheet == VISITS and p.row == row]
    if not form.note:
        assert here == []
        return
    p = the_problem(result, VISITS, row, "走访日期", "note")
    assert_texts(p, (day.isoformat(),), (day.isoformat(),))
    shown = str(form.write(day)).strip()
    assert shown in p.zh
    assert shown in p.en


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_every_date_form_reads_the_same_records(
    fmt: str, base: Base, request: pytest.FixtureRequest
) -> None:
    result: Result = request.getfixturevalue(f"dates_{fmt}")
    assert_accounted(result)
    assert error_rows(result) == set()
    assert {p.severity for p in result.problems} <= {"note"}
    assert all(p.sheet == VISITS and p.column == "走访日期" for p in result.problems)
    assert result.records == base.ref
    assert_counts(result, base)


def test_impossible_dates_are_reported(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    bad = {2: "2025-02-30", 3: "2025年13月1日", 4: "明天", 5: "2025-01-07 10:30"}

    def edit(rows: Rows) -> None:
        for line, value in bad.items():
            set_cell(rows, line, "走访日期", value)

    edit_csv(folder, VISITS, edit)
    result = read_records_report(folder)
    assert_accounted(result)
    assert error_rows(result) == {(VISITS, line) for line in bad}
    for line, value in bad.items():
        p = the_problem(result, VISITS, line, "走访日期")
        assert_texts(p, (value,), (value,))
    assert_texts(the_problem(result, VISITS, 2, "走访日期"), ("日期不存在",), ("no such date",))
    assert result.records.care.visits == without(base.ref.care.visits, 0, 1, 2, 3)
    assert_counts(result, base, {VISITS: 4})


def test_xlsx_date_with_a_time_of_day_is_reported(base: Base, xlsx: Path, tmp_path: Path) -> None:
    def edit(wb: Any) -> None:
        wb[VISITS]["B3"] = dt.datetime(2025, 1, 7, 10, 30)

    result = read_records_report(edit_xlsx(xlsx, tmp_path / "time.xlsx", edit))
    assert_accounted(result)
    assert error_rows(result) == {(VISITS, 3)}
    p = the_problem(result, VISITS, 3, "走访日期")
    assert_texts(p, ("不含时刻",), ("without a time of day",))
    assert result.records.care.visits == without(base.ref.care.visits, 1)


# -- 3. a wrong enumerated value; a visit naming an unknown member -----------------------


def test_wrong_enum_value_is_reported(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    edit_csv(folder, VISITS, lambda rows: set_cell(rows, 3, "走访类别", "看病"))
    result = read_records_report(folder)
    assert_accounted(result)
    assert error_rows(result) == {(VISITS, 3)}
    p = the_problem(result, VISITS, 3, "走访类别")
    assert_texts(p, ("看病", "不是可选值", "入户看望"), ("'看病'", "allowed values", "home visit"))
    assert p.message("zh").startswith("走访慰问记录 第3行 走访类别")
    assert p.message("en").startswith("走访慰问记录, row 3, column 走访类别")
    assert result.records.care.visits == without(base.ref.care.visits, 1)
    assert_counts(result, base, {VISITS: 1})


def test_visit_naming_unknown_member_is_reported(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    edit_csv(folder, VISITS, lambda rows: set_cell(rows, 4, "老党员", "M99"))
    result = read_records_report(folder)
    assert_accounted(result)
    assert error_rows(result) == {(VISITS, 4)}
    p = the_problem(result, VISITS, 4, "老党员")
    assert_texts(p, ("M99", "老党员花名册"), ("'M99'", "elderly members"))
    assert result.records.care.visits == without(base.ref.care.visits, 2)
    assert result.records.care.members == base.ref.care.members
    assert_counts(result, base, {VISITS: 1})


# -- 4. duplicate ids; empty sheets and an empty family ----------------------------------


def test_duplicate_member_id_is_reported(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    rows = read_table(folder, MEMBERS)
    assert rows[1][0] == "M01"
    rows.append(["M01", "重名人", "V01", ""])
    write_table(folder, MEMBERS, rows)
    line = len(rows)
    result = read_records_report(folder)
    assert_accounted(result)
    assert error_rows(result) == {(MEMBERS, line)}
    p = the_problem(result, MEMBERS, line, "编号")
    assert_texts(p, ("第2行", "重复", "M01"), ("repeats row 2", "M01"))
    assert result.records.care.members == base.ref.care.members
    assert result.records.care == base.ref.care
    counts = by_sheet(result)[MEMBERS]
    clean = base.counts[MEMBERS]
    assert (counts.read, counts.accepted, counts.reported) == (clean.read + 1, clean.read, 1)


def test_duplicate_case_id_is_reported(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    rows = read_table(folder, CASES)
    first = rows[1]
    assert first[0] == "XF2025-001"
    rows.insert(
        3, [first[0], "来访", "2025-03-02", "2025-03-02", "方志诚", "2025-03-10", "重复登记"]
    )
    write_table(folder, CASES, rows)
    result = read_records_report(folder)
    assert_accounted(result)
    assert error_rows(result) == {(CASES, 4)}
    p = the_problem(result, CASES, 4, "编号")
    assert_texts(p, ("第2行", "XF2025-001"), ("repeats row 2", "XF2025-001"))
    assert result.records.supervision == base.ref.supervision
    counts = by_sheet(result)[CASES]
    assert (counts.read, counts.accepted, counts.reported) == (
        base.counts[CASES].read + 1,
        base.counts[CASES].read,
        1,
    )


def _header_only(folder: Path, sheet: str) -> None:
    def edit(rows: Rows) -> None:
        del rows[1:]

    edit_csv(folder, sheet, edit)


def test_header_only_sheet_reads_as_empty(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    _header_only(folder, "开放日意见建议")
    result = read_records_report(folder)
    assert_accounted(result)
    assert result.problems == ()
    assert result.records.open_day.suggestions == ()
    assert result.records.open_day.plan == base.ref.open_day.plan
    for family in ("assessment", "care", "supervision", "selection"):
        assert getattr(result.records, family) == getattr(base.ref, family)
    assert all(s.read == 0 for s in result.sheets if s.sheet == "开放日意见建议")


def test_header_only_sheet_is_counted_with_zero_rows(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    _header_only(folder, "开放日意见建议")
    result = read_records_report(folder)
    assert by_sheet(result)["开放日意见建议"] == SheetCount(
        sheet="开放日意见建议", read=0, accepted=0, reported=0
    )


def test_family_with_all_sheets_empty_is_skipped(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    care_sheets = [s.zh for s in layout().sheets if s.key.startswith("care.")]
    assert VISITS in care_sheets
    assert MEMBERS in care_sheets
    for sheet in care_sheets:
        _header_only(folder, sheet)
    result = read_records_report(folder)
    assert_accounted(result)
    assert result.problems == ()
    assert result.records.care.is_empty()
    assert result.records.care.members == ()
    assert result.records.care.visits == ()
    for family in ("assessment", "supervision", "open_day", "selection"):
        assert getattr(result.records, family) == getattr(base.ref, family)
    report = check(result.records)
    title = FAMILY_TITLES["care"]
    skipped = [t for t in report.skipped if title.zh in t.zh]
    assert len(skipped) == 1
    assert "跳过" in skipped[0].zh
    assert title.en in skipped[0].en.lower()
    assert "skipped" in skipped[0].en
    assert "care" not in [s.key for s in report.sections]
    assert "supervision" in [s.key for s in report.sections]


# -- 5. formula cells; a missing sheet ---------------------------------------------------


def test_formula_cells_are_reported(base: Base, xlsx: Path, tmp_path: Path) -> None:
    def edit(wb: Any) -> None:
        ws = wb[CASES]
        assert ws["G1"].value == "内容摘要"
        ws["G3"] = "=1+1"
        ws = wb["开门评部记录"]
        assert ws["E1"].value == "质询问题数"
        ws["E2"] = "=SUM(1,2)"

    result = read_records_report(edit_xlsx(xlsx, tmp_path / "formula.xlsx", edit))
    assert_accounted(result)
    assert error_rows(result) == {(CASES, 3), ("开门评部记录", 2)}
    p = the_problem(result, CASES, 3, "内容摘要")
    assert_texts(p, ("公式", "=1+1"), ("formula", "=1+1"))
    p = the_problem(result, "开门评部记录", 2, "质询问题数")
    assert_texts(p, ("公式", "=SUM(1,2)"), ("formula", "=SUM(1,2)"))
    ref = base.ref
    assert result.records.supervision.cases == without(ref.supervision.cases, 1)
    assert result.records.supervision.rounds == without(ref.supervision.rounds, 0)
    assert result.records.care == ref.care
    assert_counts(result, base, {CASES: 1, "开门评部记录": 1})


def test_formula_in_settings_is_reported_on_its_row(base: Base, xlsx: Path, tmp_path: Path) -> None:
    def edit(wb: Any) -> None:
        ws = wb[SETTINGS_ZH]
        assert ws["A3"].value == "乡镇(县)"
        ws["B3"] = '=CONCAT("青","石镇")'

    result = read_records_report(edit_xlsx(xlsx, tmp_path / "settings_formula.xlsx", edit))
    assert_accounted(result)
    assert error_rows(result) == {(SETTINGS_ZH, 3)}
    p = the_problem(result, SETTINGS_ZH, 3, "乡镇(县)")
    assert_texts(p, ("公式", "CONCAT"), ("formula", "CONCAT"))
    assert result.records.year == 2025
    assert result.records.care.members == base.ref.care.members
    assert result.records.supervision.cases == base.ref.supervision.cases


def test_missing_sheet_rest_still_reads(base: Base, xlsx: Path, tmp_path: Path) -> None:
    def edit(wb: Any) -> None:
        del wb[VISITS]

    result = read_records_report(edit_xlsx(xlsx, tmp_path / "missing.xlsx", edit))
    assert_accounted(result)
    assert error_rows(result) == set()
    ref = base.ref
    assert result.records.care.visits == ()
    assert result.records.care.members == ref.care.members
    assert result.records.care.fund == ref.care.fund
    for family in ("assessment", "supervision", "open_day", "selection"):
        assert getattr(result.records, family) == getattr(ref, family)
    counts = by_sheet(result)
    assert VISITS not in counts
    for name, clean in base.counts.items():
        if name != VISITS:
            assert counts[name] == clean


def test_missing_owner_sheet_reports_every_orphan(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    (folder / f"{MEMBERS}.csv").unlink()
    children = [s.zh for s in layout().sheets if s.owner == "care.members"]
    assert "老党员荣誉" in children
    result = read_records_report(folder)
    assert_accounted(result)
    counts = by_sheet(result)
    expected = set()
    for sheet in children:
        rows = read_table(base.csv_dir, sheet)
        assert counts[sheet].accepted == 0
        assert counts[sheet].reported == len(rows) - 1
        for line, row in enumerate(rows[1:], 2):
            expected.add((sheet, line))
            p = the_problem(result, sheet, line, "所属编号")
            assert_texts(p, ("老党员花名册", row[0]), ("elderly members", row[0]))
    assert error_rows(result) == expected
    assert result.records.care.members == ()
    assert result.records.supervision == base.ref.supervision


# -- 6. encodings of a CSV folder --------------------------------------------------------


@pytest.mark.parametrize(
    "encoding",
    [
        "gbk",
        "gb18030",
        "utf-16",  # with a BOM
        "utf-8",  # without a BOM
        "utf-16-le",  # without a BOM
    ],
)
def test_csv_folder_in_other_encodings_reads_the_same(
    encoding: str, base: Base, tmp_path: Path
) -> None:
    folder = tmp_path / encoding
    folder.mkdir()
    for f in base.csv_dir.iterdir():
        text = f.read_bytes().decode("utf-8-sig")
        (folder / f.name).write_bytes(text.encode(encoding))
    if encoding == "utf-16":
        assert (folder / f"{VISITS}.csv").read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    result = read_records_report(folder)
    assert_accounted(result)
    assert result.problems == ()
    assert result.records == base.ref
    assert by_sheet(result) == base.counts


def test_gbk_folder_reports_the_same_lines(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    edit_csv(folder, VISITS, lambda rows: set_cell(rows, 3, "走访类别", "看病"))
    for f in folder.iterdir():
        f.write_bytes(f.read_bytes().decode("utf-8-sig").encode("gbk"))
    result = read_records_report(folder)
    assert_accounted(result)
    assert error_rows(result) == {(VISITS, 3)}
    assert_texts(the_problem(result, VISITS, 3, "走访类别"), ("看病",), ("'看病'",))
    assert result.records.care.visits == without(base.ref.care.visits, 1)


# -- 7. a case handled by someone not on the handler list --------------------------------


def test_case_handler_not_on_list_is_reported(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    assert "王五" not in base.ref.supervision.handlers
    edit_csv(folder, CASES, lambda rows: set_cell(rows, 3, "承办人", "王五"))
    result = read_records_report(folder)
    assert_accounted(result)
    assert error_rows(result) == {(CASES, 3)}
    p = the_problem(result, CASES, 3, "承办人")
    assert_texts(p, ("王五", "承办人员"), ("'王五'", "handlers"))
    assert result.records.supervision.cases == without(base.ref.supervision.cases, 1)
    assert result.records.supervision.handlers == base.ref.supervision.handlers
    assert_counts(result, base, {CASES: 1})


# -- 8. strict -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_bad_rows(base: Base) -> Path:
    folder = Path(shutil.copytree(base.csv_dir, base.root / "two_bad_rows"))
    edit_csv(folder, VISITS, lambda rows: set_cell(rows, 3, "走访类别", "看病"))
    edit_csv(folder, CASES, lambda rows: set_cell(rows, 5, "承办人", "王五"))
    return folder


def test_strict_raises_listing_every_reported_row(two_bad_rows: Path) -> None:
    lenient = read_records_report(two_bad_rows)
    errors = tuple(p for p in lenient.problems if p.severity == "error")
    assert {(p.sheet, p.row) for p in errors} == {(VISITS, 3), (CASES, 5)}
    with pytest.raises(ImportRowsError) as info:
        read_records_report(two_bad_rows, strict=True)
    assert info.value.rejected == errors
    message = str(info.value)
    assert "2 problem" in message
    assert "走访慰问记录, row 3, column 走访类别" in message
    assert "信访登记表, row 5, column 承办人" in message
    with pytest.raises(ImportRowsError):
        read_records(two_bad_rows, strict=True)


def test_strict_accepts_notes(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    edit_csv(folder, VISITS, lambda rows: set_cell(rows, 2, "走访日期", "2025年1月6日"))
    result = read_records_report(folder, strict=True)
    assert [p.severity for p in result.problems] == ["note"]
    assert result.records == base.ref
    assert read_records(base.csv_dir, strict=True) == base.ref


def _orgwork(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgwork", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_cli_check_strict_exits_2_with_one_line(two_bad_rows: Path) -> None:
    run = _orgwork("check", str(two_bad_rows), "--strict")
    assert run.returncode == 2, run
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("orgwork check: ")
    assert "Traceback" not in run.stderr
    assert run.stdout == ""


def test_cli_check_without_strict_lists_reported_rows(two_bad_rows: Path) -> None:
    run = _orgwork("check", str(two_bad_rows))
    assert run.returncode == 0, run.stderr
    assert "走访慰问记录 第3行 走访类别" in run.stdout
    assert "信访登记表 第5行 承办人" in run.stdout


# -- English headers; unknown and unheaded columns ---------------------------------------


def test_english_workbook_reads_back_equal(base: Base, tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    path = write_records(base.ref, tmp_path / "english.xlsx", lang="en")
    result = read_records_report(path)
    assert_accounted(result)
    assert result.problems == ()
    assert result.records == base.ref
    names = {s.sheet for s in result.sheets}
    assert {"basic information", "care visits", "letters and visits"} <= names
    assert VISITS not in names
    assert sorted(s.read for s in result.sheets) == sorted(s.read for s in base.counts.values())


@pytest.fixture(scope="module")
def english_csv(base: Base) -> Path:
    return write_records(base.ref, base.root / "english_csv", lang="en")


def test_english_csv_reports_sheet_and_row(base: Base, english_csv: Path, tmp_path: Path) -> None:
    folder = Path(shutil.copytree(english_csv, tmp_path / "en"))
    edit_csv(folder, "care visits", lambda rows: set_cell(rows, 3, "kind", "sick call"))
    result = read_records_report(folder)
    assert_accounted(result)
    assert error_rows(result) == {("care visits", 3)}
    (p,) = [p for p in result.problems if p.severity == "error"]
    assert_texts(p, ("sick call", "不是可选值"), ("'sick call'", "home visit"))
    assert result.records.care.visits == without(base.ref.care.visits, 1)


def test_english_csv_problem_names_the_header_as_written(english_csv: Path, tmp_path: Path) -> None:
    folder = Path(shutil.copytree(english_csv, tmp_path / "en"))
    edit_csv(folder, "care visits", lambda rows: set_cell(rows, 3, "kind", "sick call"))
    result = read_records_report(folder)
    the_problem(result, "care visits", 3, "kind")


def test_unknown_column_is_a_note(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)

    def edit(rows: Rows) -> None:
        rows[0].append("联系电话")
        for i, row in enumerate(rows[1:], 1):
            row.append(f"1380000{i:04d}")

    edit_csv(folder, MEMBERS, edit)
    result = read_records_report(folder)
    assert_accounted(result)
    assert error_rows(result) == set()
    p = the_problem(result, MEMBERS, 1, "联系电话", "note")
    assert_texts(p, ("联系电话", "不是本表的列"), ("联系电话", "not a column"))
    assert result.records == base.ref
    assert_counts(result, base)


def test_repeated_column_is_a_note(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)

    def edit(rows: Rows) -> None:
        rows[0].append("姓名")
        for row in rows[1:]:
            row.append("别人")

    edit_csv(folder, MEMBERS, edit)
    result = read_records_report(folder)
    assert_accounted(result)
    p = the_problem(result, MEMBERS, 1, "姓名", "note")
    assert_texts(p, ("重复",), ("twice",))
    assert result.records == base.ref


def test_value_under_no_header_is_noted(base: Base, xlsx: Path, tmp_path: Path) -> None:
    def edit(wb: Any) -> None:
        ws = wb[MEMBERS]
        assert ws["E1"].value is None
        ws["G3"] = "重要:本人已迁出"

    result = read_records_report(edit_xlsx(xlsx, tmp_path / "stray.xlsx", edit))
    assert result.records.care.members == base.ref.care.members
    assert [(p.sheet, p.row) for p in result.problems] == [(MEMBERS, 3)]


# -- 基本信息 (the vertical sheet) and JSON ------------------------------------------------


def test_settings_title_row_and_unknown_item(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)

    def edit(rows: Rows) -> None:
        rows.insert(0, ["青石镇组织工作基本信息"])
        rows.append(["乱写项目", "1", ""])

    edit_csv(folder, SETTINGS_ZH, edit)
    line = len(read_table(folder, SETTINGS_ZH))
    result = read_records_report(folder)
    for s in result.sheets:  # the unknown item's count: test_unknown_settings_item_is_counted
        assert s.read == s.accepted + s.reported, s
    assert error_rows(result) == {(SETTINGS_ZH, line)}
    p = the_problem(result, SETTINGS_ZH, line, "乱写项目")
    assert_texts(p, ("乱写项目", "不是基本信息的项目"), ("'乱写项目'", "not an item"))
    assert result.records == base.ref


def test_unknown_settings_item_is_counted(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    edit_csv(folder, SETTINGS_ZH, lambda rows: rows.append(["乱写项目", "1", ""]))
    result = read_records_report(folder)
    assert result.records == base.ref
    clean = base.counts[SETTINGS_ZH]
    counts = by_sheet(result)[SETTINGS_ZH]
    assert (counts.read, counts.accepted, counts.reported) == (clean.read + 1, clean.read, 1)
    assert_accounted(result)


def test_bad_settings_item_is_reported_on_its_row(base: Base, tmp_path: Path) -> None:
    folder = copy_csv(base, tmp_path)
    item = "考核·村考核方案·计分制"
    rows = read_table(folder, SETTINGS_ZH)
    line = settings_line(rows, item)
    set_cell(rows, line, "内容", "百分制X")
    write_table(folder, SETTINGS_ZH, rows)
    result = read_records_report(folder)
    assert_accounted(result)
    p = the_problem(result, SETTINGS_ZH, line, item)
    assert_texts(p, ("百分制X",), ("'百分制X'",))
    assert result.records.year == 2025
    assert result.records.care == base.ref.care
    assert result.records.supervision == base.ref.supervision


def test_json_row_that_is_not_an_object_is_counted(base: Base, tmp_path: Path) -> None:
    doc = json.loads(base.json_path.read_text(encoding="utf-8"))
    doc["sheets"]["care.visits"].insert(1, "not an object")
    path = tmp_path / "records.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = read_records_report(path)
    assert error_rows(result) == {(VISITS, 2)}
    assert result.records.care.visits == base.ref.care.visits
    counts = by_sheet(result)[VISITS]
    assert (counts.read, counts.reported) == (base.counts[VISITS].read + 1, 1)
    assert_accounted(result)

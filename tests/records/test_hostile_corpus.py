"""The hostile-file corpus (issue 14): every row of every file is accepted or reported.

The files are generated here, in ``tmp_path`` (no binary file is committed):
the same hostile lines (unterminated and stray quotes, a cell over the csv
module's field limit, NUL bytes, undecodable bytes, UTF-16 of odd length,
odd line ends, odd number cells, formulas, ...) are written into a score
sheet (:func:`~orgwork.assessment.io.read_scores`), an adjustments file
(:func:`~orgwork.assessment.io.read_adjustments`) and a records CSV folder
(:func:`~orgwork.records.read_records_report`), plus a few workbooks. Each
file has a known number of data rows, and for each reader that takes it:

* ``accepted + reported == data rows`` (nothing lost, nothing counted twice);
* nothing but a documented error leaves the reader (here: none at all, as
  every file has a readable header).
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from orgwork.assessment.io import read_adjustments, read_scores
from orgwork.records import read_records_report

N = 12  # data rows in every base file

SCORES = "unit,town,year,month,goals"
ADJUSTMENTS = "unit,year,month,points,rule,reason_zh"
VILLAGES = "编号,村名,村党组织书记,驻村干部"


def base_rows(header: str) -> list[str]:
    if header == SCORES:
        return [f"U{i},灵乡镇,2025,{i % 12 + 1},{50 + i}" for i in range(N)]
    if header == ADJUSTMENTS:
        return [
            f"U{i},2025,{i % 12 + 1},-{i % 5 + 1},care.festival_visit,原因{i}" for i in range(N)
        ]
    return [f"V{i},村{i},书记{i},干部{i}" for i in range(N)]


@dataclass(frozen=True)
class Made:
    data: bytes
    rows: int  # data rows (blank lines are no rows)


def text(lines: list[str], header: str, end: str = "\n", enc: str = "utf-8") -> bytes:
    return (end.join([header, *lines]) + end).encode(enc)


def put(i: int, line: str) -> Callable[[str], Made]:
    """Row ``i`` replaced by ``line`` (``{}`` is the original row)."""

    def make(header: str) -> Made:
        rows = base_rows(header)
        rows[i] = line.format(rows[i])
        return Made(text(rows, header), N)

    return make


def cell(i: int, value: str) -> Callable[[str], Made]:
    """The last-but-one cell of row ``i`` replaced by ``value`` (a number cell in two sheets)."""

    def make(header: str) -> Made:
        rows = base_rows(header)
        cells = rows[i].split(",")
        cells[3 if header == ADJUSTMENTS else -1] = value
        rows[i] = ",".join(cells)
        return Made(text(rows, header), N)

    return make


def raw(build: Callable[[str, list[str]], bytes], rows: int = N) -> Callable[[str], Made]:
    return lambda header: Made(build(header, base_rows(header)), rows)


LIMIT = csv.field_size_limit()

CASES: dict[str, Callable[[str], Made]] = {
    "clean": raw(lambda h, r: text(r, h)),
    "quote_open_middle": put(5, '"{}'),
    "quote_open_first": put(0, '"{}'),
    "quote_open_last": put(N - 1, '"{}'),
    "quote_open_mid_cell": put(4, '{},"x'),
    "quote_stray_close": raw(lambda h, r: text([*r[:3], '"' + r[3], r[4] + '"x', *r[5:]], h)),
    "quote_only": put(6, '"'),
    "quote_in_field": put(2, 'a"b{}'),
    "quotes_spaced": put(7, '"{}"  '),
    "multiline_cell": raw(lambda h, r: text([*r[:3], r[3] + ',"甲\n乙"', *r[4:]], h)),
    "cell_over_limit": put(3, "{}," + "x" * (LIMIT + 5)),
    "cell_over_limit_quoted": put(8, '{},"' + "y" * (LIMIT + 5) + '"'),
    "nul_in_cell": put(1, "{}\x00"),
    "nul_row": put(9, "\x00\x00\x00"),
    "nuls_many": raw(lambda h, r: text([x + "\x00" for x in r], h)),
    "bom_gbk_row": raw(
        lambda h, r: (
            codecs.BOM_UTF8
            + text(r[:4], h)
            + "张三,灵乡镇\n".encode("gbk")
            + "\n".join(r[5:]).encode()
            + b"\n"
        )
    ),
    "bom_bad_bytes": raw(
        lambda h, r: (
            codecs.BOM_UTF8 + text(r[:6], h) + b"\xff\xfe\xfd\n" + "\n".join(r[7:]).encode()
        )
    ),
    "bad_bytes_no_bom": raw(
        lambda h, r: text(r[:6], h) + b"\xed\xa0\x80,\x81\n" + "\n".join(r[7:]).encode() + b"\n"
    ),
    "gbk_file": raw(lambda h, r: text(r, h, enc="gbk")),
    "gb18030_file": raw(lambda h, r: text(r, h, enc="gb18030")),
    "utf16_bom": raw(lambda h, r: text(r, h, enc="utf-16")),
    "utf16_odd": raw(lambda h, r: text(r, h, enc="utf-16").rstrip(b"\x00")[:-1]),
    "utf16_le_no_bom": raw(lambda h, r: text(r, h, enc="utf-16-le")),
    "utf16_be_no_bom": raw(lambda h, r: text(r, h, enc="utf-16-be")),
    "utf16_le_odd_no_bom": raw(lambda h, r: text(r, h, enc="utf-16-le")[:-1]),
    "utf8_bom": raw(lambda h, r: codecs.BOM_UTF8 + text(r, h)),
    "bom_in_middle": put(5, "\ufeff{}"),
    "crlf": raw(lambda h, r: text(r, h, end="\r\n")),
    "cr_only": raw(lambda h, r: text(r, h, end="\r")),
    "mixed_ends": raw(
        lambda h, r: (h + "\n" + "\r\n".join(r[:6]) + "\n" + "\n".join(r[6:])).encode()
    ),
    "no_final_newline": raw(lambda h, r: text(r, h).rstrip(b"\n")),
    "lone_cr_in_cell": raw(lambda h, r: text([*r[:4], r[4] + "\rz", *r[5:]], h), N + 1),
    "blank_lines": raw(lambda h, r: ("\n\n".join([h, *r]) + "\n\n").encode()),
    "blank_commas": raw(lambda h, r: text([*r[:5], ",,,", *r[5:]], h)),
    "short_row": raw(lambda h, r: text([*r[:3], r[3].split(",")[0], *r[4:]], h)),
    "extra_cells": put(2, "{},extra,more"),
    "many_commas": put(10, "{}" + "," * 20_000),
    "vertical_tab": put(5, "{}\x0b"),
    "line_separator": put(6, "{}\u2028x"),
    "zero_width": put(7, "\u200b{}"),
    "formula": put(8, "=1+1,{}"),
    "formula_escaped": put(9, "'=cmd|' /C calc'!A0,{}"),
    "num_underscore": cell(1, "1_0"),
    "num_arabic_indic": cell(2, "٥"),
    "num_superscript": cell(3, "²"),
    "num_math_digit": cell(4, "𝟗"),
    "num_exponent": cell(5, "1e1"),
    "num_full_width": cell(6, "－１"),
    "num_minus_sign": cell(7, "\u22122"),
    "num_thousands": cell(8, '"1,000"'),
    "num_nan": cell(9, "NaN"),
    "num_huge": cell(10, "9" * 400),
}


def write_case(tmp_path: Path, header: str, name: str) -> tuple[Path, int]:
    made = CASES[name](header)
    if header == VILLAGES:
        d = tmp_path / name
        d.mkdir()
        (d / "基本信息.csv").write_text("项目,内容\n年度,2025\n", encoding="utf-8")
        (d / "考核村名单.csv").write_bytes(made.data)
        return d, made.rows
    f = tmp_path / f"{name}.csv"
    f.write_bytes(made.data)
    return f, made.rows


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_score_row_is_accepted_or_reported(tmp_path: Path, name: str) -> None:
    f, rows = write_case(tmp_path, SCORES, name)
    r = read_scores(f)
    assert r.rows == rows, (r.rows, r.rejected)
    assert len(r.accepted) + len(r.rejected_rows) == rows


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_adjustment_row_is_accepted_or_reported(tmp_path: Path, name: str) -> None:
    f, rows = write_case(tmp_path, ADJUSTMENTS, name)
    r = read_adjustments(f)
    assert r.rows == rows, (r.rows, r.rejected)
    assert len(r.accepted) + len(r.rejected_rows) == rows


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_records_row_is_accepted_or_reported(tmp_path: Path, name: str) -> None:
    d, rows = write_case(tmp_path, VILLAGES, name)
    r = read_records_report(d)
    (count,) = [s for s in r.sheets if s.sheet == "考核村名单"]
    assert count.read == rows, (count, r.problems)
    assert count.accepted + count.reported == rows
    reported = {p.row for p in r.problems if p.sheet == "考核村名单" and p.severity == "error"}
    assert len(reported) == count.reported, r.problems
    assert csv.field_size_limit() == LIMIT


# -- workbooks -----------------------------------------------------------------------------

XLSX_VALUES: dict[str, object] = {
    "formula": "=1+1",
    "huge_int": 10**30,
    "float_nan": float("nan"),
    "float_inf": float("inf"),
    "bool": True,
    "negative": -5,
    "text_number": "８０",
    "superscript": "²",
    "long_text": "长" * 32_000,
    "zero_width": "\u200b８",
}


@pytest.mark.parametrize("name", sorted(XLSX_VALUES))
def test_every_workbook_row_is_accepted_or_reported(tmp_path: Path, name: str) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    value = XLSX_VALUES[name]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "scores"
    ws.append(SCORES.split(","))
    for i, line in enumerate(base_rows(SCORES)):
        cells: list[object] = line.split(",")
        cells[2:] = [int(c) for c in cells[2:]]  # type: ignore[arg-type]
        if i == 4:
            cells[-1] = value
        ws.append(cells)
    villages = wb.create_sheet("考核村名单")
    villages.append(VILLAGES.split(","))
    for i, line in enumerate(base_rows(VILLAGES)):
        cells = line.split(",")
        if i == 4:
            cells[1] = value
        villages.append(cells)
    settings = wb.create_sheet("基本信息")
    settings.append(["项目", "内容"])
    settings.append(["年度", 2025])
    wb.create_sheet("另一张表").append(["x"])
    f = tmp_path / "book.xlsx"
    wb.save(f)
    r = read_scores(f, sheet="scores")
    assert r.rows == N
    assert len(r.accepted) + len(r.rejected_rows) == N
    assert r.ignored_sheets == ("考核村名单", "基本信息", "另一张表")
    rec = read_records_report(f)
    (count,) = [s for s in rec.sheets if s.sheet == "考核村名单"]
    assert (count.read, count.accepted + count.reported) == (N, N)
    assert set(rec.ignored) == {"scores", "另一张表"}


# -- files that cannot be read at all: a documented error naming the file ----------------


def _broken_workbook(tmp_path: Path) -> Path:
    """A workbook whose sheets' XML is cut in half (openpyxl opens it, and fails reading it)."""
    import zipfile

    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.active.title = "基本信息"
    wb.active.append(["项目", "内容"])
    wb.active.append(["年度", 2025])
    wb.create_sheet("考核村名单").append(VILLAGES.split(","))
    whole = tmp_path / "whole.xlsx"
    wb.save(whole)
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(whole) as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    return broken


def test_a_workbook_with_broken_sheet_xml_is_a_documented_error(tmp_path: Path) -> None:
    from orgwork.errors import ImportRowsError
    from orgwork.records import RecordsFileError

    f = _broken_workbook(tmp_path)
    with pytest.raises(RecordsFileError, match=r"broken\.xlsx"):
        read_records_report(f)
    with pytest.raises(ImportRowsError, match=r"broken\.xlsx"):
        read_scores(f)


def test_json_nested_too_deep_is_a_documented_error(tmp_path: Path) -> None:
    from orgwork.records import RecordsFileError

    f = tmp_path / "deep.json"
    f.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(RecordsFileError, match=r"deep\.json"):
        read_records_report(f)

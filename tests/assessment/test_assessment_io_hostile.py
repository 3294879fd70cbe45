"""Score and adjustment files that fight back (issue 14): numbers, quotes, bytes, paths, sheets."""

from __future__ import annotations

import codecs
import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from orgwork.assessment import MonthlySheet, PointAdjustment
from orgwork.assessment.io import read_adjustments, read_scores, write_adjustments, write_scores
from orgwork.decision import Text
from orgwork.errors import ImportRowsError

HEADER = "unit,town,year,month,goals\n"
GOOD = ["A,T,2025,1,80\n", "B,T,2025,1,81\n", "C,T,2025,1,82\n", "D,T,2025,1,83\n"]


def write(tmp_path: Path, data: bytes | str, name: str = "s.csv") -> Path:
    f = tmp_path / name
    f.write_bytes(data.encode() if isinstance(data, str) else data)
    return f


def problems(r: Any) -> list[tuple[int, str | None]]:
    return [(p.row, p.field) for p in r.rejected]


def units(r: Any) -> list[str]:
    return [s.unit for s in r.accepted]


# -- number cells --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["1_000", "9_9", "٩٥", "²", "𝟗", "①", "1e1", "1,0", "0x1", "+-1", "Infinity"]
)
def test_a_points_cell_holds_only_a_sign_digits_and_a_point(tmp_path: Path, text: str) -> None:
    r = read_scores(write(tmp_path, HEADER + f'A,T,2025,1,"{text}"\n' + GOOD[1]))
    assert problems(r) == [(2, "goals")]
    assert r.rejected[0].value == text
    assert units(r) == ["B"]


@pytest.mark.parametrize("text", ["2_025", "٢٠٢٥", "²⁰²⁵", "2025.0", "1e3"])
def test_a_year_cell_holds_only_digits(tmp_path: Path, text: str) -> None:
    r = read_scores(write(tmp_path, HEADER + f"A,T,{text},1,80\n" + GOOD[1]))
    assert problems(r) == [(2, "year")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("－５", "-5"), ("\u22125", "-5"), ("＋３．５", "3.5"), (" -2.5 ", "-2.5"), (".5", "0.5")],
)
def test_signs_and_full_width_numbers_are_read(tmp_path: Path, text: str, value: str) -> None:
    f = write(
        tmp_path,
        f"单位,年度,月份,分值,依据规则,原因\n朱家村,２０２５,７,{text},care.festival_visit,x\n",
    )
    r = read_adjustments(f)
    assert r.ok, r.rejected
    assert r.accepted[0].points == Decimal(value)
    assert (r.accepted[0].year, r.accepted[0].month) == (2025, 7)


# -- every row accepted or reported --------------------------------------------------------


def test_an_unterminated_quote_reports_its_row_and_reads_the_rest(tmp_path: Path) -> None:
    rows = [*GOOD]
    rows[1] = 'B,"T,2025,1,81\n'
    r = read_scores(write(tmp_path, HEADER + "".join(rows)))
    assert r.rows == 4
    assert problems(r) == [(3, None)]
    assert "quote" in r.rejected[0].reason.en
    assert units(r) == ["A", "C", "D"]


def test_a_cell_over_the_csv_field_limit_is_reported(tmp_path: Path) -> None:
    limit = csv.field_size_limit()
    rows = [*GOOD]
    rows[2] = "C,T,2025,1," + "9" * (limit + 1) + "\n"
    r = read_scores(write(tmp_path, HEADER + "".join(rows)))
    assert (r.rows, problems(r), units(r)) == (4, [(4, None)], ["A", "B", "D"])
    assert csv.field_size_limit() == limit


def test_a_bom_file_with_one_gbk_row_reports_that_row(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + (HEADER + GOOD[0]).encode() + "石家村,T,2025,1,80\n".encode("gbk")
    data += "".join(GOOD[2:]).encode()
    r = read_scores(write(tmp_path, data))
    assert (r.rows, problems(r), units(r)) == (4, [(3, None)], ["A", "C", "D"])
    assert "decode" in r.rejected[0].reason.en


def test_utf16_with_an_odd_length_reports_the_cut_row(tmp_path: Path) -> None:
    data = (HEADER + "".join(GOOD)).rstrip("\n").encode("utf-16")[:-1]
    r = read_scores(write(tmp_path, data))
    assert (r.rows, problems(r), units(r)) == (4, [(5, None)], ["A", "B", "C"])


def test_a_nul_byte_is_a_reported_or_accepted_row(tmp_path: Path) -> None:
    rows = [*GOOD]
    rows[3] = "D\x00,T,2025,1,83\n"
    r = read_scores(write(tmp_path, HEADER + "".join(rows)))
    assert r.rows == 4
    assert len(r.accepted) + len(r.rejected_rows) == 4


# -- workbooks with several sheets ---------------------------------------------------------


def test_the_import_names_the_sheet_read_and_the_sheets_ignored(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "七月"
    ws.append(["unit", "town", "year", "month", "goals"])
    ws.append(["A", "T", 2025, 7, 80])
    other = wb.create_sheet("八月")
    other.append(["unit", "town", "year", "month", "goals"])
    wb.create_sheet("说明")
    f = tmp_path / "s.xlsx"
    wb.save(f)
    r = read_scores(f)
    assert (r.sheet, r.ignored_sheets) == ("七月", ("八月", "说明"))
    r = read_scores(f, sheet="八月")
    assert (r.sheet, r.ignored_sheets) == ("八月", ("七月", "说明"))
    csv_file = write(tmp_path, HEADER + GOOD[0])
    assert (read_scores(csv_file).sheet, read_scores(csv_file).ignored_sheets) == (None, ())


# -- paths and encodings -------------------------------------------------------------------

SHEET = MonthlySheet(unit="=A", town="T", year=2025, month=1, points={"goals": 80})
ADJ = PointAdjustment(
    unit="A",
    year=2025,
    month=1,
    points="-5",
    rule="care.festival_visit",
    reason=Text(zh="-x", en="x"),
)


def test_an_unknown_encoding_is_a_value_error_naming_it(tmp_path: Path) -> None:
    f = write(tmp_path, HEADER + GOOD[0])
    for call in (
        lambda: write_scores([SHEET], tmp_path / "o.csv", encoding="utf-9"),
        lambda: write_adjustments([ADJ], tmp_path / "o.csv", encoding="nope"),
        lambda: read_scores(f, encoding="utf-9"),
        lambda: read_adjustments(f, encoding="rot13"),
    ):
        with pytest.raises(ValueError, match="encoding") as info:
            call()
        assert not isinstance(info.value, LookupError)
    with pytest.raises(TypeError, match="encoding"):
        write_scores([SHEET], tmp_path / "o.csv", encoding=8)  # type: ignore[arg-type]


def test_an_encoding_that_cannot_write_the_text_is_a_value_error(tmp_path: Path) -> None:
    s = MonthlySheet(unit="朱家村", town="T", year=2025, month=1, points={"goals": 80})
    with pytest.raises(ValueError, match="encoding: 'ascii'"):
        write_scores([s], tmp_path / "o.csv", encoding="ascii")


@pytest.mark.parametrize("bad", [3, None, b"s.csv", ["s.csv"]])
def test_a_path_of_the_wrong_type_is_a_type_error_naming_it(tmp_path: Path, bad: Any) -> None:
    for call in (
        lambda: write_scores([SHEET], bad),
        lambda: write_adjustments([ADJ], bad),
        lambda: read_scores(bad),
        lambda: read_adjustments(bad),
    ):
        with pytest.raises(TypeError, match="path"):
            call()


def test_a_nul_byte_or_a_folder_is_a_value_error_naming_the_path(tmp_path: Path) -> None:
    for call in (
        lambda p: write_scores([SHEET], p),
        lambda p: write_adjustments([ADJ], p),
        lambda p: read_scores(p),
        lambda p: read_adjustments(p),
    ):
        with pytest.raises(ValueError, match="path"):
            call(str(tmp_path / "a\x00b.csv"))
        with pytest.raises(ValueError, match="folder"):
            call(tmp_path)
    with pytest.raises(ImportRowsError, match="a folder"):
        read_scores(tmp_path)


def test_a_missing_file_is_file_not_found(tmp_path: Path) -> None:
    for name in ("absent.csv", "absent.xlsx"):
        with pytest.raises(FileNotFoundError, match=name):
            read_scores(tmp_path / name)


def test_a_bad_lang_is_a_value_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="lang"):
        write_scores([SHEET], tmp_path / "o.csv", lang="fr")  # type: ignore[arg-type]


def test_exports_still_neutralise_formula_cells(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    f = write_scores([SHEET], tmp_path / "o.xlsx")
    cells = [c.value for row in openpyxl.load_workbook(f).active.iter_rows() for c in row]
    assert [c for c in cells if isinstance(c, str) and c.startswith(("=", "+", "-", "@"))] == []
    assert "'=A" in cells


def test_arguments_of_the_wrong_type_are_type_errors_naming_them(tmp_path: Path) -> None:
    f = write(tmp_path, HEADER + GOOD[0])
    cases: list[tuple[str, Any]] = [
        ("scheme", lambda: read_scores(f, {})),
        ("scheme", lambda: read_adjustments(f, "thousand")),
        ("units", lambda: read_scores(f, units="A")),
        ("units", lambda: read_adjustments(f, units=3)),
        ("strict", lambda: read_scores(f, strict="yes")),
        ("sheets", lambda: write_scores(SHEET, tmp_path / "o.csv")),
        ("sheets", lambda: write_scores([SHEET, {}], tmp_path / "o.csv")),
        ("adjustments", lambda: write_adjustments([ADJ, None], tmp_path / "o.csv")),
        ("scheme", lambda: write_scores([SHEET], tmp_path / "o.csv", None)),
    ]
    for name, call in cases:
        with pytest.raises(TypeError, match=f"^{name}"):
            call()
    assert not (tmp_path / "o.csv").exists()

"""Every line of a records CSV is read or reported: quotes, long cells, bytes, numbers (issue 14).

Each case is a small folder (基本信息 with the year, and 考核村名单 with four
villages) with one hostile line; the other rows must still be accepted, and
the hostile one reported with its line number.
"""

from __future__ import annotations

import codecs
import csv
from decimal import Decimal
from pathlib import Path

import pytest

from orgwork.records import Result, read_records_report
from orgwork.records._cells import CellError, read_cell
from orgwork.records._schema import Column

VILLAGES = "考核村名单"
HEADER = "编号,村名,村党组织书记,驻村干部\n"
ROWS = [
    "V1,朱家村,张三,李四\n",
    "V2,石家村,张三,李四\n",
    "V3,刘家村,王五,赵六\n",
    "V4,胡家村,王五,赵六\n",
]


def folder(tmp_path: Path, data: bytes) -> Path:
    d = tmp_path / "records"
    d.mkdir()
    (d / "基本信息.csv").write_text("项目,内容\n年度,2025\n", encoding="utf-8")
    (d / f"{VILLAGES}.csv").write_bytes(data)
    return d


def counts(result: Result) -> tuple[int, int, int]:
    (s,) = [s for s in result.sheets if s.sheet == VILLAGES]
    return s.read, s.accepted, s.reported


def errors(result: Result) -> list[tuple[str, int | None]]:
    return [(p.sheet, p.row) for p in result.problems if p.severity == "error"]


def ids(result: Result) -> list[str]:
    assert result.records.assessment is not None
    return [v.id for v in result.records.assessment.villages]


def test_unterminated_quote_reports_its_line_and_reads_the_rest(tmp_path: Path) -> None:
    rows = [*ROWS]
    rows[1] = 'V2,"石家村,张三,李四\n'
    r = read_records_report(folder(tmp_path, (HEADER + "".join(rows)).encode()))
    assert counts(r) == (4, 3, 1)
    assert errors(r) == [(VILLAGES, 3)]
    (p,) = [p for p in r.problems if p.severity == "error"]
    assert "quote" in p.en
    assert "引号" in p.zh
    assert ids(r) == ["V1", "V3", "V4"]


def test_quote_closed_by_a_later_stray_quote_swallows_nothing(tmp_path: Path) -> None:
    rows = [*ROWS]
    rows[0] = 'V1,"朱家村,张三,李四\n'
    rows[2] = 'V3,刘家村,王五,赵"六\n'
    r = read_records_report(folder(tmp_path, (HEADER + "".join(rows)).encode()))
    assert counts(r) == (4, 3, 1)
    assert errors(r) == [(VILLAGES, 2)]


def test_a_cell_over_the_csv_field_limit_is_reported(tmp_path: Path) -> None:
    limit = csv.field_size_limit()
    rows = [*ROWS]
    rows[2] = "V3," + "长" * (limit + 10) + ",王五,赵六\n"
    r = read_records_report(folder(tmp_path, (HEADER + "".join(rows)).encode()))
    assert counts(r) == (4, 3, 1)
    assert errors(r) == [(VILLAGES, 4)]
    assert csv.field_size_limit() == limit  # the global limit is left alone


def test_utf8_bom_with_an_undecodable_line_reports_that_line(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + (HEADER + ROWS[0]).encode() + b"V2,\xff\xfe\xff,x,y\n"
    data += "".join(ROWS[2:]).encode()
    r = read_records_report(folder(tmp_path, data))
    assert counts(r) == (4, 3, 1)
    assert errors(r) == [(VILLAGES, 3)]
    assert ids(r) == ["V1", "V3", "V4"]


def test_utf8_bom_with_one_gbk_line_reads_it_with_a_note(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + (HEADER + ROWS[0]).encode() + ROWS[1].encode("gbk")
    data += "".join(ROWS[2:]).encode()
    r = read_records_report(folder(tmp_path, data))
    assert counts(r) == (4, 4, 0)
    assert [(p.row, p.severity) for p in r.problems] == [(3, "note")]


def test_utf16_with_an_odd_length_reports_the_last_line(tmp_path: Path) -> None:
    data = (HEADER + "".join(ROWS)).rstrip("\n").encode("utf-16")[:-1]
    r = read_records_report(folder(tmp_path, data))
    assert counts(r) == (4, 3, 1)
    assert errors(r) == [(VILLAGES, 5)]


def test_a_nul_byte_in_a_utf8_file_is_not_taken_for_utf16(tmp_path: Path) -> None:
    rows = [*ROWS]
    rows[3] = "V4,胡家\x00村,王五,赵六\n"
    r = read_records_report(folder(tmp_path, (HEADER + "".join(rows)).encode()))
    read, accepted, reported = counts(r)
    assert (read, accepted + reported) == (4, 4)
    assert ids(r)[:3] == ["V1", "V2", "V3"]


def test_a_folder_named_like_a_csv_file_is_a_records_file_error(tmp_path: Path) -> None:
    from orgwork.records import RecordsFileError

    d = folder(tmp_path, (HEADER + "".join(ROWS)).encode())
    (d / f"{VILLAGES}.csv").unlink()
    (d / f"{VILLAGES}.csv").mkdir()
    with pytest.raises(RecordsFileError, match=VILLAGES):
        read_records_report(d)


# -- number cells ------------------------------------------------------------------------

INT = Column(("n",), "人数", "count", "int")
DEC = Column(("n",), "金额", "amount", "decimal")


@pytest.mark.parametrize("column", [INT, DEC], ids=["int", "decimal"])
@pytest.mark.parametrize(
    "text",
    ["1_000", "9_9", "٩٥", "²", "⁵", "𝟗", "①", "1,000", "1e3", "+-1", "0x10", "NaN", "Infinity"],
)
def test_a_number_cell_holds_only_digits_a_sign_and_a_point(column: Column, text: str) -> None:
    with pytest.raises(CellError) as info:
        read_cell(column, text)
    assert text in info.value.en


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        (" 12 ", 12),
        ("１２", 12),
        ("＋１２", 12),
        ("－３", -3),
        ("\u22125", -5),
        ("-7", -7),
    ],
)
def test_signs_and_full_width_digits_read_as_whole_numbers(text: str, value: int) -> None:
    assert read_cell(INT, text)[0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("１２．５", "12.5"),
        ("\u22120.5", "-0.5"),
        (".5", "0.5"),
        ("5.", "5"),
        ("－１．２５", "-1.25"),
    ],
)
def test_signs_points_and_full_width_digits_read_as_decimals(text: str, value: str) -> None:
    assert read_cell(DEC, text)[0] == Decimal(value)


def test_a_superscript_in_a_date_is_not_a_digit() -> None:
    day = Column(("on",), "日期", "date", "date")
    with pytest.raises(CellError):
        read_cell(day, "2025-3-¹")
    assert str(read_cell(day, "２０２５／３／１")[0]) == "2025-03-01"

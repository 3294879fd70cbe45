"""Paths and formats at the records boundary (issue 14): errors naming the argument."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from orgwork.records import RecordsFileError, read_records_report, write_records
from orgwork.report.worklists import write_worklists


@pytest.mark.parametrize("bad", [3, None, b"r.json", ["r.json"]])
def test_a_path_of_the_wrong_type_is_a_type_error_naming_it(bad: Any) -> None:
    for call in (
        lambda: write_records(None, bad),
        lambda: read_records_report(bad),
        lambda: write_worklists(None, bad),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError, match=r"^path must be"):
            call()


def test_a_nul_byte_in_a_path_is_a_value_error_naming_it(tmp_path: Path) -> None:
    bad = str(tmp_path / "r\x00.json")
    for call in (
        lambda: write_records(None, bad),
        lambda: read_records_report(bad),
        lambda: write_worklists(None, bad),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValueError, match=r"^path: .*NUL"):
            call()


def test_a_folder_where_a_file_is_needed(tmp_path: Path) -> None:
    d = tmp_path / "r.json"
    d.mkdir()
    with pytest.raises(ValueError, match=r"^path: .*folder"):
        write_records(None, d, format="json")  # a folder alone means CSV files
    with pytest.raises(RecordsFileError, match="a folder"):
        read_records_report(d, format="json")
    x = tmp_path / "w.xlsx"
    x.mkdir()
    with pytest.raises(ValueError, match=r"^path: .*folder"):
        write_worklists(None, x)  # type: ignore[arg-type]


def test_a_file_where_a_csv_folder_is_needed(tmp_path: Path) -> None:
    f = tmp_path / "records"
    f.write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match=r"^path: .*not a folder"):
        write_records(None, f)


def test_an_unknown_format_is_a_value_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"^format"):
        write_records(None, tmp_path / "r.json", format="xls")  # type: ignore[arg-type]
    (tmp_path / "r.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match=r"^format"):
        read_records_report(tmp_path / "r.json", format="yaml")  # type: ignore[arg-type]

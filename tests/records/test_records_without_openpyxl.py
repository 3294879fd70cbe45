"""Without the ``xlsx`` extra, every .xlsx path is one documented error naming the extra."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from orgwork.assessment import MonthlySheet
from orgwork.assessment.io import read_scores, write_scores
from orgwork.records import RecordsFileError, read_records, write_records


@pytest.fixture
def no_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl now fails


@pytest.mark.usefixtures("no_openpyxl")
def test_score_files_name_the_extra(tmp_path: Path) -> None:
    sheet = MonthlySheet(unit="V01", town="灵乡镇", year=2025, month=1, points={"goals": 80})
    with pytest.raises(ModuleNotFoundError, match=r"orgwork\[xlsx\]"):
        write_scores([sheet], tmp_path / "s.xlsx")
    (tmp_path / "in.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(ModuleNotFoundError, match=r"orgwork\[xlsx\]"):
        read_scores(tmp_path / "in.xlsx")


@pytest.mark.usefixtures("no_openpyxl")
def test_records_workbooks_name_the_extra(tmp_path: Path) -> None:
    with pytest.raises(RecordsFileError, match="xlsx"):
        write_records(None, tmp_path / "r.xlsx")
    (tmp_path / "in.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(RecordsFileError, match="xlsx"):
        read_records(tmp_path / "in.xlsx")

"""Data frames: flat, typed columns (issue 15, point 4)."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal

import pytest

pd = pytest.importorskip("pandas")

from orgwork.assessment import MonthlySheet, RankingTable, annual_totals, rank  # noqa: E402
from orgwork.decision import DecisionTable  # noqa: E402
from orgwork.supervision import RectificationLedger, reply_deadline  # noqa: E402


def _ranks() -> DecisionTable:
    sheets = [
        MonthlySheet(unit=u, town="灵乡镇", year=2025, month=m, points={"goals": p})
        for u, p in (("甲村", "80.5"), ("乙村", 83), ("丙村", "80.5"))
        for m in range(1, 13)
    ]
    return DecisionTable(rank(annual_totals(sheets)))


def test_decisions_flatten_their_values_into_typed_columns() -> None:
    df = _ranks().to_dataframe()
    assert list(df.columns[:6]) == [
        "rule",
        "subject",
        "outcome",
        "provisional",
        "headline_zh",
        "headline_en",
    ]
    assert str(df["value.rank"].dtype) == "Int64"
    assert str(df["value.points"].dtype) == "float64"
    assert (
        df["value.points"].tolist() == [966.0, 966.0, 996.0][::-1]
        or df["value.points"].iloc[0] == 996.0
    )
    assert str(df["provisional"].dtype) == "boolean"
    assert df["value.tied_with"].iloc[1] == ("甲村",)


def test_exact_keeps_decimals() -> None:
    df = _ranks().to_dataframe(exact=True)
    assert all(isinstance(v, Decimal) for v in df["value.points"])


def test_dates_are_datetime64() -> None:
    df = DecisionTable([reply_deadline(dt.date(2024, 2, 8))]).to_dataframe()
    assert str(df["value"].dtype).startswith("datetime64")
    assert df["value"].iloc[0] == pd.Timestamp(2024, 3, 6)


def test_ledger_dates_are_datetime64_and_missing_ones_nat() -> None:
    ledger = (
        RectificationLedger()
        .open("Q1", on=dt.date(2025, 6, 20), category="作风")
        .open("Q2", on=dt.date(2025, 6, 20), category="作风")
        .set_deadline("Q1", dt.date(2025, 9, 30), on=dt.date(2025, 6, 21))
    )
    df = ledger.to_dataframe()
    assert str(df["deadline"].dtype).startswith("datetime64")
    assert df["deadline"].iloc[0] == pd.Timestamp(2025, 9, 30)
    assert pd.isna(df["deadline"].iloc[1])


def test_ranking_table_points_are_numbers_or_exact() -> None:
    table = RankingTable()
    assert list(table.to_dataframe().columns) == list(table.column_names())


def test_without_pandas_one_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ModuleNotFoundError, match=r"orgwork\[pandas\]"):
        _ranks().to_dataframe()
    with pytest.raises(ModuleNotFoundError, match=r"orgwork\[pandas\]"):
        RankingTable().to_dataframe()


def test_exact_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="exact"):
        _ranks().to_dataframe(exact="yes")  # type: ignore[arg-type]

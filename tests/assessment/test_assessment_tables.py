"""The assessment from a province's tables gives what the columns give (issue 16, point 5).

``orgwork.assessment.tables`` reads a score table with DuckDB (Arrow, pandas, Parquet)
into ``ScoreColumns`` and evaluates it; a Dask DataFrame partitioned by county is
evaluated partition by partition. Each answer is checked against ``evaluate_columns``
on strategy data (itself property-tested against the per-record path).
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgwork import strategies as ows
from orgwork.assessment import MonthlySheet, ScoreColumns, evaluate_columns
from orgwork.errors import RecordError

pytest.importorskip("numpy")
pytest.importorskip("duckdb")
pa = pytest.importorskip("pyarrow")

from orgwork.assessment.tables import evaluate_table, result_table, score_columns  # noqa: E402


def _table(sheets: list[MonthlySheet], codes: tuple[str, ...], text: bool = False) -> Any:
    kind = pa.string() if text else pa.decimal128(20, 2)

    def value(v: Decimal) -> Any:
        return str(v) if text else v

    return pa.table(
        {
            "unit": pa.array([s.unit for s in sheets], type=pa.string()),
            "town": pa.array([s.town for s in sheets], type=pa.string()),
            "month": pa.array([s.month for s in sheets], type=pa.int64()),
            **{
                c: pa.array([value(Decimal(s.points[c])) for s in sheets], type=kind) for c in codes
            },
        }
    )


def _adjustments(adjustments: list[Any]) -> Any:
    return pa.table(
        {
            "unit": pa.array([a.unit for a in adjustments], type=pa.string()),
            "month": pa.array([a.month for a in adjustments], type=pa.int64()),
            "item": pa.array([a.item for a in adjustments], type=pa.string()),
            "points": pa.array([Decimal(a.points) for a in adjustments], type=pa.decimal128(20, 2)),
        }
    )


@pytest.mark.rule("assessment.annual_total")
@pytest.mark.rule("assessment.rank")
@pytest.mark.rule("assessment.top_n_salary")
@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_score_table_gives_what_its_columns_give(data: st.DataObject) -> None:
    scheme = data.draw(ows.point_schemes(max_items=3))
    policy = data.draw(ows.assessment_policies(scheme))
    method = scheme.in_force(policy, year=2025).aggregation
    sheets = data.draw(ows.score_years(scheme, method=method, max_towns=3, max_units=8))
    units = sorted({s.unit for s in sheets})
    adjustments = data.draw(ows.point_adjustments(scheme, units))
    text = data.draw(st.booleans())
    table = _table(sheets, scheme.codes, text=text)
    adj = _adjustments(adjustments) if adjustments else None
    cols = ScoreColumns.from_sheets(sheets, scheme, year=2025, adjustments=adjustments)
    try:
        want = result_table(evaluate_columns(cols, scheme, policy=policy))
    except RecordError:
        with pytest.raises(RecordError):
            evaluate_table(table, year=2025, scheme=scheme, adjustments=adj, policy=policy)
        return
    got = evaluate_table(table, year=2025, scheme=scheme, adjustments=adj, policy=policy)
    assert got.to_pylist() == want.to_pylist()
    read = score_columns(table, year=2025, scheme=scheme, adjustments=adj)
    assert read.points.tolist() == cols.points.tolist()
    assert list(read.adj_items) == list(cols.adj_items)


def _sample(villages: int = 30, towns: int = 3) -> Any:
    rows = []
    for v in range(villages):
        for m in range(1, 13):
            rows.append(
                {
                    "unit": f"V{v:03d}",
                    "town": f"T{v % towns}",
                    "month": m,
                    "goals": Decimal(60 + (v * 7 + m) % 25) + Decimal("0.5"),
                }
            )
    return pa.Table.from_pylist(
        rows,
        schema=pa.schema(
            [
                ("unit", pa.string()),
                ("town", pa.string()),
                ("month", pa.int64()),
                ("goals", pa.decimal128(20, 2)),
            ]
        ),
    )


@pytest.mark.rule("assessment.annual_total")
def test_parquet_pandas_and_a_year_column_are_read_in_place(tmp_path: Any) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    t = _sample()
    want = evaluate_table(t, year=2025).to_pylist()
    pq.write_table(t.slice(0, 100), tmp_path / "a.parquet")
    pq.write_table(t.slice(100), tmp_path / "b.parquet")
    assert evaluate_table(tmp_path, year=2025).to_pylist() == want
    assert evaluate_table(t.to_pandas(), year=2025).to_pylist() == want
    both = pa.concat_tables(
        [
            t.append_column("year", pa.array([2025] * len(t))),
            t.append_column("year", pa.array([2024] * len(t))),
        ]
    )
    assert evaluate_table(both, year=2025).to_pylist() == want
    # the worked figures: V000 has 60.5 + (m % 25) a month, m = 1..12 -> 12 * 60.5 + 78
    first = want[0]
    assert (first["unit"], first["points"]) == ("V000", Decimal("804.00"))
    assert sum(1 for r in want if r["salary"] == "eligible") == 12  # four a town, no ties


def test_a_bad_value_is_refused_naming_the_column_and_the_rows() -> None:
    t = _sample(villages=2, towns=1)
    floats = t.set_column(3, "goals", pa.array([80.5] * len(t)))
    with pytest.raises(RecordError, match="'goals' holds floating-point numbers"):
        evaluate_table(floats, year=2025)
    third = t.set_column(3, "goals", pa.array(["80.555"] + ["80"] * (len(t) - 1)))
    with pytest.raises(
        RecordError, match=r"goals: 1 value\(s\) with more than two decimal places, rows 1"
    ):
        evaluate_table(third, year=2025)
    empty = t.set_column(
        3, "goals", pa.array([None, None] + ["80"] * (len(t) - 2), type=pa.string())
    )
    with pytest.raises(RecordError, match=r"goals: 2 empty value\(s\), rows 1, 2"):
        evaluate_table(empty, year=2025)
    words = t.set_column(3, "goals", pa.array(["eighty"] * len(t)))
    with pytest.raises(RecordError, match="wrong kind"):
        evaluate_table(words, year=2025)
    with pytest.raises(RecordError, match="no column 'town'"):
        evaluate_table(t.drop_columns(["town"]), year=2025)
    adj = pa.table({"unit": ["V000"], "month": [3], "item": ["party"], "points": ["-5"]})
    with pytest.raises(RecordError, match=r"adjustments: item: 1 row\(s\) name no item"):
        evaluate_table(t, year=2025, adjustments=adj)
    dup = pa.concat_tables([t, t.slice(0, 1)])
    with pytest.raises(RecordError, match="more than once"):  # evaluate_columns' own check
        evaluate_table(dup, year=2025)


def test_an_adjustment_of_the_total_moves_the_points() -> None:
    t = _sample(villages=2, towns=1)
    adj = pa.table(
        {"unit": ["V001"], "month": [3], "item": [None], "points": ["-5.25"]},
        schema=pa.schema(
            [
                ("unit", pa.string()),
                ("month", pa.int64()),
                ("item", pa.string()),
                ("points", pa.string()),
            ]
        ),
    )
    before = {r["unit"]: r["points"] for r in evaluate_table(t, year=2025).to_pylist()}
    after = {
        r["unit"]: r["points"] for r in evaluate_table(t, year=2025, adjustments=adj).to_pylist()
    }
    assert after["V001"] == before["V001"] - Decimal("5.25")
    assert after["V000"] == before["V000"]


# -- Dask: partitioned by county ------------------------------------------------------------


@pytest.fixture(scope="module")
def client() -> Any:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            scheduler_port=0,
            dashboard_address=":0",
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def _by_county(table: Any, county_of: Any, counties: list[str]) -> Any:
    dd = pytest.importorskip("dask.dataframe")
    frame = table.to_pandas()
    key = frame["town"].map(county_of)
    parts = [frame[key == c].reset_index(drop=True) for c in counties]
    return dd.from_map(
        lambda i: parts[i], range(len(parts)), meta=frame.iloc[:0], enforce_metadata=False
    )


def test_a_national_shaped_table_on_a_dask_cluster_gives_the_single_machine_answer(
    client: Any,
) -> None:
    rng = random.Random(20251205)
    rows = []
    towns = [f"T{t:03d}" for t in range(60)]
    for v in range(600):
        town = towns[v % 60]
        for m in range(1, 13):
            if rng.random() < 0.02:
                continue  # a month not scored: the village is not ranked
            rows.append(
                {
                    "unit": f"V{v:04d}",
                    "town": town,
                    "month": m,
                    "goals": Decimal(rng.randrange(6000, 8300)) / 100,
                }
            )
    t = pa.Table.from_pylist(
        rows,
        schema=pa.schema(
            [
                ("unit", pa.string()),
                ("town", pa.string()),
                ("month", pa.int64()),
                ("goals", pa.decimal128(20, 2)),
            ]
        ),
    )
    counties = [f"C{i}" for i in range(6)]
    county_of = {town: counties[i % 6] for i, town in enumerate(towns)}
    single = evaluate_table(t, year=2025).to_pylist()
    assert evaluate_table(_by_county(t, county_of, counties), year=2025).to_pylist() == single
    assert {r["salary"] for r in single} >= {"eligible", "not_eligible", "not_ranked"}
    split = {town: counties[i % 6] for i, town in enumerate(towns)}
    split["T000"] = "C1"  # T000's villages in partition C1 ...
    moved = _by_county(t, split, counties)
    dd = pytest.importorskip("dask.dataframe")
    extra = dd.from_pandas(t.to_pandas().query("town == 'T000'").head(12), npartitions=1)
    with pytest.raises(RecordError, match="in more than one partition"):
        evaluate_table(dd.concat([moved, extra]), year=2025)  # ... and some again in another


@settings(max_examples=10, deadline=None)
@given(st.data())
def test_dask_partitions_give_the_per_town_columns_answer(client: Any, data: st.DataObject) -> None:
    scheme = data.draw(ows.point_schemes(max_items=2))
    sheets = data.draw(ows.score_years(scheme, max_towns=3, max_units=6))
    table = _table(sheets, scheme.codes)
    towns = sorted({s.town for s in sheets})
    try:
        want = evaluate_table(table, year=2025, scheme=scheme).to_pylist()
    except RecordError:
        return
    county_of = {town: town for town in towns}
    got = evaluate_table(_by_county(table, county_of, towns or ["none"]), year=2025, scheme=scheme)
    assert got.to_pylist() == want

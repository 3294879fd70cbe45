"""The national-scale letters path gives what the per-record path gives (issue 16, point 5).

``orgwork.supervision.tables`` runs on DuckDB, and on a Dask cluster partitioned by
county; each answer is checked against ``case_status`` / ``case_summary`` on strategy
data: every case's due date and status, every group's counts and overdue list.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgwork import strategies as ows
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.supervision import Case, case_status, case_summary

duckdb = pytest.importorskip("duckdb")
pa = pytest.importorskip("pyarrow")

from orgwork.supervision.tables import (  # noqa: E402
    case_rates,
    case_states,
    cases_table,
    overdue_cases,
)

D = dt.date
ON_DAYS = st.dates(D(2022, 6, 1), D(2026, 12, 31))
#: A locality that shortened the limit and loosened the extension cap on dated days.
DATED = (
    Policy.default()
    .with_change(D(2024, 3, 1), {"supervision.reply_working_days": 10}, source="某县文件")
    .with_change(D(2024, 9, 1), {"supervision.extension_max_days": 10}, source="某县文件")
    .with_change(D(2025, 2, 1), {"supervision.extension_held_to_regulation": False}, source="x")
)
POLICIES = st.sampled_from([None, DATED])


@st.composite
def _longer(draw: st.DrawFn, case: Case) -> Case:
    """The case, perhaps extended, transferred or not accepted (each a lawful longer path)."""
    kind = draw(st.sampled_from(["none", "extended", "transferred", "not_accepted"]))
    gap = st.integers(0, 70).map(lambda n: case.received_on + dt.timedelta(days=n))
    if kind == "extended":
        return case.model_copy(
            update={
                "extended_until": draw(gap),
                "extension_approved_by": "县信访局",
                "extension_reason": "情况复杂",
            }
        )
    if kind == "transferred":
        return case.model_copy(update={"transferred_to": "县信访局", "transferred_on": draw(gap)})
    if kind == "not_accepted":
        return case.model_copy(update={"not_accepted_reason": "不属于本部门职责"})
    return case


@st.composite
def _cases(draw: st.DrawFn, max_size: int = 25) -> list[Case]:
    base = draw(ows.case_lists(max_size=max_size))
    return [draw(_longer(c)) for c in base]


COUNTS = (
    "received",
    "open",
    "answered_on_time",
    "answered_late",
    "overdue",
    "extended",
    "transferred",
    "not_accepted",
    "other_handler",
)


def _counts(s: Any) -> dict[str, int]:
    return {
        "received": s.received,
        "open": s.open,
        "answered_on_time": s.answered_on_time,
        "answered_late": s.answered_late,
        "overdue": s.overdue,
        "extended": s.extended,
        "transferred": s.transferred,
        "not_accepted": s.not_accepted,
        "other_handler": len(s.other_handler_cases),
    }


@settings(max_examples=60, deadline=None)
@given(_cases(), ON_DAYS, POLICIES, st.sampled_from([None, "王副部长"]))
def test_every_case_s_due_date_and_status_is_the_per_record_one(
    cases: list[Case], on: dt.date, policy: Policy | None, deputy: str | None
) -> None:
    table = case_states(cases_table(cases), on=on, policy=policy, deputy_head=deputy)
    rows = {r["id"]: r for r in table.to_pylist()}
    known = [c for c in cases if c.received_on <= on]
    assert set(rows) == {c.id for c in known}
    for c in known:
        d = case_status(c, on=on, policy=policy, deputy_head=deputy)
        r = rows[c.id]
        assert (r["due"], r["status"], r["extended"], r["other_handler"]) == (
            d.value.due,
            d.value.status.value,
            d.value.extended,
            d.value.other_handler,
        ), c
        assert r["known_reply"] == d.value.replied_on
        assert r["limit_days"] == d.parameters["supervision.reply_working_days"]
        assert r["provisional"] == d.provisional
    assert [r["received_on"] for r in table.to_pylist()] == sorted(c.received_on for c in known)


@settings(max_examples=60, deadline=None)
@given(_cases(), ON_DAYS, POLICIES, st.sampled_from(["all", "handler", "month"]))
def test_every_group_s_counts_are_the_summary_s(
    cases: list[Case], on: dt.date, policy: Policy | None, by: Any
) -> None:
    table = case_rates(cases_table(cases), on=on, by=by, policy=policy)
    summary = case_summary(cases, on=on, by=by, policy=policy)
    rows = table.to_pylist()
    assert [r["group"] for r in rows] == [d.value.group for d in summary]
    for r, d in zip(rows, summary, strict=True):
        assert {k: r[k] for k in _counts(d.value)} == _counts(d.value)
        rate = d.value.on_time_rate
        if rate is None:
            assert r["rated"] == 0
        else:
            assert Fraction(r["answered_on_time"], r["rated"]) == rate  # exact
            assert r["rated"] == r["answered_on_time"] + r["answered_late"] + r["overdue"]
        assert r["outcome"] == d.outcome
        assert r["provisional"] == d.provisional


@settings(max_examples=40, deadline=None)
@given(_cases(), ON_DAYS, POLICIES)
def test_the_overdue_list_is_the_summary_s(
    cases: list[Case], on: dt.date, policy: Policy | None
) -> None:
    listed = overdue_cases(cases_table(cases), on=on, policy=policy).column("id").to_pylist()
    (summary,) = case_summary(cases, on=on, policy=policy)
    assert tuple(listed) == summary.value.overdue_cases


def test_a_column_such_as_county_groups_and_the_counts_add_up() -> None:
    cases = [
        Case(id="A1", received_on=D(2025, 3, 3), replied_on=D(2025, 3, 10)),
        Case(id="A2", received_on=D(2025, 3, 3)),
        Case(id="B1", received_on=D(2025, 3, 4), replied_on=D(2025, 5, 1)),
    ]
    t = cases_table(cases).append_column("county", pa.array(["瑶海区", "瑶海区", "庐阳区"]))
    rows = case_rates(t, on=D(2025, 6, 30), by="county").to_pylist()
    assert [
        (r["group"], r["answered_on_time"], r["answered_late"], r["overdue"]) for r in rows
    ] == [
        ("county:庐阳区", 0, 1, 0),
        ("county:瑶海区", 1, 0, 1),
    ]
    assert [r["outcome"] for r in rows] == ["late", "overdue"]


def test_parquet_files_and_pandas_frames_are_read_in_place(tmp_path: Any) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    cases = [
        Case(id=f"C{i}", received_on=D(2025, 1, 1) + dt.timedelta(days=i), handler="王副部长")
        for i in range(30)
    ]
    t = cases_table(cases)
    pq.write_table(t.slice(0, 10), tmp_path / "a.parquet")
    pq.write_table(t.slice(10), tmp_path / "b.parquet")
    on = D(2025, 3, 1)
    want = case_rates(t, on=on).to_pylist()
    assert case_rates(tmp_path, on=on).to_pylist() == want
    assert case_rates(str(tmp_path / "*.parquet"), on=on).to_pylist() == want
    assert case_rates(t.to_pandas(), on=on).to_pylist() == want
    assert want[0]["overdue"] == sum(1 for c in cases if c.received_on < D(2025, 2, 6))


def test_a_table_with_an_invalid_row_is_refused_naming_it() -> None:
    t = pa.table(
        {
            "id": ["A", "B", "C"],
            "received_on": [D(2025, 3, 3)] * 3,
            "replied_on": [D(2025, 3, 1), None, None],
            "transferred_to": [None, "县信访局", None],
        }
    )
    with pytest.raises(RecordError, match=r"2 row\(s\) are not valid cases: case 'A': replied_on"):
        case_rates(t, on=D(2025, 6, 30))
    dup = pa.table({"id": ["A", "A"], "received_on": [D(2025, 3, 3)] * 2})
    with pytest.raises(RecordError, match="duplicate case ids: 'A'"):
        case_states(dup, on=D(2025, 6, 30))
    with pytest.raises(RecordError, match="no column 'received_on'"):
        case_rates(pa.table({"id": ["A"]}), on=D(2025, 6, 30))
    with pytest.raises(RecordError, match="no column 'county' to group by"):
        case_rates(dup.slice(0, 1), on=D(2025, 6, 30), by="county")
    with pytest.raises(TypeError, match="cases must be a pyarrow Table"):
        case_rates([1, 2], on=D(2025, 6, 30))
    with pytest.raises(ValueError, match="by must be"):
        case_rates(dup, on=D(2025, 6, 30), by="id")


# -- Dask: the same kernel on a local cluster, partitioned by county ------------------------


@pytest.fixture(scope="module")
def client() -> Any:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            scheduler_port=0,  # any free port: tests may run beside other clusters
            dashboard_address=":0",
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_a_national_shaped_table_on_a_dask_cluster_gives_the_single_machine_answer(
    client: Any,
) -> None:
    dd = pytest.importorskip("dask.dataframe")
    import random

    rng = random.Random(20251205)
    counties = [f"county{i:02d}" for i in range(12)]
    rows = []
    for i in range(6000):
        received = D(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
        replied = received + dt.timedelta(days=rng.randrange(0, 40)) if rng.random() < 0.7 else None
        rows.append(
            {
                "id": f"L{i:06d}",
                "received_on": received,
                "replied_on": replied,
                "handler": rng.choice(["王副部长", "李副部长", None]),
                "county": rng.choice(counties),
            }
        )
    table = pa.Table.from_pylist(rows)
    frame = table.to_pandas()
    ddf = dd.from_pandas(frame.sort_values("county"), npartitions=6)
    on = D(2025, 12, 31)
    for by in ("all", "handler", "month", "county"):
        assert (
            case_rates(ddf, on=on, by=by).to_pylist() == case_rates(table, on=on, by=by).to_pylist()
        )
    cases = [Case(**{k: v for k, v in r.items() if k != "county"}) for r in rows[:800]]
    summary = case_summary(cases, on=on, by="handler")
    small = dd.from_pandas(frame.iloc[:800], npartitions=3)
    got = case_rates(small, on=on, by="handler").to_pylist()
    assert [(r["group"], r["overdue"], r["answered_late"]) for r in got] == [
        (d.value.group, d.value.overdue, d.value.answered_late) for d in summary
    ]


@settings(max_examples=15, deadline=None)
@given(_cases(max_size=20), ON_DAYS, st.integers(1, 4))
def test_dask_partitions_give_the_per_record_counts(
    client: Any, cases: list[Case], on: dt.date, parts: int
) -> None:
    dd = pytest.importorskip("dask.dataframe")
    frame = cases_table(cases).to_pandas()
    ddf = dd.from_pandas(frame, npartitions=parts)
    rows = case_rates(ddf, on=on, by="handler").to_pylist()
    summary = case_summary(cases, on=on, by="handler")
    assert [(r["group"], *_counts_of(r)) for r in rows] == [
        (d.value.group, *_counts(d.value).values()) for d in summary
    ]


def _counts_of(r: dict[str, Any]) -> list[int]:
    return [r[k] for k in COUNTS]

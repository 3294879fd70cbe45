"""The national-scale care path gives what the per-record path gives (issue 16, point 5).

``orgwork.care.tables`` runs on DuckDB, and on a Dask cluster partitioned by county;
each answer is checked against ``care_duties`` / ``check_care`` on strategy data:
every duty with its window, every missed duty with the entries found and who answers,
and every group's counts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgwork import strategies as ows
from orgwork.care import (
    ElderlyMember,
    FundPurpose,
    HospitalStay,
    Organization,
    ReliefFund,
    Visit,
    VisitKind,
    care_duties,
    check_care,
)
from orgwork.errors import RecordError
from orgwork.policy import Policy

duckdb = pytest.importorskip("duckdb")
pa = pytest.importorskip("pyarrow")

from orgwork.care.tables import duty_rates, duty_table, missed_table, tables_of  # noqa: E402

D = dt.date
FIRST, LAST = D(2023, 1, 1), D(2025, 12, 31)
ORGS = ("V01", "V02", "V03")
#: A locality that set limits on dated days: every duty kind, and windows that change.
DATED = (
    Policy.default()
    .with_change(
        D(2024, 3, 1),
        {
            "care.hospital_visit_days": 7,
            "care.illness_aid_days": 30,
            "care.routine_visit_months": 6,
        },
        source="某县文件",
    )
    .with_change(
        D(2024, 9, 1),
        {
            "care.hardship_visits_per_month": 2,
            "care.festival_period_set": True,
            "care.qiyi_days_before": 3,
            "care.festival_meeting_required": False,
        },
        source="某县文件",
    )
)
POLICIES = st.sampled_from([None, DATED])


@st.composite
def _periods(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    a = draw(st.dates(FIRST, LAST))
    b = draw(st.dates(a, min(LAST, a + dt.timedelta(days=500))))
    return a, b


@st.composite
def _town(draw: st.DrawFn) -> tuple[list[ElderlyMember], list[Visit], list[Organization]]:
    members = draw(ows.member_rosters(ORGS, FIRST, LAST, max_size=6))
    log = draw(ows.visit_logs(members, FIRST, LAST, max_size=30))
    orgs = draw(ows.organizations(ORGS))
    return members, log, orgs


def _duty_rows(decisions: Any) -> list[tuple[Any, ...]]:
    return [
        (
            d.value.id,
            d.value.kind.value,
            d.value.rule,
            d.value.organization,
            d.value.member,
            d.value.start,
            d.value.due,
            d.value.visits,
            d.value.contact,
            list(d.value.limit),
        )
        for d in decisions
    ]


COLUMNS = (
    "id",
    "kind",
    "rule",
    "organization",
    "member",
    "start",
    "due",
    "visits",
    "contact",
    "limit",
)


def _table_rows(table: Any) -> list[tuple[Any, ...]]:
    return [tuple(r[c] for c in COLUMNS) for r in table.to_pylist()]


@pytest.mark.rule("care.duties")
@settings(max_examples=30, deadline=None)
@given(_town(), _periods(), POLICIES)
def test_every_duty_is_the_per_record_one_in_the_same_order(
    town: Any, period: tuple[dt.date, dt.date], policy: Policy | None
) -> None:
    members, _, _ = town
    start, end = period
    t = tables_of(members)
    got = duty_table(
        t["members"], start, end, stays=t["stays"], hardship=t["hardship"], policy=policy
    )
    assert _table_rows(got) == _duty_rows(care_duties(members, start, end, policy=policy))


def _missed_rows(decisions: Any) -> list[tuple[Any, ...]]:
    return [
        (
            *_duty_rows([type("D", (), {"value": d.value.duty})])[0],
            d.value.found,
            d.value.answerable is None and not d.value.duty.limit,
            d.value.answerable,
        )
        for d in decisions
    ]


@pytest.mark.rule("care.missed_duty")
@settings(max_examples=30, deadline=None)
@given(_town(), _periods(), POLICIES)
def test_every_missed_duty_is_check_care_s_with_the_entries_found_and_who_answers(
    town: Any, period: tuple[dt.date, dt.date], policy: Policy | None
) -> None:
    members, log, orgs = town
    start, end = period
    t = tables_of(members, log, organizations=orgs)
    got = missed_table(
        t["members"],
        t["visits"],
        start,
        end,
        stays=t["stays"],
        hardship=t["hardship"],
        organizations=t["organizations"],
        policy=policy,
    )
    want = check_care(members, log, start, end, organizations=orgs, policy=policy)
    rows = [
        (*(r[c] for c in COLUMNS), r["found"], r["referred"], r["answerable"])
        for r in got.to_pylist()
    ]
    assert rows == _missed_rows(want)


@pytest.mark.rule("care.missed_duty")
@settings(max_examples=25, deadline=None)
@given(_town(), _periods(), POLICIES, st.sampled_from(["all", "organization", "kind", "month"]))
def test_every_group_s_counts_are_the_duties_and_the_missed_of_the_per_record_path(
    town: Any, period: tuple[dt.date, dt.date], policy: Policy | None, by: str
) -> None:
    members, log, orgs = town
    start, end = period
    t = tables_of(members, log, organizations=orgs)
    got = duty_rates(
        t["members"],
        t["visits"],
        start,
        end,
        by=by,
        stays=t["stays"],
        hardship=t["hardship"],
        organizations=t["organizations"],
        policy=policy,
    ).to_pylist()

    def group(duty: Any) -> str:
        value = {
            "all": None,
            "organization": duty.organization,
            "kind": duty.kind.value,
            "month": f"{duty.due:%Y-%m}",
        }[by]
        return "all" if by == "all" else f"{by}:{value}"

    due = Counter(group(d.value) for d in care_duties(members, start, end, policy=policy))
    missed = check_care(members, log, start, end, organizations=orgs, policy=policy)
    lost = Counter(group(d.value.duty) for d in missed)
    referred = Counter(group(d.value.duty) for d in missed if not d.value.duty.limit)
    want = [
        {
            "group": g,
            "due": due[g],
            "met": due[g] - lost[g],
            "missed": lost[g],
            "referred": referred[g],
            "answerable": lost[g] - referred[g],
        }
        for g in sorted(due)
    ] or (
        [{"group": "all", **dict.fromkeys(("due", "met", "missed", "referred", "answerable"), 0)}]
        if by == "all"
        else []
    )
    assert got == want


@pytest.mark.rule("care.illness_aid")
def test_a_relief_fund_payment_meets_the_help_due_as_in_check_care() -> None:
    m = ElderlyMember(
        id="M1",
        name="某党员",
        organization="V01",
        hospital_stays=[HospitalStay(admitted=D(2024, 3, 2), major_illness=True, serious=True)],
    )
    fund = ReliefFund(name="帮扶基金").receive(D(2024, 1, 2), 5000, source="捐款")
    fund = fund.pay(D(2024, 4, 1), 1000, m, FundPurpose.MAJOR_ILLNESS)
    start, end = D(2024, 3, 1), D(2024, 12, 31)
    t = tables_of([m], fund=fund)
    with_fund = missed_table(
        t["members"], t["visits"], start, end, stays=t["stays"], payments=t["payments"]
    )
    without = missed_table(t["members"], t["visits"], start, end, stays=t["stays"])
    assert "illness_aid:M1:2024-03-02" not in with_fund.column("id").to_pylist()
    assert "illness_aid:M1:2024-03-02" in without.column("id").to_pylist()
    want = {d.value.duty.id for d in check_care([m], [], start, end, fund=fund)}
    assert set(with_fund.column("id").to_pylist()) == want


def test_a_column_such_as_county_groups_a_festival_meeting_with_its_organization() -> None:
    members = pa.table(
        {
            "id": ["M1", "M2", "M3"],
            "organization": ["V01", "V01", "V02"],
            "county": ["瑶海区", "瑶海区", "庐阳区"],
        }
    )
    visits = pa.table(
        {
            "kind": ["home", "meeting"],
            "on": [D(2025, 6, 28)] * 2,
            "member": ["M1", None],
            "organization": [None, "V01"],
        }
    )
    rows = duty_rates(members, visits, D(2025, 7, 1), D(2025, 7, 31), by="county").to_pylist()
    assert [(r["group"], r["due"], r["met"], r["missed"], r["referred"]) for r in rows] == [
        ("county:庐阳区", 2, 0, 2, 2),  # M3's visit, V02's meeting
        ("county:瑶海区", 3, 2, 1, 1),  # M1 and V01's meeting met; M2 missed
    ]
    listed = missed_table(members, visits, D(2025, 7, 1), D(2025, 7, 31)).to_pylist()
    assert [(r["id"], r["county"]) for r in listed] == [
        ("festival_visit:M2:2025-07-01", "瑶海区"),
        ("festival_visit:M3:2025-07-01", "庐阳区"),  # a visit before a meeting (kind order)
        ("festival_meeting:V02:2025-07-01", "庐阳区"),
    ]


def test_parquet_files_and_pandas_frames_are_read_in_place(tmp_path: Any) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    members = [
        ElderlyMember(id=f"M{i}", name="某党员", organization=f"V{i % 3}") for i in range(30)
    ]
    log = [Visit(kind=VisitKind.HOME, on=D(2025, 6, 20), member=f"M{i}") for i in range(0, 30, 2)]
    t = tables_of(members, log)
    pq.write_table(t["members"].slice(0, 10), tmp_path / "a.parquet")
    pq.write_table(t["members"].slice(10), tmp_path / "b.parquet")
    start, end = D(2025, 1, 1), D(2025, 12, 31)
    want = duty_rates(t["members"], t["visits"], start, end).to_pylist()
    assert duty_rates(tmp_path, t["visits"], start, end).to_pylist() == want
    assert (
        duty_rates(t["members"].to_pandas(), t["visits"].to_pandas(), start, end).to_pylist()
        == want
    )
    assert want == [
        {"group": "all", "due": 66, "met": 15, "missed": 51, "referred": 51, "answerable": 0}
    ]


def test_a_table_with_an_invalid_row_is_refused_naming_the_table_and_the_row() -> None:
    members = pa.table({"id": ["M1", "M2"], "organization": ["V01", "V01"]})
    start, end = D(2025, 1, 1), D(2025, 12, 31)
    stays = pa.table(
        {
            "member": ["M1", "M9"],
            "admitted": [D(2025, 3, 2)] * 2,
            "discharged": [D(2025, 3, 1), None],
            "major_illness": [True, True],
        }
    )
    with pytest.raises(
        RecordError, match=r"stays: 2 row\(s\) are not valid: row 1 \('M1'\): discharged is before"
    ):
        duty_table(members, start, end, stays=stays)
    visits = pa.table({"kind": ["home", "call"], "on": [D(2025, 3, 2)] * 2, "member": ["M3", "M1"]})
    with pytest.raises(
        RecordError, match=r"visits: 2 row\(s\).*member is not in members.*kind is not one"
    ):
        missed_table(members, visits, start, end)
    meeting = pa.table({"kind": ["meeting"], "on": [D(2025, 3, 2)], "organization": ["V09"]})
    with pytest.raises(RecordError, match="neither a member's organization nor in organizations"):
        missed_table(members, meeting, start, end)
    known = pa.table({"id": ["V09"], "secretary": ["张书记"]})
    assert missed_table(members, meeting, start, end, organizations=known).num_rows == 6
    dead = pa.table({"id": ["M1"], "organization": ["V01"], "died_on": [D(2025, 1, 5)]})
    late = pa.table({"member": ["M1"], "start": [D(2025, 2, 1)]})
    with pytest.raises(RecordError, match="starts after the member's death"):
        duty_table(dead, start, end, hardship=late)
    dup = pa.table({"id": ["M1", "M1"], "organization": ["V01", "V02"]})
    with pytest.raises(RecordError, match="duplicate member ids: 'M1'"):
        duty_table(dup, start, end)
    with pytest.raises(RecordError, match="no column 'organization'"):
        duty_table(pa.table({"id": ["M1"]}), start, end)
    with pytest.raises(RecordError, match="wrong kind"):
        duty_table(
            pa.table({"id": ["M1"], "organization": ["V01"], "died_on": ["yesterday"]}), start, end
        )
    with pytest.raises(ValueError, match="end 2025-01-01 is before start"):
        duty_table(members, end, start)
    with pytest.raises(ValueError, match="by must be"):
        duty_rates(members, visits, start, end, by="id")
    with pytest.raises(ValueError, match="no column 'county'"):
        duty_rates(members, meeting.slice(0, 0), start, end, by="county")


def test_one_entry_for_one_duty_is_left_to_check_care_with_a_clear_error() -> None:
    members = pa.table({"id": ["M1"], "organization": ["V01"]})
    visits = pa.table({"kind": ["home"], "on": [D(2025, 6, 28)], "member": ["M1"]})
    one = Policy.default().override({"care.one_visit_meets_several_duties": False})
    with pytest.raises(ValueError, match="one_visit_meets_several_duties is off"):
        missed_table(members, visits, D(2025, 1, 1), D(2025, 12, 31), policy=one)
    assert duty_table(members, D(2025, 1, 1), D(2025, 12, 31), policy=one).num_rows == 4


# -- Dask: the same kernel on a local cluster, partitioned by county ------------------------


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


def _by_county(
    tables: dict[str, Any], county_of: dict[str, str], counties: list[str]
) -> dict[str, Any]:
    """Each table as a Dask DataFrame whose partition i holds county i's rows."""
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd

    out = {}
    for name, table in tables.items():
        frame = table.to_pandas()
        if name == "members":
            key = frame["id"].map(county_of)
        elif name == "visits":
            key = frame["member"].map(county_of).fillna(frame["organization"].map(county_of))
        elif name in ("stays", "hardship"):
            key = frame["member"].map(county_of)
        else:
            continue
        parts = [frame[key == c].reset_index(drop=True) for c in counties]
        out[name] = dd.from_map(
            lambda i, parts=parts: parts[i],
            range(len(counties)),
            meta=frame.iloc[:0],
            enforce_metadata=False,
        )
        assert isinstance(parts[0], pd.DataFrame)
    return out


def test_a_national_shaped_table_on_a_dask_cluster_gives_the_single_machine_answer(
    client: Any,
) -> None:
    import random

    rng = random.Random(20251205)
    counties = [f"county{i:02d}" for i in range(6)]
    members, county_of = [], {}
    for i in range(1200):
        county = counties[i % 6]
        org = f"{county}-V{rng.randrange(5)}"
        stays = []
        if rng.random() < 0.1:
            day = D(2025, 1, 1) + dt.timedelta(days=rng.randrange(300))
            stays.append(HospitalStay(admitted=day, major_illness=True, serious=rng.random() < 0.5))
        members.append(
            ElderlyMember(id=f"M{i:05d}", name="某党员", organization=org, hospital_stays=stays)
        )
        county_of[f"M{i:05d}"] = county
        county_of[org] = county
    log = [
        Visit(
            kind=rng.choice(list(VisitKind)[:3]),
            on=D(2025, 1, 1) + dt.timedelta(days=rng.randrange(365)),
            member=m.id,
        )
        for m in members
        for _ in range(rng.randrange(4))
    ]
    t = tables_of(members, log)
    t["members"] = t["members"].append_column(
        "county", pa.array([county_of[m.id] for m in members])
    )
    start, end = D(2025, 1, 1), D(2025, 12, 31)
    frames = _by_county({k: t[k] for k in ("members", "stays", "visits")}, county_of, counties)
    for by in ("all", "kind", "county", "month"):
        single = duty_rates(
            t["members"], t["visits"], start, end, by=by, stays=t["stays"]
        ).to_pylist()
        spread = duty_rates(
            frames["members"], frames["visits"], start, end, by=by, stays=frames["stays"]
        )
        assert spread.to_pylist() == single
    (whole,) = duty_rates(t["members"], t["visits"], start, end, stays=t["stays"]).to_pylist()
    assert whole["missed"] == len(check_care(members, log, start, end))


@pytest.mark.rule("care.hardship_visit")
def test_of_two_spells_starting_the_same_day_the_first_listed_names_the_contact() -> None:
    from orgwork.care import HardshipKind, HardshipPeriod

    for first, second in (("李四", None), (None, "李四")):
        m = ElderlyMember(
            id="M1",
            name="某党员",
            organization="V01",
            hardship=[
                HardshipPeriod(
                    kind=HardshipKind.GREAT_HARDSHIP, start=D(2025, 3, 1), contact=first
                ),
                HardshipPeriod(
                    kind=HardshipKind.UNABLE_TO_LOOK_AFTER_SELF, start=D(2025, 3, 1), contact=second
                ),
            ],
        )
        t = tables_of([m])
        got = duty_table(t["members"], D(2025, 3, 1), D(2025, 3, 31), hardship=t["hardship"])
        want = care_duties([m], D(2025, 3, 1), D(2025, 3, 31))
        assert _table_rows(got) == _duty_rows(want)
        assert [r["contact"] for r in got.to_pylist() if r["kind"] == "hardship_visit"] == [first]


@settings(max_examples=10, deadline=None)
@given(_town(), _periods())
def test_dask_partitions_by_organization_give_the_per_record_counts(
    client: Any, town: Any, period: tuple[dt.date, dt.date]
) -> None:
    members, log, _ = town
    start, end = period
    t = tables_of(members, log)
    county_of = {m.id: m.organization for m in members} | {o: o for o in ORGS}
    frames = _by_county(
        {k: t[k] for k in ("members", "stays", "hardship", "visits")}, county_of, list(ORGS)
    )
    got = duty_rates(
        frames["members"],
        frames["visits"],
        start,
        end,
        by="organization",
        stays=frames["stays"],
        hardship=frames["hardship"],
    ).to_pylist()
    due = Counter(d.value.organization for d in care_duties(members, start, end))
    lost = Counter(d.value.duty.organization for d in check_care(members, log, start, end))
    assert [(r["group"], r["due"], r["missed"]) for r in got] == [
        (f"organization:{o}", due[o], lost[o]) for o in sorted(due)
    ]

"""老党员关怀帮扶台账(全省/全国) — the care duties of millions of members, as tables.

The per-record path ([`care_duties`][orgwork.care.care_duties],
[`check_care`][orgwork.care.check_care]) explains every duty; a province with
millions of elderly members needs the same answers as tables. This module gives
them:

- [`duty_table`][orgwork.care.tables.duty_table]: every duty due in a period,
  duty for duty what `care_duties` finds;
- [`missed_table`][orgwork.care.tables.missed_table]: the duties the visit log
  does not meet, with the entries found, as `check_care` reports them;
- [`duty_rates`][orgwork.care.tables.duty_rates]: per group (all, organization,
  kind, month of the due day, or any column of the members table such as
  ``county``) the duties due, met and missed, and of the missed how many are
  referred to the town committee and how many name a head who answers.

They give what the per-record path gives (property-tested on strategy data).
The tables are read by DuckDB, in the process, from pyarrow Tables, pandas
DataFrames, DuckDB relations or Parquet files, and DuckDB spills to disk when a
query outgrows memory. Dask DataFrames are counted partition by partition on
their cluster: partition ``i`` of every table holds the same counties (see
[`duty_rates`][orgwork.care.tables.duty_rates]).

What a rule decides once per day (a window's length, the policy in force, the
days of the festivals) is decided in Python with the per-record path's own
rules and parameters, for each distinct day in the tables, and joined in. What
DuckDB does per row is comparison and counting.

The tables, each a table of the models' fields:

- ``members`` (required): ``id``, ``organization``, ``died_on``; other columns
  (``county``, ``name``) are carried along and may be grouped by;
- ``stays``: ``member``, ``admitted``, ``major_illness`` (required), and
  ``discharged``, ``serious``, ``money_difficulty``;
- ``hardship``: ``member``, ``start`` (required), ``end``, ``contact``
  (among spells starting the same day, the one listed first names the
  contact, as in the per-record path);
- ``visits``: ``kind`` (``hospital``, ``home``, ``aid``, ``meeting``), ``on``
  (required), ``member``, ``organization``;
- ``payments`` (the relief fund's): ``recipient``, ``on``;
- ``organizations``: ``id``, ``secretary`` (who answers for a missed duty
  under a limit the seed or the locality set).

Every row is checked as the models check it (a discharge before admission, an
event after death, a visit naming a member not in ``members``, a duplicate
member): a table with any such row is a
[`RecordError`][orgwork.errors.RecordError] naming the table, the first rows'
members and how many rows, and nothing is counted.

Needs the ``duckdb`` extra (``pip install "orgwork[duckdb]"``), and the ``dask``
extra for Dask DataFrames.

>>> import datetime as dt, pyarrow as pa
>>> members = pa.table({"id": ["M1", "M2"], "organization": ["V01", "V01"]})
>>> visits = pa.table({"kind": ["home", "meeting"], "on": [dt.date(2025, 6, 28)] * 2,
...                    "member": ["M1", None], "organization": [None, "V01"]})
>>> t = missed_table(members, visits, dt.date(2025, 7, 1), dt.date(2025, 7, 31))
>>> t.column("id").to_pylist()
['festival_visit:M2:2025-07-01']
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from orgwork._args import as_field, as_models, periods
from orgwork._engine import COLUMN_NAME, connect, duckdb, is_dask, pyarrow, quote, register
from orgwork.care._check import check_care
from orgwork.care._duties import (
    _WINDOW_DAYS,
    DutyKind,
    Festival,
    festival_visit_duties,
    festival_window,
    hardship_visit_duties,
    hospital_visit_duties,
    illness_aid_duties,
    routine_visit_duties,
)
from orgwork.care._fund import ReliefFund
from orgwork.care._model import FIRST_DAY, LAST_DAY, Day, ElderlyMember, Organization, Visit
from orgwork.decision import RuleContext
from orgwork.errors import RecordError
from orgwork.policy import Policy, checked_policy

if TYPE_CHECKING:
    import duckdb as _duckdb
    import pyarrow as pa

__all__ = ["duty_rates", "duty_table", "missed_table", "tables_of"]

_WHAT = "the columnar care path"

#: Each input table: its columns (name → DuckDB type), and which are required.
_TABLES: dict[str, tuple[dict[str, str], tuple[str, ...]]] = {
    "members": (
        {"id": "VARCHAR", "organization": "VARCHAR", "died_on": "DATE"},
        ("id", "organization"),
    ),
    "stays": (
        {
            "member": "VARCHAR",
            "admitted": "DATE",
            "discharged": "DATE",
            "major_illness": "BOOLEAN",
            "serious": "BOOLEAN",
            "money_difficulty": "BOOLEAN",
        },
        ("member", "admitted", "major_illness"),
    ),
    "hardship": (
        {"member": "VARCHAR", "start": "DATE", "end": "DATE", "contact": "VARCHAR"},
        ("member", "start"),
    ),
    "visits": (
        {"kind": "VARCHAR", "on": "DATE", "member": "VARCHAR", "organization": "VARCHAR"},
        ("kind", "on"),
    ),
    "payments": ({"recipient": "VARCHAR", "on": "DATE"}, ("recipient", "on")),
    "organizations": ({"id": "VARCHAR", "secretary": "VARCHAR"}, ("id",)),
}

_RANGE = f"BETWEEN DATE '{FIRST_DAY}' AND DATE '{LAST_DAY}'"
_NEVER = "DATE '9999-12-31'"

#: Each check a model makes, per table, as a condition on a row that fails it, with its message.
_ROW_CHECKS: dict[str, tuple[tuple[str, str], ...]] = {
    "members": (
        ("id IS NULL OR id = ''", "id is empty"),
        ("organization IS NULL OR organization = ''", "organization is empty"),
        (
            f"died_on IS NOT NULL AND died_on NOT {_RANGE}",
            f"died_on is outside {FIRST_DAY} to {LAST_DAY}",
        ),
    ),
    "stays": (
        ("admitted IS NULL", "admitted is empty"),
        ("major_illness IS NULL", "major_illness is empty (never assumed)"),
        (
            f"admitted NOT {_RANGE} OR discharged NOT {_RANGE}",
            f"a day outside {FIRST_DAY} to {LAST_DAY}",
        ),
        ("discharged < admitted", "discharged is before admitted"),
        ("m.id IS NULL", "member is not in members"),
        ("admitted > m.died_on", "admitted after the member's death"),
    ),
    "hardship": (
        ("start IS NULL", "start is empty"),
        (f'start NOT {_RANGE} OR "end" NOT {_RANGE}', f"a day outside {FIRST_DAY} to {LAST_DAY}"),
        ('"end" < start', "end is before start"),
        ("m.id IS NULL", "member is not in members"),
        ("start > m.died_on", "starts after the member's death"),
        ("contact = ''", "contact is an empty text"),
    ),
    "visits": (
        (
            "kind IS NULL OR kind NOT IN ('hospital', 'home', 'aid', 'meeting')",
            "kind is not one of hospital, home, aid, meeting",
        ),
        ('"on" IS NULL', "on is empty"),
        (f'"on" NOT {_RANGE}', f"on is outside {FIRST_DAY} to {LAST_DAY}"),
        (
            "kind = 'meeting' AND (t.organization IS NULL OR t.organization = '')",
            "a meeting names the organization that held it",
        ),
        (
            "kind <> 'meeting' AND (member IS NULL OR member = '')",
            "a visit names the member visited",
        ),
        ("kind <> 'meeting' AND m.id IS NULL", "member is not in members"),
        (
            "kind <> 'meeting' AND t.organization IS NOT NULL AND t.organization <> m.organization",
            "member belongs to another organization",
        ),
        (
            "kind = 'meeting' AND o.id IS NULL",
            "a meeting of an organization that is neither a member's organization nor in organizations",
        ),
    ),
    "payments": (
        (f'"on" NOT {_RANGE} OR "on" IS NULL', f"on is outside {FIRST_DAY} to {LAST_DAY}"),
    ),
    "organizations": (("id IS NULL OR id = ''", "id is empty"),),
}

#: The row that names a failing row in a RecordError, per table.
_ROW_NAME = {
    "members": "id",
    "stays": "member",
    "hardship": "member",
    "visits": "coalesce(t.member, t.organization)",
    "payments": "recipient",
    "organizations": "id",
}
#: The joins a table's checks read (the member's row, the known organizations).
_CHECK_FROM = {
    "stays": " LEFT JOIN orgwork_members AS m ON t.member = m.id",
    "hardship": " LEFT JOIN orgwork_members AS m ON t.member = m.id",
    "visits": " LEFT JOIN orgwork_members AS m ON t.member = m.id"
    " LEFT JOIN orgwork_known_orgs AS o ON t.organization = o.id",
}

#: Duty kind → the kinds of log entry that meet it (DutyKind.met_by).
_MET_BY = [(k.value, v.value) for k in DutyKind for v in k.met_by]

#: Every duty of the members (``{mx}``: the members' other columns carried along), before
#: the period is applied.
_DUTIES_SQL = f"""
SELECT 'hospital_visit' AS kind, 'm' AS who_kind, s.member AS who, m.organization,
       s.member AS member, s.admitted AS key, s.admitted AS start,
       LEAST(CASE WHEN t.hospital_n IS NULL
                  THEN coalesce(s.discharged, make_date(year(s.admitted), 12, 31))
                  ELSE s.admitted + t.hospital_n END,
             coalesce(m.died_on, {_NEVER})) AS due,
       1 AS visits, NULL::VARCHAR AS contact, t.hospital_n IS NOT NULL AS limited,
       NULL::VARCHAR AS festival{{mx}}
FROM orgwork_stays AS s JOIN orgwork_members AS m ON s.member = m.id
JOIN orgwork_stay_days AS t ON s.admitted = t.day
WHERE s.major_illness
UNION ALL
SELECT 'illness_aid', 'm', s.member, m.organization, s.member, s.admitted,
       s.admitted,
       LEAST(CASE WHEN t.aid_n IS NULL THEN make_date(year(s.admitted), 12, 31)
                  ELSE s.admitted + t.aid_n END,
             coalesce(m.died_on, {_NEVER})),
       1, NULL, t.aid_n IS NOT NULL, NULL{{mx}}
FROM orgwork_stays AS s JOIN orgwork_members AS m ON s.member = m.id
JOIN orgwork_stay_days AS t ON s.admitted = t.day
WHERE s.major_illness AND (coalesce(s.serious, false) OR coalesce(s.money_difficulty, false))
UNION ALL
SELECT 'festival_visit', 'm', m.id, m.organization, m.id, f.day, f.first,
       LEAST(f.last, coalesce(m.died_on, {_NEVER})), 1, NULL, f.limited, f.festival{{mx}}
FROM orgwork_members AS m CROSS JOIN orgwork_festivals AS f
WHERE m.died_on IS NULL OR m.died_on >= f.day
UNION ALL
SELECT 'festival_meeting', 'o', m.organization, m.organization, NULL,
       f.day, f.first, f.last, 1, NULL, f.limited, f.festival{{ox}}
FROM orgwork_members AS m CROSS JOIN orgwork_festivals AS f
WHERE f.meeting AND (m.died_on IS NULL OR m.died_on >= f.day)
GROUP BY m.organization, f.day, f.first, f.last, f.limited, f.festival
UNION ALL
SELECT 'hardship_visit', 'm', member, organization, member, first, lo, hi,
       LEAST(per_month, hi - lo + 1)::INTEGER, contact, true, NULL{{hx}}
FROM orgwork_hardship_months
UNION ALL
SELECT 'hardship_contact', 'm', member, organization, member, first, lo, hi,
       1, NULL, false, NULL{{hx}}
FROM orgwork_hardship_months WHERE contact IS NULL
UNION ALL
SELECT 'routine_visit', 'm', m.id, m.organization, m.id, b.first, b.first,
       LEAST(b.last, coalesce(m.died_on, {_NEVER})), 1, NULL, true, NULL{{mx}}
FROM orgwork_members AS m CROSS JOIN orgwork_blocks AS b
WHERE m.died_on IS NULL OR m.died_on >= b.first
"""

#: Each member's months in hardship: the first and last day covered, the visits due, the
#: contact named by the latest spell (``{mx}``/``{hx}``: the members' other columns).
_HARDSHIP_SQL = f"""
SELECT member, organization, first, per_month,
       GREATEST(first, min(start)) AS lo, LEAST(alive, max(coalesce("end", alive))) AS hi,
       first(contact ORDER BY start DESC, ord) AS contact{{hx}}
FROM (
  SELECT h.member, m.organization, mo.first, mo.per_month, h.start, h."end", h.contact, h.ord,
         LEAST(mo.last, coalesce(m.died_on, {_NEVER})) AS alive{{mx}}
  FROM orgwork_hardship AS h JOIN orgwork_members AS m ON h.member = m.id
  JOIN orgwork_months AS mo
    ON h.start <= LEAST(mo.last, coalesce(m.died_on, {_NEVER}))
   AND (h."end" IS NULL OR h."end" >= mo.first)
  WHERE LEAST(mo.last, coalesce(m.died_on, {_NEVER})) >= mo.first
)
GROUP BY member, organization, first, per_month, alive{{hx}}
"""

#: Each duty (by its row in ``orgwork_duties``) with the log entries on distinct days in its
#: window whose kind meets it.
_FOUND_SQL = """
SELECT d.*, coalesce(f.found, 0)::INTEGER AS found
FROM orgwork_duties AS d LEFT JOIN (
  SELECT d.rowid AS row_, count(DISTINCT l."on") AS found
  FROM orgwork_duties AS d
  JOIN orgwork_met_by AS b ON b.duty = d.kind
  JOIN orgwork_log AS l
    ON l.who_kind = d.who_kind AND l.who = d.who AND l.kind = b.entry
   AND l."on" BETWEEN d.start AND d.due
  GROUP BY d.rowid
) AS f ON f.row_ = d.rowid
"""

_LOG_SQL = """
SELECT CASE WHEN kind = 'meeting' THEN 'o' ELSE 'm' END AS who_kind,
       CASE WHEN kind = 'meeting' THEN organization ELSE member END AS who, kind, "on"
FROM orgwork_visits
UNION ALL
SELECT 'm', recipient, 'aid', "on" FROM orgwork_payments
"""

_OWN = {"id", "kind", "rule", "organization", "member", "start", "due", "visits", "contact"}
_COUNT_NAMES = ("due", "met", "missed", "referred", "answerable")


# -- models to tables ------------------------------------------------------------------------


def tables_of(
    members: Iterable[ElderlyMember],
    visits: Iterable[Visit] = (),
    *,
    organizations: Iterable[Organization] = (),
    fund: ReliefFund | None = None,
) -> dict[str, pa.Table]:
    """The models as the tables this module reads: ``members``, ``stays``, ``hardship``,
    ``visits``, ``payments`` and ``organizations`` (pyarrow Tables).

    >>> t = tables_of([ElderlyMember(id="M1", name="某党员", organization="V01")])
    >>> t["members"].column_names, t["stays"].num_rows
    (['id', 'organization', 'died_on', 'name'], 0)
    """
    pa_ = pyarrow("tables_of")
    roster = as_models(ElderlyMember, members, "members")
    log = as_models(Visit, visits, "visits")
    orgs = as_models(Organization, organizations, "organizations")
    paid = () if fund is None else as_field(ReliefFund, fund, "fund").payments
    text, day, flag = pa_.string(), pa_.date32(), pa_.bool_()

    def table(rows: list[tuple[Any, ...]], names: dict[str, Any]) -> pa.Table:
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(names)
        return pa_.table(
            {
                n: pa_.array(list(c), type=t)
                for (n, t), c in zip(names.items(), columns, strict=True)
            }
        )

    return {
        "members": table(
            [(m.id, m.organization, m.died_on, m.name) for m in roster],
            {"id": text, "organization": text, "died_on": day, "name": text},
        ),
        "stays": table(
            [
                (m.id, s.admitted, s.discharged, s.major_illness, s.serious, s.money_difficulty)
                for m in roster
                for s in m.hospital_stays
            ],
            {
                "member": text,
                "admitted": day,
                "discharged": day,
                "major_illness": flag,
                "serious": flag,
                "money_difficulty": flag,
            },
        ),
        "hardship": table(
            [(m.id, h.start, h.end, h.contact) for m in roster for h in m.hardship],
            {"member": text, "start": day, "end": day, "contact": text},
        ),
        "visits": table(
            [(v.kind.value, v.on, v.member, v.organization) for v in log],
            {"kind": text, "on": day, "member": text, "organization": text},
        ),
        "payments": table([(p.recipient, p.on) for p in paid], {"recipient": text, "on": day}),
        "organizations": table(
            [(o.id, o.secretary) for o in orgs], {"id": text, "secretary": text}
        ),
    }


# -- the public functions --------------------------------------------------------------------


def duty_table(
    members: object,
    start: _dt.date,
    end: _dt.date,
    *,
    stays: object = None,
    hardship: object = None,
    policy: Policy | None = None,
    con: _duckdb.DuckDBPyConnection | None = None,
) -> pa.Table:
    """关怀帮扶职责(表) — every care duty due in ``[start, end]``, as
    [`care_duties`][orgwork.care.care_duties] finds them.

    One row a duty: ``id``, ``kind`` (a [`DutyKind`][orgwork.care.DutyKind] value), ``rule``,
    ``organization``, ``member`` (empty for a festival meeting), ``start``, ``due``,
    ``visits``, ``contact`` and ``limit`` (the parameters that set the duty's time limit;
    empty when the window is the library's reading of the text), then the members table's
    other columns. Ordered by due day, organization, kind, member, start, id.

    >>> import datetime as dt, pyarrow as pa
    >>> t = duty_table(pa.table({"id": ["M1"], "organization": ["V01"]}),
    ...                dt.date(2025, 7, 1), dt.date(2025, 7, 31))
    >>> t.column("id").to_pylist(), t.column("due").to_pylist()[0]
    (['festival_visit:M1:2025-07-01', 'festival_meeting:V01:2025-07-01'], datetime.date(2025, 7, 8))
    """
    sources = {"members": members, "stays": stays, "hardship": hardship}
    return _run(sources, start, end, policy, con, _duty_rows)


def missed_table(
    members: object,
    visits: object,
    start: _dt.date,
    end: _dt.date,
    *,
    stays: object = None,
    hardship: object = None,
    payments: object = None,
    organizations: object = None,
    policy: Policy | None = None,
    con: _duckdb.DuckDBPyConnection | None = None,
) -> pa.Table:
    """未履行的关怀帮扶职责(表) — the duties due in ``[start, end]`` that the log does not
    meet, as [`check_care`][orgwork.care.check_care] reports them.

    The columns of [`duty_table`][orgwork.care.tables.duty_table], then ``found`` (the
    qualifying entries on distinct days in the window), ``referred`` (no limit the seed or
    the locality set: the town committee decides, no one is named) and ``answerable`` (under
    such a limit, the organization's secretary from ``organizations``; empty when the post is
    vacant or the organization is not listed: then the committee names who answers, as
    [`answerable_head`][orgwork.care.answerable_head] says). Ordered as `check_care` orders
    its decisions: organization, year and month of the due day, due day, kind, member.

    A duty is met by ``visits`` entries on distinct days whose kind meets it
    ([`DutyKind.met_by`][orgwork.care.DutyKind.met_by]); help is also met by a
    payment of the relief fund (``payments``). This is the reading in which one entry meets
    every duty whose window it falls in, ``care.one_visit_meets_several_duties`` (the
    default); a policy that turns it off in force on ``end`` is a `ValueError`: allotting each
    entry to one duty is a flow over each member's whole history, which
    [`check_care`][orgwork.care.check_care] runs member by member.
    """
    sources = {
        "members": members,
        "stays": stays,
        "hardship": hardship,
        "visits": visits,
        "payments": payments,
        "organizations": organizations,
    }
    return _run(sources, start, end, policy, con, _missed_rows)


def duty_rates(
    members: object,
    visits: object,
    start: _dt.date,
    end: _dt.date,
    *,
    by: str = "all",
    stays: object = None,
    hardship: object = None,
    payments: object = None,
    organizations: object = None,
    policy: Policy | None = None,
    con: _duckdb.DuckDBPyConnection | None = None,
) -> pa.Table:
    """关怀帮扶职责履行情况(表) — per group, the duties due in ``[start, end]`` and how many
    the log meets.

    ``by`` is ``"all"``, ``"organization"``, ``"kind"``, ``"month"`` (of the due day) or
    the name of a column of the members table (``"county"``; a festival meeting takes the
    value of its organization's members). One row a group, ordered by ``group``
    (``"all"``, or ``"<by>:<value>"``): ``due``, ``met``, ``missed``, and of the missed
    ``referred`` (no limit the seed or the locality set) and ``answerable`` (a limit set: a
    head answers, or the committee names one). The counts of
    [`missed_table`][orgwork.care.tables.missed_table] and
    [`duty_table`][orgwork.care.tables.duty_table]; with ``by="all"`` there is one row even
    for no duties.

    Dask DataFrames (every table given must be one, with the same number of partitions)
    are counted partition by partition on their cluster and the counts added up. Partition
    ``i`` of every table must hold the same counties: a member's stays, spells and visits,
    an organization's meetings and its members, in the same partition (``read_parquet`` of
    files written per county, or ``set_index("county")`` with the same divisions). Nothing
    checks this across partitions beyond duplicate members: split otherwise, visits would
    name members the partition does not hold, and that is a RecordError.
    """
    key = _group_key(by)
    sources = {
        "members": members,
        "stays": stays,
        "hardship": hardship,
        "visits": visits,
        "payments": payments,
        "organizations": organizations,
    }
    if is_dask(members):
        return _dask_rates(sources, start, end, key, by, policy)
    return _run(sources, start, end, policy, con, _rates_query(key, by))


# -- the kernel ------------------------------------------------------------------------------


def _arguments(
    start: _dt.date, end: _dt.date, policy: Policy | None
) -> tuple[_dt.date, _dt.date, Policy]:
    start, end = as_field(Day, start, "start"), as_field(Day, end, "end")
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    return start, end, checked_policy(policy)


def _run(
    sources: dict[str, object],
    start: _dt.date,
    end: _dt.date,
    policy: Policy | None,
    con: _duckdb.DuckDBPyConnection | None,
    query: Any,
) -> Any:
    start, end, policy = _arguments(start, end, policy)
    if any(is_dask(s) for s in sources.values()):
        raise TypeError(
            "Dask DataFrames are counted by duty_rates; for duty or missed lists, run this "
            "function on each partition or on the computed frames"
        )
    db, own = connect(con, _WHAT)
    try:
        return _kernel(db, sources, start, end, policy, query)
    finally:
        if own:
            db.close()


def _kernel(
    con: _duckdb.DuckDBPyConnection,
    sources: dict[str, object],
    start: _dt.date,
    end: _dt.date,
    policy: Policy,
    query: Any,
) -> Any:
    db = duckdb(_WHAT)
    registered: list[str] = []
    views: list[str] = []
    tables: list[str] = []
    (kept,) = con.execute("SELECT current_setting('preserve_insertion_order')").fetchall()[0]
    try:
        for name in _TABLES:
            _load(con, name, sources.get(name), registered, views, tables)
        _check_rows(con, [n for n in _TABLES if sources.get(n) is not None])
        views.append("orgwork_known_orgs")
        # the rows are numbered as listed (above); every answer is ordered explicitly, so the
        # engine need not keep the rows' order from here on (faster)
        con.execute("SET preserve_insertion_order = false")
        _terms(con, start, end, policy, registered)
        extra = _extra_columns(con)
        mx = "".join(f', m."{c}"' for c in extra)
        ox = "".join(f', min(m."{c}") AS "{c}"' for c in extra)  # an organization's members'
        hx = "".join(f', "{c}"' for c in extra)
        con.execute(
            "CREATE OR REPLACE TEMP VIEW orgwork_hardship_months AS "
            + _HARDSHIP_SQL.format(mx=mx, hx=hx)
        )
        views.append("orgwork_hardship_months")
        duties = _DUTIES_SQL.format(mx=mx, ox=ox, hx=hx)
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE orgwork_duties AS SELECT * FROM ({duties}) "
            f"WHERE due BETWEEN DATE '{start.isoformat()}' AND DATE '{end.isoformat()}'"
        )
        tables.append("orgwork_duties")
        return query(con, extra, end, policy)
    except db.Error as exc:  # pragma: no cover - a query of ours that DuckDB refuses
        raise RecordError(f"care tables: {exc}") from None
    finally:
        con.execute(f"SET preserve_insertion_order = {'true' if kept else 'false'}")
        for table in tables:
            con.execute(f'DROP TABLE IF EXISTS "{table}"')
        for view in reversed(views):
            con.execute(f'DROP VIEW IF EXISTS "{view}"')
        for name in registered:
            con.unregister(name)


def _load(
    con: _duckdb.DuckDBPyConnection,
    name: str,
    source: object,
    registered: list[str],
    views: list[str],
    tables: list[str],
) -> None:
    """The view ``orgwork_<name>``: the source with every column, typed (absent: NULL); an
    absent optional table is an empty one. Hardship spells are a table numbered as listed
    (among spells starting the same day, the first listed names the contact)."""
    db = duckdb(_WHAT)
    columns, required = _TABLES[name]
    raw = f"orgwork_source_{name}"
    view = f"orgwork_{name}"
    if source is None:
        if name == "members":
            raise TypeError("members must be a table, not None")
        parts = [f'CAST(NULL AS {kind}) AS "{col}"' for col, kind in columns.items()]
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT {', '.join(parts)}, 0 AS ord WHERE false"
        )
        views.append(view)
        return
    register(con, raw, source, name)
    views.append(raw)
    present = [str(r[0]) for r in con.execute(f'DESCRIBE "{raw}"').fetchall()]
    for col in required:
        if col not in present:
            raise RecordError(f"{name}: no column {col!r}")
    parts = [
        f'CAST("{col}" AS {kind}) AS "{col}"'
        if col in present
        else f'CAST(NULL AS {kind}) AS "{col}"'
        for col, kind in columns.items()
    ]
    if name == "members":
        parts += [f'"{c}"' for c in present if c not in columns]
    try:
        if name == "hardship":
            parts.append("row_number() OVER () AS ord")
            con.execute(
                f"CREATE OR REPLACE TEMP TABLE {view} AS SELECT {', '.join(parts)} FROM {raw}"
            )
            tables.append(view)
            return
        con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT {', '.join(parts)} FROM {raw}")
        views.append(view)
        counted = ", ".join(f'count("{col}")' for col in columns)  # every value cast
        con.execute(f"SELECT {counted} FROM {view}").fetchall()
    except db.Error as exc:
        first = str(exc).splitlines()[0]
        raise RecordError(f"{name}: a column holds values of the wrong kind ({first})") from None


def _check_rows(con: _duckdb.DuckDBPyConnection, given: Sequence[str]) -> None:
    """A RecordError naming the first rows of a table that are not valid, and duplicate ids."""
    dup = con.execute(
        "SELECT id FROM orgwork_members GROUP BY id HAVING count(*) > 1 ORDER BY id LIMIT 6"
    ).fetchall()
    if dup:
        raise RecordError("members: duplicate member ids: " + ", ".join(repr(r[0]) for r in dup))
    con.execute(
        "CREATE OR REPLACE TEMP VIEW orgwork_known_orgs AS SELECT DISTINCT organization AS id "
        "FROM orgwork_members UNION SELECT id FROM orgwork_organizations"
    )
    for name in given:
        checks = _ROW_CHECKS[name]
        where = " OR ".join(f"({c})" for c, _ in checks)
        said = ", ".join(f"CASE WHEN {c} THEN {quote(m)} END" for c, m in checks)
        joins = _CHECK_FROM.get(name, "")
        total = con.execute(
            f"SELECT count(*) FROM orgwork_{name} AS t{joins} WHERE {where}"
        ).fetchall()[0][0]
        if total:  # the first rows, numbered as listed (1 is the first row)
            numbered = f"(SELECT *, row_number() OVER () AS row_ FROM orgwork_{name}) AS t"
            bad = con.execute(
                f"SELECT {_ROW_NAME[name]}, t.row_, concat_ws('; ', {said}) FROM {numbered}"
                f"{joins} WHERE {where} ORDER BY t.row_ LIMIT 5"
            ).fetchall()
            shown = "; ".join(f"row {r[1]} ({r[0]!r}): {r[2]}" for r in bad)
            raise RecordError(f"{name}: {total} row(s) are not valid: {shown}")
    if "organizations" in given:
        dup = con.execute(
            "SELECT id FROM orgwork_organizations GROUP BY id HAVING count(*) > 1 ORDER BY id "
            "LIMIT 6"
        ).fetchall()
        if dup:
            raise RecordError("organizations: duplicate ids: " + ", ".join(repr(r[0]) for r in dup))


def _terms(
    con: _duckdb.DuckDBPyConnection,
    start: _dt.date,
    end: _dt.date,
    policy: Policy,
    registered: list[str],
) -> None:
    """What the rules decide once per day, from the per-record path's own rules: each
    admission day's windows, each festival's window, each month's visits, each year's
    blocks."""
    pa_ = pyarrow(_WHAT)
    day, num, flag, text = pa_.date32(), pa_.int32(), pa_.bool_(), pa_.string()

    def add(name: str, columns: dict[str, tuple[list[Any], Any]]) -> None:
        con.register(name, pa_.table({n: pa_.array(v, type=t) for n, (v, t) in columns.items()}))
        registered.append(name)

    admitted = [r[0] for r in con.execute("SELECT DISTINCT admitted FROM orgwork_stays").fetchall()]
    hospital = [
        RuleContext(hospital_visit_duties, policy, on=a).param("care.hospital_visit_days")
        for a in admitted
    ]
    aid = [
        RuleContext(illness_aid_duties, policy, on=a).param("care.illness_aid_days")
        for a in admitted
    ]
    add(
        "orgwork_stay_days",
        {"day": (admitted, day), "hospital_n": (hospital, num), "aid_n": (aid, num)},
    )

    festivals: list[tuple[str, _dt.date, _dt.date, _dt.date, bool, bool]] = []
    for year in range(start.year, end.year + 1):
        for festival in (Festival.SPRING_FESTIVAL, Festival.QIYI):
            on = festival.day(year)
            ctx = RuleContext(festival_visit_duties, policy, on=on)
            first, last = festival_window(festival, year, policy=policy)
            limited = bool(ctx.param("care.festival_period_set"))
            meeting = bool(ctx.param("care.festival_meeting_required"))
            festivals.append((festival.value, on, first, last, limited, meeting))
    cols = list(zip(*festivals, strict=True))
    add(
        "orgwork_festivals",
        {
            "festival": (list(cols[0]), text),
            "day": (list(cols[1]), day),
            "first": (list(cols[2]), day),
            "last": (list(cols[3]), day),
            "limited": (list(cols[4]), flag),
            "meeting": (list(cols[5]), flag),
        },
    )

    months = [
        (
            first,
            last,
            RuleContext(hardship_visit_duties, policy, on=first).param(
                "care.hardship_visits_per_month"
            ),
        )
        for year in range(start.year, end.year + 1)
        for _, first, last in periods(year, 1)
        if first <= end and last >= start
    ]
    add(
        "orgwork_months",
        {
            "first": ([m[0] for m in months], day),
            "last": ([m[1] for m in months], day),
            "per_month": ([m[2] for m in months], num),
        },
    )

    blocks: list[tuple[_dt.date, _dt.date]] = []
    for year in range(start.year, end.year + 1):
        k = RuleContext(routine_visit_duties, policy, on=_dt.date(year, 1, 1)).param(
            "care.routine_visit_months"
        )
        if k is not None:
            blocks.extend((first, last) for _, first, last in periods(year, k))
    add(
        "orgwork_blocks",
        {"first": ([b[0] for b in blocks], day), "last": ([b[1] for b in blocks], day)},
    )

    rules: list[tuple[str, str | None, str, list[str]]] = []
    limits = {
        DutyKind.HOSPITAL_VISIT: ["care.hospital_visit_days"],
        DutyKind.ILLNESS_AID: ["care.illness_aid_days"],
        DutyKind.HARDSHIP_VISIT: ["care.hardship_visits_per_month"],
        DutyKind.HARDSHIP_CONTACT: [],
        DutyKind.ROUTINE_VISIT: ["care.routine_visit_months"],
    }
    for kind in DutyKind:
        if kind in limits:
            rules.append((kind.value, None, kind.rule, limits[kind]))
        else:
            for festival in Festival:
                rules.append((kind.value, festival.value, kind.rule, list(_WINDOW_DAYS[festival])))
    add(
        "orgwork_rules",
        {
            "kind": ([r[0] for r in rules], text),
            "festival": ([r[1] for r in rules], text),
            "rule": ([r[2] for r in rules], text),
            "names": ([r[3] for r in rules], pa_.list_(text)),
        },
    )
    add(
        "orgwork_met_by",
        {"duty": ([m[0] for m in _MET_BY], text), "entry": ([m[1] for m in _MET_BY], text)},
    )


def _extra_columns(con: _duckdb.DuckDBPyConnection) -> list[str]:
    cols = [str(r[0]) for r in con.execute('DESCRIBE "orgwork_members"').fetchall()]
    return [c for c in cols if c not in _TABLES["members"][0] and c != "ord" and c not in _OWN]


def _listed(inner: str, extra: list[str], more: str = "") -> str:
    """The duties of ``inner`` as listed: id, rule and limit (the parameters that set it) from
    the kind, then ``more`` and the members' other columns."""
    rest = "".join(f', x."{c}"' for c in extra)
    return (
        "SELECT x.kind || ':' || x.who || ':' || CASE WHEN x.kind IN "
        "('hardship_visit', 'hardship_contact', 'routine_visit') THEN strftime(x.key, '%Y-%m') "
        "ELSE strftime(x.key, '%Y-%m-%d') END AS id, x.kind, r.rule, x.organization, "
        "x.member, x.start, x.due, x.visits, x.contact, "
        f"CASE WHEN x.limited THEN r.names ELSE []::VARCHAR[] END AS limit{more}{rest} "
        f"FROM ({inner}) AS x JOIN orgwork_rules AS r "
        "ON r.kind = x.kind AND r.festival IS NOT DISTINCT FROM x.festival"
    )


def _duty_rows(
    con: _duckdb.DuckDBPyConnection, extra: list[str], end: _dt.date, policy: Policy
) -> pa.Table:
    order = "due, organization, " + _kind_order() + ", coalesce(member, ''), start, id"
    listed = _listed("SELECT * FROM orgwork_duties", extra)
    return con.sql(f"SELECT * FROM ({listed}) ORDER BY {order}").to_arrow_table()


def _kind_order() -> str:
    cases = " ".join(f"WHEN '{k.value}' THEN {i}" for i, k in enumerate(DutyKind))
    return f"CASE kind {cases} END"


def _several(end: _dt.date, policy: Policy) -> None:
    ctx = RuleContext(check_care, policy, on=end)
    if not ctx.param("care.one_visit_meets_several_duties"):
        raise ValueError(
            "care.one_visit_meets_several_duties is off: each entry meets one duty, a flow "
            "over each member's history that check_care runs member by member; the columnar "
            "path reads one entry as meeting every duty whose window it falls in"
        )


_MISSED_SQL = (
    """
SELECT f.*, NOT f.limited AS referred,
       CASE WHEN f.limited THEN o.secretary END AS answerable
FROM ("""
    + _FOUND_SQL
    + """) AS f
LEFT JOIN orgwork_organizations AS o ON o.id = f.organization
WHERE f.kind = 'hardship_contact' OR f.found < f.visits
"""
)


def _missed_rows(
    con: _duckdb.DuckDBPyConnection, extra: list[str], end: _dt.date, policy: Policy
) -> pa.Table:
    _several(end, policy)
    con.execute("CREATE OR REPLACE TEMP VIEW orgwork_log AS " + _LOG_SQL)
    order = (
        "organization, year(due), month(due), due, " + _kind_order() + ", coalesce(member, ''), id"
    )
    listed = _listed(_MISSED_SQL, extra, ", x.found, x.referred, x.answerable")
    try:
        return con.sql(f"SELECT * FROM ({listed}) ORDER BY {order}").to_arrow_table()
    finally:
        con.execute("DROP VIEW IF EXISTS orgwork_log")


def _group_key(by: object) -> str:
    if not isinstance(by, str):
        raise TypeError(f"by must be a text, not {type(by).__name__}")
    if by == "all":
        return "'all'"
    if by == "month":
        return "strftime(due, '%Y-%m')"
    if by in ("organization", "kind"):
        return by
    if not COLUMN_NAME.match(by) or by in _OWN:
        raise ValueError(
            f"by must be 'all', 'organization', 'kind', 'month' or a column of the members "
            f"table, not {by!r}"
        )
    return f'CAST("{by}" AS VARCHAR)'


def _group_counts(
    con: _duckdb.DuckDBPyConnection,
    key: str,
    by: str,
    extra: list[str],
    end: _dt.date,
    policy: Policy,
) -> list[tuple[Any, ...]]:
    if by not in ("all", "month", "organization", "kind") and by not in extra:
        raise ValueError(f"by: the members table has no column {by!r}")
    _several(end, policy)
    con.execute("CREATE OR REPLACE TEMP VIEW orgwork_log AS " + _LOG_SQL)
    try:
        return con.execute(
            f"SELECT {key} AS grp, count(*) AS due, "
            "count(*) FILTER (WHERE NOT missed) AS met, count(*) FILTER (WHERE missed), "
            "count(*) FILTER (WHERE missed AND NOT limited), "
            "count(*) FILTER (WHERE missed AND limited) "
            f"FROM (SELECT *, kind = 'hardship_contact' OR found < visits AS missed "
            f"FROM ({_FOUND_SQL})) GROUP BY grp"
        ).fetchall()
    finally:
        con.execute("DROP VIEW IF EXISTS orgwork_log")


def _rates_query(key: str, by: str) -> Any:
    def query(
        con: _duckdb.DuckDBPyConnection, extra: list[str], end: _dt.date, policy: Policy
    ) -> pa.Table:
        return _rates_table(_group_counts(con, key, by, extra, end, policy), by)

    return query


def _group_name(by: str, raw: Any) -> str:
    if by == "all":
        return "all"
    return f"{by}:{'' if raw is None else raw}"


def _rates_table(counts: list[tuple[Any, ...]], by: str) -> pa.Table:
    pa_ = pyarrow(_WHAT)
    rows = sorted((_group_name(by, r[0]), *(int(x) for x in r[1:])) for r in counts)
    if by == "all" and not rows:
        rows = [("all", 0, 0, 0, 0, 0)]
    columns: dict[str, Any] = {"group": pa_.array([r[0] for r in rows], type=pa_.string())}
    for i, name in enumerate(_COUNT_NAMES, start=1):
        columns[name] = pa_.array([r[i] for r in rows], type=pa_.int64())
    return pa_.table(columns)


# -- Dask ------------------------------------------------------------------------------------


def _dask_rates(
    sources: dict[str, object],
    start: _dt.date,
    end: _dt.date,
    key: str,
    by: str,
    policy: Policy | None,
) -> pa.Table:
    """``duty_rates`` of Dask DataFrames: the kernel on each partition, the counts added up."""
    import dask.dataframe as dd
    import pandas as pd

    start, end, policy = _arguments(start, end, policy)
    given = {n: s for n, s in sources.items() if s is not None}
    if not all(is_dask(s) for s in given.values()):
        raise TypeError("duty_rates: give every table as a Dask DataFrame, or none")
    frames: list[Any] = list(given.values())
    counts = {f.npartitions for f in frames}
    if len(counts) != 1:
        raise ValueError(
            "duty_rates: the Dask DataFrames have different numbers of partitions; partition "
            "every table by county the same way"
        )
    members: Any = given["members"]
    sizes = members.groupby("id").size()
    dup = sizes[sizes > 1].compute()
    if len(dup):
        shown = ", ".join(repr(i) for i in sorted(dup.index)[:6])
        raise RecordError(f"members: duplicate member ids: {shown}")
    names = list(given)
    meta = pd.DataFrame(
        {"grp": pd.Series(dtype="object"), **{n: pd.Series(dtype="int64") for n in _COUNT_NAMES}}
    )

    def partition(*parts: Any) -> Any:
        return _partition_counts(dict(zip(names, parts, strict=True)), start, end, key, by, policy)

    parts = dd.map_partitions(  # type: ignore[no-untyped-call]
        partition, *frames, meta=meta, align_dataframes=False, enforce_metadata=False
    ).compute()
    summed = parts.groupby("grp", sort=False, dropna=False).sum()
    counts_ = [
        (g, *(int(v) for v in row)) for g, row in zip(summed.index, summed.to_numpy(), strict=True)
    ]
    if by == "all":
        counts_ = (
            [("all", *(sum(int(r[i]) for r in counts_) for i in range(1, 6)))] if counts_ else []
        )
    return _rates_table(counts_, by)


def _partition_counts(
    frames: dict[str, Any],
    start: _dt.date,
    end: _dt.date,
    key: str,
    by: str,
    policy: Policy,
) -> Any:
    import pandas as pd

    def query(
        con: _duckdb.DuckDBPyConnection, extra: list[str], end_: _dt.date, policy_: Policy
    ) -> list[tuple[Any, ...]]:
        return _group_counts(con, key, by, extra, end_, policy_)

    db, _ = connect(None, _WHAT)
    try:
        counts = _kernel(db, frames, start, end, policy, query)
    finally:
        db.close()
    out = pd.DataFrame(counts, columns=["grp", *_COUNT_NAMES])
    return out.astype(dict.fromkeys(_COUNT_NAMES, "int64") | {"grp": "object"})

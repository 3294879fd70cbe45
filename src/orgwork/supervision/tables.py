"""来信来访台账(全省/全国) — letters and visits at national scale, as tables.

The per-record path ([`case_status`][orgwork.supervision.case_status],
[`case_summary`][orgwork.supervision.case_summary]) explains every case; a
province with millions of letters a year needs the same answers as tables. This
module gives them:

- [`case_states`][orgwork.supervision.tables.case_states]: each case's due date
  and status on a day;
- [`case_rates`][orgwork.supervision.tables.case_rates]: the counts and the
  on-time rate of each group (all, per handler, per month, or per any column
  such as ``county``);
- [`overdue_cases`][orgwork.supervision.tables.overdue_cases]: the overdue list.

They give what the per-record path gives, case for case and count for count
(property-tested on strategy data). The table is read by DuckDB, in the
process, from a pyarrow Table, a pandas DataFrame, a DuckDB relation or Parquet
files, and spills to disk when it outgrows memory; a Dask DataFrame runs the
same kernel on each partition (partition by county) on a Dask cluster, and the
counts are added up. What a rule decides once per day is decided in Python by
the per-record functions: each distinct day of receipt gets its due date from
[`reply_deadline`][orgwork.supervision.reply_deadline] and its extension limit
from the policy in force that day, with the official calendar's 调休 and dated
policy changes, so the two paths cannot drift apart on a rule.

The table's columns are the [`Case`][orgwork.supervision.Case] fields: ``id``
and ``received_on`` are required; ``replied_on``, ``handler``,
``extended_until``, ``transferred_to``, ``transferred_on`` and
``not_accepted_reason`` (and ``assigned_on``, ``extension_approved_by``,
``extension_reason``, checked when present) may be absent, meaning empty. Other
columns (``county``, ``channel``) are carried along and may be grouped by.
Dates are DATE columns, timestamps (their date is used) or ISO text. Every row
is checked as the model checks a case (a reply before receipt, a transfer
without its date, both an extension and a transfer, a duplicate id): a table
with any such row is a [`RecordError`][orgwork.errors.RecordError] naming the
first ids and how many rows, and nothing is counted. Ids are compared as
given: normalise them (``orgwork.ids``) when the table is built if they come
from hand-typed sources.

Needs the ``duckdb`` extra (``pip install "orgwork[duckdb]"``), and the
``dask`` extra for Dask DataFrames.

>>> import datetime as dt, pyarrow as pa
>>> t = pa.table({"id": ["A", "B"], "received_on": [dt.date(2025, 3, 3)] * 2,
...               "replied_on": [dt.date(2025, 3, 10), None]})
>>> r = case_rates(t, on=dt.date(2025, 6, 30)).to_pylist()[0]
>>> r["group"], r["answered_on_time"], r["overdue"], r["rated"]
('all', 1, 1, 2)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from orgwork._args import as_date, as_field, as_models
from orgwork._engine import COLUMN_NAME, connect, duckdb, is_dask, pyarrow, quote, register
from orgwork.calendar import Calendar, checked_calendar
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.policy import Policy, checked_policy
from orgwork.supervision._cases import Case, _day, _extended_due

if TYPE_CHECKING:
    import duckdb as _duckdb
    import pyarrow as pa

__all__ = ["case_rates", "case_states", "cases_table", "overdue_cases"]


#: The columns of a case table: (name, type). The first two are required.
_COLUMNS = {
    "id": "VARCHAR",
    "received_on": "DATE",
    "replied_on": "DATE",
    "handler": "VARCHAR",
    "assigned_on": "DATE",
    "extended_until": "DATE",
    "extension_approved_by": "VARCHAR",
    "extension_reason": "VARCHAR",
    "transferred_to": "VARCHAR",
    "transferred_on": "DATE",
    "not_accepted_reason": "VARCHAR",
}
_REQUIRED = ("id", "received_on")

#: Each check a case model makes, as a condition on a row that fails it, with its message.
_ROW_CHECKS = (
    ("id IS NULL OR id = ''", "id is empty"),
    ("received_on IS NULL", "received_on is empty"),
    ("handler = ''", "handler is an empty text"),
    ("replied_on < received_on", "replied_on is before received_on"),
    ("assigned_on < received_on", "assigned_on is before received_on"),
    ("assigned_on IS NOT NULL AND handler IS NULL", "assigned_on is set but handler is not"),
    ("extended_until < received_on", "extended_until is before received_on"),
    ("transferred_on < received_on", "transferred_on is before received_on"),
    (
        "(transferred_to IS NULL) <> (transferred_on IS NULL)",
        "a transfer (转送/交办) needs both transferred_to and transferred_on",
    ),
    (
        "(extended_until IS NOT NULL)::INT + (transferred_on IS NOT NULL)::INT"
        " + (not_accepted_reason IS NOT NULL)::INT > 1",
        "a case is extended, transferred or not accepted: only one of them",
    ),
)
#: Checked only when the table has the extension's approval columns.
_EXTENSION_CHECK = (
    "(extended_until IS NULL) <> (extension_approved_by IS NULL)"
    " OR (extended_until IS NULL) <> (extension_reason IS NULL)",
    "an extension (延期) needs extended_until, extension_approved_by and extension_reason",
)

_STATES_SQL = """
SELECT c.*,
       d.limit_days,
       d.provisional,
       CASE WHEN c.extended_until IS NULL OR c.extended_until <= d.due0 THEN d.due0
            WHEN d.cap IS NOT NULL AND c.extended_until > d.cap THEN d.cap
            ELSE c.extended_until END AS due
FROM (SELECT * FROM orgwork_cases WHERE received_on <= $on) AS c
JOIN orgwork_days AS d ON c.received_on = d.day
"""

_STATUS_SQL = """
SELECT *,
  CASE
    WHEN transferred_to IS NOT NULL AND transferred_on IS NOT NULL AND transferred_on <= $on
      THEN CASE WHEN transferred_on <= due THEN 'transferred' ELSE 'answered_late' END
    WHEN not_accepted_reason IS NOT NULL AND replied_on <= $on
      THEN CASE WHEN replied_on <= due THEN 'not_accepted' ELSE 'answered_late' END
    WHEN replied_on <= $on
      THEN CASE WHEN replied_on <= due THEN 'answered_on_time' ELSE 'answered_late' END
    WHEN $on <= due THEN 'open'
    ELSE 'overdue'
  END AS status,
  CASE WHEN replied_on <= $on THEN replied_on END AS known_reply,
  extended_until IS NOT NULL AS extended,
  ($deputy IS NOT NULL AND handler IS NOT NULL AND handler <> $deputy) AS other_handler
FROM orgwork_due
"""

_COUNTS = """
  count(*) AS received,
  count(*) FILTER (WHERE status = 'open') AS open,
  count(*) FILTER (WHERE status = 'answered_on_time') AS answered_on_time,
  count(*) FILTER (WHERE status = 'answered_late') AS answered_late,
  count(*) FILTER (WHERE status = 'overdue') AS overdue,
  count(*) FILTER (WHERE extended) AS extended,
  count(*) FILTER (WHERE status = 'transferred') AS transferred,
  count(*) FILTER (WHERE status = 'not_accepted') AS not_accepted,
  count(*) FILTER (WHERE other_handler) AS other_handler
"""
_COUNT_NAMES = (
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


def cases_table(cases: Iterable[Case]) -> pa.Table:
    """The cases as a pyarrow Table with the columns this module reads (one row a case).

    >>> import datetime as dt
    >>> cases_table([Case(id="A", received_on=dt.date(2025, 3, 3))]).column_names[:3]
    ['id', 'received_on', 'replied_on']
    """
    pa_ = pyarrow("cases_table")
    rows = as_models(Case, cases, "cases")
    columns: dict[str, Any] = {}
    for name, kind in _COLUMNS.items():
        values = [getattr(c, name) for c in rows]
        columns[name] = pa_.array(values, type=pa_.date32() if kind == "DATE" else pa_.string())
    columns["channel"] = pa_.array([c.channel.value for c in rows], type=pa_.string())
    return pa_.table(columns)


def case_states(
    cases: object,
    *,
    on: dt.date,
    deputy_head: str | None = None,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
    con: _duckdb.DuckDBPyConnection | None = None,
) -> pa.Table:
    """来信来访办理状态(表) — each case received by ``on``, with its due date and status on ``on``.

    The columns of the table, then ``limit_days`` (the reply limit in force on
    the day of receipt), ``provisional`` (the due date was counted on an
    estimated year of the calendar), ``due``, ``status`` (a
    [`CaseStatus`][orgwork.supervision.CaseStatus] value), ``known_reply``
    (the reply, if dated by ``on``), ``extended`` and ``other_handler`` (handled
    by someone other than ``deputy_head``). Ordered by ``received_on``, then
    ``id``. Row for row what [`case_status`][orgwork.supervision.case_status]
    decides. ``con`` is a DuckDB connection to run on (for its memory limit,
    threads and spill folder); by default a new in-memory one.
    """
    return _run(cases, on, deputy_head, policy, calendar, con, _states_query)


def case_rates(
    cases: object,
    *,
    on: dt.date,
    by: str = "all",
    deputy_head: str | None = None,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
    con: _duckdb.DuckDBPyConnection | None = None,
) -> pa.Table:
    """按期答复率(表) — the counts and on-time rate of each group of the cases received by ``on``.

    ``by`` is ``"all"``, ``"handler"``, ``"month"`` (of receipt) or the name
    of a column of the table (``"county"``). One row a group: ``group``
    (``"all"``, ``"handler:<name>"`` then ``"unassigned"``, ``"month:YYYY-MM"``,
    or ``"<column>:<value>"``, in that order), the counts of
    [`CaseSummary`][orgwork.supervision.CaseSummary] (``received``, ``open``,
    ``answered_on_time``, ``answered_late``, ``overdue``, ``extended``,
    ``transferred``, ``not_accepted``, ``other_handler``), ``rated`` (the
    rate's denominator: on time + late + overdue; the rate is
    ``answered_on_time / rated``, exact, and undefined when ``rated`` is 0),
    ``outcome`` (``overdue``, ``late``, ``on_time`` or ``none_due``) and
    ``provisional`` (any case's due date counted on an estimated year). With
    ``by="all"`` there is one row even for no cases. The same figures as
    [`case_summary`][orgwork.supervision.case_summary]. A Dask DataFrame is
    counted partition by partition on its cluster.
    """
    key = _group_key(by)
    if is_dask(cases):
        return _dask_rates(cases, on, key, by, deputy_head, policy, calendar)
    return _run(cases, on, deputy_head, policy, calendar, con, _rates_query(key, by))


def overdue_cases(
    cases: object,
    *,
    on: dt.date,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
    con: _duckdb.DuckDBPyConnection | None = None,
) -> pa.Table:
    """超期未答复清单(表) — the cases not answered and past their due date on ``on``.

    Columns ``id``, ``handler``, ``received_on``, ``due`` and the table's other
    columns, ordered by due date, then id (as
    [`CaseSummary.overdue_cases`][orgwork.supervision.CaseSummary]).
    """
    return _run(cases, on, None, policy, calendar, con, _overdue_query)


# -- the kernel ------------------------------------------------------------------------------


def _states_query(con: _duckdb.DuckDBPyConnection) -> pa.Table:
    return con.sql("SELECT * FROM orgwork_states ORDER BY received_on, id").to_arrow_table()


def _overdue_query(con: _duckdb.DuckDBPyConnection) -> pa.Table:
    keep = [
        c for c in _view_columns(con, "orgwork_cases") if c not in ("id", "handler", "received_on")
    ]
    shown = ", ".join(f'"{c}"' for c in keep if c not in _COLUMNS)
    rest = f", {shown}" if shown else ""
    sql = (
        f"SELECT id, handler, received_on, due{rest} FROM orgwork_states "
        "WHERE status = 'overdue' ORDER BY due, id"
    )
    return con.sql(sql).to_arrow_table()


def _rates_query(key: str, by: str) -> Any:
    def query(con: _duckdb.DuckDBPyConnection) -> pa.Table:
        counts, provisional = _group_counts(con, key, by)
        return _rates_table(counts, provisional, by)

    return query


def _group_counts(
    con: _duckdb.DuckDBPyConnection, key: str, by: str
) -> tuple[list[tuple[Any, ...]], bool]:
    """(group name, *counts) per group, and whether any due date was provisional.

    The engine groups by the raw key (a handler, a month number, a column's value); the
    few group names are made here."""
    _check_group_column(con, by)
    rows = con.execute(
        f"SELECT {key} AS grp, {_COUNTS}, coalesce(bool_or(provisional), false) "
        "FROM orgwork_states GROUP BY grp"
    ).fetchall()
    counts = [(_group_name(by, r[0]), *r[1:-1]) for r in rows]
    return counts, any(bool(r[-1]) for r in rows)


def _group_name(by: str, raw: Any) -> str:
    """The per-record path's name of a group (`case_summary`'s subject) from its raw key."""
    if by == "all":
        return "all"
    if by == "handler":
        return "unassigned" if raw is None else f"handler:{raw}"
    if by == "month":
        return f"month:{raw // 100:04d}-{raw % 100:02d}"
    return f"{by}:{raw}"


def _rates_table(counts: list[tuple[Any, ...]], provisional: bool, by: str) -> pa.Table:
    """The rows of ``case_rates`` from (group, *counts) tuples, in the per-record path's order."""
    pa_ = pyarrow("case_rates")
    rows = {
        str(r[0]): dict(zip(_COUNT_NAMES, (int(v) for v in r[1:]), strict=True)) for r in counts
    }
    if by == "all" and not rows:
        rows["all"] = dict.fromkeys(_COUNT_NAMES, 0)
    out: list[dict[str, Any]] = []
    for group in sorted(rows, key=lambda g: (g == "unassigned", g)):
        r = rows[group]
        rated = r["answered_on_time"] + r["answered_late"] + r["overdue"]
        if r["overdue"]:
            outcome = "overdue"
        elif r["answered_late"]:
            outcome = "late"
        elif r["answered_on_time"]:
            outcome = "on_time"
        else:
            outcome = "none_due"
        out.append(
            {"group": group, **r, "rated": rated, "outcome": outcome, "provisional": provisional}
        )
    schema = pa_.schema(
        [("group", pa_.string())]
        + [(n, pa_.int64()) for n in (*_COUNT_NAMES, "rated")]
        + [("outcome", pa_.string()), ("provisional", pa_.bool_())]
    )
    return pa_.Table.from_pylist(out, schema=schema)


def _group_key(by: object) -> str:
    """The SQL of a case's raw group key (see `_group_name`)."""
    if not isinstance(by, str):
        raise TypeError(f"by must be a str, not {type(by).__name__}")
    if by == "all":
        return "0"
    if by == "handler":
        return "handler"
    if by == "month":
        return "year(received_on) * 100 + month(received_on)"
    if not COLUMN_NAME.match(by) or by in _COLUMNS:
        raise ValueError(
            f"by must be 'all', 'handler', 'month' or the name of another column, not {by!r}"
        )
    return f'CAST("{by}" AS VARCHAR)'


def _check_group_column(con: _duckdb.DuckDBPyConnection, by: str) -> None:
    """A RecordError when ``by`` names a column the table lacks, or leaves a case without a group."""
    if by in ("all", "handler", "month"):
        return
    if by not in _view_columns(con, "orgwork_cases"):
        raise RecordError(f"cases: no column {by!r} to group by")
    empty = con.execute(f'SELECT count(*) FROM orgwork_states WHERE "{by}" IS NULL').fetchall()[0]
    if empty and empty[0]:
        raise RecordError(f"cases: {empty[0]} row(s) have no {by!r} to group by")


def _view_columns(con: _duckdb.DuckDBPyConnection, name: str) -> list[str]:
    return [str(r[0]) for r in con.execute(f'DESCRIBE "{name}"').fetchall()]


def _arguments(
    on: dt.date, deputy_head: str | None, policy: Policy | None, calendar: Calendar | None
) -> tuple[dt.date, str | None, Policy, Calendar]:
    """The arguments every path checks, each refused by name."""
    return (
        as_date(on, "on"),
        as_field(Id | None, deputy_head, "deputy_head"),
        checked_policy(policy),
        checked_calendar(calendar),
    )


def _run(
    cases: object,
    on: dt.date,
    deputy_head: str | None,
    policy: Policy | None,
    calendar: Calendar | None,
    con: _duckdb.DuckDBPyConnection | None,
    query: Any,
) -> pa.Table:
    on, deputy_head, policy, calendar = _arguments(on, deputy_head, policy, calendar)
    if is_dask(cases):
        raise TypeError(
            "a Dask DataFrame is counted by case_rates; for states or overdue lists, run "
            "this function on each partition (ddf.map_partitions) or on the computed frame"
        )
    db, own = connect(con, "the columnar letters path")
    try:
        return _kernel(db, cases, on, deputy_head, policy, calendar, query)
    finally:
        if own:
            db.close()


def _kernel(
    con: _duckdb.DuckDBPyConnection,
    cases: object,
    on: dt.date,
    deputy_head: str | None,
    policy: Policy | None,
    calendar: Calendar | None,
    query: Any,
) -> pa.Table:
    db = duckdb("the columnar letters path")
    register(con, "orgwork_source", cases, "cases")
    _normalise(con)
    _check_rows(con)
    days = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT received_on FROM orgwork_cases WHERE received_on <= $on", {"on": on}
        ).fetchall()
    ]
    pa_ = pyarrow("the columnar letters path")
    terms = [_day_terms(d, policy, calendar) for d in days]
    table = pa_.table(
        {
            "day": pa_.array(days, type=pa_.date32()),
            "due0": pa_.array([t[0] for t in terms], type=pa_.date32()),
            "cap": pa_.array([t[1] for t in terms], type=pa_.date32()),
            "limit_days": pa_.array([t[2] for t in terms], type=pa_.int64()),
            "provisional": pa_.array([t[3] for t in terms], type=pa_.bool_()),
        }
    )
    con.register("orgwork_days", table)
    day = f"DATE '{on.isoformat()}'"
    deputy = "NULL" if deputy_head is None else quote(deputy_head)
    try:
        con.execute("CREATE OR REPLACE TEMP VIEW orgwork_due AS " + _STATES_SQL.replace("$on", day))
        con.execute(
            "CREATE OR REPLACE TEMP VIEW orgwork_states AS "
            + _STATUS_SQL.replace("$on", day).replace("$deputy", deputy)
        )
        return query(con)
    except db.Error as exc:  # pragma: no cover - a query of ours that DuckDB refuses
        raise RecordError(f"cases: {exc}") from None
    finally:
        for view in ("orgwork_states", "orgwork_due", "orgwork_cases", "orgwork_source"):
            con.execute(f'DROP VIEW IF EXISTS "{view}"')
        con.unregister("orgwork_days")


def _normalise(con: _duckdb.DuckDBPyConnection) -> None:
    """The view ``orgwork_cases``: the source with every case column, typed (absent: NULL)."""
    db = duckdb("the columnar letters path")
    present = _view_columns(con, "orgwork_source")
    for name in _REQUIRED:
        if name not in present:
            raise RecordError(f"cases: no column {name!r}")
    parts = []
    for name, kind in _COLUMNS.items():
        parts.append(
            f'CAST("{name}" AS {kind}) AS "{name}"'
            if name in present
            else f'CAST(NULL AS {kind}) AS "{name}"'
        )
    extra = [f'"{c}"' for c in present if c not in _COLUMNS]
    con.execute(
        "CREATE OR REPLACE TEMP VIEW orgwork_cases AS SELECT "
        + ", ".join(parts + extra)
        + " FROM orgwork_source"
    )
    try:
        con.execute("SELECT count(*) FROM orgwork_cases").fetchall()[0]
    except db.Error as exc:
        first = str(exc).splitlines()[0]
        raise RecordError(f"cases: a column holds values of the wrong kind ({first})") from None


def _check_rows(con: _duckdb.DuckDBPyConnection) -> None:
    """A RecordError naming the first rows that are not valid cases, and duplicate ids."""
    present = set(_view_columns(con, "orgwork_source"))
    checks = list(_ROW_CHECKS)
    if {"extension_approved_by", "extension_reason"} <= present:
        checks.append(_EXTENSION_CHECK)
    where = " OR ".join(f"({c})" for c, _ in checks)
    cases = ", ".join(f"CASE WHEN {c} THEN {quote(m)} END" for c, m in checks)
    bad = con.execute(
        f"SELECT id, concat_ws('; ', {cases}) FROM orgwork_cases WHERE {where} LIMIT 5"
    ).fetchall()
    if bad:
        n = con.execute(f"SELECT count(*) FROM orgwork_cases WHERE {where}").fetchall()[0]
        shown = "; ".join(f"case {r[0]!r}: {r[1]}" for r in bad)
        total = n[0] if n else len(bad)
        raise RecordError(f"cases: {total} row(s) are not valid cases: {shown}")
    dup = con.execute(
        "SELECT id FROM orgwork_cases GROUP BY id HAVING count(*) > 1 ORDER BY id LIMIT 6"
    ).fetchall()
    if dup:
        raise RecordError("duplicate case ids: " + ", ".join(repr(r[0]) for r in dup))


def _day_terms(
    day: dt.date, policy: Policy | None, calendar: Calendar | None
) -> tuple[dt.date, dt.date | None, int, bool]:
    """What a case's rule decides from its day of receipt alone: the due date, the latest an
    extension may reach (None: no limit), the reply limit in days, and whether provisional.

    Decided by the per-record path's own functions: ``case_summary``'s per-day terms
    (`_day`), and the extension limit as `_extended_due` sets it for an extension
    reaching the last representable day (no limit leaves it there)."""
    terms = _day(day, policy, calendar)
    endless = Case(
        id="extension",
        received_on=day,
        extended_until=dt.date.max,
        extension_approved_by="extension",
        extension_reason="the latest an extension may reach",
    )
    until = _extended_due(endless, terms.due, terms.params.__getitem__, [])
    return terms.due, None if until == dt.date.max else until, terms.limit, terms.provisional


# -- Dask ------------------------------------------------------------------------------------


def _dask_rates(
    ddf: Any,
    on: dt.date,
    key: str,
    by: str,
    deputy_head: str | None,
    policy: Policy | None,
    calendar: Calendar | None,
) -> pa.Table:
    """``case_rates`` of a Dask DataFrame: the kernel on each partition, the counts added up."""
    import pandas as pd

    on, deputy_head, policy, calendar = _arguments(on, deputy_head, policy, calendar)
    if "id" in ddf.columns:
        sizes = ddf.groupby("id").size()
        dup = sizes[sizes > 1].compute()
        if len(dup):
            shown = ", ".join(repr(i) for i in sorted(dup.index)[:6])
            raise RecordError(f"duplicate case ids: {shown}")
    meta = pd.DataFrame(
        {
            "grp": pd.Series(dtype="object"),
            **{n: pd.Series(dtype="int64") for n in _COUNT_NAMES},
            "provisional": pd.Series(dtype="bool"),
        }
    )

    def partition(frame: pd.DataFrame) -> Any:
        return _partition_counts(frame, on, key, by, deputy_head, policy, calendar)

    parts = ddf.map_partitions(partition, meta=meta).compute()
    provisional = bool(parts["provisional"].any()) if len(parts) else False
    summed = parts.drop(columns="provisional").groupby("grp", sort=False).sum()
    counts = [
        (g, *(int(v) for v in row)) for g, row in zip(summed.index, summed.to_numpy(), strict=True)
    ]
    return _rates_table(counts, provisional, by)


def _partition_counts(
    frame: Any,
    on: dt.date,
    key: str,
    by: str,
    deputy_head: str | None,
    policy: Policy | None,
    calendar: Calendar | None,
) -> Any:
    """One partition's counts per group (and whether any due date was provisional)."""
    import pandas as pd

    def query(con: _duckdb.DuckDBPyConnection) -> Any:
        return _group_counts(con, key, by)

    db, _ = connect(None, "the columnar letters path")
    try:
        counts, provisional = _kernel(db, frame, on, deputy_head, policy, calendar, query)
    finally:
        db.close()
    result = pd.DataFrame(counts, columns=["grp", *_COUNT_NAMES])
    result["provisional"] = provisional
    return result.astype(dict.fromkeys(_COUNT_NAMES, "int64") | {"grp": "object"})

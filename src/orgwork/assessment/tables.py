"""村级千分制考核(全省/全国表) — a province's monthly score sheets from Arrow, pandas or Parquet.

[`evaluate_columns`][orgwork.assessment.evaluate_columns] validates, totals,
ranks and cuts a year of villages held as numpy columns. This module feeds it
the tables a province keeps:

- [`score_columns`][orgwork.assessment.tables.score_columns]: a score table
  (one row a village and month) read by DuckDB, in the process, from a pyarrow
  Table, a pandas DataFrame, a DuckDB relation or Parquet files, into
  [`ScoreColumns`][orgwork.assessment.ScoreColumns];
- [`evaluate_table`][orgwork.assessment.tables.evaluate_table]: the year's
  result as a pyarrow Table (one row a village: annual points, item points, rank,
  salary status), the same as `evaluate_columns` gives, and so as the per-record
  path gives. A Dask DataFrame partitioned by county is evaluated partition by
  partition on its cluster: a town's villages are ranked together, so every town
  lies in one partition (a town split across partitions is a
  [`RecordError`][orgwork.errors.RecordError]).

The score table's columns: ``unit``, ``town``, ``month`` and one column per item
of the scheme (its code: ``party``, ``economy``...), points as exact numbers
(DECIMAL, integers, or decimal text such as ``"83.5"``) with at most two decimal
places; a floating-point column is refused (points are never floats). A ``year``
column, when present, selects the year's rows. The adjustment table (optional):
``unit``, ``month``, ``item`` (an item's code, or empty for the total) and
``points``. Every row is checked: a missing or non-numeric value, a third decimal
place, an unknown item code is a `RecordError` naming the column and the first
rows, and nothing is evaluated; `evaluate_columns` then checks what a sheet must
hold (months, item maxima, duplicates, one town per village).

Needs the ``duckdb`` and ``fast`` extras (``pip install "orgwork[duckdb,fast]"``),
and the ``dask`` extra for Dask DataFrames.

>>> import pyarrow as pa
>>> from decimal import Decimal
>>> t = pa.table({"unit": ["A"] * 12 + ["B"] * 12, "town": ["T"] * 24,
...               "month": list(range(1, 13)) * 2,
...               "goals": [Decimal("80.5")] * 12 + [Decimal("70")] * 12})
>>> r = evaluate_table(t, year=2025).to_pylist()  # the default scheme: one item, "goals"
>>> [(x["unit"], x["points"], x["rank"], x["salary"]) for x in r]
[('A', Decimal('966.00'), 1, 'eligible'), ('B', Decimal('840.00'), 2, 'eligible')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from orgwork._args import as_field, as_year
from orgwork._engine import COLUMN_NAME, connect, duckdb, is_dask, pyarrow, register
from orgwork.assessment._batch import SALARY_STATUS, BatchResult, ScoreColumns, evaluate_columns
from orgwork.assessment._scheme import THOUSAND_POINT, PointScheme
from orgwork.errors import RecordError
from orgwork.policy import Policy, checked_policy

if TYPE_CHECKING:
    import duckdb as _duckdb
    import pyarrow as pa

__all__ = ["evaluate_table", "result_table", "score_columns"]

_WHAT = "the columnar assessment path"
_FLOATS = ("FLOAT", "DOUBLE", "REAL")


def score_columns(
    scores: object,
    *,
    year: int,
    scheme: PointScheme = THOUSAND_POINT,
    adjustments: object = None,
    con: _duckdb.DuckDBPyConnection | None = None,
) -> ScoreColumns:
    """评分表(列式) — the score table (and adjustments) of ``year`` as
    [`ScoreColumns`][orgwork.assessment.ScoreColumns]: points in whole hundredths, exactly.

    Rows are kept in the table's order. ``con`` is a DuckDB connection to run on (its
    memory limit, threads and spill folder); by default a new in-memory one.
    """
    year = as_year(year, "year")
    scheme = as_field(PointScheme, scheme, "scheme")
    db, own = connect(con, _WHAT)
    try:
        return _read(db, scores, adjustments, year, scheme)
    finally:
        if own:
            db.close()


def evaluate_table(
    scores: object,
    *,
    year: int,
    scheme: PointScheme = THOUSAND_POINT,
    adjustments: object = None,
    policy: Policy | None = None,
    con: _duckdb.DuckDBPyConnection | None = None,
) -> pa.Table:
    """年度考核结果(表) — validate, total, rank and cut the year's villages of a score table.

    One row a village, sorted by unit id: ``unit``, ``town``, ``points`` (DECIMAL with
    two places), one column per item (``<code>`` points of the year), ``rankable``,
    ``months_missing``, ``rank`` (empty when unranked) and ``salary`` (a `SALARY_STATUS`
    code: ``eligible``, ``not_eligible``, ``undecided`` (a tie at the cut, referred),
    ``not_ranked``). What [`evaluate_columns`][orgwork.assessment.evaluate_columns]
    gives (see [`result_table`][orgwork.assessment.tables.result_table]).

    A Dask DataFrame (with ``adjustments`` a Dask DataFrame of as many partitions, or
    None) is evaluated partition by partition on its cluster; each town's villages must be
    in one partition (partition by county), and a unit or a town found in two partitions
    is a `RecordError`. The rows are then sorted by unit id as on one machine.
    """
    year = as_year(year, "year")
    scheme = as_field(PointScheme, scheme, "scheme")
    policy = checked_policy(policy)
    if is_dask(scores):
        return _dask_evaluate(scores, adjustments, year, scheme, policy)
    if is_dask(adjustments):
        raise TypeError("adjustments is a Dask DataFrame: give the scores as one too")
    cols = score_columns(scores, year=year, scheme=scheme, adjustments=adjustments, con=con)
    return result_table(evaluate_columns(cols, scheme, policy=policy))


def result_table(result: BatchResult) -> pa.Table:
    """A [`BatchResult`][orgwork.assessment.BatchResult] as a pyarrow Table (one row a unit).

    Points are DECIMAL(20, 2), exact: the hundredths are the decimal's unscaled value.

    >>> from orgwork.assessment import ScoreColumns, evaluate_columns
    >>> cols = ScoreColumns(year=2025, units=["V1"] * 12, towns=["T"] * 12,
    ...                     months=list(range(1, 13)), points=[[8000]] * 12)
    >>> result_table(evaluate_columns(cols)).column("points").to_pylist()
    [Decimal('960.00')]
    """
    pa_ = pyarrow(_WHAT)
    import numpy as np

    if not isinstance(result, BatchResult):
        raise TypeError(f"result must be a BatchResult, not {type(result).__name__}")
    n = len(result)
    rank = np.asarray(result.rank, dtype=np.int64)
    columns: dict[str, Any] = {
        "unit": _ids(result.units, pa_),
        "town": _ids(result.towns, pa_),
        "points": _decimals(result.points, pa_, np),
    }
    for i, code in enumerate(result.codes):
        columns[code] = _decimals(result.item_points[:, i] if n else result.points[:0], pa_, np)
    columns["rankable"] = pa_.array(np.asarray(result.rankable, dtype=bool))
    columns["months_missing"] = pa_.array(
        np.asarray(result.missing, dtype=bool).sum(axis=1).astype(np.int64)
        if n
        else np.zeros(0, dtype=np.int64)
    )
    columns["rank"] = pa_.array(rank, mask=rank == 0)
    status = np.asarray(SALARY_STATUS, dtype=object)[np.asarray(result.salary, dtype=np.int64)]
    columns["salary"] = pa_.array(status.tolist(), type=pa_.string())
    return pa_.table(columns)


# -- reading --------------------------------------------------------------------------------


def _read(
    con: _duckdb.DuckDBPyConnection,
    scores: object,
    adjustments: object,
    year: int,
    scheme: PointScheme,
) -> ScoreColumns:
    import numpy as np

    db = duckdb(_WHAT)
    views: list[str] = []
    try:
        register(con, "orgwork_scores_source", scores, "scores")
        views.append("orgwork_scores_source")
        types = _types(con, "orgwork_scores_source")
        codes = list(scheme.codes)
        for col in ("unit", "town", "month", *codes):
            if col not in types:
                raise RecordError(f"scores: no column {col!r}")
        where = f'WHERE "year" = {year}' if "year" in types else ""
        exact = [_hundredths(code, types[code], "scores") for code in codes]
        sql = (
            f'SELECT "unit", "town", "month", {", ".join(exact)} FROM orgwork_scores_source {where}'
        )
        frame = _fetch(con, sql, "scores", db)
        _no_empty(frame, ["unit", "town", "month", *codes], "scores", np)
        n = len(frame["month"])
        points = (
            np.column_stack([frame[c] for c in codes]).astype(np.int64)
            if n
            else np.zeros((0, len(codes)), dtype=np.int64)
        )
        adj: dict[str, Any] = {}
        if adjustments is not None:
            adj = _read_adjustments(con, adjustments, year, codes, db, views, np)
        return ScoreColumns(
            year=year,
            units=_id_array(frame["unit"], np),
            towns=_id_array(frame["town"], np),
            months=np.asarray(frame["month"], dtype=np.int64),
            points=points,
            **adj,
        )
    finally:
        for view in views:
            con.execute(f'DROP VIEW IF EXISTS "{view}"')


def _read_adjustments(
    con: _duckdb.DuckDBPyConnection,
    adjustments: object,
    year: int,
    codes: list[str],
    db: Any,
    views: list[str],
    np: Any,
) -> dict[str, Any]:
    register(con, "orgwork_adjustments_source", adjustments, "adjustments")
    views.append("orgwork_adjustments_source")
    types = _types(con, "orgwork_adjustments_source")
    for col in ("unit", "month", "points"):
        if col not in types:
            raise RecordError(f"adjustments: no column {col!r}")
    item = '"item"' if "item" in types else "NULL::VARCHAR"
    where = f'WHERE "year" = {year}' if "year" in types else ""
    sql = (
        f'SELECT "unit", "month", CAST({item} AS VARCHAR) AS item, '
        f"{_hundredths('points', types['points'], 'adjustments')} "
        f"FROM orgwork_adjustments_source {where}"
    )
    frame = _fetch(con, sql, "adjustments", db)
    _no_empty(frame, ["unit", "month", "points"], "adjustments", np)
    index = {c: i for i, c in enumerate(codes)}
    raw = frame["item"]
    empty = np.ma.getmaskarray(raw) if np.ma.isMaskedArray(raw) else np.zeros(len(raw), bool)
    data = np.ma.getdata(raw)
    items = [None if gone else data[i] for i, gone in enumerate(empty.tolist())]
    unknown = [i for i, v in enumerate(items) if v is not None and v != "" and str(v) not in index]
    if unknown:
        first = ", ".join(f"row {i + 1} ({items[i]!r})" for i in unknown[:5])
        raise RecordError(
            f"adjustments: item: {len(unknown)} row(s) name no item of the scheme "
            f"({', '.join(codes)}): {first}"
        )
    return {
        "adj_units": _id_array(frame["unit"], np),
        "adj_months": np.asarray(frame["month"], dtype=np.int64),
        "adj_items": np.asarray(
            [-1 if v is None or v == "" else index[str(v)] for v in items], dtype=np.int64
        ),
        "adj_points": np.asarray(frame["points"], dtype=np.int64),
    }


def _types(con: _duckdb.DuckDBPyConnection, view: str) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in con.execute(f'DESCRIBE "{view}"').fetchall()}


def _hundredths(col: str, kind: str, table: str) -> str:
    """``col`` as whole hundredths (BIGINT), exactly; NULL for a value with a third decimal
    place (reported by `_no_empty`'s caller as not exact)."""
    if not COLUMN_NAME.match(col):
        raise RecordError(f"{table}: {col!r} is not a column name this path can read")
    if kind.upper().startswith(_FLOATS):
        raise RecordError(
            f"{table}: column {col!r} holds floating-point numbers ({kind}); points must be "
            "exact: DECIMAL, integers or decimal text"
        )
    scaled = f'CAST("{col}" AS DECIMAL(38, 10)) * 100'
    return (
        f"CASE WHEN {scaled} = round({scaled}) THEN CAST({scaled} AS BIGINT) "
        f'WHEN "{col}" IS NOT NULL THEN -9223372036854775807 - 1 END AS "{col}"'
    )


def _fetch(con: _duckdb.DuckDBPyConnection, sql: str, table: str, db: Any) -> dict[str, Any]:
    try:
        return dict(con.execute(sql).fetchnumpy())
    except db.Error as exc:
        first = str(exc).splitlines()[0]
        raise RecordError(f"{table}: a column holds values of the wrong kind ({first})") from None


_NOT_EXACT = -(2**63)


def _no_empty(frame: dict[str, Any], columns: list[str], table: str, np: Any) -> None:
    """RecordError naming the first rows (1-based) with an empty value or a third decimal."""
    problems = []
    for col in columns:
        values = frame[col]
        mask = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else None
        if mask is None and values.dtype == object:
            mask = np.asarray([v is None for v in values], dtype=bool)
        if mask is not None and mask.any():
            rows = np.flatnonzero(mask)
            shown = ", ".join(str(int(r) + 1) for r in rows[:5])
            problems.append(f"{col}: {len(rows)} empty value(s), rows {shown}")
        data = np.ma.getdata(values)
        if data.dtype.kind == "i" and col not in ("month",):
            inexact = data == _NOT_EXACT
            if mask is not None:
                inexact &= ~mask
            if inexact.any():
                rows = np.flatnonzero(inexact)
                shown = ", ".join(str(int(r) + 1) for r in rows[:5])
                problems.append(
                    f"{col}: {len(rows)} value(s) with more than two decimal places, rows {shown}"
                )
    if problems:
        raise RecordError(f"{table}: " + "; ".join(problems))


def _id_array(values: Any, np: Any) -> Any:
    data = np.ma.getdata(values)
    if data.dtype.kind in "iu":
        return data.astype(np.int64)
    return np.asarray(data, dtype=object)


def _ids(values: Any, pa_: Any) -> Any:
    import numpy as np

    arr = np.asarray(values)
    if arr.dtype.kind in "iu":
        return pa_.array(arr.astype(np.int64))
    return pa_.array([None if v is None else str(v) for v in arr.tolist()], type=pa_.string())


def _decimals(cents: Any, pa_: Any, np: Any) -> Any:
    """Whole hundredths as DECIMAL(20, 2): the unscaled 128-bit values, built exactly."""
    low = np.asarray(cents, dtype=np.int64)
    pairs = np.empty((len(low), 2), dtype=np.int64)
    pairs[:, 0] = low
    pairs[:, 1] = np.where(low < 0, -1, 0)  # the sign of the high 64 bits
    return pa_.Array.from_buffers(
        pa_.decimal128(20, 2), len(low), [None, pa_.py_buffer(pairs.tobytes())]
    )


# -- Dask -------------------------------------------------------------------------------------


def _dask_evaluate(
    scores: Any, adjustments: Any, year: int, scheme: PointScheme, policy: Policy
) -> pa.Table:
    """Each partition read and evaluated on its worker; the towns checked to be whole."""
    import dask.dataframe as dd
    import pandas as pd

    pa_ = pyarrow(_WHAT)
    frames = [scores] if adjustments is None else [scores, adjustments]
    if adjustments is not None and not is_dask(adjustments):
        raise TypeError("adjustments must be a Dask DataFrame like the scores, or None")
    if len({f.npartitions for f in frames}) != 1:
        raise ValueError(
            "the scores and adjustments have different numbers of partitions: partition both "
            "by county the same way"
        )
    codes = list(scheme.codes)
    meta = pd.DataFrame(
        {
            "unit": pd.Series(dtype="object"),
            "town": pd.Series(dtype="object"),
            "cents": pd.Series(dtype="int64"),
            **{f"item_{i}": pd.Series(dtype="int64") for i in range(len(codes))},
            "rankable": pd.Series(dtype="bool"),
            "months_missing": pd.Series(dtype="int64"),
            "rank": pd.Series(dtype="int64"),
            "salary": pd.Series(dtype="int64"),
            "part": pd.Series(dtype="int64"),
        }
    )

    def partition(frame: Any, adj: Any = None, partition_info: Any = None) -> Any:
        part = 0 if partition_info is None else int(partition_info["number"])
        return _partition(frame, adj, year, scheme, policy, part)

    parts = dd.map_partitions(  # type: ignore[no-untyped-call]
        partition, *frames, meta=meta, align_dataframes=False, enforce_metadata=False
    ).compute()
    for col in ("unit", "town"):
        spread = parts.groupby(col)["part"].nunique()
        split = spread[spread > 1]
        if len(split):
            shown = ", ".join(repr(v) for v in sorted(map(str, split.index))[:5])
            what = "a town's villages" if col == "town" else "a unit's months"
            raise RecordError(
                f"{what} are in more than one partition ({col} {shown}): partition the scores "
                "by county so that each town is whole"
            )
    parts = parts.sort_values("unit", kind="stable").reset_index(drop=True)
    import numpy as np

    rank = parts["rank"].to_numpy(dtype=np.int64)
    columns: dict[str, Any] = {
        "unit": _ids(parts["unit"].to_numpy(), pa_),
        "town": _ids(parts["town"].to_numpy(), pa_),
        "points": _decimals(parts["cents"].to_numpy(), pa_, np),
    }
    for i, code in enumerate(codes):
        columns[code] = _decimals(parts[f"item_{i}"].to_numpy(), pa_, np)
    columns["rankable"] = pa_.array(parts["rankable"].to_numpy(dtype=bool))
    columns["months_missing"] = pa_.array(parts["months_missing"].to_numpy(dtype=np.int64))
    columns["rank"] = pa_.array(rank, mask=rank == 0)
    status = np.asarray(SALARY_STATUS, dtype=object)[parts["salary"].to_numpy(dtype=np.int64)]
    columns["salary"] = pa_.array(status.tolist(), type=pa_.string())
    return pa_.table(columns)


def _partition(
    frame: Any, adj: Any, year: int, scheme: PointScheme, policy: Policy, part: int
) -> Any:
    import numpy as np
    import pandas as pd

    db, _ = connect(None, _WHAT)
    try:
        cols = _read(db, frame, adj, year, scheme)
    finally:
        db.close()
    r = evaluate_columns(cols, scheme, policy=policy)
    n = len(r)
    out = pd.DataFrame(
        {
            "unit": pd.Series(list(r.units), dtype="object"),
            "town": pd.Series(list(r.towns), dtype="object"),
            "cents": np.asarray(r.points, dtype=np.int64),
        }
    )
    for i in range(len(scheme.codes)):
        out[f"item_{i}"] = (
            np.asarray(r.item_points[:, i], dtype=np.int64) if n else np.zeros(0, np.int64)
        )
    out["rankable"] = np.asarray(r.rankable, dtype=bool)
    out["months_missing"] = (
        np.asarray(r.missing, dtype=bool).sum(axis=1).astype(np.int64)
        if n
        else np.zeros(0, np.int64)
    )
    out["rank"] = np.asarray(r.rank, dtype=np.int64)
    out["salary"] = np.asarray(r.salary, dtype=np.int64)
    out["part"] = part
    return out

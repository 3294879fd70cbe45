"""The columnar path: validate, aggregate, rank and cut a whole province at once (numpy).

numpy is optional (``pip install "orgwork[fast]"``) and imported only when a
function here runs. Points are whole hundredths in 64-bit integers, so the
results are exact and equal those of the per-record path
([`annual_totals`][orgwork.assessment.annual_totals], [`rank`][orgwork.assessment.rank],
[`salary_eligibility`][orgwork.assessment.salary_eligibility]); a property test checks it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from orgwork._args import as_field, as_models, as_year
from orgwork.assessment._annual import aggregation, annual_totals, assessment_day
from orgwork.assessment._exact import from_cents, to_cents
from orgwork.assessment._model import CutStatus, MonthlySheet
from orgwork.assessment._ranking import secondary_keys_needed
from orgwork.assessment._scheme import THOUSAND_POINT, PointScheme, scheme_in_force
from orgwork.decision import RuleContext
from orgwork.errors import PolicyError, RecordError
from orgwork.points import PointAdjustment
from orgwork.policy import Policy, resolve
from orgwork.policy.assessment import AssessmentPolicy, TiePolicy

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["SALARY_STATUS", "BatchResult", "ScoreColumns", "evaluate_columns"]

#: The salary status codes of `BatchResult.salary`, by code.
SALARY_STATUS: tuple[CutStatus, ...] = ("not_ranked", "eligible", "not_eligible", "undecided")

_LIMIT = 2**50  # hundredths: far above any real score, far below int64 overflow in sums

#: Below this many rows the array work runs in the calling thread: threads would cost more
#: than they save.
_PARALLEL_ROWS = 1 << 20

_T = TypeVar("_T")


def _threads(threads: int | None) -> int:
    """The thread count to use: ``threads``, or the cores this process may run on (at most 4)."""
    if threads is None:
        affinity = getattr(os, "sched_getaffinity", None)
        cores = len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)
        return max(1, min(cores, 4))
    if type(threads) is not int:
        raise TypeError(f"threads must be an int or None, not {type(threads).__name__}")
    if threads < 1:
        raise ValueError(f"threads must be at least 1, not {threads}")
    return threads


def _each(fn: Callable[[int, int], _T], n: int, threads: int, cells: int = 1) -> list[_T]:
    """``fn(lo, hi)`` over ``threads`` consecutive, non-empty slices of ``range(n)``, in order.

    ``cells`` is the number of array cells each of the ``n`` items stands for (a unit's
    12 months, say): slices are made when the work, ``n * cells``, is large enough.

    numpy releases the GIL in the loops used here (reductions, fancy-index
    reads and writes), so the slices run at the same time on as many cores.
    Each slice's result is returned; the caller combines them, so that the
    answer does not depend on the number of threads.
    """
    work = n * cells
    parts = min(threads, n, max(1, work // (_PARALLEL_ROWS // 2))) if work >= _PARALLEL_ROWS else 1
    bounds = [(n * i // parts, n * (i + 1) // parts) for i in range(parts)]
    if parts == 1:
        return [fn(0, n)]
    with ThreadPoolExecutor(parts) as pool:
        return list(pool.map(lambda b: fn(*b), bounds))


def _np() -> Any:
    try:
        import numpy
    except ModuleNotFoundError as exc:  # pragma: no cover - numpy is in the test extra
        raise ModuleNotFoundError(
            "the columnar assessment path needs numpy: pip install 'orgwork[fast]'", name="numpy"
        ) from exc
    return numpy


_INT64_MAX = 2**63 - 1


def _int_column(values: Any, name: str, np: Any) -> Any:
    """``values`` as an int64 array; [`RecordError`][orgwork.errors.RecordError] for floats, booleans and the like.

    A numpy integer array is taken as it is (the fast path); anything else
    is looked at value by value, so a float (even ``8000.0``), a boolean, a
    string, ``None`` or a ragged row is refused rather than truncated or
    coerced.
    """
    if isinstance(values, np.ndarray) and values.dtype.kind in "iu":
        if values.dtype.kind == "u" and values.size and int(values.max()) > _INT64_MAX:
            raise RecordError(f"{name}: a number too large for 64-bit hundredths")
        return values.astype(np.int64, copy=False)
    try:
        obj = np.asarray(values, dtype=object)
    except (TypeError, ValueError) as exc:
        raise RecordError(f"{name}: not a column of whole numbers ({exc})") from None
    bad = sorted(
        {
            type(x).__name__
            for x in obj.ravel()
            if isinstance(x, (bool, np.bool_)) or not isinstance(x, (int, np.integer))
        }
    )
    if bad:
        raise RecordError(
            f"{name}: whole numbers required (points in hundredths, months 1-12), "
            f"found {', '.join(bad)}"
        )
    try:
        return obj.astype(np.int64)
    except OverflowError:
        raise RecordError(f"{name}: a number too large for 64-bit hundredths") from None


def _id_column(values: Any, name: str, np: Any) -> Any:
    """``values`` as an array of ids: all strings or all whole numbers (never floats or booleans)."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "iU":
        return values
    if isinstance(values, np.ndarray) and values.dtype.kind == "u":
        return _int_column(values, name, np)
    try:
        obj = np.asarray(values, dtype=object)
    except (TypeError, ValueError) as exc:
        raise RecordError(f"{name}: not a column of ids ({exc})") from None
    flat = obj.ravel()
    kinds = {
        "str"
        if isinstance(x, str)
        else "int"
        if isinstance(x, (int, np.integer)) and not isinstance(x, (bool, np.bool_))
        else type(x).__name__
        for x in flat
    }
    if not kinds:
        return obj
    if kinds == {"str"}:
        return obj.astype(str)
    if kinds == {"int"}:
        return _int_column(obj, name, np)
    raise RecordError(
        f"{name}: ids must be all strings or all whole numbers, found {', '.join(sorted(kinds))}"
    )


def _same_id_kind(a: Any, b: Any) -> bool:
    return (a.dtype.kind == "U") == (b.dtype.kind == "U") or not (a.size and b.size)


@dataclass(frozen=True, eq=False)
class ScoreColumns:
    """评分数据(列式) — one year's scores as columns: one row per unit and month.

    ``points`` has one column per scheme item, in scheme order, in whole
    hundredths of a point (``8350`` is 83.5 points). Adjustments are
    columns too: ``adj_items`` holds the item's index, or -1 for the total.
    Unit and town ids may be strings or integers. All villages.

    Numbers must be whole: [`evaluate_columns`][orgwork.assessment.evaluate_columns] refuses a float (even
    ``8000.0``), a boolean or any other value in a number column, an id
    column mixing strings and numbers, and columns of different lengths,
    with a [`RecordError`][orgwork.errors.RecordError] naming the column (numpy
    integer arrays are taken as they are, without a look at each value).

    Examples:
        >>> cols = ScoreColumns(year=2025, units=["V1"] * 12, towns=["T"] * 12,
        ...                     months=list(range(1, 13)), points=[[8000]] * 12)
        >>> evaluate_columns(cols).records()[0]
        ('V1', 'T', Decimal('960'), 1, 'eligible')
    """

    year: int
    units: Any
    towns: Any
    months: Any
    points: Any
    adj_units: Any = ()
    adj_months: Any = ()
    adj_items: Any = ()
    adj_points: Any = ()

    @classmethod
    def from_sheets(
        cls,
        sheets: Iterable[MonthlySheet],
        scheme: PointScheme = THOUSAND_POINT,
        *,
        year: int,
        adjustments: Iterable[PointAdjustment] = (),
    ) -> ScoreColumns:
        """Columns from per-record sheets and adjustments (villages of one year).

        Examples:
            >>> s = MonthlySheet(unit="V1", town="T", year=2025, month=1, points={"goals": "83.5"})
            >>> ScoreColumns.from_sheets([s], year=2025).points.tolist()
            [[8350]]
        """
        np = _np()
        year = as_year(year, "year")
        scheme = as_field(PointScheme, scheme, "scheme")
        codes = scheme.codes
        index = {c: i for i, c in enumerate(codes)}
        units, towns, months, rows = [], [], [], []
        problems: list[str] = []
        for s in as_models(MonthlySheet, sheets, "sheets"):
            if s.year != year or s.kind != "village" or set(s.points) != set(codes):
                problems.append(
                    f"{s.unit} {s.year}-{s.month}: not a {year} village sheet with items "
                    f"{', '.join(codes)}"
                )
                continue
            units.append(s.unit)
            towns.append(s.town)
            months.append(s.month)
            row = [to_cents(s.points[c]) for c in codes]
            if max(row) > _LIMIT:
                problems.append(f"{s.unit} {s.year}-{s.month}: points too large for 64 bits")
            rows.append(row)
        adj = as_models(PointAdjustment, adjustments, "adjustments")
        for a in adj:
            if a.year != year or (a.item is not None and a.item not in index):
                problems.append(f"{a.unit} {a.year}-{a.month}: adjustment not for {year} / scheme")
            elif abs(to_cents(a.points)) > _LIMIT:
                problems.append(f"{a.unit} {a.year}-{a.month}: adjustment too large for 64 bits")
        if problems:
            raise RecordError("; ".join(problems))
        k = len(codes)
        return cls(
            year=year,
            units=np.asarray(units, dtype=object if not units else None),
            towns=np.asarray(towns, dtype=object if not towns else None),
            months=np.asarray(months, dtype=np.int64),
            points=np.asarray(rows, dtype=np.int64).reshape(len(rows), k),
            adj_units=np.asarray([a.unit for a in adj], dtype=object if not adj else None),
            adj_months=np.asarray([a.month for a in adj], dtype=np.int64),
            adj_items=np.asarray(
                [-1 if a.item is None else index[a.item] for a in adj], dtype=np.int64
            ),
            adj_points=np.asarray([to_cents(a.points) for a in adj], dtype=np.int64),
        )


@dataclass(frozen=True, eq=False)
class BatchResult:
    """批量考核结果 — per unit (sorted by unit id): annual points, rank and salary status.

    ``points`` and ``item_points`` are whole hundredths; ``rank`` is 0 for
    an unranked unit; ``salary`` holds codes into `SALARY_STATUS`.
    """

    year: int
    codes: tuple[str, ...]
    units: npt.NDArray[Any]
    towns: npt.NDArray[Any]
    points: npt.NDArray[np.int64]
    item_points: npt.NDArray[np.int64]
    rankable: npt.NDArray[np.bool_]
    missing: npt.NDArray[np.bool_]
    rank: npt.NDArray[np.int64]
    salary: npt.NDArray[np.int8]

    def __len__(self) -> int:
        return len(self.units)

    def records(self) -> list[tuple[Any, Any, Decimal, int | None, CutStatus]]:
        """One ``(unit, town, points, rank or None, salary status)`` tuple per unit.

        Examples:
            >>> cols = ScoreColumns(year=2025, units=[1, 2], towns=[9, 9], months=[1, 1],
            ...                     points=[[100], [200]])
            >>> evaluate_columns(cols).records()
            [(1, 9, Decimal('1'), None, 'not_ranked'), (2, 9, Decimal('2'), None, 'not_ranked')]
        """
        return [
            (
                _py(self.units[i]),
                _py(self.towns[i]),
                from_cents(int(self.points[i])),
                int(self.rank[i]) or None,
                SALARY_STATUS[int(self.salary[i])],
            )
            for i in range(len(self.units))
        ]


def _py(x: Any) -> Any:
    return x.item() if hasattr(x, "item") else x


def _rows(mask: Any, np: Any) -> str:
    where = np.flatnonzero(mask)
    shown = ", ".join(str(int(i)) for i in where[:5])
    more = f" and {len(where) - 5} more" if len(where) > 5 else ""
    return f"{len(where)} row(s): {shown}{more}"


def _factorize(values: Any, np: Any) -> tuple[Any, Any]:
    """The sorted distinct values and each value's index among them.

    Compact integer ids (the usual row ids of a register) take an O(n)
    path; anything else (strings, sparse 12-digit codes) is sorted.
    """
    if values.dtype.kind in "iu" and len(values):
        lo, hi = int(values.min()), int(values.max())
        span = hi - lo + 1
        if span <= 4 * len(values) + 1024:
            offset = values - lo
            seen = np.zeros(span, dtype=bool)
            seen[offset] = True
            lookup = np.cumsum(seen) - 1
            return (np.flatnonzero(seen) + lo).astype(values.dtype), lookup[offset]
    uniq, inverse = np.unique(values, return_inverse=True)
    return uniq, inverse.reshape(-1)


def _scatter(pts: Any, cell: Any, cells: int, most: int, np: Any, threads: int = 1) -> Any:
    """The ``(cells, k)`` grid with row ``cell[i]`` set to ``pts[i]`` (the rest zero); the
    points themselves when they already are that grid (read only afterwards).

    Rows are moved whole, as raw bytes; when every value fits 32 bits (the caps do) the grid
    is 32-bit, half the memory to write. Values are whole hundredths either way: the sums
    are taken in 64 bits. The cells are distinct (checked before), so slices of the rows
    are moved by ``threads`` threads at once.
    """
    k = pts.shape[1]
    if len(cell) == cells and cells and (cell == np.arange(cells)).all():
        return pts  # every cell once, in order (rows sorted by unit and month): no move at all
    kind = np.int32 if most < 2**31 else np.int64
    grid = np.zeros((cells, k), dtype=kind)
    if not len(cell) or not k:
        return grid
    raw = np.dtype((np.void, grid.itemsize * k))
    target = grid.view(raw).reshape(cells)

    def move(lo: int, hi: int) -> None:
        rows = np.ascontiguousarray(pts[lo:hi], dtype=kind)
        target[cell[lo:hi]] = rows.view(raw).reshape(hi - lo)

    _each(move, len(cell), threads)
    return grid


def _item_problems(scheme: PointScheme, pts: Any, caps: Any, m0: Any, np: Any) -> list[str]:
    problems = []
    for i, item in enumerate(scheme.items):
        col = pts[:, i]
        if (col < 0).any():
            problems.append(f"item {item.code} negative: {_rows(col < 0, np)}")
        over = col > caps[m0, i]
        if over.any():
            problems.append(f"item {item.code} above its maximum for the month: {_rows(over, np)}")
    return problems


def _caps(scheme: PointScheme, np: Any) -> Any:
    method = aggregation(scheme)
    return np.asarray(
        [[to_cents(i.monthly_cap(m, method)) for i in scheme.items] for m in range(1, 13)],
        dtype=np.int64,
    )


def evaluate_columns(
    columns: ScoreColumns,
    scheme: PointScheme = THOUSAND_POINT,
    *,
    policy: Policy | None = None,
    threads: int | None = None,
) -> BatchResult:
    """批量考核 — validate, aggregate, rank and apply the top-N salary cut to columnar data.

    The same rules as [`annual_totals`][orgwork.assessment.annual_totals],
    [`rank`][orgwork.assessment.rank] and
    [`salary_eligibility`][orgwork.assessment.salary_eligibility], with the same policy
    parameters, over arrays (villages of one year). Bad data raises
    [`RecordError`][orgwork.errors.RecordError] naming the rows (0-based) of each
    kind of problem. Explained decisions for any unit come from the
    per-record path. Only a monthly scheme (`PointScheme.cadence`)
    without bonus items is batched: another raises
    [`RecordError`][orgwork.errors.RecordError] (use the per-record path).

    A large table (a million rows or more) is checked, moved and summed by
    ``threads`` threads at once: by default as many as the cores this process
    may use, at most 4; ``threads=1`` keeps all work in the calling thread.
    The answer is the same for any number of threads.

    Raises:
        RecordError: the columns break a rule (each kind of problem with its rows).
        PolicyError: a policy parameter the columns need is wrong.
        TypeError: ``columns`` is not a `ScoreColumns`, or ``threads`` is not an int.
        ValueError: ``threads`` is less than 1.

    Examples:
        >>> cols = ScoreColumns(year=2025, units=["A", "B", "C"] * 12, towns=["T"] * 36,
        ...                     months=[m for m in range(1, 13) for _ in range(3)],
        ...                     points=[[8000], [7000], [7000]] * 12)
        >>> [r[3:] for r in evaluate_columns(cols).records()]
        [(1, 'eligible'), (2, 'eligible'), (2, 'eligible')]
    """
    np = _np()
    if not isinstance(columns, ScoreColumns):
        raise TypeError(f"columns must be a ScoreColumns, not {type(columns).__name__}")
    workers = _threads(threads)
    year = as_year(columns.year, "columns.year")
    scheme = as_field(PointScheme, scheme, "scheme")
    if scheme.cadence != "monthly" or scheme.bonus:
        raise RecordError(
            f"scheme {scheme.code} is scored {scheme.cadence}"
            f"{' with bonus items' if scheme.bonus else ''}: the columnar path takes monthly "
            "schemes without bonus items only; use annual_totals, rank and salary_eligibility"
        )
    resolved = resolve(policy, assessment_day(year))
    a = resolved.assessment
    scheme = scheme_in_force(scheme, RuleContext(annual_totals, resolved))
    keys = secondary_keys_needed(a)
    k = len(scheme.items)
    units = _id_column(columns.units, "units", np)
    towns = _id_column(columns.towns, "towns", np)
    months = _int_column(columns.months, "months", np)
    pts = _int_column(columns.points, "points", np)
    n = len(months) if months.ndim == 1 else -1
    if pts.ndim == 1 and (k == 1 or pts.size == 0) and pts.size == max(n, 0) * k:
        pts = pts.reshape(max(n, 0), k)
    if n < 0 or units.shape != (n,) or towns.shape != (n,) or pts.shape != (n, k):
        raise RecordError(
            f"columns disagree: {units.shape} units, {towns.shape} towns, {months.shape} months, "
            f"points {pts.shape} (expected one row per month row and {k} item column(s) for "
            f"scheme {scheme.code})"
        )
    problems: list[str] = []
    scored = np.zeros(13, dtype=bool)
    scored[list(a.scored_months)] = True
    bad_month = (months < 1) | (months > 12)
    bad_month |= ~scored[np.clip(months, 0, 12)]
    if bad_month.any():
        problems.append(f"month not in assessment.scored_months: {_rows(bad_month, np)}")
    m0 = np.clip(months, 1, 12) - 1
    caps = _caps(scheme, np)
    uniq, uidx = _factorize(units, np)
    nu = len(uniq)
    # each unit's town as its last row names it; the towns are then factorized per unit, not
    # per row (when no unit names two towns, the two give the same towns and indexes)
    last = np.zeros(nu, dtype=np.int64)
    last[uidx] = np.arange(len(uidx), dtype=np.int64)
    unit_town = towns[last] if nu else towns[:0]
    split = towns != unit_town[uidx]
    tuniq, town_of = _factorize(unit_town, np)
    if split.any():
        # every row of such a unit: which town is right is not ours to pick
        split_units = np.zeros(nu, dtype=bool)
        split_units[uidx[split]] = True
        problems.append(f"a unit named with more than one town: {_rows(split_units[uidx], np)}")
    cell = uidx * 12 + m0
    present = np.zeros(nu * 12, dtype=bool)

    def mark(lo: int, hi: int) -> None:
        present[cell[lo:hi]] = True

    _each(mark, len(cell), workers)
    if int(np.count_nonzero(present)) != len(cell):  # some cell was named twice
        counts = np.bincount(cell, minlength=nu * 12)
        problems.append(f"a unit and month given more than once: {_rows(counts[cell] > 1, np)}")
    if problems:
        problems.extend(_item_problems(scheme, pts, caps, m0, np))
        raise RecordError("; ".join(problems))
    # the month's item caps: every item within [0, its smallest monthly cap] is in bounds (two
    # reductions); only otherwise is each row held to its own month's cap
    if pts.size and k:
        spans = _each(lambda lo, hi: (pts[lo:hi].min(), pts[lo:hi].max(axis=0)), n, workers)
        low = min(int(s[0]) for s in spans)
        high = np.max(np.stack([s[1] for s in spans]), axis=0)
        if low < 0 or ((high > caps.min(axis=0)).any() and (pts > caps[m0]).any()):
            raise RecordError("; ".join(_item_problems(scheme, pts, caps, m0, np)))
    grid = _scatter(pts, cell, nu * 12, int(caps.max()) if caps.size else 0, np, workers)
    grid = grid.reshape(nu, 12, k)
    present = present.reshape(nu, 12)
    maxima = np.asarray([to_cents(i.maximum) for i in scheme.items], dtype=np.int64)
    year_items = None
    if aggregation(scheme) == "sum":
        year_items = _year_items(grid, np, workers)
        over_year = year_items > maxima
        if over_year.any():
            problems.append(
                f"an item's year above its maximum: {int(over_year.any(axis=1).sum())} unit(s), "
                f"first {_py(uniq[np.flatnonzero(over_year.any(axis=1))[0]])}"
            )
    unit_adj = np.zeros((nu, 12), dtype=np.int64)
    has_adj = np.asarray(columns.adj_points, dtype=object).size > 0
    if has_adj:
        au = _id_column(columns.adj_units, "adj_units", np)
        am = _int_column(columns.adj_months, "adj_months", np)
        ai = _int_column(columns.adj_items, "adj_items", np)
        ap = _int_column(columns.adj_points, "adj_points", np)
        m = len(ap) if ap.ndim == 1 else -1
        if m < 0 or any(c.shape != (m,) for c in (au, am, ai)):
            raise RecordError(
                f"adjustment columns disagree: {au.shape} adj_units, {am.shape} adj_months, "
                f"{ai.shape} adj_items, {ap.shape} adj_points (expected one value per adjustment)"
            )
        if not _same_id_kind(uniq, au):
            raise RecordError("adj_units: ids of another kind than units (strings and numbers)")
        # compare before any abs: np.abs(-2**63) overflows to -2**63 and would pass
        too_large = (ap > _LIMIT) | (ap < -_LIMIT)
        if too_large.any():
            raise RecordError(f"adj_points: adjustment too large: {_rows(too_large, np)}")
        if ap.size and max(int(ap.max()), -int(ap.min())) * len(ap) >= 2**62:
            raise RecordError("adjustments too large together for 64-bit hundredths")
        pos = np.clip(np.searchsorted(uniq, au), 0, nu - 1)
        unknown = uniq[pos] != au
        if unknown.any():
            problems.append(f"adjustment for a unit with no sheets: {_rows(unknown, np)}")
        bad_am = (am < 1) | (am > 12)
        bad_am |= ~scored[np.clip(am, 0, 12)]
        if bad_am.any():
            problems.append(f"adjustment month not scored: {_rows(bad_am, np)}")
        bad_ai = (ai < -1) | (ai >= k)
        if bad_ai.any():
            problems.append(f"adjustment item index out of range: {_rows(bad_ai, np)}")
        if problems:
            raise RecordError("; ".join(problems))
        am0 = am - 1
        on_item = ai >= 0
        # adjustments may go past 32 bits before clipping; a copy, never the caller's points
        grid = np.array(grid, dtype=np.int64)
        np.add.at(grid, (pos[on_item], am0[on_item], ai[on_item]), ap[on_item])
        np.add.at(unit_adj, (pos[~on_item], am0[~on_item]), ap[~on_item])
    if problems:
        raise RecordError("; ".join(problems))

    total = to_cents(scheme.total)
    clamped = np.zeros(nu, dtype=bool)
    if has_adj:
        before = grid
        grid = np.clip(grid, 0, caps[None, :, :])
        clamped |= (grid != before).any(axis=(1, 2))
        del before
    if has_adj or year_items is None:  # the adjustments moved the months: sum them again
        year_items = _year_items(grid, np, workers)
    item_points = year_items
    scored_idx = np.asarray(a.scored_months, dtype=np.int64) - 1
    if aggregation(scheme) == "sum":
        capped_items = np.clip(item_points, 0, maxima)
        clamped |= (capped_items != item_points).any(axis=1)
        item_points = capped_items
        raw_total = item_points.sum(axis=1) + unit_adj.sum(axis=1)
        points = np.clip(raw_total, 0, total)
        clamped |= points != raw_total
    else:
        monthly = grid.sum(axis=2, dtype=np.int64)[:, scored_idx] + unit_adj[:, scored_idx]
        capped = np.clip(monthly, 0, total)
        clamped |= (capped != monthly).any(axis=1)
        count = len(scored_idx)
        points = (2 * capped.sum(axis=1) + count) // (2 * count)
    del grid
    if a.adjustment_overflow == "reject" and clamped.any():
        raise RecordError(
            f"adjustments take {int(clamped.sum())} unit(s) outside an item's or the total's "
            f"bounds (assessment.adjustment_overflow = reject), first {_py(uniq[np.flatnonzero(clamped)[0]])}"
        )
    complete = present[:, scored_idx].all(axis=1)
    rankable = complete | (a.missing_months == "zero")

    key_cols = [_key_column(key, scheme, item_points, np) for key in keys]
    rank, salary = _rank_and_cut(points, town_of, rankable, key_cols, a, np)
    return BatchResult(
        year=year,
        codes=scheme.codes,
        units=uniq,
        towns=tuniq[town_of],
        points=points,
        item_points=item_points,
        rankable=rankable,
        missing=~present,
        rank=rank,
        salary=salary,
    )


def _year_items(grid: Any, np: Any, threads: int) -> Any:
    """Each unit's item points over its months, ``(units, k)`` in 64 bits, by slices of units."""
    nu, months, k = grid.shape
    out = np.empty((nu, k), dtype=np.int64)

    def add(lo: int, hi: int) -> None:
        np.sum(grid[lo:hi], axis=1, dtype=np.int64, out=out[lo:hi])

    if nu:
        _each(add, nu, threads, cells=months)
    return out


def _key_column(key: str, scheme: PointScheme, item_points: Any, np: Any) -> Any:
    if key in scheme.codes:
        return item_points[:, scheme.codes.index(key)]
    cols = [i for i, item in enumerate(scheme.items) if item.category == key]
    if not cols:
        raise PolicyError(
            f"assessment.tie_secondary_keys: {key!r} is neither an item code nor a category "
            f"of scheme {scheme.code}",
            parameter="assessment.tie_secondary_keys",
        )
    return item_points[:, cols].sum(axis=1)


def _runs(new: Any, np: Any) -> tuple[Any, Any]:
    """For each position, the start and (exclusive) end index of its run of equal keys."""
    idx = np.arange(len(new))
    start = np.maximum.accumulate(np.where(new, idx, 0))
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], len(new))
    end = ends[np.cumsum(new) - 1]
    return start, end


def _rank_and_cut(
    points: Any,
    town_of: Any,
    rankable: Any,
    key_cols: Sequence[Any],
    a: AssessmentPolicy,
    np: Any,
) -> tuple[Any, Any]:
    nu = len(points)
    rank = np.zeros(nu, dtype=np.int64)
    salary = np.zeros(nu, dtype=np.int8)
    ridx = np.flatnonzero(rankable)
    if len(ridx) == 0:
        return rank, salary
    t = town_of[ridx]
    v = points[ridx]
    ks = [c[ridx] for c in key_cols]
    # Sort by town, then points (high first), then each secondary key (high first). With no
    # secondary key, town and points (0..span-1) fit one 64-bit key: one stable argsort
    # gives lexsort's very order, in less than half its time.
    span = int(v.max()) + 1
    if not ks and int(v.min()) >= 0 and (int(t.max()) + 1) * span < 2**62:
        order = np.argsort(t.astype(np.int64) * span + (span - 1 - v), kind="stable")
    else:
        order = np.lexsort((*(-c for c in reversed(ks)), -v, t))
    ts, vs = t[order], v[order]
    m = len(order)
    new_town = np.ones(m, dtype=bool)
    new_town[1:] = ts[1:] != ts[:-1]
    new_grp = new_town.copy()
    new_grp[1:] |= vs[1:] != vs[:-1]
    town_start, _ = _runs(new_town, np)
    grp_start, grp_end = _runs(new_grp, np)
    rank[ridx[order]] = grp_start - town_start + 1
    n = a.salary_top_n
    if a.tie_policy is TiePolicy.SECONDARY_KEYS:
        new_ext = new_grp.copy()
        for c in ks:
            cs = c[order]
            new_ext[1:] |= cs[1:] != cs[:-1]
        lo_i, hi_i = _runs(new_ext, np)
        crossing_code = SALARY_STATUS.index(
            {"refer": "undecided", "include_all": "eligible", "exclude_all": "not_eligible"}[
                a.tie_still_tied
            ]
        )
    else:
        lo_i, hi_i = grp_start, grp_end
        crossing_code = SALARY_STATUS.index(
            {
                TiePolicy.REFER: "undecided",
                TiePolicy.INCLUDE_ALL: "eligible",
                TiePolicy.EXCLUDE_ALL: "not_eligible",
            }[a.tie_policy]
        )
    lo = lo_i - town_start
    hi = hi_i - town_start
    status = np.full(m, crossing_code, dtype=np.int8)
    status[hi <= n] = SALARY_STATUS.index("eligible")
    status[lo >= n] = SALARY_STATUS.index("not_eligible")
    salary[ridx[order]] = status
    if a.missing_sheet_cuts == "hold":  # a town with a missing sheet: its cut is held
        held = rankable & np.isin(town_of, np.unique(town_of[~rankable]))
        salary[held] = SALARY_STATUS.index("undecided")
    return rank, salary

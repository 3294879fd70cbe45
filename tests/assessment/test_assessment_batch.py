"""The columnar (numpy) path agrees with the per-record path, and rejects bad data by row."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork import strategies as ows
from orgwork.assessment import (
    THOUSAND_POINT,
    MonthlySheet,
    ScoreColumns,
    annual_totals,
    evaluate_columns,
    rank,
    salary_eligibility,
)
from orgwork.assessment._exact import from_cents
from orgwork.errors import MissingParameterError, RecordError
from orgwork.policy import Policy

np = pytest.importorskip("numpy")


@pytest.mark.rule("assessment.annual_total")
@pytest.mark.rule("assessment.rank")
@pytest.mark.rule("assessment.top_n_salary")
@given(st.data())
def test_batch_and_per_record_paths_agree(data: st.DataObject) -> None:
    scheme = data.draw(ows.point_schemes(max_items=3))
    policy = data.draw(ows.assessment_policies(scheme))
    if data.draw(st.booleans()):
        policy = policy.override({"assessment.adjustment_overflow": "reject"})
    method = scheme.in_force(policy, year=2025).aggregation
    sheets = data.draw(ows.score_years(scheme, method=method, max_towns=3, max_units=8))
    units = sorted({s.unit for s in sheets})
    adjustments = data.draw(ows.point_adjustments(scheme, units))
    try:
        totals = annual_totals(sheets, scheme, adjustments=adjustments, policy=policy)
    except RecordError:
        cols = ScoreColumns.from_sheets(sheets, scheme, year=2025, adjustments=adjustments)
        with pytest.raises(RecordError):
            evaluate_columns(cols, scheme, policy=policy)
        return
    ranks = {d.value.unit: d.value.rank for d in rank(totals)}
    salary = {d.value.unit: d.outcome for d in salary_eligibility(totals, policy=policy)}
    cols = ScoreColumns.from_sheets(sheets, scheme, year=2025, adjustments=adjustments)
    result = evaluate_columns(cols, scheme, policy=policy)
    assert len(result) == len(totals)
    by_unit = {d.value.unit: d.value for d in totals}
    for i, (unit, town, points, r, status) in enumerate(result.records()):
        t = by_unit[unit]
        assert (town, points) == (t.town, t.points)
        assert bool(result.rankable[i]) == t.rankable
        assert r == ranks[unit]
        assert status == salary[unit]
        items = {
            c: from_cents(int(v)) for c, v in zip(scheme.codes, result.item_points[i], strict=True)
        }
        assert items == t.item_points


def _columns(**kw: object) -> ScoreColumns:
    base: dict[str, object] = {
        "year": 2025,
        "units": ["A"] * 12 + ["B"] * 12,
        "towns": ["T"] * 24,
        "months": list(range(1, 13)) * 2,
        "points": [[8000]] * 12 + [[7000]] * 12,
    }
    base.update(kw)
    return ScoreColumns(**base)  # type: ignore[arg-type]


@pytest.mark.rule("assessment.annual_total")
def test_batch_worked_example() -> None:
    r = evaluate_columns(_columns())
    assert r.records() == [
        ("A", "T", Decimal(960), 1, "eligible"),
        ("B", "T", Decimal(840), 2, "eligible"),
    ]
    assert r.points.dtype == np.int64


@pytest.mark.rule("assessment.annual_total")
@pytest.mark.parametrize(
    ("kw", "message"),
    [
        (
            {"months": [*range(1, 12), 13, *range(1, 13)]},
            "month not in assessment.scored_months: 1 row",
        ),
        ({"points": [[8000]] * 11 + [[-1]] + [[7000]] * 12}, "goals negative: 1 row"),
        (
            {"points": [[100001]] + [[8000]] * 11 + [[7000]] * 12},
            "above its maximum for the month: 1 row",
        ),
        ({"points": [[9000]] * 12 + [[7000]] * 12}, "an item's year above its maximum: 1 unit"),
        ({"months": [1, *range(1, 12), *range(1, 13)]}, "more than once: 2 row"),
        ({"towns": ["T"] * 23 + ["U"]}, "more than one town: 12 row"),
        ({"points": [[8000]] * 24, "units": ["A"] * 12}, "columns disagree"),
        (
            {"adj_units": ["Z"], "adj_months": [1], "adj_items": [-1], "adj_points": [-500]},
            "adjustment for a unit with no sheets: 1 row",
        ),
        (
            {"adj_units": ["A"], "adj_months": [1], "adj_items": [3], "adj_points": [-500]},
            "adjustment item index out of range",
        ),
    ],
)
def test_batch_rejects_bad_rows_by_kind_and_row(kw: dict[str, object], message: str) -> None:
    with pytest.raises(RecordError, match=message):
        evaluate_columns(_columns(**kw))


@pytest.mark.rule("assessment.top_n_salary")
def test_batch_needs_secondary_keys_like_the_per_record_path() -> None:
    p = Policy.default().override({"assessment.tie_policy": "secondary_keys"})
    with pytest.raises(MissingParameterError):
        evaluate_columns(_columns(), policy=p)


@pytest.mark.rule("assessment.top_n_salary")
def test_batch_with_integer_ids_and_a_tie_at_fourth() -> None:
    pts = [8300, 8200, 8100, 8000, 8000, 7000]
    units = [u for u in range(6) for _ in range(12)]
    r = evaluate_columns(
        ScoreColumns(
            year=2025,
            units=units,
            towns=[7] * 72,
            months=list(range(1, 13)) * 6,
            points=[[pts[u]] for u in units],
        )
    )
    assert [rec[3:] for rec in r.records()] == [
        (1, "eligible"),
        (2, "eligible"),
        (3, "eligible"),
        (4, "undecided"),
        (4, "undecided"),
        (6, "not_eligible"),
    ]


@pytest.mark.rule("assessment.annual_total")
def test_from_sheets_refuses_sheets_it_cannot_represent() -> None:
    cadre = MonthlySheet(
        unit="张三", town="T", kind="cadre", year=2025, month=1, points={"goals": 1}
    )
    with pytest.raises(RecordError, match="not a 2025 village sheet"):
        ScoreColumns.from_sheets([cadre], THOUSAND_POINT, year=2025)
    empty = ScoreColumns.from_sheets([], THOUSAND_POINT, year=2025)
    assert len(evaluate_columns(empty)) == 0


@pytest.mark.rule("assessment.annual_total")
@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"points": [[8000.7]] * 24}, "points: whole numbers.*float"),
        ({"points": [[8000.0]] * 24}, "points: whole numbers.*float"),
        ({"points": [[True]] * 24}, "points: whole numbers.*bool"),
        ({"points": np.full((24, 1), 8000.0)}, "points: whole numbers.*float"),
        ({"points": [["8000"]] * 24}, "points: whole numbers.*str"),
        ({"points": None}, "points: whole numbers.*NoneType"),
        ({"points": [[8000]] * 23 + [[1, 2]]}, "points: whole numbers.*list"),
        ({"points": [[2**70]] * 24}, "points: .*too large"),
        ({"months": [1.5, *range(2, 13)] * 2}, "months: whole numbers.*float"),
        ({"months": [True, *range(2, 13)] * 2}, "months: whole numbers.*bool"),
        ({"points": [8000] * 23}, "columns disagree"),
        ({"months": [list(range(1, 13))] * 2}, "columns disagree"),
        ({"units": ["A"] * 12 + [1] * 12}, "units: ids must be all strings or all whole numbers"),
        ({"units": [1.5] * 12 + [2.5] * 12}, "units: ids must be all strings or all whole"),
        ({"towns": [True] * 24}, "towns: ids must be all strings or all whole numbers"),
        (
            {"adj_units": ["A", "B"], "adj_months": [1], "adj_items": [-1], "adj_points": [-500]},
            "adjustment columns disagree",
        ),
        (
            {"adj_units": ["A"], "adj_months": [1], "adj_items": [-1], "adj_points": [-500.5]},
            "adj_points: whole numbers.*float",
        ),
        (
            {"adj_units": [1], "adj_months": [1], "adj_items": [-1], "adj_points": [-500]},
            "adj_units: ids of another kind than units",
        ),
    ],
)
def test_batch_refuses_floats_bools_and_ragged_columns(kw: dict[str, object], message: str) -> None:
    with pytest.raises(RecordError, match=message):
        evaluate_columns(_columns(**kw))


@pytest.mark.rule("assessment.annual_total")
def test_batch_year_is_validated_and_empty_points_need_no_shape() -> None:
    from pydantic import ValidationError

    for year in (True, 20250, "2025"):
        with pytest.raises(ValidationError, match="year"):
            evaluate_columns(_columns(year=year))
    empty = ScoreColumns(year=2025, units=[], towns=[], months=[], points=[])
    assert len(evaluate_columns(empty)) == 0
    as_uint = _columns(points=np.asarray([[8000]] * 12 + [[7000]] * 12, dtype=np.uint32))
    assert evaluate_columns(as_uint).records() == evaluate_columns(_columns()).records()


@pytest.mark.rule("assessment.annual_total")
def test_from_sheets_refuses_points_too_large_for_64_bits() -> None:
    # A sheet cannot hold more than POINTS_LIMIT points (the model refuses it);
    # one built around the model's checks is still refused by the columnar path.
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="points must lie between"):
        MonthlySheet(unit="V1", town="T", year=2025, month=1, points={"goals": "1" + "0" * 20})
    huge = MonthlySheet.model_construct(
        unit="V1", town="T", year=2025, month=1, points={"goals": Decimal("1e20")}
    )
    with pytest.raises(RecordError, match="too large"):
        ScoreColumns.from_sheets([huge], THOUSAND_POINT, year=2025)


@pytest.mark.rule("assessment.annual_total")
def test_from_sheets_validates_year_scheme_and_records() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="year"):
        ScoreColumns.from_sheets([], THOUSAND_POINT, year=True)
    with pytest.raises(ValidationError, match="scheme"):
        ScoreColumns.from_sheets([], "thousand", year=2025)  # type: ignore[arg-type]
    with pytest.raises(RecordError, match="not a single string"):
        ScoreColumns.from_sheets("V1", THOUSAND_POINT, year=2025)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="scheme"):
        evaluate_columns(_columns(), "thousand")  # type: ignore[arg-type]


@pytest.mark.rule("assessment.annual_total")
@pytest.mark.rule("assessment.rank")
@pytest.mark.parametrize("top", [1_200, 1_000_000])
def test_the_largest_scheme_is_kept_whole_in_the_batch_path(top: int) -> None:
    # the grid of months is 32-bit when every monthly cap fits (a scheme item is at most
    # 10^6 points, 10^8 hundredths); the year's sums are taken in 64 bits
    from orgwork.assessment import PointScheme, SchemeItem
    from orgwork.decision import Text

    scheme = PointScheme(
        code="wide",
        name=Text(zh="大数", en="Wide"),
        kind="custom",
        total=top,
        items=(SchemeItem(code="a", name=Text(zh="甲", en="A"), maximum=top),),
    )
    policy = Policy.default().override({"assessment.custom_aggregation": "sum"})
    month = Decimal(top // 12) - Decimal("0.01")
    sheets = [
        MonthlySheet(unit=u, town="T", year=2025, month=m, points={"a": month - i})
        for i, u in enumerate(["A", "B"])
        for m in range(1, 13)
    ]
    totals = annual_totals(sheets, scheme, policy=policy)
    result = evaluate_columns(
        ScoreColumns.from_sheets(sheets, scheme, year=2025), scheme, policy=policy
    )
    got = {u: from_cents(int(p)) for u, p in zip(result.units, result.points, strict=True)}
    assert got == {d.value.unit: d.value.points for d in totals}
    assert got["A"] == month * 12
    assert [int(r) for r in result.rank] == [1, 2]


@pytest.mark.rule("assessment.annual_total")
def test_rows_in_unit_and_month_order_give_what_shuffled_rows_give_and_stay_untouched() -> None:
    # sorted complete rows are read in place (no scatter); the result must not depend on it,
    # and an adjustment must never write into the caller's points
    units = [u for u in ("A", "B", "C") for _ in range(12)]
    months = list(range(1, 13)) * 3
    points = np.asarray([[8000 - 100 * i] for i in range(36)], dtype=np.int64)
    kept = points.copy()
    adj = {"adj_units": ["B"], "adj_months": [3], "adj_items": [0], "adj_points": [-500]}
    in_order = evaluate_columns(
        ScoreColumns(year=2025, units=units, towns=["T"] * 36, months=months, points=points, **adj)
    )
    order = np.random.default_rng(7).permutation(36)
    shuffled = evaluate_columns(
        ScoreColumns(
            year=2025,
            units=[units[i] for i in order],
            towns=["T"] * 36,
            months=[months[i] for i in order],
            points=points[order],
            **adj,
        )
    )
    assert in_order.records() == shuffled.records()
    assert (points == kept).all()
    assert in_order.records()[1][2] == from_cents(sum(8000 - 100 * i for i in range(12, 24)) - 500)


def _outcome(cols: ScoreColumns, scheme: object, policy: Policy, threads: int) -> object:
    try:
        r = evaluate_columns(cols, scheme, policy=policy, threads=threads)  # type: ignore[arg-type]
    except RecordError as exc:
        return ("error", str(exc))
    return (
        r.records(),
        r.item_points.tolist(),
        r.missing.tolist(),
        r.rankable.tolist(),
    )


@pytest.mark.rule("assessment.annual_total")
@pytest.mark.rule("assessment.rank")
@pytest.mark.rule("assessment.top_n_salary")
@given(st.data(), st.integers(2, 5))
def test_the_answer_does_not_depend_on_the_threads(data: st.DataObject, threads: int) -> None:
    # Slices run in threads only from a million rows; here every table of two rows or more is
    # cut into slices, so that the combining of slices is what is tested.
    from unittest import mock

    import orgwork.assessment._batch as batch

    scheme = data.draw(ows.point_schemes(max_items=3))
    policy = data.draw(ows.assessment_policies(scheme))
    method = scheme.in_force(policy, year=2025).aggregation
    sheets = data.draw(ows.score_years(scheme, method=method, max_towns=3, max_units=8))
    units = sorted({s.unit for s in sheets})
    adjustments = data.draw(ows.point_adjustments(scheme, units))
    cols = ScoreColumns.from_sheets(sheets, scheme, year=2025, adjustments=adjustments)
    if data.draw(st.booleans()) and len(cols.months):  # rows out of order, or a row twice
        order = data.draw(st.permutations(range(len(cols.months))))
        if data.draw(st.booleans()):
            order = [*order, order[0]]
        cols = ScoreColumns(
            year=2025,
            units=np.asarray(cols.units)[order],
            towns=np.asarray(cols.towns)[order],
            months=np.asarray(cols.months)[order],
            points=np.asarray(cols.points)[order],
            adj_units=cols.adj_units,
            adj_months=cols.adj_months,
            adj_items=cols.adj_items,
            adj_points=cols.adj_points,
        )
    one = _outcome(cols, scheme, policy, 1)
    with mock.patch.object(batch, "_PARALLEL_ROWS", 2):
        assert _outcome(cols, scheme, policy, threads) == one


def test_threads_must_be_a_positive_int() -> None:
    with pytest.raises(TypeError, match="threads must be an int"):
        evaluate_columns(_columns(), threads=2.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="threads must be an int"):
        evaluate_columns(_columns(), threads=True)
    with pytest.raises(ValueError, match="threads must be at least 1"):
        evaluate_columns(_columns(), threads=0)
    assert (
        evaluate_columns(_columns(), threads=3).records() == evaluate_columns(_columns()).records()
    )


@pytest.mark.parametrize("bad", [-1, 10**6])
@pytest.mark.parametrize("row", [0, 23])
def test_a_point_out_of_bounds_in_any_slice_is_found(bad: int, row: int) -> None:
    from unittest import mock

    import orgwork.assessment._batch as batch

    points = np.asarray([[8000]] * 12 + [[7000]] * 12, dtype=np.int64)
    points[row, 0] = bad
    cols = _columns(points=points)
    with pytest.raises(RecordError, match=f"item [a-z_]+ .*1 row\\(s\\): {row}$") as one:
        evaluate_columns(cols, threads=1)
    with mock.patch.object(batch, "_PARALLEL_ROWS", 2), pytest.raises(RecordError) as many:
        evaluate_columns(cols, threads=4)
    assert str(many.value) == str(one.value)

"""Strategies for the assessment domain: schemes, monthly sheets, adjustments, policies."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from orgwork.assessment import (
    HUNDRED_POINT,
    THOUSAND_POINT,
    MonthlySheet,
    PointAdjustment,
    PointScheme,
    SchemeItem,
    TiePolicy,
)
from orgwork.assessment._exact import from_cents, to_cents
from orgwork.decision import Text
from orgwork.policy import Policy
from orgwork.policy.assessment import AggregationMethod

__all__ = [
    "assessment_policies",
    "hundred_point_shares",
    "monthly_sheets",
    "point_adjustments",
    "point_schemes",
    "score_years",
]

_CATEGORIES = ("党建工作", "经济发展", "民生保障", None)


def _split(draw: st.DrawFn, total: int, parts: int, *, positive: bool) -> list[int]:
    """Split ``total`` (hundredths) into ``parts`` whole-point-ish pieces that add up exactly."""
    if parts == 1:
        return [total]
    lo = 1 if positive else 0
    cuts = sorted(
        draw(
            st.lists(
                st.integers(lo, total - lo), min_size=parts - 1, max_size=parts - 1, unique=positive
            )
        )
    )
    edges = [0, *cuts, total]
    return [b - a for a, b in itertools.pairwise(edges)]


@st.composite
def _custom_scheme(draw: st.DrawFn, max_items: int) -> PointScheme:
    total_points = draw(st.sampled_from([100, 150, 1000]))
    k = draw(st.integers(1, max_items))
    step = 50 if draw(st.booleans()) else 100  # half points or whole points
    units = total_points * 100 // step
    parts = _split(draw, units, k, positive=True)
    items = []
    for i, part in enumerate(parts):
        maximum = part * step
        monthly = None
        if draw(st.booleans()):
            monthly = tuple(from_cents(c) for c in _split(draw, maximum, 12, positive=False))
        items.append(
            SchemeItem(
                code=f"i{i}",
                name=Text(zh=f"分项{i}", en=f"Item {i}"),
                category=draw(st.sampled_from(_CATEGORIES)),
                maximum=from_cents(maximum),
                monthly=monthly,
            )
        )
    return PointScheme(
        code="custom",
        name=Text(zh="某镇考核方案", en="A town's scheme"),
        total=Decimal(total_points),
        items=tuple(items),
    )


@st.composite
def hundred_point_shares(draw: st.DrawFn) -> dict[str, Decimal]:
    """Shares of the 百分制's four parts (whole or half points, each > 0) adding up to 100.

    For ``assessment.hundred_point_shares`` or ``HUNDRED_POINT.with_maxima``.
    """
    halves = _split(draw, 200, 4, positive=True)
    return {code: from_cents(h * 50) for code, h in zip(HUNDRED_POINT.codes, halves, strict=True)}


def point_schemes(max_items: int = 5) -> st.SearchStrategy[PointScheme]:
    """Valid point schemes: the two presets and custom schemes of up to ``max_items`` items.

    The 百分制 preset comes with drawn shares of its own
    (``HUNDRED_POINT.with_maxima``), so any policy can score it; the bare
    preset takes its shares from the policy (see [`assessment_policies`][orgwork.strategies.assessment_policies]).
    Custom schemes total 100, 150 or 1000 points, split into whole or half
    points, some items in a category, some with a monthly allocation.
    """
    return st.one_of(
        st.just(THOUSAND_POINT),
        hundred_point_shares().map(HUNDRED_POINT.with_maxima),
        _custom_scheme(max_items),
    )


def _method(scheme: PointScheme, method: AggregationMethod | None) -> AggregationMethod:
    """``method``, else the scheme's own aggregation, else the default policy's for its kind."""
    if method is not None:
        return method
    if scheme.aggregation is not None:
        return scheme.aggregation
    kind_default: AggregationMethod = getattr(
        Policy.default().assessment, f"{scheme.kind}_aggregation"
    )
    return kind_default


def _safe_cap(item: SchemeItem, month: int, method: AggregationMethod) -> int:
    """A per-month cap (hundredths) under which any 12 months respect the year's maximum too."""
    if method == "mean":
        return to_cents(item.maximum)
    if item.monthly is not None:
        return to_cents(item.monthly[month - 1])
    return to_cents(item.maximum) // 12


@st.composite
def monthly_sheets(
    draw: st.DrawFn,
    scheme: PointScheme = THOUSAND_POINT,
    *,
    unit: str = "V01",
    town: str = "灵乡镇",
    year: int = 2025,
    month: int | None = None,
    method: AggregationMethod | None = None,
) -> MonthlySheet:
    """A valid sheet for ``scheme``: each item's points within its cap for the month.

    ``method`` is the aggregation the sheet is made for (default: the
    scheme's own, else the default policy's for its kind). Under ``"sum"``
    an item without a monthly allocation gets at most a twelfth of its
    maximum, so that any twelve such sheets stay valid.
    """
    m = month if month is not None else draw(st.integers(1, 12))
    how = _method(scheme, method)
    points = {
        item.code: from_cents(draw(st.integers(0, _safe_cap(item, m, how))))
        for item in scheme.items
    }
    return MonthlySheet(unit=unit, town=town, year=year, month=m, points=points)


@st.composite
def score_years(
    draw: st.DrawFn,
    scheme: PointScheme = THOUSAND_POINT,
    *,
    year: int = 2025,
    max_towns: int = 3,
    max_units: int = 10,
    method: AggregationMethod | None = None,
    complete: bool | None = None,
) -> list[MonthlySheet]:
    """A year of valid sheets for the villages of one to ``max_towns`` towns.

    Points are often drawn from a few levels so that ties (at fourth place
    too) are common. ``complete=True`` gives every village all twelve
    months; ``None`` lets some villages miss months; ``False`` makes at
    least one miss one. Month-to-month variation comes from one drawn seed
    per village, to keep generation fast. ``method`` as for
    [`monthly_sheets`][orgwork.strategies.monthly_sheets].
    """
    how = _method(scheme, method)
    sheets: list[MonthlySheet] = []
    n_towns = draw(st.integers(1, max_towns))
    tied = draw(st.booleans())
    missed_any = False
    for t in range(n_towns):
        town = f"T{t}"
        for u in range(draw(st.integers(1, max_units))):
            unit = f"{town}-V{u:02d}"
            months = list(range(1, 13))
            if complete is not True and draw(st.integers(0, 4)) == 0:
                months = sorted(draw(st.sets(st.integers(1, 12), min_size=1, max_size=11)))
                missed_any = True
            # each item: a level (a quarter step of its cap) or, when not tied, per-month noise
            levels = {item.code: draw(st.integers(0, 4)) for item in scheme.items}
            rng = None if tied else random.Random(draw(st.integers(0, 2**32 - 1)))
            for m in months:
                points = {}
                for item in scheme.items:
                    cap = _safe_cap(item, m, how)
                    c = cap * levels[item.code] // 4 if rng is None else rng.randint(0, cap)
                    points[item.code] = from_cents(c)
                sheets.append(MonthlySheet(unit=unit, town=town, year=year, month=m, points=points))
    if complete is False and not missed_any:
        first = sheets[0].unit
        sheets = [s for s in sheets if not (s.unit == first and s.month == 12)]
    return sheets


@st.composite
def point_adjustments(
    draw: st.DrawFn,
    scheme: PointScheme,
    units: Sequence[str],
    *,
    year: int = 2025,
    max_size: int = 6,
    rule: str | None = None,
) -> list[PointAdjustment]:
    """Deductions and additions for ``units`` (item-level or on the total), some overflowing.

    ``rule`` is the rule the adjustments cite; by default the festival-visit duty's.
    """
    if rule is None:
        from orgwork.care import festival_visit_duties
        from orgwork.rules import id_of

        rule = id_of(festival_visit_duties)
    if not units:
        return []
    out = []
    for _ in range(draw(st.integers(0, max_size))):
        item = draw(st.sampled_from([None, *scheme.codes]))
        cents = draw(st.integers(-to_cents(scheme.total) // 4, to_cents(scheme.total) // 4))
        cents = cents or -100
        out.append(
            PointAdjustment(
                unit=draw(st.sampled_from(list(units))),
                year=year,
                month=draw(st.integers(1, 12)),
                points=from_cents(cents),
                item=item,
                rule=rule,
                reason=Text(
                    zh="扣分" if cents < 0 else "加分", en="deduction" if cents < 0 else "addition"
                ),
            )
        )
    return out


@st.composite
def assessment_policies(
    draw: st.DrawFn,
    scheme: PointScheme = THOUSAND_POINT,
    *,
    method: AggregationMethod | None = None,
) -> Policy:
    """Valid policies varying every assessment choice (keys drawn from ``scheme``).

    ``method`` (else a drawn one) is the aggregation of ``scheme``'s kind;
    the 百分制 preset's shares are drawn when ``scheme`` takes them from the
    policy.
    """
    values: dict[str, Any] = {
        f"assessment.{scheme.kind}_aggregation": method or draw(st.sampled_from(["sum", "mean"])),
        "assessment.missing_months": draw(st.sampled_from(["not_ranked", "zero"])),
        "assessment.salary_top_n": draw(st.integers(1, 6)),
        "assessment.tie_policy": draw(st.sampled_from(list(TiePolicy))),
        "assessment.tie_still_tied": draw(st.sampled_from(["refer", "include_all", "exclude_all"])),
    }
    if scheme.shares_from_policy:
        values["assessment.hundred_point_shares"] = draw(hundred_point_shares())
    if values["assessment.tie_policy"] is TiePolicy.SECONDARY_KEYS:
        names = list(scheme.codes) + list(scheme.categories)
        values["assessment.tie_secondary_keys"] = tuple(
            draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True))
        )
    return Policy.default().override(values)

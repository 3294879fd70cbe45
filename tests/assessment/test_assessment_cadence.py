"""A scheme's cadence (评分周期): monthly by default, or quarterly, or once a year.

平安乡's 2021 村级班子考核 (张平委发〔2022〕3号) scores each village once a year
out of 1000; other townships score once a quarter. A quarterly sheet is dated
by the last month of its quarter (``month`` 3, 6, 9, 12), an annual sheet by
December (``month`` 12); adjustments keep their own month and count in the
period that contains it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from orgwork.assessment import (
    THOUSAND_POINT,
    MonthlySheet,
    PointAdjustment,
    PointScheme,
    SchemeItem,
    ScoreColumns,
    annual_totals,
    evaluate_columns,
)
from orgwork.decision import Text
from orgwork.errors import RecordError

pytestmark = pytest.mark.rule("assessment.annual_total")

TOWN = "平安乡"


def scheme(cadence: str, aggregation: str | None = None) -> PointScheme:
    return PointScheme.model_validate(
        {
            "code": f"pingan_{cadence}",
            "name": Text(zh="平安乡村级班子考核", en="Ping'an village team assessment"),
            "kind": "thousand_point",
            "total": 1000,
            "cadence": cadence,
            "aggregation": aggregation,
            "items": (
                SchemeItem(
                    code="party", name=Text(zh="党建工作", en="Party building"), maximum=600
                ),
                SchemeItem(code="economy", name=Text(zh="经济发展", en="Economy"), maximum=400),
            ),
        }
    )


def sheet(unit: str, month: int, party: int, economy: int) -> MonthlySheet:
    return MonthlySheet(
        unit=unit, town=TOWN, year=2021, month=month, points={"party": party, "economy": economy}
    )


def test_the_default_cadence_is_monthly() -> None:
    assert THOUSAND_POINT.cadence == "monthly"
    assert THOUSAND_POINT.sheet_months == tuple(range(1, 13))


def test_an_annual_scheme_is_complete_with_one_sheet() -> None:
    (d,) = annual_totals([sheet("一村", 12, 520, 350)], scheme("annual"))
    assert d.outcome == "complete"
    assert d.value.points == Decimal(870)
    assert d.value.rankable
    assert d.value.months_scored == (12,)
    assert d.value.missing_months == ()
    assert "全年评分1次" in d.reasons[0].zh


def test_an_adjustment_counts_in_the_annual_sheet() -> None:
    (d,) = annual_totals(
        [sheet("一村", 12, 520, 350)],
        scheme("annual"),
        adjustments=[
            PointAdjustment(
                unit="一村",
                year=2021,
                month=4,
                points=-20,
                reason=Text(zh="通报批评", en="Reprimanded"),
                rule="assessment.annual_total",
            ),
        ],
    )
    # an adjustment of April counts in the one annual sheet
    assert d.value.points == Decimal(850)


def test_an_annual_sheet_must_be_dated_december() -> None:
    with pytest.raises(RecordError, match="month 6 is not"):
        annual_totals([sheet("一村", 6, 520, 350)], scheme("annual"))


def test_a_quarterly_scheme_expects_four_sheets() -> None:
    four = [sheet("一村", m, 150, 100) for m in (3, 6, 9, 12)]
    (d,) = annual_totals(four, scheme("quarterly"))
    assert d.outcome == "complete"
    assert d.value.points == Decimal(1000)
    assert d.value.months_scored == (3, 6, 9, 12)
    assert "应评4个季度,已评4个季度" in d.reasons[0].zh
    (d,) = annual_totals(four[:3], scheme("quarterly"))
    assert d.outcome == "incomplete"
    assert d.value.missing_months == (12,)
    assert not d.value.rankable
    assert "第4季度" in d.headline.zh


def test_a_quarterly_sheet_is_dated_by_its_quarters_last_month() -> None:
    with pytest.raises(RecordError, match="month 5 is not"):
        annual_totals([sheet("一村", 5, 150, 100)], scheme("quarterly"))


def test_a_quarterly_adjustment_counts_in_its_quarter() -> None:
    four = [sheet("一村", m, 150, 100) for m in (3, 6, 9, 12)]
    adj = PointAdjustment(
        unit="一村",
        year=2021,
        month=7,
        item="party",
        points=-10,
        reason=Text(zh="未按时走访", en="Visit missed"),
        rule="assessment.annual_total",
    )
    (d,) = annual_totals(four, scheme("quarterly"), adjustments=[adj])
    assert d.value.points == Decimal(990)
    assert d.value.item_points["party"] == Decimal(590)


def test_a_quarterly_mean_is_the_mean_of_the_quarters() -> None:
    four = [sheet("一村", m, 600, p) for m, p in ((3, 400), (6, 300), (9, 200), (12, 100))]
    (d,) = annual_totals(four, scheme("quarterly", "mean"))
    assert d.value.points == Decimal(850)
    assert "4个季度总分的平均" in d.reasons[-1].zh


def test_a_monthly_allocation_needs_a_monthly_cadence() -> None:
    with pytest.raises(ValidationError, match="monthly allocation"):
        PointScheme(
            code="q",
            name=Text(zh="季度考核", en="Quarterly"),
            total=120,
            cadence="quarterly",
            items=(
                SchemeItem(
                    code="care", name=Text(zh="关怀", en="Care"), maximum=120, monthly=(10,) * 12
                ),
            ),
        )


def test_the_columnar_path_is_for_monthly_schemes() -> None:
    cols = ScoreColumns(year=2021, units=["A"], towns=["T"], months=[12], points=[[50000, 30000]])
    with pytest.raises(RecordError, match="monthly"):
        evaluate_columns(cols, scheme("annual"))


# 奖励分: bonus items outside the scheme's total, each with its own cap (张平委发〔2022〕3号:
# points on top of the 1000 for a city or provincial honour). A bonus is given as a
# PointAdjustment naming the bonus item.


def bonus_scheme() -> PointScheme:
    return PointScheme.model_validate(
        scheme("annual").model_dump()
        | {
            "bonus": (
                {
                    "code": "honour",
                    "name": Text(zh="获市级以上表彰", en="City or higher honour"),
                    "maximum": 50,
                },
            )
        }
    )


def bonus(points: int, month: int = 6, item: str = "honour") -> PointAdjustment:
    return PointAdjustment(
        unit="一村",
        year=2021,
        month=month,
        item=item,
        points=points,
        reason=Text(zh="获市级表彰", en="City honour"),
        rule="assessment.annual_total",
    )


def test_a_bonus_goes_above_the_total() -> None:
    (d,) = annual_totals([sheet("一村", 12, 600, 400)], bonus_scheme(), adjustments=[bonus(30)])
    assert d.value.points == Decimal(1030)
    assert d.value.total == Decimal(1000)
    assert d.value.bonus_points == {"honour": Decimal(30)}
    assert any("奖励分" in r.zh for r in d.reasons)


def test_a_bonus_is_held_to_its_own_cap() -> None:
    (d,) = annual_totals(
        [sheet("一村", 12, 500, 300)], bonus_scheme(), adjustments=[bonus(40), bonus(30, 9)]
    )
    assert d.value.bonus_points == {"honour": Decimal(50)}
    assert d.value.points == Decimal(850)
    assert d.value.not_applied == Decimal(20)


def test_a_bonus_code_may_not_repeat_an_item_code() -> None:
    with pytest.raises(ValidationError, match="bonus"):
        PointScheme.model_validate(
            scheme("annual").model_dump()
            | {"bonus": ({"code": "party", "name": Text(zh="奖励", en="Bonus"), "maximum": 5},)}
        )


def test_a_bonus_is_not_a_deduction() -> None:
    with pytest.raises(RecordError, match="bonus"):
        annual_totals([sheet("一村", 12, 600, 400)], bonus_scheme(), adjustments=[bonus(-10)])


def test_without_a_bonus_item_nothing_goes_above_the_total() -> None:
    (d,) = annual_totals(
        [sheet("一村", 12, 600, 400)],
        scheme("annual"),
        adjustments=[bonus(30, item="party")],
    )
    assert d.value.points == Decimal(1000)
    assert d.value.bonus_points == {}

"""A scheme scored once a year whose year is "the mean" (of its one sheet) is explained, not a crash.

Found by the mutation testing of ``assessment/_annual`` (issue 14): the annual cadence's
"mean" text takes no month count, and giving it one raised an undocumented TypeError.
A thousand-point scheme of cadence ``"annual"`` under ``assessment.thousand_point_aggregation
= "mean"`` (or stating ``aggregation="mean"`` itself) met it on every call.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgwork.assessment import MonthlySheet, PointAdjustment, PointScheme, SchemeItem, annual_totals
from orgwork.decision import Text
from orgwork.policy import Policy

pytestmark = pytest.mark.rule("assessment.annual_total")


def scheme(aggregation: str | None) -> PointScheme:
    return PointScheme.model_validate(
        {
            "code": "pa_annual",
            "name": Text(zh="平安乡考核", en="Ping'an"),
            "kind": "thousand_point",
            "total": 1000,
            "cadence": "annual",
            "aggregation": aggregation,
            "items": (
                SchemeItem(
                    code="party",
                    name=Text(zh="党建工作", en="Party building"),
                    maximum=Decimal(600),
                ),
                SchemeItem(
                    code="economy", name=Text(zh="经济发展", en="Economy"), maximum=Decimal(400)
                ),
            ),
        }
    )


SHEET = MonthlySheet(
    unit="一村",
    town="平安乡",
    year=2021,
    month=12,
    points={"party": Decimal(600), "economy": Decimal(390)},
)
BONUS = PointAdjustment(
    unit="一村",
    year=2021,
    month=1,
    points=Decimal(30),
    rule="care.festival_visit",
    reason=Text(zh="加分", en="addition"),
)


def test_a_yearly_sheet_under_the_mean_is_that_sheet_bounded_and_explained() -> None:
    (d,) = annual_totals([SHEET], scheme("mean"), adjustments=[BONUS])
    assert d.value.points == Decimal(1000)
    assert [(r.zh, r.en) for r in d.reasons if r.rule == "assessment.annual_total"][1:] == [
        (
            "年度评分表总分加减分后为1020分,超出界限,按1000分计(20分未计入)",
            "Adjustments take the year's sheet total to 1020, outside its bounds; "
            "counted as 1000 (20 not applied)",
        ),
        (
            "考核方案规定年度结果为各月总分的平均(mean)",
            "The scheme states that the year is the mean of the monthly totals (mean)",
        ),
        ("全年一次评分,年度得分1000分", "The year's one sheet scores 1000 points"),
    ]


def test_the_policys_mean_applies_to_a_yearly_sheet_too() -> None:
    p = Policy.default().override({"assessment.thousand_point_aggregation": "mean"})
    (d,) = annual_totals([SHEET], scheme(None), policy=p)
    assert d.value.points == Decimal(990)
    assert (d.reasons[-1].zh, d.reasons[-1].en) == (
        "全年一次评分,年度得分990分",
        "The year's one sheet scores 990 points",
    )

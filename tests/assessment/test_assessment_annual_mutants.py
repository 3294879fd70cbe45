"""The annual result's values, explanations and refusals, word for word, and their edge cases.

Written against the survivors of mutation testing (``python tools/mutation.py
assessment/_annual``, triage in ``docs/mutation.md``). The rule, 000 第一篇 一、三是:
"把全年工作目标细化为若干部分,量化为千分,每月对照任务完成情况进行评分". Each decision
below is checked whole (outcome, subject, value, headline and every reason in both
languages): a reason that names the wrong month, item or bound misleads as much as a
wrong total does. Each refusal is checked whole too: it lists every problem, in order.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from orgwork.assessment import (
    HUNDRED_POINT,
    AnnualTotal,
    MonthlySheet,
    PointAdjustment,
    PointScheme,
    SchemeItem,
    annual_totals,
)
from orgwork.assessment._annual import (
    aggregation,
    assessment_day,
    incomplete_year,
    subject_of,
    unit_years,
)
from orgwork.assessment._scheme import BonusItem
from orgwork.decision import Decision, Text
from orgwork.errors import RecordError
from orgwork.policy import Policy

pytestmark = pytest.mark.rule("assessment.annual_total")

RULE = "assessment.annual_total"
CARE = "care.festival_visit"
TOWN = "灵乡镇"

#: A town's 千分制 in three parts, one with a monthly allocation (10 a month), and a bonus.
SCHEME = PointScheme(
    code="ls",
    name=Text(zh="灵乡镇千分制", en="Lingxiang scheme"),
    kind="thousand_point",
    total=Decimal(1000),
    items=(
        SchemeItem(
            code="party",
            name=Text(zh="党建工作", en="Party building"),
            category="党建",
            maximum=Decimal(600),
        ),
        SchemeItem(
            code="care",
            name=Text(zh="老党员关怀帮扶", en="Care"),
            category="党建",
            maximum=Decimal(120),
            monthly=(Decimal(10),) * 12,
        ),
        SchemeItem(code="economy", name=Text(zh="经济发展", en="Economy"), maximum=Decimal(280)),
    ),
    bonus=(
        BonusItem(code="honour", name=Text(zh="获市级以上表彰", en="Honour"), maximum=Decimal(50)),
    ),
)


def periodic(cadence: str, aggregation: str | None = None) -> PointScheme:
    """平安乡's two-part 千分制, scored every quarter or once a year."""
    return PointScheme.model_validate(
        {
            "code": f"pa_{cadence}",
            "name": Text(zh="平安乡考核", en="Ping'an"),
            "kind": "thousand_point",
            "total": 1000,
            "cadence": cadence,
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


def sheet(
    unit: str,
    month: int,
    *,
    year: int = 2025,
    town: str = TOWN,
    kind: str = "village",
    **points: object,
) -> MonthlySheet:
    return MonthlySheet.model_validate(
        {
            "unit": unit,
            "town": town,
            "kind": kind,
            "year": year,
            "month": month,
            "points": points,
        }
    )


def adj(
    unit: str, month: int, points: object, item: str | None = None, *, year: int = 2025
) -> PointAdjustment:
    return PointAdjustment.model_validate(
        {
            "unit": unit,
            "year": year,
            "month": month,
            "points": points,
            "item": item,
            "rule": CARE,
            "reason": Text(zh="七一未入户慰问", en="No home visit"),
        }
    )


def texts(d: Decision[Any]) -> list[tuple[str, str, str]]:
    return [(r.rule, r.zh, r.en) for r in d.reasons]


def value(**fields: Any) -> AnnualTotal:
    base: dict[str, Any] = {
        "town": TOWN,
        "kind": "village",
        "year": 2025,
        "total": Decimal(1000),
        "category_points": {},
        "bonus_points": {},
        "adjustments": Decimal(0),
        "not_applied": Decimal(0),
    }
    return AnnualTotal.model_validate(base | fields)


def refusal(*args: Any, **kwargs: Any) -> str:
    """The message of the RecordError annual_totals raises."""
    with pytest.raises(RecordError) as info:
        annual_totals(*args, **kwargs)
    return str(info.value)


def listing(*problems: str) -> str:
    """A RecordError message listing ``problems``: their count, then each, in order."""
    return f"{len(problems)} problem(s) in the assessment data: " + "; ".join(problems)


def test_a_monthly_year_with_item_total_and_bonus_adjustments_is_explained_word_for_word() -> None:
    # January to October: party 40, care 10 (2 in July), economy 20 a month
    sheets = [
        sheet("甲村", m, party=40, care=10 if m != 7 else 2, economy=20) for m in range(1, 11)
    ]
    adjustments = [
        adj("甲村", 7, "-5", "care"),  # July care 2 - 5: held at 0
        adj("甲村", 3, "2", "care"),  # March care 10 + 2: held at its allocation, 10
        adj("甲村", 5, "-1.5"),  # on May's total
        adj("甲村", 6, 60, "honour"),  # a bonus above its cap of 50
        adj("甲村", 1, "0"),
    ]
    (d,) = annual_totals(sheets, SCHEME, adjustments=adjustments)
    assert d.outcome == "incomplete"
    assert d.subject == "甲村:2025"
    assert d.value == value(
        unit="甲村",
        scheme="ls",
        points=Decimal("738.5"),
        rankable=False,
        months_scored=tuple(range(1, 11)),
        missing_months=(11, 12),
        item_points={"party": Decimal(400), "care": Decimal(90), "economy": Decimal(200)},
        category_points={"党建": Decimal(490)},
        adjustments=Decimal("55.5"),
        bonus_points={"honour": Decimal(50)},
        not_applied=Decimal(9),
    )
    assert (d.headline.zh, d.headline.en) == (
        "甲村2025年度灵乡镇千分制得分738.5分(缺11、12月,不参加排名)",
        "甲村 scores 738.5 for 2025 under Lingxiang scheme (month(s) 11, 12 missing; not ranked)",
    )
    assert texts(d) == [
        (
            RULE,
            "按灵乡镇千分制(1000分)评分,2025年应评12个月,已评10个月",
            "Scored under Lingxiang scheme (1000 points): 10 of 12 scored months in 2025 "
            "have a sheet",
        ),
        (
            RULE,
            "缺11、12月评分:年度不完整,不参加排名",
            "No sheet for month(s) 11, 12: the year is incomplete, so the unit is not ranked",
        ),
        (CARE, "1月总分扣0分:七一未入户慰问", "month 1 total: 0 points: No home visit"),
        (CARE, "3月老党员关怀帮扶加2分:七一未入户慰问", "month 3 care: +2 points: No home visit"),
        (CARE, "5月总分扣1.5分:七一未入户慰问", "month 5 total: -1.5 points: No home visit"),
        (
            CARE,
            "6月获市级以上表彰加60分:七一未入户慰问",
            "month 6 honour: +60 points: No home visit",
        ),
        (CARE, "7月老党员关怀帮扶扣5分:七一未入户慰问", "month 7 care: -5 points: No home visit"),
        (
            RULE,
            "3月老党员关怀帮扶加减分后为12分,超出界限,按10分计(2分未计入)",
            "Adjustments take month 3 care to 12, outside its bounds; counted as 10 "
            "(2 not applied)",
        ),
        (
            RULE,
            "7月老党员关怀帮扶加减分后为-3分,超出界限,按0分计(-3分未计入)",
            "Adjustments take month 7 care to -3, outside its bounds; counted as 0 "
            "(-3 not applied)",
        ),
        (
            RULE,
            "奖励分获市级以上表彰加减分后为60分,超出界限,按50分计(10分未计入)",
            "Adjustments take bonus honour to 60, outside its bounds; counted as 50 "
            "(10 not applied)",
        ),
        (RULE, "各月得分相加,年度得分688.5分", "The months add up to 688.5 points"),
        (
            RULE,
            "另加奖励分50分(在1000分总分之外),年度得分738.5分",
            "Plus 50 bonus points (outside the 1000-point total): 738.5 points",
        ),
    ]
    assert d.parameters["assessment.missing_months"] == "not_ranked"
    assert d.parameters["assessment.adjustment_overflow"] == "clamp"
    assert d.rules == (RULE, CARE)


def test_an_adjustment_within_bounds_is_applied_whole_and_not_recorded_as_cut() -> None:
    sheets = [sheet("乙村", m, party=40, care=5, economy=20) for m in range(1, 13)]
    adjustments = [adj("乙村", 2, 5, "care"), adj("乙村", 4, "-5", "care"), adj("乙村", 9, 3)]
    (d,) = annual_totals(sheets, SCHEME, adjustments=adjustments)
    assert d.outcome == "complete"
    assert d.value.item_points == {"party": 480, "care": 60, "economy": 240}
    assert d.value.points == Decimal(783)
    assert d.value.not_applied == 0
    assert d.value.adjustments == Decimal(3)
    assert d.value.bonus_points == {}
    assert (d.headline.zh, d.headline.en) == (
        "乙村2025年度灵乡镇千分制得分783分",
        "乙村 scores 783 for 2025 under Lingxiang scheme",
    )
    assert [r.rule for r in d.reasons] == [RULE, CARE, CARE, CARE, RULE]
    assert texts(d)[-1] == (RULE, "各月得分相加,年度得分783分", "The months add up to 783 points")


def test_a_bonus_within_its_cap_is_added_on_top_of_a_full_total() -> None:
    sheets = [sheet("丙村", m, party=50, care=10, economy=23) for m in range(1, 13)]
    (d,) = annual_totals(sheets, SCHEME, adjustments=[adj("丙村", 12, 30, "honour")])
    assert d.value.points == Decimal(1026)  # 996 + 30: the bonus is outside the total
    assert d.value.bonus_points == {"honour": Decimal(30)}
    assert d.value.not_applied == 0
    assert texts(d)[-2:] == [
        (RULE, "各月得分相加,年度得分996分", "The months add up to 996 points"),
        (
            RULE,
            "另加奖励分30分(在1000分总分之外),年度得分1026分",
            "Plus 30 bonus points (outside the 1000-point total): 1026 points",
        ),
    ]


def test_a_quarterly_mean_explains_each_quarter_and_its_bounds() -> None:
    # quarters 1, 3 and 4 have a sheet; the year is the mean of the four quarterly totals
    p = Policy.default().override({"assessment.thousand_point_aggregation": "mean"})
    sheets = [
        sheet("一村", 3, party=590, economy=390),
        sheet("一村", 9, party=500, economy=300),
        sheet("一村", 12, party=500, economy=300),
    ]
    adjustments = [adj("一村", 2, 30, "party"), adj("一村", 1, 50), adj("一村", 8, "-0.5")]
    (d,) = annual_totals(sheets, periodic("quarterly"), adjustments=adjustments, policy=p)
    assert d.outcome == "incomplete"
    # (1000 + 0 + 799.5 + 800) / 4 = 649.875, half up
    assert d.value == value(
        unit="一村",
        scheme="pa_quarterly",
        points=Decimal("649.88"),
        rankable=False,
        months_scored=(3, 9, 12),
        missing_months=(6,),
        item_points={"party": Decimal(1600), "economy": Decimal(990)},
        adjustments=Decimal("79.5"),
        not_applied=Decimal(60),
    )
    assert (d.headline.zh, d.headline.en) == (
        "一村2025年度平安乡考核得分649.88分(缺第2季度评分,不参加排名)",
        "一村 scores 649.88 for 2025 under Ping'an (quarter(s) 2 missing; not ranked)",
    )
    assert texts(d) == [
        (
            RULE,
            "按平安乡考核(1000分)按季度评分,2025年应评4个季度,已评3个季度",
            "Scored quarterly under Ping'an (1000 points): 3 of 4 quarters in 2025 have a sheet",
        ),
        (
            RULE,
            "缺第2季度评分:年度不完整,不参加排名",
            "No sheet for quarter(s) 2: the year is incomplete, so the unit is not ranked",
        ),
        (CARE, "1月总分加50分:七一未入户慰问", "month 1 total: +50 points: No home visit"),
        (CARE, "2月党建工作加30分:七一未入户慰问", "month 2 party: +30 points: No home visit"),
        (CARE, "8月总分扣0.5分:七一未入户慰问", "month 8 total: -0.5 points: No home visit"),
        (
            RULE,
            "第1季度党建工作加减分后为620分,超出界限,按600分计(20分未计入)",
            "Adjustments take quarter 1 party to 620, outside its bounds; counted as 600 "
            "(20 not applied)",
        ),
        (
            RULE,
            "第1季度总分加减分后为1040分,超出界限,按1000分计(40分未计入)",
            "Adjustments take quarter 1 total to 1040, outside its bounds; counted as 1000 "
            "(40 not applied)",
        ),
        (
            RULE,
            "4个季度总分的平均(四舍五入到0.01分),年度得分649.88分",
            "The mean of 4 quarterly totals (rounded half up to 0.01) is 649.88 points",
        ),
    ]
    assert d.parameters["assessment.thousand_point_aggregation"] == "mean"


def test_missing_quarters_may_score_nothing_and_the_unit_is_then_ranked() -> None:
    p = Policy.default().override(
        {"assessment.missing_months": "zero", "assessment.thousand_point_aggregation": "mean"}
    )
    sheets = [sheet("一村", 3, party=590, economy=390), sheet("一村", 12, party=500, economy=300)]
    (d,) = annual_totals(sheets, periodic("quarterly"), policy=p)
    assert d.outcome == "incomplete"
    assert d.value.rankable
    assert d.value.points == Decimal(445)  # (980 + 0 + 0 + 800) / 4
    assert d.value.missing_months == (6, 9)
    assert (d.headline.zh, d.headline.en) == (
        "一村2025年度平安乡考核得分445分",
        "一村 scores 445 for 2025 under Ping'an",
    )
    assert texts(d) == [
        (
            RULE,
            "按平安乡考核(1000分)按季度评分,2025年应评4个季度,已评2个季度",
            "Scored quarterly under Ping'an (1000 points): 2 of 4 quarters in 2025 have a sheet",
        ),
        (
            RULE,
            "缺第2、3季度评分:缺季度按零分计,参加排名",
            "No sheet for quarter(s) 2, 3: missing quarters score nothing; the unit is ranked",
        ),
        (
            RULE,
            "4个季度总分的平均(四舍五入到0.01分),年度得分445分",
            "The mean of 4 quarterly totals (rounded half up to 0.01) is 445 points",
        ),
    ]


def test_missing_months_may_score_nothing_in_a_monthly_year() -> None:
    p = Policy.default().override({"assessment.missing_months": "zero"})
    sheets = [sheet("丁村", m, goals=80) for m in (1, 2, 3, 5, 6, 7, 8, 9, 10, 11)]
    (d,) = annual_totals(sheets, policy=p)
    assert (d.outcome, d.value.rankable, d.value.points) == ("incomplete", True, Decimal(800))
    assert d.headline.zh == "丁村2025年度千分制考核得分800分"
    assert texts(d)[1] == (
        RULE,
        "缺4、12月评分:缺月按零分计,参加排名",
        "No sheet for month(s) 4, 12: missing months score nothing; the unit is ranked",
    )


def test_quarterly_sums_bound_each_item_over_the_year() -> None:
    sheets = [
        sheet("一村", 3, party=100, economy=100),
        sheet("一村", 6, party=100, economy=100),
        sheet("一村", 9, party=100, economy=100),
        sheet("一村", 12, party=300, economy=100),
    ]
    adjustments = [adj("一村", 11, 100, "party"), adj("一村", 4, -50)]
    (d,) = annual_totals(sheets, periodic("quarterly"), adjustments=adjustments)
    assert d.outcome == "complete"
    assert d.value.item_points == {"party": 600, "economy": 400}
    assert d.value.points == 950
    assert d.value.not_applied == 100
    assert texts(d)[1:] == [
        (CARE, "4月总分扣50分:七一未入户慰问", "month 4 total: -50 points: No home visit"),
        (CARE, "11月党建工作加100分:七一未入户慰问", "month 11 party: +100 points: No home visit"),
        (
            RULE,
            "全年党建工作加减分后为700分,超出界限,按600分计(100分未计入)",
            "Adjustments take the year's party to 700, outside its bounds; counted as 600 "
            "(100 not applied)",
        ),
        (RULE, "各季度得分相加,年度得分950分", "The quarters add up to 950 points"),
    ]


def test_an_annual_sheet_and_its_bounds_are_named_as_the_years_sheet() -> None:
    adjustments = [adj("一村", 3, 20), adj("一村", 5, 20, "economy")]
    (d,) = annual_totals(
        [sheet("一村", 12, party=600, economy=390)], periodic("annual"), adjustments=adjustments
    )
    assert d.outcome == "complete"
    assert d.value.points == 1000
    assert d.value.not_applied == 30
    assert d.value.item_points == {"party": 600, "economy": 400}
    assert texts(d) == [
        (
            RULE,
            "按平安乡考核(1000分)按年度评分,2025年全年评分1次,已评1次",
            "Scored once a year under Ping'an (1000 points): 2025 has 1 of 1 sheet",
        ),
        (CARE, "3月总分加20分:七一未入户慰问", "month 3 total: +20 points: No home visit"),
        (CARE, "5月经济发展加20分:七一未入户慰问", "month 5 economy: +20 points: No home visit"),
        (
            RULE,
            "年度评分表经济发展加减分后为410分,超出界限,按400分计(10分未计入)",
            "Adjustments take the year's sheet economy to 410, outside its bounds; "
            "counted as 400 (10 not applied)",
        ),
        (
            RULE,
            "年度总分加减分后为1020分,超出界限,按1000分计(20分未计入)",
            "Adjustments take the annual total to 1020, outside its bounds; counted as 1000 "
            "(20 not applied)",
        ),
        (RULE, "全年一次评分,年度得分1000分", "The year's one sheet scores 1000 points"),
    ]


def test_a_monthly_mean_bounds_each_months_total_and_counts_only_scored_months() -> None:
    p = Policy.default().override(
        {
            "assessment.thousand_point_aggregation": "mean",
            "assessment.scored_months": list(range(7, 13)),
        }
    )
    sheets = [sheet("戊村", m, goals=900) for m in range(7, 13)]
    adjustments = [adj("戊村", 8, 150), adj("戊村", 9, "-901"), adj("戊村", 10, "0.03")]
    (d,) = annual_totals(sheets, adjustments=adjustments, policy=p)
    # months 7..12: 900, 1000 (held), 0 (held), 900.03, 900, 900 -> 4600.03 / 6 = 766.6716...
    assert d.value.points == Decimal("766.67")
    assert d.value.not_applied == Decimal(49)
    assert d.value.item_points == {"goals": Decimal(5400)}  # a total's adjustment is no item's
    assert [t[2] for t in texts(d) if t[0] == RULE] == [
        "Scored under Thousand-point assessment (1000 points): 6 of 6 scored months in 2025 have a sheet",
        "Adjustments take month 8 total to 1050, outside its bounds; counted as 1000 "
        "(50 not applied)",
        "Adjustments take month 9 total to -1, outside its bounds; counted as 0 (-1 not applied)",
        "The mean of 6 monthly totals (rounded half up to 0.01) is 766.67 points",
    ]


def test_the_scheme_stating_its_aggregation_and_the_policys_shares_are_both_given() -> None:
    shares = {"daily": 30, "key": 40, "common": 15, "individual": 15}
    p = Policy.default().override({"assessment.hundred_point_shares": shares})
    summed = HUNDRED_POINT.model_copy(update={"aggregation": "sum"})
    sheets = [sheet("组织科", m, daily=2, key=3, common=1, individual=1) for m in range(1, 13)]
    (d,) = annual_totals(sheets, summed, policy=p)
    assert d.value.points == 84
    assert d.value.total == 100
    assert texts(d)[1:] == [
        (
            RULE,
            "百分制各部分分值按本地政策(assessment.hundred_point_shares)设定:"
            "日常工作30分、重点工作40分、共性目标15分、个性目标15分",
            "The parts' shares are the local policy's (assessment.hundred_point_shares): "
            "Daily work 30, Key work 40, Common goals 15, Individual goals 15",
        ),
        (
            RULE,
            "考核方案规定年度结果为各月得分相加(sum)",
            "The scheme states that the year is the months added up (sum)",
        ),
        (RULE, "各月得分相加,年度得分84分", "The months add up to 84 points"),
    ]
    mean = HUNDRED_POINT.with_maxima(shares).model_copy(update={"aggregation": "mean"})
    (m,) = annual_totals(sheets, mean)
    assert texts(m)[1] == (
        RULE,
        "考核方案规定年度结果为各月总分的平均(mean)",
        "The scheme states that the year is the mean of the monthly totals (mean)",
    )


def test_every_problem_in_the_data_is_listed_in_order() -> None:
    p = Policy.default().override({"assessment.scored_months": list(range(3, 13))})
    sheets = [sheet("甲村", m, party=50, care=10, economy=20) for m in range(1, 13)]
    sheets[3] = sheet("甲村", 4, party=50, care=11, economy=20, other=1)
    sheets[4] = sheet("甲村", 5, care=1, economy=30)
    sheets.append(sheet("甲村", 8, town="别镇", party=1, care=1, economy=1))
    sheets.append(sheet("甲村", 8, kind="cadre", party=1, care=1, economy=1))
    adjustments = [
        adj("甲村", 1, 5),
        adj("甲村", 6, -2, "honour"),
        adj("甲村", 7, 1, "nope"),
        adj("乙村", 2, 1),
        adj("甲村", 2, 1, year=2024),
    ]
    assert refusal(sheets, SCHEME, adjustments=adjustments, policy=p) == listing(
        "甲村 2025: month 8 has 3 sheets",
        "甲村 2025: sheets name more than one town or kind: "
        "别镇 (village), 灵乡镇 (cadre), 灵乡镇 (village)",
        "乙村 2025: an adjustment names a unit and year with no score sheets",
        "甲村 2024: an adjustment names a unit and year with no score sheets",
        "甲村 2025: month 1 is not a scored month (assessment.scored_months)",
        "甲村 2025: month 2 is not a scored month (assessment.scored_months)",
        "甲村 2025 month 4: unknown items other",
        "甲村 2025 month 4: item care scored 11, above its maximum 10 for the month",
        "甲村 2025 month 5: no points for items party",
        "甲村 2025: an adjustment falls in month 1, which is not scored",
        "甲村 2025 month 6: a bonus (honour) adds points; it is not a deduction",
        "甲村 2025 month 7: an adjustment names unknown item nope",
    )


def test_an_items_year_above_its_maximum_and_a_sheet_off_its_quarter_are_problems() -> None:
    assert refusal([sheet("A", m, goals=84) for m in range(1, 13)]) == listing(
        "A 2025: item goals scored 1008 over the year, above its maximum 1000"
    )
    # exactly the maximum is no problem, nor is an item at its month's cap
    (d,) = annual_totals(
        [sheet("A", m, goals="83.33") for m in range(1, 12)] + [sheet("A", 12, goals="83.37")]
    )
    assert d.value.points == 1000
    assert refusal(
        [sheet("B", 5, party=1, economy=1), sheet("B", 6, party=1, economy=1)],
        periodic("quarterly"),
    ) == listing(
        "B 2025: month 5 is not the month of a quarterly sheet "
        "(dated 3, 6, 9, 12: the last month of each period)"
    )
    # under a mean, a month may hold the whole scheme total for an item, never more
    p = Policy.default().override({"assessment.thousand_point_aggregation": "mean"})
    assert annual_totals([sheet("C", 1, goals=1000)], policy=p)[0].value.points == Decimal("83.33")
    assert refusal([sheet("C", 1, goals="1000.01")], policy=p) == listing(
        "C 2025 month 1: item goals scored 1000.01, above its maximum 1000 for the month"
    )


def test_a_positive_bonus_is_no_problem_and_a_zero_one_neither() -> None:
    sheets = [sheet("丙村", m, party=50, care=10, economy=23) for m in range(1, 13)]
    (d,) = annual_totals(
        sheets, SCHEME, adjustments=[adj("丙村", 3, 0, "honour"), adj("丙村", 4, 1, "honour")]
    )
    assert d.value.bonus_points == {"honour": Decimal(1)}


def test_rejected_overflow_names_each_bound_and_the_setting() -> None:
    p = Policy.default().override({"assessment.adjustment_overflow": "reject"})
    sheets = [sheet("甲村", m, party=40, care=2, economy=20) for m in range(1, 13)]
    good = [sheet("乙村", m, party=40, care=2, economy=20) for m in range(1, 13)]
    problems = refusal(
        sheets + good,
        SCHEME,
        adjustments=[adj("甲村", 7, "-5", "care"), adj("甲村", 2, 2000), adj("乙村", 2, 1)],
        policy=p,
    )
    assert problems == listing(
        "甲村 2025: adjustments take month 7 care to -3, outside 0..its maximum "
        "(assessment.adjustment_overflow = reject)",
        "甲村 2025: adjustments take the annual total to 2742, outside 0..its maximum "
        "(assessment.adjustment_overflow = reject)",
    )


def test_a_scheme_whose_total_is_not_the_policys_is_a_problem_of_its_year() -> None:
    p = Policy.default().override({"assessment.thousand_point_total": 900})
    sheets = [sheet("A", 1, goals=1), sheet("A", 1, year=2024, goals=1)]
    assert refusal(sheets, policy=p) == listing(
        "2024: scheme thousand_point is a thousand-point scheme of 1000 points; "
        "assessment.thousand_point_total is 900",
        "2025: scheme thousand_point is a thousand-point scheme of 1000 points; "
        "assessment.thousand_point_total is 900",
    )


def test_several_units_and_years_each_get_their_own_decision_in_order() -> None:
    sheets = [
        sheet("乙", 1, goals=3, year=2025),
        sheet("丙", 1, goals=2, year=2025, kind="cadre"),
        sheet("丁", 1, goals=6, year=2025, town="A镇"),
        sheet("甲", 1, goals=1, year=2025),
        sheet("甲", 1, goals=4, year=2024, town="A镇"),
    ]
    ds = annual_totals(sheets, adjustments=[adj("甲", 1, 1, year=2024)])
    assert [(d.subject, d.value.kind, d.value.town, d.value.points) for d in ds] == [
        ("甲:2024", "village", "A镇", Decimal(5)),
        ("丁:2025", "village", "A镇", Decimal(6)),
        ("丙:2025", "cadre", TOWN, Decimal(2)),
        ("乙:2025", "village", TOWN, Decimal(3)),
        ("甲:2025", "village", TOWN, Decimal(1)),
    ]
    assert [d.rules for d in ds] == [(RULE, CARE), (RULE,), (RULE,), (RULE,), (RULE,)]


def test_unit_years_groups_by_unit_and_year_and_keeps_the_first_sheet_of_a_month() -> None:
    a1 = sheet("甲", 1, goals=1)
    a1_again = sheet("甲", 1, goals=9)
    b = sheet("乙", 2, goals=2, town="别镇", kind="cadre")
    a = adj("甲", 3, 1)
    groups, problems = unit_years([b, a1, a1_again, a1], [a, adj("丙", 1, 1)])
    assert problems == [
        "甲 2025: month 1 has 3 sheets",
        "丙 2025: an adjustment names a unit and year with no score sheets",
    ]
    assert [(g.unit, g.year, g.town, g.kind) for g in groups] == [
        ("乙", 2025, "别镇", "cadre"),
        ("甲", 2025, TOWN, "village"),
    ]
    assert groups[1].sheets == {1: a1}
    assert groups[1].adjustments == [a]
    assert groups[0].sheets == {2: b}
    assert groups[0].adjustments == []
    assert unit_years([], []) == ([], [])


def test_unit_years_lists_its_problems_sorted_whatever_the_input_order() -> None:
    sheets = [
        sheet("乙", 9, goals=1),
        sheet("乙", 9, goals=1, town="别镇"),
        sheet("甲", 2, goals=1, year=2026),
        sheet("甲", 2, goals=1, year=2026, kind="cadre"),
        sheet("甲", 4, goals=1),
        sheet("甲", 4, goals=1),
        sheet("甲", 3, goals=1),
        sheet("甲", 3, goals=1),
    ]
    orphans = [adj("丁", 1, 1), adj("丙", 1, 1, year=2026), adj("丙", 1, 1)]
    _, problems = unit_years(sheets, orphans)
    assert problems == [
        "乙 2025: month 9 has 2 sheets",
        "甲 2025: month 3 has 2 sheets",
        "甲 2025: month 4 has 2 sheets",
        "甲 2026: month 2 has 2 sheets",
        "乙 2025: sheets name more than one town or kind: 别镇 (village), 灵乡镇 (village)",
        "甲 2026: sheets name more than one town or kind: 灵乡镇 (cadre), 灵乡镇 (village)",
        "丁 2025: an adjustment names a unit and year with no score sheets",
        "丙 2025: an adjustment names a unit and year with no score sheets",
        "丙 2026: an adjustment names a unit and year with no score sheets",
    ]


def test_the_reason_that_a_year_is_incomplete() -> None:
    r = incomplete_year((11, 12))
    assert (r.rule, r.zh, r.en) == (
        RULE,
        "缺11、12月评分,年度结果不完整",
        "Month(s) 11, 12 have no sheet",
    )
    r = incomplete_year([3, 4, 5], months_in_english=False)
    assert (r.rule, r.zh, r.en) == (
        RULE,
        "缺3、4、5月评分,年度结果不完整",
        "The annual result is incomplete",
    )


def test_assessment_day_subject_and_aggregation() -> None:
    assert assessment_day(2025) == dt.date(2025, 12, 31)
    assert subject_of("朱家村", 2025) == "朱家村:2025"
    with pytest.raises(
        ValueError, match=r"^scheme hundred_point is not in force: it states no aggregation$"
    ):
        aggregation(HUNDRED_POINT)
    assert aggregation(periodic("annual", "mean")) == "mean"


def test_a_long_list_of_problems_names_twenty_and_counts_the_rest() -> None:
    # 25 villages each 12 points over party building.s 600: the message names the first 20
    sheets = [
        sheet(f"村{i:02d}", m, party=51, care=5, economy=20)
        for i in range(25)
        for m in range(1, 13)
    ]
    message = refusal(sheets, SCHEME)
    assert message.startswith("25 problem(s) in the assessment data: ")
    assert message.count("above its maximum") == 20
    assert message.endswith("; and 5 more")


@pytest.mark.parametrize("villages", [20, 21])
def test_twenty_problems_are_all_named_and_a_twenty_first_is_counted(villages: int) -> None:
    sheets = [
        sheet(f"村{i:02d}", m, party=51, care=5, economy=20)
        for i in range(villages)
        for m in range(1, 13)
    ]
    message = refusal(sheets, SCHEME)
    assert message.count("above its maximum") == 20
    assert message.endswith("; and 1 more") == (villages == 21)
    assert "and 0 more" not in message


#: A town's 千分制 whose item codes are upper case: they sort before any lower-case text.
CODED = PointScheme(
    code="coded",
    name=Text(zh="编码千分制", en="Coded scheme"),
    kind="thousand_point",
    total=Decimal(1000),
    items=(
        SchemeItem(code="A1", name=Text(zh="党建工作", en="Party building"), maximum=Decimal(600)),
        SchemeItem(code="B2", name=Text(zh="经济发展", en="Economy"), maximum=Decimal(400)),
    ),
)


def test_adjustments_of_one_period_add_up_and_a_total_is_explained_before_its_items() -> None:
    # month 2: two adjustments of the total (+0.5 and -2) and two of item A1 (+1 and -3)
    sheets = [sheet("甲村", m, A1=40, B2=30) for m in range(1, 13)]
    adjustments = [
        adj("甲村", 2, 1, "A1"),
        adj("甲村", 2, "0.5"),
        adj("甲村", 2, -3, "A1"),
        adj("甲村", 2, -2),
    ]
    (d,) = annual_totals(sheets, CODED, adjustments=adjustments)
    assert d.outcome == "complete"
    assert d.subject == "甲村:2025"
    # A1: 480 + 1 - 3 = 478; B2: 360; the total: 838 + 0.5 - 2 = 836.5
    assert d.value == value(
        unit="甲村",
        scheme="coded",
        points=Decimal("836.5"),
        rankable=True,
        months_scored=tuple(range(1, 13)),
        missing_months=(),
        item_points={"A1": Decimal(478), "B2": Decimal(360)},
        adjustments=Decimal("-3.5"),
    )
    assert (d.headline.zh, d.headline.en) == (
        "甲村2025年度编码千分制得分836.5分",
        "甲村 scores 836.5 for 2025 under Coded scheme",
    )
    assert texts(d) == [
        (
            RULE,
            "按编码千分制(1000分)评分,2025年应评12个月,已评12个月",
            "Scored under Coded scheme (1000 points): 12 of 12 scored months in 2025 have a sheet",
        ),
        (CARE, "2月总分扣2分:七一未入户慰问", "month 2 total: -2 points: No home visit"),
        (CARE, "2月总分加0.5分:七一未入户慰问", "month 2 total: +0.5 points: No home visit"),
        (CARE, "2月党建工作扣3分:七一未入户慰问", "month 2 A1: -3 points: No home visit"),
        (CARE, "2月党建工作加1分:七一未入户慰问", "month 2 A1: +1 points: No home visit"),
        (RULE, "各月得分相加,年度得分836.5分", "The months add up to 836.5 points"),
    ]


def test_two_unknown_and_two_missing_items_are_listed_and_a_missing_item_counts_nothing() -> None:
    # party is at its maximum for the year (600) in quarter 1; quarter 2's sheet names neither
    # item: the missing items are listed, and add nothing to the year's sums
    sheets = [sheet("一村", 3, party=600, economy=400), sheet("一村", 6, b=1, a=2)]
    assert refusal(sheets, periodic("quarterly")) == listing(
        "一村 2025 month 6: unknown items a, b",
        "一村 2025 month 6: no points for items party, economy",
    )


def test_rejected_overflow_lists_every_unit_that_overflows() -> None:
    p = Policy.default().override({"assessment.adjustment_overflow": "reject"})
    sheets = [sheet(u, m, party=40, care=2, economy=20) for u in ("甲村", "乙村") for m in (1, 2)]
    problems = refusal(
        sheets,
        SCHEME,
        adjustments=[adj("甲村", 1, "-3", "care"), adj("乙村", 2, "-2.5", "care")],
        policy=p,
    )
    assert problems == listing(
        "乙村 2025: adjustments take month 2 care to -0.5, outside 0..its maximum "
        "(assessment.adjustment_overflow = reject)",
        "甲村 2025: adjustments take month 1 care to -1, outside 0..its maximum "
        "(assessment.adjustment_overflow = reject)",
    )


def test_each_year_reads_the_policy_in_force_on_its_31_december() -> None:
    # the aggregation changes to a mean on 31 December 2025: 2024 is summed, 2025 averaged
    p = Policy.default().with_change(
        dt.date(2025, 12, 31), {"assessment.thousand_point_aggregation": "mean"}, source="本地通知"
    )
    sheets = [sheet("A", m, year=y, goals=80) for y in (2024, 2025) for m in range(1, 13)]
    first, second = annual_totals(sheets, policy=p)
    assert (first.subject, first.value.points) == ("A:2024", Decimal(960))
    assert first.parameters["assessment.thousand_point_aggregation"] == "sum"
    assert texts(first)[-1] == (
        RULE,
        "各月得分相加,年度得分960分",
        "The months add up to 960 points",
    )
    assert (second.subject, second.value.points) == ("A:2025", Decimal(80))
    assert second.parameters["assessment.thousand_point_aggregation"] == "mean"
    assert texts(second)[-1] == (
        RULE,
        "12个月总分的平均(四舍五入到0.01分),年度得分80分",
        "The mean of 12 monthly totals (rounded half up to 0.01) is 80 points",
    )


def test_a_wrong_policy_is_refused_even_with_no_data() -> None:
    with pytest.raises(
        TypeError,
        match=r"^policy must be an orgwork Policy or None, not dict \(build one with "
        r"Policy\.default\(\)\.override\(\{\.\.\.\}\) or Policy\.from_toml\(path\)\)$",
    ):
        annual_totals([], policy={})  # type: ignore[arg-type]


def test_a_bad_scheme_is_a_validation_error_on_the_field_scheme() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as info:
        annual_totals([], "thousand")  # type: ignore[arg-type]
    assert info.value.title == "scheme"
    assert [e["loc"] for e in info.value.errors()] == [("scheme",)]


#: The model each collection argument of annual_totals holds.
MODELS = {"sheets": "MonthlySheet", "adjustments": "PointAdjustment"}


@pytest.mark.parametrize("argument", ["sheets", "adjustments"])
def test_sheets_or_adjustments_not_a_collection_are_refused_by_name(argument: str) -> None:
    model = MODELS[argument]
    given: dict[str, Any] = {"sheets": [], "adjustments": ()}
    given[argument] = "甲村"
    with pytest.raises(
        RecordError, match=rf"^{argument}: expected a collection of {model}, not a single string$"
    ):
        annual_totals(given["sheets"], adjustments=given["adjustments"])
    given[argument] = None
    with pytest.raises(
        TypeError, match=rf"^{argument} must be a collection of {model}, not NoneType$"
    ):
        annual_totals(given["sheets"], adjustments=given["adjustments"])

"""The ranking and salary rules' explanations, word for word, and their edge cases.

Written against the survivors of mutation testing (``python tools/mutation.py
assessment/_ranking``, triage in ``docs/mutation.md``): every decision of a small
town is checked whole (outcome, subject, value, headline and each reason in both
languages), since a reason that names the wrong unit, place or count misleads the
committee as much as a wrong outcome does.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, cast

import pytest

from orgwork.assessment import (
    AnnualTotal,
    SalaryEligibility,
    TiePolicy,
    rank,
    salary_eligibility,
)
from orgwork.assessment._ranking import Ties, secondary_keys_needed, top_n_cut
from orgwork.decision import Decision
from orgwork.errors import MissingParameterError, PolicyError, RecordError
from orgwork.policy import Policy

TOWN = "灵乡镇"
TOP2 = {"assessment.salary_top_n": 2, "assessment.missing_sheet_cuts": "rank_others"}
KEYS = {"assessment.tie_policy": "secondary_keys", "assessment.tie_secondary_keys": ["k"]}


def total(
    unit: str,
    points: int,
    missing: tuple[int, ...] = (),
    *,
    k: int = 1,
    year: int = 2025,
    kind: str = "village",
) -> AnnualTotal:
    return AnnualTotal(
        unit=unit,
        town=TOWN,
        kind=kind,  # type: ignore[arg-type]
        year=year,
        scheme="s",
        total=Decimal(1000),
        points=Decimal(points),
        rankable=not missing,
        months_scored=(),
        missing_months=missing,
        item_points={"k": Decimal(k)},
        category_points={},
        adjustments=Decimal(0),
        not_applied=Decimal(0),
    )


#: 甲村 first; 乙村 and 丙村 tied across place 2 (k: 5 and 3); 丁村 fourth; 戊村 incomplete.
TOWN_TOTALS = [
    total("甲村", 90),
    total("乙村", 80, k=5),
    total("丙村", 80, k=3),
    total("丁村", 70),
    total("戊村", 99, (6, 7)),
]


def by_unit(decisions: tuple[Decision[SalaryEligibility], ...]) -> dict[str, Decision[Any]]:
    return {d.value.unit: d for d in decisions}


def texts(d: Decision[Any]) -> list[tuple[str, str, str]]:
    return [(r.rule, r.zh, r.en) for r in d.reasons]


def rank_reason(unit: str, r: int, points: int, ranked: int = 4) -> tuple[str, str, str]:
    return (
        "assessment.rank",
        f"{unit}在{TOWN}2025年度村级千分制考核中排名第{r}名({points}分),共{ranked}个村参加排名",
        f"{unit} ranks {r} of {ranked} villages of {TOWN} for 2025 ({points} points)",
    )


@pytest.mark.rule("assessment.top_n_salary")
def test_a_cut_by_rank_explains_each_place_against_the_top_n() -> None:
    d = by_unit(salary_eligibility(TOWN_TOTALS, policy=Policy.default().override(TOP2)))
    first, fourth = d["甲村"], d["丁村"]
    assert (first.subject, first.outcome) == ("甲村:2025", "eligible")
    assert first.headline.zh == "甲村(第1名,90分)党组织书记可享受与副科级等同的工资待遇"
    assert first.headline.en == (
        "甲村 (rank 1, 90 points): the party secretary gets the deputy-section-level salary"
    )
    assert texts(first) == [
        rank_reason("甲村", 1, 90),
        (
            "assessment.top_n_salary",
            "前2名的村党组织书记可享受与副科级等同的工资待遇;第1名在前2名之内",
            "The top 2 villages' secretaries get the salary; rank 1 is within the top 2",
        ),
    ]
    assert first.value == SalaryEligibility(
        unit="甲村", town=TOWN, year=2025, points=Decimal(90), rank=1, places=2,
        status="eligible", decided_by="rank",
    )  # fmt: skip
    assert (fourth.subject, fourth.outcome) == ("丁村:2025", "not_eligible")
    assert fourth.headline.en == (
        "丁村 (rank 4, 70 points): the party secretary does not get the deputy-section-level salary"
    )
    assert texts(fourth)[1] == (
        "assessment.top_n_salary",
        "前2名的村党组织书记可享受与副科级等同的工资待遇;第4名不在前2名之内",
        "The top 2 villages' secretaries get the salary; rank 4 is outside the top 2",
    )
    assert first.rules == ("assessment.top_n_salary", "assessment.rank", "assessment.annual_total")


@pytest.mark.rule("assessment.top_n_salary")
def test_a_referred_tie_names_the_tied_units_and_the_place() -> None:
    d = by_unit(salary_eligibility(TOWN_TOTALS, policy=Policy.default().override(TOP2)))
    for unit in ("乙村", "丙村"):
        assert d[unit].outcome == "undecided"
        assert d[unit].value.tie_policy is TiePolicy.REFER
        assert d[unit].value.tied_units == ("丙村", "乙村")
        assert d[unit].headline.en == (
            f"{unit} (rank 2, 80 points): undecided, referred to the town party committee"
        )
        assert texts(d[unit]) == [
            rank_reason(unit, 2, 80),
            (
                "assessment.top_n_salary",
                "丙村、乙村得分相同,并列跨越第2名:列为待定,提交镇党委研究决定",
                "丙村, 乙村 have equal points across place 2: listed as undecided, "
                "referred to the town party committee",
            ),
        ]


@pytest.mark.rule("assessment.top_n_salary")
def test_an_unranked_village_is_its_own_decision_with_its_missing_months() -> None:
    d = by_unit(salary_eligibility(TOWN_TOTALS, policy=Policy.default().override(TOP2)))
    lost = d["戊村"]
    assert (lost.subject, lost.outcome) == ("戊村:2025", "not_ranked")
    assert lost.value == SalaryEligibility(
        unit="戊村", town=TOWN, year=2025, points=Decimal(99), rank=None, places=2,
        status="not_ranked", decided_by="not_ranked", missing_months=(6, 7),
    )  # fmt: skip
    assert lost.headline.zh == "戊村2025年度考核不完整(缺6、7月),不参加排名,不能据此确定副科级待遇"
    assert lost.headline.en == (
        "戊村 is not ranked for 2025 (month(s) 6, 7 missing): no salary decision can rest on it"
    )
    assert texts(lost) == [
        ("assessment.annual_total", "缺6、7月评分,年度结果不完整", "Month(s) 6, 7 have no sheet"),
        (
            "assessment.top_n_salary",
            "前2名按年度结果确定,未排名的村不能确定",
            "The top 2 are decided by the annual result; an unranked village cannot be",
        ),
    ]
    # a ranked village lists no missing months
    assert all(x.value.missing_months == () for u, x in d.items() if u != "戊村")


@pytest.mark.rule("assessment.top_n_salary")
def test_a_held_cut_names_the_missing_sheets_the_town_and_the_places() -> None:
    p = Policy.default().override({"assessment.salary_top_n": 2})  # missing sheets: hold
    d = by_unit(salary_eligibility(TOWN_TOTALS, policy=p))
    first = d["甲村"]
    assert first.outcome == "undecided"
    assert first.value.decided_by == "missing_sheets"
    assert first.value.tie_policy is None
    assert first.value.missing_sheets == (("戊村", (6, 7)),)
    assert texts(first) == [
        rank_reason("甲村", 1, 90),
        (
            "assessment.top_n_salary",
            "灵乡镇2025年度尚有单位缺少月度评分表(戊村缺6、7月),全镇年度结果不完整;"
            "缺少的评分表可能改变名次,前2名暂缓确定,提交镇党委研究决定",
            "灵乡镇 lacks monthly sheets for 2025 (戊村 lacks month(s) 6, 7), so the town's "
            "annual result is incomplete; a missing sheet can change the places, so the top 2 "
            "are held and referred to the town party committee",
        ),
    ]


@pytest.mark.rule("assessment.top_n_salary")
def test_a_tie_broken_by_secondary_keys_shows_each_units_key_values() -> None:
    p = Policy.default().override({**TOP2, **KEYS})
    d = by_unit(salary_eligibility(TOWN_TOTALS, policy=p))
    won, lost = d["乙村"], d["丙村"]
    assert (won.outcome, lost.outcome) == ("eligible", "not_eligible")
    for x in (won, lost):
        assert x.value.decided_by == "secondary_keys"
        assert x.value.tie_policy is TiePolicy.SECONDARY_KEYS
        assert x.value.tied_units == ("丙村", "乙村")
    assert texts(won)[1] == (
        "assessment.top_n_salary",
        "丙村、乙村得分相同,并列跨越第2名;按次要分项(k)依次比较,本单位为5分",
        "丙村, 乙村 have equal points across place 2; by the secondary keys (k) this unit has 5",
    )
    assert texts(lost)[1][2].endswith("by the secondary keys (k) this unit has 3")
    # the untied places keep no tie policy
    assert d["甲村"].value.tie_policy is None


@pytest.mark.rule("assessment.top_n_salary")
def test_units_still_tied_after_the_keys_are_settled_by_the_still_tied_policy() -> None:
    units = [
        total("甲村", 90),
        total("乙村", 80, k=5),
        total("丙村", 80, k=5),
        total("丁村", 80, k=3),
    ]
    p = Policy.default().override({**KEYS, "assessment.salary_top_n": 2})
    p = p.override({"assessment.tie_still_tied": "include_all"})
    d = by_unit(salary_eligibility(units, policy=p))
    assert {u: x.outcome for u, x in d.items()} == {
        "甲村": "eligible",
        "丁村": "not_eligible",
        "丙村": "eligible",
        "乙村": "eligible",
    }
    assert d["乙村"].value.decided_by == "tie_policy"
    assert d["乙村"].value.tie_policy is TiePolicy.SECONDARY_KEYS
    assert texts(d["乙村"])[1] == (
        "assessment.top_n_salary",
        "丁村、丙村、乙村得分相同,并列跨越第2名且次要分项仍相同:按政策并列者全部入选",
        "丁村, 丙村, 乙村 have equal points across place 2 and equal secondary keys: "
        "by policy every tied unit is admitted",
    )
    assert texts(d["丁村"])[1][2].endswith("by the secondary keys (k) this unit has 3")


@pytest.mark.rule("assessment.top_n_salary")
def test_the_number_of_places_is_the_one_in_force_at_the_end_of_each_year() -> None:
    p = Policy.default().with_change(dt.date(2026, 1, 1), {"assessment.salary_top_n": 1})
    years = [total(u, pts, year=y) for y in (2025, 2026) for u, pts in (("甲村", 9), ("乙村", 8))]
    got = {d.subject: (d.outcome, d.value.places) for d in salary_eligibility(years, policy=p)}
    assert got == {
        "甲村:2025": ("eligible", 4),
        "乙村:2025": ("eligible", 4),
        "甲村:2026": ("eligible", 1),
        "乙村:2026": ("not_eligible", 1),
    }


@pytest.mark.rule("assessment.top_n_salary")
def test_secondary_key_errors_name_the_parameter() -> None:
    with pytest.raises(PolicyError) as bad:
        salary_eligibility(
            TOWN_TOTALS,
            policy=Policy.default().override(
                {**TOP2, **KEYS, "assessment.tie_secondary_keys": ["nope"]}
            ),
        )
    assert bad.value.parameter == "assessment.tie_secondary_keys"
    assert "'nope' is neither an item code nor a category of scheme s" in str(bad.value)
    keys_only = Policy.default().override({"assessment.tie_policy": "secondary_keys"})
    with pytest.raises(MissingParameterError) as missing:
        salary_eligibility(TOWN_TOTALS, policy=keys_only)
    assert missing.value.parameter == "assessment.tie_secondary_keys"
    assert str(missing.value) == (
        "assessment.tie_secondary_keys: tie_policy is secondary_keys but no keys are set; "
        "name the item codes or categories that break a tie"
    )
    assert secondary_keys_needed(Policy.default().override(KEYS).assessment) == ("k",)


@pytest.mark.rule("assessment.top_n_salary")
def test_an_empty_group_with_keys_cuts_nothing() -> None:
    assert top_n_cut([], 4, Ties(TiePolicy.SECONDARY_KEYS, ("k",))) == {}


@pytest.mark.rule("assessment.top_n_salary")
def test_cadres_are_named_in_the_error() -> None:
    cadres = [total("张三", 90, kind="cadre"), total("李四", 80, kind="cadre")]
    with pytest.raises(RecordError) as bad:
        salary_eligibility(cadres)
    assert str(bad.value) == (
        "the top-N salary rule is for villages' party secretaries; these units are cadres: "
        "张三, 李四"
    )


@pytest.mark.rule("assessment.rank")
def test_rank_headlines_and_reasons() -> None:
    d = {x.value.unit: x for x in rank(TOWN_TOTALS)}
    assert d["甲村"].headline.en == f"甲村 ranks 1 of 4 in {TOWN} for 2025 (90 points)"
    assert d["甲村"].headline.zh == f"甲村在{TOWN}2025年度排名第1名(90分)"
    assert d["乙村"].headline.en == (
        f"乙村 ranks 2 of 4 in {TOWN} for 2025 (80 points), tied with 丙村"
    )
    assert [r.en for r in d["丁村"].reasons] == [
        f"4 units of {TOWN} are ranked; 3 scored more than 丁村"
    ]
    assert d["戊村"].outcome == "not_ranked"
    assert d["戊村"].value.missing_months == (6, 7)
    assert d["甲村"].value.missing_months == ()


@pytest.mark.rule("assessment.rank")
def test_an_incomplete_year_is_not_ranked_and_says_which_months_lack_a_sheet() -> None:
    lost = next(d for d in rank(TOWN_TOTALS) if d.value.unit == "戊村")
    assert (lost.subject, lost.outcome) == ("戊村:2025", "not_ranked")
    assert lost.headline.zh == "戊村2025年度考核不完整(缺6、7月),不参加排名"
    assert lost.headline.en == "戊村 is not ranked for 2025: month(s) 6, 7 have no sheet"
    # the headline names the months in English, so the reason does not repeat them
    assert texts(lost) == [
        (
            "assessment.annual_total",
            "缺6、7月评分,年度结果不完整",
            "The annual result is incomplete",
        )
    ]
    assert (lost.value.rank, lost.value.ranked_units, lost.value.tied_with) == (None, 4, ())


@pytest.mark.rule("assessment.rank")
def test_record_errors_say_what_was_wrong() -> None:
    with pytest.raises(RecordError) as bad:
        rank(cast(Any, [5]))
    assert str(bad.value) == (
        "expected annual totals (AnnualTotal values or the decisions of annual_totals), got int"
    )
    with pytest.raises(RecordError) as text:
        rank(cast(Any, "甲村"))
    assert str(text.value) == "expected a collection of annual totals"
    mixed = [
        total("甲村", 1),
        total("甲村", 2),
        total("乙村", 3).model_copy(update={"scheme": "t"}),
    ]
    with pytest.raises(RecordError) as both_problems:
        rank(mixed)
    assert str(both_problems.value) == (
        "甲村 2025: the unit has more than one annual total; "
        "2025: totals come from different schemes (s, t); rank one scheme"
    )
    two_schemes = [total("甲村", 1), total("乙村", 3).model_copy(update={"scheme": "t"})]
    with pytest.raises(RecordError, match=r"^2025: totals come from different schemes \(s, t\)"):
        rank(two_schemes)
    # one scheme per year: two years with two schemes are fine
    years = [total("甲村", 1), total("甲村", 1, year=2026).model_copy(update={"scheme": "t"})]
    assert [d.subject for d in rank(years)] == ["甲村:2025", "甲村:2026"]


@pytest.mark.rule("assessment.rank")
@pytest.mark.rule("assessment.top_n_salary")
def test_a_year_scored_zero_for_a_missing_month_is_ranked_without_missing_months() -> None:
    # missing_months = "zero": the month counts 0 points and the year is rankable; the
    # ranking and the salary decision list missing months only for an unranked year
    zeroed = total("甲村", 90, (6,)).model_copy(update={"rankable": True})
    group = [zeroed, total("乙村", 80)]
    ranked = rank(group)[0]
    assert (ranked.value.unit, ranked.value.rank, ranked.value.missing_months) == ("甲村", 1, ())
    salary = salary_eligibility(group)[0]
    assert (salary.value.unit, salary.outcome, salary.value.missing_months) == (
        "甲村",
        "eligible",
        (),
    )

"""Promotion in rank (职务职级并行), word for word, under both regimes.

Written against the survivors of mutation testing (``python tools/mutation.py
cadres/_rank``, triage in ``docs/mutation.md``): each decision is checked whole
(outcome, the counted months, the years left out, the headline and every reason in
both languages), since a reason that counts the wrong year misleads the committee
as much as a wrong outcome does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from orgwork.cadres import (
    CountyRank,
    Position,
    ServiceHistory,
    YearGrade,
    rank_promotion_eligibility,
)
from orgwork.decision import Decision
from orgwork.policy import Policy

d = dt.date
RANK = "cadres.rank_promotion"


def said(decision: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in decision.reasons]


def headline(decision: Decision[Any]) -> tuple[str, str]:
    return (decision.headline.zh, decision.headline.en)


def history(position: str, since: dt.date, **grades: str) -> ServiceHistory:
    return ServiceHistory(
        cadre="王某",
        position=position,  # type: ignore[arg-type]
        since=since,
        grades=[YearGrade(year=int(y[1:]), grade=g) for y, g in grades.items()],  # type: ignore[arg-type]
    )


@pytest.mark.rule(RANK)
def test_the_2019_table_word_for_word() -> None:
    # 晋升三级主任科员,应当任乡科级副职或者四级主任科员2年以上; 其中每有1个年度考核结果为
    # 优秀等次的, 任职年限缩短半年; 每有1个年度考核结果为基本称职等次或者不定等次的,
    # 该年度不计算为晋升职级的任职年限
    h = history(
        "township_deputy",
        d(2019, 7, 1),
        y2019="excellent",
        y2020="basically_competent",
        y2022="incompetent",
    )
    x = rank_promotion_eligibility(h, on=d(2023, 7, 1))
    v = x.value
    assert (x.outcome, x.subject, v.regime, v.target) == (
        "not_eligible",
        "王某",
        "2019",
        Position.PRINCIPAL_STAFF_3,
    )
    assert (v.required_months, v.shortening_months, v.served_months, v.counted_months) == (
        18,
        6,
        48,
        12,
    )
    assert (v.excluded_years, v.excellent_years, v.months_short) == ((2020, 2021, 2022), (2019,), 6)
    assert (v.years_met, v.eligible) == (False, False)
    assert headline(x) == (
        "王某尚不符合晋升三级主任科员的任职年限条件,还差6个月",
        "王某 does not yet meet the years for promotion to third-grade principal staff member: "
        "6 month(s) short",
    )
    assert said(x) == [
        (
            "晋升三级主任科员,应当任乡科级副职或者四级主任科员2年以上;王某自2019-07-01任乡科级副职",
            "Promotion to third-grade principal staff member needs 2 years as deputy "
            "township/section-level leader or fourth-grade principal staff member; 王某 has been "
            "a deputy township/section-level leader since 2019-07-01",
        ),
        (
            "2020年度考核为基本称职,该年度(12个月)不计算为晋升职级的任职年限",
            "2020 was graded 基本称职 (basically_competent): its 12 month(s) do not count",
        ),
        (
            "2021年无年度考核结果,该年12个月不计入任职年限",
            "No grade is recorded for 2021: its 12 month(s) do not count",
        ),
        (
            "2022年度考核为不称职,该年度(12个月)不计算为晋升职级的任职年限",
            "2022 was graded 不称职 (incompetent): its 12 month(s) do not count",
        ),
        (
            "2022年度考核不称职:按公务员法应降低职务或职级层次任职,本规则只计年限,请核对现任职级",
            "2022 was graded 不称职: the Civil Servant Law lowers the post or rank of such a "
            "cadre; this rule only counts years, so check the present rank",
        ),
        (
            "2023年尚未考核,本年6个月暂予计入",
            "2023 is not graded yet; its 6 month(s) count for now",
        ),
        (
            "任职期间1个年度考核优秀(2019),每个缩短6个月,共缩短6个月",
            "1 year(s) graded 优秀 in the rank (2019): 6 month(s) off each, 6 in all",
        ),
        (
            "截至2023-07-01任职满48个月,计入12个月(1年),须18个月(1年6个月)",
            "By 2023-07-01: 48 whole month(s) served, 12 counted (1 year(s)); 18 required "
            "(1 year(s) 6 month(s))",
        ),
    ]


@pytest.mark.rule(RANK)
def test_the_county_regime_word_for_word() -> None:
    # 2015: 每有1个年度考核为基本称职等次,任职年限条件延长1年
    h = history(
        "township_deputy",
        d(2016, 7, 1),
        y2016="competent",
        y2017="basically_competent",
        y2018="excellent",
    )
    x = rank_promotion_eligibility(h, on=d(2019, 3, 1))
    v = x.value
    assert (x.outcome, v.regime, v.target) == ("not_eligible", "2015", CountyRank.SECTION_LEVEL)
    assert (v.required_months, v.counted_months, v.excluded_years, v.months_short) == (
        186,
        32,
        (),
        154,
    )
    assert headline(x) == (
        "王某尚不符合晋升正科级的任职年限条件,还差12年10个月",
        "王某 does not yet meet the years for promotion to section level (county regime): "
        "12 year(s) 10 month(s) short",
    )
    assert said(x) == [
        (
            "县以下机关(2019年6月1日前):晋升正科级须任乡科级副职满15年;王某自2016-07-01任乡科级副职",
            "County-level regime (before 1 June 2019): promotion to section level (county "
            "regime) needs 15 years as deputy township/section-level leader; 王某 has been a "
            "deputy township/section-level leader since 2016-07-01",
        ),
        (
            "晋升正科级还须级别达到二十级;记录未载级别,须另行核对",
            "Promotion to section level (county regime) also needs 级别 二十级; the record has "
            "no 级别, so check it",
        ),
        (
            "2019年尚未考核,本年2个月暂予计入",
            "2019 is not graded yet; its 2 month(s) count for now",
        ),
        (
            "任职期间1个年度考核优秀(2018),每个缩短6个月,共缩短6个月",
            "1 year(s) graded 优秀 in the rank (2018): 6 month(s) off each, 6 in all",
        ),
        (
            "2017年度考核基本称职:该年计入,但任职年限条件延长12个月",
            "2017 was graded 基本称职: it counts, but the requirement grows by 12 month(s)",
        ),
        (
            "截至2019-03-01任职满32个月,计入32个月(2年8个月),须186个月(15年6个月)",
            "By 2019-03-01: 32 whole month(s) served, 32 counted (2 year(s) 8 month(s)); 186 "
            "required (15 year(s) 6 month(s))",
        ),
    ]


@pytest.mark.rule(RANK)
def test_no_table_in_force_and_the_top_rank_word_for_word() -> None:
    early = rank_promotion_eligibility(history("township_deputy", d(2008, 7, 1)), on=d(2010, 3, 1))
    assert (early.outcome, early.subject, early.value.target, early.value.regime) == (
        "not_in_force",
        "王某",
        None,
        "",
    )
    assert headline(early) == (
        "2010-03-01时职务与职级并行规定尚未施行(2015-01-01起施行)",
        "On 2010-03-01 the rank regulation was not yet in force (in force from 2015-01-01)",
    )
    assert said(early) == [("本表自2015-01-01起适用", "The table applies from 2015-01-01")]
    top = rank_promotion_eligibility(history("inspector_1", d(2020, 1, 1)), on=d(2023, 1, 1))
    assert (top.outcome, top.subject, top.value.regime, top.value.served_months) == (
        "top_rank",
        "王某",
        "2019",
        36,
    )
    assert headline(top) == (
        "王某现任一级巡视员,无更高职级可晋升",
        "王某 is a first-grade inspector: there is no higher rank",
    )
    assert said(top) == [("一级巡视员为最高职级", "The first-grade inspector is the highest rank")]


def _two_years() -> ServiceHistory:
    """Two full years as 乡科级副职 from 2019-07 (and an earlier 优秀, before the post)."""
    return history(
        "township_deputy", d(2019, 7, 1), y2018="excellent", y2019="competent", y2020="competent"
    )


MINIMUM = (
    "晋升三级主任科员,应当任乡科级副职或者四级主任科员2年以上;王某自2019-07-01任乡科级副职",
    "Promotion to third-grade principal staff member needs 2 years as deputy "
    "township/section-level leader or fourth-grade principal staff member; 王某 has been a "
    "deputy township/section-level leader since 2019-07-01",
)
CURRENT = (
    "2021年尚未考核,本年6个月暂予计入",
    "2021 is not graded yet; its 6 month(s) count for now",
)
TALLY = (
    "截至2021-07-01任职满24个月,计入24个月(2年),须24个月(2年)",
    "By 2021-07-01: 24 whole month(s) served, 24 counted (2 year(s)); 24 required (2 year(s))",
)
MET = (
    "达到最低任职年限;是否晋升还须综合工作需要、德才表现、职责轻重、工作实绩和资历",
    "The minimum is met; promotion still weighs need, conduct, duties, record and seniority",
)


@pytest.mark.rule(RANK)
def test_years_met_go_to_the_committee_with_the_grades_held_in_the_post() -> None:
    # 003: 对任职时间较长、表现一贯优秀的副科职领导干部晋升职级 — the committee's finding
    x = rank_promotion_eligibility(_two_years(), on=d(2021, 7, 1))
    v = x.value
    assert (x.outcome, x.subject, v.years_met, v.eligible, v.seed_condition) == (
        "referred",
        "王某",
        True,
        False,
        None,
    )
    assert (v.shortening_months, v.excellent_years) == (0, ())  # 2018 is before the post
    assert headline(x) == (
        "王某已达晋升三级主任科员的最低任职年限;是否属于“任职时间较长、表现一贯优秀”,提请党委研究认定",
        "王某 meets the minimum years for third-grade principal staff member; whether the cadre "
        "has served long and performed consistently well is for the committee to find",
    )
    assert said(x) == [
        MINIMUM,
        CURRENT,
        TALLY,
        (
            "供研究参考:任现职期间年度考核2019年称职、2020年称职",
            "For the committee: annual grades in the present rank or post: 2019 称职, 2020 称职",
        ),
    ]


@pytest.mark.rule(RANK)
def test_the_committees_finding_decides_and_is_said() -> None:
    yes = rank_promotion_eligibility(_two_years(), on=d(2021, 7, 1), consistently_excellent=True)
    assert (yes.outcome, yes.subject, yes.value.eligible) == ("eligible", "王某", True)
    assert headline(yes) == (
        "王某符合晋升三级主任科员的任职年限条件",
        "王某 meets the years for promotion to third-grade principal staff member",
    )
    assert said(yes)[3:] == [
        (
            "党委认定其“任职时间较长、表现一贯优秀”(003)",
            "The committee found the cadre long-serving and consistently excellent (003)",
        ),
        MET,
    ]
    no = rank_promotion_eligibility(_two_years(), on=d(2021, 7, 1), consistently_excellent=False)
    assert (no.outcome, no.subject, no.value.eligible) == ("condition_not_met", "王某", False)
    assert headline(no) == (
        "王某已达晋升三级主任科员的最低任职年限,但党委未认定其“任职时间较长、表现一贯优秀”,"
        "不符合种子所述晋升职级的条件",
        "王某 meets the minimum years for third-grade principal staff member, but the committee "
        "did not find the cadre long-serving and consistently excellent, the seed's condition "
        "for promotion in rank",
    )
    assert said(no) == [MINIMUM, CURRENT, TALLY]


@pytest.mark.rule(RANK)
def test_without_the_seeds_condition_the_years_decide() -> None:
    relaxed = Policy.default().override({"cadres.require_seed_condition": False})
    x = rank_promotion_eligibility(_two_years(), on=d(2021, 7, 1), policy=relaxed)
    assert (x.outcome, x.subject, x.value.eligible) == ("eligible", "王某", True)
    assert headline(x) == (
        "王某符合晋升三级主任科员的任职年限条件",
        "王某 meets the years for promotion to third-grade principal staff member",
    )
    assert said(x) == [MINIMUM, CURRENT, TALLY, MET]


@pytest.mark.rule(RANK)
def test_before_2019_a_post_the_county_regime_does_not_cover_is_named() -> None:
    # 中办发〔2015〕4号 covers 乡科级副职, 乡科级正职 and 县处级副职 only, from 2015-01-01
    on_the_day = rank_promotion_eligibility(
        history("bureau_deputy", d(2010, 1, 1)), on=d(2015, 1, 1), consistently_excellent=True
    )
    assert (on_the_day.outcome, on_the_day.value.regime) == ("not_in_force", "")
    assert on_the_day.value.seed_condition is True
    assert said(on_the_day) == [
        (
            "县以下机关职务与职级并行制度不为厅局级副职设晋升职级",
            "The county-level regime sets no promotion in rank for a deputy bureau-level leader",
        ),
        ("本表自2019-06-01起适用", "The table applies from 2019-06-01"),
    ]
    before = rank_promotion_eligibility(history("bureau_deputy", d(2010, 1, 1)), on=d(2014, 12, 31))
    assert said(before) == [("本表自2019-06-01起适用", "The table applies from 2019-06-01")]
    rank = rank_promotion_eligibility(history("clerk_2", d(2010, 1, 1)), on=d(2016, 1, 1))
    assert said(rank) == [("本表自2019-06-01起适用", "The table applies from 2019-06-01")]
    county = rank_promotion_eligibility(history("township_deputy", d(2010, 1, 1)), on=d(2015, 1, 1))
    assert (county.value.regime, county.value.target) == ("2015", CountyRank.SECTION_LEVEL)


@pytest.mark.rule(RANK)
def test_the_top_rank_keeps_the_regime_and_the_committees_finding() -> None:
    top = rank_promotion_eligibility(
        history("inspector_1", d(2020, 1, 1)), on=d(2023, 1, 1), consistently_excellent=False
    )
    v = top.value
    assert (v.regime, v.seed_condition, v.required_months, v.months_short) == (
        "2019",
        False,
        None,
        0,
    )
    assert (v.counted_months, v.shortening_months, v.eligible) == (0, 0, False)


@pytest.mark.rule(RANK)
def test_four_excellent_years_shorten_two_years_to_none() -> None:
    # 其中每有1个年度考核结果为优秀等次的, 任职年限缩短半年: 4 × 6 months off 24
    h = history(
        "township_deputy",
        d(2019, 7, 1),
        y2019="excellent",
        y2020="excellent",
        y2021="excellent",
        y2022="excellent",
    )
    x = rank_promotion_eligibility(h, on=d(2022, 7, 1), consistently_excellent=True)
    assert (x.outcome, x.value.required_months, x.value.months_short) == ("eligible", 0, 0)
    assert said(x)[1:3] == [
        (
            "任职期间4个年度考核优秀(2019、2020、2021、2022),每个缩短6个月,共缩短24个月",
            "4 year(s) graded 优秀 in the rank (2019, 2020, 2021, 2022): 6 month(s) off each, "
            "24 in all",
        ),
        (
            "截至2022-07-01任职满36个月,计入36个月(3年),须0个月(0个月)",
            "By 2022-07-01: 36 whole month(s) served, 36 counted (3 year(s)); 0 required (0 months)",
        ),
    ]
    # the 2015 regime's extension is not read under the 2019 table
    assert "cadres.county_basic_competent_extension_months" not in x.parameters


@pytest.mark.rule(RANK)
def test_the_grades_for_the_committee_include_the_first_and_the_current_year() -> None:
    h = history(
        "township_deputy",
        d(2019, 7, 1),
        y2019="competent",
        y2020="competent",
        y2021="excellent",
    )
    x = rank_promotion_eligibility(h, on=d(2021, 12, 31))
    assert x.outcome == "referred"
    assert x.value.months_short == 0
    assert said(x)[-1] == (
        "供研究参考:任现职期间年度考核2019年称职、2020年称职、2021年优秀",
        "For the committee: annual grades in the present rank or post: 2019 称职, 2020 称职, "
        "2021 优秀",
    )


@pytest.mark.rule(RANK)
def test_no_month_is_served_before_the_appointment() -> None:
    x = rank_promotion_eligibility(history("township_deputy", d(2022, 1, 1)), on=d(2021, 7, 1))
    assert (x.value.served_months, x.value.counted_months) == (0, 0)

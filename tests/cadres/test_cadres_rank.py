"""职务职级并行: the 2019 national table, worked examples and the never-too-few-years property."""

from __future__ import annotations

import datetime as dt
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.cadres import (
    RANK_BASES,
    CountyRank,
    Grade,
    Position,
    PromotionEligibility,
    ServiceHistory,
    YearGrade,
    promotion_target,
    rank_promotion_eligibility,
)
from orgwork.decision import Decision
from orgwork.errors import PolicyError
from orgwork.policy import Policy
from orgwork.policy.cadres import RankName, TargetRankName
from orgwork.strategies import service_histories

RULE = "cadres.rank_promotion"


def judged(h: ServiceHistory, **kw: typing.Any) -> Decision[PromotionEligibility]:
    """The rule with the committee's finding on 003's condition given (表现一贯优秀), so the
    worked cases below test the years alone, as they did before issue 13."""
    return rank_promotion_eligibility(h, consistently_excellent=True, **kw)


P = Position


def history(
    position: Position, since: dt.date, grades: dict[int, str] | None = None
) -> ServiceHistory:
    return ServiceHistory(
        cadre="C01",
        position=position,
        since=since,
        grades=tuple(YearGrade(year=y, grade=g) for y, g in (grades or {}).items()),
    )


@pytest.mark.rule("cadres.rank_promotion")
def test_the_table_is_the_2019_regulation() -> None:
    # 公务员职务与职级并行规定 (2019), 晋升职级的基本资格, transcribed one line per rank:
    expected = {
        "inspector_1": 4,  # 晋升一级巡视员,应当任厅局级副职或者二级巡视员4年以上
        "inspector_2": 4,  # 晋升二级巡视员,应当任一级调研员4年以上
        "researcher_1": 3,  # 晋升一级调研员,应当任县处级正职或者二级调研员3年以上
        "researcher_2": 2,  # 晋升二级调研员,应当任三级调研员2年以上
        "researcher_3": 2,  # 晋升三级调研员,应当任县处级副职或者四级调研员2年以上
        "researcher_4": 2,  # 晋升四级调研员,应当任一级主任科员2年以上
        "principal_staff_1": 2,  # 晋升一级主任科员,应当任乡科级正职或者二级主任科员2年以上
        "principal_staff_2": 2,  # 晋升二级主任科员,应当任三级主任科员2年以上
        "principal_staff_3": 2,  # 晋升三级主任科员,应当任乡科级副职或者四级主任科员2年以上
        "principal_staff_4": 2,  # 晋升四级主任科员,应当任一级科员2年以上
        "clerk_1": 2,  # 晋升一级科员,应当任二级科员2年以上
    }
    policy = Policy.default()
    assert policy.cadres.rank_min_years == expected
    assert policy.cadres.rank_table_effective == dt.date(2019, 6, 1)
    assert policy.cadres.excellent_year_shortening_months == 6
    info = {i.path: i for i in policy.parameters()}
    assert info["cadres.rank_min_years"].kind == "national"
    assert "公务员职务与职级并行规定" in info["cadres.rank_min_years"].source
    assert {t: tuple(b.zh for b in bases) for t, bases in RANK_BASES.items() if len(bases) > 1} == {
        P.INSPECTOR_1: ("厅局级副职", "二级巡视员"),
        P.RESEARCHER_1: ("县处级正职", "二级调研员"),
        P.RESEARCHER_3: ("县处级副职", "四级调研员"),
        P.PRINCIPAL_STAFF_1: ("乡科级正职", "二级主任科员"),
        P.PRINCIPAL_STAFF_3: ("乡科级副职", "四级主任科员"),
    }
    # the table drives the decision: exactly the years in each base rank or post (graded
    # 称职) reach the minimum, one month less does not
    for target, years in expected.items():
        for base in RANK_BASES[Position(target)]:
            since = dt.date(2020, 1, 1)
            h = history(base, since, dict.fromkeys(range(2020, 2020 + years), "competent"))
            on = dt.date(2020 + years, 1, 1)
            d = judged(h, on=on)
            assert (d.outcome, d.value.target, d.value.required_months) == (
                "eligible",
                Position(target),
                12 * years,
            )
            # the decision records the entry of the table it used, under the table's own path
            assert d.parameters["cadres.rank_min_years"] == years
            early = judged(h, on=dt.date(2020 + years - 1, 12, 1))
            assert (early.outcome, early.value.months_short) == ("not_eligible", 1)
    ranks = [p for p in Position if p.is_rank]
    assert [p.value for p in ranks] == list(typing.get_args(RankName))
    assert set(typing.get_args(TargetRankName)) == {t.value for t in RANK_BASES}
    # promotion is one rank at a time: each rank's target is the next rank
    assert [promotion_target(r) for r in ranks] == [*ranks[1:], None]


@pytest.mark.rule("cadres.rank_promotion")
def test_seed_example_a_deputy_section_leader() -> None:
    # 003: 对任职时间较长、表现一贯优秀的副科职领导干部晋升职级 → 三级主任科员 after 2 years
    h = history(P.TOWNSHIP_DEPUTY, dt.date(2019, 7, 15), {2019: "competent", 2020: "excellent"})
    d = judged(h, on=dt.date(2021, 1, 1))
    # Jul 2019–Dec 2020 = 18 months counted; 2 years less 6 months for 2020's 优秀 = 18.
    assert d.outcome == "eligible"
    assert d.value.target is P.PRINCIPAL_STAFF_3
    assert (d.value.served_months, d.value.counted_months) == (18, 18)
    assert (d.value.required_months, d.value.shortening_months) == (18, 6)
    assert d.value.excellent_years == (2020,)
    assert d.parameters["cadres.rank_min_years"] == 2
    early = judged(h, on=dt.date(2020, 12, 31))
    assert early.outcome == "not_eligible"
    assert early.value.months_short == 1
    assert "还差1个月" in early.headline("zh")


@pytest.mark.rule("cadres.rank_promotion")
def test_clerk_needs_two_years_not_three() -> None:
    # 晋升四级主任科员,应当任一级科员2年以上 (3 years is the leadership-post rule)
    h = history(P.CLERK_1, dt.date(2020, 3, 1), {2020: "competent", 2021: "competent"})
    assert judged(h, on=dt.date(2022, 2, 28)).outcome == "not_eligible"
    d = judged(h, on=dt.date(2022, 3, 1))
    assert d.outcome == "eligible"
    assert d.value.target is P.PRINCIPAL_STAFF_4
    assert d.value.required_months == 24


@pytest.mark.rule("cadres.rank_promotion")
def test_four_years_for_second_grade_inspector() -> None:
    grades = dict.fromkeys(range(2019, 2024), "competent")
    h = history(P.RESEARCHER_1, dt.date(2019, 6, 1), grades)
    assert judged(h, on=dt.date(2023, 5, 31)).value.months_short == 1
    assert judged(h, on=dt.date(2023, 6, 1)).outcome == "eligible"


@pytest.mark.rule("cadres.rank_promotion")
@pytest.mark.parametrize("grade", ["basically_competent", "undetermined", "incompetent"])
def test_a_year_below_competent_is_not_counted(grade: str) -> None:
    # 每有1个年度考核结果为基本称职等次或者不定等次的,该年度不计算为晋升职级的任职年限
    h = history(P.CLERK_2, dt.date(2020, 1, 1), {2020: "competent", 2021: grade, 2022: "competent"})
    d = judged(h, on=dt.date(2022, 12, 31))
    assert (d.value.served_months, d.value.counted_months) == (35, 23)
    assert d.value.excluded_years == (2021,)
    assert d.outcome == "not_eligible"
    flagged = any("降低职务或职级" in r.zh for r in d.reasons)
    assert flagged is (grade == "incompetent")
    # by 2023 the twelve months of 2020 and of 2022 make the 24 needed, without 2021
    assert judged(h, on=dt.date(2023, 1, 1)).outcome == "eligible"


@pytest.mark.rule("cadres.rank_promotion")
def test_each_excellent_year_shortens_by_half_a_year() -> None:
    # 其中每有1个年度考核结果为优秀等次的,任职年限缩短半年
    h = history(P.PRINCIPAL_STAFF_2, dt.date(2021, 1, 1), {2021: "excellent"})
    d = judged(h, on=dt.date(2022, 6, 1))
    assert d.value.required_months == 18
    assert d.value.counted_months == 17  # 12 (2021) + 5 of 2022, not yet graded
    assert judged(h, on=dt.date(2022, 7, 1)).outcome == "eligible"
    # a 优秀 year before the appointment does not shorten
    before = history(
        P.PRINCIPAL_STAFF_2, dt.date(2021, 1, 1), {2020: "excellent", 2021: "competent"}
    )
    assert judged(before, on=dt.date(2022, 7, 1)).value.shortening_months == 0


@pytest.mark.rule("cadres.rank_promotion")
def test_ungraded_years() -> None:
    h = history(P.CLERK_1, dt.date(2020, 1, 1), {2020: "competent"})
    d = judged(h, on=dt.date(2022, 1, 1))
    # 2021 has no grade recorded (its assessment may still be running): not counted
    assert (d.value.counted_months, d.value.excluded_years) == (12, (2021,))
    h2 = history(P.CLERK_1, dt.date(2020, 1, 1), {2020: "competent", 2021: "competent"})
    assert judged(h2, on=dt.date(2022, 1, 1)).outcome == "eligible"
    no_current = Policy.default().override({"cadres.count_ungraded_current_year": False})
    d3 = judged(h, on=dt.date(2020, 11, 1), policy=no_current)
    d4 = judged(h.model_copy(update={"grades": ()}), on=dt.date(2020, 11, 1), policy=no_current)
    assert d3.value.counted_months == 10  # 2020 graded
    assert d4.value.counted_months == 0


@pytest.mark.rule("cadres.rank_promotion")
def test_counting_from_the_month_or_the_day() -> None:
    h = history(P.CLERK_1, dt.date(2020, 6, 20), dict.fromkeys((2020, 2021, 2022), "competent"))
    by_month = judged(h, on=dt.date(2022, 6, 1))
    assert by_month.outcome == "eligible"  # 之月起: June 2020 – May 2022 = 24 months
    by_day = judged(
        h,
        on=dt.date(2022, 6, 1),
        policy=Policy.default().override({"cadres.rank_service_counted_from": "appointment_day"}),
    )
    assert (by_day.outcome, by_day.value.served_months) == ("not_eligible", 23)
    assert (
        judged(
            h,
            on=dt.date(2022, 6, 20),
            policy=Policy.default().override(
                {"cadres.rank_service_counted_from": "appointment_day"}
            ),
        ).outcome
        == "eligible"
    )


@pytest.mark.rule("cadres.rank_promotion")
def test_not_in_force_and_top_rank() -> None:
    h = history(P.CLERK_1, dt.date(2015, 1, 1), dict.fromkeys(range(2015, 2020), "competent"))
    d = judged(h, on=dt.date(2019, 5, 31))
    assert (d.outcome, d.value.eligible) == ("not_in_force", False)
    assert judged(h, on=dt.date(2019, 6, 1)).outcome == "eligible"
    top = judged(history(P.INSPECTOR_1, dt.date(2019, 6, 1)), on=dt.date(2025, 1, 1))
    assert (top.outcome, top.value.target) == ("top_rank", None)


@pytest.mark.rule("cadres.rank_promotion")
def test_a_dated_change_of_the_table() -> None:
    table = dict(Policy.default().cadres.rank_min_years) | {"principal_staff_4": 3}
    p = Policy.default().with_change(
        dt.date(2030, 1, 1), {"cadres.rank_min_years": table}, source="假设的新规定"
    )
    h = history(P.CLERK_1, dt.date(2027, 2, 1), dict.fromkeys(range(2027, 2031), "competent"))
    assert judged(h, on=dt.date(2029, 12, 31), policy=p).outcome == "eligible"
    d = judged(h, on=dt.date(2030, 1, 1), policy=p)
    assert (d.value.required_months, d.value.counted_months, d.outcome) == (36, 35, "not_eligible")
    with pytest.raises(PolicyError, match="missing"):
        Policy.default().override({"cadres.rank_min_years": {"clerk_1": 3}})


@pytest.mark.rule("cadres.rank_promotion")
def test_bad_histories_are_validation_errors() -> None:
    with pytest.raises(ValidationError, match="listed more than once"):
        ServiceHistory.model_validate(
            {
                "cadre": "C",
                "position": "clerk_1",
                "since": "2020-01-01",
                "grades": [
                    {"year": 2020, "grade": "competent"},
                    {"year": 2020, "grade": "excellent"},
                ],
            }
        )
    with pytest.raises(ValidationError):
        YearGrade(year=2020, grade="good")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        ServiceHistory(cadre="C", position="clerk_3", since=dt.date(2020, 1, 1))  # type: ignore[arg-type]
    # a history read from a file and passed straight to the rule is checked the same way
    raw = {"cadre": "C", "position": "clerk_1", "since": "2020-01-01", "grades": [{"year": 1800}]}
    with pytest.raises(ValidationError) as info:
        rank_promotion_eligibility(raw, on=dt.date(2022, 1, 1))  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"][:2] == ("grades", 0)


def _oracle_counted(h: ServiceHistory, on: dt.date) -> int:
    """Months of service in years graded 称职以上 (or the current, ungraded year), counted
    independently: walk the first day of each month from the appointment month."""
    months = 0
    y, m = h.since.year, h.since.month
    grades = {g.year: g.grade for g in h.grades}
    while True:
        y2, m2 = (y, m + 1) if m < 12 else (y + 1, 1)
        if dt.date(y2, m2, 1) > on:
            break
        g = grades.get(y)
        if (g in (Grade.EXCELLENT, Grade.COMPETENT)) or (g is None and y == on.year):
            months += 1
        y, m = y2, m2
    return months


@pytest.mark.rule("cadres.rank_promotion")
@given(service_histories(), st.dates(dt.date(2019, 6, 1), dt.date(2036, 12, 31)))
def test_never_passes_with_fewer_years_than_the_table_asks(h: ServiceHistory, on: dt.date) -> None:
    d = judged(h, on=on)
    v = d.value
    target = promotion_target(h.position)
    if target is None:
        assert d.outcome == "top_rank"
        return
    years = Policy.default().cadres.rank_min_years[target.value]  # type: ignore[index]
    excellent = {
        g.year for g in h.grades if g.grade is Grade.EXCELLENT and h.since.year <= g.year <= on.year
    }
    counted = _oracle_counted(h, on)
    assert v.counted_months == counted
    assert v.counted_months <= v.served_months
    assert v.required_months == max(12 * years - 6 * len(excellent), 0)
    assert v.eligible is (counted >= 12 * years - 6 * len(excellent))
    if v.eligible:
        assert counted + 6 * len(excellent) >= 12 * years
    assert d.outcome == ("eligible" if v.eligible else "not_eligible")
    assert Decision[PromotionEligibility].model_validate_json(d.to_json()) == d


_BETTER = {
    Grade.UNDETERMINED: Grade.COMPETENT,
    Grade.INCOMPETENT: Grade.BASICALLY_COMPETENT,
    Grade.BASICALLY_COMPETENT: Grade.COMPETENT,
    Grade.COMPETENT: Grade.EXCELLENT,
}


@pytest.mark.rule("cadres.rank_promotion")
@given(service_histories(), st.dates(dt.date(2019, 6, 1), dt.date(2036, 12, 31)), st.data())
def test_a_better_grade_never_takes_eligibility_away(
    h: ServiceHistory, on: dt.date, data: st.DataObject
) -> None:
    improvable = [g for g in h.grades if g.grade in _BETTER]
    if not improvable:
        return
    g = data.draw(st.sampled_from(improvable))
    better = h.model_copy(
        update={
            "grades": tuple(
                YearGrade(year=x.year, grade=_BETTER[x.grade]) if x is g else x for x in h.grades
            )
        }
    )
    before = judged(h, on=on)
    after = judged(better, on=on)
    if before.value.eligible:
        assert after.value.eligible
    assert after.value.months_short <= before.value.months_short


@pytest.mark.rule("cadres.rank_promotion")
def test_the_day_is_a_required_keyword() -> None:
    h = history(P.CLERK_2, dt.date(2020, 1, 1))
    with pytest.raises(TypeError):
        rank_promotion_eligibility(h, dt.date(2022, 1, 1))  # type: ignore[misc]
    with pytest.raises(TypeError):
        rank_promotion_eligibility(h)  # type: ignore[call-arg]
    assert rank_promotion_eligibility(h, on=dt.date(2022, 1, 1)).outcome == "not_eligible"


@pytest.mark.rule("cadres.rank_promotion")
def test_a_midnight_datetime_is_its_date_and_a_time_of_day_is_refused() -> None:
    h = history(P.CLERK_2, dt.date(2020, 1, 1), {2020: "competent", 2021: "competent"})
    day = judged(h, on=dt.date(2025, 6, 30))
    assert judged(h, on=dt.datetime(2025, 6, 30)) == day
    with pytest.raises(ValidationError) as info:
        judged(h, on=dt.datetime(2025, 6, 30, 0, 1))
    assert info.value.errors()[0]["loc"] == ("on",)


@pytest.mark.rule("cadres.rank_promotion")
def test_helpers_validate_their_arguments() -> None:
    with pytest.raises(ValidationError) as info:
        promotion_target("general")  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("position",)
    with pytest.raises(ValidationError, match="grades listed more than once: 2020"):
        ServiceHistory(
            cadre="C",
            position="clerk_2",
            since=dt.date(2020, 1, 1),
            grades=[YearGrade(year=2020, grade="competent")] * 2,
        )
    h = history(P.CLERK_2, dt.date(2020, 1, 1), {2020: "competent", 2021: "competent"})
    assert judged(h, on=dt.date(2022, 1, 1)).outcome == "eligible"


# -- issue 13, point 7: the seed's own condition, the 2015 county regime, the sourced table --------


def _deputy_two_years() -> ServiceHistory:
    # 003's 副科职领导干部: two years as 乡科级副职, both graded 称职
    return history(P.TOWNSHIP_DEPUTY, dt.date(2020, 1, 1), {2020: "competent", 2021: "competent"})


@pytest.mark.rule("cadres.rank_promotion")
def test_the_seeds_condition_is_read() -> None:
    # 003: 对任职时间较长、表现一贯优秀的副科职领导干部晋升职级
    h, on = _deputy_two_years(), dt.date(2022, 1, 1)
    open_ = rank_promotion_eligibility(h, on=on)  # nobody has judged 表现一贯优秀 yet
    assert open_.outcome == "referred"
    assert (open_.value.years_met, open_.value.seed_condition, open_.value.eligible) == (
        True,
        None,
        False,
    )
    assert "表现一贯优秀" in open_.headline("zh")
    assert "党委" in open_.headline("zh")
    assert open_.parameters["cadres.require_seed_condition"] is True
    yes = rank_promotion_eligibility(h, on=on, consistently_excellent=True)
    assert (yes.outcome, yes.value.eligible, yes.value.seed_condition) == ("eligible", True, True)
    no = rank_promotion_eligibility(h, on=on, consistently_excellent=False)
    assert (no.outcome, no.value.eligible, no.value.years_met) == ("condition_not_met", False, True)
    # the years are checked first: a finding does not make up missing years
    early = rank_promotion_eligibility(h, on=dt.date(2021, 12, 1), consistently_excellent=True)
    assert early.outcome == "not_eligible"
    # a locality that reads only the national minimum
    national = Policy.default().override({"cadres.require_seed_condition": False})
    assert rank_promotion_eligibility(h, on=on, policy=national).outcome == "eligible"
    info = {i.path: i for i in Policy.default().parameters()}["cadres.require_seed_condition"]
    assert info.kind == "local"
    assert info.text == "对任职时间较长、表现一贯优秀的副科职领导干部晋升职级"


@pytest.mark.rule("cadres.rank_promotion")
def test_the_2015_county_regime_before_the_2019_regulation() -> None:
    # 中办发〔2015〕4号: 晋升正科级须任副科级或乡科级副职、副主任科员满15年
    h = history(
        P.TOWNSHIP_DEPUTY, dt.date(2003, 5, 1), dict.fromkeys(range(2003, 2019), "competent")
    )
    d = rank_promotion_eligibility(h, on=dt.date(2018, 5, 1), consistently_excellent=True)
    assert d.outcome == "eligible"
    assert d.value.target is CountyRank.SECTION_LEVEL
    assert d.value.target.zh == "正科级"
    assert d.value.required_months == 180
    assert d.parameters["cadres.county_rank_min_years"] == 15
    assert "级别" in " ".join(r.zh for r in d.reasons)  # the 级别 condition is left to check
    short = rank_promotion_eligibility(h, on=dt.date(2018, 4, 30), consistently_excellent=True)
    assert (short.outcome, short.value.months_short) == ("not_eligible", 1)
    # 每有1个年度考核为基本称职等次,任职年限条件延长1年 (the year itself still counts)
    basic = history(
        P.TOWNSHIP_DEPUTY,
        dt.date(2003, 5, 1),
        dict.fromkeys(range(2003, 2019), "competent") | {2010: "basically_competent"},
    )
    b = rank_promotion_eligibility(basic, on=dt.date(2018, 5, 1), consistently_excellent=True)
    assert (b.value.required_months, b.value.counted_months, b.outcome) == (
        192,
        180,
        "not_eligible",
    )
    # before the 2015 regime: nothing in force
    assert rank_promotion_eligibility(h, on=dt.date(2014, 12, 31)).outcome == "not_in_force"
    # a 2019 rank before 2019-06-01 has no table either
    clerk = history(P.CLERK_1, dt.date(2016, 1, 1), dict.fromkeys(range(2016, 2019), "competent"))
    assert rank_promotion_eligibility(clerk, on=dt.date(2019, 5, 31)).outcome == "not_in_force"
    # from 2019-06-01 the same post counts toward 三级主任科员 (2 years)
    after = rank_promotion_eligibility(h, on=dt.date(2019, 6, 1), consistently_excellent=True)
    assert (after.value.target, after.value.required_months) == (P.PRINCIPAL_STAFF_3, 24)
    info = {i.path: i for i in Policy.default().parameters()}
    assert info["cadres.county_rank_min_years"].kind == "national"
    assert "中办发〔2015〕4号" in info["cadres.county_rank_min_years"].source
    assert Policy.default().cadres.county_rank_min_years == {
        "clerk_level": 8,
        "deputy_section_level": 12,
        "section_level": 15,
        "deputy_division_level": 15,
        "division_level": 15,
    }


@pytest.mark.rule("cadres.rank_promotion")
def test_the_table_cites_its_clause_and_the_copies_read() -> None:
    info = {i.path: i for i in Policy.default().parameters()}["cadres.rank_min_years"]
    # the disputed cell, settled from the enumerated clause, quoted
    assert "(十)晋升四级主任科员,应当任一级科员2年以上" in info.source
    assert "公务员晋升职级,应当具备下列基本资格" in info.source
    assert "primary text" in info.source  # says the official text could not be reached
    assert "任一级科员3年以上" in info.source  # and where the 3 years come from

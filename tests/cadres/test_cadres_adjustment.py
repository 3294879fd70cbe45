"""干部调整前运用绩效评价 (003, 服务基层党员干部人才 二是“导向性激励”)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.cadres import (
    Adjustment,
    PerformanceResult,
    ServiceHistory,
    performance_before_adjustment,
)
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import adjustments, performance_results

D = dt.date
RULE = "cadres.adjustment_performance"
TEAM = "丹阳市某镇党委"


def result(year: int, cadre: str | None, filed: dt.date | None = None) -> PerformanceResult:
    return PerformanceResult(
        year=year, team=TEAM, cadre=cadre, filed_on=filed or D(year + 1, 1, 20)
    )


def adjust(on: dt.date, start: dt.date | None, kind: str = "transfer") -> Adjustment:
    return Adjustment(cadre="王某", team=TEAM, kind=kind, on=on, tenure_start=start)  # type: ignore[arg-type]


ALL = [result(y, c) for y in (2009, 2010, 2011) for c in ("王某", None)]
#: A locality whose results are on file by the end of the year they cover: nothing pending.
AT_YEAR_END = Policy.default().override({"cadres.adjustment_results_months": 0})


@pytest.mark.rule(RULE)
def test_the_clause() -> None:
    quote = get(RULE).source.quote
    assert "在每一次干部调整之前,我们都坚持充分运用每年绩效管理的成果" in quote
    assert "对每一个领导班子和成员任期内的业绩进行综合评价" in quote
    assert Policy.default().cadres.adjustment_results_of == "member_and_team"


@pytest.mark.rule(RULE)
def test_every_year_of_the_tenure_on_file() -> None:
    (d,) = performance_before_adjustment([adjust(D(2012, 3, 1), D(2009, 5, 1))], ALL)
    assert d.outcome == "complete"
    assert d.subject == "王某"
    assert d.value.years == (2009, 2010, 2011)
    assert d.headline.zh == "王某(丹阳市某镇党委,2012年3月1日交流调任)调整前各年度绩效管理成果齐全"
    assert d.reasons[0].zh == (
        "丹阳市某镇党委任职自2009年5月1日起,须有2009、2010、2011年度的绩效管理成果"
        "(调整当年的成果尚未形成,不要求)"
    )
    assert d.parameters == {
        "cadres.adjustment_results_of": "member_and_team",
        "cadres.adjustment_results_months": None,
    }


@pytest.mark.rule(RULE)
def test_missing_and_late_years_are_listed() -> None:
    results = [
        result(2009, "王某"),
        result(2009, None),
        result(2010, None),
        result(2011, "王某", D(2012, 3, 1)),  # filed on the adjustment day: too late
    ]
    (d,) = performance_before_adjustment(
        [adjust(D(2012, 3, 1), D(2009, 5, 1))], results, policy=AT_YEAR_END
    )
    assert d.outcome == "gaps"
    assert d.value.missing_member_years == (2010, 2011)
    assert d.value.missing_team_years == (2011,)
    assert d.value.late_years == (2011,)
    assert d.headline.zh == (
        "王某(丹阳市某镇党委,2012年3月1日交流调任)调整前缺绩效管理成果:本人2010、2011年度;班子2011年度"
    )
    assert "2011年度的成果于调整之日或之后才归档,不计入" in [r.zh for r in d.reasons]


@pytest.mark.rule(RULE)
def test_member_only_locally() -> None:
    p = Policy.default().override({"cadres.adjustment_results_of": "member"})
    results = [r for r in ALL if r.cadre is not None]
    (d,) = performance_before_adjustment([adjust(D(2012, 3, 1), D(2009, 5, 1))], results, policy=p)
    assert (d.outcome, d.value.missing_team_years) == ("complete", ())
    (d,) = performance_before_adjustment(
        [adjust(D(2012, 3, 1), D(2009, 5, 1))], results, policy=AT_YEAR_END
    )
    assert d.value.missing_team_years == (2009, 2010, 2011)


@pytest.mark.rule(RULE)
def test_unknown_tenure_is_referred_and_a_history_supplies_it() -> None:
    a = adjust(D(2012, 3, 1), None, "removal")
    (d,) = performance_before_adjustment([a], ALL)
    assert d.outcome == "referred"
    assert d.headline.zh == (
        "王某(丹阳市某镇党委,2012年3月1日免职)任期起始日不明,无法确定应有哪些年度的成果,提交研究"
    )
    h = ServiceHistory(cadre="王某", position="township_deputy", since=D(2010, 7, 1))
    later = ServiceHistory(cadre="王某", position="township_head", since=D(2013, 1, 1))
    (d,) = performance_before_adjustment([a], ALL, histories=[h, later])
    assert (d.outcome, d.value.tenure_start, d.value.years) == (
        "complete",
        D(2010, 7, 1),
        (2010, 2011),
    )
    assert d.reasons[0].zh == "任期起始日取自任职经历(2010年7月1日)"


@pytest.mark.rule(RULE)
def test_adjusted_within_the_first_year() -> None:
    (d,) = performance_before_adjustment([adjust(D(2012, 11, 1), D(2012, 1, 5), "appointment")], [])
    assert (d.outcome, d.value.years) == ("not_applicable", ())
    assert d.headline.zh == (
        "王某(丹阳市某镇党委,2012年11月1日任职)任职未满一个年度,尚无年度绩效管理成果可用"
    )


@pytest.mark.rule(RULE)
def test_adjustment_bad_input() -> None:
    with pytest.raises(ValidationError, match="tenure_start"):
        adjust(D(2012, 3, 1), D(2012, 3, 2))
    with pytest.raises(TypeError, match="policy"):
        performance_before_adjustment([], [], policy={})  # type: ignore[arg-type]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(adjustments(), max_size=4),
    st.lists(performance_results(min_year=2005, max_year=2026), max_size=12),
)
@pytest.mark.rule(RULE)
def test_the_missing_years_are_those_without_a_result_filed_before(
    given_adjustments: list[Adjustment], results: list[PerformanceResult]
) -> None:
    ds = performance_before_adjustment(given_adjustments, results, policy=AT_YEAR_END)
    assert [d.value.on for d in ds] == sorted(a.on for a in given_adjustments)
    for d in ds:
        v = d.value
        if v.tenure_start is None:
            assert d.outcome == "referred"
            continue
        assert v.years == tuple(range(v.tenure_start.year, v.on.year))
        for y in v.years:
            mine = any(r.cadre == v.cadre and r.year == y and r.filed_on < v.on for r in results)
            team = any(
                r.cadre is None and r.team == v.team and r.year == y and r.filed_on < v.on
                for r in results
            )
            assert (y in v.missing_member_years) is not mine
            assert (y in v.missing_team_years) is not team
        missing = v.missing_member_years or v.missing_team_years
        want = "not_applicable" if not v.years else "gaps" if missing else "complete"
        assert d.outcome == want


@pytest.mark.rule(RULE)
def test_the_year_just_ended_is_referred_not_a_gap() -> None:
    # adjusted on 1 January 2011: 2010's results cannot be on file yet, and the text does not
    # say when a year's results are made
    early = [result(2009, c) for c in ("王某", None)]
    (d,) = performance_before_adjustment([adjust(D(2011, 1, 1), D(2009, 5, 1))], early)
    assert (d.outcome, d.value.pending_years, d.value.missing_member_years) == (
        "referred",
        (2010,),
        (),
    )
    assert d.headline.zh == (
        "王某(丹阳市某镇党委,2011年1月1日交流调任)调整前缺2010年度的绩效管理成果,该年度刚结束,提交研究"
    )
    assert (
        "2010年度的成果尚未归档,该年度结束不久,成果可能尚未形成(原文未规定年度成果何时形成),提交研究"
        in [r.zh for r in d.reasons]
    )
    # an older year missing is a gap all the same; the year just ended stays pending
    (g,) = performance_before_adjustment([adjust(D(2011, 1, 1), D(2009, 5, 1))], [])
    assert (g.outcome, g.value.missing_member_years, g.value.pending_years) == (
        "gaps",
        (2009,),
        (2010,),
    )
    # a locality that gives its results three months: by 1 April they were due
    three = Policy.default().override({"cadres.adjustment_results_months": 3})
    (within,) = performance_before_adjustment(
        [adjust(D(2011, 4, 1), D(2009, 5, 1))], early, policy=three
    )
    assert (within.outcome, within.value.pending_years) == ("referred", (2010,))
    assert "本地规定年度结束后3个月内形成,调整之日未超过" in within.reasons[-1].zh
    (past,) = performance_before_adjustment(
        [adjust(D(2011, 4, 2), D(2009, 5, 1))], early, policy=three
    )
    assert (past.outcome, past.value.missing_member_years, past.value.pending_years) == (
        "gaps",
        (2010,),
        (),
    )

"""组织部门定期征求意见制度 (003, 三是规章制度落实公道正派)."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.cadres import OpinionSolicitation, SolicitationCheck, opinion_solicitations
from orgwork.decision import Decision
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import opinion_solicitations as drawn_solicitations

D = dt.date
RULE = "cadres.opinion_solicitation"
PARAM = "cadres.opinion_solicitation_months"
START, END = D(2012, 1, 1), D(2012, 12, 31)


def every(months: int) -> Policy:
    return Policy.default().override({PARAM: months})


def ask(on: dt.date, form: str = "座谈会") -> OpinionSolicitation:
    return OpinionSolicitation(on=on, form=form)


ASKED = [ask(D(2012, 2, 20)), ask(D(2012, 5, 15), "问卷"), ask(D(2012, 11, 5), "个别谈话")]


@pytest.mark.rule(RULE)
def test_the_clause() -> None:
    quote = get(RULE).source.quote
    assert quote.startswith("建立组织部门定期征求意见制度")
    # 定期 (regularly) gives no number: none is invented
    assert getattr(Policy.default().cadres, PARAM.partition(".")[2]) is None


@pytest.mark.rule(RULE)
def test_with_no_interval_the_solicitations_are_listed_and_referred() -> None:
    d = opinion_solicitations(ASKED, start=START, on=END)
    assert d.outcome == "referred"
    assert d.value.held == (D(2012, 2, 20), D(2012, 5, 15), D(2012, 11, 5))
    assert d.value.months is None
    assert d.headline.zh == (
        "组织部门定期征求意见(2012年1月1日至2012年12月31日):征求意见3次,未设定间隔,提交研究"
    )
    assert [r.zh for r in d.reasons] == [
        "2012年1月1日至2012年12月31日征求意见3次:"
        "2012年2月20日(座谈会)、2012年5月15日(问卷)、2012年11月5日(个别谈话)",
        "原文“定期征求意见”未规定间隔,本地也未设定,列明征求意见情况,提交研究决定,不判定缺漏",
    ]
    assert d.parameters == {PARAM: None}
    assert Decision[SolicitationCheck].model_validate_json(d.to_json()) == d


@pytest.mark.rule(RULE)
def test_a_quarter_without_one_is_a_gap() -> None:
    d = opinion_solicitations(ASKED, start=START, on=END, policy=every(3))
    assert d.outcome == "gaps"
    assert [(p.first, p.last) for p in d.value.missing] == [(D(2012, 7, 1), D(2012, 9, 30))]
    assert len(d.value.periods) == 4
    assert d.headline.zh == (
        "组织部门定期征求意见(2012年1月1日至2012年12月31日):2012年7月1日至2012年9月30日未征求意见"
    )
    assert d.parameters == {PARAM: 3}


@pytest.mark.rule(RULE)
def test_every_half_year_with_one_is_complete() -> None:
    d = opinion_solicitations(ASKED, start=START, on=END, policy=every(6))
    assert d.outcome == "complete"
    assert [p.held for p in d.value.periods] == [
        (D(2012, 2, 20), D(2012, 5, 15)),
        (D(2012, 11, 5),),
    ]
    assert d.headline.zh == (
        "组织部门定期征求意见(2012年1月1日至2012年12月31日):已结束的2个周期均征求了意见"
    )


@pytest.mark.rule(RULE)
def test_a_period_not_yet_ended_is_not_judged() -> None:
    on = D(2012, 8, 31)
    d = opinion_solicitations(ASKED[:1], start=START, on=on, policy=every(6))
    assert d.outcome == "complete"
    assert d.value.running is not None
    assert (d.value.running.first, d.value.running.last) == (D(2012, 7, 1), D(2012, 12, 31))
    assert "2012年7月1日至2012年12月31日的周期截至2012年8月31日尚未结束,不作判定" in [
        r.zh for r in d.reasons
    ]
    d = opinion_solicitations([], start=START, on=D(2012, 5, 31), policy=every(6))
    assert d.outcome == "not_due"
    assert d.headline.zh.endswith("尚无已结束的周期,不作判定")
    # a period ending on the day checked is ended
    d = opinion_solicitations([], start=START, on=D(2012, 6, 30), policy=every(6))
    assert (d.outcome, len(d.value.missing)) == ("gaps", 1)


@pytest.mark.rule(RULE)
def test_calendar_months_not_thirty_days() -> None:
    # from 31 January: one month ends on 28 February 2013 (and 29 February in 2012)
    d = opinion_solicitations([], start=D(2013, 1, 31), on=D(2013, 4, 30), policy=every(1))
    assert [(p.first, p.last) for p in d.value.missing] == [
        (D(2013, 1, 31), D(2013, 2, 27)),
        (D(2013, 2, 28), D(2013, 3, 30)),
        (D(2013, 3, 31), D(2013, 4, 29)),
    ]


@pytest.mark.rule(RULE)
def test_solicitations_outside_the_span_do_not_count() -> None:
    outside = [ask(D(2011, 12, 31)), ask(D(2013, 1, 1))]
    d = opinion_solicitations(outside, start=START, on=END, policy=every(12))
    assert (d.outcome, d.value.held) == ("gaps", ())
    assert d.reasons[0].zh == "2012年1月1日至2012年12月31日无征求意见记录"


@pytest.mark.rule(RULE)
def test_bad_input_is_named() -> None:
    with pytest.raises(ValueError, match=r"^start: 2013-01-01 is after on 2012-12-31"):
        opinion_solicitations([], start=D(2013, 1, 1), on=END)
    with pytest.raises(TypeError, match=r"^solicitations must be a collection"):
        opinion_solicitations(5, start=START, on=END)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="form"):
        OpinionSolicitation(on=START, form="")
    with pytest.raises(TypeError, match="policy"):
        opinion_solicitations([], start=START, on=END, policy={})  # type: ignore[arg-type]
    assert "秘密" not in repr(OpinionSolicitation(on=START, form="问卷", note="秘密"))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(drawn_solicitations(D(2010, 1, 1), D(2014, 12, 31)), max_size=8),
    st.dates(D(2010, 1, 1), D(2014, 12, 31)),
    st.integers(0, 900),
    st.none() | st.integers(1, 24),
)
@pytest.mark.rule(RULE)
def test_every_ended_period_needs_one(
    asked: list[OpinionSolicitation], start: dt.date, days: int, months: int | None
) -> None:
    on = start + dt.timedelta(days=days)
    p = None if months is None else every(months)
    d = opinion_solicitations(asked, start=start, on=on, policy=p)
    held = sorted(a.on for a in asked if start <= a.on <= on)
    assert list(d.value.held) == held
    if months is None:
        assert d.outcome == "referred"
        return
    periods = d.value.periods
    k = len(periods)
    # the periods ended are consecutive calendar-month periods from start, all over by on
    for i, period in enumerate(periods):
        assert period.first == start + relativedelta(months=i * months)
        assert period.last == start + relativedelta(months=(i + 1) * months) - dt.timedelta(days=1)
        assert period.last <= on
        assert list(period.held) == [x for x in held if period.first <= x <= period.last]
    assert start + relativedelta(months=(k + 1) * months) - dt.timedelta(days=1) > on
    assert d.value.missing == tuple(x for x in periods if not x.held)
    want = "gaps" if d.value.missing else "complete" if periods else "not_due"
    assert d.outcome == want

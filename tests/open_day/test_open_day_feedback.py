"""肥西县: 并定期向代表们反馈整改情况 (open_day.feedback_cadence)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.open_day import FEIXI, Feedback, FeedbackStatus, feedback_cadence
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import feedback_logs

RULE = "open_day.feedback_cadence"
PARAM = "open_day.feedback_interval_months"
D = dt.date
HELD = D(2025, 6, 28)


def _every(months: int) -> Policy:
    return Policy.default().override({PARAM: months})


def _fb(*days: dt.date, open_day: dt.date = HELD) -> list[Feedback]:
    return [Feedback(open_day=open_day, on=d) for d in days]


@pytest.mark.rule("open_day.feedback_cadence")
def test_the_clause_gives_no_number_so_nothing_is_set() -> None:
    assert "定期向代表们反馈整改情况" in get(RULE).source.quote
    assert Policy.default().open_day.feedback_interval_months is None
    assert PARAM not in FEIXI.values


@pytest.mark.rule("open_day.feedback_cadence")
def test_unset_lists_the_feedback_and_refers() -> None:
    log = [*_fb(D(2025, 9, 1), D(2025, 7, 10)), *_fb(D(2025, 8, 1), open_day=D(2025, 7, 1))]
    (d,) = feedback_cadence(HELD, log, on=D(2025, 12, 31))
    assert (d.outcome, d.subject) == ("referred", "2025-06-28")
    assert d.value.done == (D(2025, 7, 10), D(2025, 9, 1))
    assert (d.value.first, d.value.last, d.value.whole) == (HELD, D(2025, 12, 31), True)
    assert d.parameters == {PARAM: None}
    assert d.headline.zh == (
        "2025年6月28日开放日整改反馈(2025年6月28日至2025年12月31日):未设定周期,提交研究决定"
    )
    zh = [r.zh for r in d.reasons]
    assert zh[:2] == ["2025年6月28日至2025年12月31日", "已反馈2次:2025年7月10日、2025年9月1日"]
    assert zh[2].startswith("“定期”未规定反馈周期")
    assert zh[2].endswith("不判定未反馈")


@pytest.mark.rule("open_day.feedback_cadence")
def test_quarterly_feedback_period_by_period() -> None:
    log = _fb(D(2025, 9, 27), D(2026, 1, 5))
    out = feedback_cadence(HELD, log, on=D(2026, 4, 1), policy=_every(3))
    assert [(d.value.first, d.value.last, d.outcome) for d in out] == [
        (D(2025, 6, 28), D(2025, 9, 27), "met"),
        (D(2025, 9, 28), D(2025, 12, 27), "missed"),
        (D(2025, 12, 28), D(2026, 3, 27), "met"),
        (D(2026, 3, 28), D(2026, 4, 1), "in_progress"),
    ]
    assert out[1].headline.zh == (
        "2025年6月28日开放日整改反馈(2025年9月28日至2025年12月27日):未按期反馈"
    )
    assert [r.zh for r in out[1].reasons] == [
        "2025年9月28日至2025年12月27日(每3个月至少反馈一次)",
        "期间未反馈整改情况",
    ]
    assert out[3].reasons[-1].zh == "截至2026年4月1日本周期尚未结束"
    assert out[0].parameters == {PARAM: 3}


@pytest.mark.rule("open_day.feedback_cadence")
def test_feedback_ends_when_the_rectification_closes() -> None:
    log = _fb(D(2025, 8, 1), D(2025, 12, 1))  # the second is after the close: not counted
    out = feedback_cadence(HELD, log, on=D(2026, 6, 1), closed_on=D(2025, 11, 15), policy=_every(3))
    assert [(d.value.last, d.value.whole, d.outcome) for d in out] == [
        (D(2025, 9, 27), True, "met"),
        (D(2025, 11, 15), False, "not_due"),
    ]
    assert out[1].reasons[-1].zh == "整改已于2025年11月15日结束,本段不足一个周期,不作要求"
    # closed on a period's last day: that period is whole, and missed without feedback
    out = feedback_cadence(HELD, [], on=D(2026, 6, 1), closed_on=D(2025, 9, 27), policy=_every(3))
    assert [(d.value.whole, d.outcome) for d in out] == [(True, "missed")]
    # a close after the day asked: periods run to that day
    out = feedback_cadence(HELD, [], on=D(2025, 8, 1), closed_on=D(2026, 1, 1), policy=_every(3))
    assert [(d.value.last, d.outcome) for d in out] == [(D(2025, 8, 1), "in_progress")]


@pytest.mark.rule("open_day.feedback_cadence")
def test_the_cadence_in_force_on_the_open_day() -> None:
    later = Policy.default().with_change(D(2025, 7, 1), {PARAM: 1})
    assert [d.outcome for d in feedback_cadence(HELD, [], on=D(2025, 12, 31), policy=later)] == [
        "referred"
    ]
    after = feedback_cadence(D(2025, 7, 1), [], on=D(2025, 9, 30), policy=later)
    assert [d.outcome for d in after] == ["missed", "missed", "in_progress"]


@pytest.mark.rule("open_day.feedback_cadence")
def test_bad_input_names_the_argument() -> None:
    with pytest.raises(ValueError, match="on: 2025-06-27 is before the open day"):
        feedback_cadence(HELD, [], on=D(2025, 6, 27))
    with pytest.raises(ValueError, match="closed_on: 2025-06-01 is before the open day"):
        feedback_cadence(HELD, [], on=D(2025, 7, 1), closed_on=D(2025, 6, 1))
    with pytest.raises(ValidationError, match="on is before the open day"):
        Feedback(open_day=HELD, on=D(2025, 6, 1))
    with pytest.raises(TypeError, match="feedback must be a collection"):
        feedback_cadence(HELD, None, on=D(2025, 7, 1))  # type: ignore[arg-type]
    assert "秘密" not in repr(Feedback(open_day=HELD, on=HELD, note="秘密"))


@pytest.mark.rule("open_day.feedback_cadence")
@given(
    st.dates(D(2004, 1, 1), D(2030, 12, 31)),
    st.none() | st.integers(1, 13),
    st.data(),
)
def test_periods_tile_the_time_and_follow_the_log(
    held: dt.date, months: int | None, data: st.DataObject
) -> None:
    log = data.draw(feedback_logs(held))
    on = held + dt.timedelta(days=data.draw(st.integers(0, 800)))
    closed = data.draw(st.none() | st.dates(held, held + dt.timedelta(days=800)))
    policy = Policy.default() if months is None else _every(months)
    out = feedback_cadence(held, log, on=on, closed_on=closed, policy=policy)
    end = on if closed is None else min(on, closed)
    periods = [d.value for d in out]
    assert periods[0].first == held
    assert periods[-1].last == end
    for a, b in itertools.pairwise(periods):
        assert b.first == a.last + dt.timedelta(days=1)
    for p in periods:
        assert list(p.done) == sorted(
            f.on for f in log if f.open_day == held and p.first <= f.on <= p.last
        )
        if months is None:
            assert p.status is FeedbackStatus.REFERRED
        elif p.done:
            assert p.status is FeedbackStatus.MET
        elif p.status is FeedbackStatus.MISSED:
            assert p.whole
            assert on > p.last
        else:
            assert p.status in (FeedbackStatus.IN_PROGRESS, FeedbackStatus.NOT_DUE)

"""Tests that pin what mutation testing of organizations/_meetings found loose: the subject of
every decision, the words of every reason, the day whose policy applies, and the edges of
periods."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from orgwork.organizations import (
    Meeting,
    MeetingKind,
    MeetingLog,
    Vote,
    meeting_cadence,
    meeting_quorum,
    resolution_vote,
)
from orgwork.policy import Policy

CADENCE = "organizations.meeting_cadence"
QUORUM = "organizations.meeting_quorum"
VOTE = "organizations.resolution_vote"
D = dt.date
K = MeetingKind


def log(*meetings: Meeting, **fields: object) -> MeetingLog:
    return MeetingLog.model_validate(
        {"branch": "二支部", "year": 2019, "meetings": meetings, **fields}
    )


def vote(entitled: int, present: int, in_favour: int | None = None) -> Vote:
    return Vote(
        branch="二支部", on=D(2019, 6, 28), entitled=entitled, present=present, in_favour=in_favour
    )


@pytest.mark.rule(CADENCE)
@pytest.mark.parametrize(
    ("meetings", "on", "outcome"),
    [((), D(2019, 12, 31), "gaps"), ((), D(2019, 1, 15), "none_due")],
)
def test_every_cadence_decision_names_the_branch(
    meetings: tuple[Meeting, ...], on: dt.date, outcome: str
) -> None:
    d = meeting_cadence(log(*meetings), on=on)
    assert (d.outcome, d.subject) == (outcome, "二支部")


@pytest.mark.rule(CADENCE)
def test_a_complete_quarter_names_the_branch_and_says_each_kind() -> None:
    meetings = [Meeting(kind=k, on=D(2019, m, 28)) for k in K for m in (1, 2, 3)]
    d = meeting_cadence(log(*meetings, groups=False), on=D(2019, 3, 31))
    assert (d.outcome, d.subject) == ("complete", "二支部")
    zh = [r.zh for r in d.reasons]
    assert "支部党员大会:已检查1个周期(第一季度),均已召开" in zh
    assert "支部委员会会议:已检查3个周期(1月、2月、3月),均已召开" in zh
    assert "组织生活会:尚无已结束的周期" in zh
    assert all(k.applicable for k in d.value.kinds if k.kind is not K.GROUP_MEETING)


@pytest.mark.rule(CADENCE)
def test_a_meeting_on_a_periods_first_or_last_day_counts() -> None:
    d = meeting_cadence(
        log(
            Meeting(kind=K.COMMITTEE_MEETING, on=D(2019, 1, 31)),
            Meeting(kind=K.COMMITTEE_MEETING, on=D(2019, 2, 1)),
        ),
        on=D(2019, 2, 28),
    )
    committee = next(k for k in d.value.kinds if k.kind is K.COMMITTEE_MEETING)
    assert committee.missing == ()


@pytest.mark.rule(CADENCE)
def test_meetings_on_the_first_and_last_day_checked_are_not_outside() -> None:
    g = log(
        Meeting(kind=K.THEME_DAY, on=D(2019, 5, 15)),
        Meeting(kind=K.THEME_DAY, on=D(2019, 12, 31)),
        formed_on=D(2019, 5, 15),
    )
    d = meeting_cadence(g, on=D(2019, 12, 31))
    assert not any("不在检查期间" in r.zh for r in d.reasons)
    january = log(Meeting(kind=K.THEME_DAY, on=D(2019, 1, 1)))
    assert not any(
        "不在检查期间" in r.zh for r in meeting_cadence(january, on=D(2019, 12, 31)).reasons
    )


@pytest.mark.rule(CADENCE)
def test_a_branch_formed_on_1_january_is_not_said_to_be_new() -> None:
    d = meeting_cadence(log(formed_on=D(2019, 1, 1)), on=D(2019, 12, 31))
    assert not any("成立" in r.zh for r in d.reasons)


@pytest.mark.rule(CADENCE)
def test_the_policy_in_force_on_the_last_day_checked_applies() -> None:
    policy = Policy.default().with_change(
        D(2019, 7, 1), {"organizations.committee_meeting_period": "quarter"}
    )
    d = meeting_cadence(log(), on=D(2019, 12, 31), policy=policy)
    committee = next(k for k in d.value.kinds if k.kind is K.COMMITTEE_MEETING)
    assert len(committee.missing) == 4
    assert d.parameters["organizations.committee_meeting_period"] == "quarter"


@pytest.mark.rule(CADENCE)
def test_a_time_of_day_is_refused_naming_on() -> None:
    with pytest.raises(ValidationError) as info:
        meeting_cadence(log(), on=dt.datetime(2019, 6, 1, 9))
    assert info.value.errors()[0]["loc"] == ("on",)


@pytest.mark.rule(QUORUM)
@pytest.mark.parametrize(
    ("entitled", "present", "outcome", "headline"),
    [
        (9, 5, "quorate", "二支部到会人数达到半数以上,可以进行表决"),
        (9, 4, "inquorate", "二支部到会人数不足半数,不能进行表决"),
        (10, 5, "inquorate", "二支部恰好半数到会,未超过半数,不能进行表决"),
    ],
)
def test_every_quorum_decision_names_the_branch(
    entitled: int, present: int, outcome: str, headline: str
) -> None:
    d = meeting_quorum(vote(entitled, present))
    assert (d.outcome, d.subject, d.headline.zh) == (outcome, "二支部", headline)
    assert d.reasons[0].zh == f"应到会有表决权的党员{entitled}人,到会{present}人"


@pytest.mark.rule(QUORUM)
@pytest.mark.rule(VOTE)
def test_exactly_half_is_referred_where_the_reading_is_unset() -> None:
    unset = Policy.default().override({"organizations.quorum_half_counts": None})
    d = meeting_quorum(vote(10, 5), policy=unset)
    assert (d.outcome, d.subject, d.headline.zh) == (
        "referred",
        "二支部",
        "二支部恰好半数到会,能否表决提交上级党组织认定",
    )
    r = resolution_vote(vote(10, 5, 5), policy=unset)
    assert (r.outcome, r.subject) == ("referred", "二支部")


@pytest.mark.rule(QUORUM)
def test_the_quorum_reads_the_policy_of_the_meetings_day() -> None:
    policy = Policy.default().with_change(D(2019, 1, 1), {"organizations.quorum_half_counts": True})
    assert meeting_quorum(vote(10, 5), policy=policy).outcome == "quorate"
    assert resolution_vote(vote(10, 5, 5), policy=policy).outcome == "rejected"


@pytest.mark.rule(VOTE)
@pytest.mark.parametrize(
    ("entitled", "present", "in_favour", "outcome"),
    [
        (9, 9, 5, "passed"),
        (9, 9, 4, "rejected"),
        (9, 4, 4, "inquorate"),
        (10, 5, 5, "inquorate"),
        (9, 6, None, "unknown"),
    ],
)
def test_every_vote_decision_names_the_branch(
    entitled: int, present: int, in_favour: int | None, outcome: str
) -> None:
    d = resolution_vote(vote(entitled, present, in_favour))
    assert (d.outcome, d.subject) == (outcome, "二支部")

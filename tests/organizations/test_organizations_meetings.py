"""支部工作条例 (2018): meeting cadences (三会一课 and more), the 党员大会's quorum and vote."""

from __future__ import annotations

import datetime as dt
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import PolicyError
from orgwork.organizations import (
    Meeting,
    MeetingCadence,
    MeetingKind,
    MeetingLog,
    MeetingPeriod,
    PeriodKind,
    Quorum,
    Vote,
    VoteResult,
    meeting_cadence,
    meeting_quorum,
    resolution_vote,
)
from orgwork.policy import Policy
from orgwork.policy.organizations import MeetingPeriodName
from orgwork.rules import get
from orgwork.strategies import meeting_logs, votes

CADENCE = "organizations.meeting_cadence"
QUORUM = "organizations.meeting_quorum"
VOTE = "organizations.resolution_vote"
D = dt.date
K = MeetingKind


def meeting(kind: MeetingKind, day: dt.date) -> Meeting:
    return Meeting(kind=kind, on=day)


def full_year(year: int) -> tuple[Meeting, ...]:
    """Every kind held in every period of its cadence (the 条例's defaults)."""
    out = [meeting(K.GENERAL_MEETING, D(year, q * 3 - 1, 15)) for q in range(1, 5)]
    for m in range(1, 13):
        out += [meeting(k, D(year, m, 10)) for k in (K.COMMITTEE_MEETING, K.GROUP_MEETING)]
        out.append(meeting(K.THEME_DAY, D(year, m, 1)))
    out += [meeting(K.LIFE_MEETING, D(year, 12, 20)), meeting(K.MEMBER_APPRAISAL, D(year, 12, 21))]
    return tuple(out)


def kind_of(v: MeetingCadence, kind: MeetingKind) -> typing.Any:
    return next(k for k in v.kinds if k.kind is kind)


def labels(periods: tuple[MeetingPeriod, ...]) -> list[str]:
    return [p.zh for p in periods]


# -- cadences -----------------------------------------------------------------------------


@pytest.mark.rule(CADENCE)
def test_the_national_cadences_are_the_条例s() -> None:
    # 第十一条 一般每季度召开1次; 第十二条、第十三条 一般每月召开1次; 主题党日 每月; 组织生活会、
    # 民主评议党员 每年; 党课 按期 (unset)
    p = Policy.default().organizations
    assert p.general_meeting_period == "quarter"
    assert p.committee_meeting_period == "month"
    assert p.group_meeting_period == "month"
    assert p.theme_day_period == "month"
    assert p.life_meeting_period == "year"
    assert p.member_appraisal_period == "year"
    assert p.party_lecture_period is None
    assert set(typing.get_args(MeetingPeriodName)) == {k.value for k in PeriodKind}
    assert "一般每季度召开1次" in get(CADENCE).source.quote


@pytest.mark.rule(CADENCE)
def test_an_empty_year_misses_every_period_of_every_kind() -> None:
    d = meeting_cadence(MeetingLog(branch="一支部", year=2019), on=D(2020, 3, 1))
    assert d.outcome == "gaps"
    v = d.value
    assert v.checked_through == D(2019, 12, 31)
    counts = {k.kind: len(k.missing) for k in v.kinds}
    assert counts == {
        K.GENERAL_MEETING: 4,
        K.COMMITTEE_MEETING: 12,
        K.GROUP_MEETING: 12,
        K.PARTY_LECTURE: 0,
        K.THEME_DAY: 12,
        K.LIFE_MEETING: 1,
        K.MEMBER_APPRAISAL: 1,
    }
    assert v.missing == 42
    assert d.headline.zh == "一支部2019年有42个周期未按期召开会议(检查至2019年12月31日)"
    assert labels(kind_of(v, K.GENERAL_MEETING).missing) == [
        "第一季度",
        "第二季度",
        "第三季度",
        "第四季度",
    ]
    assert labels(kind_of(v, K.LIFE_MEETING).missing) == ["全年"]


@pytest.mark.rule(CADENCE)
def test_a_full_year_is_complete() -> None:
    d = meeting_cadence(
        MeetingLog(branch="一支部", year=2019, meetings=full_year(2019)), on=D(2019, 12, 31)
    )
    assert d.outcome == "complete"
    assert d.value.missing == 0
    assert d.headline.en == "一支部's meetings in 2019: none missing (checked through 2019-12-31)"
    assert Decision[MeetingCadence].model_validate_json(d.to_json()) == d


@pytest.mark.rule(CADENCE)
def test_the_party_lecture_cadence_is_unset_and_said_so() -> None:
    d = meeting_cadence(
        MeetingLog(branch="一支部", year=2019, meetings=full_year(2019)), on=D(2020, 1, 1)
    )
    lecture = kind_of(d.value, K.PARTY_LECTURE)
    assert lecture.period is None
    assert lecture.applicable
    assert lecture.checked == ()
    assert d.value.unset == (K.PARTY_LECTURE,)
    assert "党课的周期未设定(条例规定“按期”,由地方确定),未检查" in [r.zh for r in d.reasons]
    assert d.parameters["organizations.party_lecture_period"] is None
    # a locality that sets it: quarterly lectures, none held
    quarterly = Policy.default().override({"organizations.party_lecture_period": "quarter"})
    d2 = meeting_cadence(
        MeetingLog(branch="一支部", year=2019, meetings=full_year(2019)),
        on=D(2020, 1, 1),
        policy=quarterly,
    )
    assert labels(kind_of(d2.value, K.PARTY_LECTURE).missing) == [
        "第一季度",
        "第二季度",
        "第三季度",
        "第四季度",
    ]
    assert d2.value.unset == ()
    assert d2.outcome == "gaps"


@pytest.mark.rule(CADENCE)
def test_only_ended_periods_are_checked() -> None:
    log = MeetingLog(
        branch="一支部",
        year=2019,
        meetings=(
            meeting(K.GENERAL_MEETING, D(2019, 2, 20)),
            meeting(K.COMMITTEE_MEETING, D(2019, 1, 8)),
        ),
    )
    d = meeting_cadence(log, on=D(2019, 3, 30))  # March not over
    committee = kind_of(d.value, K.COMMITTEE_MEETING)
    assert labels(committee.checked) == ["1月", "2月"]
    assert labels(committee.missing) == ["2月"]
    assert kind_of(d.value, K.GENERAL_MEETING).checked == ()
    d = meeting_cadence(log, on=D(2019, 3, 31))  # the quarter's last day: it has ended
    assert labels(kind_of(d.value, K.GENERAL_MEETING).checked) == ["第一季度"]
    assert kind_of(d.value, K.GENERAL_MEETING).missing == ()
    assert labels(kind_of(d.value, K.COMMITTEE_MEETING).missing) == ["2月", "3月"]
    assert d.value.checked_through == D(2019, 3, 31)


@pytest.mark.rule(CADENCE)
def test_nothing_ended_is_none_due() -> None:
    d = meeting_cadence(MeetingLog(branch="一支部", year=2019), on=D(2019, 1, 30))
    assert d.outcome == "none_due"
    assert d.value.missing == 0
    d = meeting_cadence(MeetingLog(branch="一支部", year=2019), on=D(2018, 6, 1))
    assert d.outcome == "none_due"
    assert d.value.checked_through == D(2018, 6, 1)


@pytest.mark.rule(CADENCE)
def test_a_branch_formed_mid_year_is_checked_from_its_formation() -> None:
    log = MeetingLog(
        branch="新建支部",
        year=2019,
        formed_on=D(2019, 5, 15),
        meetings=(
            meeting(K.COMMITTEE_MEETING, D(2019, 5, 20)),
            meeting(K.THEME_DAY, D(2019, 3, 1)),
        ),
    )
    d = meeting_cadence(log, on=D(2019, 12, 31))
    committee = kind_of(d.value, K.COMMITTEE_MEETING)
    assert labels(committee.checked) == ["6月", "7月", "8月", "9月", "10月", "11月", "12月"]
    assert labels(kind_of(d.value, K.GENERAL_MEETING).checked) == ["第三季度", "第四季度"]
    # the year's own items: the year began before the branch, so it is not checked
    assert kind_of(d.value, K.LIFE_MEETING).checked == ()
    reasons = [r.zh for r in d.reasons]
    assert (
        "新建支部于2019年5月15日成立,成立前已开始的周期不检查,只检查自成立之日起开始的周期"
        in reasons
    )
    assert "1次会议不在检查期间(2019年5月15日至2019年12月31日)内,不计入" in reasons
    # formed on a period's first day: that period is checked
    june = log.model_copy(update={"formed_on": D(2019, 6, 1)})
    assert labels(
        kind_of(meeting_cadence(june, on=D(2019, 6, 30)).value, K.COMMITTEE_MEETING).checked
    ) == ["6月"]
    # formed on 1 January: the whole year
    jan = log.model_copy(update={"formed_on": D(2019, 1, 1)})
    assert (
        len(kind_of(meeting_cadence(jan, on=D(2019, 12, 31)).value, K.COMMITTEE_MEETING).checked)
        == 12
    )


@pytest.mark.rule(CADENCE)
def test_a_branch_without_committee_or_groups_is_not_checked_for_them() -> None:
    log = MeetingLog(branch="小支部", year=2019, committee=False, groups=False)
    d = meeting_cadence(log, on=D(2020, 1, 1))
    for kind in (K.COMMITTEE_MEETING, K.GROUP_MEETING):
        k = kind_of(d.value, kind)
        assert not k.applicable
        assert k.missing == ()
        assert k.period is None
    assert d.value.unset == (K.PARTY_LECTURE,)
    reasons = [r.zh for r in d.reasons]
    assert "小支部未设支部委员会,支部委员会会议不检查" in reasons
    assert "小支部未划分党小组,党小组会不检查" in reasons
    assert d.value.missing == 4 + 12 + 1 + 1


@pytest.mark.rule(CADENCE)
def test_meetings_outside_the_year_do_not_count() -> None:
    log = MeetingLog(
        branch="一支部",
        year=2019,
        meetings=(meeting(K.LIFE_MEETING, D(2018, 12, 28)), meeting(K.LIFE_MEETING, D(2020, 1, 2))),
    )
    d = meeting_cadence(log, on=D(2020, 3, 1))
    assert labels(kind_of(d.value, K.LIFE_MEETING).missing) == ["全年"]
    assert "2次会议不在检查期间(2019年1月1日至2019年12月31日)内,不计入" in [r.zh for r in d.reasons]


@pytest.mark.rule(CADENCE)
def test_half_years_and_the_explanation_in_english() -> None:
    policy = Policy.default().override({"organizations.party_lecture_period": "half_year"})
    log = MeetingLog(
        branch="一支部", year=2019, meetings=(meeting(K.PARTY_LECTURE, D(2019, 7, 1)),)
    )
    d = meeting_cadence(log, on=D(2019, 12, 31), policy=policy)
    lecture = kind_of(d.value, K.PARTY_LECTURE)
    assert [(p.zh, p.en) for p in lecture.missing] == [("上半年", "H1")]
    assert [(p.start, p.end) for p in lecture.checked] == [
        (D(2019, 1, 1), D(2019, 6, 30)),
        (D(2019, 7, 1), D(2019, 12, 31)),
    ]
    en = [r.en for r in d.reasons]
    assert "party lecture: 2 period(s) checked; missing H1" in en
    assert (
        "branch committee meeting: 12 period(s) checked; missing January, February, March, April, May, June, July, August, September, October, November, December"
        in en
    )


@pytest.mark.rule(CADENCE)
def test_bad_input_names_the_field() -> None:
    with pytest.raises(ValidationError, match="formed_on"):
        MeetingLog(branch="一支部", year=2019, formed_on=D(2018, 5, 1))
    with pytest.raises(ValidationError, match="kind"):
        Meeting(kind="dinner", on=D(2019, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(PolicyError, match=r"organizations\.general_meeting_period"):
        Policy.default().override({"organizations.general_meeting_period": "week"})


@pytest.mark.rule(CADENCE)
@given(meeting_logs(), st.dates(D(2004, 1, 1), D(2031, 12, 31)))
def test_missing_periods_are_ended_periods_without_a_meeting(log: MeetingLog, on: dt.date) -> None:
    v = meeting_cadence(log, on=on).value
    assert v.checked_through == min(on, D(log.year, 12, 31))
    start = log.formed_on or D(log.year, 1, 1)
    for k in v.kinds:
        for p in k.checked:
            assert p.end <= v.checked_through
            assert p.start >= start
            held = any(m.kind is k.kind and p.start <= m.on <= p.end for m in log.meetings)
            assert (p in k.missing) is not held
        assert set(k.missing) <= set(k.checked)
    assert v.missing == sum(len(k.missing) for k in v.kinds)


@pytest.mark.rule(CADENCE)
@given(meeting_logs(year=2019), st.dates(D(2019, 1, 1), D(2019, 12, 31)))
def test_a_later_check_never_finds_fewer_missing_periods(log: MeetingLog, on: dt.date) -> None:
    early = meeting_cadence(log, on=on).value.missing
    late = meeting_cadence(log, on=D(2019, 12, 31)).value.missing
    assert early <= late


# -- quorum and vote ----------------------------------------------------------------------


def vote(entitled: int, present: int, in_favour: int | None = None) -> Vote:
    return Vote(
        branch="一支部", on=D(2019, 6, 28), entitled=entitled, present=present, in_favour=in_favour
    )


HALF_COUNTS = Policy.default().override({"organizations.quorum_half_counts": True})
MORE_THAN_HALF = Policy.default().override({"organizations.quorum_half_counts": False})
REFER_HALF = Policy.default().override({"organizations.quorum_half_counts": None})


@pytest.mark.rule(QUORUM)
def test_the_quorum_is_the_条例s_words() -> None:
    assert get(QUORUM).source.quote == "表决必须有半数以上有表决权的党员到会方可进行"
    assert get(QUORUM).source.section.startswith("第十一条")


@pytest.mark.rule(QUORUM)
@pytest.mark.parametrize(
    ("entitled", "present", "outcome", "quorate"),
    [
        (9, 5, "quorate", True),  # 5 of 9: more than half
        (9, 4, "inquorate", False),
        (10, 6, "quorate", True),
        (10, 4, "inquorate", False),
        (10, 5, "inquorate", False),  # exactly half: not more than half (细则 第二十条)
        (1, 1, "quorate", True),
        (1, 0, "inquorate", False),
        (2, 1, "inquorate", False),
    ],
)
def test_quorum_examples(entitled: int, present: int, outcome: str, quorate: bool | None) -> None:
    d = meeting_quorum(vote(entitled, present))
    assert (d.outcome, d.value.quorate) == (outcome, quorate)
    assert d.value == Quorum(entitled=entitled, present=present, quorate=quorate)


@pytest.mark.rule(QUORUM)
def test_exactly_half_follows_the_local_reading() -> None:
    d = meeting_quorum(vote(10, 5))  # by default: more than half is needed
    assert (d.outcome, d.value.quorate) == ("inquorate", False)
    assert d.headline.zh == "一支部恰好半数到会,未超过半数,不能进行表决"
    assert (
        d.headline.en == "一支部: exactly half are present, not more than half; no vote may be held"
    )
    assert d.reasons[-1].zh.startswith(
        "恰好半数到会:“半数以上”按须超过半数理解(发展党员工作细则第二十条"
    )
    assert d.parameters == {"organizations.quorum_half_counts": False}
    assert meeting_quorum(vote(10, 5), policy=MORE_THAN_HALF) == d
    d = meeting_quorum(vote(10, 5), policy=HALF_COUNTS)
    assert (d.outcome, d.value.quorate) == ("quorate", True)
    assert "恰好半数到会,按本地规定“半数以上”含本数" in [r.zh for r in d.reasons]
    d = meeting_quorum(vote(10, 5), policy=REFER_HALF)
    assert (d.outcome, d.value.quorate) == ("referred", None)
    assert d.headline.zh == "一支部恰好半数到会,能否表决提交上级党组织认定"
    assert "恰好半数到会:“半数以上”是否含本数,条例未作说明" in [r.zh for r in d.reasons]
    # fewer than half is said as such
    assert meeting_quorum(vote(10, 4)).headline.zh == "一支部到会人数不足半数,不能进行表决"
    # the reading is asked only at exactly half
    assert meeting_quorum(vote(10, 6)).parameters == {}


@pytest.mark.rule(VOTE)
@pytest.mark.parametrize(
    ("entitled", "present", "in_favour", "outcome", "passed"),
    [
        (9, 9, 5, "passed", True),  # 5 > 4.5
        (9, 9, 4, "rejected", False),
        (10, 8, 5, "rejected", False),  # 5 is half of 10, not more: the base is 应到会, not 到会
        (10, 8, 6, "passed", True),
        (10, 6, 5, "rejected", False),  # a majority of those present, not of those entitled
        (10, 4, 4, "inquorate", None),
        (10, 5, 5, "inquorate", None),  # exactly half present: no quorum by default
        (1, 1, 1, "passed", True),
        (1, 1, 0, "rejected", False),
    ],
)
def test_vote_examples(
    entitled: int, present: int, in_favour: int, outcome: str, passed: bool | None
) -> None:
    d = resolution_vote(vote(entitled, present, in_favour))
    assert (d.outcome, d.value.passed) == (outcome, passed)
    assert d.value.in_favour == in_favour


@pytest.mark.rule(VOTE)
def test_the_vote_explains_its_base() -> None:
    assert get(VOTE).source.quote == "赞成人数超过应到会有表决权的党员的半数为通过"
    d = resolution_vote(vote(9, 7, 5))
    assert d.headline.zh == "一支部的决议获得通过(赞成5人,超过9人的半数)"
    assert d.reasons[-1].zh == "赞成5人,应到会有表决权的党员9人的半数为4.5"
    d = resolution_vote(vote(10, 8, 5))
    assert d.headline.en == "一支部: the resolution fails (5 in favour, not more than half of 10)"
    assert d.reasons[-1].en == "5 in favour; half of the 10 members entitled to vote is 5"
    assert Decision[VoteResult].model_validate_json(d.to_json()) == d


@pytest.mark.rule(VOTE)
def test_a_vote_without_a_count_or_a_quorum() -> None:
    d = resolution_vote(vote(9, 6))
    assert (d.outcome, d.value.passed, d.value.quorate) == ("unknown", None, True)
    d = resolution_vote(vote(9, 4, 4))
    assert (d.outcome, d.value.quorate) == ("inquorate", False)
    assert d.headline.zh == "一支部到会人数不足半数,表决无效"
    d = resolution_vote(vote(10, 5, 5), policy=HALF_COUNTS)
    assert (d.outcome, d.value.passed) == ("rejected", False)
    d = resolution_vote(vote(10, 5, 5))
    assert (d.outcome, d.value.quorate) == ("inquorate", False)
    assert d.headline.zh == "一支部恰好半数到会,未超过半数,表决无效"
    assert d.headline.en == "一支部: exactly half present, not more than half; the vote is void"
    d = resolution_vote(vote(10, 5, 5), policy=REFER_HALF)
    assert (d.outcome, d.value.quorate) == ("referred", None)
    assert d.headline.zh == "一支部的表决提交上级党组织认定"


@pytest.mark.rule(VOTE)
def test_inconsistent_counts_name_the_field() -> None:
    with pytest.raises(ValidationError, match="present"):
        vote(5, 6)
    with pytest.raises(ValidationError, match="in_favour"):
        vote(9, 5, 6)
    with pytest.raises(ValidationError, match="entitled"):
        vote(0, 0)


@pytest.mark.rule(VOTE)
@given(votes())
def test_passing_is_more_than_half_of_those_entitled(v: Vote) -> None:
    d = resolution_vote(v)
    quorate = meeting_quorum(v).value.quorate
    assert d.value.quorate == quorate
    if quorate and v.in_favour is not None:
        assert d.value.passed == (2 * v.in_favour > v.entitled)
    else:
        assert d.value.passed is None
    if d.value.passed:
        assert 2 * v.present > v.entitled


@pytest.mark.rule(QUORUM)
@given(votes())
def test_the_quorum_is_more_than_half_or_as_read_at_half(v: Vote) -> None:
    q = meeting_quorum(v).value.quorate
    assert q == (2 * v.present > v.entitled)  # by default: more than half
    if 2 * v.present == v.entitled:
        assert meeting_quorum(v, policy=REFER_HALF).value.quorate is None
        assert meeting_quorum(v, policy=HALF_COUNTS).value.quorate is True
    else:
        assert meeting_quorum(v, policy=REFER_HALF).value.quorate == q
        assert meeting_quorum(v, policy=HALF_COUNTS).value.quorate == q

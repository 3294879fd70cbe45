"""长丰县: 建立代表联系档案 (open_day.contact_files); 通过部长办公会逐一落实 (open_day.office_meetings)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork import strategies as ows
from orgwork.errors import RecordError
from orgwork.open_day import (
    CHANGFENG,
    MeetingStatus,
    OfficeMeeting,
    OpenDay,
    Representative,
    RepresentativeGroup,
    Suggestion,
    contact_files,
    office_meetings,
)
from orgwork.policy import Policy
from orgwork.rules import get

FILES = "open_day.contact_files"
MEETINGS = "open_day.office_meetings"
LEAD = "open_day.contact_file_lead"
UNIT = "open_day.contact_file_lead_unit"
DAYS = "open_day.office_meeting_days"
D = dt.date
HELD = D(2025, 6, 28)  # a Saturday: the open days of the sample are working days, not these
INVITED = D(2025, 6, 13)  # 提前半个月: 15 days ahead
G = RepresentativeGroup


def _reps(
    n: int = 30, *, filed_on: dt.date | None = INVITED, without: tuple[int, ...] = ()
) -> tuple[Representative, ...]:
    """``n`` representatives ``R01``...; a file from ``filed_on`` for all but ``without``."""
    return tuple(
        Representative(
            id=f"R{i:02d}",
            group=G.PETITIONER if i % 10 == 0 else G.GRASSROOTS_PARTY_MEMBER,
            contact_file_on=None if i in without else filed_on,
        )
        for i in range(1, n + 1)
    )


def _day(reps: tuple[Representative, ...], held: dt.date = HELD) -> OpenDay:
    return OpenDay(
        held_on=held, invitations_sent_on=held - dt.timedelta(days=15), representatives=reps
    )


def _lead(amount: int, unit: str = "day") -> Policy:
    return Policy.default().override({LEAD: amount, UNIT: unit})


def _nine(held: dt.date = HELD) -> list[Suggestion]:
    """收集梳理意见建议9条: A1..A9."""
    return [
        Suggestion(id=f"A{i}", open_day=held, answered_on_spot=i % 2 == 0) for i in range(1, 10)
    ]


def _within(days: int) -> Policy:
    return Policy.default().override({DAYS: days})


def _m(mid: str, on: dt.date, *ids: str) -> OfficeMeeting:
    return OfficeMeeting(id=mid, held_on=on, suggestions=ids)


# -- the clauses ---------------------------------------------------------------------------


@pytest.mark.rule("open_day.contact_files")
def test_the_contact_file_clause_gives_no_time_so_none_is_set() -> None:
    r = get(FILES)
    assert r.source.quote == "提前半个月向被邀请代表寄发邀请函,并建立代表联系档案"
    assert r.source.section == "长丰县"
    assert Policy.default().open_day.contact_file_lead is None
    assert Policy.default().open_day.contact_file_lead_unit == "day"
    assert LEAD not in CHANGFENG.values  # the preset states only what the text says


@pytest.mark.rule("open_day.office_meetings")
def test_the_meeting_clause_gives_no_time_so_none_is_set() -> None:
    r = get(MEETINGS)
    assert r.source.quote == "收集梳理意见建议9条,并通过部长办公会逐一落实"
    assert Policy.default().open_day.office_meeting_days is None
    assert DAYS not in CHANGFENG.values


# -- contact files: examples ---------------------------------------------------------------


@pytest.mark.rule("open_day.contact_files")
def test_thirty_representatives_each_with_a_file_are_complete() -> None:
    d = contact_files(_day(_reps()), on=HELD)
    assert (d.outcome, d.subject) == ("complete", "2025-06-28")
    v = d.value
    assert len(v.invited) == len(v.filed) == 30
    assert (v.missing, v.late, v.due) == ((), (), None)
    assert d.headline.zh == "2025年6月28日开放日代表联系档案:30名被邀请代表均已建档"
    assert (
        d.headline.en
        == "Contact files, 2025-06-28 open day: all 30 invited representatives have a file"
    )
    assert d.parameters == {LEAD: None, UNIT: "day", "open_day.half_month_days": 15}


@pytest.mark.rule("open_day.contact_files")
def test_a_missing_file_is_listed_and_no_lateness_is_judged_when_no_time_is_set() -> None:
    d = contact_files(_day(_reps(without=(30,))), on=D(2025, 12, 31))
    assert d.outcome == "incomplete"
    assert (d.value.missing, d.value.late, len(d.value.filed)) == (("R30",), (), 29)
    assert d.headline.zh == "2025年6月28日开放日代表联系档案:1名未建档(未设时限)"
    zh = [r.zh for r in d.reasons]
    assert zh[0] == "2025年6月28日开放日邀请代表30名,截至2025年12月31日已建立联系档案29名"
    assert zh[1] == "未建立联系档案:R30"
    assert zh[2].startswith("原文未规定建立代表联系档案的时限")
    assert zh[2].endswith("列出截至2025年12月31日未建档的代表,不判定是否逾期")
    assert len(zh) == 3


@pytest.mark.rule("open_day.contact_files")
def test_a_file_dated_after_the_review_day_is_not_yet_known() -> None:
    reps = (*_reps(29), Representative(id="R30", group=G.PETITIONER, contact_file_on=D(2025, 7, 1)))
    assert contact_files(_day(reps), on=D(2025, 6, 30)).value.missing == ("R30",)
    assert contact_files(_day(reps), on=D(2025, 7, 1)).outcome == "complete"


@pytest.mark.rule("open_day.contact_files")
def test_self_registered_representatives_need_no_file() -> None:
    reps = (
        *_reps(21),
        *(Representative(id=f"Z{i}", group=G.PUBLIC, self_registered=True) for i in range(1, 4)),
    )
    d = contact_files(_day(reps), on=HELD)
    assert d.outcome == "complete"
    assert d.value.self_registered == ("Z1", "Z2", "Z3")
    assert "Z1" not in d.value.invited
    assert d.reasons[1].zh == "自主报名代表Z1、Z2、Z3非被邀请代表,不要求建立联系档案"


@pytest.mark.rule("open_day.contact_files")
def test_no_invited_representative_is_empty() -> None:
    reps = (Representative(id="Z1", group=G.PUBLIC, self_registered=True),)
    assert contact_files(_day(reps), on=HELD).outcome == "empty"
    assert (
        contact_files(_day(()), on=HELD).headline.zh
        == "2025年6月28日开放日代表联系档案:无被邀请代表"
    )


@pytest.mark.rule("open_day.contact_files")
def test_half_a_month_ahead_the_day_itself_is_in_time_the_next_is_late() -> None:
    policy = _lead(1, "half_month")
    reps = (*_reps(28), *_reps(30, filed_on=D(2025, 6, 14))[28:])  # R29, R30 a day late
    d = contact_files(_day(reps), on=HELD, policy=policy)
    assert d.value.due == INVITED == D(2025, 6, 13)
    assert (d.outcome, d.value.late, d.value.missing) == ("late", ("R29", "R30"), ())
    assert d.headline.zh == "2025年6月28日开放日代表联系档案:2名逾期建档"
    zh = [r.zh for r in d.reasons]
    assert "应于2025年6月13日前建立(开放日前半个月(15天))" in zh
    assert "逾期建档:R29、R30" in zh
    assert d.parameters == {LEAD: 1, UNIT: "half_month", "open_day.half_month_days": 15}
    on_time = contact_files(_day(_reps()), on=HELD, policy=policy)
    assert on_time.outcome == "complete"


@pytest.mark.rule("open_day.contact_files")
def test_a_file_still_missing_after_the_due_day_is_overdue_before_it_in_progress() -> None:
    policy = _lead(3)
    reps = _reps(without=(7,))
    due = D(2025, 6, 25)
    assert contact_files(_day(reps), on=due, policy=policy).outcome == "in_progress"
    assert (
        contact_files(_day(reps), on=due + dt.timedelta(days=1), policy=policy).outcome == "overdue"
    )
    d = contact_files(_day(reps), on=D(2025, 5, 1), policy=policy)  # checked before the invitations
    assert d.outcome == "in_progress"
    assert len(d.value.missing) == 30
    assert d.headline.zh == "2025年6月28日开放日代表联系档案:30名尚未建档,未到期"


@pytest.mark.rule("open_day.contact_files")
def test_overdue_outranks_late() -> None:
    reps = (*_reps(28), *_reps(29, filed_on=D(2025, 6, 27))[28:], *_reps(30, without=(30,))[29:])
    d = contact_files(_day(reps), on=HELD, policy=_lead(1, "week"))
    assert d.value.due == D(2025, 6, 21)
    assert (d.outcome, d.value.late, d.value.missing) == ("overdue", ("R29",), ("R30",))
    assert d.headline.en == "Contact files, 2025-06-28 open day: 1 without a file, overdue"


@pytest.mark.rule("open_day.contact_files")
def test_lead_zero_means_by_the_open_day_itself() -> None:
    reps = _reps(2, filed_on=HELD)
    assert contact_files(_day(reps), on=HELD, policy=_lead(0)).outcome == "complete"
    late = _reps(2, filed_on=HELD + dt.timedelta(days=1))
    assert contact_files(_day(late), on=D(2025, 7, 1), policy=_lead(0)).outcome == "late"


@pytest.mark.rule("open_day.contact_files")
@pytest.mark.rule("open_day.office_meetings")
def test_the_limits_in_force_on_the_open_day_are_used() -> None:
    policy = Policy.default().with_change(D(2025, 7, 1), {LEAD: 1, DAYS: 10})
    before = contact_files(_day(_reps()), on=D(2025, 12, 31), policy=policy)
    after = contact_files(_day(_reps(), D(2025, 9, 1)), on=D(2025, 12, 31), policy=policy)
    assert (before.value.due, after.value.due) == (None, D(2025, 8, 31))
    m1 = office_meetings(HELD, _nine(), [], on=D(2025, 12, 31), policy=policy)
    m2 = office_meetings(D(2025, 9, 1), _nine(D(2025, 9, 1)), [], on=D(2025, 12, 31), policy=policy)
    assert (m1.outcome, m2.outcome, m2.value.due) == ("incomplete", "overdue", D(2025, 9, 11))


def test_bad_arguments_name_the_field() -> None:
    with pytest.raises((TypeError, ValueError), match="on"):
        contact_files(_day(_reps(1)), on="someday")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Representative(id="R1", group=G.PUBLIC, contact_file_on="not a date")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="representative listed more than once"):
        OpenDay(held_on=HELD, representatives=(*_reps(1), *_reps(1)))


# -- office meetings: examples -------------------------------------------------------------


@pytest.mark.rule("open_day.office_meetings")
def test_nine_suggestions_all_taken_up_one_by_one_are_complete() -> None:
    meetings = [
        _m("第一次", D(2025, 7, 8), "A1", "A2", "A3", "A4", "A5"),
        _m("第二次", D(2025, 8, 5), "A6", "A7", "A8", "A9"),
    ]
    d = office_meetings(HELD, _nine(), meetings, on=D(2025, 12, 31))
    assert (d.outcome, d.subject) == ("complete", "2025-06-28")
    assert d.value.taken_up == tuple(f"A{i}" for i in range(1, 10))
    assert [(i.meeting, i.taken_up_on) for i in d.value.items][4:6] == [
        ("第一次", D(2025, 7, 8)),
        ("第二次", D(2025, 8, 5)),
    ]
    assert d.headline.zh == "2025年6月28日开放日意见建议经部长办公会落实:9条均已提交"
    assert (
        d.reasons[0].zh
        == "2025年6月28日开放日收集梳理意见建议9条,截至2025年12月31日经部长办公会研究落实9条"
    )
    assert d.reasons[1].zh.startswith("已提交部长办公会:A1(第一次,2025年7月8日)、")
    assert d.parameters == {DAYS: None}


@pytest.mark.rule("open_day.office_meetings")
def test_a_suggestion_not_taken_up_is_listed_without_lateness_when_no_time_is_set() -> None:
    meetings = [_m("M1", D(2025, 7, 8), *(f"A{i}" for i in range(1, 9)))]
    d = office_meetings(HELD, _nine(), meetings, on=D(2025, 12, 31))
    assert d.outcome == "incomplete"
    assert (d.value.pending, d.value.late, d.value.overdue) == (("A9",), (), ())
    assert d.value.items[-1].status is MeetingStatus.PENDING
    assert d.headline.zh == "2025年6月28日开放日意见建议经部长办公会落实:1条尚未提交(未设时限)"
    zh = [r.zh for r in d.reasons]
    assert zh[2].startswith("原文未规定提交部长办公会的时限")
    assert zh[2].endswith("不判定是否逾期")
    assert zh[3] == "尚未提交部长办公会:A9"


@pytest.mark.rule("open_day.office_meetings")
def test_with_a_limit_late_overdue_and_the_due_day_itself() -> None:
    policy = _within(30)  # due 2025-07-28
    meetings = [
        _m("M1", D(2025, 7, 28), "A1", "A2"),  # the due day itself: in time
        _m("M2", D(2025, 7, 29), "A3"),  # a day late
    ]
    d = office_meetings(HELD, _nine(), meetings, on=D(2025, 12, 31), policy=policy)
    v = d.value
    assert (v.due, v.limit_days) == (D(2025, 7, 28), 30)
    assert (v.taken_up, v.late) == (("A1", "A2", "A3"), ("A3",))
    assert v.overdue == tuple(f"A{i}" for i in range(4, 10))
    assert d.outcome == "overdue"
    assert d.headline.zh == "2025年6月28日开放日意见建议经部长办公会落实:6条逾期未提交"
    zh = [r.zh for r in d.reasons]
    assert "应于开放日后30日内即2025年7月28日前提交部长办公会" in zh
    assert "逾期提交:A3" in zh
    assert "逾期未提交:A4、A5、A6、A7、A8、A9" in zh


@pytest.mark.rule("open_day.office_meetings")
def test_before_the_due_day_the_rest_are_in_progress_and_a_late_one_is_late() -> None:
    policy = _within(10)  # due 2025-07-08
    ss = _nine()[:2]
    assert office_meetings(HELD, ss, [], on=D(2025, 7, 8), policy=policy).outcome == "in_progress"
    assert office_meetings(HELD, ss, [], on=D(2025, 7, 9), policy=policy).outcome == "overdue"
    late = [_m("M", D(2025, 7, 20), "A1", "A2")]
    assert office_meetings(HELD, ss, late, on=D(2025, 12, 1), policy=policy).outcome == "late"
    on_time = [_m("M", HELD, "A1", "A2")]  # limit 0 allows a meeting on the open day itself
    assert office_meetings(HELD, ss, on_time, on=HELD, policy=_within(0)).outcome == "complete"


@pytest.mark.rule("open_day.office_meetings")
def test_the_first_meeting_counts_later_ones_and_other_days_are_left_out() -> None:
    other = Suggestion(id="B1", open_day=D(2025, 10, 20))
    meetings = [
        _m("M2", D(2025, 8, 1), "A1", "B1"),
        _m("M1", D(2025, 7, 1), "A1"),
        _m("M3", D(2026, 1, 5), "A2"),  # after the review day: not yet known
    ]
    d = office_meetings(HELD, [*_nine()[:2], other], meetings, on=D(2025, 12, 31))
    assert [(i.suggestion, i.meeting) for i in d.value.items] == [("A1", "M1"), ("A2", None)]
    assert d.value.pending == ("A2",)


@pytest.mark.rule("open_day.office_meetings")
def test_no_suggestion_is_empty() -> None:
    d = office_meetings(HELD, [], [], on=HELD)
    assert (d.outcome, d.value.items) == ("empty", ())
    assert d.headline.zh == "2025年6月28日开放日意见建议经部长办公会落实:无意见建议"


@pytest.mark.rule("open_day.office_meetings")
def test_bad_records_are_refused_naming_them() -> None:
    with pytest.raises(RecordError, match="meeting M0 on 2025-06-01 names suggestion A1"):
        office_meetings(HELD, _nine(), [_m("M0", D(2025, 6, 1), "A1")], on=D(2025, 12, 31))
    with pytest.raises(RecordError, match="suggestion listed more than once: A1"):
        office_meetings(HELD, [*_nine(), _nine()[0]], [], on=HELD)
    with pytest.raises(RecordError, match="meeting listed more than once: M"):
        office_meetings(HELD, _nine(), [_m("M", HELD), _m("M", HELD)], on=HELD)
    with pytest.raises(ValueError, match="on: 2025-06-27 is before the open day"):
        office_meetings(HELD, _nine(), [], on=D(2025, 6, 27))
    with pytest.raises(ValidationError, match="suggestion listed more than once"):
        _m("M", HELD, "A1", "A1")


def test_a_meeting_note_is_not_in_its_repr() -> None:
    m = OfficeMeeting(id="M", held_on=HELD, note="秘密哨兵")
    assert "秘密哨兵" not in repr(m)


def test_zh_texts_have_no_english_words() -> None:
    policy = _within(5).override({LEAD: 1, UNIT: "half_month"})
    texts = []
    for p in (None, policy):
        d1 = contact_files(_day(_reps(without=(3,))), on=D(2025, 12, 31), policy=p)
        d2 = office_meetings(
            HELD, _nine(), [_m("第一次", D(2025, 7, 8), "A1")], on=D(2025, 12, 31), policy=p
        )
        texts += [d.headline.zh for d in (d1, d2)] + [r.zh for d in (d1, d2) for r in d.reasons]
    stripped = [re.sub(r"\b[AR]\d+\b", "", t) for t in texts]
    assert [t for t in stripped if re.search(r"[A-Za-z_]{2,}", t)] == []


# -- properties ------------------------------------------------------------------------------


@pytest.mark.rule("open_day.contact_files")
@given(
    held=ows.open_days(2025, max_representatives=12),
    shift=st.integers(-30, 60),
    lead=st.none() | st.integers(0, 20),
)
def test_contact_files_partition_the_invited(held: OpenDay, shift: int, lead: int | None) -> None:
    policy = None if lead is None else _lead(lead)
    on = held.held_on + dt.timedelta(days=shift)
    d = contact_files(held, on=on, policy=policy)
    v = d.value
    invited = sorted(r.id for r in held.representatives if not r.self_registered)
    assert list(v.invited) == invited
    assert sorted((*v.filed, *v.missing)) == invited
    assert set(v.late) <= set(v.filed)
    if lead is None:
        assert v.late == ()
        assert v.due is None
        assert d.outcome in {"empty", "complete", "incomplete"}
    else:
        assert v.due == held.held_on - dt.timedelta(days=lead)
        assert all(
            r.contact_file_on is not None and r.contact_file_on > v.due
            for r in held.representatives
            if r.id in v.late
        )
    assert (d.outcome == "complete") == (bool(invited) and not v.missing and not v.late)
    assert (d.outcome == "empty") == (not invited)


@pytest.mark.rule("open_day.contact_files")
@given(held=ows.open_days(2025, max_representatives=10), data=st.data())
def test_contact_files_do_not_depend_on_the_representatives_order(
    held: OpenDay, data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(held.representatives))
    again = held.model_copy(update={"representatives": tuple(shuffled)})
    on = held.held_on + dt.timedelta(days=10)
    assert contact_files(again, on=on) == contact_files(held, on=on)


@st.composite
def _meeting_cases(
    draw: st.DrawFn,
) -> tuple[dt.date, list[Suggestion], list[OfficeMeeting], dt.date, int | None]:
    held = draw(st.dates(D(2004, 1, 1), D(2030, 6, 30)))
    n = draw(st.integers(0, 12))
    ss = [
        Suggestion(id=f"S{i:02d}", open_day=held, answered_on_spot=draw(st.booleans()))
        for i in range(n)
    ]
    ms = list(draw(ows.office_meeting_logs(held, tuple(s.id for s in ss))))
    on = held + dt.timedelta(days=draw(st.integers(0, 150)))
    limit = draw(st.none() | st.integers(0, 90))
    return held, ss, ms, on, limit


@pytest.mark.rule("open_day.office_meetings")
@given(case=_meeting_cases())
def test_every_suggestion_is_in_exactly_one_state(
    case: tuple[dt.date, list[Suggestion], list[OfficeMeeting], dt.date, int | None],
) -> None:
    held, ss, ms, on, limit = case
    policy = None if limit is None else _within(limit)
    d = office_meetings(held, ss, ms, on=on, policy=policy)
    v = d.value
    ids = sorted(s.id for s in ss)
    assert [i.suggestion for i in v.items] == ids
    assert sorted((*v.taken_up, *v.pending, *v.overdue)) == ids
    assert set(v.late) <= set(v.taken_up)
    for i in v.items:
        named = [m for m in ms if i.suggestion in m.suggestions and m.held_on <= on]
        assert (i.taken_up_on is None) == (not named)
        if named:
            assert i.taken_up_on == min(m.held_on for m in named)
    if limit is None:
        assert v.late == v.overdue == ()
        assert v.due is None
        assert d.outcome in {"empty", "complete", "incomplete"}
    else:
        assert v.due == held + dt.timedelta(days=limit)
        assert all(on > v.due for _ in v.overdue)
    assert (d.outcome == "complete") == (
        bool(ss) and not v.pending and not v.overdue and not v.late
    )


@pytest.mark.rule("open_day.office_meetings")
@given(case=_meeting_cases(), data=st.data())
def test_office_meetings_do_not_depend_on_the_input_order(
    case: tuple[dt.date, list[Suggestion], list[OfficeMeeting], dt.date, int | None],
    data: st.DataObject,
) -> None:
    held, ss, ms, on, limit = case
    policy = None if limit is None else _within(limit)
    a = office_meetings(held, ss, ms, on=on, policy=policy)
    b = office_meetings(
        held, data.draw(st.permutations(ss)), data.draw(st.permutations(ms)), on=on, policy=policy
    )
    assert a == b


@pytest.mark.rule("open_day.office_meetings")
@given(case=_meeting_cases(), later=st.integers(1, 60))
def test_what_is_taken_up_stays_taken_up(
    case: tuple[dt.date, list[Suggestion], list[OfficeMeeting], dt.date, int | None], later: int
) -> None:
    held, ss, ms, on, _ = case
    first = office_meetings(held, ss, ms, on=on).value
    then = office_meetings(held, ss, ms, on=on + dt.timedelta(days=later)).value
    assert set(first.taken_up) <= set(then.taken_up)

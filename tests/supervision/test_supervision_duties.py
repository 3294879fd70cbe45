"""Volunteer supervisors' regular duties (定期保持联系,定期参加例会,定期报告情况) and the speech immunity."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import PolicyError
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import duty_records, supervisor_terms
from orgwork.supervision import (
    DUTIES_QUOTE,
    RIGHTS_QUOTE,
    SUPERVISOR_RIGHTS,
    Duty,
    DutyPeriod,
    DutyRecord,
    DutyStatus,
    Ground,
    Right,
    SanctionProposal,
    Term,
    supervisor_duties,
    supervisor_speech_immunity,
)

D = dt.date
TERM = Term(name="李某", kind="department_conduct", first=D(2025, 3, 1), last=D(2026, 2, 28))
AFTER = D(2026, 3, 1)
DUTIES = "supervision.supervisor_duties"
IMMUNITY = "supervision.supervisor_speech_immunity"
SPOKEN = D(2025, 7, 15)


def _rec(duty: str, day: dt.date, who: str = "李某") -> DutyRecord:
    return DutyRecord(supervisor=who, duty=duty, on=day)  # type: ignore[arg-type]


def _cadence(**months: int | None) -> Policy:
    return Policy.default().override(
        {f"supervision.supervisor_{k}_months": v for k, v in months.items()}
    )


def _of(decisions: tuple[Decision[DutyPeriod], ...], duty: Duty) -> list[Decision[DutyPeriod]]:
    return [d for d in decisions if d.value.duty is duty]


def _spans(decisions: list[Decision[DutyPeriod]]) -> list[tuple[dt.date, dt.date, str]]:
    return [(d.value.first, d.value.last, d.outcome) for d in decisions]


# -- the clause -------------------------------------------------------------------------


@pytest.mark.rule("supervision.supervisor_duties")
def test_the_duties_are_the_seeds_regular_duties_in_its_order() -> None:
    quote = get(DUTIES).source.quote
    assert quote == DUTIES_QUOTE
    assert [quote.index(d.zh) for d in Duty] == sorted(quote.index(d.zh) for d in Duty)
    assert get(DUTIES).parameters == (
        "supervision.supervisor_contact_months",
        "supervision.supervisor_meeting_months",
        "supervision.supervisor_report_months",
    )


@pytest.mark.rule("supervision.supervisor_speech_immunity")
def test_the_rights_are_the_seeds_three() -> None:
    assert get(IMMUNITY).source.quote == RIGHTS_QUOTE
    assert [r.zh for r in Right] == ["知情权", "评价权", "言论豁免权"]
    assert all(r.zh in RIGHTS_QUOTE for r in Right)
    assert [t.zh for t in SUPERVISOR_RIGHTS] == [r.zh for r in Right]
    assert Right.SPEECH_IMMUNITY.en == "the right to speak without penalty"


# -- no cadence set: 定期 gives no number ------------------------------------------------


@pytest.mark.rule("supervision.supervisor_duties")
def test_unset_cadences_list_what_was_done_and_refer() -> None:
    log = [
        _rec("meeting", D(2025, 9, 1)),
        _rec("meeting", D(2025, 4, 10)),
        _rec("report", D(2025, 12, 1)),
    ]
    out = supervisor_duties(TERM, log, on=AFTER)
    assert [(d.value.duty, d.outcome, d.value.done) for d in out] == [
        (Duty.CONTACT, "referred", ()),
        (Duty.MEETING, "referred", (D(2025, 4, 10), D(2025, 9, 1))),
        (Duty.REPORT, "referred", (D(2025, 12, 1),)),
    ]
    meeting = out[1]
    assert (meeting.value.first, meeting.value.last) == (TERM.first, TERM.last)
    assert meeting.value.cadence_months is None
    assert meeting.value.whole
    assert meeting.parameters == {"supervision.supervisor_meeting_months": None}
    assert (
        meeting.headline.zh
        == "李某定期参加例会(2025年3月1日至2026年2月28日):未设定周期,提交研究决定"
    )
    zh = [r.zh for r in meeting.reasons]
    assert zh[0] == "《县委组织部义务监督员制度》:" + DUTIES_QUOTE
    assert zh[1] == "定期参加例会:聘期2025年3月1日至2026年2月28日"
    assert zh[2] == "已履行2次:2025年4月10日、2025年9月1日"
    assert zh[3].startswith("“定期”未规定具体周期")
    assert zh[3].endswith("不判定未履行")
    assert out[0].reasons[2].zh == "期间无履行记录"
    assert "supervision.supervisor_contact_months" in out[0].reasons[3].en


@pytest.mark.rule("supervision.supervisor_duties")
@given(supervisor_terms(), st.data())
def test_without_a_cadence_nothing_is_ever_missed(term: Term, data: st.DataObject) -> None:
    log = data.draw(duty_records(term))
    on = data.draw(st.dates(term.first - dt.timedelta(days=30), term.last + dt.timedelta(days=400)))
    out = supervisor_duties(term, log, on=on)
    assert [d.value.duty for d in out] == list(Duty)
    assert {d.outcome for d in out} == {"referred"}


# -- a cadence set: per period due / done / missed -----------------------------------------


@pytest.mark.rule("supervision.supervisor_duties")
def test_quarterly_meetings_over_a_term() -> None:
    log = [
        _rec("meeting", D(2025, 4, 10)),
        _rec("meeting", D(2025, 11, 30)),
        _rec("meeting", D(2025, 12, 1)),
    ]
    out = _of(supervisor_duties(TERM, log, on=AFTER, policy=_cadence(meeting=3)), Duty.MEETING)
    assert _spans(out) == [
        (D(2025, 3, 1), D(2025, 5, 31), "met"),
        (D(2025, 6, 1), D(2025, 8, 31), "missed"),
        (D(2025, 9, 1), D(2025, 11, 30), "met"),
        (D(2025, 12, 1), D(2026, 2, 28), "met"),
    ]
    assert out[1].headline.zh == "李某定期参加例会(2025年6月1日至2025年8月31日):未履行"
    assert [r.zh for r in out[1].reasons][1:] == [
        "定期参加例会:2025年6月1日至2025年8月31日(每3个月至少一次)",
        "期间无履行记录",
    ]
    assert out[1].parameters == {"supervision.supervisor_meeting_months": 3}
    assert out[2].value.done == (D(2025, 11, 30),)


@pytest.mark.rule("supervision.supervisor_duties")
def test_periods_on_a_given_day_running_and_not_begun() -> None:
    on = D(2025, 7, 1)
    out = _of(supervisor_duties(TERM, [], on=on, policy=_cadence(report=6)), Duty.REPORT)
    assert _spans(out) == [
        (D(2025, 3, 1), D(2025, 8, 31), "in_progress"),
        (D(2025, 9, 1), D(2026, 2, 28), "not_due"),
    ]
    assert out[0].reasons[-1].zh == "截至2025年7月1日本周期尚未结束"
    assert out[1].reasons[-1].zh == "截至2025年7月1日本周期尚未开始"
    # done while the period runs: met already
    out = supervisor_duties(
        TERM, [_rec("report", D(2025, 6, 30))], on=on, policy=_cadence(report=6)
    )
    assert _of(out, Duty.REPORT)[0].outcome == "met"


@pytest.mark.rule("supervision.supervisor_duties")
def test_the_last_day_of_a_period_ends_it() -> None:
    p = _cadence(contact=6)
    last = D(2025, 8, 31)
    assert (
        _of(supervisor_duties(TERM, [], on=last, policy=p), Duty.CONTACT)[0].outcome
        == "in_progress"
    )
    day_after = last + dt.timedelta(days=1)
    assert (
        _of(supervisor_duties(TERM, [], on=day_after, policy=p), Duty.CONTACT)[0].outcome
        == "missed"
    )
    done = [_rec("contact", last)]
    assert _of(supervisor_duties(TERM, done, on=last, policy=p), Duty.CONTACT)[0].outcome == "met"


@pytest.mark.rule("supervision.supervisor_duties")
def test_a_last_stretch_shorter_than_the_cadence_is_not_due() -> None:
    out = _of(supervisor_duties(TERM, [], on=AFTER, policy=_cadence(meeting=5)), Duty.MEETING)
    assert _spans(out) == [
        (D(2025, 3, 1), D(2025, 7, 31), "missed"),
        (D(2025, 8, 1), D(2025, 12, 31), "missed"),
        (D(2026, 1, 1), D(2026, 2, 28), "not_due"),
    ]
    assert [d.value.whole for d in out] == [True, True, False]
    assert out[2].reasons[-1].zh == (
        "聘期最后2026年1月1日至2026年2月28日不足一个周期(5个月),不作要求"
    )
    # done in it all the same: met
    log = [_rec("meeting", D(2026, 2, 1))]
    assert (
        _of(supervisor_duties(TERM, log, on=AFTER, policy=_cadence(meeting=5)), Duty.MEETING)[
            2
        ].outcome
        == "met"
    )


@pytest.mark.rule("supervision.supervisor_duties")
def test_months_are_calendar_months_from_the_first_day() -> None:
    term = Term(name="王某", kind="cadre_work", first=D(2024, 1, 31), last=D(2024, 5, 30))
    out = _of(
        supervisor_duties(term, [], on=D(2024, 12, 31), policy=_cadence(report=1)), Duty.REPORT
    )
    assert [(d.value.first, d.value.last) for d in out] == [
        (
            D(2024, 1, 31),
            D(2024, 2, 28),
        ),  # 2024-02-29 is one month on: the period ends the day before
        (D(2024, 2, 29), D(2024, 3, 30)),
        (D(2024, 3, 31), D(2024, 4, 29)),
        (D(2024, 4, 30), D(2024, 5, 30)),
    ]
    assert [d.value.whole for d in out] == [True, True, True, True]


@pytest.mark.rule("supervision.supervisor_duties")
def test_only_the_supervisors_own_records_in_the_term_by_the_day_count() -> None:
    log = [
        _rec("meeting", D(2025, 4, 1), who="张某"),  # another supervisor
        _rec("meeting", D(2025, 2, 28)),  # before the term
        _rec("meeting", D(2026, 3, 1)),  # after it
        _rec("meeting", D(2025, 5, 2)),  # after the day asked
    ]
    out = supervisor_duties(TERM, log, on=D(2025, 5, 1), policy=_cadence(meeting=1))
    assert all(d.value.done == () for d in out)
    assert [d.outcome for d in _of(out, Duty.MEETING)][:3] == ["missed", "missed", "in_progress"]


@pytest.mark.rule("supervision.supervisor_duties")
def test_the_cadence_in_force_on_the_terms_first_day() -> None:
    later = Policy.default().with_change(
        D(2025, 6, 1), {"supervision.supervisor_meeting_months": 3}
    )
    assert {d.outcome for d in supervisor_duties(TERM, [], on=AFTER, policy=later)} == {"referred"}
    early = Term(name="李某", kind="department_conduct", first=D(2025, 6, 1), last=D(2026, 5, 31))
    assert len(_of(supervisor_duties(early, [], on=AFTER, policy=later), Duty.MEETING)) == 4


@pytest.mark.rule("supervision.supervisor_duties")
@given(supervisor_terms(), st.integers(1, 14), st.data())
def test_periods_tile_the_term_and_each_status_follows_the_record(
    term: Term, months: int, data: st.DataObject
) -> None:
    log = data.draw(duty_records(term))
    on = data.draw(st.dates(term.first - dt.timedelta(days=30), term.last + dt.timedelta(days=400)))
    out = supervisor_duties(
        term, log, on=on, policy=_cadence(contact=months, meeting=months, report=months)
    )
    for duty in Duty:
        periods = [d.value for d in _of(out, duty)]
        assert periods[0].first == term.first
        assert periods[-1].last == term.last
        for a, b in itertools.pairwise(periods):
            assert b.first == a.last + dt.timedelta(days=1)
        assert all(p.whole for p in periods[:-1])
        for p in periods:
            expected = sorted(
                r.on
                for r in log
                if r.duty is duty
                and r.supervisor == term.name
                and p.first <= r.on <= min(p.last, on)
            )
            assert list(p.done) == expected
            if p.done:
                assert p.status is DutyStatus.MET
            elif on < p.first or not p.whole:
                assert p.status is DutyStatus.NOT_DUE
            else:
                assert p.status is (DutyStatus.MISSED if on > p.last else DutyStatus.IN_PROGRESS)


@pytest.mark.rule("supervision.supervisor_duties")
def test_bad_input_names_the_argument() -> None:
    with pytest.raises(ValidationError, match="DutyRecord"):
        supervisor_duties(TERM, [object()], on=AFTER)  # type: ignore[list-item]
    with pytest.raises(TypeError, match="records must be a collection"):
        supervisor_duties(TERM, None, on=AFTER)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="Term"):
        supervisor_duties(object(), [], on=AFTER)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="on"):
        supervisor_duties(TERM, [], on="soon")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="last is before first"):
        Term(name="李某", kind="cadre_work", first=D(2025, 3, 1), last=D(2025, 2, 28))
    with pytest.raises(PolicyError, match="supervisor_meeting_months"):
        _cadence(meeting=0)
    assert "秘密" not in repr(DutyRecord(supervisor="李某", duty="report", on=AFTER, note="秘密"))


# -- 言论豁免权 ----------------------------------------------------------------------------


def _proposal(
    ground: str = "speech", spoken: dt.date | None = SPOKEN, **kw: Any
) -> SanctionProposal:
    return SanctionProposal(
        person=kw.pop("person", "李某"),
        proposed_on=kw.pop("proposed_on", D(2025, 9, 1)),
        ground=ground,  # type: ignore[arg-type]
        spoken_on=spoken,
        **kw,
    )


@pytest.mark.rule("supervision.supervisor_speech_immunity")
def test_a_sanction_for_what_a_serving_supervisor_said_is_referred() -> None:
    d = supervisor_speech_immunity(
        _proposal(measure="批评教育", description="评议会上的发言"), [TERM]
    )
    assert (d.outcome, d.value, d.subject) == ("referred", True, "李某")
    assert d.headline.zh == "李某:因言论追责,提交研究决定"
    assert [r.zh for r in d.reasons] == [
        "《县委组织部义务监督员制度》:" + RIGHTS_QUOTE,
        "2025年7月15日发表言论时为义务监督员(聘期2025年3月1日至2026年2月28日),享有言论豁免权",
        "因义务监督员言论拟予追责的,不作处理决定,提交研究决定(豁免的界限原文未作规定)",
    ]
    assert d.parameters == {}


@pytest.mark.rule("supervision.supervisor_speech_immunity")
@pytest.mark.parametrize(
    ("proposal", "last_reason"),
    [
        (_proposal(spoken=D(2025, 2, 28)), "2025年2月28日发表言论时不在义务监督员聘期内"),
        (_proposal(person="张某"), "2025年7月15日发表言论时不在义务监督员聘期内"),
        (_proposal("other", None), "拟追责的理由不是言论,言论豁免权不适用"),
        (_proposal("other"), "拟追责的理由不是言论,言论豁免权不适用"),
    ],
)
def test_immunity_does_not_apply(proposal: SanctionProposal, last_reason: str) -> None:
    d = supervisor_speech_immunity(proposal, [TERM])
    assert (d.outcome, d.value) == ("not_applicable", False)
    assert d.reasons[-1].zh == last_reason
    assert d.headline.zh == f"{proposal.person}:言论豁免权不适用"


@pytest.mark.rule("supervision.supervisor_speech_immunity")
def test_the_term_covering_the_words_counts_not_the_day_of_the_proposal() -> None:
    # said on the term's last day, sanction proposed after it ended: still immune
    p = _proposal(spoken=TERM.last, proposed_on=D(2026, 6, 1))
    assert supervisor_speech_immunity(p, [TERM]).outcome == "referred"
    # said before the first term, proposed during it: not immune
    p = _proposal(spoken=D(2025, 1, 1), proposed_on=D(2025, 4, 1))
    assert supervisor_speech_immunity(p, [TERM]).outcome == "not_applicable"
    # two terms: the words fall in the second
    second = TERM.model_copy(update={"first": D(2026, 3, 1), "last": D(2027, 2, 28)})
    p = _proposal(spoken=D(2026, 5, 1), proposed_on=D(2026, 6, 1))
    d = supervisor_speech_immunity(p, [TERM, second])
    assert d.outcome == "referred"
    assert "聘期2026年3月1日至2027年2月28日" in d.reasons[1].zh


@pytest.mark.rule("supervision.supervisor_speech_immunity")
@given(supervisor_terms(), st.sampled_from(list(Ground)), st.data())
def test_immune_exactly_for_speech_inside_a_term(
    term: Term, ground: Ground, data: st.DataObject
) -> None:
    spoken = data.draw(
        st.dates(term.first - dt.timedelta(days=60), term.last + dt.timedelta(days=60))
    )
    proposed = spoken + dt.timedelta(days=data.draw(st.integers(0, 400)))
    p = SanctionProposal(person=term.name, proposed_on=proposed, ground=ground, spoken_on=spoken)
    d = supervisor_speech_immunity(p, [term])
    assert d.value is (ground is Ground.SPEECH and term.first <= spoken <= term.last)
    assert d.outcome == ("referred" if d.value else "not_applicable")


@pytest.mark.rule("supervision.supervisor_speech_immunity")
def test_a_speech_sanction_needs_the_day_of_the_words() -> None:
    with pytest.raises(ValidationError, match="spoken_on is required"):
        _proposal(spoken=None)
    with pytest.raises(ValidationError, match="spoken_on is after proposed_on"):
        _proposal(spoken=D(2025, 9, 2))
    with pytest.raises(ValidationError, match="Term"):
        supervisor_speech_immunity(_proposal(), [object()])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="terms must be a collection"):
        supervisor_speech_immunity(_proposal(), 3)  # type: ignore[arg-type]
    p = _proposal(measure="秘密措施", description="秘密言论")
    assert "秘密" not in repr(p)
    assert "秘密" not in str(p)

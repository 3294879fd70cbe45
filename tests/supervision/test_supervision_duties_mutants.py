"""Supervisors' duties and speech immunity, written against the survivors of mutation testing.

``python tools/mutation.py supervision/_duties``: subjects, the cadence recorded in the
value, a one-day last period, the short-stretch reason on its first day, the argument
named in an error, a policy refused, and overlapping terms.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from orgwork.policy import Policy
from orgwork.supervision import (
    Duty,
    DutyRecord,
    SanctionProposal,
    Term,
    supervisor_duties,
    supervisor_speech_immunity,
)

D = dt.date
TERM = Term(name="李某", kind="department_conduct", first=D(2025, 3, 1), last=D(2026, 2, 28))


def _every(months: int) -> Policy:
    return Policy.default().override({"supervision.supervisor_report_months": months})


@pytest.mark.rule("supervision.supervisor_duties")
def test_each_decision_names_the_supervisor_and_records_the_cadence() -> None:
    out = supervisor_duties(TERM, [], on=D(2026, 3, 1), policy=_every(3))
    assert {d.subject for d in out} == {"李某"}
    reports = [d.value for d in out if d.value.duty is Duty.REPORT]
    assert [p.cadence_months for p in reports] == [3, 3, 3, 3]
    assert {d.value.cadence_months for d in out if d.value.duty is not Duty.REPORT} == {None}


@pytest.mark.rule("supervision.supervisor_duties")
def test_a_term_ending_on_a_periods_first_day_has_a_one_day_last_period() -> None:
    term = Term(name="李某", kind="cadre_work", first=D(2025, 3, 1), last=D(2025, 6, 1))
    out = supervisor_duties(term, [], on=D(2025, 7, 1), policy=_every(3))
    reports = [d for d in out if d.value.duty is Duty.REPORT]
    assert [(d.value.first, d.value.last, d.outcome) for d in reports] == [
        (D(2025, 3, 1), D(2025, 5, 31), "missed"),
        (D(2025, 6, 1), D(2025, 6, 1), "not_due"),
    ]


@pytest.mark.rule("supervision.supervisor_duties")
def test_on_the_first_day_of_a_short_stretch_it_is_short_not_unbegun() -> None:
    out = supervisor_duties(TERM, [], on=D(2026, 1, 1), policy=_every(5))  # 5, 5, then 2 months
    last = [d for d in out if d.value.duty is Duty.REPORT][-1]
    assert (last.value.first, last.value.whole, last.outcome) == (D(2026, 1, 1), False, "not_due")
    assert last.reasons[-1].zh.startswith("聘期最后2026年1月1日至2026年2月28日不足一个周期")
    before = supervisor_duties(TERM, [], on=D(2025, 12, 31), policy=_every(5))
    assert [d for d in before if d.value.duty is Duty.REPORT][-1].reasons[-1].zh == (
        "截至2025年12月31日本周期尚未开始"
    )


@pytest.mark.rule("supervision.supervisor_duties")
def test_a_bad_day_names_on() -> None:
    with pytest.raises(ValidationError, match=r"validation error for on\n"):
        supervisor_duties(TERM, [], on="soon")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="DutyRecord"):
        supervisor_duties(
            TERM,
            [DutyRecord(supervisor="李某", duty="report", on=D(2025, 4, 1)), 3],
            on=D(2025, 5, 1),
        )  # type: ignore[list-item]


@pytest.mark.rule("supervision.supervisor_speech_immunity")
def test_a_policy_that_is_not_one_is_refused() -> None:
    p = SanctionProposal(person="李某", proposed_on=D(2025, 9, 1), ground="other")
    with pytest.raises(TypeError, match="policy"):
        supervisor_speech_immunity(p, [TERM], policy="default")  # type: ignore[arg-type]


@pytest.mark.rule("supervision.supervisor_speech_immunity")
def test_overlapping_terms_cite_the_earliest() -> None:
    later = Term(name="李某", kind="cadre_work", first=D(2025, 6, 1), last=D(2026, 5, 31))
    p = SanctionProposal(
        person="李某", proposed_on=D(2025, 9, 1), ground="speech", spoken_on=D(2025, 7, 1)
    )
    for terms in ([later, TERM], [TERM, later]):
        d = supervisor_speech_immunity(p, terms)
        assert d.outcome == "referred"
        assert d.reasons[1].zh == (
            "2025年7月1日发表言论时为义务监督员(聘期2025年3月1日至2026年2月28日),享有言论豁免权"
        )
    # not speech, no day of words: no term is looked at, and nothing about serving is said
    other = SanctionProposal(person="李某", proposed_on=D(2025, 9, 1), ground="other")
    d = supervisor_speech_immunity(other, [TERM])
    assert [r.zh for r in d.reasons][1:] == ["拟追责的理由不是言论,言论豁免权不适用"]

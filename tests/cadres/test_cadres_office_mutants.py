"""首问负责 and 限时办结: the day's edges, provisional calendar years, subjects, error names.

Written against the survivors of mutation testing (``python tools/mutation.py cadres/_office``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.cadres import Matter, first_responsible, time_limits
from orgwork.calendar import official_calendar
from orgwork.errors import RecordError
from orgwork.policy import Policy

D = dt.date
LIMITS = Policy.default().override({"cadres.time_limit_working_days": {"证明": 3}})


def matter(id: str = "M1", **kw: Any) -> Matter:
    return Matter(id=id, **({"kind": "证明", "received_on": D(2025, 9, 30)} | kw))


@pytest.mark.rule("cadres.time_limit")
def test_a_matter_received_or_closed_on_the_day_asked_is_known_that_day() -> None:
    on = D(2025, 10, 11)
    (d,) = time_limits([matter(closed_on=on)], on=on, policy=LIMITS)
    assert (d.subject, d.outcome, d.value.closed_on) == ("M1", "closed_on_time", on)
    (d,) = time_limits([matter("M2", received_on=on)], on=on)
    assert (d.subject, d.outcome) == ("M2", "no_limit_set")
    (d,) = first_responsible([matter("M3", received_on=on, first_asked="张三")], on=on)
    assert d.subject == "M3"


@pytest.mark.rule("cadres.time_limit")
def test_a_due_day_in_a_provisional_year_makes_the_decision_provisional() -> None:
    cal = official_calendar().with_provisional(2027)
    late = matter(received_on=D(2026, 12, 30))  # 3 working days later is in 2027
    (d,) = time_limits([late], on=D(2027, 1, 31), policy=LIMITS, calendar=cal)
    assert d.value.due is not None
    assert d.value.due.year == 2027
    assert d.provisional is True
    (d,) = time_limits([matter()], on=D(2025, 10, 31), policy=LIMITS, calendar=cal)
    assert d.provisional is False
    with pytest.raises(TypeError, match=r"^calendar must be"):
        time_limits([late], on=D(2027, 1, 31), policy=LIMITS, calendar={})


@pytest.mark.rule("cadres.first_responsible")
def test_a_referred_matter_keeps_the_handler_the_register_names() -> None:
    (d,) = first_responsible([matter(handled_by="李四")], on=D(2025, 12, 31))
    assert (d.outcome, d.value.handled_by, d.value.owner) == ("referred", "李四", None)


@pytest.mark.rule("cadres.first_responsible")
@pytest.mark.rule("cadres.time_limit")
@pytest.mark.parametrize(
    "case",
    [
        (rule, *bad)
        for rule in (first_responsible, time_limits)
        for bad in (
            ({"on": "x"}, ValidationError, "error for on\n"),
            ({"matters": None}, TypeError, "^matters must be"),
            ({"matters": "ab"}, RecordError, "^matters: expected"),
            ({"policy": "x"}, TypeError, "^policy must be"),
            ({"matters": [matter(), matter()]}, RecordError, "^matter listed more than once: M1$"),
        )
    ],
)
def test_bad_arguments_are_named(case: tuple[Any, dict[str, Any], type, str]) -> None:
    rule, kwargs, error, message = case
    args: dict[str, Any] = {"matters": [matter()], "on": D(2025, 12, 31)}
    with pytest.raises(error, match=message):
        rule(**(args | kwargs))


@pytest.mark.rule("cadres.first_responsible")
@pytest.mark.rule("cadres.time_limit")
@pytest.mark.parametrize("rule", [first_responsible, time_limits])
def test_a_wrong_policy_is_refused_even_with_nothing_to_decide(rule: Any) -> None:
    with pytest.raises(TypeError, match=r"^policy must be"):
        rule([], on=D(2025, 12, 31), policy="x")


@pytest.mark.rule("cadres.first_responsible")
def test_later_hand_overs_are_counted_and_followed_from_their_holder() -> None:
    from orgwork.cadres import Matter, Transfer, first_responsible

    later = [
        Transfer(by="甲", to="乙", on=dt.date(2025, 4, 1)),
        Transfer(by="乙", to="丙", on=dt.date(2025, 4, 2)),
    ]
    m = Matter(
        id="M1",
        kind="证明",
        received_on=dt.date(2025, 3, 3),
        first_asked="甲",
        handled_by="丙",
        transfers=later,
    )
    (d,) = first_responsible([m], on=dt.date(2025, 3, 10))
    assert (d.outcome, d.value.holder) == ("conforms", "甲")
    assert "另有2次转交在2025年3月10日之后,截至该日尚未发生,不计入" in [r.zh for r in d.reasons]
    # a later hand-over by someone not holding the matter leads nowhere
    stray = m.model_copy(
        update={
            "handled_by": "丁",
            "transfers": (Transfer(by="乙", to="丁", on=dt.date(2025, 4, 1)),),
        }
    )
    (r,) = first_responsible([stray], on=dt.date(2025, 3, 10))
    assert r.outcome == "referred"

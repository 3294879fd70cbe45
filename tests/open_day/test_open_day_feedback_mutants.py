"""肥西县's feedback cadence word for word, written against the survivors of mutation testing.

``python tools/mutation.py open_day/_feedback``: the reason naming the unset parameter,
the cadence in the value, a close on the day asked, and the arguments named in errors.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from orgwork.open_day import feedback_cadence
from orgwork.policy import Policy

HELD = dt.date(2025, 6, 28)
PARAM = "open_day.feedback_interval_months"


@pytest.mark.rule("open_day.feedback_cadence")
def test_the_unset_reason_names_the_parameter() -> None:
    (d,) = feedback_cadence(HELD, [], on=dt.date(2025, 7, 1))
    assert d.reasons[-1].en == (
        "定期 (regularly) gives no cadence and none is set locally "
        "(open_day.feedback_interval_months): the feedback is listed and referred, never "
        "counted as missed"
    )
    assert d.reasons[-1].zh == (
        "“定期”未规定反馈周期,本地未设定(open_day.feedback_interval_months),"
        "列明反馈情况,提交研究决定,不判定未反馈"
    )
    assert d.value.cadence_months is None


@pytest.mark.rule("open_day.feedback_cadence")
def test_the_value_records_the_cadence() -> None:
    out = feedback_cadence(
        HELD, [], on=dt.date(2025, 12, 31), policy=Policy.default().override({PARAM: 2})
    )
    assert [d.value.cadence_months for d in out] == [2, 2, 2, 2]


@pytest.mark.rule("open_day.feedback_cadence")
def test_closed_on_the_day_asked_ends_the_last_stretch() -> None:
    policy = Policy.default().override({PARAM: 3})
    day = dt.date(2025, 8, 1)
    (d,) = feedback_cadence(HELD, [], on=day, closed_on=day, policy=policy)
    assert (d.value.last, d.value.whole, d.outcome) == (day, False, "not_due")
    (d,) = feedback_cadence(HELD, [], on=day, policy=policy)
    assert d.outcome == "in_progress"


@pytest.mark.rule("open_day.feedback_cadence")
@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"held_on": "x", "on": HELD}, "held_on"),
        ({"held_on": HELD, "on": "x"}, "on"),
        ({"held_on": HELD, "on": HELD, "closed_on": "x"}, "closed_on"),
    ],
)
def test_a_bad_day_names_its_argument(kwargs: dict[str, object], name: str) -> None:
    rest = {k: v for k, v in kwargs.items() if k != "held_on"}
    with pytest.raises(ValidationError, match=rf"validation error for {name}\n"):
        feedback_cadence(kwargs["held_on"], [], **rest)  # type: ignore[arg-type]

"""调研走访 word for word: each half year's units in scope, visited, missed or pending.

Written against the survivors of mutation testing (``python tools/mutation.py
supervision/_visits``, triage in ``docs/mutation.md``). 000 第五篇 三、四是:
"对全县所有的乡镇和县直副科级以上单位每半年走访一次".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.supervision import Unit, Visit, visit_coverage

D = dt.date
UNITS = (
    Unit(id="T01", kind="township"),  # type: ignore[arg-type]
    Unit(id="C01", kind="county_unit", deputy_section_or_above=True),  # type: ignore[arg-type]
    Unit(id="C09", kind="county_unit", deputy_section_or_above=False),  # type: ignore[arg-type]
    Unit(id="T02", kind="township", deputy_section_or_above=True),  # type: ignore[arg-type]
)
#: On a period's first and last days, and one after the day asked in H2.
VISITS = (
    Visit(unit="T01", on=D(2025, 1, 1)),
    Visit(unit="C01", on=D(2025, 6, 30)),
    Visit(unit="T02", on=D(2025, 7, 1)),
    Visit(unit="T01", on=D(2025, 12, 1)),
)
SCOPE = (
    "副科级以下县直单位不在每半年走访范围内:C09",
    "County units below deputy-section level are not covered: C09",
)
H1_COUNTED = (
    "2025-H1(2025年1月1日至2025年6月30日)应走访3个单位,已走访2个",
    "2025-H1 (2025-01-01 to 2025-06-30): 3 units in scope, 2 visited",
)


def _reasons(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


@pytest.mark.rule("supervision.visit_coverage")
def test_mid_year_one_half_is_missed_and_the_other_pending() -> None:
    """所有的乡镇和县直副科级以上单位: a township always, a county unit from 副科级; C09 is not."""
    assert (
        get("supervision.visit_coverage").source.quote
        == "对全县所有的乡镇和县直副科级以上单位每半年走访一次"
    )
    h1, h2 = visit_coverage(UNITS, VISITS, 2025, on=D(2025, 11, 30))
    assert (h1.outcome, h1.subject) == ("missed", "2025-H1")
    assert (h1.value.required, h1.value.visited, h1.value.missed, h1.value.pending) == (
        ("T01", "C01", "T02"),
        ("T01", "C01"),
        ("T02",),
        (),
    )
    assert (h1.headline("zh"), h1.headline("en")) == (
        "2025-H1:1个单位未走访",
        "2025-H1: 1 unit(s) missed",
    )
    assert _reasons(h1) == [H1_COUNTED, ("未走访:T02", "Missed: T02"), SCOPE]
    assert (h2.outcome, h2.subject, h2.value.ended) == ("in_progress", "2025-H2", False)
    assert (h2.value.visited, h2.value.missed, h2.value.pending) == (("T02",), (), ("T01", "C01"))
    assert (h2.headline("zh"), h2.headline("en")) == (
        "2025-H2:2个单位尚未走访",
        "2025-H2: 2 unit(s) not yet visited",
    )
    assert _reasons(h2) == [
        (
            "2025-H2(2025年7月1日至2025年12月31日)应走访3个单位,已走访1个",
            "2025-H2 (2025-07-01 to 2025-12-31): 3 units in scope, 1 visited",
        ),
        ("尚未走访:T01、C01", "Not yet visited: T01, C01"),
        SCOPE,
    ]


@pytest.mark.rule("supervision.visit_coverage")
def test_a_period_is_missed_only_after_its_last_day() -> None:
    """``missed`` once ``on`` is after the period's last day; on that day it is still pending."""
    _, h2 = visit_coverage(UNITS, VISITS, 2025, on=D(2025, 12, 31))
    assert (h2.outcome, h2.value.pending, h2.value.ended) == ("in_progress", ("C01",), False)
    _, h2 = visit_coverage(UNITS, VISITS, 2025, on=D(2026, 1, 1))
    assert (h2.outcome, h2.value.missed, h2.value.ended) == ("missed", ("C01",), True)
    assert h2.headline("en") == "2025-H2: 1 unit(s) missed"


@pytest.mark.rule("supervision.visit_coverage")
def test_every_unit_visited() -> None:
    visits = (*VISITS, Visit(unit="T02", on=D(2025, 2, 1)), Visit(unit="C01", on=D(2025, 12, 31)))
    h1, h2 = visit_coverage(UNITS[:2] + UNITS[3:], visits, 2025, on=D(2026, 1, 1))
    for d, period in ((h1, "2025-H1"), (h2, "2025-H2")):
        assert (d.outcome, d.subject) == ("all_visited", period)
        assert (d.headline("zh"), d.headline("en")) == (
            f"{period}:全部走访",
            f"{period}: every unit visited",
        )
        assert len(d.reasons) == 1  # the count; nothing missed, pending or out of scope


@pytest.mark.rule("supervision.visit_coverage")
def test_the_interval_is_the_one_in_force_on_1_january() -> None:
    quarterly = Policy.default().with_change(
        D(2025, 1, 1), {"supervision.visit_interval_months": 3}
    )
    assert len(visit_coverage(UNITS, VISITS, 2025, on=D(2026, 1, 1), policy=quarterly)) == 4
    later = Policy.default().with_change(D(2025, 1, 2), {"supervision.visit_interval_months": 3})
    assert len(visit_coverage(UNITS, VISITS, 2025, on=D(2026, 1, 1), policy=later)) == 2


def test_record_errors_name_the_unit() -> None:
    with pytest.raises(
        RecordError, match=r"^visit\(s\) to unit\(s\) not in the list of units: \['X'\]$"
    ):
        visit_coverage(UNITS, [Visit(unit="X", on=D(2025, 1, 1))], 2025, on=D(2026, 1, 1))
    with pytest.raises(RecordError, match=r"^unit listed more than once: T01$"):
        visit_coverage((*UNITS, UNITS[0]), [], 2025, on=D(2026, 1, 1))
    with pytest.raises(TypeError, match=r"^units must be a collection of Unit, not int$"):
        visit_coverage(5, [], 2025, on=D(2026, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^visits must be a collection of Visit, not int$"):
        visit_coverage(UNITS, 5, 2025, on=D(2026, 1, 1))  # type: ignore[arg-type]


def test_the_day_argument_is_named() -> None:
    with pytest.raises(ValidationError) as info:
        visit_coverage(UNITS, VISITS, 2025, on="x")  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("on",)

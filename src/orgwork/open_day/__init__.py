"""组织部门“开放日” — open days of the organization department (seed 004).

The departments of seed ``004_10bb32bd277cce0c.txt`` open their doors to the
public. Suggestions not answered on the spot are answered within 7 working
days after the open day ([`follow_up_deadline`][orgwork.open_day.follow_up_deadline], [`suggestion_status`][orgwork.open_day.suggestion_status],
[`suggestion_counts`][orgwork.open_day.suggestion_counts]); a locality's plan is checked against its own
requirements ([`check_plan`][orgwork.open_day.check_plan]), which the seed's localities state
differently: they are named presets (`CHANGFENG`, `BAOHE`,
`CHAOHU`, `FEIXI`).

>>> import datetime as dt
>>> follow_up_deadline(dt.date(2025, 9, 26)).value
datetime.date(2025, 10, 13)
>>> sorted(PRESETS)
['baohe', 'changfeng', 'chaohu', 'feixi']
"""

from __future__ import annotations

from orgwork.open_day._follow_up import (
    Suggestion,
    SuggestionCounts,
    SuggestionState,
    SuggestionStatus,
    follow_up_deadline,
    suggestion_counts,
    suggestion_status,
)
from orgwork.open_day._plans import (
    OpenDay,
    OpenDayPlan,
    Representative,
    Violation,
    check_plan,
    lead_days,
)
from orgwork.open_day._presets import BAOHE, CHANGFENG, CHAOHU, FEIXI, PRESETS, OpenDayPreset
from orgwork.policy.open_day import LeadUnit, RepresentativeGroup

__all__ = [
    "BAOHE",
    "CHANGFENG",
    "CHAOHU",
    "FEIXI",
    "PRESETS",
    "LeadUnit",
    "OpenDay",
    "OpenDayPlan",
    "OpenDayPreset",
    "Representative",
    "RepresentativeGroup",
    "Suggestion",
    "SuggestionCounts",
    "SuggestionState",
    "SuggestionStatus",
    "Violation",
    "check_plan",
    "follow_up_deadline",
    "lead_days",
    "suggestion_counts",
    "suggestion_status",
]

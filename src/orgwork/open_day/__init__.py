"""组织部门“开放日” — open days of the organization department (seed 004).

The departments of seed ``004_10bb32bd277cce0c.txt`` open their doors to the
public. Suggestions not answered on the spot are answered within 7 working
days after the open day ([`follow_up_deadline`][orgwork.open_day.follow_up_deadline], [`suggestion_status`][orgwork.open_day.suggestion_status],
[`suggestion_counts`][orgwork.open_day.suggestion_counts]); a locality's plan is checked against its own
requirements ([`check_plan`][orgwork.open_day.check_plan]), which the seed's localities state
differently: they are named presets (`CHANGFENG`, `BAOHE`,
`CHAOHU`, `FEIXI`, `FEIDONG`, `LUJIANG`, `YAOHAI`, `LUYANG`, `SHUSHAN`; the
last two of 庐江县 and 庐阳区 set nothing, their text states no requirement).
巢湖市's delegates are chosen from those the electoral units recommend
([`representative_balance`][orgwork.open_day.representative_balance]) and choose the sites they inspect
([`site_choice`][orgwork.open_day.site_choice]); 肥西县 reports rectification back to the
representatives regularly ([`feedback_cadence`][orgwork.open_day.feedback_cadence]); 长丰县 keeps a
contact file for every invited representative ([`contact_files`][orgwork.open_day.contact_files])
and takes up every suggestion at a 部长办公会 ([`office_meetings`][orgwork.open_day.office_meetings]).

>>> import datetime as dt
>>> follow_up_deadline(dt.date(2025, 9, 26)).value
datetime.date(2025, 10, 13)
>>> sorted(PRESETS)
['baohe', 'changfeng', 'chaohu', 'feidong', 'feixi', 'lujiang', 'luyang', 'shushan', 'yaohai']
"""

from __future__ import annotations

from orgwork.open_day._balance import (
    AgeSpread,
    Delegate,
    DelegateBalance,
    FactorShare,
    Gender,
    SiteCheck,
    SiteChoice,
    UnitShare,
    representative_balance,
    site_choice,
)
from orgwork.open_day._changfeng import (
    ContactFiles,
    MeetingFollowUp,
    MeetingStatus,
    OfficeMeeting,
    TakenUp,
    contact_files,
    office_meetings,
)
from orgwork.open_day._feedback import Feedback, FeedbackPeriod, FeedbackStatus, feedback_cadence
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
from orgwork.open_day._presets import (
    BAOHE,
    CHANGFENG,
    CHAOHU,
    FEIDONG,
    FEIXI,
    LUJIANG,
    LUYANG,
    PRESETS,
    SHUSHAN,
    YAOHAI,
    OpenDayPreset,
)
from orgwork.policy.open_day import LeadUnit, RepresentativeGroup

__all__ = [
    "BAOHE",
    "CHANGFENG",
    "CHAOHU",
    "FEIDONG",
    "FEIXI",
    "LUJIANG",
    "LUYANG",
    "PRESETS",
    "SHUSHAN",
    "YAOHAI",
    "AgeSpread",
    "ContactFiles",
    "Delegate",
    "DelegateBalance",
    "FactorShare",
    "Feedback",
    "FeedbackPeriod",
    "FeedbackStatus",
    "Gender",
    "LeadUnit",
    "MeetingFollowUp",
    "MeetingStatus",
    "OfficeMeeting",
    "OpenDay",
    "OpenDayPlan",
    "OpenDayPreset",
    "Representative",
    "RepresentativeGroup",
    "SiteCheck",
    "SiteChoice",
    "Suggestion",
    "SuggestionCounts",
    "SuggestionState",
    "SuggestionStatus",
    "TakenUp",
    "UnitShare",
    "Violation",
    "check_plan",
    "contact_files",
    "feedback_cadence",
    "follow_up_deadline",
    "lead_days",
    "office_meetings",
    "representative_balance",
    "site_choice",
    "suggestion_counts",
    "suggestion_status",
]

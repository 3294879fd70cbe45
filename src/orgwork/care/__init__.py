"""Care for elderly Party members (老党员"五有"关怀帮扶) and the relief fund.

From ``000_d6bf9a3c8f5be95e.txt`` 第一篇 二 (建立老党员关怀帮扶长效机制) and the
relief funds of ``003_5278913ac78e06dd.txt``. The five cares (五有):

1. 生病住院有人看望 — [`hospital_visit_duties`][orgwork.care.hospital_visit_duties], [`illness_aid_duties`][orgwork.care.illness_aid_duties];
2. 重大节日有人慰问 — [`festival_visit_duties`][orgwork.care.festival_visit_duties] (七一 and the Spring Festival,
   whose date comes from the lunar calendar);
3. 日常时期有人走访 — [`routine_visit_duties`][orgwork.care.routine_visit_duties] (no frequency unless set);
4. 生活困难有人帮扶 — [`hardship_visit_duties`][orgwork.care.hardship_visit_duties] (at least once a month);
5. 去世有人开追悼会 — [`memorial_host`][orgwork.care.memorial_host] (the host by honour level and past post).

[`care_duties`][orgwork.care.care_duties] lists every duty due in a period; [`check_care`][orgwork.care.check_care]
checks a visit log against them and names the head who answers for each
missed duty ([`answerable_head`][orgwork.care.answerable_head]); [`care_deductions`][orgwork.care.care_deductions] turns missed
duties into decisions carrying [`PointAdjustment`][orgwork.points.PointAdjustment]
records for the thousand-point assessment (the points and the unit charged
are policy parameters, recorded). Every day the models accept lies in
`FIRST_DAY`–`LAST_DAY` (1949–2100), where every rule can be
decided. [`ReliefFund`][orgwork.care.ReliefFund] is the ring-fenced relief
ledger (专款专用), money in Decimal yuan.

Examples:
    >>> import datetime as dt
    >>> m = ElderlyMember(id="M1", name="某老党员", organization="V01", died_on=dt.date(2025, 3, 1),
    ...                   posts=[Post(title="村党支部委员", level=PostLevel.BRANCH_COMMITTEE)],
    ...                   honours=[Honour(awarded_by="黄石市", level=HonourLevel.PREFECTURE)])
    >>> memorial_host(m).value.tier.zh
    '镇分管组织副书记'
"""

from __future__ import annotations

from orgwork.care._check import MissedDuty, answerable_head, care_deductions, check_care
from orgwork.care._duties import (
    Duty,
    DutyKind,
    Festival,
    care_duties,
    festival_visit_duties,
    festival_window,
    hardship_visit_duties,
    hospital_visit_duties,
    illness_aid_duties,
    routine_visit_duties,
)
from orgwork.care._fund import (
    FundPurpose,
    FundTotals,
    Money,
    Payment,
    Receipt,
    ReliefFund,
    relief_eligibility,
)
from orgwork.care._memorial import HostRole, MemorialHost, memorial_host
from orgwork.care._model import (
    FIRST_DAY,
    LAST_DAY,
    Disaster,
    ElderlyMember,
    HardshipKind,
    HardshipPeriod,
    Honour,
    HonourLevel,
    HospitalStay,
    Organization,
    Post,
    PostLevel,
    Town,
    Visit,
    VisitKind,
)

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "Disaster",
    "Duty",
    "DutyKind",
    "ElderlyMember",
    "Festival",
    "FundPurpose",
    "FundTotals",
    "HardshipKind",
    "HardshipPeriod",
    "Honour",
    "HonourLevel",
    "HospitalStay",
    "HostRole",
    "MemorialHost",
    "MissedDuty",
    "Money",
    "Organization",
    "Payment",
    "Post",
    "PostLevel",
    "Receipt",
    "ReliefFund",
    "Town",
    "Visit",
    "VisitKind",
    "answerable_head",
    "care_deductions",
    "care_duties",
    "check_care",
    "festival_visit_duties",
    "festival_window",
    "hardship_visit_duties",
    "hospital_visit_duties",
    "illness_aid_duties",
    "memorial_host",
    "relief_eligibility",
    "routine_visit_duties",
]

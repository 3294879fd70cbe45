"""党组织建设 — party organizations: study (四学模式), 双包三提, the "135" mechanism, 三会一课.

* [`study_gaps`][orgwork.organizations.study_gaps] — which weekly, monthly, personal and yearly study
  items a unit's log lacks (003's 四学模式; 002's monthly topic opt-in).
* [`rules_report_gaps`][orgwork.organizations.rules_report_gaps] — the half-yearly report on the rules to the
  部务会 (002) that a year lacks.
* [`improvement_track`][orgwork.organizations.improvement_track] — 双包三提: 示范提升, 争先提升 or 整改提升 by grade (001).
* [`unmet_135_tasks`][orgwork.organizations.unmet_135_tasks] — the "135" tasks a branch has not met in a year (001).
* [`four_ones`][orgwork.organizations.four_ones] — a 特设 branch's “四个一” (001).
* [`meeting_cadence`][orgwork.organizations.meeting_cadence] — 三会一课, 主题党日, 组织生活会 and
  民主评议党员 on schedule (支部工作条例, 2018).
* [`part_time_members`][orgwork.organizations.part_time_members] — the “1+*” pattern: stationed
  departments' members as part-time committee members of 街道/社区 party organizations (001).
* [`meeting_quorum`][orgwork.organizations.meeting_quorum], [`resolution_vote`][orgwork.organizations.resolution_vote] — the
  党员大会's quorum and vote (支部工作条例 第十一条).

>>> improvement_track(BranchGrade.ADVANCED).value.zh
'示范提升'
"""

from __future__ import annotations

from orgwork.organizations._branches import (
    Activity135,
    BranchGrade,
    ImprovementTrack,
    Task135,
    Tasks135,
    improvement_track,
    unmet_135_tasks,
)
from orgwork.organizations._meetings import (
    KindCadence,
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
from orgwork.organizations._part_time import (
    PartTimeCommittee,
    PartTimeMember,
    part_time_members,
)
from orgwork.organizations._rules_report import (
    ReportPeriod,
    RulesReport,
    RulesReportGaps,
    rules_report_gaps,
)
from orgwork.organizations._special import (
    FourOne,
    FourOnes,
    SpecialBranchRecord,
    four_ones,
)
from orgwork.organizations._study import (
    StudyEntry,
    StudyGaps,
    StudyItem,
    StudyLog,
    iso_weeks,
    study_gaps,
)

__all__ = [
    "Activity135",
    "BranchGrade",
    "FourOne",
    "FourOnes",
    "ImprovementTrack",
    "KindCadence",
    "Meeting",
    "MeetingCadence",
    "MeetingKind",
    "MeetingLog",
    "MeetingPeriod",
    "PartTimeCommittee",
    "PartTimeMember",
    "PeriodKind",
    "Quorum",
    "ReportPeriod",
    "RulesReport",
    "RulesReportGaps",
    "SpecialBranchRecord",
    "StudyEntry",
    "StudyGaps",
    "StudyItem",
    "StudyLog",
    "Task135",
    "Tasks135",
    "Vote",
    "VoteResult",
    "four_ones",
    "improvement_track",
    "iso_weeks",
    "meeting_cadence",
    "meeting_quorum",
    "part_time_members",
    "resolution_vote",
    "rules_report_gaps",
    "study_gaps",
    "unmet_135_tasks",
]

"""党组织建设 — party organizations: study (四学模式), 双包三提 and the "135" mechanism.

* [`study_gaps`][orgwork.organizations.study_gaps] — which weekly, monthly, personal and yearly study
  items a unit's log lacks (003's 四学模式; 002's monthly topic opt-in).
* [`rules_report_gaps`][orgwork.organizations.rules_report_gaps] — the half-yearly report on the rules to the
  部务会 (002) that a year lacks.
* [`improvement_track`][orgwork.organizations.improvement_track] — 双包三提: 示范提升, 争先提升 or 整改提升 by grade (001).
* [`unmet_135_tasks`][orgwork.organizations.unmet_135_tasks] — the "135" tasks a branch has not met in a year (001).

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
from orgwork.organizations._rules_report import (
    ReportPeriod,
    RulesReport,
    RulesReportGaps,
    rules_report_gaps,
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
    "ImprovementTrack",
    "ReportPeriod",
    "RulesReport",
    "RulesReportGaps",
    "StudyEntry",
    "StudyGaps",
    "StudyItem",
    "StudyLog",
    "Task135",
    "Tasks135",
    "improvement_track",
    "iso_weeks",
    "rules_report_gaps",
    "study_gaps",
    "unmet_135_tasks",
]

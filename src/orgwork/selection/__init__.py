"""干部选拔任用 — cadre selection: democratic evaluation, 差额评议, open selection, 三必请.

The selection rules of the seed reports 001 (a district department's report
on its decision mechanisms), 002 (a provincial department's own discipline)
and 004 (the 三必请 of the open days):

* [`approval_decision`][orgwork.selection.approval_decision] — 民主测评: an applicant is disqualified without
  the unit's endorsement or below 80% approval (exact fractions).
* [`min_candidates`][orgwork.selection.min_candidates], [`competitive_slate`][orgwork.selection.competitive_slate] — 差额评议 at a 50% ratio.
* [`public_judges_required`][orgwork.selection.public_judges_required], [`panel_check`][orgwork.selection.panel_check] — 三必请 and panels of
  expert and public judges.
* [`nomination_scope_gaps`][orgwork.selection.nomination_scope_gaps], [`publication_gaps`][orgwork.selection.publication_gaps] — who nominates and
  what is published; [`PublicRight`][orgwork.selection.PublicRight] names the public's four rights.
* [`four_openness_gaps`][orgwork.selection.four_openness_gaps] — 000's 组织工作“四个公开” (政策、部情、制度、重大活动公开).
* [`SelectionProcedure`][orgwork.selection.SelectionProcedure], [`check_procedure`][orgwork.selection.check_procedure] — 民主推荐 → 笔试 →
  面试 → 体检 → 考察, in order, none skipped (a minimum: a locality adds its own
  steps); [`publicity_check`][orgwork.selection.publicity_check] — 任前公示 of at least five working days.
* [`competitive_posting_check`][orgwork.selection.competitive_posting_check] — 竞争上岗 for vacant mid-level posts.
* [`pre_appointment_notice`][orgwork.selection.pre_appointment_notice] — the 条例's 任前公示: the first day a
  notice may end; [`probation_period`][orgwork.selection.probation_period] — 试用期为一年 (a calendar year).

>>> import datetime as dt
>>> e = Evaluation(applicant="A01", held_on=dt.date(2012, 5, 10), unit_endorsed=True,
...     tallies=[Tally(group="street_leadership", approve=4, disapprove=1),
...              Tally(group="community_cadres", approve=8, disapprove=2),
...              Tally(group="resident_representatives", approve=19, disapprove=6)])
>>> approval_decision(e).outcome                # 31/40 = 77.5%
'disqualified'
>>> min_candidates(4, on=dt.date(2012, 6, 1)).value   # 4 posts × 1.5
6
"""

from __future__ import annotations

from orgwork.selection._appointment import (
    AppointmentNotice,
    NoticeCheck,
    ProbationCheck,
    TrialAppointment,
    pre_appointment_notice,
    probation_period,
)
from orgwork.selection._evaluation import (
    ApprovalResult,
    Ballot,
    BallotChoice,
    Evaluation,
    EvaluatorGroup,
    SlateCheck,
    Tally,
    approval_decision,
    competitive_slate,
    min_candidates,
)
from orgwork.selection._openness import (
    DepartmentInfo,
    Judge,
    JudgeKind,
    JudgingPanel,
    Nomination,
    NominatorGroup,
    Occasion,
    Openness,
    OpennessCheck,
    PanelCheck,
    PublicationItem,
    PublicRight,
    four_openness_gaps,
    nomination_scope_gaps,
    panel_check,
    public_judges_required,
    publication_gaps,
)
from orgwork.selection._procedure import (
    SEED_STEPS,
    FillingMethod,
    PostFilling,
    ProcedureCheck,
    ProcedureProblem,
    ProcedureRecord,
    ProcedureStep,
    PublicityPeriod,
    SelectionProcedure,
    StepResult,
    check_procedure,
    competitive_posting_check,
    publicity_check,
)

__all__ = [
    "SEED_STEPS",
    "AppointmentNotice",
    "ApprovalResult",
    "Ballot",
    "BallotChoice",
    "DepartmentInfo",
    "Evaluation",
    "EvaluatorGroup",
    "FillingMethod",
    "Judge",
    "JudgeKind",
    "JudgingPanel",
    "Nomination",
    "NominatorGroup",
    "NoticeCheck",
    "Occasion",
    "Openness",
    "OpennessCheck",
    "PanelCheck",
    "PostFilling",
    "ProbationCheck",
    "ProcedureCheck",
    "ProcedureProblem",
    "ProcedureRecord",
    "ProcedureStep",
    "PublicRight",
    "PublicationItem",
    "PublicityPeriod",
    "SelectionProcedure",
    "SlateCheck",
    "StepResult",
    "Tally",
    "TrialAppointment",
    "approval_decision",
    "check_procedure",
    "competitive_posting_check",
    "competitive_slate",
    "four_openness_gaps",
    "min_candidates",
    "nomination_scope_gaps",
    "panel_check",
    "pre_appointment_notice",
    "probation_period",
    "public_judges_required",
    "publication_gaps",
    "publicity_check",
]

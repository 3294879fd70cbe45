"""干部管理 — cadre management: promotion in rank, talks, rotation and computer skills.

* [`rank_promotion_eligibility`][orgwork.cadres.rank_promotion_eligibility] — 职务职级并行 (003): the national minimum
  years as dated policy tables (县以下机关 2015, 《公务员职务与职级并行规定》 2019),
  and 003's condition 任职时间较长、表现一贯优秀 as the committee's finding.
* [`talks_due`][orgwork.cadres.talks_due] — 谈心谈话 (003): the five occasions for a talk.
* [`rotation_due`][orgwork.cadres.rotation_due] — 岗位轮换 of (deputy) section heads (002).
* [`computer_skills_requirement`][orgwork.cadres.computer_skills_requirement] — 计算机技能 by age 45 (002).
* [`first_responsible`][orgwork.cadres.first_responsible] — 首问负责 (003; 000 首问责任制).
* [`time_limits`][orgwork.cadres.time_limits] — 限时办结 in local working-day limits (000, 003).
* [`ab_post_coverage`][orgwork.cadres.ab_post_coverage] — 重点岗位AB岗 over an absence log (003; 000 ab岗).
* [`post_badges`][orgwork.cadres.post_badges] — 挂牌上岗 (003).
* [`computer_nights`][orgwork.cadres.computer_nights], [`computer_backbones`][orgwork.cadres.computer_backbones],
  [`computer_skills_exams`][orgwork.cadres.computer_skills_exams] — 电脑之夜, 1—2名骨干, 考核考试 (002).
* [`performance_before_adjustment`][orgwork.cadres.performance_before_adjustment] — 干部调整前运用绩效评价 (003).
* [`opinion_solicitations`][orgwork.cadres.opinion_solicitations] — 组织部门定期征求意见制度 (003).
* [`cadre_welfare_visits`][orgwork.cadres.cadre_welfare_visits] — 看望住院干部, 定期走访组工干部家庭 (000).

>>> import datetime as dt
>>> h = ServiceHistory(cadre="C01", position="clerk_1", since=dt.date(2020, 1, 1),
...                    grades=[YearGrade(year=2020, grade="excellent"),
...                            YearGrade(year=2021, grade="competent")])
>>> d = rank_promotion_eligibility(h, on=dt.date(2021, 7, 1), consistently_excellent=True)
>>> d.outcome, d.value.target.zh, d.value.required_months, d.value.counted_months
('eligible', '四级主任科员', 18, 18)
"""

from __future__ import annotations

from orgwork.cadres._adjustment import (
    Adjustment,
    AdjustmentEvidence,
    AdjustmentKind,
    PerformanceResult,
    performance_before_adjustment,
)
from orgwork.cadres._computer import (
    BackboneCount,
    BackboneTrainee,
    CadreBirthDate,
    ComputerNight,
    ComputerNightCheck,
    ExamCoverage,
    SkillsExam,
    computer_backbones,
    computer_nights,
    computer_skills_exams,
)
from orgwork.cadres._office import (
    Matter,
    MatterDeadline,
    Ownership,
    Transfer,
    first_responsible,
    time_limits,
)
from orgwork.cadres._opinions import (
    OpinionSolicitation,
    SolicitationCheck,
    SolicitationPeriod,
    opinion_solicitations,
)
from orgwork.cadres._posts import (
    Absence,
    Badge,
    BadgeCheck,
    CoverageGap,
    KeyPost,
    PostCoverage,
    RosterEntry,
    ab_post_coverage,
    post_badges,
)
from orgwork.cadres._rank import (
    COUNTY_BASES,
    RANK_BASES,
    CountyRank,
    Grade,
    Position,
    PromotionEligibility,
    ServiceHistory,
    YearGrade,
    promotion_target,
    rank_promotion_eligibility,
)
from orgwork.cadres._rotation import (
    RotationStatus,
    SectionPost,
    SectionTenure,
    SkillsRequirement,
    age_on,
    anniversary,
    computer_skills_requirement,
    rotation_due,
)
from orgwork.cadres._talks import CadreEvent, Talk, TalkDue, TalkTrigger, talks_due
from orgwork.cadres._welfare import (
    CadreFamily,
    CadreHospitalStay,
    WelfareDuty,
    WelfareVisit,
    cadre_welfare_visits,
)

__all__ = [
    "COUNTY_BASES",
    "RANK_BASES",
    "Absence",
    "Adjustment",
    "AdjustmentEvidence",
    "AdjustmentKind",
    "BackboneCount",
    "BackboneTrainee",
    "Badge",
    "BadgeCheck",
    "CadreBirthDate",
    "CadreEvent",
    "CadreFamily",
    "CadreHospitalStay",
    "ComputerNight",
    "ComputerNightCheck",
    "CountyRank",
    "CoverageGap",
    "ExamCoverage",
    "Grade",
    "KeyPost",
    "Matter",
    "MatterDeadline",
    "OpinionSolicitation",
    "Ownership",
    "PerformanceResult",
    "Position",
    "PostCoverage",
    "PromotionEligibility",
    "RosterEntry",
    "RotationStatus",
    "SectionPost",
    "SectionTenure",
    "ServiceHistory",
    "SkillsExam",
    "SkillsRequirement",
    "SolicitationCheck",
    "SolicitationPeriod",
    "Talk",
    "TalkDue",
    "TalkTrigger",
    "Transfer",
    "WelfareDuty",
    "WelfareVisit",
    "YearGrade",
    "ab_post_coverage",
    "age_on",
    "anniversary",
    "cadre_welfare_visits",
    "computer_backbones",
    "computer_nights",
    "computer_skills_exams",
    "computer_skills_requirement",
    "first_responsible",
    "opinion_solicitations",
    "performance_before_adjustment",
    "post_badges",
    "promotion_target",
    "rank_promotion_eligibility",
    "rotation_due",
    "talks_due",
    "time_limits",
]

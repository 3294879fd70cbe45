"""干部管理 — cadre management: promotion in rank, talks, rotation and computer skills.

* [`rank_promotion_eligibility`][orgwork.cadres.rank_promotion_eligibility] — 职务职级并行 (003): the national minimum
  years as dated policy tables (县以下机关 2015, 《公务员职务与职级并行规定》 2019),
  and 003's condition 任职时间较长、表现一贯优秀 as the committee's finding.
* [`talks_due`][orgwork.cadres.talks_due] — 谈心谈话 (003): the five occasions for a talk.
* [`rotation_due`][orgwork.cadres.rotation_due] — 岗位轮换 of (deputy) section heads (002).
* [`computer_skills_requirement`][orgwork.cadres.computer_skills_requirement] — 计算机技能 by age 45 (002).

>>> import datetime as dt
>>> h = ServiceHistory(cadre="C01", position="clerk_1", since=dt.date(2020, 1, 1),
...                    grades=[YearGrade(year=2020, grade="excellent"),
...                            YearGrade(year=2021, grade="competent")])
>>> d = rank_promotion_eligibility(h, on=dt.date(2021, 7, 1), consistently_excellent=True)
>>> d.outcome, d.value.target.zh, d.value.required_months, d.value.counted_months
('eligible', '四级主任科员', 18, 18)
"""

from __future__ import annotations

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

__all__ = [
    "COUNTY_BASES",
    "RANK_BASES",
    "CadreEvent",
    "CountyRank",
    "Grade",
    "Position",
    "PromotionEligibility",
    "RotationStatus",
    "SectionPost",
    "SectionTenure",
    "ServiceHistory",
    "SkillsRequirement",
    "Talk",
    "TalkDue",
    "TalkTrigger",
    "YearGrade",
    "age_on",
    "anniversary",
    "computer_skills_requirement",
    "promotion_target",
    "rank_promotion_eligibility",
    "rotation_due",
    "talks_due",
]

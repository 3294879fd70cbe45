"""选拔任用与党组织建设记录 — evaluations, slates, panels, procedures, cadres' service,
talks, study logs and branch tracks.

Examples:
    >>> from orgwork.samples.selection import build
    >>> build(2025).street_recruitment.street
    '云岭市青禾街道'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork.cadres import CadreEvent, SectionTenure, ServiceHistory, Talk
from orgwork.decision import Text
from orgwork.ids import Id
from orgwork.organizations import Activity135, BranchGrade, RulesReport, StudyLog
from orgwork.records._base import (
    INHERITED,
    REVIEW_DAY,
    marked,
    sample_setting,
    year_end_defaults,
)
from orgwork.selection import (
    Evaluation,
    JudgingPanel,
    Nomination,
    Occasion,
    PostFilling,
    ProcedureRecord,
    PublicationItem,
)

__all__ = [
    "Applicant",
    "BranchGrading",
    "CadreBirth",
    "CompetitiveRound",
    "OpenSelection",
    "SelectionRecords",
    "Sitting",
    "StreetRecruitment",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Applicant(_Frozen):
    """报名人员 — an applicant for the street-office post, with their community and evaluation.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> a = build(2025).street_recruitment.applicants[0]
        >>> a.unit, a.evaluation.applicant
        ('青禾社区', '蔡文琪')
    """

    unit: Id = Field(min_length=1, description="The community the applicant works in.")
    evaluation: Evaluation


class StreetRecruitment(_Frozen):
    """街道事业雇员招聘报名民主测评 — the evaluation round of a street-office employee post.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> r = build(2025).street_recruitment
        >>> r.post, len(r.applicants)
        ('社区服务中心事业雇员', 5)
    """

    street: str
    post: str
    held_on: dt.date
    applicants: tuple[Applicant, ...]


class CompetitiveRound(_Frozen):
    """副处级岗位竞争性选拔的一个类别 — the posts of one category and their candidates (差额评议).

    Examples:
        >>> from orgwork.samples.selection import build
        >>> r = build(2025).competitive_rounds[1]
        >>> r.category, len(r.posts), len(r.candidates)
        ('社会事务类', 2, 2)
    """

    category: str
    category_en: str
    held_on: dt.date
    posts: tuple[Id, ...] = Field(min_length=1)
    candidates: tuple[Id, ...]


class Sitting(_Frozen):
    """一次评委会 — a named sitting and its judging panel.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> s = build(2025).sittings[1]
        >>> s.panel.occasion.zh
        '公选干部'
    """

    name: str
    panel: JudgingPanel


class OpenSelection(_Frozen):
    """一次公开选拔 — an open selection's record, its day of checking, and what it published.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> o = build(2025).open_selections[0]
        >>> len(o.record.candidates), [i.zh for i in o.published]
        (5, ['名额岗位公开'])
    """

    record: ProcedureRecord
    checked_on: dt.date
    published: tuple[PublicationItem, ...] = ()


class CadreBirth(_Frozen):
    """干部出生日期 — a cadre's date of birth (for the computer-skills rule).

    Examples:
        >>> from orgwork.samples.selection import build
        >>> build(2025).births[1].cadre
        '韩晓东'
    """

    cadre: Id
    born: dt.date = Field(repr=False)  # a date of birth: never in repr/str/logs


class BranchGrading(_Frozen):
    """党支部分类 — a branch graded advanced, average or lagging (双包三提).

    Examples:
        >>> from orgwork.samples.selection import build
        >>> g = build(2025).branch_grades[0]
        >>> g.branch, g.grade.zh
        ('东岭村党支部', '先进')
    """

    branch: Id
    grade: BranchGrade


class SelectionRecords(_Frozen):
    """干部选拔任用与党组织建设记录 — one year of selection, cadre and branch records.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> s = build(2012)
        >>> s.year, s.as_of, len(s.service_histories)
        (2012, datetime.date(2012, 12, 31), 4)
    """

    year: int = Field(json_schema_extra=INHERITED)
    town: str = Field(default="", json_schema_extra=INHERITED)
    county: str = Field(default="", json_schema_extra=INHERITED)
    prefecture: str = Field(default="", json_schema_extra=INHERITED)
    department: str = ""
    as_of: dt.date = Field(
        description="The day the year's records are reviewed on.", json_schema_extra=REVIEW_DAY
    )
    street_recruitment: StreetRecruitment | None = None
    competitive_rounds: tuple[CompetitiveRound, ...] = ()
    occasions: tuple[Occasion, ...] = ()
    sittings: tuple[Sitting, ...] = ()
    nominations: tuple[Nomination, ...] = ()
    nominations_on: dt.date = Field(json_schema_extra=REVIEW_DAY)
    open_selections: tuple[OpenSelection, ...] = ()
    post_fillings: tuple[PostFilling, ...] = ()
    promotion_review_on: dt.date = Field(json_schema_extra=REVIEW_DAY)
    service_histories: tuple[ServiceHistory, ...] = ()
    events: tuple[CadreEvent, ...] = ()
    talks: tuple[Talk, ...] = ()
    section_tenures: tuple[SectionTenure, ...] = ()
    skills_checked_on: dt.date = Field(json_schema_extra=REVIEW_DAY)
    births: tuple[CadreBirth, ...] = ()
    study_log: StudyLog | None = None
    rules_reports: tuple[RulesReport, ...] = Field(
        default=(),
        description="The department's reports on its rules to the 部务会 (one this year).",
    )
    study_exempt_reason: Text | None = Field(
        default=None, description="Why the log's exempt weeks were excused."
    )
    branch_grades: tuple[BranchGrading, ...] = ()
    branches_135: tuple[Id, ...] = ()
    activities_135: tuple[Activity135, ...] = ()
    sample_rotation_years: int | None = Field(
        default=None, ge=1, json_schema_extra=sample_setting()
    )

    @model_validator(mode="before")
    @classmethod
    def _review_days(cls, data: Any) -> Any:
        return year_end_defaults(data, marked(cls, "review_day"))

    def is_empty(self) -> bool:
        """Whether there is nothing to check."""
        return (
            self.street_recruitment is None
            and not any(
                (
                    self.competitive_rounds,
                    self.occasions,
                    self.sittings,
                    self.nominations,
                    self.open_selections,
                    self.post_fillings,
                    self.service_histories,
                    self.events,
                    self.talks,
                    self.section_tenures,
                    self.births,
                    self.rules_reports,
                    self.branch_grades,
                    self.branches_135,
                    self.activities_135,
                )
            )
            and (self.study_log is None)
        )

"""干部选拔任用、干部管理与党组织建设示例 — the sample town's selection, cadre and organization records.

One year of fictional records around 青石镇 (see :data:`~orgwork.samples.TOWN`)
and its county-level city 云岭市, run through every rule of
:mod:`orgwork.selection`, :mod:`orgwork.cadres` and :mod:`orgwork.organizations`:

* 民主测评 of five applicants for a 街道事业雇员 post of 云岭市青禾街道 (a
  fictional street office): one exactly at 80% (keeps the application), one a
  ballot short of it (79.66…%, disqualified), one not endorsed by their
  community's party organization (disqualified), two clear passes;
* 差额评议 for deputy-division posts of 江平市 (one category short of the 50%
  ratio), the 三必请 occasions and four judging panels (one without public
  judges), initial nominations, two open selections (one correct, one with
  steps out of order), 竞争上岗 of vacant section posts;
* promotion in rank of four town cadres (one eligible, one three months
  short, one helped by two years graded 优秀, one with a year not counted),
  talks due from the year's events, rotation of section heads, computer
  skills by age;
* the study log of 云岭市委组织部机关 with a few gaps and its half-yearly
  reports on the rules (the second half year's missing), 双包三提 grades of the
  town's twelve village branches, and the "135" tasks of three 机关党支部
  (one missing a task).

Every name is invented; no real personal data is used.

Examples:
    >>> s = build(2025)
    >>> s.street_recruitment.street
    '云岭市青禾街道'
    >>> sec = section(s)
    >>> sec.key, len(sec.summary) > 10
    ('selection', True)
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from orgwork.cadres import (
    CadreEvent,
    Grade,
    Position,
    SectionPost,
    SectionTenure,
    ServiceHistory,
    Talk,
    YearGrade,
    age_on,
    computer_skills_requirement,
    rank_promotion_eligibility,
    rotation_due,
    talks_due,
)
from orgwork.decision import Decision, Text
from orgwork.errors import MissingParameterError, OrgworkError
from orgwork.organizations import (
    Activity135,
    BranchGrade,
    RulesReport,
    StudyEntry,
    StudyItem,
    StudyLog,
    Task135,
    improvement_track,
    iso_weeks,
    rules_report_gaps,
    study_gaps,
    unmet_135_tasks,
)
from orgwork.policy import Policy, resolve
from orgwork.samples._report import Section
from orgwork.samples._town import TOWN
from orgwork.selection import (
    Evaluation,
    EvaluatorGroup,
    FillingMethod,
    Judge,
    JudgingPanel,
    Nomination,
    NominatorGroup,
    Occasion,
    PostFilling,
    ProcedureRecord,
    ProcedureStep,
    PublicationItem,
    StepResult,
    Tally,
    approval_decision,
    check_procedure,
    competitive_posting_check,
    competitive_slate,
    min_candidates,
    nomination_scope_gaps,
    panel_check,
    public_judges_required,
    publication_gaps,
)

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "SAMPLE_ROTATION_YEARS",
    "Applicant",
    "BranchGrading",
    "CadreBirth",
    "CompetitiveRound",
    "OpenSelection",
    "SelectionSample",
    "Sitting",
    "StreetRecruitment",
    "build",
    "section",
]

#: The years :func:`build` makes data for.
FIRST_YEAR, LAST_YEAR = 2004, 2026

#: The labelled sample value :func:`section` uses for ``cadres.rotation_max_tenure_years``
#: when the caller's policy leaves it unset (the seed gives no number).
SAMPLE_ROTATION_YEARS = 5

STREET = f"{TOWN.county}青禾街道"
DEPARTMENT = f"{TOWN.county}委组织部"
_T = TypeVar("_T")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Applicant(_Frozen):
    """报名人员 — an applicant for the street-office post, with their community and evaluation.

    Examples:
        >>> a = build(2025).street_recruitment.applicants[0]
        >>> a.unit, a.evaluation.applicant
        ('青禾社区', '蔡文琪')
    """

    unit: str = Field(min_length=1, description="The community the applicant works in.")
    evaluation: Evaluation


class StreetRecruitment(_Frozen):
    """街道事业雇员招聘报名民主测评 — the evaluation round of a street-office employee post.

    Examples:
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
        >>> r = build(2025).competitive_rounds[1]
        >>> r.category, len(r.posts), len(r.candidates)
        ('社会事务类', 2, 2)
    """

    category: str
    category_en: str
    held_on: dt.date
    posts: tuple[str, ...] = Field(min_length=1)
    candidates: tuple[str, ...]


class Sitting(_Frozen):
    """一次评委会 — a named sitting and its judging panel.

    Examples:
        >>> s = build(2025).sittings[1]
        >>> s.panel.occasion.zh
        '公选干部'
    """

    name: str
    panel: JudgingPanel


class OpenSelection(_Frozen):
    """一次公开选拔 — an open selection's record, its day of checking, and what it published.

    Examples:
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
        >>> build(2025).births[1].cadre
        '韩晓东'
    """

    cadre: str
    born: dt.date


class BranchGrading(_Frozen):
    """党支部分类 — a branch graded advanced, average or lagging (双包三提).

    Examples:
        >>> g = build(2025).branch_grades[0]
        >>> g.branch, g.grade.zh
        ('东岭村党支部', '先进')
    """

    branch: str
    grade: BranchGrade


class SelectionSample(_Frozen):
    """干部选拔任用与党组织建设示例数据 — one year of the sample's selection, cadre and branch records.

    Examples:
        >>> s = build(2012)
        >>> s.year, s.as_of, len(s.service_histories)
        (2012, datetime.date(2012, 12, 31), 4)
    """

    year: int
    as_of: dt.date = Field(description="The day the year's records are reviewed on.")
    street_recruitment: StreetRecruitment
    competitive_rounds: tuple[CompetitiveRound, ...]
    occasions: tuple[Occasion, ...]
    sittings: tuple[Sitting, ...]
    nominations: tuple[Nomination, ...]
    nominations_on: dt.date
    open_selections: tuple[OpenSelection, ...]
    post_fillings: tuple[PostFilling, ...]
    promotion_review_on: dt.date
    service_histories: tuple[ServiceHistory, ...]
    events: tuple[CadreEvent, ...]
    talks: tuple[Talk, ...]
    section_tenures: tuple[SectionTenure, ...]
    skills_checked_on: dt.date
    births: tuple[CadreBirth, ...]
    study_log: StudyLog
    rules_reports: tuple[RulesReport, ...] = Field(
        description="The department's reports on its rules to the 部务会 (one this year)."
    )
    study_exempt_reason: Text = Field(description="Why the log's exempt weeks were excused.")
    branch_grades: tuple[BranchGrading, ...]
    branches_135: tuple[str, ...]
    activities_135: tuple[Activity135, ...]


# -- the data ---------------------------------------------------------------------------

_GROUPS = (
    EvaluatorGroup.STREET_LEADERSHIP,
    EvaluatorGroup.COMMUNITY_CADRES,
    EvaluatorGroup.RESIDENT_REPRESENTATIVES,
)

#: (name, community, endorsed, ballots per group as (approve, disapprove, abstain, invalid)).
#: 9 leaders, 24 community cadres and 27 residents' representatives vote; 2 more were absent.
_APPLICANTS: tuple[tuple[str, str, bool, tuple[tuple[int, int, int, int], ...]], ...] = (
    ("蔡文琪", "青禾社区", True, ((8, 1, 0, 0), (19, 4, 1, 0), (21, 5, 1, 0))),  # 48/60 = 80%
    ("唐浩然", "柳巷社区", True, ((7, 2, 0, 0), (19, 5, 0, 0), (21, 5, 0, 1))),  # 47/59
    ("付雪莹", "南湖社区", False, ((8, 1, 0, 0), (22, 2, 0, 0), (25, 1, 1, 0))),  # 55/60
    ("程立伟", "翠微社区", True, ((9, 0, 0, 0), (23, 1, 0, 0), (25, 2, 0, 0))),  # 57/60
    ("苏婉清", "东门社区", True, ((8, 0, 1, 0), (20, 3, 1, 0), (24, 3, 0, 0))),  # 52/60
)
_ELIGIBLE_EVALUATORS = 62


def _weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _street_recruitment(year: int) -> StreetRecruitment:
    held = _weekday_on_or_after(dt.date(year, 4, 14), 1)  # a Tuesday in mid-April
    applicants = tuple(
        Applicant(
            unit=unit,
            evaluation=Evaluation(
                applicant=name,
                held_on=held,
                unit_endorsed=endorsed,
                tallies=tuple(
                    Tally(group=g, approve=a, disapprove=d, abstain=ab, invalid=inv)
                    for g, (a, d, ab, inv) in zip(_GROUPS, rows, strict=True)
                ),
                eligible_evaluators=_ELIGIBLE_EVALUATORS,
            ),
        )
        for name, unit, endorsed, rows in _APPLICANTS
    )
    return StreetRecruitment(
        street=STREET, post="社区服务中心事业雇员", held_on=held, applicants=applicants
    )


def _competitive_rounds(year: int) -> tuple[CompetitiveRound, ...]:
    held = _weekday_on_or_after(dt.date(year, 5, 18), 3)  # a Thursday in late May
    city = TOWN.prefecture
    return (
        CompetitiveRound(
            category="经济管理类",
            category_en="economic management",
            held_on=held,
            posts=(f"{city}发展改革委副主任", f"{city}商务局副局长", f"{city}统计局副局长"),
            candidates=("钱振宇", "邱明轩", "石佳音", "龚俊杰", "施雨萱"),
        ),
        CompetitiveRound(
            category="社会事务类",
            category_en="social affairs",
            held_on=held,
            posts=(f"{city}民政局副局长", f"{city}教育局副局长"),
            candidates=("骆宏远", "尹思琪"),
        ),
    )


def _judges(prefix: str, kind: str, n: int) -> tuple[Judge, ...]:
    return tuple(Judge(name=f"{prefix}{i:02d}", kind=kind) for i in range(1, n + 1))  # type: ignore[arg-type]


def _sittings(year: int) -> tuple[Sitting, ...]:
    def panel(occasion: Occasion, day: dt.date, experts: int, public: int) -> JudgingPanel:
        return JudgingPanel(
            occasion=occasion,
            held_on=day,
            judges=_judges("专家评委", "expert", experts) + _judges("群众评委", "public", public),
        )

    return (
        Sitting(
            name=f"{TOWN.name}领导班子集中调整前民主评议",
            panel=panel(Occasion.LEADERSHIP_TEAM_ADJUSTMENT, dt.date(year, 3, 6), 0, 12),
        ),
        Sitting(
            name=f"{TOWN.county}公开选拔乡镇副科级干部面试",
            panel=panel(Occasion.PUBLIC_SELECTION, dt.date(year, 5, 13), 5, 0),
        ),
        Sitting(
            name=f"{TOWN.county}重大人事任免评议",
            panel=panel(Occasion.MAJOR_APPOINTMENT, dt.date(year, 9, 16), 2, 8),
        ),
        Sitting(
            name=f"{TOWN.prefecture}副处级岗位竞争性选拔面试(“大评委团”)",
            panel=panel(Occasion.COMPETITIVE_INTERVIEW, dt.date(year, 6, 4), 12, 40),
        ),
    )


def _nominations() -> tuple[Nomination, ...]:
    nominees = ("许文博", "高雅琴", "陈立新", "郑国平")
    counts = (
        (NominatorGroup.DIVISION_LEVEL_CADRES, 12),
        (NominatorGroup.DEPUTIES_AND_MEMBERS, 8),
        (NominatorGroup.COMMUNITY_RESIDENTS, 20),
    )
    return tuple(
        Nomination(group=g, nominee=nominees[i % len(nominees)])
        for g, n in counts
        for i in range(n)
    )


def _r(candidate: str, step: ProcedureStep, passed: bool, on: dt.date) -> StepResult:
    return StepResult(candidate=candidate, step=step, passed=passed, on=on)


def _open_selections(year: int) -> tuple[OpenSelection, ...]:
    S = ProcedureStep
    # A correct record: 民主推荐 → 笔试 → 面试 → 体检 → 考察, stage by stage.
    people = ("方一鸣", "谢晓雯", "邓子健", "潘悦", "袁博文")
    fails = {S.DEMOCRATIC_RECOMMENDATION: "袁博文", S.WRITTEN_EXAM: "潘悦", S.INSPECTION: "邓子健"}
    days = dict(
        zip(
            S,
            (dt.date(year, m, d) for m, d in ((3, 2), (3, 23), (4, 10), (4, 24), (5, 8))),
            strict=True,
        )
    )
    results: list[StepResult] = []
    left = list(people)
    for step in S:
        for c in list(left):
            ok = fails.get(step) != c
            results.append(_r(c, step, ok, days[step]))
            if not ok:
                left.remove(c)
    good = OpenSelection(
        record=ProcedureRecord(
            procedure=f"{DEPARTMENT}{year}年公开选调机关工作人员",
            candidates=people,
            results=tuple(results),
        ),
        checked_on=dt.date(year, 6, 30),
        published=(PublicationItem.POSTS_AND_NUMBERS,),
    )
    # A record kept out of order: an inspection before the interview, a medical
    # examination dated before the interview, and an interview of an eliminated candidate.
    d1, d2, d3, d4, d5 = (
        dt.date(year, m, d) for m, d in ((4, 8), (4, 22), (5, 13), (5, 20), (6, 3))
    )
    a, b, c = "吕思源", "罗晨曦", "贺嘉宁"
    bad = OpenSelection(
        record=ProcedureRecord(
            procedure=f"{TOWN.county}{year}年公开选拔乡镇副科级干部",
            candidates=(a, b, c),
            results=(
                _r(a, S.DEMOCRATIC_RECOMMENDATION, True, d1),
                _r(b, S.DEMOCRATIC_RECOMMENDATION, True, d1),
                _r(c, S.DEMOCRATIC_RECOMMENDATION, True, d1),
                _r(a, S.WRITTEN_EXAM, True, d2),
                _r(b, S.WRITTEN_EXAM, True, d2),
                _r(c, S.WRITTEN_EXAM, False, d2),
                _r(a, S.INSPECTION, True, d3),
                _r(b, S.INTERVIEW, True, d3),
                _r(a, S.INTERVIEW, True, d4),
                _r(b, S.MEDICAL_EXAM, True, d2),
                _r(a, S.MEDICAL_EXAM, True, d5),
                _r(c, S.INTERVIEW, True, d5),
            ),
        ),
        checked_on=dt.date(year, 6, 30),
        published=(PublicationItem.POSTS_AND_NUMBERS,),
    )
    return good, bad


def _post_fillings(year: int) -> tuple[PostFilling, ...]:
    return (
        PostFilling(
            post=f"{DEPARTMENT}组织科副科长",
            mid_level_leadership=True,
            filled_by=FillingMethod.COMPETITION,
            filled_on=dt.date(year, 3, 20),
        ),
        PostFilling(
            post=f"{DEPARTMENT}人才科科长",
            mid_level_leadership=True,
            filled_by=FillingMethod.COMPETITION,
            filled_on=dt.date(year, 6, 12),
        ),
        PostFilling(
            post=f"{DEPARTMENT}干部综合科副科长",
            mid_level_leadership=True,
            filled_by=FillingMethod.APPOINTMENT,
            filled_on=dt.date(year, 8, 28),
        ),
        PostFilling(
            post=f"{DEPARTMENT}办公室文书",
            mid_level_leadership=False,
            filled_by=FillingMethod.OTHER,
            filled_on=dt.date(year, 9, 5),
        ),
    )


def _grades(*pairs: tuple[int, Grade]) -> tuple[YearGrade, ...]:
    return tuple(YearGrade(year=y, grade=g) for y, g in pairs)


def _service_histories(year: int) -> tuple[ServiceHistory, ...]:
    # The stationed town cadres of 青石镇 (see TOWN), reviewed on 1 July.
    C, E, B = Grade.COMPETENT, Grade.EXCELLENT, Grade.BASICALLY_COMPETENT
    return (
        ServiceHistory(  # 40 months as 乡科级副职: eligible for 三级主任科员
            cadre="刘晓峰",
            position=Position.TOWNSHIP_DEPUTY,
            since=dt.date(year - 3, 3, 1),
            grades=_grades((year - 3, C), (year - 2, C), (year - 1, C)),
        ),
        ServiceHistory(  # 21 of 24 months: three months short
            cadre="周文静",
            position=Position.PRINCIPAL_STAFF_4,
            since=dt.date(year - 2, 10, 1),
            grades=_grades((year - 2, C), (year - 1, C)),
        ),
        ServiceHistory(  # 22 months, two years graded 优秀: 24 − 12 = 12 required
            cadre="何丽娟",
            position=Position.CLERK_1,
            since=dt.date(year - 2, 9, 1),
            grades=_grades((year - 2, E), (year - 1, E)),
        ),
        ServiceHistory(  # 30 months, but a year graded 基本称职 does not count
            cadre="黄志刚",
            position=Position.TOWNSHIP_DEPUTY,
            since=dt.date(year - 2, 1, 1),
            grades=_grades((year - 2, B), (year - 1, C)),
        ),
    )


def _events(year: int) -> tuple[tuple[CadreEvent, ...], tuple[Talk, ...]]:
    def ev(cadre: str, trigger: str, m: int, d: int) -> CadreEvent:
        return CadreEvent(cadre=cadre, trigger=trigger, on=dt.date(year, m, d))  # type: ignore[arg-type]

    head, deputy = TOWN.department_head, TOWN.deputy_head_letters
    events = (
        ev("陈立新", "collective_adjustment", 3, 10),
        ev("郑国平", "collective_adjustment", 3, 10),
        ev("周文静", "collective_adjustment", 3, 10),
        ev("何丽娟", "outstanding_achievement", 6, 18),
        ev("黄志刚", "major_setback", 8, 5),
        ev("刘晓峰", "family_misfortune", 10, 9),
        ev("郑国平", "ideological_knot", 12, 10),
    )
    talks = (
        Talk(cadre="陈立新", on=dt.date(year, 3, 12), by=head),
        Talk(cadre="郑国平", on=dt.date(year, 3, 13), by=deputy),
        # A talk by the town's organization clerk: not a member of the department's leadership.
        Talk(
            cadre="周文静",
            on=dt.date(year, 3, 14),
            by="镇组织干事马小川",
            by_department_leadership=False,
        ),
        Talk(cadre="何丽娟", on=dt.date(year, 6, 25), by=deputy),
        Talk(cadre="刘晓峰", on=dt.date(year, 10, 12), by=head),
    )
    return events, talks


def _section_tenures(year: int) -> tuple[SectionTenure, ...]:
    return (
        SectionTenure(
            cadre="孟凡宇", section="组织科", post=SectionPost.HEAD, since=dt.date(year - 6, 3, 1)
        ),
        SectionTenure(
            cadre="沈家豪", section="干部科", post=SectionPost.HEAD, since=dt.date(year - 5, 9, 1)
        ),
        SectionTenure(
            cadre="蒋雨桐",
            section="干部监督科",
            post=SectionPost.DEPUTY_HEAD,
            since=dt.date(year - 2, 4, 1),
        ),
    )


_MEMBERS = (TOWN.department_head, TOWN.deputy_head_letters, "孟凡宇", "蒋雨桐", "沈家豪", "杜若溪")


def _births(year: int, on: dt.date) -> tuple[CadreBirth, ...]:
    return (
        CadreBirth(cadre=TOWN.department_head, born=dt.date(year - 52, 8, 16)),
        CadreBirth(cadre=TOWN.deputy_head_letters, born=on.replace(year=on.year - 45)),  # 45 today
        CadreBirth(cadre="孟凡宇", born=(on + dt.timedelta(days=1)).replace(year=on.year - 45)),
        CadreBirth(cadre="蒋雨桐", born=dt.date(year - 29, 11, 3)),
    )


#: ISO weeks of the department's collective study that were missed (every year has them).
_MISSED_WEEKS = (18, 33)


def _study_log(year: int) -> StudyLog:
    exempt = dt.date(year, 10, 3).isocalendar().week  # the National Day holiday week, excused
    entries: list[StudyEntry] = [
        StudyEntry(item=StudyItem.COLLECTIVE_STUDY, on=dt.date.fromisocalendar(year, w, 4))
        for w in range(1, iso_weeks(year) + 1)
        if w not in _MISSED_WEEKS and w != exempt
    ]
    entries += [
        StudyEntry(item=StudyItem.RECOMMENDED_READING, on=dt.date(year, m, 10))
        for m in range(1, 13)
        if m != 8
    ]
    entries += [
        StudyEntry(item=StudyItem.PERSONAL_LESSON, on=dt.date(year, 3 + i, 20), person=p)
        for i, p in enumerate(_MEMBERS[:-1])
    ]
    entries += [StudyEntry(item=StudyItem.ANNUAL_EVALUATION, on=dt.date(year, 12, 18))]
    return StudyLog(
        unit=f"{DEPARTMENT}机关",
        year=year,
        members=_MEMBERS,
        entries=tuple(entries),
        exempt_weeks=(exempt,),
    )


_GRADES = {"V01": "advanced", "V03": "advanced", "V07": "advanced", "V10": "advanced"}
_GRADES |= {"V05": "lagging", "V12": "lagging"}


def _branch_grades() -> tuple[BranchGrading, ...]:
    return tuple(
        BranchGrading(branch=f"{v.name}党支部", grade=_GRADES.get(v.id, "average"))  # type: ignore[arg-type]
        for v in TOWN.villages
    )


_BRANCHES_135 = (
    f"{DEPARTMENT}机关党支部",
    f"{TOWN.county}民政局机关党支部",
    f"{TOWN.county}财政局机关党支部",
)


def _activities_135(year: int) -> tuple[Activity135, ...]:
    out: list[Activity135] = []
    for i, branch in enumerate(_BRANCHES_135):
        for j, task in enumerate(Task135):
            if i == 2 and task is Task135.NON_PUBLIC_ORG_BUILT:
                continue  # the finance bureau's branch built no party organization this year
            out.append(Activity135(branch=branch, task=task, on=dt.date(year, 3 + 2 * j, 10 + i)))
    return tuple(out)


def build(year: int) -> SelectionSample:
    """示例数据 — the sample's selection, cadre and organization records of ``year`` (2004–2026).

    Deterministic: the same year gives the same data.

    Examples:
        >>> s = build(2025)
        >>> [a.evaluation.applicant for a in s.street_recruitment.applicants]
        ['蔡文琪', '唐浩然', '付雪莹', '程立伟', '苏婉清']
        >>> build(2003)
        Traceback (most recent call last):
        ...
        ValueError: the sample covers 2004–2026, not 2003
    """
    if not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"the sample covers {FIRST_YEAR}–{LAST_YEAR}, not {year!r}")
    as_of = dt.date(year, 12, 31)
    skills_on = dt.date(year, 3, 2)
    events, talks = _events(year)
    return SelectionSample(
        year=year,
        as_of=as_of,
        street_recruitment=_street_recruitment(year),
        competitive_rounds=_competitive_rounds(year),
        occasions=tuple(Occasion),
        sittings=_sittings(year),
        nominations=_nominations(),
        nominations_on=dt.date(year, 2, 26),
        open_selections=_open_selections(year),
        post_fillings=_post_fillings(year),
        promotion_review_on=dt.date(year, 7, 1),
        service_histories=_service_histories(year),
        events=events,
        talks=talks,
        section_tenures=_section_tenures(year),
        skills_checked_on=skills_on,
        births=_births(year, skills_on),
        study_log=_study_log(year),
        rules_reports=(RulesReport(unit=f"{DEPARTMENT}机关", on=dt.date(year, 6, 26)),),
        study_exempt_reason=Text(zh="国庆假期", en="the National Day holiday"),
        branch_grades=_branch_grades(),
        branches_135=_BRANCHES_135,
        activities_135=_activities_135(year),
    )


# -- the section ------------------------------------------------------------------------


class _Out:
    """What the section collects: summary lines, decisions and notes, in report order."""

    def __init__(self) -> None:
        self.summary: list[Text] = []
        self.decisions: list[Decision[Any]] = []
        self.notes: list[Text] = []

    def line(self, zh: str, en: str) -> None:
        self.summary.append(Text(zh=zh, en=en))

    def note(self, zh: str, en: str) -> None:
        self.notes.append(Text(zh=zh, en=en))

    def attempt(
        self, what_zh: str, what_en: str, run: Callable[[], _T], *, why_zh: str = ""
    ) -> _T | None:
        """Run one rule; an error orgwork raises on purpose becomes a note, never a crash."""
        try:
            return run()
        except MissingParameterError as exc:
            self.note(
                f"{what_zh}无法判定:政策参数 {exc.parameter} 未设定。"
                f"{why_zh or '种子未规定此值'},须由地方在政策中设定。",
                f"{what_en} could not be decided: {exc}",
            )
        except OrgworkError as exc:
            self.note(f"{what_zh}无法判定:{exc}", f"{what_en} could not be decided: {exc}")
        return None


def _pct(x: Fraction) -> str:
    """A share as a percentage, never rounded up: exact, or cut to two decimals with …."""
    hundredths = x * 10000
    whole = hundredths.numerator // hundredths.denominator
    exact = hundredths.denominator == 1
    units, cents = divmod(whole, 100)
    if exact:
        text = str(units) if cents == 0 else f"{units}.{cents:02d}".rstrip("0")
        return f"{text}%"
    return f"{units}.{cents:02d}…%"


def _md(day: dt.date | None) -> str:
    return "" if day is None else f"{day.month}月{day.day}日"


def _ymd(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _join_zh(items: Iterable[str]) -> str:
    return "、".join(items)


def _join_en(items: Iterable[str]) -> str:
    xs = list(items)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1] if xs else ""


_BASIS = {
    "valid_ballots": ("有效票", "valid ballots"),
    "ballots_cast": ("收回的全部票", "ballots cast"),
    "eligible_evaluators": ("应参评人数", "eligible evaluators"),
}


def _evaluations(s: SelectionSample, p: Policy, out: _Out) -> None:
    r = s.street_recruitment
    first = r.applicants[0].evaluation if r.applicants else None
    voters_zh = voters_en = ""
    if first is not None:
        voters_zh = "(" + "、".join(f"{t.group.zh}{t.cast}人" for t in first.tallies) + "参评)"
        voters_en = " (" + ", ".join(f"{t.cast} from {t.group.en}" for t in first.tallies) + ")"
    decided: list[tuple[Applicant, Decision[Any]]] = []
    for a in r.applicants:
        d = out.attempt(
            f"{a.evaluation.applicant}的民主测评",
            f"The evaluation of {a.evaluation.applicant}",
            lambda a=a: approval_decision(a.evaluation, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            decided.append((a, d))
            out.decisions.append(d)
    kept = [a.evaluation.applicant for a, d in decided if d.outcome == "eligible"]
    lost = [a.evaluation.applicant for a, d in decided if d.outcome == "disqualified"]
    out.line(
        f"{r.street}{_ymd(r.held_on)}对{len(r.applicants)}名{r.post}报名人员进行民主测评{voters_zh}:"
        f"保留报名资格{len(kept)}人({_join_zh(kept) or '无'}),"
        f"取消报名资格{len(lost)}人({_join_zh(lost) or '无'})。",
        f"{r.street} evaluated {len(r.applicants)} applicants for the street-office employee post "
        f"on {r.held_on}{voters_en}: {len(kept)} keep the application "
        f"({_join_en(kept) or 'none'}), {len(lost)} are disqualified ({_join_en(lost) or 'none'}).",
    )
    for a, d in decided:
        v = d.value
        who, unit = v.applicant, a.unit
        thr = _pct(v.threshold)
        basis_zh, basis_en = _BASIS.get(v.basis, (v.basis, v.basis))
        if v.rate is None:
            rate_zh, rate_en = f"无{basis_zh},赞同率无法计算", f"no {basis_en}, so no approval rate"
        else:
            rate_zh = f"赞同率 = 赞同{v.approvals} / {basis_zh}{v.denominator} = {_pct(v.rate)}"
            rate_en = f"approval {v.approvals} / {v.denominator} {basis_en} = {_pct(v.rate)}"
        if d.outcome == "eligible":
            at = v.rate == v.threshold
            out.line(
                f"{who}({unit}){rate_zh},"
                + (f"恰为{thr},不低于下限" if at else f"高于{thr}")
                + ",保留报名资格。",
                f"{who} ({unit}): {rate_en}, "
                + (f"exactly {thr}, not below the threshold" if at else f"above {thr}")
                + ": keeps the application.",
            )
        elif d.outcome == "disqualified" and not v.unit_endorsed:
            out.line(
                f"{who}({unit}){rate_zh},但所在单位党组织不认同,取消报名资格。",
                f"{who} ({unit}): {rate_en}, but the party organization of the unit does not "
                "endorse the applicant: disqualified.",
            )
        elif d.outcome == "disqualified":
            at = v.rate == v.threshold
            out.line(
                f"{who}({unit}){rate_zh},"
                + ("恰为" if at else "低于")
                + f"{thr}"
                + (",本地规定恰为下限者不通过" if at else "")
                + ",取消报名资格。",
                f"{who} ({unit}): {rate_en}, "
                + ("exactly at" if at else "below")
                + f" {thr}"
                + (" (local policy: a rate at the threshold fails)" if at else "")
                + ": disqualified.",
            )
        else:
            out.line(
                f"{who}({unit}){rate_zh},无法判定,应重新测评。",
                f"{who} ({unit}): {rate_en}; undetermined, the evaluation is to be held again.",
            )


def _slates(s: SelectionSample, p: Policy, out: _Out) -> None:
    for r in s.competitive_rounds:
        k = len(r.posts)
        m = out.attempt(
            f"{r.category}差额人选数",
            f"The minimum slate of the {r.category_en} posts",
            lambda r=r, k=k: min_candidates(k, on=r.held_on, policy=p),  # type: ignore[misc]
        )
        c = out.attempt(
            f"{r.category}差额评议",
            f"The slate of the {r.category_en} posts",
            lambda r=r, k=k: competitive_slate(k, len(r.candidates), on=r.held_on, policy=p),  # type: ignore[misc]
        )
        if m is None or c is None:
            continue
        out.decisions.extend((m, c))
        ratio = _pct(Fraction(resolve(p, r.held_on).selection.competitive_ratio))
        n = len(r.candidates)
        head = (
            f"{TOWN.prefecture}{_ymd(r.held_on)}副处级岗位竞争性选拔{r.category}{k}个岗位"
            f"({_join_zh(r.posts)})差额评议,差额比例{ratio},至少需{m.value}名人选,实有{n}名,"
        )
        head_en = (
            f"{TOWN.prefecture}'s competitive evaluation for deputy-division posts on {r.held_on}, "
            f"{r.category_en} ({k} post(s): {_join_en(r.posts)}): at a {ratio} ratio at least "
            f"{m.value} candidates are needed; there are {n}, "
        )
        if c.outcome == "meets":
            out.line(head + "达到差额比例。", head_en + "so the ratio is met.")
        else:
            out.line(
                head + f"未达到差额比例,应增补{m.value - n}名人选。",
                head_en + f"short of the ratio: {m.value - n} more candidate(s) are needed.",
            )


def _judges_and_panels(s: SelectionSample, p: Policy, out: _Out) -> None:
    required: list[Occasion] = []
    for occ in s.occasions:
        d = out.attempt(
            f"{occ.zh}是否必请群众评委",
            f"Whether public judges are required on {occ.en}",
            lambda occ=occ: public_judges_required(occ, on=s.as_of, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            out.decisions.append(d)
            if d.value:
                required.append(occ)
    out.line(
        f"“三必请”:{_join_zh(o.zh for o in required) or '无'}时必须邀请群众当评委"
        f"(共检查{len(s.occasions)}类场合)。",
        "三必请: public judges must be invited on these occasions: "
        + ("; ".join(o.en for o in required) or "none")
        + f" ({len(s.occasions)} kinds of occasion checked).",
    )
    bad: list[tuple[Sitting, Decision[Any]]] = []
    checked = 0
    for st in s.sittings:
        pc = out.attempt(
            f"{st.name}的评委团",
            f"The panel of {st.name}",
            lambda st=st: panel_check(st.panel, policy=p),  # type: ignore[misc]
        )
        if pc is None:
            continue
        checked += 1
        out.decisions.append(pc)
        if pc.outcome != "complete":
            bad.append((st, pc))
    out.line(
        f"本年{checked}次评委会中{checked - len(bad)}次评委组成符合要求"
        + ("。" if not bad else f",{len(bad)}次不符合要求。"),
        f"Of the year's {checked} judging panels, {checked - len(bad)} were properly composed"
        + ("." if not bad else f" and {len(bad)} {'was' if len(bad) == 1 else 'were'} not."),
    )
    problem_zh = {
        "no_judges": "没有评委",
        "no_public_judges": "没有群众评委",
        "no_expert_judges": "没有专家评委",
    }
    problem_en = {
        "no_judges": "had no judges",
        "no_public_judges": "had no public judges",
        "no_expert_judges": "had no expert judges",
    }
    for st, bad_panel in bad:
        v = bad_panel.value
        why_zh = "、".join(problem_zh.get(x, x) for x in v.problems)
        why_en = " and ".join(problem_en.get(x, x) for x in v.problems)
        rule_zh = (
            "属“三必请”场合,必须邀请群众当评委"
            if v.occasion in required
            else "须由专家评委和群众代表共同担任评委"
        )
        rule_en = (
            "a 三必请 occasion, where public judges must be invited"
            if v.occasion in required
            else "where experts and public representatives judge together"
        )
        out.line(
            f"{st.name}({_ymd(st.panel.held_on)},{v.occasion.zh}):专家评委{v.experts}名、"
            f"群众评委{v.public}名,{why_zh};{rule_zh}。",
            f"{st.name} ({st.panel.held_on}, {v.occasion.en}): {v.experts} expert and "
            f"{v.public} public judge(s); it {why_en}, yet this is {rule_en}.",
        )


def _nominations_line(s: SelectionSample, p: Policy, out: _Out) -> None:
    d = out.attempt(
        "初始提名主体",
        "The nominator groups",
        lambda: nomination_scope_gaps(s.nominations, on=s.nominations_on, policy=p),
    )
    if d is None:
        return
    out.decisions.append(d)
    groups = resolve(p, s.nominations_on).selection.nominator_groups
    counts = [(NominatorGroup(g), sum(1 for n in s.nominations if n.group == g)) for g in groups]
    done_zh = "、".join(f"{_NOMINATORS_ZH.get(g, g.zh)}{n}人次" for g, n in counts)
    done_en = ", ".join(f"{n} from {g.en}" for g, n in counts)
    if d.value:
        tail_zh = "缺少提名主体:" + _join_zh(_NOMINATORS_ZH.get(g, g.zh) for g in d.value) + "。"
        tail_en = "no nominations from " + _join_en(g.en for g in d.value) + "."
    else:
        tail_zh, tail_en = "提名主体齐全。", "every nominator group took part."
    out.line(
        f"{TOWN.county}{_ymd(s.nominations_on)}干部交流调整初始提名:{done_zh};{tail_zh}",
        f"{TOWN.county}'s initial nominations for the cadre exchange of {s.nominations_on}: "
        f"{done_en}; {tail_en}",
    )


_NOMINATORS_ZH = {NominatorGroup.DIVISION_LEVEL_CADRES: "处级以上干部"}


def _procedures(s: SelectionSample, p: Policy, out: _Out) -> None:
    for o in s.open_selections:
        rec = o.record
        d = out.attempt(
            f"{rec.procedure}的程序",
            f"The procedure of {rec.procedure}",
            lambda o=o: check_procedure(o.record, on=o.checked_on, policy=p),  # type: ignore[misc]
        )
        if d is None:
            continue
        out.decisions.append(d)
        v = d.value
        order_zh = "→".join(x.zh for x in v.steps)
        order_en = " → ".join(x.en for x in v.steps)
        gone = sorted(v.eliminated, key=lambda cs: v.steps.index(cs[1]))
        left_zh = ";".join(f"{c}在{st.zh}中未通过" for c, st in gone)
        left_en = "; ".join(f"{c} failed the {st.en}" for c, st in gone)
        if d.outcome == "complete":
            out.line(
                f"{rec.procedure}程序完整,依次经过{order_zh}"
                + (f";{left_zh}" if left_zh else "")
                + f";通过全部程序的人选:{_join_zh(v.selected) or '无'}。",
                f"{rec.procedure} followed every step in order ({order_en})"
                + (f"; {left_en}" if left_en else "")
                + f"; passed every step: {_join_en(v.selected) or 'nobody'}.",
            )
            pub = out.attempt(
                f"{rec.procedure}的公开事项",
                f"What {rec.procedure} published",
                lambda o=o: publication_gaps(o.published, on=o.checked_on, policy=p),  # type: ignore[misc]
            )
            if pub is not None:
                out.decisions.append(pub)
                done = list(o.published)
                out.line(
                    f"{rec.procedure}已公开:{_join_zh(i.zh for i in done) or '无'}"
                    + (
                        f";未公开:{_join_zh(i.zh for i in pub.value)}。"
                        if pub.value
                        else ";公开事项齐全。"
                    ),
                    f"{rec.procedure} published {_join_en(i.en for i in done) or 'nothing'}"
                    + (
                        f"; not published: {_join_en(i.en for i in pub.value)}."
                        if pub.value
                        else "; everything required is published."
                    ),
                )
            continue
        where_zh = "尚无结果" if v.current_step is None else f"进行到{v.current_step.zh}"
        where_en = "" if v.current_step is None else f" is at the {v.current_step.en}"
        if d.outcome == "invalid":
            out.line(
                f"{rec.procedure}的程序记录有{len(v.problems)}处错误(程序应依次为{order_zh}),"
                f"记录{where_zh};选拔未完成,结果公开待完成后检查:",
                f"The record of {rec.procedure} has {len(v.problems)} problem(s) (the steps are, "
                f"in order, {order_en}); the selection{where_en or ' has no results'} and is not "
                "complete, so the publication of its results is not checked yet:",
            )
            for x in v.problems:
                at_zh = "" if x.index is None else f"第{x.index + 1}条记录:"
                at_en = "" if x.index is None else f"result {x.index + 1}: "
                out.line(f"  {at_zh}{x.message.zh}。", f"  {at_en}{x.message.en}.")
        else:
            out.line(
                f"{rec.procedure}{where_zh},在选人选:{_join_zh(v.remaining)};"
                "选拔未完成,结果公开待完成后检查。",
                f"{rec.procedure}{where_en}; still in: {_join_en(v.remaining)}; the selection is "
                "not complete, so the publication of its results is not checked yet.",
            )


def _postings(s: SelectionSample, p: Policy, out: _Out) -> None:
    ds = out.attempt(
        "竞争上岗",
        "Competition for vacant posts",
        lambda: competitive_posting_check(s.post_fillings, policy=p),
    )
    if ds is None:
        return
    out.decisions.extend(ds)
    mid = [
        (f, d) for f, d in zip(s.post_fillings, ds, strict=True) if d.outcome != "not_applicable"
    ]
    bad = [(f, d) for f, d in mid if not d.value]
    out.line(
        f"{DEPARTMENT}本年补缺{len(mid)}个中层领导职位,{len(mid) - len(bad)}个实行竞争上岗"
        + (
            ";" + ";".join(f"{f.post}以{f.filled_by.zh}产生,未实行竞争上岗" for f, _ in bad) + "。"
            if bad
            else "。"
        ),
        f"{DEPARTMENT} filled {len(mid)} vacant mid-level leadership post(s) this year, "
        f"{len(mid) - len(bad)} by competition"
        + (
            "; "
            + "; ".join(
                f"{f.post} was filled by {f.filled_by.value}, without competition" for f, _ in bad
            )
            + "."
            if bad
            else "."
        ),
    )


def _months(n: int) -> tuple[str, str]:
    return f"{n}个月", f"{n} month{'s' if n != 1 else ''}"


def _promotion(s: SelectionSample, p: Policy, out: _Out) -> None:
    on = s.promotion_review_on
    decided: list[tuple[ServiceHistory, Decision[Any]]] = []
    for h in s.service_histories:
        d = out.attempt(
            f"{h.cadre}的晋升职级资格",
            f"{h.cadre}'s promotion in rank",
            lambda h=h: rank_promotion_eligibility(h, on=on, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            decided.append((h, d))
            out.decisions.append(d)
    not_in_force = [h.cadre for h, d in decided if d.outcome == "not_in_force"]
    if not_in_force:
        effective = resolve(p, on).cadres.rank_table_effective
        out.line(
            f"职务与职级并行规定自{_ymd(effective)}起施行,{_ymd(on)}尚不适用;"
            f"{_join_zh(not_in_force)}的晋升职级任职年限不作判定。",
            f"The rank regulation is in force from {effective}; on {on} it does not apply yet, "
            f"so the years of {_join_en(not_in_force)} for promotion in rank are not judged.",
        )
    for h, d in decided:
        v = d.value
        if d.outcome == "not_in_force":
            continue
        if d.outcome == "top_rank" or v.target is None or v.required_months is None:
            out.line(
                f"{h.cadre}现任{h.position.zh},无更高职级可晋升。",
                f"{h.cadre} is a {h.position.en}: there is no higher rank.",
            )
            continue
        since_zh = (
            f"{h.cadre}({h.position.zh},{_ymd(h.since)}起)截至{_ymd(on)}任职{v.served_months}个月"
        )
        since_en = f"{h.cadre} ({h.position.en} since {h.since}) has served {v.served_months} months by {on}"
        extra_zh: list[str] = []
        extra_en: list[str] = []
        for y in v.excluded_years:
            g = h.grade_of(y)
            why_zh = "无考核结果" if g is None else f"考核{g.zh}"
            why_en = "has no grade" if g is None else f"was graded {g.zh}"
            extra_zh.append(f"{y}年度{why_zh},该年不计入")
            extra_en.append(f"{y} {why_en} and does not count")
        if v.excellent_years:
            extra_zh.append(
                f"{len(v.excellent_years)}个年度考核优秀({_join_zh(map(str, v.excellent_years))}),"
                f"共缩短{v.shortening_months}个月"
            )
            extra_en.append(
                f"{len(v.excellent_years)} year(s) graded 优秀 ({_join_en(map(str, v.excellent_years))}) "
                f"shorten the requirement by {v.shortening_months} months"
            )
        mid_zh = (";" + ";".join(extra_zh)) if extra_zh else ""
        mid_en = ("; " + "; ".join(extra_en)) if extra_en else ""
        core_zh = f";计入{v.counted_months}个月,须{v.required_months}个月"
        core_en = f"; {v.counted_months} count, {v.required_months} are required"
        if d.outcome == "eligible":
            without = v.required_months + v.shortening_months - v.counted_months
            helped_zh = (
                f"(若无优秀年度则还差{without}个月)" if v.shortening_months and without > 0 else ""
            )
            helped_en = (
                f" (without the 优秀 years {without} month(s) would be missing)"
                if v.shortening_months and without > 0
                else ""
            )
            out.line(
                f"{since_zh}{mid_zh}{core_zh},符合晋升{v.target.zh}的任职年限条件{helped_zh}。",
                f"{since_en}{mid_en}{core_en}: the years for promotion to {v.target.en} are met"
                f"{helped_en}.",
            )
        else:
            short_zh, short_en = _months(v.months_short)
            out.line(
                f"{since_zh}{mid_zh}{core_zh},晋升{v.target.zh}还差{short_zh}。",
                f"{since_en}{mid_en}{core_en}: {short_en} short of promotion to {v.target.en}.",
            )
    if any(d.outcome == "eligible" for _, d in decided):
        out.line(
            "达到最低任职年限不等于必须晋升;是否晋升还须综合工作需要、德才表现、职责轻重、工作实绩和资历。",
            "Reaching the minimum years is no right to promotion: need, conduct, duties, record "
            "and seniority are still weighed.",
        )


def _talks(s: SelectionSample, p: Policy, out: _Out) -> None:
    ds = out.attempt(
        "谈心谈话",
        "Talks",
        lambda: talks_due(s.events, on=s.as_of, talks=s.talks, policy=p),
    )
    if ds is None:
        return
    out.decisions.extend(ds)
    # each event keeps the limit in force on its own day; the line names the limits used
    limits = sorted(
        {(d.value.due_by - d.value.event_on).days for d in ds if d.value.due_by is not None}
    )
    deadline = "、".join(map(str, limits)) if limits else None
    deadline_en = " or ".join(map(str, limits))
    held = [d for d in ds if d.outcome in ("held", "held_late")]
    open_ = [d for d in ds if d.outcome in ("due", "overdue")]
    out.line(
        f"谈心谈话(截至{_ymd(s.as_of)}):本年{len(ds)}件应谈事由,已由部领导班子成员谈话{len(held)}件,"
        f"未谈{len(open_)}件"
        + (f"(本地规定{deadline}日内谈话)" if deadline is not None else "")
        + "。",
        f"Talks (as of {s.as_of}): {len(ds)} events called for a talk this year; {len(held)} were "
        f"answered by a member of the department's leadership, {len(open_)} were not"
        + (f" (local policy: within {deadline_en} days)" if deadline is not None else "")
        + ".",
    )
    for d in ds:
        v = d.value
        if d.outcome == "held":
            continue
        if d.outcome == "held_late":
            out.line(
                f"{v.cadre}({v.trigger.zh},{_md(v.event_on)})的谈话于{_md(v.held_on)}进行,超过期限{_md(v.due_by)}。",
                f"{v.cadre} ({v.trigger.en}, {v.event_on}): the talk on {v.held_on} came after "
                f"its deadline {v.due_by}.",
            )
            continue
        others = [
            t
            for t in s.talks
            if t.cadre == v.cadre
            and not t.by_department_leadership
            and v.event_on <= t.on <= s.as_of
        ]
        other_zh = "".join(f";{_md(t.on)}{t.by}的谈话不是部领导班子成员所谈,不计入" for t in others)
        other_en = "".join(
            f"; the talk by {t.by} on {t.on} was not by a member of the leadership and does not count"
            for t in others
        )
        if d.outcome == "overdue":
            state_zh, state_en = (
                f"应于{_md(v.due_by)}前谈话,已逾期",
                f"the talk was due by {v.due_by} and is overdue",
            )
        else:
            state_zh = "待谈" + (f",期限{_md(v.due_by)}" if v.due_by else "")
            state_en = "a talk is due" + (f" by {v.due_by}" if v.due_by else "")
        out.line(
            f"{v.cadre}({v.trigger.zh},{_md(v.event_on)}){state_zh}{other_zh}。",
            f"{v.cadre} ({v.trigger.en}, {v.event_on}): {state_en}{other_en}.",
        )
    if deadline is None:
        out.note(
            "谈心谈话未设期限(cadres.talk_deadline_days 未设定,种子未规定时限):只列出待谈事项,不判逾期。",
            "Talks have no deadline (cadres.talk_deadline_days is not set; the seed gives no time "
            "limit): talks are listed as due, never overdue.",
        )


def _rotation(s: SelectionSample, p: Policy, out: _Out) -> None:
    q = p
    if resolve(p, s.as_of).cadres.rotation_max_tenure_years is None:
        q = p.override({"cadres.rotation_max_tenure_years": SAMPLE_ROTATION_YEARS})
        out.note(
            f"示例设定:同一科室任职满{SAMPLE_ROTATION_YEARS}年轮岗(cadres.rotation_max_tenure_years = "
            f"{SAMPLE_ROTATION_YEARS})。种子只说“改变了过去干部在同一处室任职时间过长”,未规定年限;"
            "所用政策未设定此参数,本节为演示设此示例值,实际须由地方规定。",
            f"Sample value: rotation after {SAMPLE_ROTATION_YEARS} years in one section "
            f"(cadres.rotation_max_tenure_years = {SAMPLE_ROTATION_YEARS}). The seed gives no number; "
            "the policy used leaves it unset, so this section sets a sample value for the "
            "demonstration; a locality must set its own.",
        )
    ds = out.attempt(
        "岗位轮换", "Rotation", lambda: rotation_due(s.section_tenures, on=s.as_of, policy=q)
    )
    if ds is None:
        return
    out.decisions.extend(ds)
    years = resolve(q, s.as_of).cadres.rotation_max_tenure_years
    due = [d.value for d in ds if d.value.due]
    later = [d.value for d in ds if not d.value.due]
    label_zh = "示例设定:" if q is not p else ""
    label_en = " (sample value)" if q is not p else ""

    def post_zh(v: Any) -> str:
        return "科长" if v.post.value == "head" else "副科长"

    def post_en(v: Any) -> str:
        return "head" if v.post.value == "head" else "deputy head"

    out.line(
        f"岗位轮换({label_zh}同一科室任职满{years}年轮岗,截至{_ymd(s.as_of)}):"
        + (
            _join_zh(f"{v.section}{post_zh(v)}{v.cadre}({_ymd(v.since)}起)" for v in due) + "应轮岗"
            if due
            else "无人应轮岗"
        )
        + (
            ";"
            + ";".join(f"{v.section}{post_zh(v)}{v.cadre}自{_ymd(v.due_on)}起应轮岗" for v in later)
            if later
            else ""
        )
        + "。",
        f"Rotation after {years} years in one section{label_en}, as of {s.as_of}: "
        + (
            _join_en(f"{v.cadre} ({post_en(v)} of {v.section} since {v.since})" for v in due)
            + " should rotate"
            if due
            else "nobody is due"
        )
        + (
            "; "
            + "; ".join(
                f"{v.cadre} ({post_en(v)} of {v.section}) is due from {v.due_on}" for v in later
            )
            if later
            else ""
        )
        + ".",
    )


def _skills(s: SelectionSample, p: Policy, out: _Out) -> None:
    on = s.skills_checked_on
    limit = resolve(p, on).cadres.computer_skills_age
    full: list[tuple[str, int]] = []
    gradual: list[tuple[str, int]] = []
    for b in s.births:
        age = age_on(b.born, on)
        d = out.attempt(
            f"{b.cadre}({age}周岁)的计算机技能要求",
            f"The computer-skills requirement of {b.cadre} (aged {age})",
            lambda b=b: computer_skills_requirement(b.born, on=on, subject=b.cadre, policy=p),  # type: ignore[misc]
            why_zh=f"种子“{limit}岁以下”“{limit}岁以上”均含本数,恰满{limit}周岁者归入哪一组未作规定",
        )
        if d is None:
            continue
        out.decisions.append(d)
        (full if d.outcome == "full" else gradual).append((b.cadre, age))
    out.line(
        f"计算机应用技能({_ymd(on)},{limit}岁以下全面掌握、{limit}岁以上逐步掌握):"
        f"应全面掌握:{_join_zh(f'{n}({a}岁)' for n, a in full) or '无'};"
        f"逐步掌握:{_join_zh(f'{n}({a}岁)' for n, a in gradual) or '无'}。",
        f"Computer skills on {on} (below {limit} full mastery, above {limit} gradual): full "
        f"mastery: {_join_en(f'{n} ({a})' for n, a in full) or 'nobody'}; gradual: "
        f"{_join_en(f'{n} ({a})' for n, a in gradual) or 'nobody'}.",
    )


def _study(s: SelectionSample, p: Policy, out: _Out) -> None:
    d = out.attempt("学习制度", "Study", lambda: study_gaps(s.study_log, on=s.as_of, policy=p))
    if d is None:
        return
    out.decisions.append(d)
    v = d.value
    lg = s.study_log
    gaps_zh: list[str] = []
    gaps_en: list[str] = []
    if v.missing_weeks:
        gaps_zh.append(f"缺第{_join_zh(map(str, v.missing_weeks))}周(ISO周)集中学")
        gaps_en.append(f"no collective study in ISO week(s) {_join_en(map(str, v.missing_weeks))}")
    if v.missing_reading_months:
        gaps_zh.append(f"缺{_join_zh(f'{m}月' for m in v.missing_reading_months)}推荐篇目")
        gaps_en.append(
            "no recommended reading in "
            + _join_en(_calendar.month_name[m] for m in v.missing_reading_months)
        )
    if v.missing_topic_months:
        gaps_zh.append(f"缺{_join_zh(f'{m}月' for m in v.missing_topic_months)}学习专题")
        gaps_en.append(
            "no study topic in " + _join_en(_calendar.month_name[m] for m in v.missing_topic_months)
        )
    if v.members_without_lesson:
        gaps_zh.append(f"{_join_zh(v.members_without_lesson)}未完成“一人一课”")
        gaps_en.append(f"no personal lesson by {_join_en(v.members_without_lesson)}")
    if v.evaluation_missing:
        gaps_zh.append("缺“一年一评”")
        gaps_en.append("no annual study evaluation")
    why = s.study_exempt_reason
    exempt_zh = (
        f";第{_join_zh(map(str, lg.exempt_weeks))}周为{why.zh},经单位决定免除集中学"
        if lg.exempt_weeks
        else ""
    )
    exempt_en = (
        f"; ISO week(s) {_join_en(map(str, lg.exempt_weeks))} ({why.en}) excused by the unit"
        if lg.exempt_weeks
        else ""
    )
    out.line(
        f"{lg.unit}{lg.year}年学习记录(检查至{_ymd(v.checked_through)},"
        f"成员{len(lg.members)}人{exempt_zh}):"
        + (
            ";".join(gaps_zh) + f",共{len(gaps_zh)}类缺项。"
            if gaps_zh
            else "各项学习制度落实到位。"
        ),
        f"{lg.unit}'s study log for {lg.year} (checked through {v.checked_through}, "
        f"{len(lg.members)} members{exempt_en}): "
        + ("; ".join(gaps_en) + "." if gaps_en else "nothing is missing."),
    )


def _span_zh(first: dt.date, last: dt.date) -> str:
    return f"{first.month}月" if first.month == last.month else f"{first.month}–{last.month}月"


def _span_en(first: dt.date, last: dt.date) -> str:
    a, b = _calendar.month_abbr[first.month], _calendar.month_abbr[last.month]
    return a if a == b else f"{a}–{b}"


def _rules_reports(s: SelectionSample, p: Policy, out: _Out) -> None:
    unit = s.study_log.unit
    d = out.attempt(
        "规章制度执行情况汇报",
        "Reports on the rules",
        lambda: rules_report_gaps(unit, s.year, s.rules_reports, on=s.as_of, policy=p),
    )
    if d is None:
        return
    out.decisions.append(d)
    v = d.value
    done = [x for x in v.periods if x.reports]
    missed = [x for x in v.periods if not x.reports]
    out.line(
        f"{unit}{s.year}年向部务会汇报规章制度及其执行情况(每{v.interval_months}个月一次):"
        + ("已汇报" + _join_zh(_span_zh(x.first, x.last) for x in done) if done else "本年无汇报")
        + (
            ";缺" + _join_zh(_span_zh(x.first, x.last) for x in missed) + "的汇报。"
            if missed
            else "。"
        ),
        f"{unit}'s reports on its rules to the department's meeting in {s.year} (one every "
        f"{v.interval_months} months): "
        + (
            "reported for " + _join_en(_span_en(x.first, x.last) for x in done)
            if done
            else "no report this year"
        )
        + ("; none for " + _join_en(_span_en(x.first, x.last) for x in missed) if missed else "")
        + ".",
    )


def _branches(s: SelectionSample, p: Policy, out: _Out) -> None:
    by: dict[BranchGrade, list[str]] = {g: [] for g in BranchGrade}
    for g in s.branch_grades:
        d = out.attempt(
            f"{g.branch}的提升方式",
            f"The track of {g.branch}",
            lambda g=g: improvement_track(g.grade, subject=g.branch, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            out.decisions.append(d)
            by[g.grade].append(g.branch)
    adv, avg, lag = by[BranchGrade.ADVANCED], by[BranchGrade.AVERAGE], by[BranchGrade.LAGGING]
    out.line(
        f"“双包三提”:{TOWN.name}{len(s.branch_grades)}个村党支部中,先进{len(adv)}个"
        f"({_join_zh(adv) or '无'})示范提升,一般{len(avg)}个争先提升,后进{len(lag)}个"
        f"({_join_zh(lag) or '无'})整改提升。",
        f"双包三提: of {TOWN.name}'s {len(s.branch_grades)} village branches, {len(adv)} advanced "
        f"({_join_en(adv) or 'none'}) improve as examples, {len(avg)} average ones strive to "
        f"advance, {len(lag)} lagging ({_join_en(lag) or 'none'}) rectify and improve.",
    )


def _tasks(s: SelectionSample, p: Policy, out: _Out) -> None:
    unmet: list[Decision[Any]] = []
    decided = 0
    for b in s.branches_135:
        d = out.attempt(
            f"{b}的“135”任务",
            f"The 135 tasks of {b}",
            lambda b=b: unmet_135_tasks(b, s.year, s.activities_135, policy=p),  # type: ignore[misc]
        )
        if d is None:
            continue
        decided += 1
        out.decisions.append(d)
        if d.outcome != "met":
            unmet.append(d)
    out.line(
        f"“135”工作机制:{s.year}年{decided}个机关党支部中{decided - len(unmet)}个完成全部四项任务"
        + (
            ";"
            + ";".join(
                f"{d.value.branch}未完成:{_join_zh(t.zh for t in d.value.unmet)}" for d in unmet
            )
            + "。"
            if unmet
            else "。"
        ),
        f"The '135' mechanism in {s.year}: {decided - len(unmet)} of {decided} 机关 branches met "
        "all four tasks"
        + (
            "; "
            + "; ".join(
                f"{d.value.branch} did not meet: {_join_en(t.en for t in d.value.unmet)}"
                for d in unmet
            )
            + "."
            if unmet
            else "."
        ),
    )


def section(sample: SelectionSample, policy: Policy | None = None) -> Section:
    """干部选拔任用、干部管理与党组织建设 — every selection, cadre and organization rule on the sample.

    Runs all seventeen rules of :mod:`orgwork.selection`, :mod:`orgwork.cadres`
    and :mod:`orgwork.organizations` with ``policy`` (the default policy when
    None). What cannot be decided becomes a note, never an error: a
    parameter the seeds leave open (``cadres.computer_skills_boundary_group``
    for a cadre of exactly 45), or a record a rule refuses. When the policy
    leaves ``cadres.rotation_max_tenure_years`` unset, the section uses the
    labelled sample value :data:`SAMPLE_ROTATION_YEARS` and says so.

    Examples:
        >>> sec = section(build(2025))
        >>> print(sec.summary[2].zh)
        唐浩然(柳巷社区)赞同率 = 赞同47 / 有效票59 = 79.66…%,低于80%,取消报名资格。
        >>> strict = Policy.default().override({"selection.approval_at_threshold_passes": False})
        >>> section(build(2025), strict).decisions[0].outcome
        'disqualified'
    """
    s = SelectionSample.model_validate(sample)
    p = policy or Policy.default()
    out = _Out()
    _evaluations(s, p, out)
    _slates(s, p, out)
    _judges_and_panels(s, p, out)
    _nominations_line(s, p, out)
    _procedures(s, p, out)
    _postings(s, p, out)
    _promotion(s, p, out)
    _talks(s, p, out)
    _rotation(s, p, out)
    _skills(s, p, out)
    _study(s, p, out)
    _rules_reports(s, p, out)
    _branches(s, p, out)
    _tasks(s, p, out)
    return Section(
        key="selection",
        title=Text(
            zh="干部选拔任用、干部管理与党组织建设",
            en="Cadre selection, cadre management and party organizations",
        ),
        summary=tuple(out.summary),
        decisions=tuple(out.decisions),
        notes=tuple(out.notes),
    )

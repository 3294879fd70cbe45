"""干部选拔任用、干部管理与党组织建设示例 — the sample town's selection, cadre and organization records.

One year of fictional records around 青石镇 (see `TOWN`)
and its county-level city 云岭市, run through every rule of
[`orgwork.selection`][orgwork.selection], [`orgwork.cadres`][orgwork.cadres] and [`orgwork.organizations`][orgwork.organizations]:

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
  skills by age, the weekly 电脑之夜 (one working Tuesday missed, holiday Tuesdays
  referred), each section's computer backbones (one short, one with three:
  referred), the computer-skills exam (one cadre under 45 without a record),
  the performance results on file before five adjustments (complete, a year
  missing, no tenure known, a tenure from the service history, a first-year
  adjustment), the department's 四个公开 (部情公开 without its contacts), and its
  solicitations of opinions (three in the year, none in the third quarter; with no
  interval set, referred);
* the “1+*” part-time committee members of the street's and two communities'
  party organizations (one met, one whose only member's term ended in March,
  one with none);
* the study log of 云岭市委组织部机关 with a few gaps and its half-yearly
  reports on the rules (the second half year's missing), 双包三提 grades of the
  town's twelve village branches, and the "135" tasks of three 机关党支部
  (one missing a task).

Every name is invented; no real personal data is used.

Examples:
    >>> from orgwork.report.selection import section
    >>> s = build(2025)
    >>> s.street_recruitment.street
    '云岭市青禾街道'
    >>> sec = section(s)
    >>> sec.key, len(sec.summary) > 10
    ('selection', True)
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from orgwork.cadres import (
    Absence,
    Adjustment,
    BackboneTrainee,
    Badge,
    CadreEvent,
    CadreFamily,
    CadreHospitalStay,
    ComputerNight,
    Grade,
    KeyPost,
    Matter,
    OpinionSolicitation,
    PerformanceResult,
    Position,
    RosterEntry,
    SectionPost,
    SectionTenure,
    ServiceHistory,
    SkillsExam,
    Talk,
    Transfer,
    WelfareVisit,
    YearGrade,
)
from orgwork.calendar import official_calendar
from orgwork.decision import Text
from orgwork.organizations import (
    Activity135,
    MeetingKind,
    PartTimeMember,
    RulesReport,
    SpecialBranchRecord,
    StudyEntry,
    StudyItem,
    StudyLog,
    Task135,
    iso_weeks,
)
from orgwork.records.selection import (
    Applicant,
    AppointmentNoticeRecord,
    BranchGrading,
    BranchMeeting,
    CadreBirth,
    CompetitiveRound,
    DepartmentOpenness,
    MeetingBranch,
    OpenSelection,
    SelectionRecords,
    Sitting,
    StreetRecruitment,
)
from orgwork.samples._town import TOWN
from orgwork.selection import (
    SEED_STEPS,
    DepartmentInfo,
    Evaluation,
    EvaluatorGroup,
    FillingMethod,
    Judge,
    JudgingPanel,
    Nomination,
    NominatorGroup,
    Occasion,
    Openness,
    PostFilling,
    ProcedureRecord,
    ProcedureStep,
    PublicationItem,
    StepResult,
    Tally,
    TrialAppointment,
)

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "SAMPLE_FAMILY_VISIT_MONTHS",
    "SAMPLE_HOSPITAL_VISIT_DAYS",
    "SAMPLE_ROTATION_YEARS",
    "SAMPLE_TIME_LIMIT_DAYS",
    "SAMPLE_TIME_LIMIT_KIND",
    "Applicant",
    "BranchGrading",
    "CadreBirth",
    "CompetitiveRound",
    "OpenSelection",
    "SelectionRecords",
    "Sitting",
    "StreetRecruitment",
    "build",
]

#: The years `build` makes data for.
FIRST_YEAR, LAST_YEAR = 2004, 2026

#: The labelled sample value `section` uses for ``cadres.rotation_max_tenure_years``
#: when the caller's policy leaves it unset (the seed gives no number).
SAMPLE_ROTATION_YEARS = 5

#: Illustrative settings (示例设定) for parameters the texts leave unset: a working-day limit
#: for one kind of matter (限时办结), the days to visit a cadre in hospital, the months between
#: visits to a cadre's family. `section` uses each only when the policy leaves it unset.
SAMPLE_TIME_LIMIT_KIND = "干部档案查阅"
SAMPLE_TIME_LIMIT_DAYS = 3
SAMPLE_HOSPITAL_VISIT_DAYS = 3
SAMPLE_FAMILY_VISIT_MONTHS = 6

STREET = f"{TOWN.county}青禾街道"
DEPARTMENT = f"{TOWN.county}委组织部"
_T = TypeVar("_T")


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
        # 001's groups end in 等多个层面: the county also asks its retired cadres (a group it adds)
        (NominatorGroup.OTHER, 5),
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
            SEED_STEPS,
            (dt.date(year, m, d) for m, d in ((3, 2), (3, 23), (4, 10), (4, 24), (5, 8))),
            strict=True,
        )
    )
    results: list[StepResult] = []
    left = list(people)
    for step in SEED_STEPS:
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


# -- 三会一课, 特设支部, 任前公示, 试用期, 首问负责, 限时办结, AB岗, 挂牌上岗, 看望走访 ---------

MEETING_BRANCH = f"{DEPARTMENT}机关党支部"
#: The 支部党员大会 of each quarter: (month, day, entitled, present, in favour).
_GENERAL_MEETINGS: tuple[tuple[int, int, int | None, int | None, int | None], ...] = (
    (3, 27, 10, 5, None),  # exactly half present: referred
    (6, 26, 10, 8, 7),  # quorate, passed (7 > 5)
    (9, 24, 10, 9, 5),  # quorate, rejected (5 is not more than half of 10)
    (12, 17, None, None, None),  # no vote
)
#: The month the branch committee did not meet.
MISSED_COMMITTEE_MONTH = 7


def _branch_meetings(year: int) -> tuple[BranchMeeting, ...]:
    b = MEETING_BRANCH
    out = [
        BranchMeeting(
            branch=b,
            kind=MeetingKind.GENERAL_MEETING,
            held_on=dt.date(year, m, d),
            entitled=e,
            present=p,
            in_favour=f,
        )
        for m, d, e, p, f in _GENERAL_MEETINGS
    ]
    out += [
        BranchMeeting(branch=b, kind=MeetingKind.COMMITTEE_MEETING, held_on=dt.date(year, m, 8))
        for m in range(1, 13)
        if m != MISSED_COMMITTEE_MONTH
    ]
    out += [
        BranchMeeting(branch=b, kind=MeetingKind.THEME_DAY, held_on=dt.date(year, m, 15))
        for m in range(1, 13)
    ]
    out += [
        BranchMeeting(branch=b, kind=MeetingKind.PARTY_LECTURE, held_on=dt.date(year, 5, 20)),
        BranchMeeting(branch=b, kind=MeetingKind.LIFE_MEETING, held_on=dt.date(year, 12, 19)),
        BranchMeeting(branch=b, kind=MeetingKind.MEMBER_APPRAISAL, held_on=dt.date(year, 12, 22)),
    ]
    return tuple(out)


#: Two fictional 特设 branches: the second names no brand.
SPECIAL_BRANCHES = (f"{TOWN.name}流动党员特设支部", f"{TOWN.county}快递行业特设支部")


def _special_branches(year: int) -> tuple[SpecialBranchRecord, ...]:
    return (
        SpecialBranchRecord(
            branch=SPECIAL_BRANCHES[0],
            on=dt.date(year, 11, 20),
            volunteer_team="青石先锋志愿队",
            good_deeds=("修缮村道路灯", "义诊进村", "助农直播"),
            area=TOWN.name,
            brand="青石红帆",
        ),
        SpecialBranchRecord(
            branch=SPECIAL_BRANCHES[1],
            on=dt.date(year, 11, 20),
            volunteer_team="快递小哥志愿队",
            good_deeds=("送药上门",),
            area=f"{TOWN.county}城区",
        ),
    )


def _working_days_before(day: dt.date, n: int) -> dt.date:
    """The ``n``-th working day before ``day`` (on the official calendar)."""
    cal = official_calendar()
    d = day
    for _ in range(n):
        d -= dt.timedelta(days=1)
        while not cal.is_working_day(d):
            d -= dt.timedelta(days=1)
    return d


def _appointment_notices(year: int) -> tuple[AppointmentNoticeRecord, ...]:
    cal = official_calendar()
    # five working days from the second-last working day before 国庆: it ends after the holiday
    national = _working_days_before(dt.date(year, 10, 1), 2)
    may = _working_days_before(dt.date(year, 5, 13), 1)
    return (
        AppointmentNoticeRecord(
            candidate="罗志诚",
            post=f"{DEPARTMENT}干部科科长",
            start=national,
            end=cal.add_working_days(national - dt.timedelta(days=1), 5),
        ),
        AppointmentNoticeRecord(
            candidate="葛晓岚",
            post=f"{DEPARTMENT}组织科副科长",
            start=may,
            end=cal.add_working_days(may - dt.timedelta(days=1), 3),  # three working days: short
        ),
    )


def _probations(year: int) -> tuple[TrialAppointment, ...]:
    leap = next(y for y in range(year - 1, year - 9, -1) if y % 4 == 0 and y % 100 != 0)
    return (
        TrialAppointment(cadre="邹凯文", post=f"{DEPARTMENT}副部长", start=dt.date(leap, 2, 29)),
        TrialAppointment(
            cadre="葛晓岚", post=f"{DEPARTMENT}组织科副科长", start=dt.date(year, 7, 1)
        ),
    )


def _matters(year: int) -> tuple[Matter, ...]:
    cal = official_calendar()
    kind = SAMPLE_TIME_LIMIT_KIND
    late, on_time, other, unclear = (
        _working_days_before(dt.date(year, m, 20), 1) for m in (4, 5, 6, 8)
    )
    return (
        Matter(
            id=f"{year}年第1号",
            kind=kind,
            received_on=late,
            first_asked="孟凡宇",
            handled_by="孟凡宇",
            closed_on=cal.add_working_days(late, SAMPLE_TIME_LIMIT_DAYS + 2),  # two days late
        ),
        Matter(
            id=f"{year}年第2号",
            kind=kind,
            received_on=on_time,
            first_asked="蒋雨桐",
            handled_by="沈家豪",
            transfers=(Transfer(by="蒋雨桐", to="沈家豪", on=on_time),),
            closed_on=cal.add_working_days(on_time, 2),
        ),
        Matter(
            id=f"{year}年第3号",
            kind="党组织关系转接咨询",  # no limit set for this kind
            received_on=other,
            closed_on=cal.add_working_days(other, 9),
        ),
        Matter(
            id=f"{year}年第4号",
            kind=kind,
            received_on=unclear,
            first_asked="杜若溪",
            handled_by="沈家豪",  # no hand-over recorded: referred
            closed_on=cal.add_working_days(unclear, 1),
        ),
    )


AB_POSTS = ("干部档案室", "干部监督信访接待")


def _key_posts(year: int) -> tuple[tuple[KeyPost, ...], tuple[Absence, ...]]:
    tue, wed, thu = (dt.date.fromisocalendar(year, 11, d) for d in (2, 3, 4))
    posts = (
        KeyPost(post=AB_POSTS[0], a_holder="沈家豪", b_holder="杜若溪"),
        KeyPost(post=AB_POSTS[1], a_holder="蒋雨桐", b_holder="孟凡宇"),
    )
    absences = (
        Absence(person="沈家豪", start=tue, end=thu, reason="外出培训"),
        Absence(person="杜若溪", start=wed, end=wed, reason="事假"),  # both away: a gap day
        Absence(
            person="蒋雨桐",
            start=dt.date.fromisocalendar(year, 20, 1),
            end=dt.date.fromisocalendar(year, 20, 2),
        ),
    )
    return posts, absences


BADGE_POSTS = ("来访接待窗口", "干部档案室", "党员服务窗口")


def _roster() -> tuple[tuple[RosterEntry, ...], tuple[Badge, ...]]:
    roster = (
        RosterEntry(post=BADGE_POSTS[0], person="蒋雨桐"),
        RosterEntry(post=BADGE_POSTS[1], person="沈家豪"),
        RosterEntry(post=BADGE_POSTS[2], person="杜若溪"),
    )
    badges = (
        Badge(post=BADGE_POSTS[0], person="蒋雨桐"),
        Badge(post=BADGE_POSTS[1], person="杜若溪"),  # the badge names the B holder: a mismatch
    )
    return roster, badges


def _welfare(
    year: int,
) -> tuple[tuple[CadreHospitalStay, ...], tuple[CadreFamily, ...], tuple[WelfareVisit, ...]]:
    stays = (
        CadreHospitalStay(
            cadre=TOWN.deputy_head_letters,
            admitted=dt.date(year, 4, 14),
            discharged=dt.date(year, 4, 25),
        ),
    )
    families = (
        CadreFamily(cadre="蒋雨桐", since=dt.date(year, 1, 1)),
        CadreFamily(cadre="沈家豪", since=dt.date(year, 1, 1)),  # never visited: missed
    )
    visits = (
        WelfareVisit(
            kind="hospital",
            cadre=TOWN.deputy_head_letters,
            on=dt.date(year, 4, 16),
            by=TOWN.department_head,
        ),
        WelfareVisit(
            kind="family", cadre="蒋雨桐", on=dt.date(year, 9, 20), by=TOWN.department_head
        ),
    )
    return stays, families, visits


def missed_computer_night(year: int) -> dt.date:
    """The sample's one missed 电脑之夜: the first working Tuesday from 8 May of ``year``.

    >>> missed_computer_night(2025)
    datetime.date(2025, 5, 13)
    """
    cal = official_calendar()
    day = dt.date(year, 5, 8)
    day += dt.timedelta(days=(1 - day.weekday()) % 7)
    while not cal.is_working_day(day):
        day += dt.timedelta(days=7)
    return day


def _computer_nights(year: int) -> tuple[ComputerNight, ...]:
    """Every working Tuesday but one; a holiday Tuesday (国庆, 春节) is not held."""
    cal = official_calendar()
    day = dt.date(year, 1, 1) + dt.timedelta(days=(1 - dt.date(year, 1, 1).weekday()) % 7)
    sections = ("组织科", "干部科", "干部监督科", "办公室")
    out: list[ComputerNight] = []
    while day.year == year:
        if cal.is_working_day(day) and day != missed_computer_night(year):
            section = sections[len(out) % len(sections)]
            out.append(ComputerNight(on=day, section=section, by="信息科技术员"))
        day += dt.timedelta(days=7)
    return tuple(out)


def _backbones(year: int) -> tuple[BackboneTrainee, ...]:
    """组织科 one backbone, 干部科 three (referred), 办公室 two, 干部监督科 none (short)."""

    def t(section: str, cadre: str) -> BackboneTrainee:
        return BackboneTrainee(section=section, cadre=cadre, trained_on=dt.date(year, 2, 20))

    return (
        t("组织科", "孟凡宇"),
        t("干部科", "沈家豪"),
        t("干部科", "杜若溪"),
        t("干部科", "罗志诚"),
        t("办公室", "葛晓岚"),
        t("办公室", "邹凯文"),
    )


def _skills_exams(on: dt.date) -> tuple[SkillsExam, ...]:
    """The deputy head (exactly 45) and 蒋雨桐 sat it; 孟凡宇 (44) has no record."""
    return (
        SkillsExam(cadre=TOWN.deputy_head_letters, on=on, kind="exam"),
        SkillsExam(cadre="蒋雨桐", on=on, kind="assessment"),
    )


#: The leadership team of the sample's adjustments.
TEAM = f"{TOWN.name}党委"


def _adjustments(year: int) -> tuple[tuple[Adjustment, ...], tuple[PerformanceResult, ...]]:
    """陈立新 complete; 郑国平 without his own result of the year before last; 邹凯文 with no tenure
    known (referred); 周文静's tenure from her service history (complete); 何丽娟 adjusted
    in her first year (not applicable)."""
    march = dt.date(year, 3, 10)

    def adj(cadre: str, kind: str, on: dt.date, start: dt.date | None) -> Adjustment:
        return Adjustment(cadre=cadre, team=TEAM, kind=kind, on=on, tenure_start=start)  # type: ignore[arg-type]

    adjustments = (
        adj("陈立新", "transfer", march, dt.date(year - 3, 4, 1)),
        adj("郑国平", "appointment", march, dt.date(year - 2, 6, 1)),
        adj("邹凯文", "removal", march, None),
        adj("周文静", "transfer", march, None),
        adj("何丽娟", "appointment", dt.date(year, 6, 18), dt.date(year, 1, 5)),
    )
    results: list[PerformanceResult] = []
    for y in range(year - 10, year):
        filed = dt.date(y + 1, 1, 25)
        results.append(PerformanceResult(year=y, team=TEAM, filed_on=filed))
        for cadre in ("陈立新", "周文静"):
            results.append(PerformanceResult(year=y, team=TEAM, cadre=cadre, filed_on=filed))
        if y != year - 2:  # the year before last: long made, so a gap (last year's is there)
            results.append(PerformanceResult(year=y, team=TEAM, cadre="郑国平", filed_on=filed))
    return adjustments, tuple(results)


def _openness(year: int) -> tuple[DepartmentOpenness, ...]:
    """The four openness all practised, but 部情公开 without the contacts: a gap."""
    return (
        DepartmentOpenness(
            department=DEPARTMENT,
            checked_on=dt.date(year, 6, 30),
            published=tuple(Openness),
            department_info=tuple(i for i in DepartmentInfo if i is not DepartmentInfo.CONTACTS),
        ),
    )


def _opinion_solicitations(year: int) -> tuple[OpinionSolicitation, ...]:
    """A 座谈会 in February, a questionnaire in May, individual talks in November: none in
    July–September (a gap once a locality sets three months; complete at six)."""
    return (
        OpinionSolicitation(on=dt.date(year, 2, 20), form="座谈会", note="听取基层党员干部意见"),
        OpinionSolicitation(on=dt.date(year, 5, 15), form="问卷", note="选人用人满意度问卷"),
        OpinionSolicitation(on=dt.date(year, 11, 5), form="个别谈话", note="走访服务对象"),
    )


#: The street's and two communities' party organizations of the “1+*” pattern.
COMMUNITY_ORGANIZATIONS = (f"{STREET}党工委", "柳巷社区党委", "东门社区党委")


def _part_time_members(year: int) -> tuple[PartTimeMember, ...]:
    """The street's two members serve (met); 柳巷's only member left on 31 March (short);
    东门 has none (short)."""
    street, liuxiang, _ = COMMUNITY_ORGANIZATIONS
    return (
        PartTimeMember(
            organization=street,
            member="韩志远",
            department="公安",
            since=dt.date(year - 2, 3, 1),
        ),
        PartTimeMember(organization=street, member="许静怡", department="卫生"),
        PartTimeMember(
            organization=liuxiang,
            member="龚海涛",
            department="城管",
            since=dt.date(year - 1, 6, 1),
            until=dt.date(year, 3, 31),
        ),
    )


def build(year: int) -> SelectionRecords:
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
    key_posts, absences = _key_posts(year)
    roster, badges = _roster()
    stays, families, visits = _welfare(year)
    adjustments, results = _adjustments(year)
    return SelectionRecords(
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
        sample_rotation_years=SAMPLE_ROTATION_YEARS,
        town=TOWN.name,
        county=TOWN.county,
        prefecture=TOWN.prefecture,
        department=DEPARTMENT,
        activities_135=_activities_135(year),
        meeting_branches=(MeetingBranch(branch=MEETING_BRANCH, committee=True, groups=False),),
        branch_meetings=_branch_meetings(year),
        special_branches=_special_branches(year),
        appointment_notices=_appointment_notices(year),
        probations=_probations(year),
        matters=_matters(year),
        key_posts=key_posts,
        absences=absences,
        duty_roster=roster,
        badges=badges,
        hospital_stays=stays,
        cadre_families=families,
        welfare_visits=visits,
        computer_nights=_computer_nights(year),
        backbone_trainees=_backbones(year),
        skills_exams=_skills_exams(skills_on),
        adjustments=adjustments,
        performance_results=results,
        openness=_openness(year),
        opinion_solicitations=_opinion_solicitations(year),
        community_organizations=COMMUNITY_ORGANIZATIONS,
        part_time_members=_part_time_members(year),
        sample_time_limit_kind=SAMPLE_TIME_LIMIT_KIND,
        sample_time_limit_days=SAMPLE_TIME_LIMIT_DAYS,
        sample_hospital_visit_days=SAMPLE_HOSPITAL_VISIT_DAYS,
        sample_family_visit_months=SAMPLE_FAMILY_VISIT_MONTHS,
    )

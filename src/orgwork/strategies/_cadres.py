"""Strategies for the cadres domain: service histories, events, talks, matters, posts and visits."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from orgwork.cadres import (
    Absence,
    Adjustment,
    AdjustmentKind,
    BackboneTrainee,
    Badge,
    CadreBirthDate,
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
    TalkTrigger,
    Transfer,
    WelfareVisit,
    YearGrade,
)

__all__ = [
    "absences",
    "adjustments",
    "backbone_trainees",
    "badges",
    "cadre_birth_dates",
    "cadre_events",
    "cadre_families",
    "cadre_hospital_stays",
    "computer_nights",
    "key_posts",
    "matters",
    "opinion_solicitations",
    "performance_results",
    "roster_entries",
    "section_tenures",
    "service_histories",
    "skills_exams",
    "talks",
    "transfers",
    "welfare_visits",
]

_CADRES = st.sampled_from(("C01", "C02", "C03", "C04"))


@st.composite
def service_histories(
    draw: st.DrawFn,
    *,
    min_since: dt.date = dt.date(2015, 1, 1),
    max_since: dt.date = dt.date(2026, 12, 31),
    years_after: int = 8,
) -> ServiceHistory:
    """任职经历 — histories in any rank or post, with grades for a random set of the
    years served (from the appointment year up to ``years_after`` years later).

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> h = find(service_histories(), lambda h: len(h.grades) >= 2, settings=quick)
    >>> h.grades[0].year < h.grades[1].year
    True
    """
    since = draw(st.dates(min_since, max_since))
    years = list(range(since.year, since.year + years_after + 1))
    chosen = draw(st.lists(st.sampled_from(years), unique=True, max_size=len(years)))
    grades = tuple(YearGrade(year=y, grade=draw(st.sampled_from(Grade))) for y in sorted(chosen))
    return ServiceHistory(
        cadre=draw(_CADRES),
        position=draw(st.sampled_from(Position)),
        since=since,
        grades=grades,
    )


def cadre_events(
    min_day: dt.date = dt.date(2010, 1, 1), max_day: dt.date = dt.date(2012, 12, 31)
) -> st.SearchStrategy[CadreEvent]:
    """谈心谈话事由 — events that call for a talk.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(cadre_events(), lambda e: True, settings=quick).on >= dt.date(2010, 1, 1)
    True
    """
    return st.builds(
        CadreEvent,
        cadre=_CADRES,
        trigger=st.sampled_from(TalkTrigger),
        on=st.dates(min_day, max_day),
        note=st.none(),
    )


def talks(
    min_day: dt.date = dt.date(2010, 1, 1), max_day: dt.date = dt.date(2012, 12, 31)
) -> st.SearchStrategy[Talk]:
    """谈心谈话 — talks held, mostly by members of the department's leadership.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(talks(), lambda t: not t.by_department_leadership, settings=quick).by_department_leadership
    False
    """
    return st.builds(
        Talk,
        cadre=_CADRES,
        on=st.dates(min_day, max_day),
        by=st.sampled_from(("部长", "副部长", "科员")),
        by_department_leadership=st.booleans() | st.just(True),
    )


def section_tenures(
    min_day: dt.date = dt.date(1990, 1, 1), max_day: dt.date = dt.date(2002, 12, 31)
) -> st.SearchStrategy[SectionTenure]:
    """处室任职 — tenures of (deputy) section heads.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(section_tenures(), lambda t: True, settings=quick).section in ("干部一处", "干部二处", "组织处", "办公室")
    True
    """
    return st.builds(
        SectionTenure,
        cadre=_CADRES,
        section=st.sampled_from(("干部一处", "干部二处", "组织处", "办公室")),
        post=st.sampled_from(SectionPost),
        since=st.dates(min_day, max_day),
    )


_STAFF = st.sampled_from(("张三", "李四", "王五", "赵六"))
_POSTS = st.sampled_from(("干部档案", "接待窗口", "组织科", "干部科"))
_KINDS = st.sampled_from(("证明", "来信", "来访", "档案查阅"))


def transfers(
    min_day: dt.date = dt.date(2024, 1, 1), max_day: dt.date = dt.date(2026, 12, 31)
) -> st.SearchStrategy[Transfer]:
    """转办 — a matter handed from one member of staff to another.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> t = find(transfers(), lambda t: True, settings=quick)
    >>> t.by != t.to
    True
    """
    pairs = st.tuples(_STAFF, _STAFF).filter(lambda p: p[0] != p[1])
    return st.builds(
        lambda p, on: Transfer(by=p[0], to=p[1], on=on), pairs, st.dates(min_day, max_day)
    )


@st.composite
def matters(
    draw: st.DrawFn,
    *,
    min_day: dt.date = dt.date(2024, 1, 1),
    max_day: dt.date = dt.date(2026, 11, 30),
) -> Matter:
    """来办事项 — matters of a few kinds, some without a first contact, some handed on, some closed.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> m = find(matters(), lambda m: m.closed_on is not None, settings=quick)
    >>> m.closed_on >= m.received_on
    True
    """
    received = draw(st.dates(min_day, max_day))
    later = st.dates(received, received + dt.timedelta(days=30))
    return Matter(
        id=draw(st.sampled_from(("M01", "M02", "M03", "M04", "M05"))),
        kind=draw(_KINDS),
        received_on=received,
        first_asked=draw(st.none() | _STAFF),
        handled_by=draw(st.none() | _STAFF),
        transfers=tuple(
            draw(st.lists(transfers(received, received + dt.timedelta(days=30)), max_size=3))
        ),
        closed_on=draw(st.none() | later),
    )


def key_posts() -> st.SearchStrategy[KeyPost]:
    """重点岗位 — key posts with an A holder and, mostly, a different B holder.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> p = find(key_posts(), lambda p: p.b_holder is not None, settings=quick)
    >>> p.a_holder != p.b_holder
    True
    """
    return st.builds(
        lambda post, a, b: KeyPost(post=post, a_holder=a, b_holder=None if b == a else b),
        _POSTS,
        _STAFF,
        st.none() | _STAFF,
    )


@st.composite
def absences(
    draw: st.DrawFn,
    *,
    min_day: dt.date = dt.date(2024, 1, 1),
    max_day: dt.date = dt.date(2026, 12, 1),
) -> Absence:
    """不在岗 — absences of up to a month.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> a = find(absences(), lambda a: True, settings=quick)
    >>> a.end >= a.start
    True
    """
    start = draw(st.dates(min_day, max_day))
    end = start + dt.timedelta(days=draw(st.integers(0, 30)))
    return Absence(person=draw(_STAFF), start=start, end=end, reason=None)


def roster_entries() -> st.SearchStrategy[RosterEntry]:
    """在岗名单 — posts on duty, mostly with a named person.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(roster_entries(), lambda e: e.person is None, settings=quick).person is None
    True
    """
    return st.builds(RosterEntry, post=_POSTS, person=st.none() | _STAFF)


def badges() -> st.SearchStrategy[Badge]:
    """上岗牌 — badges naming a post and a person.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(badges(), lambda b: True, settings=quick).post in ("干部档案", "接待窗口", "组织科", "干部科")
    True
    """
    return st.builds(Badge, post=_POSTS, person=_STAFF)


@st.composite
def cadre_hospital_stays(
    draw: st.DrawFn,
    *,
    min_day: dt.date = dt.date(2024, 1, 1),
    max_day: dt.date = dt.date(2026, 12, 1),
) -> CadreHospitalStay:
    """住院 — cadres injured on duty or ill, admitted and (mostly) discharged.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> s = find(cadre_hospital_stays(), lambda s: s.discharged is not None, settings=quick)
    >>> s.discharged >= s.admitted
    True
    """
    admitted = draw(st.dates(min_day, max_day))
    out = st.dates(admitted, admitted + dt.timedelta(days=30))
    return CadreHospitalStay(
        cadre=draw(_CADRES),
        admitted=admitted,
        discharged=draw(st.none() | out),
        cause=draw(st.sampled_from(("injured_on_duty", "illness"))),
    )


def cadre_families(
    min_day: dt.date = dt.date(2024, 1, 1), max_day: dt.date = dt.date(2026, 12, 31)
) -> st.SearchStrategy[CadreFamily]:
    """组工干部家庭 — families on the visit list.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(cadre_families(), lambda f: True, settings=quick).since >= dt.date(2024, 1, 1)
    True
    """
    return st.builds(CadreFamily, cadre=_CADRES, since=st.dates(min_day, max_day))


def welfare_visits(
    min_day: dt.date = dt.date(2024, 1, 1), max_day: dt.date = dt.date(2026, 12, 31)
) -> st.SearchStrategy[WelfareVisit]:
    """看望、走访 — visits to cadres in hospital and to their families.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(welfare_visits(), lambda v: v.kind == "family", settings=quick).kind
    'family'
    """
    return st.builds(
        WelfareVisit,
        kind=st.sampled_from(("hospital", "family")),
        cadre=_CADRES,
        on=st.dates(min_day, max_day),
        by=st.none() | st.sampled_from(("部长", "副部长")),
    )


_SECTIONS = st.sampled_from(("干部一处", "干部二处", "组织处", "办公室"))
_TEAMS = st.sampled_from(("青禾镇党委", "青禾镇政府", "东岭乡党委"))


def computer_nights(
    min_day: dt.date = dt.date(2024, 1, 1), max_day: dt.date = dt.date(2026, 12, 31)
) -> st.SearchStrategy[ComputerNight]:
    """“电脑之夜” — activities on any day (mostly Tuesdays), in a section or not.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(computer_nights(), lambda n: n.on.weekday() == 1, settings=quick).on.weekday()
    1
    """
    days = st.dates(min_day, max_day)
    tuesdays = days.map(lambda d: d + dt.timedelta(days=(1 - d.weekday()) % 7)).filter(
        lambda d: d <= max_day
    )
    return st.builds(
        ComputerNight,
        on=tuesdays | days,
        section=st.none() | _SECTIONS,
        by=st.none() | st.sampled_from(("技术员甲", "技术员乙")),
    )


def backbone_trainees(
    min_day: dt.date = dt.date(2000, 1, 1), max_day: dt.date = dt.date(2026, 12, 31)
) -> st.SearchStrategy[BackboneTrainee]:
    """计算机应用技术骨干 — a cadre of a section, trained on a day or on an unknown day.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(backbone_trainees(), lambda t: True, settings=quick).section in ("干部一处", "干部二处", "组织处", "办公室")
    True
    """
    return st.builds(
        BackboneTrainee,
        section=_SECTIONS,
        cadre=_CADRES,
        trained_on=st.none() | st.dates(min_day, max_day),
    )


def cadre_birth_dates(
    min_day: dt.date = dt.date(1950, 1, 1), max_day: dt.date = dt.date(2000, 12, 31)
) -> st.SearchStrategy[CadreBirthDate]:
    """干部出生日期 — cadres born from 1950 to 2000.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(cadre_birth_dates(), lambda c: True, settings=quick).born.year >= 1950
    True
    """
    return st.builds(CadreBirthDate, cadre=_CADRES, born=st.dates(min_day, max_day))


def skills_exams(
    min_day: dt.date = dt.date(2000, 1, 1), max_day: dt.date = dt.date(2026, 12, 31)
) -> st.SearchStrategy[SkillsExam]:
    """计算机操作技能考核、考试记录.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(skills_exams(), lambda e: e.kind == "assessment", settings=quick).kind
    'assessment'
    """
    return st.builds(
        SkillsExam,
        cadre=_CADRES,
        on=st.dates(min_day, max_day),
        kind=st.sampled_from(("assessment", "exam")),
    )


@st.composite
def adjustments(
    draw: st.DrawFn,
    *,
    min_day: dt.date = dt.date(2010, 1, 1),
    max_day: dt.date = dt.date(2026, 12, 31),
) -> Adjustment:
    """干部调整 — appointments, transfers and removals, with a known tenure or not.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> a = find(adjustments(), lambda a: a.tenure_start is not None, settings=quick)
    >>> a.tenure_start <= a.on
    True
    """
    on = draw(st.dates(min_day, max_day))
    start = st.dates(on - dt.timedelta(days=366 * 6), on)
    return Adjustment(
        cadre=draw(_CADRES),
        team=draw(_TEAMS),
        kind=draw(st.sampled_from(AdjustmentKind)),
        on=on,
        tenure_start=draw(st.none() | start),
    )


@st.composite
def performance_results(
    draw: st.DrawFn, *, min_year: int = 2004, max_year: int = 2026
) -> PerformanceResult:
    """一年的绩效管理成果 — a team's or a member's, filed in the next year (or later).

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> r = find(performance_results(), lambda r: r.cadre is None, settings=quick)
    >>> r.filed_on.year > r.year
    True
    """
    year = draw(st.integers(min_year, max_year))
    return PerformanceResult(
        year=year,
        team=draw(_TEAMS),
        cadre=draw(st.none() | _CADRES),
        filed_on=draw(st.dates(dt.date(year + 1, 1, 1), dt.date(year + 2, 12, 31))),
    )


def opinion_solicitations(
    min_day: dt.date = dt.date(2004, 1, 1), max_day: dt.date = dt.date(2026, 12, 31)
) -> st.SearchStrategy[OpinionSolicitation]:
    """一次征求意见 — on any day, in one of the usual forms, with or without a note.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(opinion_solicitations(), lambda s: s.form == "问卷", settings=quick).form
    '问卷'
    """
    return st.builds(
        OpinionSolicitation,
        on=st.dates(min_day, max_day),
        form=st.sampled_from(("座谈会", "问卷", "个别谈话", "网上征求")),
        note=st.sampled_from(("", "听取意见", "满意度测评")),
    )

"""电脑之夜、计算机应用技术骨干、计算机技能考核考试 — 002's computer training, checked.

002 (5、开拓创新 三是加强学习培训) lists how the provincial department trained its
cadres in computer skills. Three of its steps leave records that can be checked:

* "再就是开展每周二晚上的“电脑之夜”活动,由干部信息管理处的技术人员到各处室当场释疑解惑"
  — [`computer_nights`][orgwork.cadres.computer_nights]: one activity a calendar week, on
  the weekday ``cadres.computer_night_weekday`` (Tuesday). When that day is not a
  working day the seed is silent; ``cadres.computer_night_holiday_rule`` is the
  locality's choice, and unset the week is referred (as ``organizations.study``
  does with its Monday study day).
* "第四,重点培训1—2名各处室的计算机应用技术骨干" —
  [`computer_backbones`][orgwork.cadres.computer_backbones]: each section (处室) has
  ``cadres.backbone_minimum`` to ``cadres.backbone_maximum`` trained backbones. None
  is a finding; more than the maximum is referred by default (重点培训1—2名 says
  whom the training focuses on, and a third trained cadre breaks no stated duty).
* "在此基础上,我们对45岁以下的干部普遍进行了计算机操作技能的考核、考试" —
  [`computer_skills_exams`][orgwork.cadres.computer_skills_exams]: every cadre in the
  45岁以下 group on the exam day has a 考核 or 考试 record. The group is the one of
  [`computer_skills_requirement`][orgwork.cadres.computer_skills_requirement] (the same
  age and the same reading of exactly 45: ``cadres.computer_skills_age`` and
  ``cadres.computer_skills_boundary_group``).

Not checked: "凡是报部领导的文字材料和请示报告,必须用计算机处理、打印" — a duty on
every document, which no record of the department's keeps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_collection, as_date, as_field, as_models, check_unique
from orgwork._weekdays import WEEKDAY_NAMES, WEEKDAYS
from orgwork.cadres._common import S002
from orgwork.cadres._rotation import SkillsRequirement, _requirement, age_on
from orgwork.calendar import Calendar, checked_calendar
from orgwork.decision import Decision, RuleContext, Say, Text, day, joined
from orgwork.errors import CalendarCoverageError, RecordError
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = [
    "BackboneCount",
    "BackboneTrainee",
    "CadreBirthDate",
    "ComputerNight",
    "ComputerNightCheck",
    "ExamCoverage",
    "SkillsExam",
    "computer_backbones",
    "computer_nights",
    "computer_skills_exams",
]

_LAST = dt.date(2200, 12, 31)
_SECTION = "5、开拓创新 三是加强学习培训"

_WEEKDAYS, _WEEKDAY_TEXT = WEEKDAYS, WEEKDAY_NAMES
_HOLIDAY_HOW = {
    "next_working_day": Text(zh="顺延至下一个工作日", en="it moves to the next working day"),
    "excused": Text(zh="该周免除", en="the week is excused"),
    "refer": Text(zh="提交研究", en="the week is referred"),
    None: Text(
        zh="本地未规定如何处理,提交研究", en="the locality has not said what happens: referred"
    ),
}


# -- 电脑之夜 ------------------------------------------------------------------------------


class ComputerNight(BaseModel):
    """一次“电脑之夜”活动 — the day it was held, and optionally the section and who helped.

    >>> ComputerNight(on=dt.date(2001, 3, 6), section="干部一处").section
    '干部一处'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    on: dt.date = Field(le=_LAST)
    section: Id | None = Field(default=None, description="The section (处室) visited.")
    by: Id | None = Field(default=None, description="The technician who answered questions.")


class ComputerNightCheck(BaseModel):
    """“电脑之夜”检查结果 — each week's activity day, and the weeks missing, excused or referred.

    Each week is named by its activity day (the Tuesday, by default).

    >>> c = computer_nights([ComputerNight(on=dt.date(2025, 3, 4))], start=dt.date(2025, 3, 3),
    ...                     end=dt.date(2025, 3, 16)).value
    >>> c.days, c.missing
    ((datetime.date(2025, 3, 4), datetime.date(2025, 3, 11)), (datetime.date(2025, 3, 11),))
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: dt.date
    end: dt.date
    weekday: str
    days: tuple[dt.date, ...]
    held: tuple[dt.date, ...]
    missing: tuple[dt.date, ...]
    excused: tuple[dt.date, ...]
    referred: tuple[dt.date, ...]


class _NightTexts:
    """Texts of cadres.computer_night (每周二晚上的“电脑之夜”活动)."""

    weeks = Say(
        "{start}至{end}共{n}周,“电脑之夜”每周{weekday}举行",
        "{n} week(s) from {start} to {end}; the 电脑之夜 is held every {weekday}",
    )
    off_day = Say(
        "{n}次活动不在{weekday}(也非顺延之日),不计入",
        "{n} activity(ies) not on a {weekday} (nor a day it moved to) do not count",
    )
    holiday = Say("{days}不是工作日:{how}", "{days} are not working days: {how}")
    clash = Say(
        "{days}为节假日,其后第一个工作日已到下一周的活动日,一次活动不能算作两周,提交研究",
        "{days}: a holiday whose next working day is already the next week's activity day (or "
        "later); one activity cannot count for two weeks: referred",
    )
    uncovered = Say(
        "{days}不在工作日历覆盖的年份内,无法判断是否节假日,提交研究",
        "{days} fall in a year the working-day calendar does not cover: whether they are "
        "holidays is unknown; referred",
    )
    complete = Say(
        "“电脑之夜”{start}至{end}每周均已举行", "电脑之夜 held every week from {start} to {end}"
    )
    gaps = Say("“电脑之夜”缺{n}周:{days}", "电脑之夜 missing in {n} week(s): {days}")
    referred = Say(
        "“电脑之夜”无缺周,{n}周提交研究:{days}",
        "电脑之夜: no week missing; {n} week(s) referred: {days}",
    )


def _days(xs: Iterable[dt.date]) -> object:
    return joined([day(x) for x in xs], "、", ", ")


def _night_days(start: dt.date, end: dt.date, index: int) -> list[dt.date]:
    """The days of weekday ``index`` (Monday 0) from ``start`` to ``end``."""
    first = start.toordinal() + (index - start.weekday()) % 7
    return [dt.date.fromordinal(n) for n in range(first, end.toordinal() + 1, 7)]


def _classify(
    expected: list[dt.date], held_on: set[dt.date], how: str | None, cal: Calendar
) -> tuple[
    list[dt.date],
    list[dt.date],
    list[dt.date],
    list[dt.date],
    list[dt.date],
    list[dt.date],
    list[dt.date],
    set[dt.date],
]:
    """Each activity day held, missing, excused or referred; the holidays among them, the days
    the calendar does not cover, the holidays whose next working day is already the next
    week's activity day, and every day an activity counts on."""
    held: list[dt.date] = []
    missing: list[dt.date] = []
    excused: list[dt.date] = []
    referred: list[dt.date] = []
    holidays: list[dt.date] = []
    unknown: list[dt.date] = []
    clash: list[dt.date] = []
    used: set[dt.date] = set(expected)
    for d in expected:
        if d in held_on:
            held.append(d)
        elif not cal.covers(d):
            unknown.append(d)
        elif cal.is_working_day(d):
            missing.append(d)
        else:
            holidays.append(d)
            if how == "next_working_day":
                try:
                    moved = cal.next_working_day(d)
                except CalendarCoverageError:  # it would fall past the calendar
                    holidays.remove(d)
                    unknown.append(d)
                    continue
                if moved >= d + dt.timedelta(days=7):  # the next week's own day, or later
                    holidays.remove(d)
                    clash.append(d)
                    continue
                used.add(moved)
                (held if moved in held_on else missing).append(d)
            elif how == "excused":
                excused.append(d)
            else:
                referred.append(d)
    return held, missing, excused, referred, holidays, unknown, clash, used


@rule(
    "cadres.computer_night",
    zh="每周二晚上开展“电脑之夜”活动,由技术人员到各处室当场释疑解惑",
    en="A 电脑之夜 (computer evening) every Tuesday: technicians answer questions in every section",
    document=S002,
    section=_SECTION,
    quote="再就是开展每周二晚上的“电脑之夜”活动,由干部信息管理处的技术人员到各处室当场释疑解惑",
    parameters=("cadres.computer_night_weekday", "cadres.computer_night_holiday_rule"),
)
def computer_nights(
    log: Iterable[ComputerNight],
    *,
    start: dt.date,
    end: dt.date,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
) -> Decision[ComputerNightCheck]:
    """“电脑之夜”落实情况 — the weeks from ``start`` to ``end`` without their activity.

    A week is checked when its activity day (``cadres.computer_night_weekday``)
    falls from ``start`` to ``end``; an activity counts only on that day. When
    the day is not a working day of ``calendar`` (the official calendar by
    default) and no activity was held on it,
    ``cadres.computer_night_holiday_rule`` decides: ``next_working_day`` (an
    activity on the next working day counts, unless that day is already the
    next week's activity day or later: then the week is referred, since one
    activity cannot count for two weeks), ``excused``, or ``refer``; unset,
    the week is referred. A day the calendar does not cover is referred.
    Outcome ``gaps`` when a week is missing, else ``referred`` when a week is
    referred, else ``complete``.

    >>> log = [ComputerNight(on=dt.date(2025, 10, 14)), ComputerNight(on=dt.date(2025, 10, 28))]
    >>> d = computer_nights(log, start=dt.date(2025, 9, 29), end=dt.date(2025, 10, 26))
    >>> d.outcome, d.value.missing, d.value.referred  # 30 September: working; 7 October: 国庆
    ('gaps', (datetime.date(2025, 9, 30), datetime.date(2025, 10, 21)), (datetime.date(2025, 10, 7),))
    """
    start, end = as_date(start, "start"), as_date(end, "end")
    if end < start:
        raise RecordError(f"end {end} is before start {start}")
    entries = as_models(ComputerNight, log, "log")
    cal = checked_calendar(calendar)
    ctx = RuleContext(computer_nights, policy, on=end)
    weekday = ctx.param("cadres.computer_night_weekday")
    how = ctx.param("cadres.computer_night_holiday_rule")
    held_on = {e.on for e in entries}
    expected = _night_days(start, end, _WEEKDAYS.index(weekday))
    held, missing, excused, referred, holidays, unknown, clash, used = _classify(
        expected, held_on, how, cal
    )
    referred = sorted(referred + unknown + clash)
    covered = sorted(x for x in used if cal.covers(x))
    if covered:
        ctx.provisional = cal.is_provisional(covered[0], covered[-1])
    wd = _WEEKDAY_TEXT[weekday]
    ctx.say(_NightTexts.weeks, start=day(start), end=day(end), n=len(expected), weekday=wd)
    off = sum(1 for e in entries if start <= e.on <= end and e.on not in used)
    if off:
        ctx.say(_NightTexts.off_day, n=off, weekday=wd)
    if holidays:
        ctx.say(_NightTexts.holiday, days=_days(holidays), how=_HOLIDAY_HOW[how])
    if unknown:
        ctx.say(_NightTexts.uncovered, days=_days(unknown))
    if clash:
        ctx.say(_NightTexts.clash, days=_days(clash))
    v = ComputerNightCheck(
        start=start,
        end=end,
        weekday=weekday,
        days=tuple(expected),
        held=tuple(held),
        missing=tuple(missing),
        excused=tuple(excused),
        referred=tuple(referred),
    )
    if missing:
        return ctx.decide("gaps", v, _NightTexts.gaps, n=len(missing), days=_days(missing))
    if referred:
        return ctx.decide(
            "referred", v, _NightTexts.referred, n=len(referred), days=_days(referred)
        )
    return ctx.decide("complete", v, _NightTexts.complete, start=day(start), end=day(end))


# -- 1—2名骨干 ----------------------------------------------------------------------------


class BackboneTrainee(BaseModel):
    """计算机应用技术骨干 — a cadre trained in depth for a section, and when.

    >>> BackboneTrainee(section="干部一处", cadre="王某").trained_on is None
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    section: Id = Field(min_length=1)
    cadre: Id = Field(min_length=1)
    trained_on: dt.date | None = Field(
        default=None, le=_LAST, description="The day the training was completed (empty: unknown)."
    )


BackboneStatus = Literal["met", "short", "above", "referred"]


class BackboneCount(BaseModel):
    """一个处室的骨干人数 — who counts, how many, and the bounds.

    >>> c = computer_backbones(["干部一处"], [], on=dt.date(2002, 1, 1))[0].value
    >>> c.n, c.minimum, c.maximum
    (0, 1, 2)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    section: Id
    trainees: tuple[Id, ...]
    n: int
    minimum: int
    maximum: int | None


class _BackboneTexts:
    """Texts of cadres.computer_backbone (重点培训1—2名各处室的计算机应用技术骨干)."""

    bounds = Say(
        "每个处室重点培训{minimum}—{maximum}名计算机应用技术骨干",
        "Each section trains {minimum} to {maximum} computer backbones in depth",
    )
    no_max = Say(
        "每个处室至少重点培训{minimum}名计算机应用技术骨干(本地不设上限)",
        "Each section trains at least {minimum} computer backbone(s) in depth (no upper bound "
        "locally)",
    )
    later = Say("{items}于{on}后才完成培训,不计入", "{items} trained after {on}: not counted")
    above_read = Say(
        "原文“重点培训1—2名”说明培训的重点对象,多培训骨干不违反明示的要求,故提交研究而不列为问题",
        "重点培训1—2名 names whom the training focuses on; training more breaks no stated "
        "duty, so it is referred rather than faulted",
    )
    met = Say("{section}有骨干{n}名({names})", "{section} has {n} backbone(s) ({names})")
    short_none = Say("{section}没有计算机应用技术骨干", "{section} has no computer backbone")
    short = Say(
        "{section}只有骨干{n}名({names}),少于{minimum}名",
        "{section} has only {n} backbone(s) ({names}), fewer than {minimum}",
    )
    above = Say(
        "{section}有骨干{n}名({names}),多于{maximum}名",
        "{section} has {n} backbones ({names}), more than {maximum}",
    )
    referred = Say(
        "{section}有骨干{n}名({names}),多于{maximum}名,提交研究",
        "{section} has {n} backbones ({names}), more than {maximum}: referred",
    )


@rule(
    "cadres.computer_backbone",
    zh="重点培训1—2名各处室的计算机应用技术骨干",
    en="Each section has 1 or 2 cadres trained in depth as computer backbones",
    document=S002,
    section=_SECTION,
    quote="第四,重点培训1—2名各处室的计算机应用技术骨干",
    parameters=(
        "cadres.backbone_minimum",
        "cadres.backbone_maximum",
        "cadres.backbone_above_maximum",
    ),
)
def computer_backbones(
    sections: Iterable[str],
    trainees: Iterable[BackboneTrainee],
    *,
    on: dt.date,
    policy: Policy | None = None,
) -> tuple[Decision[BackboneCount], ...]:
    """各处室骨干人数 — for each section, whether it has 1—2 trained computer backbones.

    ``sections`` lists the sections (处室) checked; a section with trainees is
    checked even when not listed. Decisions are ordered by section, names by cadre. A trainee
    whose training ended after ``on`` does not count yet. Below
    ``cadres.backbone_minimum``: ``short``; within the bounds: ``met``; above
    ``cadres.backbone_maximum``: ``referred`` (or ``above``, a finding, where
    ``cadres.backbone_above_maximum`` is ``finding``). A cadre may be the
    backbone of one section only (else [`RecordError`][orgwork.errors.RecordError]).

    >>> ds = computer_backbones(["干部一处", "干部二处"],
    ...     [BackboneTrainee(section="干部一处", cadre="王某")], on=dt.date(2002, 1, 1))
    >>> [(d.subject, d.outcome) for d in ds]
    [('干部一处', 'met'), ('干部二处', 'short')]
    """
    on = as_date(on, "on")
    listed = as_field(tuple[Id, ...], as_collection(sections, "sections"), "sections")
    check_unique(listed, "section")
    given = as_models(BackboneTrainee, trainees, "trainees")
    check_unique((t.cadre for t in given), "cadre")
    ctx = RuleContext(computer_backbones, policy, on=on)
    minimum = ctx.param("cadres.backbone_minimum")
    maximum = ctx.param("cadres.backbone_maximum")
    above_rule = ctx.param("cadres.backbone_above_maximum")
    names = sorted(set(listed) | {t.section for t in given})
    out: list[Decision[BackboneCount]] = []
    for section in names:
        each = ctx.fork()
        each.param("cadres.backbone_minimum")
        each.param("cadres.backbone_maximum")
        mine = sorted((t for t in given if t.section == section), key=lambda t: t.cadre)
        counted = tuple(t.cadre for t in mine if t.trained_on is None or t.trained_on <= on)
        if maximum is None:
            each.say(_BackboneTexts.no_max, minimum=minimum)
        else:
            each.say(_BackboneTexts.bounds, minimum=minimum, maximum=maximum)
        each.say_list(
            _BackboneTexts.later, [t.cadre for t in mine if t.cadre not in counted], on=day(on)
        )
        n = len(counted)
        v = BackboneCount(section=section, trainees=counted, n=n, minimum=minimum, maximum=maximum)
        who = joined(counted, "、", ", ")
        if n < minimum:
            if n:
                headline = _BackboneTexts.short.text(
                    section=section, n=n, names=who, minimum=minimum
                )
            else:
                headline = _BackboneTexts.short_none.text(section=section)
            out.append(each.decide("short", v, headline, subject=section))
        elif maximum is not None and n > maximum:
            each.param("cadres.backbone_above_maximum")
            values = {"section": section, "n": n, "names": who, "maximum": maximum}
            if above_rule == "finding":
                out.append(each.decide("above", v, _BackboneTexts.above, subject=section, **values))
            else:
                each.say(_BackboneTexts.above_read)
                out.append(
                    each.decide("referred", v, _BackboneTexts.referred, subject=section, **values)
                )
        else:
            out.append(
                each.decide(
                    "met", v, _BackboneTexts.met, subject=section, section=section, n=n, names=who
                )
            )
    return tuple(out)


# -- 考核、考试 ---------------------------------------------------------------------------


class CadreBirthDate(BaseModel):
    """干部出生日期 — a cadre on the roster of an exam, and their date of birth (never in repr).

    >>> "1960" in repr(CadreBirthDate(cadre="王某", born=dt.date(1960, 1, 1)))
    False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id = Field(min_length=1)
    born: dt.date = Field(le=_LAST, repr=False)


class SkillsExam(BaseModel):
    """计算机操作技能考核或考试记录 — one cadre's assessment (考核) or exam (考试).

    >>> SkillsExam(cadre="王某", on=dt.date(2002, 6, 1)).kind
    'exam'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id = Field(min_length=1)
    on: dt.date = Field(le=_LAST)
    kind: Literal["assessment", "exam"] = "exam"


class ExamCoverage(BaseModel):
    """考核考试覆盖情况 — who had to sit it, who has a record, who is missing or referred.

    >>> c = computer_skills_exams([CadreBirthDate(cadre="王某", born=dt.date(1970, 1, 1))], [],
    ...                           exam_day=dt.date(2002, 6, 1)).value
    >>> c.required, c.missing
    (('王某',), ('王某',))
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    exam_day: dt.date
    required: tuple[Id, ...]
    examined: tuple[Id, ...]
    missing: tuple[Id, ...]
    referred: tuple[Id, ...]
    not_required: tuple[Id, ...]


class _ExamTexts:
    """Texts of cadres.computer_skills_exam (对45岁以下的干部普遍进行了计算机操作技能的考核、考试)."""

    scope = Say(
        "{on}时{limit}岁以下的干部{n}名应参加计算机操作技能考核、考试",
        "{n} cadre(s) under {limit} on {on} are to sit the computer-skills assessment or exam",
    )
    boundary = Say(
        "{items}恰为{limit}周岁,归入“{limit}岁以下”(本地解读),须参加",
        "{items} are exactly {limit}, read locally as under {limit}: they must sit it",
    )
    boundary_unset = Say(
        "{items}恰为{limit}周岁,本地未规定归入哪一组,提交研究",
        "{items} are exactly {limit} and the locality has not said which group that is: referred",
    )
    older = Say("{items}在{limit}岁以上,不要求参加", "{items} are over {limit}: not required")
    strangers = Say(
        "{items}不在干部名单中,其记录不计入", "{items} are not on the roster: not counted"
    )
    complete = Say(
        "{limit}岁以下的干部{n}名均有考核、考试记录",
        "All {n} cadre(s) under {limit} have an assessment or exam record",
    )
    gaps = Say(
        "{limit}岁以下的干部中{n}名无考核、考试记录:{names}",
        "{n} cadre(s) under {limit} have no assessment or exam record: {names}",
    )
    referred = Say(
        "{limit}岁以下的干部均有记录,{n}名恰为{limit}周岁者提交研究:{names}",
        "Every cadre under {limit} has a record; {n} of exactly {limit} referred: {names}",
    )


@rule(
    "cadres.computer_skills_exam",
    zh="对45岁以下的干部普遍进行计算机操作技能的考核、考试",
    en="Every cadre under 45 sits a computer-skills assessment or exam",
    document=S002,
    section=_SECTION,
    quote="在此基础上,我们对45岁以下的干部普遍进行了计算机操作技能的考核、考试",
    parameters=("cadres.computer_skills_age", "cadres.computer_skills_boundary_group"),
)
def computer_skills_exams(
    cadres: Iterable[CadreBirthDate],
    exams: Iterable[SkillsExam],
    *,
    exam_day: dt.date,
    policy: Policy | None = None,
) -> Decision[ExamCoverage]:
    """考核考试 — the cadres of the 45岁以下 group on ``exam_day`` without a record.

    Age is in full years (周岁) on ``exam_day``. The group is that of
    ``cadres.computer_skills``: below ``cadres.computer_skills_age`` a cadre
    must sit it; exactly at it, ``cadres.computer_skills_boundary_group`` says
    (default ``"full"``: must sit it; unset: referred); above, not required.
    Every record given counts (a make-up exam after the day too); records of
    people not on the roster do not. Outcome ``gaps`` (someone missing), else
    ``referred`` (someone of exactly the age while the reading is unset), else
    ``complete``. A cadre listed twice, or born after ``exam_day``, is a
    [`RecordError`][orgwork.errors.RecordError].

    >>> roster = [CadreBirthDate(cadre="甲", born=dt.date(1960, 5, 1)),
    ...           CadreBirthDate(cadre="乙", born=dt.date(1950, 5, 1))]
    >>> computer_skills_exams(roster, [SkillsExam(cadre="甲", on=dt.date(2002, 6, 1))],
    ...                       exam_day=dt.date(2002, 6, 1)).outcome
    'complete'
    """
    exam_day = as_date(exam_day, "exam_day")
    roster = sorted(as_models(CadreBirthDate, cadres, "cadres"), key=lambda c: c.cadre)
    check_unique((c.cadre for c in roster), "cadre")
    records = as_models(SkillsExam, exams, "exams")
    ctx = RuleContext(computer_skills_exams, policy, on=exam_day)
    limit = ctx.param("cadres.computer_skills_age")
    boundary = ctx.param("cadres.computer_skills_boundary_group")
    done = {r.cadre for r in records}
    required: list[str] = []
    referred: list[str] = []
    older: list[str] = []
    at_limit: list[str] = []
    for c in roster:
        age = age_on(c.born, exam_day)
        if age == limit:
            at_limit.append(c.cadre)
        if age == limit and boundary is None:
            referred.append(c.cadre)
        elif _requirement(age, limit, boundary) is SkillsRequirement.FULL:
            required.append(c.cadre)
        else:
            older.append(c.cadre)
    ctx.say(_ExamTexts.scope, on=day(exam_day), limit=limit, n=len(required))
    if boundary == "full":
        ctx.say_list(_ExamTexts.boundary, at_limit, limit=limit)
    ctx.say_list(_ExamTexts.boundary_unset, referred, limit=limit)
    ctx.say_list(_ExamTexts.older, older, limit=limit)
    ctx.say_list(_ExamTexts.strangers, sorted(done - {c.cadre for c in roster}))
    missing = tuple(c for c in required if c not in done)
    v = ExamCoverage(
        exam_day=exam_day,
        required=tuple(required),
        examined=tuple(c for c in required if c in done),
        missing=missing,
        referred=tuple(referred),
        not_required=tuple(older),
    )
    if missing:
        return ctx.decide(
            "gaps", v, _ExamTexts.gaps, limit=limit, n=len(missing), names=joined(missing)
        )
    if referred:
        return ctx.decide(
            "referred", v, _ExamTexts.referred, limit=limit, n=len(referred), names=joined(referred)
        )
    return ctx.decide("complete", v, _ExamTexts.complete, limit=limit, n=len(required))

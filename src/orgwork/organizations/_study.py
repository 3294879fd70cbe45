"""四学模式与学习制度 — which items of a year's study log are missing.

003's 四学模式: "实行“一周一次”集中学、“一月一荐”引导学、“一人一课”辅导学、
“一年一评”推动学" — collective study every week, a recommended reading every
month, a lesson by each person, an evaluation every year. These four are
the items checked by default (``organizations.study_items``). 002's
provincial department fixes a study topic for its central study group every
month (每月确定一个专题): a different unit's practice, so ``monthly_topic`` is
an opt-in item. 002's half-yearly report on the rules to the 部务会 is not a
study item; it is its own rule ([`rules_report_gaps`][orgwork.organizations.rules_report_gaps]).

Periods, stated precisely:

* **weeks** are ISO 8601 weeks (Monday to Sunday) of the ISO year equal to
  the log's year: week 1 is the week with the year's first Thursday, so it
  may begin in late December, and 1–3 January may belong to the previous
  year's last week. A year has 52 or 53 such weeks. A session counts for
  the ISO week its day falls in. Weeks may be excused (``exempt_weeks``,
  e.g. a holiday week, by the unit's decision); nothing is excused silently.
* **months** and the **year** are calendar months and the calendar year.
* **the study day**: 000 (第三篇) keeps a “周一学习日”, a Monday study day; 003's
  "一周一次" names no day. By default (``organizations.study_weekday`` unset) a
  session on any day of the week counts, as before. A locality that keeps a
  fixed study day sets it: a session then counts only on that day of its
  week. When that day is not a working day on the official calendar (a
  holiday), ``organizations.study_holiday_rule`` says what the week does:
  study on the next working day, be excused, or (the default, the seed
  being silent) be referred to the unit: listed in ``referred_weeks``,
  never counted as missing.
* "一人一课" gives no period; one lesson per member per year is the local
  default (``organizations.lessons_per_member_per_year``).

Only periods that have ended by the day of the check ``on`` are checked (a
week by its Sunday, a month by its last day, the year's own items by
31 December). To check the whole year, pass a day on or after the Sunday of
its last ISO week (which may fall in the next January); the check never
runs past that Sunday.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import enum
from collections import Counter

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from orgwork._args import as_date, as_year, check_unique
from orgwork._weekdays import WEEKDAY_NAMES, WEEKDAYS
from orgwork.calendar import Calendar, checked_calendar
from orgwork.decision import Decision, RuleContext, Say, Text, joined, sentence
from orgwork.errors import CalendarCoverageError, RecordError
from orgwork.ids import Id
from orgwork.organizations._common import S003
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = ["StudyEntry", "StudyGaps", "StudyItem", "StudyLog", "iso_weeks", "study_gaps"]


class StudyItem(enum.StrEnum):
    """学习记录事项 — a kind of study-log entry.

    >>> StudyItem.COLLECTIVE_STUDY.zh, StudyItem.PERSONAL_LESSON.zh
    ('集中学', '辅导学(一人一课)')
    """

    COLLECTIVE_STUDY = "collective_study"
    RECOMMENDED_READING = "recommended_reading"
    PERSONAL_LESSON = "personal_lesson"
    ANNUAL_EVALUATION = "annual_evaluation"
    MONTHLY_TOPIC = "monthly_topic"

    @property
    def zh(self) -> str:
        """The item's Chinese name."""
        return _ITEM_ZH[self]

    @property
    def en(self) -> str:
        """The item's English name."""
        return _ITEM_EN[self]


_ITEM_ZH = {
    StudyItem.COLLECTIVE_STUDY: "集中学",
    StudyItem.RECOMMENDED_READING: "引导学(推荐篇目)",
    StudyItem.PERSONAL_LESSON: "辅导学(一人一课)",
    StudyItem.ANNUAL_EVALUATION: "推动学(一年一评)",
    StudyItem.MONTHLY_TOPIC: "月度学习专题",
}
_ITEM_EN = {
    StudyItem.COLLECTIVE_STUDY: "collective study",
    StudyItem.RECOMMENDED_READING: "recommended reading",
    StudyItem.PERSONAL_LESSON: "personal lesson",
    StudyItem.ANNUAL_EVALUATION: "annual study evaluation",
    StudyItem.MONTHLY_TOPIC: "monthly study topic",
}


def iso_weeks(year: int) -> int:
    """The number of ISO weeks of ``year`` (52 or 53).

    >>> iso_weeks(2020), iso_weeks(2021)
    (53, 52)
    """
    return dt.date(as_year(year), 12, 28).isocalendar().week


def _week_end(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 7)


class StudyEntry(BaseModel):
    """一条学习记录 — one entry of a study log.

    ``person`` names who gave a personal lesson (required for that item).

    >>> StudyEntry(item="personal_lesson", on=dt.date(2011, 5, 6), person="周某").person
    '周某'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    item: StudyItem
    on: dt.date
    person: Id | None = Field(default=None, min_length=1)
    title: str | None = None

    @model_validator(mode="after")
    def _lesson_has_a_person(self) -> StudyEntry:
        if self.item is StudyItem.PERSONAL_LESSON and self.person is None:
            raise ValueError("person: a personal lesson names who gave it")
        return self


class StudyLog(BaseModel):
    """一年的学习记录 — a unit's study log for one year.

    >>> StudyLog(unit="机关", year=2011, members=("甲",)).entries
    ()
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: Id = Field(min_length=1)
    year: int = Field(ge=1949, le=2200)
    members: tuple[Id, ...] = ()
    entries: tuple[StudyEntry, ...] = ()
    exempt_weeks: tuple[int, ...] = Field(
        default=(), description="ISO weeks excused from collective study by the unit's decision."
    )

    @field_validator("members")
    @classmethod
    def _unique_members(cls, members: tuple[str, ...]) -> tuple[str, ...]:
        try:
            check_unique(members, "members")
        except RecordError as exc:  # a ValidationError of the field, naming the members
            raise ValueError(str(exc)) from None
        return members

    @model_validator(mode="after")
    def _weeks_exist(self) -> StudyLog:
        n = iso_weeks(self.year)
        bad = sorted({w for w in self.exempt_weeks if not 1 <= w <= n})
        if bad:
            raise ValueError(f"exempt_weeks: {self.year} has ISO weeks 1–{n}; not {bad}")
        return self


class StudyGaps(BaseModel):
    """学习制度缺项 — what a year's study log is missing (empty tuples: nothing missing).

    >>> v = study_gaps(StudyLog(unit="机关", year=2011), on=dt.date(2012, 1, 1)).value
    >>> len(v.missing_weeks), v.evaluation_missing, v.complete
    (52, True, False)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: Id
    year: int
    checked_through: dt.date
    items: tuple[StudyItem, ...] = Field(description="The items checked.")
    missing_weeks: tuple[int, ...] = Field(description="ISO weeks short of collective study.")
    referred_weeks: tuple[int, ...] = Field(
        default=(),
        description="ISO weeks whose study day is a holiday, referred to the unit "
        "(organizations.study_holiday_rule refer).",
    )
    missing_reading_months: tuple[int, ...]
    missing_topic_months: tuple[int, ...]
    members_without_lesson: tuple[str, ...]
    evaluation_missing: bool

    @property
    def complete(self) -> bool:
        """Whether nothing is missing and no week is referred."""
        return not (
            self.referred_weeks
            or self.missing_weeks
            or self.missing_reading_months
            or self.missing_topic_months
            or self.members_without_lesson
            or self.evaluation_missing
        )


class _StudyTexts:
    """Texts of organizations.study (四学模式)."""

    entries = Say("{item}{n}条", "{n} {item} entr(y/ies)")
    unchecked = Say(
        "{entries}不在检查事项内(organizations.study_items),不计入",
        "{entries}: not among the items checked (organizations.study_items)",
    )
    outside = Say(
        "{n}条记录不在{year}年内,不计入", "{n} entr(y/ies) fall outside {year} and do not count"
    )
    weekly = Say(
        "集中学每周{need}次:已检查第1–{last}周(周次按国际标准编号){excused}{missing}",
        "Collective study {need}/week: ISO weeks 1–{last} checked{excused}{missing}",
    )
    excused = Say(",免除第{weeks}周", ", weeks [{weeks}] excused")
    missing_weeks = Say(",缺第{weeks}周", "; missing weeks [{weeks}]")
    no_missing_week = Say(",无缺周", "; none missing")
    monthly = Say("{item}每月{need}次:{missing}", "{item} {need}/month: {missing}")
    month = Say("{m}月", "{m}")
    missing_months = Say("缺{months}", "missing months [{months}]")
    no_missing_month = Say("无缺月", "none missing")
    lessons = Say(
        "一人一课每人每年{need}次:{members}未完成",
        "Personal lessons {need}/member/year: not done by {members}",
    )
    all_lessons = Say(
        "一人一课每人每年{need}次:全员完成", "Personal lessons {need}/member/year: all done"
    )
    strangers = Say(
        "{items}不在成员名单中,其授课不计入",
        "{items} are not members: their lessons do not count",
    )
    evaluation = Say(
        "一年一评:全年{n}次,须{need}次", "Annual evaluation: {n} in the year, {need} required"
    )
    complete = Say(
        "{unit}{year}年学习制度落实到位(检查至{through})",
        "{unit}'s study in {year}: nothing missing (checked through {through})",
    )
    study_day = Say(
        "集中学固定在每周{weekday}(organizations.study_weekday),其他日子的{n}次集中学不计入",
        "Collective study is held on {weekday}s (organizations.study_weekday); {n} session(s) "
        "on other days do not count",
    )
    holiday = Say(
        "第{weeks}周的学习日为节假日:{how}",
        "Weeks [{weeks}]: the study day is a holiday; {how}",
    )
    clash = Say(
        "第{weeks}周的学习日为节假日,其后第一个工作日已到下一周的学习日,一次学习不能算作两周,"
        "提交单位研究",
        "Weeks [{weeks}]: the study day is a holiday and the next working day is already the "
        "next week's study day (or later); one session cannot count for two weeks: referred to "
        "the unit",
    )
    uncovered = Say(
        "第{weeks}周的学习日(或其后的工作日)不在工作日历覆盖的年份内,无法判断是否节假日,提交单位研究",
        "Weeks [{weeks}]: the study day (or the working day after it) falls in a year the "
        "working-day calendar does not cover, so whether it is a holiday is unknown; referred to "
        "the unit",
    )
    referred = Say(
        "{unit}{year}年学习制度无缺项,{n}周的学习日逢节假日,提交单位研究(检查至{through})",
        "{unit}'s study in {year}: nothing missing; {n} week(s) whose study day is a holiday "
        "are referred to the unit (checked through {through})",
    )
    gaps = Say(
        "{unit}{year}年学习制度有{n}项缺失(检查至{through})",
        "{unit}'s study in {year}: {n} item(s) missing (checked through {through})",
    )


#: The items as a reason begins with them (the English capitalised).
_ITEM_LABEL = {i: Text(zh=i.zh, en=sentence(i.en)) for i in StudyItem}
_NOTHING = Text(zh="", en="")


def _in_year(e: StudyEntry, year: int) -> bool:
    """Whether an entry counts for ``year``: its ISO year for collective study, else its year."""
    if e.item is StudyItem.COLLECTIVE_STUDY:
        return e.on.isocalendar().year == year
    return e.on.year == year


def _not_counted(ctx: RuleContext, lg: StudyLog, items: tuple[StudyItem, ...]) -> None:
    """Entries of items not checked, and entries outside the year, said and left out."""
    counted = Counter(e.item for e in lg.entries if e.item not in items)
    unchecked = [_StudyTexts.entries.text(item=i, n=counted[i]) for i in StudyItem if counted[i]]
    if unchecked:
        ctx.say(_StudyTexts.unchecked, entries=joined(unchecked, "、", "; "))
    outside = sum(1 for e in lg.entries if not _in_year(e, lg.year))
    if outside:
        ctx.say(_StudyTexts.outside, n=outside, year=lg.year)


_WEEKDAYS, _WEEKDAY_TEXT = WEEKDAYS, WEEKDAY_NAMES
_HOLIDAY_HOW = {
    "next_working_day": Text(zh="顺延至下一个工作日", en="study moves to the next working day"),
    "excused": Text(zh="该周免除", en="the week is excused"),
    "refer": Text(zh="提交单位研究", en="the week is referred to the unit"),
}


def _on_study_day(
    ctx: RuleContext,
    lg: StudyLog,
    weeks: list[int],
    need: int,
    cal: Calendar,
) -> tuple[Counter[int], list[int], list[int]]:
    """Sessions per week held on the week's study day; the holiday weeks excused or referred;
    and the weeks whose study day the calendar does not cover (referred whatever the rule).

    A session held on the study day counts even when that day is a holiday.
    A holiday study day short of ``need`` sessions: under ``next_working_day``
    the sessions of the next working day after it count too, unless that day
    is already the next week's study day or later (one session cannot count
    for two weeks: the week is referred, as an uncovered one is); under
    ``excused`` and ``refer`` the week is returned (excused, or referred).
    """
    weekday = ctx.parameters["organizations.study_weekday"]
    rule_name = ctx.param("organizations.study_holiday_rule")
    days = Counter(e.on for e in lg.entries if e.item is StudyItem.COLLECTIVE_STUDY)
    index = _WEEKDAYS.index(weekday) + 1
    counts: Counter[int] = Counter()
    holidays: list[int] = []
    used: set[dt.date] = set()
    unknown: list[int] = []  # a study day the calendar does not cover: a holiday or not?
    clash: list[int] = []  # a holiday whose next working day is the next week's study day
    for w in weeks:
        study = dt.date.fromisocalendar(lg.year, w, index)
        used.add(study)
        counts[w] = days[study]
        if counts[w] >= need:
            continue
        if not cal.covers(study):
            unknown.append(w)
            continue
        if cal.is_working_day(study):
            continue
        holidays.append(w)
        if rule_name == "next_working_day":
            try:
                moved = cal.next_working_day(study)
            except CalendarCoverageError:  # it would fall past the calendar
                holidays.remove(w)
                unknown.append(w)
                continue
            if moved >= study + dt.timedelta(days=7):  # the next week's own study day, or later
                holidays.remove(w)
                clash.append(w)
                continue
            used.add(moved)
            counts[w] += days[moved]
    covered = sorted(d for d in used if cal.covers(d))
    if covered:
        ctx.provisional = cal.is_provisional(covered[0], covered[-1])
    checked = set(weeks)
    off = sum(
        1
        for e in lg.entries
        if e.item is StudyItem.COLLECTIVE_STUDY
        and _in_year(e, lg.year)
        and e.on not in used
        and e.on.isocalendar().week in checked
    )
    ctx.say(_StudyTexts.study_day, weekday=_WEEKDAY_TEXT[weekday], n=off)
    if holidays:
        ctx.say(_StudyTexts.holiday, weeks=holidays, how=_HOLIDAY_HOW[rule_name])
    if unknown:
        ctx.say(_StudyTexts.uncovered, weeks=unknown)
    if clash:
        ctx.say(_StudyTexts.clash, weeks=clash)
    return counts, [] if rule_name == "next_working_day" else holidays, sorted(unknown + clash)


def _weekly(
    ctx: RuleContext, lg: StudyLog, through: dt.date, need: int, cal: Calendar
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """“一周一次”集中学 — the ISO weeks ended by ``through``, not excused, short of ``need``;
    and the weeks referred (a holiday study day under the ``refer`` rule)."""
    year = lg.year
    checked = [w for w in range(1, iso_weeks(year) + 1) if _week_end(year, w) <= through]
    exempt = set(lg.exempt_weeks)
    weekday = ctx.param("organizations.study_weekday")
    referred: tuple[int, ...] = ()
    if weekday is None:
        weeks = Counter(
            e.on.isocalendar().week
            for e in lg.entries
            if e.item is StudyItem.COLLECTIVE_STUDY and e.on.isocalendar().year == year
        )
    else:
        open_weeks = [w for w in checked if w not in exempt]
        weeks, holidays, unknown = _on_study_day(ctx, lg, open_weeks, need, cal)
        if ctx.parameters["organizations.study_holiday_rule"] == "refer":
            referred = tuple(sorted(holidays + unknown))
        else:
            referred = tuple(unknown)
        exempt |= set(holidays) | set(unknown)
    missing = tuple(w for w in checked if w not in exempt and weeks[w] < need)
    ctx.say(
        _StudyTexts.weekly,
        need=need,
        last=checked[-1] if checked else 0,
        excused=_StudyTexts.excused.text(weeks=sorted(exempt)) if exempt else _NOTHING,
        missing=_StudyTexts.missing_weeks.text(weeks=missing)
        if missing
        else _StudyTexts.no_missing_week.text(),
    )
    return missing, referred


def _monthly(
    ctx: RuleContext, lg: StudyLog, item: StudyItem, through: dt.date, need: int
) -> tuple[int, ...]:
    """“一月一荐”引导学 (and 002's 每月确定一个专题) — the months ended by ``through`` short of ``need``."""
    year = lg.year
    counts = Counter(e.on.month for e in lg.entries if e.item is item and e.on.year == year)
    ended = [
        m for m in range(1, 13) if dt.date(year, m, _calendar.monthrange(year, m)[1]) <= through
    ]
    missing = tuple(m for m in ended if counts[m] < need)
    months = [_StudyTexts.month.text(m=m) for m in missing]
    ctx.say(
        _StudyTexts.monthly,
        item=_ITEM_LABEL[item],
        need=need,
        missing=_StudyTexts.missing_months.text(months=months)
        if missing
        else _StudyTexts.no_missing_month.text(),
    )
    return missing


def _lessons(ctx: RuleContext, lg: StudyLog, need: int) -> tuple[str, ...]:
    """“一人一课”辅导学 — the members who gave fewer than ``need`` lessons in the year."""
    lessons = Counter(
        e.person for e in lg.entries if e.item is StudyItem.PERSONAL_LESSON and e.on.year == lg.year
    )
    without = tuple(m for m in lg.members if lessons[m] < need)
    if without:
        ctx.say(_StudyTexts.lessons, need=need, members=without)
    else:
        ctx.say(_StudyTexts.all_lessons, need=need)
    ctx.say_list(_StudyTexts.strangers, sorted({str(x) for x in lessons if x not in lg.members}))
    return without


def _evaluation(ctx: RuleContext, lg: StudyLog, need: int) -> bool:
    """“一年一评”推动学 — whether the year has fewer than ``need`` evaluations."""
    n = sum(1 for e in lg.entries if e.item is StudyItem.ANNUAL_EVALUATION and e.on.year == lg.year)
    ctx.say(_StudyTexts.evaluation, n=n, need=need)
    return n < need


def _decide_gaps(ctx: RuleContext, v: StudyGaps) -> Decision[StudyGaps]:
    """Complete, or how many items are missing (weeks, months, members, the evaluation)."""
    if v.complete:
        headline = _StudyTexts.complete.text(unit=v.unit, year=v.year, through=v.checked_through)
        return ctx.decide("complete", v, headline, subject=v.unit)
    values = {"unit": v.unit, "year": v.year, "through": v.checked_through}
    if not (v.missing_weeks or v.missing_reading_months or v.missing_topic_months) and not (
        v.members_without_lesson or v.evaluation_missing
    ):
        headline = _StudyTexts.referred.text(n=len(v.referred_weeks), **values)
        return ctx.decide("referred", v, headline, subject=v.unit)
    n = (
        len(v.missing_weeks)
        + len(v.missing_reading_months)
        + len(v.missing_topic_months)
        + len(v.members_without_lesson)
        + int(v.evaluation_missing)
    )
    headline = _StudyTexts.gaps.text(unit=v.unit, year=v.year, through=v.checked_through, n=n)
    return ctx.decide("gaps", v, headline, subject=v.unit)


@rule(
    "organizations.study",
    zh="四学模式:一周一次集中学、一月一荐引导学、一人一课辅导学、一年一评推动学"
    "(可选:002每月确定一个专题;000“周一学习日”固定学习日)",
    en="Study: collective study weekly, a recommended reading monthly, a lesson by each "
    "person, an evaluation yearly (optionally 002's monthly topic and 000's fixed study "
    "day, 周一学习日)",
    document=S003,
    section="提高机关干部能力素养 一是在学习中提高能力",
    quote="实行“一周一次”集中学、“一月一荐”引导学、“一人一课”辅导学、“一年一评”推动学",
    parameters=(
        "organizations.study_items",
        "organizations.collective_study_per_week",
        "organizations.recommended_readings_per_month",
        "organizations.lessons_per_member_per_year",
        "organizations.evaluations_per_year",
        "organizations.study_topics_per_month",
        "organizations.study_weekday",
        "organizations.study_holiday_rule",
    ),
)
def study_gaps(
    log: StudyLog,
    *,
    on: dt.date,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
) -> Decision[StudyGaps]:
    """学习制度落实情况 — the weekly, monthly, personal and yearly items a study log lacks.

    See the module docstring for the periods. Entries outside the log's
    year (or its ISO year, for collective study) are not counted and are
    mentioned in the reasons; so are lessons by people who are not members,
    and entries of items the policy does not check. With a fixed study day
    (``organizations.study_weekday``), holidays are read from ``calendar``
    (the official working-day calendar by default).

    >>> log = StudyLog(unit="组织部机关", year=2011, members=("甲", "乙"), entries=[
    ...     StudyEntry(item="collective_study", on=dt.date(2011, 1, 4)),
    ...     StudyEntry(item="personal_lesson", on=dt.date(2011, 1, 7), person="甲")])
    >>> d = study_gaps(log, on=dt.date(2011, 1, 16))
    >>> d.value.missing_weeks, d.value.members_without_lesson
    ((2,), ())
    """
    lg = StudyLog.model_validate(log)
    on = as_date(on, "on")
    cal = checked_calendar(calendar)  # read only with a fixed study day; a wrong one always refused
    year = lg.year
    year_end = dt.date(year, 12, 31)
    through = min(on, max(year_end, _week_end(year, iso_weeks(year))))
    ctx = RuleContext(study_gaps, policy, on=min(through, year_end))
    items = tuple(StudyItem(i) for i in ctx.param("organizations.study_items"))
    need_week = ctx.param("organizations.collective_study_per_week")
    need_reading = ctx.param("organizations.recommended_readings_per_month")
    need_lessons = ctx.param("organizations.lessons_per_member_per_year")
    need_evaluations = ctx.param("organizations.evaluations_per_year")
    need_topic = ctx.param("organizations.study_topics_per_month")
    _not_counted(ctx, lg, items)
    year_over = year_end <= through
    # 实行“一周一次”集中学、“一月一荐”引导学、“一人一课”辅导学、“一年一评”推动学
    weeks: tuple[int, ...] = ()
    referred: tuple[int, ...] = ()
    if StudyItem.COLLECTIVE_STUDY in items:
        weeks, referred = _weekly(ctx, lg, through, need_week, cal)
    reading: tuple[int, ...] = ()
    topic: tuple[int, ...] = ()
    if StudyItem.RECOMMENDED_READING in items:
        reading = _monthly(ctx, lg, StudyItem.RECOMMENDED_READING, through, need_reading)
    if StudyItem.MONTHLY_TOPIC in items:
        topic = _monthly(ctx, lg, StudyItem.MONTHLY_TOPIC, through, need_topic)
    without: tuple[str, ...] = ()
    if StudyItem.PERSONAL_LESSON in items and year_over:
        without = _lessons(ctx, lg, need_lessons)
    evaluation = False
    if StudyItem.ANNUAL_EVALUATION in items and year_over:
        evaluation = _evaluation(ctx, lg, need_evaluations)
    gaps = StudyGaps(
        unit=lg.unit,
        year=year,
        checked_through=through,
        items=items,
        missing_weeks=weeks,
        referred_weeks=referred,
        missing_reading_months=reading,
        missing_topic_months=topic,
        members_without_lesson=without,
        evaluation_missing=evaluation,
    )
    return _decide_gaps(ctx, gaps)

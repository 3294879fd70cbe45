"""任职 — the pre-appointment notice and the probation (党政领导干部选拔任用工作条例).

Of the 条例's chapter on appointment (任职), as read in its 2014 text (长城网's
2014-01-16 reprint of 新华网's 授权发布,
news.hebei.com.cn/system/2014/01/16/013175643_05.shtml; the 2019 revision's
text was not read here, and is not cited):

* [`pre_appointment_notice`][orgwork.selection.pre_appointment_notice] — 第四十一条 公示期不少于五个工作日:
  a notice's working days on the official working-day calendar, and the
  first day it may end (the same parameters as
  [`publicity_check`][orgwork.selection.publicity_check]);
* [`probation_period`][orgwork.selection.probation_period] — 第四十二条 试用期为一年: the day the
  probation ends, a calendar year on (29 February → 28 February), and
  whether the assessment at its end (试用期满后,经考核) is due on a given day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date
from orgwork.calendar import Calendar, checked_calendar
from orgwork.decision import Decision, RuleContext, Say, Text, day
from orgwork.errors import CalendarCoverageError
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = [
    "AppointmentNotice",
    "NoticeCheck",
    "ProbationCheck",
    "TrialAppointment",
    "pre_appointment_notice",
    "probation_period",
]

_RULES = "党政领导干部选拔任用工作条例"
_COPY = (
    "(2014年修订); copy read: 长城网 2014-01-16 reprint of 新华网's 授权发布, "
    "news.hebei.com.cn/system/2014/01/16/013175643_05.shtml; the 2019 revision was not read"
)


class AppointmentNotice(BaseModel):
    """任职前公示 — one candidate's notice: its first day and, once fixed, its last day.

    >>> AppointmentNotice(candidate="甲", start=dt.date(2024, 3, 4)).end is None
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    candidate: Id = Field(min_length=1)
    start: dt.date = Field(description="The first day of the notice.")
    end: dt.date | None = Field(default=None, description="The last day (unset: not yet fixed).")

    @model_validator(mode="after")
    def _ordered(self) -> AppointmentNotice:
        if self.end is not None and self.end < self.start:
            raise ValueError("end: the notice ends before it starts")
        return self


class NoticeCheck(BaseModel):
    """公示期检查结果 — the first day the notice may end, and (with an end day) its length."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    candidate: Id
    start: dt.date
    end: dt.date | None
    earliest_end: dt.date | None = Field(
        description="The first day the notice may end (None when that day falls in a year the "
        "working-day calendar does not cover, and the notice's own last day is covered)."
    )
    working_days: int | None = Field(description="Its working days (None without an end day).")
    sufficient: bool | None


#: How the first day of a notice is counted (selection.publicity_first_day_counts).
_FIRST_DAY = {
    True: Text(zh="起止日均计入", en="the first and the last day count"),
    False: Text(zh="首日不计入", en="the first day is not counted"),
}


class _NoticeTexts:
    """Texts of selection.pre_appointment_notice (公示期不少于五个工作日)."""

    earliest = Say(
        "{candidate}的任前公示自{start}开始({how}),不少于{need}个工作日,最早可于{earliest}结束",
        "{candidate}'s notice begins on {start} ({how}): at least {need} working days, so it "
        "may end on {earliest} at the earliest",
    )
    beyond = Say(
        "{candidate}的任前公示自{start}开始({how}),不少于{need}个工作日;最早可结束之日落在工作日历"
        "未覆盖的年份,无法确定",
        "{candidate}'s notice begins on {start} ({how}): at least {need} working days; the first "
        "day it may end falls in a year the working-day calendar does not cover, so it is unknown",
    )
    counted = Say("公示至{end},计{n}个工作日", "It runs to {end}: {n} working day(s)")
    planned = Say(
        "{candidate}的任前公示最早可于{earliest}结束",
        "{candidate}'s notice may end on {earliest} at the earliest",
    )
    meets = Say(
        "{candidate}的任前公示{n}个工作日,不少于{need}个工作日",
        "{candidate}'s notice lasted {n} working day(s), at least {need}",
    )
    short = Say(
        "{candidate}的任前公示只有{n}个工作日,少于{need}个工作日,最早应于{earliest}结束",
        "{candidate}'s notice lasted {n} working day(s), fewer than {need}: it could end on "
        "{earliest} at the earliest",
    )
    short_beyond = Say(
        "{candidate}的任前公示只有{n}个工作日,少于{need}个工作日",
        "{candidate}'s notice lasted {n} working day(s), fewer than {need}",
    )
    before_rule = Say(
        "{candidate}的任前公示始于{start},早于“公示期不少于五个工作日”的适用起始日{since},"
        "未按此检查,由组织部门按当时规定认定",
        "{candidate}'s notice began on {start}, before the five-working-day rule applies "
        "({since}): not checked against it; the department judges it by the rules then in force",
    )


@rule(
    "selection.pre_appointment_notice",
    zh="任前公示:公示期不少于五个工作日,给出最早可结束之日",
    en="The pre-appointment notice lasts at least five working days: the first day it may end",
    document=_RULES,
    section="第四十一条" + _COPY,
    quote="公示期不少于五个工作日",
    parameters=(
        "selection.publicity_working_days",
        "selection.publicity_rule_from",
        "selection.publicity_first_day_counts",
    ),
)
def pre_appointment_notice(
    notice: AppointmentNotice, *, policy: Policy | None = None, calendar: Calendar | None = None
) -> Decision[NoticeCheck | None]:
    """任前公示期 — the first day a notice may end and, given its last day, whether it is long enough.

    Working days are counted on the working-day ``calendar`` (the official
    one by default), the first day included unless
    ``selection.publicity_first_day_counts`` is off. Outcomes: ``"planned"``
    (no end day yet: the value gives the first day it may end), ``"meets"``,
    ``"short"``, and ``"not_in_force"`` (value None) for a notice begun before
    ``selection.publicity_rule_from``.

    A notice whose last day is given and covered by ``calendar`` is always
    decided: when the first day it could end falls in a year the calendar does
    not cover, ``earliest_end`` is None and a notice of fewer than five working
    days is ``"short"`` all the same. Counting a day the calendar does not
    cover (the last day given, or, with none given, the first day it may end)
    raises [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError]
    naming the year: nothing is guessed.

    >>> n = AppointmentNotice(candidate="甲", start=dt.date(2024, 9, 27))
    >>> pre_appointment_notice(n).value.earliest_end    # 国庆: 9-27, 9-29, 9-30, 10-8, 10-9
    datetime.date(2024, 10, 9)
    """
    n = AppointmentNotice.model_validate(notice)
    cal = checked_calendar(calendar)  # a wrong object is refused even when nothing is counted
    ctx = RuleContext(pre_appointment_notice, policy, on=n.start)
    since: dt.date = ctx.param("selection.publicity_rule_from")
    who: dict[str, Any] = {"subject": n.candidate, "candidate": n.candidate}
    if n.start < since:
        text = _NoticeTexts.before_rule
        return ctx.decide("not_in_force", None, text, start=day(n.start), since=day(since), **who)
    need: int = ctx.param("selection.publicity_working_days")
    first: bool = ctx.param("selection.publicity_first_day_counts")
    # the first day counts (when it is a working day) unless the locality says otherwise
    lead = 1 if first and cal.is_working_day(n.start) else 0
    shown: dict[str, Any] = {"start": day(n.start), "how": _FIRST_DAY[first], "need": need}
    earliest: dt.date | None = n.start
    if need > lead:
        try:
            earliest = cal.add_working_days(n.start, need - lead)
        except CalendarCoverageError:
            if n.end is None:
                raise  # nothing to decide without the year the calendar lacks
            earliest = None  # the notice's own days are counted below (an error if not covered)
    if earliest is None:
        ctx.say(_NoticeTexts.beyond, **shown, candidate=n.candidate)
    else:
        ctx.say(_NoticeTexts.earliest, earliest=day(earliest), **shown, candidate=n.candidate)
    if n.end is None:
        assert earliest is not None
        ctx.provisional = cal.is_provisional(n.start, earliest)
        v = NoticeCheck(
            candidate=n.candidate,
            start=n.start,
            end=None,
            earliest_end=earliest,
            working_days=None,
            sufficient=None,
        )
        return ctx.decide("planned", v, _NoticeTexts.planned, earliest=day(earliest), **who)
    days = lead + cal.working_days_between(n.start, n.end)
    ctx.provisional = cal.is_provisional(n.start, max(earliest or n.end, n.end))
    ctx.say(_NoticeTexts.counted, end=day(n.end), n=days)
    ok = days >= need
    v = NoticeCheck(
        candidate=n.candidate,
        start=n.start,
        end=n.end,
        earliest_end=earliest,
        working_days=days,
        sufficient=ok,
    )
    if ok:
        return ctx.decide("meets", v, _NoticeTexts.meets, n=days, need=need, **who)
    if earliest is None:
        return ctx.decide("short", v, _NoticeTexts.short_beyond, n=days, need=need, **who)
    text = _NoticeTexts.short
    return ctx.decide("short", v, text, n=days, need=need, earliest=day(earliest), **who)


class TrialAppointment(BaseModel):
    """任职试用 — a cadre's appointment on probation, from its first day.

    ``start`` is the day the probation runs from (the 条例 read does not say
    which day that is: the appointing body's decision or notice fixes it).

    >>> TrialAppointment(cadre="甲", post="县委组织部副部长", start=dt.date(2024, 2, 29)).post
    '县委组织部副部长'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id = Field(min_length=1)
    post: str | None = None
    start: dt.date = Field(description="The first day of the probation.")


class ProbationCheck(BaseModel):
    """试用期 — when a probation ends and (on a given day) whether its assessment is due."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id
    start: dt.date
    years: int
    ends_on: dt.date = Field(description="The day the probation is complete (满).")
    on: dt.date | None
    assessment_due: bool | None = Field(description="None when no day was given.")


class _ProbationTexts:
    """Texts of selection.probation_period (试用期为一年)."""

    term = Say(
        "试用期自{start}起{years}年(按日历年计算),于{end}期满",
        "The probation runs {years} calendar year(s) from {start}, complete on {end}",
    )
    leap = Say(
        "起算日为2月29日,期满之年没有对应日,以该月末日{end}为期满之日",
        "It began on 29 February; the year it ends has no such day, so it is complete on the "
        "month's last day, {end}",
    )
    ends = Say("{cadre}的试用期于{end}期满", "{cadre}'s probation is complete on {end}")
    due = Say(
        "{cadre}的试用期已于{end}期满,至{on}应进行试用期满考核",
        "{cadre}'s probation was complete on {end}: by {on} its assessment is due",
    )
    not_due = Say(
        "{cadre}的试用期至{end}期满,{on}尚未期满,试用期满考核未到期",
        "{cadre}'s probation is complete on {end}; on {on} it is not, so its assessment is not "
        "yet due",
    )


def _after_years(start: dt.date, years: int) -> dt.date:
    """``years`` calendar years after ``start`` (29 Feb → 28 Feb); a ValueError past 9999."""
    try:
        return start + relativedelta(years=years)
    except (OverflowError, ValueError):
        raise ValueError(
            f"appointment.start: {start} plus {years} year(s) is outside the dates Python can "
            "represent"
        ) from None


@rule(
    "selection.probation_period",
    zh="任职试用期为一年(按日历年计算),试用期满后经考核决定是否正式任职",
    en="The probation of an appointment lasts one calendar year; at its end the cadre is assessed",
    document=_RULES,
    section="第四十二条" + _COPY,
    quote="试用期为一年",
    parameters=("selection.probation_years",),
)
def probation_period(
    appointment: TrialAppointment, *, on: dt.date | None = None, policy: Policy | None = None
) -> Decision[ProbationCheck]:
    """试用期满 — the day a probation is complete, and whether its assessment is due on ``on``.

    A calendar year, never 365 days: from 2023-07-01 the probation is
    complete on 2024-07-01; from 2024-02-29, on 2025-02-28. The assessment
    (试用期满后,经考核) is due from that day. Outcomes: ``"ok"`` (no ``on``),
    ``"due"``, ``"not_due"``.

    >>> a = TrialAppointment(cadre="甲", start=dt.date(2024, 2, 29))
    >>> d = probation_period(a, on=dt.date(2025, 2, 28))
    >>> d.outcome, d.value.ends_on
    ('due', datetime.date(2025, 2, 28))
    """
    a = TrialAppointment.model_validate(appointment)
    when = None if on is None else as_date(on, "on")
    ctx = RuleContext(probation_period, policy, on=a.start)
    years: int = ctx.param("selection.probation_years")
    end = _after_years(a.start, years)
    ctx.say(_ProbationTexts.term, start=day(a.start), years=years, end=day(end))
    if (a.start.month, a.start.day) == (2, 29) and end.day != 29:
        ctx.say(_ProbationTexts.leap, end=day(end))
    due = None if when is None else when >= end
    v = ProbationCheck(
        cadre=a.cadre, start=a.start, years=years, ends_on=end, on=when, assessment_due=due
    )
    who: dict[str, Any] = {"subject": a.cadre, "cadre": a.cadre, "end": day(end)}
    if when is None:
        return ctx.decide("ok", v, _ProbationTexts.ends, **who)
    if due:
        return ctx.decide("due", v, _ProbationTexts.due, on=day(when), **who)
    return ctx.decide("not_due", v, _ProbationTexts.not_due, on=day(when), **who)

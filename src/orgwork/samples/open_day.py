"""组织部开放日示例 — the 云岭市 department's two open days of a year and their suggestions.

The sample department (云岭市委组织部) follows 长丰县's practice from seed
004: two open days a year, 30 publicly selected representatives, invitations
half a month ahead, the announcement a week ahead. The first open day of the
year meets every requirement; the second was announced only 5 days ahead.
Suggestions are answered on the spot or assigned to a named person and due
7 working days after the open day (肥西县); most are answered in time, one
of each open day late, and one still unanswered at the year's end.

:func:`build` gives the data of a year (deterministic, fictional);
:func:`section` runs every open-day rule on it and returns the report
section. The plan is checked against the policy's open-day requirements;
where the policy leaves them unset (the default: the seed's localities
differ), the section sets 长丰县's values as a clearly labelled sample
setting and says so in a note.

Examples:
    >>> sample = build(2025)
    >>> [d.held_on.month for d in sample.plan.days]
    [5, 10]
    >>> section(sample).key
    'open_day'
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from fractions import Fraction
from functools import partial
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

from orgwork.calendar import Calendar, official_calendar
from orgwork.decision import Decision, Text
from orgwork.errors import CalendarCoverageError, MissingParameterError
from orgwork.open_day import (
    CHANGFENG,
    OpenDay,
    OpenDayPlan,
    OpenDayPreset,
    Representative,
    RepresentativeGroup,
    Suggestion,
    SuggestionState,
    SuggestionStatus,
    check_plan,
    follow_up_deadline,
    suggestion_counts,
    suggestion_status,
)
from orgwork.policy import OpenDayPolicy, Policy, resolve
from orgwork.samples._report import Section
from orgwork.samples._town import TOWN

__all__ = ["FIRST_YEAR", "LAST_YEAR", "SAMPLE_PRESET", "OpenDaySample", "build", "section"]

#: The first and last years a sample can be built for (the working-day calendar's coverage).
FIRST_YEAR = 2004
LAST_YEAR = 2026

#: 示例设定 — the locality whose open-day requirements the sample plan is checked
#: against when the caller's policy leaves them unset.
SAMPLE_PRESET: OpenDayPreset = CHANGFENG

_DEPARTMENT = f"{TOWN.county}委组织部"

#: The open-day parameters that state a plan requirement (all but the follow-up limit and
#: the readings of 左右 and 半个月).
_REQUIREMENTS = (
    "days_per_year",
    "representatives",
    "representatives_approximate",
    "public_selection",
    "representative_groups",
    "invitation_lead",
    "invitation_lead_unit",
    "announcement_lead",
    "announcement_lead_unit",
    "electoral_units",
    "recommended_candidates",
)

#: 30 representatives from 长丰县's groups: 两代表一委员, grassroots members and cadres,
#: and petitioners on organization matters.
_GROUPS = (
    (RepresentativeGroup.PARTY_CONGRESS_DELEGATE, 4),
    (RepresentativeGroup.PEOPLES_CONGRESS_DEPUTY, 4),
    (RepresentativeGroup.CPPCC_MEMBER, 3),
    (RepresentativeGroup.GRASSROOTS_PARTY_MEMBER, 8),
    (RepresentativeGroup.GRASSROOTS_CADRE, 8),
    (RepresentativeGroup.PETITIONER, 3),
)

# (topic, assignee or None for answered on the spot, working days to the answer or None, adopted)
_Row = tuple[str, str | None, int | None, bool]

_FIRST: tuple[_Row, ...] = (
    ("建议公开选调生遴选考试成绩排名", None, None, False),
    ("询问大学生村官期满后的去向政策", None, None, False),
    ("建议村干部报酬与考核结果挂钩", "孔德勤", 5, True),
    ("反映外出流动党员参加组织生活难", "程海燕", 6, False),
    ("建议在部网站开设开放日专栏", "姚佳慧", 3, True),
    ("询问干部任前公示的范围和期限", None, None, False),
    ("建议增加基层党员代表参加评议的名额", "方志诚", 10, False),
    ("建议组工干部定期到村驻点", None, None, True),
    ("反映部分村党员活动室使用率低", "孔德勤", 7, False),
)
_SECOND: tuple[_Row, ...] = (
    ("建议公布年度发展党员计划", None, None, False),
    ("反映村“两委”换届后档案移交不规范", "孔德勤", 4, False),
    ("建议为离任村干部办理养老保险", "程海燕", 9, True),
    ("询问党代表工作室的接待时间", None, None, False),
    ("建议把信访户意见纳入干部考察", "邵启明", 6, True),
    ("反映组织关系网上转接系统操作复杂", "方志诚", None, False),
    ("建议开放日增加基层现场参观", None, None, True),
    ("建议定期通报开放日意见办理结果", "姚佳慧", 2, False),
)


class OpenDaySample(BaseModel):
    """开放日示例数据 — the sample department's open-day plan and suggestions of one year.

    ``on`` is the last day of the year: every status is read on it.

    Examples:
        >>> s = build(2024)
        >>> len(s.plan.days), len(s.suggestions), s.on
        (2, 17, datetime.date(2024, 12, 31))
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int
    department: str
    plan: OpenDayPlan
    suggestions: tuple[Suggestion, ...]
    on: dt.date


def _working_day_between(
    cal: Calendar, rng: random.Random, year: int, month: int, first: int, last: int
) -> dt.date:
    return rng.choice([d for d in cal.working_days_in(year, month) if first <= d.day <= last])


def _representatives(prefix: str) -> tuple[Representative, ...]:
    groups = [g for g, n in _GROUPS for _ in range(n)]
    return tuple(Representative(id=f"{prefix}-{i:02d}", group=g) for i, g in enumerate(groups, 1))


def _suggestions(
    prefix: str, held_on: dt.date, rows: tuple[_Row, ...], cal: Calendar
) -> tuple[Suggestion, ...]:
    return tuple(
        Suggestion(
            id=f"{prefix}{i:02d}",
            open_day=held_on,
            topic=topic,
            answered_on_spot=assignee is None,
            assignee=assignee,
            answered_on=None if after is None else cal.add_working_days(held_on, after),
            adopted=adopted,
        )
        for i, (topic, assignee, after, adopted) in enumerate(rows, 1)
    )


def build(year: int) -> OpenDaySample:
    """开放日示例数据 — the sample department's two open days of ``year`` and their suggestions.

    Deterministic (the dates are drawn with a generator seeded with
    ``year``) and fictional. The first open day (late May) is planned by
    the book; the second (late October) was announced only 5 days ahead.
    ``year`` must be within 2004–2026; any other year is a ValueError.

    Examples:
        >>> s = build(2025)
        >>> [(d.held_on - d.announced_on).days >= 7 for d in s.plan.days if d.announced_on]
        [True, False]
        >>> build(2003)
        Traceback (most recent call last):
        ...
        ValueError: the open-day sample covers 2004–2026, not 2003
    """
    if type(year) is not int or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"the open-day sample covers {FIRST_YEAR}–{LAST_YEAR}, not {year!r}")
    rng = random.Random(year)
    cal = official_calendar()
    first = _working_day_between(cal, rng, year, 5, 20, 29)
    second = _working_day_between(cal, rng, year, 10, 20, 30)
    days = (
        OpenDay(
            held_on=first,
            invitations_sent_on=first - dt.timedelta(days=rng.randint(16, 20)),
            announced_on=first - dt.timedelta(days=rng.randint(8, 10)),
            representatives=_representatives("R1"),
            publicly_selected=True,
        ),
        OpenDay(
            held_on=second,
            invitations_sent_on=second - dt.timedelta(days=17),
            announced_on=second - dt.timedelta(days=5),  # the violation: only 5 days ahead
            representatives=_representatives("R2"),
            publicly_selected=True,
        ),
    )
    return OpenDaySample(
        year=year,
        department=_DEPARTMENT,
        plan=OpenDayPlan(locality=TOWN.county, year=year, days=days),
        suggestions=(
            *_suggestions("A", first, _FIRST, cal),
            *_suggestions("B", second, _SECOND, cal),
        ),
        on=dt.date(year, 12, 31),
    )


# -- the section ----------------------------------------------------------------------


def _t(zh: str, en: str) -> Text:
    return Text(zh=zh, en=en)


def _zh(day: dt.date, year: int) -> str:
    """``3月6日`` within ``year``, ``2027年1月5日`` outside it."""
    return (
        f"{day.month}月{day.day}日" if day.year == year else f"{day.year}年{day.month}月{day.day}日"
    )


def _percent(rate: Fraction) -> str:
    """A rate as a percentage with one decimal, rounded half up (display only)."""
    tenths = (rate.numerator * 2000 + rate.denominator) // (2 * rate.denominator)
    return f"{tenths // 10}.{tenths % 10}%"


def _rate(rate: Fraction | None) -> str:
    if rate is None:
        return "—"
    return f"{rate.numerator}/{rate.denominator} ({_percent(rate)})"


T = TypeVar("T")


def _attempt(notes: list[Text], what: Text, run: Callable[[], T]) -> T | None:
    """``run()``; a calendar or parameter gap becomes a note saying what could not be decided."""
    try:
        return run()
    except CalendarCoverageError as exc:
        notes.append(
            _t(
                f"{what.zh}无法判定:期限落在{exc.year}年,工作日日历尚无{exc.year}年国务院放假安排"
                "(待公布后用 Calendar.with_file 补充)",
                f"{what.en} cannot be decided: the deadline falls in {exc.year}, which the "
                "working-day calendar does not cover yet (add the holiday notice with "
                "Calendar.with_file when it is published)",
            )
        )
    except MissingParameterError as exc:
        notes.append(
            _t(
                f"{what.zh}无法判定:参数 {exc.parameter} 未设定",
                f"{what.en} cannot be decided: {exc.parameter} is not set",
            )
        )
    return None


def _plan_policy(year: int, policy: Policy, notes: list[Text]) -> tuple[Policy, bool]:
    """The policy to check the plan with, and whether the sample preset was applied.

    The caller's policy when it sets any open-day requirement (it has chosen its
    locality's; what it leaves unset is reported as not checked); otherwise the
    sample preset's values, with a note saying so.
    """
    mine = resolve(policy, dt.date(year, 1, 1)).open_day
    default = OpenDayPolicy()
    if any(getattr(mine, name) != getattr(default, name) for name in _REQUIREMENTS):
        return policy, False
    shown = ", ".join(f"{k} = {_show(v)}" for k, v in SAMPLE_PRESET.values.items())
    notes.append(
        _t(
            f"示例设定:所用政策未设定开放日计划要求(材料中各地做法不同,没有通用默认值),"
            f"按{SAMPLE_PRESET.locality.zh}做法检查:{shown}",
            "Sample setting: the policy used sets no open-day plan requirement (the seed's "
            "localities differ and there is no common default), so the plan is checked against "
            f"{SAMPLE_PRESET.locality.en}'s practice: {shown}",
        )
    )
    return SAMPLE_PRESET.policy(policy), True


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def _late_zh(s: Suggestion, st: SuggestionState, year: int) -> str:
    due = f"应于{_zh(st.due, year)}前," if st.due else ""
    answered = f"{_zh(s.answered_on, year)}答复" if s.answered_on else "已答复"
    return f"{s.id}“{s.topic}”(承办人{s.assignee or '未指定'},{due}{answered})"


def _late_en(s: Suggestion, st: SuggestionState) -> str:
    return f"{s.id} (assignee {s.assignee or 'none'}, due {st.due}, answered {s.answered_on})"


def _overdue_zh(s: Suggestion, st: SuggestionState, year: int) -> str:
    if st.due is None:  # pragma: no cover - an overdue suggestion always has a due date
        return f"{s.id}“{s.topic}”"
    return (
        f"{s.id}“{s.topic}”(承办人{s.assignee or '未指定'},应于{_zh(st.due, year)}前答复,"
        f"至{_zh(st.on, year)}已超期{(st.on - st.due).days}天)"
    )


def _overdue_en(s: Suggestion, st: SuggestionState) -> str:
    days = (st.on - st.due).days if st.due else 0
    return f"{s.id} (assignee {s.assignee or 'none'}, due {st.due}, {days} days late as of {st.on})"


def section(sample: OpenDaySample, policy: Policy | None = None) -> Section:
    """开放日报告 — every open-day rule run on ``sample``, as the report's section.

    The summary states the open days held, the plan's violations of the
    requirements (长丰县's, as a sample setting, when the policy leaves them
    unset), the follow-up deadlines, the suggestions collected, adopted and
    answered, and which were answered late or are still overdue. Decisions:
    the plan check, the counts (all, then each open day), each open day's
    follow-up deadline, then every suggestion's status. A deadline the
    calendar cannot compute becomes a note.

    Examples:
        >>> s = section(build(2025))
        >>> s.decisions[0].outcome, [v.code for v in s.decisions[0].value]
        ('violations', ['announcement_late'])
        >>> s7 = section(build(2025), Policy.default().override({"open_day.follow_up_working_days": 10}))
        >>> s7.decisions[1].parameters["open_day.follow_up_working_days"]
        10
    """
    policy = policy or Policy.default()
    year, on = sample.year, sample.on
    summary: list[Text] = []
    notes: list[Text] = []

    # the plan
    plan_policy, preset_used = _plan_policy(year, policy, notes)
    plan = check_plan(sample.plan, policy=plan_policy)
    held = [d.held_on for d in sample.plan.days]
    reps = sorted({len(d.representatives) for d in sample.plan.days})
    summary.append(
        _t(
            f"{year}年{sample.department}举办开放日{len(held)}次:"
            + "、".join(_zh(d, year) for d in held)
            + f",每次代表{'、'.join(str(n) for n in reps)}名",
            f"In {year} {sample.department} held {len(held)} open day(s): "
            + ", ".join(str(d) for d in held)
            + f", with {', '.join(str(n) for n in reps)} representatives each",
        )
    )
    against_zh = (
        f"按{SAMPLE_PRESET.locality.zh}做法(示例设定)" if preset_used else "按所用政策的要求"
    )
    against_en = (
        f"against {SAMPLE_PRESET.locality.en}'s practice (sample setting)"
        if preset_used
        else "against the policy's requirements"
    )
    if plan.value:
        summary.append(
            _t(
                f"{against_zh}检查开放日计划:{len(plan.value)}处不符合要求——"
                + ";".join(
                    (_zh(v.held_on, year) + "开放日:" if v.held_on else "") + v.zh
                    for v in plan.value
                ),
                f"The open-day plan checked {against_en}: {len(plan.value)} violation(s): "
                + "; ".join((f"{v.held_on}: " if v.held_on else "") + v.en for v in plan.value),
            )
        )
    else:
        summary.append(
            _t(
                f"{against_zh}检查开放日计划:符合要求",
                f"The open-day plan checked {against_en}: it conforms",
            )
        )

    # follow-up deadlines
    deadlines: list[Decision[Any]] = []
    due_of: dict[dt.date, dt.date] = {}
    for day in held:
        d = _attempt(
            notes,
            _t(
                f"{_zh(day, year)}开放日意见建议的答复期限",
                f"The follow-up deadline of the {day} open day",
            ),
            partial(follow_up_deadline, day, policy=policy),
        )
        if d is not None:
            deadlines.append(d.model_copy(update={"subject": day.isoformat()}))
            due_of[day] = d.value
    if deadlines:
        follow = {
            day: [x.id for x in sample.suggestions if x.open_day == day and not x.answered_on_spot]
            for day in due_of
        }
        days_of = {
            dt.date.fromisoformat(str(d.subject)): d.parameters.get(
                "open_day.follow_up_working_days"
            )
            for d in deadlines
        }
        summary.append(
            _t(
                "不能当场答复的意见建议指定专人办理、限期答复:"
                + ";".join(
                    f"{_zh(k, year)}开放日{len(follow[k])}条({'、'.join(follow[k])}),"
                    f"开放日后{days_of[k]}个工作日内即{_zh(v, year)}前答复"
                    for k, v in due_of.items()
                ),
                "Suggestions not answered on the spot are assigned and answered within a limit: "
                + "; ".join(
                    f"{len(follow[k])} from the {k} open day ({', '.join(follow[k])}), due "
                    f"{days_of[k]} working days after it, by {v}"
                    for k, v in due_of.items()
                ),
            )
        )

    # suggestions
    statuses: list[Decision[SuggestionState]] = []
    known: list[Suggestion] = []
    uncovered: dict[int, list[str]] = {}
    for sug in sample.suggestions:
        try:
            statuses.append(suggestion_status(sug, on=on, policy=policy))
        except CalendarCoverageError as exc:
            uncovered.setdefault(exc.year, []).append(sug.id)
            continue
        known.append(sug)
    for missing_year, ids in uncovered.items():
        notes.append(
            _t(
                f"意见建议{'、'.join(ids)}的答复期限落在{missing_year}年,工作日日历尚无{missing_year}年"
                "国务院放假安排,无法判定是否按期答复,未计入统计(待公布后用 Calendar.with_file 补充)",
                f"Suggestions {', '.join(ids)}: the follow-up deadline falls in {missing_year}, which "
                f"the working-day calendar does not cover yet (no {missing_year} holiday notice), so "
                "whether they were answered in time cannot be decided; they are left out of the "
                "counts (add the notice with Calendar.with_file when it is published)",
            )
        )
    counts = suggestion_counts(known, on=on, policy=policy).model_copy(update={"subject": "all"})
    per_day = [
        suggestion_counts([x for x in known if x.open_day == day], on=on, policy=policy).model_copy(
            update={"subject": day.isoformat()}
        )
        for day in held
    ]
    c = counts.value
    left_out = len(sample.suggestions) - len(known)
    collected = [sum(1 for x in sample.suggestions if x.open_day == day) for day in held]
    adopted = sum(1 for x in sample.suggestions if x.adopted)
    decided_zh = f";其中{c.collected}条可判定" if left_out else ""
    decided_en = f"; of the {c.collected} that can be decided" if left_out else ""
    summary.append(
        _t(
            f"共收集意见建议{len(sample.suggestions)}条("
            + "、".join(f"{_zh(d, year)}{n}条" for d, n in zip(held, collected, strict=True))
            + f"),采纳{adopted}条{decided_zh}:已答复{c.answered}条(当场答复{c.answered_on_spot}条,"
            f"按期答复{c.answered_on_time}条,超期答复{c.answered_late}条),截至{_zh(on, year)}"
            f"办理中{c.open}条,超期未答复{c.overdue}条;按期答复率{_rate(c.on_time_rate)}"
            + (f";另有{left_out}条无法判定是否按期答复(见注)" if left_out else ""),
            f"{len(sample.suggestions)} suggestions collected ("
            + ", ".join(f"{n} on {d}" for d, n in zip(held, collected, strict=True))
            + f"), {adopted} adopted{decided_en}: {c.answered} answered ({c.answered_on_spot} on "
            f"the spot, {c.answered_on_time} on time, {c.answered_late} late), and as of {on} "
            f"{c.open} open and {c.overdue} overdue; on-time rate {_rate(c.on_time_rate)}"
            + (
                f"; {left_out} more cannot be decided on time or late (see the notes)"
                if left_out
                else ""
            ),
        )
    )
    by_id = {x.id: x for x in known}
    late = [
        (by_id[d.value.suggestion], d.value)
        for d in statuses
        if d.value.status is SuggestionStatus.ANSWERED_LATE
    ]
    overdue = [
        (by_id[d.value.suggestion], d.value)
        for d in statuses
        if d.value.status is SuggestionStatus.OVERDUE
    ]
    if late:
        summary.append(
            _t(
                "超期答复:" + "、".join(_late_zh(x, st, year) for x, st in late),
                "Answered late: " + "; ".join(_late_en(x, st) for x, st in late),
            )
        )
    if overdue:
        summary.append(
            _t(
                "超期未答复:" + "、".join(_overdue_zh(x, st, year) for x, st in overdue),
                "Overdue: " + "; ".join(_overdue_en(x, st) for x, st in overdue),
            )
        )
    elif c.collected:
        summary.append(
            _t("年末没有超期未答复的意见建议", "No suggestion is overdue at the year's end")
        )
    return Section(
        key="open_day",
        title=_t(
            f"组织部开放日({sample.department},{year}年)",
            f"Open days of the organization department ({sample.department}, {year})",
        ),
        summary=tuple(summary),
        decisions=(plan, counts, *per_day, *deadlines, *statuses),
        notes=tuple(notes),
    )

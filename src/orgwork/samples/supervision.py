"""组工干部监督示例 — a year of the 云岭市 organization department under the public's supervision.

The department of the sample county-level city 云岭市 (head 宋思远; deputy
head 韩晓东 handles letters and visits, seed 000 第五篇) over one calendar
year: letters, calls, visits and mailbox complaints, each due within 15
working days, most answered on time, a few late, two still unanswered past
their limit and two received in the last days of December; the head's
reception day on the 15th of every month; the leaders' half-yearly visits
to every township and city unit (one unit missed in the second half); two
public evaluations (开门评部) and the rectification ledger of the first; two
accountability findings; the year's volunteer supervisors and their
requests to meet the head.

:func:`build` gives the data of a year (deterministic, fictional);
:func:`section` runs every supervision rule on it and returns the report
section. Dates past the working-day calendar's coverage (a letter received
in late December 2026, due in 2027) and the parameter the seed leaves open
(``supervision.meeting_working_days``) become notes, never errors.

Examples:
    >>> sample = build(2025)
    >>> sample.department, sample.head, sample.deputy_head_letters
    ('云岭市委组织部', '宋思远', '韩晓东')
    >>> s = section(sample)
    >>> s.key, len(s.summary) > 5
    ('supervision', True)
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from fractions import Fraction
from functools import partial
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from orgwork.calendar import Calendar, official_calendar
from orgwork.decision import Decision, Text
from orgwork.errors import CalendarCoverageError, MissingParameterError
from orgwork.policy import Policy, resolve
from orgwork.samples._report import Section
from orgwork.samples._town import TOWN
from orgwork.supervision import (
    Appointment,
    Background,
    Candidate,
    Case,
    CaseState,
    CaseStatus,
    Channel,
    Closed,
    EvaluationGroup,
    EvaluationRound,
    Finding,
    Quality,
    RectificationLedger,
    Severity,
    SupervisorKind,
    Unit,
    UnitKind,
    Visit,
    VisitForm,
    accountability_measure,
    case_status,
    case_summary,
    check_evaluation_round,
    closing_check,
    evaluation_coverage,
    ledger_summary,
    meeting_deadline,
    overdue_items,
    reception_days,
    reply_deadline,
    supervisor_eligibility,
    supervisor_term,
    visit_coverage,
)

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "SAMPLE_MEETING_WORKING_DAYS",
    "MeetingRequest",
    "Nomination",
    "SupervisionSample",
    "build",
    "section",
]

#: The first and last years a sample can be built for (the working-day calendar's coverage).
FIRST_YEAR = 2004
LAST_YEAR = 2026

#: 示例设定 — the working days the sample gives the head to meet a supervisor who asked,
#: used only when the caller's policy leaves ``supervision.meeting_working_days`` unset
#: (the seed says only 及时, promptly).
SAMPLE_MEETING_WORKING_DAYS = 3

_DEPARTMENT = f"{TOWN.county}委组织部"
_HANDLERS = (TOWN.deputy_head_letters, "方志诚", "唐雨萱")
_LEADERS = (TOWN.department_head, "罗建平", TOWN.deputy_head_letters)

_CHANNEL_TEXT = {
    Channel.LETTER: ("来信", "letter"),
    Channel.CALL: ("举报电话", "call"),
    Channel.VISIT: ("来访", "visit"),
    Channel.MAILBOX: ("投诉信箱", "mailbox"),
}

_GROUP_EN = {
    EvaluationGroup.SUPERVISORS: "the volunteer supervisors",
    EvaluationGroup.PEOPLES_CONGRESS: "the people's congress",
    EvaluationGroup.CPPCC: "the CPPCC",
    EvaluationGroup.DISCIPLINE_INSPECTION: "discipline inspection",
    EvaluationGroup.PETITION_OFFICE: "the petition (letters and visits) office",
    EvaluationGroup.OTHER: "other departments",
}

_TOPICS = (
    "反映村党组织换届选举程序问题",
    "咨询选调生报考条件",
    "反映干部任前公示期间收集的意见未见回复",
    "反映流动党员组织关系转接困难",
    "举报某干部档案出生日期前后不一",
    "建议提高村干部基本报酬",
    "咨询离任村干部生活补助政策",
    "反映发展党员程序不规范",
    "反映驻村干部长期不在岗",
    "建议公开党费使用情况",
)


class Nomination(BaseModel):
    """义务监督员推荐 — a candidate recommended for one kind of volunteer supervisor."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    candidate: Candidate
    kind: SupervisorKind


class MeetingRequest(BaseModel):
    """约见部长 — a supervisor's request to meet the head, and the day the head met them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    supervisor: str = Field(min_length=1)
    requested_on: dt.date
    met_on: dt.date | None = None
    topic: str = ""


class SupervisionSample(BaseModel):
    """组工干部监督示例数据 — one year of the sample department's supervision records.

    ``on`` is the last day of the year: every status is read on it.

    Examples:
        >>> s = build(2024)
        >>> s.year, s.on, len(s.units)
        (2024, datetime.date(2024, 12, 31), 13)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int
    department: str
    head: str
    deputy_head_letters: str
    handlers: tuple[str, ...]
    on: dt.date
    cases: tuple[Case, ...]
    units: tuple[Unit, ...]
    visits: tuple[Visit, ...]
    rounds: tuple[EvaluationRound, ...]
    ledger: RectificationLedger
    findings: tuple[Finding, ...]
    nominations: tuple[Nomination, ...]
    appointments: tuple[Appointment, ...]
    meetings: tuple[MeetingRequest, ...]


# -- the data -------------------------------------------------------------------------


def _on_or_after(cal: Calendar, day: dt.date) -> dt.date:
    """``day`` if it is a working day, else the next working day."""
    return day if cal.is_working_day(day) else cal.next_working_day(day)


def _working_days(
    cal: Calendar, year: int, month: int, first: int = 1, last: int = 31
) -> list[dt.date]:
    return [d for d in cal.working_days_in(year, month) if first <= d.day <= last]


def _cases(year: int, rng: random.Random, cal: Calendar) -> tuple[Case, ...]:
    # (received_on, channel, working days to the reply or None, handler or None, topic)
    raw: list[tuple[dt.date, Channel, int | None, str | None]] = []
    for month in range(1, 13):
        days = _working_days(cal, year, month, last=10 if month == 12 else 31)
        for _ in range(rng.choice((1, 2))):
            raw.append((rng.choice(days), Channel.LETTER, rng.randint(3, 13), None))
        if rng.random() < 0.5:
            raw.append((rng.choice(days), Channel.CALL, rng.randint(2, 10), None))
        if rng.random() < 0.4:
            raw.append((rng.choice(days), Channel.MAILBOX, rng.randint(4, 13), None))
        if month in (3, 9) or rng.random() < 0.5:  # visitors at the head's reception day
            raw.append((dt.date(year, month, 15), Channel.VISIT, rng.randint(3, 12), None))
    # answered late: three cases between February and October, 17 to 22 working days
    for month in sorted(rng.sample(range(2, 11), 3)):
        raw.append(
            (rng.choice(_working_days(cal, year, month)), Channel.LETTER, rng.randint(17, 22), None)
        )
    # still unanswered at the year's end, past their limit
    raw.append((rng.choice(_working_days(cal, year, 9, 8, 25)), Channel.LETTER, None, "方志诚"))
    raw.append((rng.choice(_working_days(cal, year, 11, 2, 14)), Channel.CALL, None, "唐雨萱"))
    # received in the last days of December: open at the year's end
    last_days = cal.working_days_in(year, 12)[-6:]
    for day, channel in zip(
        sorted(rng.sample(last_days, 2)), (Channel.LETTER, Channel.MAILBOX), strict=True
    ):
        raw.append((day, channel, None, None))

    order = {c: i for i, c in enumerate(Channel)}
    raw.sort(key=lambda r: (r[0], order[r[1]], r[2] is None, r[2] or 0))
    out = []
    for i, (received, channel, reply_after, handler) in enumerate(raw, start=1):
        who = handler or (
            TOWN.deputy_head_letters if channel is Channel.VISIT else rng.choice(_HANDLERS)
        )
        out.append(
            Case(
                id=f"XF{year}-{i:03d}",
                channel=channel,
                received_on=received,
                assigned_on=_on_or_after(cal, received),
                handler=who,
                replied_on=None
                if reply_after is None
                else cal.add_working_days(received, reply_after),
                summary=rng.choice(_TOPICS),
            )
        )
    return tuple(out)


_TOWNSHIPS = ("青石镇", "白沙镇", "柳河乡", "云台镇", "桂花乡", "龙潭镇")
_CITY_UNITS = ("财政局", "教育局", "民政局", "公安局", "水利局", "统计局")
#: The city unit the leaders did not visit in the second half year.
_MISSED_UNIT = "C05"


def _units() -> tuple[Unit, ...]:
    towns = [
        Unit(id=f"T{i:02d}", name=n, kind=UnitKind.TOWNSHIP) for i, n in enumerate(_TOWNSHIPS, 1)
    ]
    city = [
        Unit(
            id=f"C{i:02d}",
            name=f"{TOWN.county}{n}",
            kind=UnitKind.COUNTY_UNIT,
            deputy_section_or_above=True,
        )
        for i, n in enumerate(_CITY_UNITS, 1)
    ]
    city.append(
        Unit(
            id="C07",
            name=f"{TOWN.county}地方志办公室",
            kind=UnitKind.COUNTY_UNIT,
            deputy_section_or_above=False,
        )
    )
    return (*towns, *city)


def _visits(
    year: int, rng: random.Random, cal: Calendar, units: Sequence[Unit]
) -> tuple[Visit, ...]:
    forms = tuple(VisitForm)
    out = []
    for half, months in ((1, (3, 4, 5, 6)), (2, (9, 10, 11))):
        for k, unit in enumerate(u for u in units if u.in_scope):
            if half == 2 and unit.id == _MISSED_UNIT:
                continue
            day = rng.choice(_working_days(cal, year, rng.choice(months)))
            out.append(
                Visit(unit=unit.id, on=day, leader=_LEADERS[k % 3], form=forms[(k + half) % 3])
            )
    return tuple(sorted(out, key=lambda v: (v.on, v.unit)))


def _ledger(year: int, cal: Calendar, r1: dt.date, r2: dt.date) -> RectificationLedger:
    h1, h2 = f"{year}-H1", f"{year}-H2"
    next_day = cal.next_working_day(r1)
    items = (
        (
            "ZG01",
            "干部选拔任用",
            "干部任前公示内容过于简略,群众难以监督",
            "邵启明",
            dt.date(year, 9, 30),
        ),
        ("ZG02", "作风建设", "办事群众反映窗口接待等候时间长", "姚佳慧", dt.date(year, 8, 31)),
        ("ZG03", "党员教育管理", "流动党员组织关系转接手续繁琐", "孔德勤", dt.date(year, 10, 31)),
        (
            "ZG04",
            "基层组织建设",
            "村级后备干部培养缺少跟踪管理",
            "程海燕",
            dt.date(year + 1, 3, 31),
        ),
        ("ZG05", "部务公开", "部务公开栏更新不及时", "姚佳慧", dt.date(year, 7, 31)),
    )
    ledger = RectificationLedger()
    for item, category, description, _, _ in items:
        ledger = ledger.open(item, on=r1, category=category, description=description, round=h1)
    for item, _, _, person, deadline in items:
        ledger = ledger.assign(item, person, on=next_day).set_deadline(item, deadline, on=next_day)
    ledger = (
        ledger.publish_result(
            "ZG05",
            "部务公开栏改为每月5日前更新,并同步到党建网站",
            on=_on_or_after(cal, dt.date(year, 7, 20)),
        )
        .publish_result(
            "ZG01", "任前公示增加主要工作经历和考察情况", on=_on_or_after(cal, dt.date(year, 9, 15))
        )
        .publish_result(
            "ZG03",
            "组织关系转接材料由5项减为3项,可网上办理",
            on=_on_or_after(cal, dt.date(year, 10, 20)),
        )
        .raise_open_items(round=h2, on=r2)
        .record_satisfaction(
            "ZG01", satisfied=True, basis="评议会满意度测评,满意率92%", round=h2, on=r2
        )
        .record_satisfaction(
            "ZG05", satisfied=True, basis="评议会满意度测评,满意率95%", round=h2, on=r2
        )
        .record_satisfaction(
            "ZG03",
            satisfied=False,
            basis="评议会满意度测评,满意率61%,代表认为转接仍需往返多次",
            round=h2,
            on=r2,
        )
        .open(
            "ZG06",
            on=r2,
            category="干部监督",
            description="群众来信办理进度无处查询",
            round=h2,
        )
    )
    closing = cal.next_working_day(r2)
    return ledger.close("ZG01", on=closing).close("ZG05", on=closing)


def _rounds(year: int, r1: dt.date, r2: dt.date) -> tuple[EvaluationRound, ...]:
    everyone = (
        EvaluationGroup.SUPERVISORS,
        EvaluationGroup.PEOPLES_CONGRESS,
        EvaluationGroup.CPPCC,
        EvaluationGroup.DISCIPLINE_INSPECTION,
        EvaluationGroup.PETITION_OFFICE,
        EvaluationGroup.OTHER,
    )
    return (
        EvaluationRound(
            id=f"{year}-H1",
            held_on=r1,
            groups=everyone,
            briefing_given=True,
            questions_raised=6,
            questions_answered=6,
        ),
        EvaluationRound(
            id=f"{year}-H2",
            held_on=r2,
            groups=tuple(g for g in everyone if g is not EvaluationGroup.PETITION_OFFICE),
            briefing_given=True,
            questions_raised=5,
            questions_answered=5,
        ),
    )


def _supervisors(
    year: int, cal: Calendar
) -> tuple[tuple[Nomination, ...], tuple[Appointment, ...], tuple[MeetingRequest, ...]]:
    recommended = _on_or_after(cal, dt.date(year, 2, 20))
    appointed = _on_or_after(cal, dt.date(year, 3, 1))
    conduct = (Quality.POLITICAL_QUALITY, Quality.PARTICIPATION, Quality.PRESTIGE)
    people = (
        (
            "严永福",
            (Background.RETIRED_CADRE,),
            "青石镇",
            conduct,
            SupervisorKind.DEPARTMENT_CONDUCT,
        ),
        (
            "潘秀英",
            (Background.PEOPLES_CONGRESS_DEPUTY,),
            "白沙镇",
            conduct,
            SupervisorKind.DEPARTMENT_CONDUCT,
        ),
        (
            "蒋国栋",
            (Background.LEADING_CADRE,),
            f"{TOWN.county}教育局",
            (Quality.INFLUENCE,),
            SupervisorKind.CADRE_WORK,
        ),
        # recommended as a cadre-work supervisor, but an ordinary member of the public
        ("谢春燕", (Background.ORDINARY_PUBLIC,), "柳河乡", conduct, SupervisorKind.CADRE_WORK),
    )
    nominations = tuple(
        Nomination(
            candidate=Candidate(
                name=name,
                backgrounds=backgrounds,
                recommended_by=by,
                recommended_on=recommended,
                qualities=frozenset(qualities),
            ),
            kind=kind,
        )
        for name, backgrounds, by, qualities, kind in people
    )
    appointments = tuple(
        Appointment(name=n.candidate.name, kind=n.kind, appointed_on=appointed)
        for n in nominations
        if n.candidate.name != "谢春燕"
    )
    april = _on_or_after(cal, dt.date(year, 4, 8))
    september = _on_or_after(cal, dt.date(year, 9, 9))
    meetings = (
        MeetingRequest(
            supervisor="严永福",
            requested_on=april,
            met_on=cal.add_working_days(april, 2),
            topic="反映某乡镇考察干部时谈话范围过窄",
        ),
        MeetingRequest(
            supervisor="潘秀英",
            requested_on=september,
            met_on=cal.add_working_days(september, 6),
            topic="反映窗口接待等候时间仍然较长",
        ),
    )
    return nominations, appointments, meetings


def build(year: int) -> SupervisionSample:
    """组工干部监督示例数据 — the sample department's supervision records of ``year``.

    Deterministic (every random choice is seeded with ``year``) and
    fictional. ``year`` must be within the working-day calendar's coverage,
    2004–2026; any other year is a ValueError.

    Examples:
        >>> s = build(2025)
        >>> len(s.cases) > 30, s.ledger.item("ZG01").is_closed
        (True, True)
        >>> build(2027)
        Traceback (most recent call last):
        ...
        ValueError: the supervision sample covers 2004–2026, not 2027
    """
    if type(year) is not int or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"the supervision sample covers {FIRST_YEAR}–{LAST_YEAR}, not {year!r}")
    rng = random.Random(year)
    cal = official_calendar()
    units = _units()
    r1 = _on_or_after(cal, dt.date(year, 6, rng.randint(18, 24)))
    r2 = _on_or_after(cal, dt.date(year, 12, rng.randint(15, 18)))
    nominations, appointments, meetings = _supervisors(year, cal)
    first_finding = cal.add_working_days(r1, 10)
    return SupervisionSample(
        year=year,
        department=_DEPARTMENT,
        head=TOWN.department_head,
        deputy_head_letters=TOWN.deputy_head_letters,
        handlers=_HANDLERS,
        on=dt.date(year, 12, 31),
        cases=_cases(year, rng, cal),
        units=units,
        visits=_visits(year, rng, cal, units),
        rounds=_rounds(year, r1, r2),
        ledger=_ledger(year, cal, r1, r2),
        findings=(
            Finding(
                person="陶文斌",
                severity=Severity.MINOR,
                public_trust=True,
                found_on=first_finding,
                description="接待来访群众态度生硬,评议会上被代表质询",
            ),
            Finding(
                person="钟立平",
                severity=Severity.MAJOR,
                public_trust=True,
                found_on=first_finding,
                description="考察干部时谈话范围过窄,遗漏群众反映的问题",
            ),
        ),
        nominations=nominations,
        appointments=appointments,
        meetings=meetings,
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


def _rate(rate: Fraction | None) -> tuple[str, str]:
    if rate is None:
        return "无从计算(尚无到期案件)", "undefined (no case due yet)"
    shown = f"{rate.numerator}/{rate.denominator}({_percent(rate)})"
    return shown, f"{rate.numerator}/{rate.denominator} ({_percent(rate)})"


T = TypeVar("T")


def _attempt(notes: list[Text], what: Text, run: Callable[[], T]) -> T | None:
    """``run()``; a calendar or parameter gap becomes a note saying what could not be decided."""
    try:
        return run()
    except CalendarCoverageError as exc:
        notes.append(
            _t(
                f"{what.zh}无法判定:工作日日历尚无{exc.year}年国务院放假安排(待公布后用 Calendar.with_file 补充)",
                f"{what.en} cannot be decided: the working-day calendar has no {exc.year} "
                "holiday notice yet (add it with Calendar.with_file when it is published)",
            )
        )
    except MissingParameterError as exc:
        notes.append(
            _t(
                f"{what.zh}无法判定:参数 {exc.parameter} 未设定,材料未给出数值",
                f"{what.en} cannot be decided: {exc.parameter} is not set and the seed gives "
                "no number",
            )
        )
    return None


def _cases_part(
    sample: SupervisionSample, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    year, on = sample.year, sample.on
    covered: list[Case] = []
    states: list[Decision[CaseState]] = []
    deadline_of: dict[str, Decision[dt.date]] = {}
    for case in sample.cases:
        ch_zh, ch_en = _CHANNEL_TEXT[case.channel]
        try:
            deadline_of[case.id] = reply_deadline(case.received_on, policy=policy)
        except CalendarCoverageError as exc:
            notes.append(
                _t(
                    f"{case.id}({ch_zh},{_zh(case.received_on, year)}收到,承办人{case.handler}):"
                    f"答复期限落在{exc.year}年,工作日日历尚无{exc.year}年国务院放假安排,无法计算期限,"
                    "未计入按期答复率;待放假安排公布后用 Calendar.with_file 补充",
                    f"{case.id} ({ch_en}, received {case.received_on}, handler {case.handler}): its "
                    f"reply deadline falls in {exc.year}, which the working-day calendar does not "
                    f"cover yet (no {exc.year} holiday notice); no deadline is computed and the case "
                    "is left out of the on-time rate. Add the notice with Calendar.with_file",
                )
            )
            continue
        covered.append(case)
        states.append(case_status(case, on=on, policy=policy))
    overall = case_summary(covered, on=on, policy=policy)[0]
    by_handler = case_summary(covered, on=on, by="handler", policy=policy)
    s = overall.value
    channels = {c: sum(1 for x in sample.cases if x.channel is c) for c in Channel}
    rz, ren = _rate(s.on_time_rate)
    uncovered = len(sample.cases) - len(covered)
    summary.append(
        _t(
            f"{year}年{sample.department}共收到群众来信来访{len(sample.cases)}件(来信{channels[Channel.LETTER]}件、"
            f"举报电话{channels[Channel.CALL]}件、来访{channels[Channel.VISIT]}件、投诉信箱{channels[Channel.MAILBOX]}件),"
            f"由副部长{sample.deputy_head_letters}负责处理;截至{_zh(on, year)}按期答复{s.answered_on_time}件,"
            f"超期答复{s.answered_late}件,超期未答复{s.overdue}件,期限内办理中{s.open}件"
            + (f",另有{uncovered}件无法计算答复期限(见注)" if uncovered else "")
            + f";按期答复率{rz}",
            f"In {year} {sample.department} received {len(sample.cases)} letters, calls, visits and "
            f"mailbox complaints ({channels[Channel.LETTER]} letters, {channels[Channel.CALL]} calls, "
            f"{channels[Channel.VISIT]} visits, {channels[Channel.MAILBOX]} mailbox), handled under "
            f"deputy head {sample.deputy_head_letters}; as of {on}: {s.answered_on_time} answered "
            f"on time, {s.answered_late} late, {s.overdue} overdue, {s.open} open within the limit"
            + (
                f", and {uncovered} with no computable deadline (see the notes)"
                if uncovered
                else ""
            )
            + f"; on-time rate {ren}",
        )
    )
    by_id = {c.id: c for c in covered}
    due = {d.value.case: d.value.due for d in states}
    overdue = [by_id[i] for i in s.overdue_cases]
    if overdue:
        zh = "、".join(
            f"{c.id}({_CHANNEL_TEXT[c.channel][0]},{_zh(c.received_on, year)}收到,应于{_zh(due[c.id], year)}前答复,"
            f"自{_zh(due[c.id] + dt.timedelta(days=1), year)}起超期,至年末已超期{(on - due[c.id]).days}天,"
            f"承办人{c.handler})"
            for c in overdue
        )
        en = "; ".join(
            f"{c.id} ({_CHANNEL_TEXT[c.channel][1]}, received {c.received_on}, due {due[c.id]}, "
            f"overdue since {due[c.id] + dt.timedelta(days=1)}, {(on - due[c.id]).days} days "
            f"by the year's end, handler {c.handler})"
            for c in overdue
        )
        summary.append(_t(f"超期未答复{len(overdue)}件:{zh}", f"{len(overdue)} overdue: {en}"))
    else:
        summary.append(
            _t("年末没有超期未答复的来信来访", "No letter or visit is overdue at the year's end")
        )
    late = [by_id[i] for i in s.late_cases]
    if late:
        zh = "、".join(
            f"{c.id}(应于{_zh(due[c.id], year)}前,{_zh(c.replied_on, year) if c.replied_on else ''}答复,承办人{c.handler})"
            for c in late
        )
        en = "; ".join(
            f"{c.id} (due {due[c.id]}, answered {c.replied_on}, handler {c.handler})" for c in late
        )
        summary.append(_t(f"超期答复{len(late)}件:{zh}", f"{len(late)} answered late: {en}"))
    open_now = [d.value for d in states if d.value.status is CaseStatus.OPEN]
    if open_now:
        summary.append(
            _t(
                "年末期限内办理中:"
                + "、".join(f"{x.case}(应于{_zh(x.due, year)}前答复)" for x in open_now),
                "Open within the limit at the year's end: "
                + "; ".join(f"{x.case} (due {x.due})" for x in open_now),
            )
        )
    handlers = [d for d in by_handler if d.value.overdue or d.value.answered_late]
    if handlers:
        summary.append(
            _t(
                "按承办人:"
                + ";".join(
                    f"{d.subject.removeprefix('handler:') if d.subject else ''}超期答复{d.value.answered_late}件、"
                    f"超期未答复{d.value.overdue}件"
                    for d in handlers
                ),
                "By handler: "
                + "; ".join(
                    f"{d.subject.removeprefix('handler:') if d.subject else ''} {d.value.answered_late} "
                    f"late, {d.value.overdue} overdue"
                    for d in handlers
                ),
            )
        )
    deadlines = [deadline_of[x.case].model_copy(update={"subject": x.case}) for x in open_now]
    return [overall, *by_handler, *states, *deadlines]


def _holiday(cal: Calendar, day: dt.date) -> str | None:
    for year in (day.year - 1, day.year, day.year + 1):
        if cal.first_year <= year <= cal.last_year:
            for period in cal.schedule(year).holidays:
                if period.first <= day <= period.last:
                    return period.name
    return None


def _reception_part(
    sample: SupervisionSample, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    year = sample.year
    days = _attempt(
        notes,
        _t(f"{year}年部长接待日", f"The reception days of {year}"),
        lambda: reception_days(year, policy=policy),
    )
    if days is None:
        return []
    cal = official_calendar()
    nominal = [
        dt.date(year, m, int(str(d.parameters["supervision.reception_day_of_month"])))
        for m, d in enumerate(days, start=1)
    ]
    weekend = [n for n in nominal if n.weekday() >= 5 and _holiday(cal, n) is None]
    holiday = [(n, _holiday(cal, n)) for n in nominal if _holiday(cal, n) is not None]
    moved = [(n, d.value) for n, d in zip(nominal, days, strict=True) if d.outcome == "moved"]
    p = resolve(policy, dt.date(year, 1, 1)).supervision
    dom = {n.day for n in nominal}
    dom_text = "、".join(f"{x}日" for x in sorted(dom))
    zh = [f"{year}年部长接待日12天,定于每月{dom_text}"]
    en = [
        f"{year} has 12 reception days, on day {', '.join(str(x) for x in sorted(dom))} of each month"
    ]
    if weekend:
        zh.append(
            f"其中{len(weekend)}天逢周六、周日("
            + "、".join(_zh(n, year) for n in weekend)
            + ("),照常接待(遇周六、周日不休息)" if p.reception_on_weekends else "),按本地设定改期")
        )
        en.append(
            f"{len(weekend)} fall on a Saturday or Sunday ("
            + ", ".join(str(n) for n in weekend)
            + (
                "), held as usual (the seed: not cancelled for a weekend)"
                if p.reception_on_weekends
                else "), moved by the local setting"
            )
        )
    if holiday:
        choice_zh = "照常接待" if p.reception_on_holidays else "改期接待"
        choice_en = "held on the date" if p.reception_on_holidays else "moved"
        zh.append(
            f"{len(holiday)}天在国务院通知的放假期间("
            + "、".join(f"{_zh(n, year)}{name}" for n, name in holiday)
            + f"),按本地选择{choice_zh}(supervision.reception_on_holidays = {'true' if p.reception_on_holidays else 'false'},材料未作规定)"
        )
        en.append(
            f"{len(holiday)} fall inside an official holiday period ("
            + ", ".join(f"{n} {name}" for n, name in holiday)
            + f"), {choice_en} by the local choice (supervision.reception_on_holidays = "
            f"{'true' if p.reception_on_holidays else 'false'}; the seed is silent)"
        )
    else:
        zh.append(
            "没有一天落在国务院通知的放假期间(如遇放假期间,按本地选择"
            + ("照常接待" if p.reception_on_holidays else "改期接待")
            + f",supervision.reception_on_holidays = {'true' if p.reception_on_holidays else 'false'})"
        )
        en.append(
            "none falls inside an official holiday period (one that did would be "
            + ("held on its date" if p.reception_on_holidays else "moved")
            + " by the local choice supervision.reception_on_holidays = "
            + f"{'true' if p.reception_on_holidays else 'false'})"
        )
    if moved:
        zh.append("改期:" + "、".join(f"{_zh(a, year)}改为{_zh(b, year)}" for a, b in moved))
        en.append("moved: " + ", ".join(f"{a} to {b}" for a, b in moved))
    summary.append(_t(";".join(zh), "; ".join(en)))
    return list(days)


def _meetings_part(
    sample: SupervisionSample, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    year = sample.year
    used = policy
    unset = [
        m
        for m in sample.meetings
        if resolve(policy, m.requested_on).supervision.meeting_working_days is None
    ]
    if unset:
        # the override sets the base value only: a dated change the caller made still applies
        used = policy.override({"supervision.meeting_working_days": SAMPLE_MEETING_WORKING_DAYS})
        where_zh = "、".join(f"{m.supervisor}{_zh(m.requested_on, year)}的约见" for m in unset)
        where_en = ", ".join(f"{m.supervisor}'s request of {m.requested_on}" for m in unset)
        notes.append(
            _t(
                f"示例设定:监督员约见部长后{SAMPLE_MEETING_WORKING_DAYS}个工作日内安排接待"
                "(supervision.meeting_working_days;材料只说“及时”,没有默认值;"
                f"所用政策对{where_zh}未设定)",
                f"Sample setting: the head meets a supervisor within {SAMPLE_MEETING_WORKING_DAYS} "
                "working days of the request (supervision.meeting_working_days; the seed says only "
                f"'promptly' and there is no default; the policy used leaves it unset for {where_en})",
            )
        )
    decisions: list[Decision[Any]] = []
    zh, en = [], []
    for m in sample.meetings:
        d = _attempt(
            notes,
            _t(f"{m.supervisor}约见部长的接待期限", f"The meeting deadline for {m.supervisor}"),
            partial(meeting_deadline, m.requested_on, policy=used),
        )
        if d is None:
            continue
        decisions.append(d.model_copy(update={"subject": m.supervisor}))
        ok = m.met_on is not None and m.met_on <= d.value
        met_zh = f"{_zh(m.met_on, year)}接待" if m.met_on else "尚未接待"
        met_en = f"met on {m.met_on}" if m.met_on else "not met yet"
        zh.append(
            f"{m.supervisor}于{_zh(m.requested_on, year)}约见部长,{met_zh},"
            + (f"未超过期限{_zh(d.value, year)}" if ok else f"晚于期限{_zh(d.value, year)}")
        )
        en.append(
            f"{m.supervisor} asked on {m.requested_on}, {met_en}, "
            f"{'within' if ok else 'after'} the deadline {d.value}"
        )
    if zh:
        summary.append(_t("约见部长:" + ";".join(zh), "Meetings with the head: " + "; ".join(en)))
    return decisions


def _visits_part(
    sample: SupervisionSample, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    names = {u.id: u.name for u in sample.units}
    # The report looks back after the year: read on the day after it, every period is
    # over, so a unit not visited by 31 December is missed, not pending.
    after = sample.on + dt.timedelta(days=1)
    coverage = visit_coverage(sample.units, sample.visits, sample.year, on=after, policy=policy)
    zh, en = [], []
    for d in coverage:
        c = d.value
        left = c.missed or c.pending
        if left:
            zh.append(
                f"{c.period}应走访{len(c.required)}个单位,已走访{len(c.visited)}个,未走访"
                + "、".join(names[u] for u in left)
            )
            en.append(
                f"{c.period}: {len(c.visited)} of {len(c.required)} units visited, missed "
                + ", ".join(f"{names[u]} ({u})" for u in left)
            )
        else:
            zh.append(f"{c.period}应走访的{len(c.required)}个单位全部走访")
            en.append(f"{c.period}: all {len(c.required)} units visited")
    out_of_scope = [u.name for u in sample.units if not u.in_scope]
    scope_zh = f"({'、'.join(out_of_scope)}不在副科级以上范围,不计)" if out_of_scope else ""
    scope_en = (
        f" ({', '.join(out_of_scope)} is below deputy-section level and not counted)"
        if out_of_scope
        else ""
    )
    summary.append(
        _t(
            "部领导调研走访乡镇和市直副科级以上单位:" + ";".join(zh) + scope_zh,
            "Leaders' visits to townships and city units at deputy-section level or above: "
            + "; ".join(en)
            + scope_en,
        )
    )
    return list(coverage)


def _evaluation_part(
    sample: SupervisionSample, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    checks = [check_evaluation_round(r, policy=policy) for r in sample.rounds]
    after = sample.on + dt.timedelta(days=1)  # read after the year: every period is over
    coverage = evaluation_coverage(sample.rounds, sample.year, on=after, policy=policy)
    year = sample.year
    held = {r.id: r.held_on for r in sample.rounds}
    zh, en = [], []
    for d in checks:
        c = d.value
        if c.conforms:
            zh.append(f"{c.round}({_zh(held[c.round], year)})符合要求")
            en.append(f"{c.round} ({held[c.round]}) conforms")
        else:
            lacks_zh, lacks_en = [], []
            if c.missing_groups:
                lacks_zh.append("缺少" + "、".join(g.zh for g in c.missing_groups) + "部门人士")
                lacks_en.append("absent: " + ", ".join(_GROUP_EN[g] for g in c.missing_groups))
            if not c.briefing_given:
                lacks_zh.append("评议前未通报情况")
                lacks_en.append("no briefing beforehand")
            if c.unanswered_questions:
                lacks_zh.append(f"{c.unanswered_questions}个质询未回答")
                lacks_en.append(f"{c.unanswered_questions} question(s) unanswered")
            zh.append(f"{c.round}({_zh(held[c.round], year)})" + "、".join(lacks_zh))
            en.append(f"{c.round} ({held[c.round]}): " + "; ".join(lacks_en))
    missed = [d.subject for d in coverage if d.outcome == "missed"]
    if missed:
        zh.append("未开展开门评部的期间:" + "、".join(str(m) for m in missed))
        en.append("periods with no public evaluation: " + ", ".join(str(m) for m in missed))
    summary.append(
        _t("开门评部:" + ";".join(zh), "Public evaluations (开门评部): " + "; ".join(en))
    )
    return [*checks, *coverage]


def _without_closing(ledger: RectificationLedger, item: str) -> RectificationLedger:
    kept = [e for e in ledger.history if not (isinstance(e, Closed) and e.item == item)]
    return RectificationLedger(
        history=tuple(e.model_copy(update={"seq": i}) for i, e in enumerate(kept, start=1))
    )


def _ledger_part(
    sample: SupervisionSample, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    year, on, ledger = sample.year, sample.on, sample.ledger
    total = ledger_summary(ledger, on=on, policy=policy)
    late = overdue_items(ledger, on=on, policy=policy)
    checks: list[Decision[bool]] = []
    for item in ledger.at(on).items:
        if item.closed_on is not None:
            checks.append(
                closing_check(
                    _without_closing(ledger, item.id), item.id, on=item.closed_on, policy=policy
                )
            )
        else:
            checks.append(closing_check(ledger, item.id, on=on, policy=policy))
    s = total.value
    rounds = sorted({i.round for i in ledger.items if i.round})
    summary.append(
        _t(
            f"整改台账({'、'.join(rounds)}开门评部意见)截至{_zh(on, year)}共{s.total}项:已销号{s.closed}项,"
            f"逾期未整改{s.overdue}项,已公布整改结果待满意{s.rectified}项,整改中{s.open}项",
            f"Rectification ledger (opinions of the {', '.join(rounds)} evaluations) as of {on}: "
            f"{s.total} item(s), {s.closed} closed, {s.overdue} overdue, {s.rectified} rectified "
            f"awaiting satisfaction, {s.open} open",
        )
    )
    items = {i.id: i for i in ledger.items}
    closed = [i for i in ledger.items if i.closed_on is not None and i.closed_on <= on]
    if closed:
        summary.append(
            _t(
                "已销号:"
                + "、".join(
                    f"{i.id}{i.category}(责任人{i.assignee},{_zh(i.closed_on, year) if i.closed_on else ''}销号,"
                    f"{i.satisfaction[-1].basis if i.satisfaction else ''})"
                    for i in closed
                ),
                "Closed: "
                + "; ".join(
                    f"{i.id} {i.category} (assignee {i.assignee}, closed {i.closed_on}, "
                    f"{i.satisfaction[-1].basis if i.satisfaction else ''})"
                    for i in closed
                ),
            )
        )
    if late:
        summary.append(
            _t(
                "逾期未整改:"
                + "、".join(
                    f"{d.value.id}{d.value.category}(责任人{d.value.assignee or '未落实'},"
                    f"期限{_zh(d.value.deadline, year) if d.value.deadline else ''},至年末逾期{(on - d.value.deadline).days if d.value.deadline else 0}天)"
                    for d in late
                ),
                "Overdue: "
                + "; ".join(
                    f"{d.value.id} {d.value.category} (assignee {d.value.assignee or 'none'}, "
                    f"deadline {d.value.deadline}, {(on - d.value.deadline).days if d.value.deadline else 0} days late "
                    "at the year's end)"
                    for d in late
                ),
            )
        )
    if s.to_raise_again:
        unsatisfied = [
            i
            for i in s.to_raise_again
            if items[i].satisfaction and not items[i].satisfaction[-1].satisfied
        ]
        zh = "结转下次评议会再次征求意见:" + "、".join(s.to_raise_again)
        en = "Carried to the next evaluation: " + ", ".join(s.to_raise_again)
        if unsatisfied:
            zh += ";其中" + "、".join(
                f"{i}已公布整改结果但{items[i].satisfaction[-1].basis},不能销号"
                for i in unsatisfied
            )
            en += "; of these " + ", ".join(
                f"{i} has its result published but the public was not satisfied "
                f"({items[i].satisfaction[-1].basis})"
                for i in unsatisfied
            )
        if s.unassigned:
            zh += ";尚未落实责任人:" + "、".join(s.unassigned)
            en += "; not yet assigned: " + ", ".join(s.unassigned)
        summary.append(_t(zh, en))
    return [total, *late, *checks]


def _accountability_part(
    sample: SupervisionSample, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    decisions = [accountability_measure(f, policy=policy) for f in sample.findings]
    if decisions:
        summary.append(
            _t(
                "责任追究:"
                + ";".join(
                    f"{f.person}({f.description};{f.severity.zh}"
                    f"{',群众仍信任' if f.public_trust else ',群众不够信任'}):{d.value.zh}"
                    for f, d in zip(sample.findings, decisions, strict=True)
                ),
                "Accountability: "
                + "; ".join(
                    f"{f.person} ({f.severity.value}, "
                    f"{'the public still trusts them' if f.public_trust else 'the public lacks trust'}): "
                    f"{d.value.en}"
                    for f, d in zip(sample.findings, decisions, strict=True)
                ),
            )
        )
    return list(decisions)


def _supervisors_part(
    sample: SupervisionSample, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    year = sample.year
    eligible = [
        supervisor_eligibility(n.candidate, n.kind, policy=policy) for n in sample.nominations
    ]
    terms = [supervisor_term(a, policy=policy) for a in sample.appointments]
    refused = [
        (n, d)
        for n, d in zip(sample.nominations, eligible, strict=True)
        if d.outcome == "ineligible"
    ]
    zh = (
        f"义务监督员:推荐{len(sample.nominations)}人,{len(sample.nominations) - len(refused)}人符合条件;"
        f"聘任{len(terms)}人,"
        + "、".join(f"{d.value.name}聘期至{_zh(d.value.last, year)}" for d in terms)
    )
    en = (
        f"Volunteer supervisors: {len(sample.nominations)} recommended, "
        f"{len(sample.nominations) - len(refused)} eligible; {len(terms)} appointed, "
        + ", ".join(f"{d.value.name} serving to {d.value.last}" for d in terms)
    )
    if refused:
        zh += ";不符合条件:" + "、".join(
            f"{n.candidate.name}(推荐为{n.kind.zh}:" + ";".join(r.zh for r in d.reasons) + ")"
            for n, d in refused
        )
        en += "; not eligible: " + ", ".join(
            f"{n.candidate.name} ({n.kind.value}: " + "; ".join(r.en for r in d.reasons) + ")"
            for n, d in refused
        )
    summary.append(_t(zh, en))
    return [*eligible, *terms]


def section(sample: SupervisionSample, policy: Policy | None = None) -> Section:
    """组工干部监督报告 — every supervision rule run on ``sample``, as the report's section.

    The summary states the year's letters and visits (counts, on-time
    rate, who has overdue replies and since when, the late ones), the
    reception days (weekend and holiday days, the holiday choice), the
    meetings with the head, the missed visits, the public evaluations, the
    rectification ledger (closed, overdue, carried to the next round) and
    the accountability measures. Decisions follow in that order, the
    overall case summary first. What cannot be decided becomes a note: a
    letter whose deadline falls in a year the calendar does not cover, and
    the sample value set for ``supervision.meeting_working_days`` when the
    policy leaves it unset.

    Examples:
        >>> s = section(build(2026))
        >>> any("2027" in n.zh for n in s.notes)
        True
        >>> s10 = section(build(2025), Policy.default().override({"supervision.reply_working_days": 10}))
        >>> s10.decisions[0].parameters["supervision.reply_working_days"]
        10
    """
    policy = policy or Policy.default()
    summary: list[Text] = []
    notes: list[Text] = []
    decisions: list[Decision[Any]] = []
    decisions += _cases_part(sample, policy, summary, notes)
    decisions += _reception_part(sample, policy, summary, notes)
    decisions += _meetings_part(sample, policy, summary, notes)
    decisions += _visits_part(sample, policy, summary)
    decisions += _evaluation_part(sample, policy, summary)
    decisions += _ledger_part(sample, policy, summary)
    decisions += _accountability_part(sample, policy, summary)
    decisions += _supervisors_part(sample, policy, summary)
    return Section(
        key="supervision",
        title=_t(
            f"组工干部监督({sample.department},{sample.year}年)",
            f"Supervision of the organization department ({sample.department}, {sample.year})",
        ),
        summary=tuple(summary),
        decisions=tuple(decisions),
        notes=tuple(notes),
    )

"""组工干部监督示例 — a year of the 云岭市 organization department under the public's supervision.

The department of the sample county-level city 云岭市 (head 宋思远; deputy
head 韩晓东 handles letters and visits, seed 000 第五篇) over one calendar
year: letters, calls, visits and mailbox complaints, each due within 15
working days, most answered on time, a few late, two still unanswered past
their limit and two received in the last days of December; the head's
reception day on the 15th of every month; the leaders' half-yearly visits
to every township and city unit (one unit missed in the second half); two
public evaluations (开门评部) and the rectification ledger of the first; two
accountability findings; the year's volunteer supervisors, their
requests to meet the head, their duty records (例会, contacts, reports: with no
cadence set the duties are listed and referred) and a sanction proposed
against one of them for what she said (言论豁免权: referred); the people designated
for the reporting line and the mailbox (专人) with the line's calls and the mailbox's
collections (one call answered by someone not designated, a working day in July with nobody
designated, one collection by someone else), and the deputy head named for letters and
visits, with a few cases handled by others.

`build` gives the data of a year (deterministic, fictional);
`section` runs every supervision rule on it and returns the report
section. Dates past the working-day calendar's coverage (a letter received
in late December 2026, due in 2027) and the parameter the seed leaves open
(``supervision.meeting_working_days``) become notes, never errors.

Examples:
    >>> from orgwork.report.supervision import section
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
from collections.abc import Sequence

from orgwork.calendar import Calendar, official_calendar
from orgwork.records.supervision import (
    MeetingRequest,
    Nomination,
    SanctionRecord,
    SupervisionRecords,
)
from orgwork.samples._town import TOWN
from orgwork.supervision import (
    Appointment,
    Background,
    Candidate,
    Case,
    Channel,
    ChannelAssignment,
    DeputyDesignation,
    Duty,
    DutyRecord,
    EvaluationGroup,
    EvaluationRound,
    Finding,
    HotlineCall,
    MailboxCollection,
    Quality,
    RectificationLedger,
    ReportingChannel,
    Severity,
    SupervisorKind,
    Unit,
    UnitKind,
    Visit,
    VisitForm,
)

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "SAMPLE_HOTLINE_HOURS",
    "SAMPLE_MEETING_WORKING_DAYS",
    "MeetingRequest",
    "Nomination",
    "SupervisionRecords",
    "build",
]

#: The first and last years a sample can be built for (the working-day calendar's coverage).
FIRST_YEAR = 2004
LAST_YEAR = 2026

#: 示例设定 — the working days the sample gives the head to meet a supervisor who asked,
#: used only when the caller's policy leaves ``supervision.meeting_working_days`` unset
#: (the seed says only 及时, promptly).
SAMPLE_MEETING_WORKING_DAYS = 3

#: 示例设定 — the reporting line's working hours in the sample, used only when the caller's
#: policy leaves ``supervision.hotline_hours`` unset (the seed says only 在工作时间内).
SAMPLE_HOTLINE_HOURS = ("08:30-12:00", "14:30-17:30")

_DEPARTMENT = f"{TOWN.county}委组织部"
_HANDLERS = (TOWN.deputy_head_letters, "方志诚", "唐雨萱")
_LEADERS = (TOWN.department_head, "罗建平", TOWN.deputy_head_letters)

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


# -- the data -------------------------------------------------------------------------


def _on_or_after(cal: Calendar, day: dt.date) -> dt.date:
    """``day`` if it is a working day, else the next working day."""
    return day if cal.is_working_day(day) else cal.next_working_day(day)


def _working_days(
    cal: Calendar, year: int, month: int, first: int = 1, last: int = 31
) -> list[dt.date]:
    return [d for d in cal.working_days_in(year, month) if first <= d.day <= last]


def _longer(tag: str, received: dt.date, cal: Calendar) -> dict[str, object]:
    """The fields of a case that lawfully takes longer: 延期, 转送/交办, 不予受理."""
    if tag == "extended":
        return {
            "extended_until": cal.add_working_days(received, 25),
            "extension_approved_by": TOWN.department_head,
            "extension_reason": "反映问题涉及多个县直单位,需调查核实",
        }
    if tag == "transferred":
        return {"transferred_to": "青石镇党委", "transferred_on": cal.add_working_days(received, 4)}
    return {"not_accepted_reason": "反映的劳动争议已进入仲裁程序,不属于组织部门受理范围"}


#: Cases that lawfully take longer, with the day of the year they arrive on (or after) and the
#: working days to the reply (the notice, for one not accepted) or None.
_LONGER: tuple[tuple[str, int, int, int | None], ...] = (
    ("transferred", 4, 8, None),
    ("extended", 5, 12, 22),
    ("not_accepted", 8, 11, 5),
)


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

    # extended, transferred or not accepted (handled by the deputy head; no draw from rng)
    tags: dict[tuple[dt.date, Channel, int | None, str | None], str] = {}
    for kind, month, mday, after in _LONGER:
        entry: tuple[dt.date, Channel, int | None, str | None] = (
            _on_or_after(cal, dt.date(year, month, mday)),
            Channel.LETTER,
            after,
            TOWN.deputy_head_letters,
        )
        raw.append(entry)
        tags[entry] = kind

    order = {c: i for i, c in enumerate(Channel)}
    raw.sort(key=lambda r: (r[0], order[r[1]], r[2] is None, r[2] or 0))
    out = []
    for i, row in enumerate(raw, start=1):
        received, channel, reply_after, handler = row
        who = handler or (
            TOWN.deputy_head_letters if channel is Channel.VISIT else rng.choice(_HANDLERS)
        )
        longer = tags.get(row)
        out.append(
            Case.model_validate(
                {
                    "id": f"XF{year}-{i:03d}",
                    "channel": channel,
                    "received_on": received,
                    "assigned_on": _on_or_after(cal, received),
                    "handler": who,
                    "replied_on": None
                    if reply_after is None
                    else cal.add_working_days(received, reply_after),
                    "summary": rng.choice(_TOPICS),
                    **(_longer(longer, received, cal) if longer else {}),
                }
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


def _duties(year: int, cal: Calendar) -> tuple[DutyRecord, ...]:
    """The supervisors' duties of the year: 例会 in April and October, contacts and reports."""
    april = _on_or_after(cal, dt.date(year, 4, 22))
    october = _on_or_after(cal, dt.date(year, 10, 21))
    rows = (
        ("严永福", Duty.MEETING, april, "参加第一季度组工干部监督例会"),
        ("潘秀英", Duty.MEETING, april, "参加第一季度组工干部监督例会"),
        ("严永福", Duty.CONTACT, _on_or_after(cal, dt.date(year, 6, 10)), "电话联系干部监督科"),
        ("潘秀英", Duty.REPORT, _on_or_after(cal, dt.date(year, 7, 15)), "报告窗口接待情况"),
        ("严永福", Duty.MEETING, october, "参加第三季度组工干部监督例会"),
        ("蒋国栋", Duty.REPORT, _on_or_after(cal, dt.date(year, 11, 18)), "报告干部考察工作"),
    )
    return tuple(DutyRecord(supervisor=w, duty=d, on=on, note=n) for w, d, on, n in rows)


def _sanctions(year: int, cal: Calendar) -> tuple[SanctionRecord, ...]:
    """潘秀英, a serving supervisor, faces a sanction for what she said at the September meeting."""
    spoken = _on_or_after(cal, dt.date(year, 9, 9))
    return (
        SanctionRecord(
            supervisor="潘秀英",
            proposed_on=cal.add_working_days(spoken, 15),
            said_on=spoken,
            measure="建议解除聘任",
            description="约见部长时批评窗口接待等候时间过长",
        ),
    )


#: The people designated for the reporting line (first half, second half) and the mailbox.
_LINE_STAFF = ("周敏", "陈亮")
_MAILBOX_STAFF = "刘洁"


def _channel_staff(year: int, cal: Calendar) -> tuple[ChannelAssignment, ...]:
    """周敏 answers the line to June, 陈亮 from the second working day of July (the first is
    a gap); 刘洁 empties the mailbox all year."""
    gap = _on_or_after(cal, dt.date(year, 7, 1))
    return (
        ChannelAssignment(
            channel=ReportingChannel.HOTLINE,
            person=_LINE_STAFF[0],
            first=dt.date(year, 1, 1),
            last=gap - dt.timedelta(days=1),
        ),
        ChannelAssignment(
            channel=ReportingChannel.HOTLINE,
            person=_LINE_STAFF[1],
            first=cal.next_working_day(gap),
        ),
        ChannelAssignment(
            channel=ReportingChannel.MAILBOX, person=_MAILBOX_STAFF, first=dt.date(year, 1, 1)
        ),
    )


def _calls(year: int, cal: Calendar) -> tuple[HotlineCall, ...]:
    """The reporting line's calls: most answered by the person designated; one by 方志诚 (not
    designated), one on the July gap day, one at lunchtime unanswered, one on a Saturday."""
    gap = _on_or_after(cal, dt.date(year, 7, 1))
    rows: list[tuple[dt.date, str, str | None]] = []
    for month, at in ((1, "09:10"), (3, "10:25"), (4, "15:40"), (5, "16:05"), (6, "09:45")):
        rows.append((_on_or_after(cal, dt.date(year, month, 12)), at, _LINE_STAFF[0]))
    for month, at in ((8, "11:20"), (9, "14:50"), (10, "08:40"), (11, "16:30")):
        rows.append((_on_or_after(cal, dt.date(year, month, 12)), at, _LINE_STAFF[1]))
    rows.append((_on_or_after(cal, dt.date(year, 5, 20)), "10:05", "方志诚"))
    rows.append((gap, "15:15", "唐雨萱"))
    rows.append((_on_or_after(cal, dt.date(year, 9, 22)), "12:30", None))
    saturday = dt.date(year, 10, 25)
    saturday += dt.timedelta(days=(5 - saturday.weekday()) % 7)
    rows.append((saturday, "10:00", None))
    rows.sort(key=lambda r: (r[0], r[1]))
    return tuple(
        HotlineCall(id=f"DH{year}-{i:02d}", on=on, at=at, answered_by=by, note="来电反映问题")
        for i, (on, at, by) in enumerate(rows, start=1)
    )


def _collections(year: int, cal: Calendar) -> tuple[MailboxCollection, ...]:
    """The mailbox emptied on the first working day of each month; in August by 唐雨萱."""
    return tuple(
        MailboxCollection(
            on=_on_or_after(cal, dt.date(year, month, 1)),
            collected_by="唐雨萱" if month == 8 else _MAILBOX_STAFF,
            letters=month % 3,
        )
        for month in range(1, 13)
    )


def build(year: int) -> SupervisionRecords:
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
    return SupervisionRecords(
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
        duties=_duties(year, cal),
        sanctions=_sanctions(year, cal),
        deputies=(DeputyDesignation(person=TOWN.deputy_head_letters, first=dt.date(year, 1, 1)),),
        channel_assignments=_channel_staff(year, cal),
        calls=_calls(year, cal),
        collections=_collections(year, cal),
        sample_meeting_working_days=SAMPLE_MEETING_WORKING_DAYS,
        sample_hotline_hours=SAMPLE_HOTLINE_HOURS,
    )

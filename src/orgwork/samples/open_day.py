"""组织部开放日示例 — the 云岭市 department's two open days of a year and their suggestions.

The sample department (云岭市委组织部) follows 长丰县's practice from seed
004: two open days a year, 30 publicly selected representatives, invitations
half a month ahead, the announcement a week ahead. The first open day of the
year meets every requirement; the second was announced only 5 days ahead.
Suggestions are answered on the spot or assigned to a named person and due
7 working days after the open day (肥西县); most are answered in time, one
of each open day late, and one still unanswered at the year's end.

The first open day also follows 巢湖市's practice: 18 electoral units
recommended 36 party delegates (two each, of both sexes, various ages,
posts and levels) and one of each unit's two was chosen; the
representatives publicly chose 2 of the city's 100 party-building
demonstration sites, and the department added a cadre education base to
the final list. The rectification is reported back to the representatives
(肥西县 定期反馈整改情况) once after each open day: with the sample's cadence
of 3 months (示例设定), the first open day's second period is missed.

As 长丰县 does, the department establishes a contact file for every invited
representative (建立代表联系档案) on the day the invitations go out, except one
petitioner of the second open day (R2-30), who has none; and it takes up the
suggestions collected at each open day one by one at its 部长办公会
(通过部长办公会逐一落实): at the first open day, as in 长丰县, 28
questionnaires were handed out and 9 suggestions collected, all taken up at
two meetings; of the second's 8, all but B06 (still unanswered at the year's
end) were taken up at a third. The text gives no time for either, so none
is set: the report lists what is missing and judges no lateness.

`build` gives the data of a year (deterministic, fictional);
`section` runs every open-day rule on it and returns the report
section. The plan is checked against the policy's open-day requirements;
where the policy leaves them unset (the default: the seed's localities
differ), the section sets 长丰县's values as a clearly labelled sample
setting and says so in a note.

Examples:
    >>> from orgwork.report.open_day import section
    >>> sample = build(2025)
    >>> [d.held_on.month for d in sample.plan.days]
    [5, 10]
    >>> section(sample).key
    'open_day'
"""

from __future__ import annotations

import datetime as dt
import random

from orgwork.calendar import Calendar, official_calendar
from orgwork.open_day import (
    CHANGFENG,
    CHAOHU,
    Feedback,
    Gender,
    OfficeMeeting,
    OpenDay,
    OpenDayPlan,
    OpenDayPreset,
    Representative,
    RepresentativeGroup,
    Suggestion,
)
from orgwork.records.open_day import InspectionSite, OpenDayRecords, RecommendedDelegate
from orgwork.samples._town import TOWN

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "SAMPLE_DELEGATION_PRESET",
    "SAMPLE_FEEDBACK_INTERVAL_MONTHS",
    "SAMPLE_PRESET",
    "OpenDayRecords",
    "build",
]

#: The first and last years a sample can be built for (the working-day calendar's coverage).
FIRST_YEAR = 2004
LAST_YEAR = 2026

#: 示例设定 — the locality whose open-day requirements the sample plan is checked
#: against when the caller's policy leaves them unset.
SAMPLE_PRESET: OpenDayPreset = CHANGFENG

#: 示例设定 — the locality whose delegate and site requirements the sample is checked
#: against when the caller's policy leaves them unset (巢湖市: 18 units, 36, 18; 2 of 100).
SAMPLE_DELEGATION_PRESET: OpenDayPreset = CHAOHU

#: 示例设定 — the months between two reports on the rectification to the representatives,
#: used only when the caller's policy leaves ``open_day.feedback_interval_months`` unset
#: (肥西县 says only 定期, regularly).
SAMPLE_FEEDBACK_INTERVAL_MONTHS = 3

_DEPARTMENT = f"{TOWN.county}委组织部"

#: The 18 electoral units (选举单位) of the sample city.
_UNITS = (
    "青石镇",
    "白沙镇",
    "柳河乡",
    "云岭街道",
    "东城街道",
    "西城街道",
    "南湖镇",
    "北山镇",
    "石门乡",
    "桃源镇",
    "市直机关",
    "市教育系统",
    "市卫生系统",
    "市国有企业",
    "非公企业",
    "市公安系统",
    "市金融系统",
    "驻市单位",
)
_POSTS = ("基层社区", "非公企业", "机关", "学校", "医院", "农村")
#: The place the department added to the final list of sites: not a demonstration site.
_ADDED_SITE = "市干部教育基地"

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


def _working_day_between(
    cal: Calendar, rng: random.Random, year: int, month: int, first: int, last: int
) -> dt.date:
    return rng.choice([d for d in cal.working_days_in(year, month) if first <= d.day <= last])


#: 长丰县: 在近期的一次开放日活动中发放问卷28份 — handed out at the first open day.
_QUESTIONNAIRES = 28

#: The invited representative of the second open day who has no contact file (a petitioner).
_NO_FILE = "R2-30"


def _representatives(prefix: str, filed_on: dt.date) -> tuple[Representative, ...]:
    """30 representatives, each with a contact file from ``filed_on`` (but ``_NO_FILE``)."""
    groups = [g for g, n in _GROUPS for _ in range(n)]
    return tuple(
        Representative(
            id=(rid := f"{prefix}-{i:02d}"),
            group=g,
            contact_file_on=None if rid == _NO_FILE else filed_on,
        )
        for i, g in enumerate(groups, 1)
    )


#: The suggestion of the second open day no 部长办公会 has taken up (the one still unanswered).
_NOT_TAKEN_UP = "B06"


def _office_meetings(
    year: int, first: dt.date, second: dt.date, suggestions: tuple[Suggestion, ...]
) -> tuple[OfficeMeeting, ...]:
    """Two meetings for the first open day's 9 suggestions, one for the second's but B06."""
    a = [x.id for x in suggestions if x.open_day == first]
    b = [x.id for x in suggestions if x.open_day == second and x.id != _NOT_TAKEN_UP]
    return (
        OfficeMeeting(
            id=f"{year}年第一次部长办公会",
            held_on=first + dt.timedelta(days=12),
            suggestions=tuple(a[:5]),
        ),
        OfficeMeeting(
            id=f"{year}年第二次部长办公会",
            held_on=first + dt.timedelta(days=33),
            suggestions=tuple(a[5:]),
        ),
        OfficeMeeting(
            id=f"{year}年第三次部长办公会",
            held_on=second + dt.timedelta(days=15),
            suggestions=tuple(b),
        ),
    )


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


def _delegates(rng: random.Random) -> tuple[RecommendedDelegate, ...]:
    """Two delegates from each of the 18 units, a woman and a man; the first of each pair chosen."""
    out = []
    for u, unit in enumerate(_UNITS):
        for k in range(2):
            out.append(
                RecommendedDelegate(
                    id=f"党代表{2 * u + k + 1:02d}",
                    unit=unit,
                    gender=Gender.FEMALE if (u + k) % 2 else Gender.MALE,
                    age=rng.randint(28, 58),
                    post=_POSTS[(u + k) % len(_POSTS)],
                    level="市" if k == 0 else "县",
                    chosen=k == 0,
                )
            )
    return tuple(out)


def _sites(rng: random.Random) -> tuple[InspectionSite, ...]:
    """The 100 demonstration sites, 2 chosen and in the final list, and the added base."""
    chosen = set(rng.sample(range(1, 101), 2))
    demo = tuple(
        InspectionSite(id=f"党建示范点{i:03d}", chosen=i in chosen, final=i in chosen)
        for i in range(1, 101)
    )
    return (*demo, InspectionSite(id=_ADDED_SITE, demonstration=False, final=True))


def _feedback(first: dt.date, second: dt.date, year: int) -> tuple[Feedback, ...]:
    """One report on the rectification after each open day: the first's second period is missed."""
    return (
        Feedback(open_day=first, on=first + dt.timedelta(days=40), note="通报首批意见建议办理情况"),
        Feedback(open_day=second, on=dt.date(year, 12, 20), note="通报意见建议办理和整改进展"),
    )


def build(year: int) -> OpenDayRecords:
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
    invited = first - dt.timedelta(days=rng.randint(16, 20))
    days = (
        OpenDay(
            held_on=first,
            invitations_sent_on=invited,
            announced_on=first - dt.timedelta(days=rng.randint(8, 10)),
            representatives=_representatives("R1", invited),
            publicly_selected=True,
            questionnaires=_QUESTIONNAIRES,
        ),
        OpenDay(
            held_on=second,
            invitations_sent_on=second - dt.timedelta(days=17),
            announced_on=second - dt.timedelta(days=5),  # the violation: only 5 days ahead
            representatives=_representatives("R2", second - dt.timedelta(days=17)),
            publicly_selected=True,
        ),
    )
    suggestions = (
        *_suggestions("A", first, _FIRST, cal),
        *_suggestions("B", second, _SECOND, cal),
    )
    return OpenDayRecords(
        year=year,
        department=_DEPARTMENT,
        plan=OpenDayPlan(locality=TOWN.county, year=year, days=days),
        suggestions=suggestions,
        on=dt.date(year, 12, 31),
        delegates=_delegates(rng),
        delegates_chosen_on=first - dt.timedelta(days=25),
        sites=_sites(rng),
        sites_chosen_on=first - dt.timedelta(days=12),
        sites_chosen_publicly=True,
        feedback=_feedback(first, second, year),
        office_meetings=_office_meetings(year, first, second, suggestions),
        sample_preset=SAMPLE_PRESET.key,
        sample_delegation_preset=SAMPLE_DELEGATION_PRESET.key,
        sample_feedback_interval_months=SAMPLE_FEEDBACK_INTERVAL_MONTHS,
    )

"""Strategies for the organizations domain: study logs, rules reports, 135 activities, meeting
logs, votes and 特设 branch records."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import strategies as st

from orgwork.organizations import (
    Activity135,
    Meeting,
    MeetingKind,
    MeetingLog,
    PartTimeMember,
    RulesReport,
    SpecialBranchRecord,
    StudyEntry,
    StudyItem,
    StudyLog,
    Task135,
    Vote,
    iso_weeks,
)

__all__ = [
    "activities_135",
    "complete_study_logs",
    "meeting_logs",
    "part_time_members",
    "rules_reports",
    "special_branch_records",
    "study_logs",
    "votes",
]

_MEMBERS = ("甲", "乙", "丙", "丁", "戊")


@st.composite
def study_logs(draw: st.DrawFn, *, year: int | None = None, max_entries: int = 80) -> StudyLog:
    """学习记录 — logs with random entries, mostly dated in the log's year (a few just outside).

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(study_logs(year=2011), lambda log: len(log.entries) > 3, settings=quick).year
    2011
    """
    y = draw(st.integers(2005, 2030)) if year is None else year
    members = _MEMBERS[: draw(st.integers(0, len(_MEMBERS)))]
    days = st.dates(
        dt.date(y, 1, 1) - dt.timedelta(days=7), dt.date(y, 12, 31) + dt.timedelta(days=7)
    )

    @st.composite
    def entry(d: st.DrawFn) -> StudyEntry:
        item = d(st.sampled_from(StudyItem))
        person = (
            d(st.sampled_from((*members, "外人"))) if item is StudyItem.PERSONAL_LESSON else None
        )
        return StudyEntry(item=item, on=d(days), person=person)

    entries = tuple(draw(st.lists(entry(), max_size=max_entries)))
    exempt = draw(st.lists(st.integers(1, iso_weeks(y)), unique=True, max_size=3))
    return StudyLog(
        unit="机关", year=y, members=members, entries=entries, exempt_weeks=tuple(sorted(exempt))
    )


@st.composite
def complete_study_logs(draw: st.DrawFn, *, year: int | None = None) -> StudyLog:
    """完整的学习记录 — logs with every study item done: a session in every ISO week, a
    reading and a topic every month, a lesson by every member, an evaluation. Complete under
    the default policy (003's four items) and with 002's monthly topic added.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> from orgwork.organizations import study_gaps
    >>> log = find(complete_study_logs(year=2020), lambda log: True, settings=quick)
    >>> study_gaps(log, on=dt.date(2021, 1, 3)).outcome
    'complete'
    """
    y = draw(st.integers(2005, 2030)) if year is None else year
    members = _MEMBERS[: draw(st.integers(0, len(_MEMBERS)))]
    entries: list[StudyEntry] = []
    for w in range(1, iso_weeks(y) + 1):
        entries.append(
            StudyEntry(
                item=StudyItem.COLLECTIVE_STUDY,
                on=dt.date.fromisocalendar(y, w, draw(st.integers(1, 7))),
            )
        )
    for m in range(1, 13):
        last = calendar.monthrange(y, m)[1]
        for item in (StudyItem.RECOMMENDED_READING, StudyItem.MONTHLY_TOPIC):
            entries.append(StudyEntry(item=item, on=dt.date(y, m, draw(st.integers(1, last)))))
    for person in members:
        entries.append(
            StudyEntry(
                item=StudyItem.PERSONAL_LESSON,
                on=dt.date(y, draw(st.integers(1, 12)), draw(st.integers(1, 28))),
                person=person,
            )
        )
    entries.append(StudyEntry(item=StudyItem.ANNUAL_EVALUATION, on=dt.date(y, 12, 20)))
    shuffled = draw(st.permutations(entries))
    return StudyLog(unit="机关", year=y, members=members, entries=tuple(shuffled))


def activities_135(
    branches: tuple[str, ...] = ("一支部", "二支部"),
    min_day: dt.date = dt.date(2011, 1, 1),
    max_day: dt.date = dt.date(2013, 12, 31),
) -> st.SearchStrategy[Activity135]:
    """“135”任务记录 — pieces of 135 work by the given branches.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(activities_135(), lambda a: a.task is Task135.SURVEY, settings=quick).task.zh
    '创新社会管理工作调研'
    """
    return st.builds(
        Activity135,
        branch=st.sampled_from(branches),
        task=st.sampled_from(Task135),
        on=st.dates(min_day, max_day),
        note=st.none(),
    )


def rules_reports(
    units: tuple[str, ...] = ("部机关",),
    min_day: dt.date = dt.date(2001, 11, 1),
    max_day: dt.date = dt.date(2003, 2, 28),
) -> st.SearchStrategy[RulesReport]:
    """规章制度汇报 — reports on the rules by the given units.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(rules_reports(), lambda r: r.on.year == 2002, settings=quick).unit
    '部机关'
    """
    return st.builds(
        RulesReport, unit=st.sampled_from(units), on=st.dates(min_day, max_day), note=st.none()
    )


@st.composite
def meeting_logs(draw: st.DrawFn, *, year: int | None = None, max_meetings: int = 60) -> MeetingLog:
    """会议记录 — a branch's year of meetings, mostly in the year (a few just outside); some
    branches formed during the year, some without a committee or party groups.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(meeting_logs(year=2019), lambda g: len(g.meetings) > 3, settings=quick).year
    2019
    """
    y = draw(st.integers(2005, 2030)) if year is None else year
    days = st.dates(
        dt.date(y, 1, 1) - dt.timedelta(days=7), dt.date(y, 12, 31) + dt.timedelta(days=7)
    )
    meetings = draw(
        st.lists(
            st.builds(Meeting, kind=st.sampled_from(MeetingKind), on=days, note=st.none()),
            max_size=max_meetings,
        )
    )
    formed = draw(st.none() | st.dates(dt.date(y, 1, 1), dt.date(y, 12, 31)))
    return MeetingLog(
        branch="一支部",
        year=y,
        formed_on=formed,
        committee=draw(st.booleans()),
        groups=draw(st.booleans()),
        meetings=tuple(meetings),
    )


@st.composite
def votes(draw: st.DrawFn, *, max_entitled: int = 60) -> Vote:
    """党员大会表决 — consistent counts: in favour ≤ present ≤ entitled.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> v = find(votes(), lambda v: v.in_favour is not None, settings=quick)
    >>> v.in_favour <= v.present <= v.entitled
    True
    """
    entitled = draw(st.integers(1, max_entitled))
    present = draw(st.integers(0, entitled))
    in_favour = draw(st.none() | st.integers(0, present))
    on = draw(st.dates(dt.date(2018, 10, 28), dt.date(2030, 12, 31)))
    return Vote(branch="一支部", on=on, entitled=entitled, present=present, in_favour=in_favour)


def special_branch_records() -> st.SearchStrategy[SpecialBranchRecord]:
    """特设支部“四个一”记录 — records with any of the four items present or missing.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(special_branch_records(), lambda r: r.brand is not None, settings=quick).brand
    '红色驿站'
    """
    return st.builds(
        SpecialBranchRecord,
        branch=st.sampled_from(("公安特设支部", "城管特设支部")),
        on=st.none() | st.dates(dt.date(2012, 1, 1), dt.date(2013, 12, 31)),
        volunteer_team=st.none() | st.just("平安志愿队"),
        good_deeds=st.lists(st.sampled_from(("修路灯", "送医上门", "清理河道")), max_size=4).map(
            tuple
        ),
        area=st.none() | st.just("东城街道"),
        brand=st.none() | st.just("红色驿站"),
    )


_COMMUNITY_ORGANIZATIONS = st.sampled_from(("东城街道党工委", "柳巷社区党委", "南湖社区党委"))
_STATIONED = st.sampled_from(("公安", "法院", "卫生", "城管", "供暖", "邮政", "消防", "工商"))


@st.composite
def part_time_members(
    draw: st.DrawFn,
    *,
    min_day: dt.date = dt.date(2004, 1, 1),
    max_day: dt.date = dt.date(2026, 12, 31),
) -> PartTimeMember:
    """派驻党员兼职委员 — a stationed department's member on a street or community committee,
    with a term known at either end or not.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> m = find(part_time_members(), lambda m: m.since and m.until, settings=quick)
    >>> m.since <= m.until
    True
    """
    since = draw(st.none() | st.dates(min_day, max_day))
    until = draw(st.none() | st.dates(since or min_day, max_day))
    return PartTimeMember(
        organization=draw(_COMMUNITY_ORGANIZATIONS),
        member=draw(st.sampled_from(_MEMBERS)),
        department=draw(_STATIONED),
        since=since,
        until=until,
    )

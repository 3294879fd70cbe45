"""Strategies for the care domain: elderly members, honours, rosters and visit logs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from hypothesis import find  # noqa: F401 - used by the doctests
from hypothesis import strategies as st

from orgwork.care import (
    Disaster,
    ElderlyMember,
    HardshipKind,
    HardshipPeriod,
    Honour,
    HonourLevel,
    HospitalStay,
    Organization,
    Post,
    PostLevel,
    Town,
    Visit,
    VisitKind,
    care_duties,
)
from orgwork.policy import Policy

__all__ = [
    "elderly_members",
    "hardship_periods",
    "honours",
    "hospital_stays",
    "member_rosters",
    "organizations",
    "posts",
    "towns",
    "visit_logs",
    "visits",
]

_MIN = dt.date(2000, 1, 1)
_MAX = dt.date(2030, 12, 31)

#: Example awarding bodies per level (data, not rules).
_BODIES = {
    HonourLevel.TOWNSHIP: ("灵乡镇", "某镇"),
    HonourLevel.COUNTY: ("大冶市", "某县"),
    HonourLevel.PREFECTURE: ("黄石市", "某市"),
    HonourLevel.PROVINCE: ("湖北省", "某省"),
    HonourLevel.NATIONAL: ("中共中央", "国务院"),
}
_PEOPLE = st.sampled_from(("张三", "李四", "王五", "赵六", "陈七", "刘八"))


_HONOUR_SOURCES = [(level, body) for level in HonourLevel for body in _BODIES[level]]


def honours() -> st.SearchStrategy[Honour]:
    """表彰 — honours at any level, each from an example body of that level (大冶市 for county, ...).

    Examples:
        >>> find(honours(), lambda h: h.level >= HonourLevel.PROVINCE).awarded_by
        '湖北省'
    """
    return st.builds(
        lambda source, title, year: Honour(
            awarded_by=source[1], level=source[0], title=title, year=year
        ),
        st.sampled_from(_HONOUR_SOURCES),
        st.sampled_from(("优秀共产党员", "优秀党务工作者", "")),
        st.none() | st.integers(1960, 2030),
    )


def posts() -> st.SearchStrategy[Post]:
    """曾任职务 — posts at any level.

    Examples:
        >>> find(posts(), lambda p: p.level >= PostLevel.BRANCH_COMMITTEE).title
        '村党支部委员'
    """
    titles = {
        PostLevel.OTHER: "党小组长",
        PostLevel.BRANCH_COMMITTEE: "村党支部委员",
        PostLevel.BRANCH_SECRETARY: "村党支部书记",
        PostLevel.TOWNSHIP_OR_ABOVE: "镇党委委员",
    }
    return st.sampled_from(list(PostLevel)).map(lambda lv: Post(title=titles[lv], level=lv))


def _ordered_pair(
    min_day: dt.date, max_day: dt.date, max_days: int
) -> st.SearchStrategy[tuple[dt.date, dt.date | None]]:
    return st.tuples(st.dates(min_day, max_day), st.none() | st.integers(0, max_days)).map(
        lambda t: (t[0], None if t[1] is None else min(max_day, t[0] + dt.timedelta(days=t[1])))
    )


def hospital_stays(
    min_day: dt.date = _MIN, max_day: dt.date = _MAX
) -> st.SearchStrategy[HospitalStay]:
    """住院记录 — hospital stays admitted in ``[min_day, max_day]``.

    Examples:
        >>> find(hospital_stays(), lambda s: s.help_due).admitted
        datetime.date(2000, 1, 1)
    """
    return st.builds(
        lambda pair, major, serious, money: HospitalStay(
            admitted=pair[0],
            discharged=pair[1],
            major_illness=major,
            serious=serious,
            money_difficulty=money,
        ),
        _ordered_pair(min_day, max_day, 90),
        st.booleans(),
        st.booleans(),
        st.booleans(),
    )


def hardship_periods(
    min_day: dt.date = _MIN, max_day: dt.date = _MAX
) -> st.SearchStrategy[HardshipPeriod]:
    """生活困难期间 — hardship periods starting in ``[min_day, max_day]``, open or closed.

    Examples:
        >>> find(hardship_periods(), lambda h: h.end is None).kind
        <HardshipKind.GREAT_HARDSHIP: 'great_hardship'>
    """
    return st.builds(
        lambda pair, kind, contact: HardshipPeriod(
            kind=kind, start=pair[0], end=pair[1], contact=contact
        ),
        _ordered_pair(min_day, max_day, 400),
        st.sampled_from(list(HardshipKind)),
        st.none() | _PEOPLE,
    )


@st.composite
def _member(
    draw: st.DrawFn,
    parts: tuple[st.SearchStrategy[Any], ...],
    min_day: dt.date,
    max_day: dt.date,
    dead: bool | None,
) -> ElderlyMember:
    ids, names, orgs, honour_s, post_s, stay_s, spell_s, disaster_s = parts
    stays = draw(stay_s)
    spells = draw(spell_s)
    disasters = draw(disaster_s)
    died_on: dt.date | None = None
    will_die = draw(st.booleans()) if dead is None else dead
    if will_die:
        starts = [s.admitted for s in stays] + [h.start for h in spells]
        starts += [x.on for x in disasters]
        lo = max(starts, default=min_day)
        died_on = lo + dt.timedelta(days=draw(st.integers(0, (max_day - lo).days)))
    return ElderlyMember(
        id=draw(ids),
        name=draw(names),
        organization=draw(orgs),
        honours=tuple(draw(honour_s)),
        posts=tuple(draw(post_s)),
        hospital_stays=tuple(stays),
        hardship=tuple(spells),
        disasters=tuple(disasters),
        died_on=died_on,
    )


def elderly_members(
    organizations: Sequence[str] = ("V01", "V02", "V03"),
    min_day: dt.date = _MIN,
    max_day: dt.date = _MAX,
    *,
    dead: bool | None = None,
) -> st.SearchStrategy[ElderlyMember]:
    """老党员 — elderly members of one of ``organizations``, their events in ``[min_day, max_day]``.

    ``dead=True`` always sets a date of death (after every event, at most
    ``max_day``), ``False`` never does, ``None`` (default) either.

    Examples:
        >>> find(elderly_members(dead=True), lambda m: True).died_on
        datetime.date(2000, 1, 1)
    """
    parts = (
        st.integers(0, 999).map(lambda i: f"M{i}"),
        st.sampled_from(("纪昌友", "某老党员", "王老", "李老")),
        st.sampled_from(list(organizations)),
        st.lists(honours(), max_size=3),
        st.lists(posts(), max_size=2),
        st.lists(hospital_stays(min_day, max_day), max_size=3),
        st.lists(hardship_periods(min_day, max_day), max_size=2),
        st.lists(st.builds(Disaster, on=st.dates(min_day, max_day)), max_size=1),
    )
    return _member(parts, min_day, max_day, dead)


def member_rosters(
    organizations: Sequence[str] = ("V01", "V02", "V03"),
    min_day: dt.date = _MIN,
    max_day: dt.date = _MAX,
    *,
    min_size: int = 0,
    max_size: int = 6,
    dead: bool | None = None,
) -> st.SearchStrategy[list[ElderlyMember]]:
    """老党员名单 — lists of elderly members with distinct ids.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=5)
        ... @given(member_rosters(min_size=2))
        ... def check(ms):
        ...     assert len({m.id for m in ms}) == len(ms) >= 2
        >>> check()
    """
    return st.lists(
        elderly_members(organizations, min_day, max_day, dead=dead),
        min_size=min_size,
        max_size=max_size,
        unique_by=lambda m: m.id,
    )


def organizations(
    ids: Sequence[str] = ("V01", "V02", "V03"), members: Sequence[str] = ()
) -> st.SearchStrategy[list[Organization]]:
    """基层党组织 — one organization per id in ``ids``, with offices held or vacant.

    Examples:
        >>> [o.id for o in find(organizations(), lambda os: True)]
        ['V01', 'V02', 'V03']
    """
    return st.tuples(*(st.tuples(st.none() | _PEOPLE, st.none() | _PEOPLE) for _ in ids)).map(
        lambda offices: [
            Organization(
                id=i,
                name=f"{i}村党支部",
                secretary=sec,
                stationed_cadre=cadre,
                members=tuple(members),
            )
            for i, (sec, cadre) in zip(ids, offices, strict=True)
        ]
    )


def towns() -> st.SearchStrategy[Town]:
    """镇党委 — town committees with each hosting office held or vacant.

    Examples:
        >>> find(towns(), lambda t: t.party_secretary is not None).party_secretary
        '张三'
    """
    return st.builds(
        Town,
        name=st.just("灵乡镇"),
        party_secretary=st.none() | _PEOPLE,
        deputy_secretary=st.none() | _PEOPLE,
        organization_member=st.none() | _PEOPLE,
    )


def visits(
    members: Sequence[ElderlyMember], min_day: dt.date = _MIN, max_day: dt.date = _MAX
) -> st.SearchStrategy[Visit]:
    """走访记录条目 — arbitrary log entries about ``members`` (and meetings of their organizations).

    Examples:
        >>> m = ElderlyMember(id="M1", name="某", organization="V01")
        >>> find(visits([m]), lambda v: v.kind is VisitKind.MEETING).organization
        'V01'
    """
    ids = [m.id for m in members] or ["M0"]
    orgs = sorted({m.organization for m in members}) or ["V01"]
    person = st.builds(
        lambda kind, on, member, by: Visit(kind=kind, on=on, member=member, by=by),
        st.sampled_from([VisitKind.HOSPITAL, VisitKind.HOME, VisitKind.AID]),
        st.dates(min_day, max_day),
        st.sampled_from(ids),
        st.none() | _PEOPLE,
    )
    meeting = st.builds(
        lambda on, org: Visit(kind=VisitKind.MEETING, on=on, organization=org),
        st.dates(min_day, max_day),
        st.sampled_from(orgs),
    )
    return person | meeting


@st.composite
def _meeting_log(
    draw: st.DrawFn,
    members: Sequence[ElderlyMember],
    start: dt.date,
    end: dt.date,
    policy: Policy | None,
    extra: int,
) -> list[Visit]:
    log: list[Visit] = []
    for d in care_duties(members, start, end, policy=policy):
        duty = d.value
        span = (duty.due - duty.start).days
        n = min(duty.visits, span + 1)
        offsets = draw(st.lists(st.integers(0, span), min_size=n, max_size=n, unique=True))
        kind = draw(st.sampled_from(list(duty.met_by)))
        for off in offsets:
            on = duty.start + dt.timedelta(days=off)
            if kind is VisitKind.MEETING:
                log.append(Visit(kind=kind, on=on, organization=duty.organization))
            else:
                log.append(Visit(kind=kind, on=on, member=duty.member))
    if members and extra:
        log.extend(draw(st.lists(visits(members, start, end), max_size=extra)))
    return draw(st.permutations(log))


def visit_logs(
    members: Sequence[ElderlyMember],
    start: dt.date,
    end: dt.date,
    *,
    meet_duties: bool = False,
    policy: Policy | None = None,
    max_size: int = 20,
) -> st.SearchStrategy[list[Visit]]:
    """走访记录 — visit logs for ``members`` over ``[start, end]``.

    With ``meet_duties=True`` the log meets every duty of
    [`orgwork.care.care_duties`][orgwork.care.care_duties] for the period (plus up to ``max_size``
    arbitrary entries), in shuffled order; otherwise it holds up to
    ``max_size`` arbitrary entries.

    Examples:
        >>> m = ElderlyMember(id="M1", name="某", organization="V01")
        >>> log = find(visit_logs([m], dt.date(2024, 1, 1), dt.date(2024, 12, 31),
        ...                       meet_duties=True, max_size=0), lambda log: True)
        >>> sorted((v.kind.value, v.on.isoformat()) for v in log)  # the earliest day of each window
        [('home', '2024-01-26'), ('home', '2024-06-16'), ('meeting', '2024-01-26'), ('meeting', '2024-06-16')]
    """
    if meet_duties:
        return _meeting_log(members, start, end, policy, max_size)
    if not members:
        return st.just([])
    return st.lists(visits(members, start, end), max_size=max_size)

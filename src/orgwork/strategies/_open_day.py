"""Strategies for the open_day domain: representatives, open days, plans, suggestions, presets."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from orgwork.calendar import Calendar, official_calendar
from orgwork.open_day import (
    PRESETS,
    ContactFiles,
    Delegate,
    Feedback,
    Gender,
    MeetingFollowUp,
    OfficeMeeting,
    OpenDay,
    OpenDayPlan,
    OpenDayPreset,
    Representative,
    RepresentativeGroup,
    SiteChoice,
    Suggestion,
    contact_files,
    office_meetings,
)
from orgwork.policy import Policy

__all__ = [
    "contact_file_checks",
    "delegate_pools",
    "feedback_logs",
    "meeting_follow_ups",
    "office_meeting_logs",
    "open_day_plans",
    "open_day_presets",
    "open_days",
    "representatives",
    "site_choices",
    "suggestion_lists",
    "suggestions",
]


def representatives(
    *, max_size: int = 40, around: dt.date | None = None
) -> st.SearchStrategy[tuple[Representative, ...]]:
    """Representatives of any groups with distinct ids (``R001``, ...), possibly none.

    Each has a contact file or not, established from 40 days before to 10
    days after ``around`` (the open day; any day of 2004–2030 when None).

    >>> from hypothesis import find
    >>> len(find(representatives(), lambda rs: len(rs) == 30))
    30
    """

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Representative, ...]:
        n = draw(st.integers(0, max_size))
        if around is None:
            days = st.dates(dt.date(2004, 1, 1), dt.date(2030, 12, 31))
        else:
            days = st.integers(-40, 10).map(lambda k: around + dt.timedelta(days=k))
        return tuple(
            Representative(
                id=f"R{i + 1:03d}",
                group=draw(st.sampled_from(list(RepresentativeGroup))),
                self_registered=draw(st.booleans()),
                contact_file_on=draw(st.none() | days),
            )
            for i in range(n)
        )

    return build()


def open_days(year: int, *, max_representatives: int = 40) -> st.SearchStrategy[OpenDay]:
    """Open days in ``year``, with or without invitation and announcement dates.

    >>> from hypothesis import find
    >>> find(open_days(2025), lambda d: d.announced_on is not None).held_on.year
    2025
    """

    @st.composite
    def build(draw: st.DrawFn) -> OpenDay:
        held = draw(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        invite = draw(st.none() | st.integers(0, 40))
        announce = draw(st.none() | st.integers(0, 20))
        return OpenDay(
            held_on=held,
            invitations_sent_on=None if invite is None else held - dt.timedelta(days=invite),
            announced_on=None if announce is None else held - dt.timedelta(days=announce),
            representatives=draw(representatives(max_size=max_representatives, around=held)),
            publicly_selected=draw(st.booleans()),
            electoral_units=draw(st.none() | st.integers(0, 30)),
            recommended_candidates=draw(st.none() | st.integers(0, 60)),
            questionnaires=draw(st.none() | st.integers(0, 60)),
        )

    return build()


def open_day_plans(
    year: int | None = None, *, max_days: int = 4, max_representatives: int = 40
) -> st.SearchStrategy[OpenDayPlan]:
    """Open-day plans of one year (2004–2030 when ``year`` is None) with distinct dates.

    >>> from hypothesis import find
    >>> len(find(open_day_plans(2025), lambda p: len(p.days) >= 2).days)
    2
    """
    years = st.just(year) if year is not None else st.integers(2004, 2030)

    @st.composite
    def build(draw: st.DrawFn) -> OpenDayPlan:
        y = draw(years)
        days = draw(
            st.lists(
                open_days(y, max_representatives=max_representatives),
                max_size=max_days,
                unique_by=lambda d: d.held_on,
            )
        )
        return OpenDayPlan(locality="测试县", year=y, days=tuple(days))

    return build()


@st.composite
def _suggestion(draw: st.DrawFn, sid: str, first: dt.date, last: dt.date) -> Suggestion:
    day = draw(st.dates(first, last))
    spot = draw(st.booleans())
    answered = None
    if not spot and draw(st.booleans()):
        answered = day + dt.timedelta(days=draw(st.integers(0, 25)))
    return Suggestion(
        id=sid,
        open_day=day,
        answered_on_spot=spot,
        assignee=None if spot else draw(st.none() | st.sampled_from(("干部科", "组织科"))),
        answered_on=answered,
        adopted=draw(st.booleans()),
    )


def _window(calendar: Calendar | None) -> tuple[dt.date, dt.date]:
    cal = official_calendar() if calendar is None else calendar
    return dt.date(cal.first_year, 1, 1), dt.date(cal.last_year, 11, 30)


def suggestions(*, calendar: Calendar | None = None) -> st.SearchStrategy[Suggestion]:
    """Suggestions from open days inside the calendar's coverage, in every state.

    >>> from hypothesis import find
    >>> find(suggestions(), lambda s: s.answered_on_spot).answered_on_spot
    True
    """
    first, last = _window(calendar)
    return _suggestion("S1", first, last)


def suggestion_lists(
    *, max_size: int = 20, calendar: Calendar | None = None
) -> st.SearchStrategy[tuple[Suggestion, ...]]:
    """Lists of suggestions with distinct ids (``S001``, ...), possibly empty.

    >>> from hypothesis import find
    >>> find(suggestion_lists(max_size=2), bool)[0].id
    'S001'
    """
    first, last = _window(calendar)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Suggestion, ...]:
        n = draw(st.integers(0, max_size))
        return tuple(draw(_suggestion(f"S{i + 1:03d}", first, last)) for i in range(n))

    return build()


def open_day_presets() -> st.SearchStrategy[OpenDayPreset]:
    """The named presets (长丰县, 包河区, 巢湖市, 肥西县).

    >>> from hypothesis import find
    >>> find(open_day_presets(), lambda p: p.key == "chaohu").locality.zh
    '巢湖市'
    """
    return st.sampled_from([PRESETS[k] for k in sorted(PRESETS)])


_POSTS = ("基层社区", "非公企业", "机关", "学校", "医院")
_LEVELS = ("市", "县")


def delegate_pools(
    *, max_units: int = 20, max_per_unit: int = 3
) -> st.SearchStrategy[tuple[Delegate, ...]]:
    """Recommended delegates (``D001``, ...) from electoral units ``U01``, ..., possibly none.

    >>> from hypothesis import find
    >>> len({d.unit for d in find(delegate_pools(), lambda p: len({d.unit for d in p}) >= 3)})
    3
    """

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Delegate, ...]:
        out: list[Delegate] = []
        for u in range(draw(st.integers(0, max_units))):
            for _ in range(draw(st.integers(1, max_per_unit))):
                out.append(
                    Delegate(
                        id=f"D{len(out) + 1:03d}",
                        unit=f"U{u + 1:02d}",
                        gender=draw(st.sampled_from(list(Gender))),
                        age=draw(st.integers(18, 80)),
                        post=draw(st.sampled_from(_POSTS)),
                        level=draw(st.sampled_from(_LEVELS)),
                    )
                )
        return tuple(out)

    return build()


def site_choices(*, max_sites: int = 120) -> st.SearchStrategy[SiteChoice]:
    """Choices of inspection sites from ``S001``..., with or without a final list and stray ids.

    >>> from hypothesis import find
    >>> find(site_choices(), lambda c: len(c.chosen) == 2).chosen_publicly in (True, False)
    True
    """

    @st.composite
    def build(draw: st.DrawFn) -> SiteChoice:
        pool = tuple(f"S{i + 1:03d}" for i in range(draw(st.integers(0, max_sites))))
        others = ("X01", "X02", "先进模范村", "干部教育基地", "人才培训基地")
        ids = st.sampled_from(pool + others)
        chosen = draw(st.lists(ids, max_size=4, unique=True))
        final = draw(st.lists(ids, max_size=6, unique=True))
        return SiteChoice(
            on=draw(st.dates(dt.date(2004, 1, 1), dt.date(2030, 12, 31))),
            demo_sites=pool,
            chosen=tuple(chosen),
            chosen_publicly=draw(st.booleans()),
            final_sites=tuple(final),
        )

    return build()


def feedback_logs(
    held_on: dt.date, *, max_size: int = 12
) -> st.SearchStrategy[tuple[Feedback, ...]]:
    """Feedback on the open day ``held_on`` (and a few on another), within two years after it.

    >>> from hypothesis import find
    >>> find(feedback_logs(dt.date(2025, 6, 28)), bool)[0].on >= dt.date(2025, 6, 28)
    True
    """
    other = held_on + dt.timedelta(days=7)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Feedback, ...]:
        out = []
        for _ in range(draw(st.integers(0, max_size))):
            day = draw(st.sampled_from([held_on, held_on, held_on, other]))
            out.append(
                Feedback(open_day=day, on=day + dt.timedelta(days=draw(st.integers(0, 730))))
            )
        return tuple(out)

    return build()


def contact_file_checks() -> st.SearchStrategy[ContactFiles]:
    """The contact files of a drawn open day, read on a day around it (no time limit set).

    >>> from hypothesis import find
    >>> find(contact_file_checks(), lambda c: c.missing).due is None
    True
    """

    @st.composite
    def build(draw: st.DrawFn) -> ContactFiles:
        held = draw(open_days(draw(st.integers(2004, 2030)), max_representatives=8))
        on = held.held_on + dt.timedelta(days=draw(st.integers(-30, 60)))
        return contact_files(held, on=on).value

    return build()


def office_meeting_logs(
    held_on: dt.date, ids: tuple[str, ...], *, max_size: int = 4
) -> st.SearchStrategy[tuple[OfficeMeeting, ...]]:
    """部长办公会 (``M1``, ...) from the open day ``held_on`` to 120 days after, naming some of ``ids``.

    >>> from hypothesis import find
    >>> find(office_meeting_logs(dt.date(2025, 6, 28), ("A1", "A2")), bool)[0].id
    'M1'
    """

    @st.composite
    def build(draw: st.DrawFn) -> tuple[OfficeMeeting, ...]:
        return tuple(
            OfficeMeeting(
                id=f"M{i + 1}",
                held_on=held_on + dt.timedelta(days=draw(st.integers(0, 120))),
                suggestions=tuple(draw(st.lists(st.sampled_from(ids), unique=True))) if ids else (),
            )
            for i in range(draw(st.integers(0, max_size)))
        )

    return build()


def meeting_follow_ups() -> st.SearchStrategy[MeetingFollowUp]:
    """One open day's suggestions and the 部长办公会 that took them up, with or without a limit.

    >>> from hypothesis import find
    >>> find(meeting_follow_ups(), lambda m: m.pending and m.taken_up).open_day.year >= 2004
    True
    """

    @st.composite
    def build(draw: st.DrawFn) -> MeetingFollowUp:
        held = draw(st.dates(dt.date(2004, 1, 1), dt.date(2030, 6, 30)))
        ids = tuple(f"S{i + 1:02d}" for i in range(draw(st.integers(0, 10))))
        suggestions = [Suggestion(id=i, open_day=held, answered_on_spot=True) for i in ids]
        meetings = draw(office_meeting_logs(held, ids))
        limit = draw(st.none() | st.integers(0, 90))
        policy = Policy.default().override({"open_day.office_meeting_days": limit})
        on = held + dt.timedelta(days=draw(st.integers(0, 150)))
        return office_meetings(held, suggestions, meetings, on=on, policy=policy).value

    return build()

"""Strategies for the cadres domain: service histories, events and talks."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from orgwork.cadres import (
    CadreEvent,
    Grade,
    Position,
    SectionPost,
    SectionTenure,
    ServiceHistory,
    Talk,
    TalkTrigger,
    YearGrade,
)

__all__ = ["cadre_events", "section_tenures", "service_histories", "talks"]

_CADRES = st.sampled_from(("C01", "C02", "C03", "C04"))


@st.composite
def service_histories(
    draw: st.DrawFn,
    *,
    min_since: dt.date = dt.date(2015, 1, 1),
    max_since: dt.date = dt.date(2026, 12, 31),
    years_after: int = 8,
) -> ServiceHistory:
    """任职经历 — histories in any rank or post, with grades for a random set of the
    years served (from the appointment year up to ``years_after`` years later).

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> h = find(service_histories(), lambda h: len(h.grades) >= 2, settings=quick)
    >>> h.grades[0].year < h.grades[1].year
    True
    """
    since = draw(st.dates(min_since, max_since))
    years = list(range(since.year, since.year + years_after + 1))
    chosen = draw(st.lists(st.sampled_from(years), unique=True, max_size=len(years)))
    grades = tuple(YearGrade(year=y, grade=draw(st.sampled_from(Grade))) for y in sorted(chosen))
    return ServiceHistory(
        cadre=draw(_CADRES),
        position=draw(st.sampled_from(Position)),
        since=since,
        grades=grades,
    )


def cadre_events(
    min_day: dt.date = dt.date(2010, 1, 1), max_day: dt.date = dt.date(2012, 12, 31)
) -> st.SearchStrategy[CadreEvent]:
    """谈心谈话事由 — events that call for a talk.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(cadre_events(), lambda e: True, settings=quick).on >= dt.date(2010, 1, 1)
    True
    """
    return st.builds(
        CadreEvent,
        cadre=_CADRES,
        trigger=st.sampled_from(TalkTrigger),
        on=st.dates(min_day, max_day),
        note=st.none(),
    )


def talks(
    min_day: dt.date = dt.date(2010, 1, 1), max_day: dt.date = dt.date(2012, 12, 31)
) -> st.SearchStrategy[Talk]:
    """谈心谈话 — talks held, mostly by members of the department's leadership.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(talks(), lambda t: not t.by_department_leadership, settings=quick).by_department_leadership
    False
    """
    return st.builds(
        Talk,
        cadre=_CADRES,
        on=st.dates(min_day, max_day),
        by=st.sampled_from(("部长", "副部长", "科员")),
        by_department_leadership=st.booleans() | st.just(True),
    )


def section_tenures(
    min_day: dt.date = dt.date(1990, 1, 1), max_day: dt.date = dt.date(2002, 12, 31)
) -> st.SearchStrategy[SectionTenure]:
    """处室任职 — tenures of (deputy) section heads.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(section_tenures(), lambda t: True, settings=quick).section in ("干部一处", "干部二处", "组织处", "办公室")
    True
    """
    return st.builds(
        SectionTenure,
        cadre=_CADRES,
        section=st.sampled_from(("干部一处", "干部二处", "组织处", "办公室")),
        post=st.sampled_from(SectionPost),
        since=st.dates(min_day, max_day),
    )

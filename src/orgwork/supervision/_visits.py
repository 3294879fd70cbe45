"""调研走访 — the leaders' half-yearly visits to every township and county unit."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_models, as_year, check_unique, periods
from orgwork.decision import Decision, RuleContext, Say, day
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.rules import rule
from orgwork.supervision._common import S000

__all__ = ["Unit", "UnitKind", "Visit", "VisitCoverage", "VisitForm", "visit_coverage"]


class UnitKind(enum.StrEnum):
    """走访对象类别 — the kinds of unit the leaders visit."""

    TOWNSHIP = "township"
    """乡镇 — a township (every one is visited)."""
    COUNTY_UNIT = "county_unit"
    """县直单位 — a county unit (visited when at deputy-section level or above)."""


class VisitForm(enum.StrEnum):
    """走访形式 — how a visit gathers opinions."""

    QUESTIONNAIRE = "questionnaire"
    """下发征求意见表."""
    INDIVIDUAL = "individual"
    """个别走访."""
    FORUM = "forum"
    """召开座谈会."""


class Unit(BaseModel):
    """走访单位 — a township or county unit.

    Every township is in scope (对全县所有的乡镇); a county unit is in scope
    when it is at deputy-section level or above (县直副科级以上单位), which
    must be stated for every county unit (``deputy_section_or_above``, no
    default: a unit of unknown rank is never silently put in or out of
    scope). For a township it may be left out (None) or given as true; false
    is refused, since no rank takes a township out of scope.

    >>> Unit(id="T01", name="城关镇", kind="township").in_scope
    True
    >>> Unit(id="C09", kind="county_unit", deputy_section_or_above=False).in_scope
    False
    >>> Unit(id="C10", kind="county_unit")
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Unit
    ...
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    name: str = ""
    kind: UnitKind
    deputy_section_or_above: bool | None = Field(
        default=None,
        description="副科级以上: required for a county unit; None or true for a township.",
    )

    @model_validator(mode="after")
    def _rank_stated_where_it_matters(self) -> Unit:
        if self.kind is UnitKind.COUNTY_UNIT and self.deputy_section_or_above is None:
            raise ValueError(
                "deputy_section_or_above is required for a county unit (县直副科级以上单位 are "
                "visited; say whether this one is)"
            )
        if self.kind is UnitKind.TOWNSHIP and self.deputy_section_or_above is False:
            raise ValueError(
                "deputy_section_or_above: every township is visited (所有的乡镇); "
                "leave it out or set it true for a township"
            )
        return self

    @property
    def in_scope(self) -> bool:
        """Whether the half-yearly visit duty covers this unit."""
        return self.kind is UnitKind.TOWNSHIP or self.deputy_section_or_above is True


class Visit(BaseModel):
    """一次走访 — a visit by a department leader to a unit on a day."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: Id = Field(min_length=1)
    on: dt.date
    leader: Id | None = None
    form: VisitForm | None = None


class VisitCoverage(BaseModel):
    """Coverage of one period: which units in scope were visited and which were not.

    ``missed`` is filled when the period is over on the day asked; while it
    runs, the units not yet visited are ``pending`` instead. Units are listed
    in the order they were given.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    period: str
    first: dt.date
    last: dt.date
    required: tuple[str, ...]
    visited: tuple[str, ...]
    missed: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()
    ended: bool


class _Visits:
    """Texts of supervision.visit_coverage (部领导每半年走访全部乡镇和县直副科级以上单位)."""

    counted = Say(
        "{period}({first}至{last})应走访{required}个单位,已走访{visited}个",
        "{period} ({first} to {last}): {required} units in scope, {visited} visited",
    )
    missed = Say("未走访:{items}", "Missed: {items}")
    pending = Say("尚未走访:{items}", "Not yet visited: {items}")
    out_of_scope = Say(
        "副科级以下县直单位不在每半年走访范围内:{items}",
        "County units below deputy-section level are not covered: {items}",
    )
    all_visited = Say("{period}:全部走访", "{period}: every unit visited")
    some_missed = Say("{period}:{n}个单位未走访", "{period}: {n} unit(s) missed")
    some_pending = Say("{period}:{n}个单位尚未走访", "{period}: {n} unit(s) not yet visited")


def _check_records(units: tuple[Unit, ...], visits: tuple[Visit, ...]) -> None:
    """Every unit listed once, and every visit made to a listed unit (else RecordError)."""
    ids = [u.id for u in units]
    check_unique(ids, "unit")
    known = set(ids)
    stray = sorted({v.unit for v in visits if v.unit not in known})
    if stray:
        raise RecordError(f"visit(s) to unit(s) not in the list of units: {stray}")


def _coverage(
    period: tuple[str, dt.date, dt.date],
    required: tuple[str, ...],
    visits: tuple[Visit, ...],
    on: dt.date,
) -> VisitCoverage:
    """每半年走访一次: the units in scope visited within one period, by the day ``on``.

    Until the period is over on ``on``, the units not visited yet are pending, not missed.
    """
    label, first, last = period
    made = {v.unit for v in visits if first <= v.on <= last and v.on <= on}
    unvisited = tuple(u for u in required if u not in made)
    ended = on > last
    return VisitCoverage(
        period=label,
        first=first,
        last=last,
        required=required,
        visited=tuple(u for u in required if u in made),
        missed=unvisited if ended else (),
        pending=() if ended else unvisited,
        ended=ended,
    )


@rule(
    "supervision.visit_coverage",
    zh="部领导每半年走访全部乡镇和县直副科级以上单位",
    en="Department leaders visit every township and county unit at deputy-section level or above every half year",
    document=S000,
    section="第五篇 三、四是",
    quote="对全县所有的乡镇和县直副科级以上单位每半年走访一次",
    parameters=("supervision.visit_interval_months",),
)
def visit_coverage(
    units: Iterable[Unit],
    visits: Iterable[Visit],
    year: int,
    *,
    on: dt.date,
    policy: Policy | None = None,
) -> tuple[Decision[VisitCoverage], ...]:
    """调研走访覆盖 — for each period of ``year`` (half years by default), the units missed.

    One decision per period, in order (subject ``2025-H1``, ``2025-H2``),
    read on the day ``on``. Every unit in scope with no visit inside the
    period is reported (``missed`` once the period is over on ``on``, that is
    ``on`` is after its last day; ``pending`` while it still runs); no visited
    unit is. Visits after ``on`` are not yet made and are ignored. To look
    back at a finished year, pass any day after it (``on=date(year + 1, 1,
    1)``). The period length is
    ``supervision.visit_interval_months`` in force on 1 January of ``year``.
    A visit to a unit not in ``units`` or a unit id given twice is a
    [`RecordError`][orgwork.errors.RecordError].

    >>> us = [Unit(id="T01", kind="township"),
    ...       Unit(id="C01", kind="county_unit", deputy_section_or_above=True)]
    >>> vs = [Visit(unit="T01", on=dt.date(2025, 3, 12)), Visit(unit="C01", on=dt.date(2025, 8, 1))]
    >>> out = visit_coverage(us, vs, 2025, on=dt.date(2026, 1, 1))   # the year is over
    >>> tuple((d.subject, d.value.missed) for d in out)
    (('2025-H1', ('C01',)), ('2025-H2', ('T01',)))
    """
    all_units = as_models(Unit, units, "units")
    all_visits = as_models(Visit, visits, "visits")
    year = as_year(year)
    on_day = as_date(on, "on")
    _check_records(all_units, all_visits)
    ctx = RuleContext(visit_coverage, policy, on=dt.date(year, 1, 1))
    months = ctx.param("supervision.visit_interval_months")
    # 对全县所有的乡镇和县直副科级以上单位
    required = tuple(u.id for u in all_units if u.in_scope)
    out_of_scope = tuple(u.id for u in all_units if not u.in_scope)
    out = []
    for period in periods(year, months):
        c = _coverage(period, required, all_visits, on_day)
        p = ctx.fork()
        p.param("supervision.visit_interval_months")
        p.say(
            _Visits.counted,
            period=c.period,
            first=day(c.first),
            last=day(c.last),
            required=len(c.required),
            visited=len(c.visited),
        )
        p.say_list(_Visits.missed, c.missed)
        p.say_list(_Visits.pending, c.pending)
        p.say_list(_Visits.out_of_scope, out_of_scope)
        if c.missed:
            outcome, headline = "missed", _Visits.some_missed.text(period=c.period, n=len(c.missed))
        elif c.pending:
            outcome, headline = (
                "in_progress",
                _Visits.some_pending.text(period=c.period, n=len(c.pending)),
            )
        else:
            outcome, headline = "all_visited", _Visits.all_visited.text(period=c.period)
        out.append(p.decide(outcome, c, headline, subject=c.period))
    return tuple(out)

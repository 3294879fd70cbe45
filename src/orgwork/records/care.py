"""关怀帮扶记录 — a town's care records: rosters, elderly members, the visit log, the relief fund.

Examples:
    >>> from orgwork.samples.care import build
    >>> r = build(2025)
    >>> len(r.members), r.town.name
    (24, '青石镇')
"""

from __future__ import annotations

import contextlib
import datetime as _dt
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork.care import ElderlyMember, HostRole, Organization, ReliefFund, Town, Visit
from orgwork.decision import Text
from orgwork.errors import UnknownRecordError
from orgwork.ids import normalise_id
from orgwork.records._base import INHERITED, sample_setting

__all__ = ["CareRecords", "TownVacancy"]

_TOWN_ROLES = (HostRole.ORGANIZATION_MEMBER, HostRole.DEPUTY_SECRETARY, HostRole.PARTY_SECRETARY)


_T = TypeVar("_T", Organization, ElderlyMember)


def _find(items: tuple[_T, ...], item_id: str, what: str) -> _T:
    """The item with ``id`` ``item_id`` (an UnknownRecordError naming ``what`` if none)."""
    if isinstance(item_id, str):
        with contextlib.suppress(ValueError):  # an id no record can hold: not found below
            item_id = normalise_id(item_id)  # the records hold normalised ids
    for item in items:
        if item.id == item_id:
            return item
    raise UnknownRecordError(f"no {what} {item_id!r} in the records")


class TownVacancy(BaseModel):
    """镇党委职务空缺 — a period (both ends included) in which a town post that hosts
    memorial services is vacant.

    Examples:
        >>> v = TownVacancy(role=HostRole.ORGANIZATION_MEMBER, start="2025-01-01",
        ...                 end="2025-03-31", note=Text(zh="前任调离", en="predecessor left"))
        >>> v.covers(_dt.date(2025, 3, 31)), v.covers(_dt.date(2025, 4, 1))
        (True, False)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    role: HostRole
    start: _dt.date
    end: _dt.date
    note: Text

    @model_validator(mode="after")
    def _valid(self) -> TownVacancy:
        if self.role not in _TOWN_ROLES:
            raise ValueError(f"role: {self.role.value} is not a town post")
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    def covers(self, day: _dt.date) -> bool:
        """是否空缺 — whether the post is vacant on ``day``.

        Examples:
            >>> TownVacancy(role=HostRole.PARTY_SECRETARY, start="2025-05-01", end="2025-05-31",
            ...             note=Text(zh="", en="")).covers(_dt.date(2025, 4, 30))
            False
        """
        return self.start <= day <= self.end


class CareRecords(BaseModel):
    """老党员关怀帮扶记录 — one year of a town's care records.

    ``town`` and ``organizations`` are the full rosters (the town office-holders
    and every village branch with its secretary, stationed cadre and all its
    members); ``vacancies`` are the periods a town post was vacant, which
    [`town_on`][orgwork.records.CareRecords.town_on] applies. ``fund`` holds the previous year's closing balance
    (one entry on 31 December of the year before) and the year's receipts and
    payments. ``sample_deduction`` is an illustrative setting (示例设定) of the
    bundled sample town only: the points per missed duty shown when the
    policy leaves ``care.deduction_per_missed_duty`` unset. A real town
    leaves it empty and sets the parameter in its policy.

    Examples:
        >>> from orgwork.samples.care import build
        >>> s = build(2024)
        >>> s.town_on(_dt.date(2024, 2, 1)).organization_member is None
        True
        >>> s.town_on(_dt.date(2024, 4, 1)).organization_member
        '高雅琴'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int = Field(json_schema_extra=INHERITED)
    town: Town = Field(default_factory=lambda: Town(name="-"))
    organizations: tuple[Organization, ...] = ()
    members: tuple[ElderlyMember, ...] = ()
    visits: tuple[Visit, ...] = ()
    fund: ReliefFund = Field(default_factory=lambda: ReliefFund(name="-"))
    vacancies: tuple[TownVacancy, ...] = ()
    sample_deduction: Decimal | None = Field(default=None, json_schema_extra=sample_setting())

    def is_empty(self) -> bool:
        """Whether there is nothing to check (no elderly member on the roster)."""
        return not self.members

    def town_on(self, day: _dt.date) -> Town:
        """镇党委名单(某日) — the town roster on ``day``, with vacant posts as None.

        Examples:
            >>> from orgwork.samples.care import build
            >>> build(2025).town_on(_dt.date(2025, 7, 1)).party_secretary
            '林振华'
        """
        update: dict[str, Any] = {}
        for v in self.vacancies:
            if v.covers(day):
                update[_TOWN_FIELD[v.role]] = None
        return self.town.model_copy(update=update) if update else self.town

    def organization(self, organization_id: str) -> Organization:
        """党支部 — the branch with id ``organization_id`` (LookupError if none).

        Examples:
            >>> from orgwork.samples.care import build
            >>> build(2025).organization("V02").secretary
            '李秀兰'
        """
        return _find(self.organizations, organization_id, "organization")

    def organization_on(self, organization_id: str, day: _dt.date) -> Organization:
        """党支部名单(某日) — the branch on ``day``: members who died before it are left out.

        Examples:
            >>> from orgwork.samples.care import build
            >>> s = build(2025)
            >>> "M13" in s.organization_on("V07", _dt.date(2025, 12, 31)).members
            False
        """
        org = self.organization(organization_id)
        gone = {m.id for m in self.members if m.died_on is not None and m.died_on < day}
        return org.model_copy(update={"members": tuple(x for x in org.members if x not in gone)})

    def member(self, member_id: str) -> ElderlyMember:
        """老党员 — the elderly member with id ``member_id`` (LookupError if none).

        Examples:
            >>> from orgwork.samples.care import build
            >>> build(2025).member("M10").name
            '周福生'
        """
        return _find(self.members, member_id, "member")

    @property
    def deaths(self) -> tuple[ElderlyMember, ...]:
        """本年去世的老党员 — the members who died in the year, by date of death.

        Examples:
            >>> from orgwork.samples.care import build
            >>> [(m.id, m.died_on.month) for m in build(2025).deaths]
            [('M13', 2), ('M10', 10)]
        """
        dead = [m for m in self.members if m.died_on is not None and m.died_on.year == self.year]
        return tuple(sorted(dead, key=lambda m: (m.died_on, m.id)))


_TOWN_FIELD = {
    HostRole.ORGANIZATION_MEMBER: "organization_member",
    HostRole.DEPUTY_SECRETARY: "deputy_secretary",
    HostRole.PARTY_SECRETARY: "party_secretary",
}

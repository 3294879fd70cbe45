"""街道社区党组织“1+*”模式 — stationed departments' party members as part-time committee members (001).

001 (一、党建工作方面 1、加强组织建设): "采取“1+*”模式,吸纳公安、检察院、法院、司法、教育、卫生、
城管及煤气、水、电、供暖、通讯、邮政、消防、环保、国税、地税、工商、质监、食药监等部门派驻党员进入
街道社区党组织领导班子作兼职委员" (the copy read is cut off by its website mid-sentence, after
兼职委员).

The reading: "1" is the street's or community's own party organization, "*"
the members of stationed departments (派驻部门) taken into its leadership as
part-time committee members (兼职委员). [`part_time_members`][orgwork.organizations.part_time_members]
checks that each organization has at least ``organizations.part_time_members_minimum``
such members serving on the day checked (default 1: 吸纳…进入…作兼职委员 says that
stationed members are taken in, so at least one). The list of departments ends
in 等 and no community hosts all of them, so no particular department is
required: the departments represented are listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_collection, as_date, as_field, as_models, check_unique
from orgwork.decision import Decision, RuleContext, Say, day, joined
from orgwork.ids import Id
from orgwork.organizations._common import S001
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = ["PartTimeCommittee", "PartTimeMember", "part_time_members"]

_LAST = dt.date(2200, 12, 31)
_PARAM = "organizations.part_time_members_minimum"


class PartTimeMember(BaseModel):
    """派驻党员兼职委员 — a stationed department's party member on a 街道/社区 party organization's committee.

    ``since`` and ``until`` bound the service (empty: not known, taken as open).

    >>> PartTimeMember(organization="柳巷社区党委", member="王某", department="公安").since is None
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    organization: Id = Field(min_length=1, description="The 街道 or 社区 party organization.")
    member: Id = Field(min_length=1, description="The part-time committee member (兼职委员).")
    department: Id = Field(min_length=1, description="The stationed department (派驻部门).")
    since: dt.date | None = Field(
        default=None, le=_LAST, description="Serving since (empty: unknown)."
    )
    until: dt.date | None = Field(
        default=None, le=_LAST, description="Serving until (empty: still serving)."
    )

    @model_validator(mode="after")
    def _ordered(self) -> PartTimeMember:
        if self.since is not None and self.until is not None and self.until < self.since:
            raise ValueError(f"until {self.until} is before since {self.since}")
        return self

    def serving_on(self, on: dt.date) -> bool:
        """Whether the member serves on ``on`` (both ends of the term included).

        >>> m = PartTimeMember(organization="甲社区党委", member="王某", department="卫生",
        ...                    until=dt.date(2025, 3, 31))
        >>> m.serving_on(dt.date(2025, 3, 31)), m.serving_on(dt.date(2025, 4, 1))
        (True, False)
        """
        return (self.since is None or self.since <= on) and (self.until is None or on <= self.until)


class PartTimeCommittee(BaseModel):
    """一个街道社区党组织的兼职委员 — who serves on ``on``, from which departments, and who does not.

    >>> c = part_time_members(["甲社区党委"], [], on=dt.date(2025, 1, 1))[0].value
    >>> c.n, c.minimum
    (0, 1)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    organization: Id
    on: dt.date
    members: tuple[Id, ...]
    departments: tuple[Id, ...]
    not_serving: tuple[Id, ...]
    n: int
    minimum: int


class _PartTimeTexts:
    """Texts of organizations.part_time_members (“1+*”模式,派驻党员作兼职委员)."""

    reading = Say(
        "“1+*”模式:街道社区党组织(“1”)吸纳派驻部门党员(“*”)进入领导班子作兼职委员,至少{minimum}名",
        "The 1+* pattern: the street or community party organization (the 1) takes stationed "
        "departments' members (the *) onto its committee as part-time members: at least {minimum}",
    )
    departments = Say(
        "兼职委员来自{items}(原文所列部门以“等”字结尾,不要求特定部门)",
        "Part-time members come from {items} (the seed's list of departments ends in 等: no "
        "particular department is required)",
    )
    not_serving = Say(
        "{items}于{on}不在兼职委员任期内,不计入",
        "{items}: not serving as part-time member(s) on {on}, not counted",
    )
    met = Say(
        "{organization}有派驻部门兼职委员{n}名({names})",
        "{organization} has {n} part-time member(s) from stationed departments ({names})",
    )
    short_none = Say(
        "{organization}没有派驻部门党员作兼职委员",
        "{organization} has no stationed department's member on its committee",
    )
    short_lapsed = Say(
        "{organization}在{on}没有在任的派驻部门兼职委员({names}不在任期内)",
        "{organization} has no stationed department's member serving on its committee on {on} "
        "({names}: not serving)",
    )
    short = Say(
        "{organization}只有派驻部门兼职委员{n}名({names}),少于{minimum}名",
        "{organization} has only {n} part-time member(s) from stationed departments ({names}), "
        "fewer than {minimum}",
    )


@rule(
    "organizations.part_time_members",
    zh="“1+*”模式:吸纳派驻部门党员进入街道社区党组织领导班子作兼职委员",
    en="The 1+* pattern: stationed departments' party members sit on street and community "
    "party committees as part-time members",
    document=S001,
    section="一、党建工作方面 1、加强组织建设,构建区域化“大党建”格局",
    quote="采取“1+*”模式,吸纳公安、检察院、法院、司法、教育、卫生、城管及煤气、水、电、供暖、通讯、"
    "邮政、消防、环保、国税、地税、工商、质监、食药监等部门派驻党员进入街道社区党组织领导班子作兼职委员",
    parameters=(_PARAM,),
)
def part_time_members(
    organizations: Iterable[str],
    members: Iterable[PartTimeMember],
    *,
    on: dt.date,
    policy: Policy | None = None,
) -> tuple[Decision[PartTimeCommittee], ...]:
    """派驻党员兼职委员 — for each 街道/社区 party organization, its part-time members on ``on``.

    ``organizations`` lists the organizations checked; one with members listed
    is checked even when not listed. Decisions are ordered by organization,
    names by member. A member whose ``since``/``until`` does not cover ``on``
    does not count (a reason says so). Outcomes: ``met`` (at least
    ``organizations.part_time_members_minimum``) or ``short`` (a finding, with
    the count and the names). A member listed twice for one organization is a
    [`RecordError`][orgwork.errors.RecordError].

    >>> ms = [PartTimeMember(organization="东城社区党委", member="王某", department="公安")]
    >>> ds = part_time_members(["东城社区党委", "西城社区党委"], ms, on=dt.date(2025, 6, 30))
    >>> [(d.subject, d.outcome) for d in ds]
    [('东城社区党委', 'met'), ('西城社区党委', 'short')]
    """
    on = as_date(on, "on")
    listed = as_field(
        tuple[Id, ...], as_collection(organizations, "organizations"), "organizations"
    )
    check_unique(listed, "organizations: organization")
    given = as_models(PartTimeMember, members, "members")
    check_unique((f"{m.organization}·{m.member}" for m in given), "members: organization·member")
    ctx = RuleContext(part_time_members, policy, on=on)
    ctx.param(_PARAM)
    names = sorted(set(listed) | {m.organization for m in given})
    return tuple(_committee(name, given, on, ctx.fork()) for name in names)


def _committee(
    organization: str, given: tuple[PartTimeMember, ...], on: dt.date, ctx: RuleContext
) -> Decision[PartTimeCommittee]:
    """One organization: its members serving on ``on`` against the minimum."""
    minimum = ctx.param(_PARAM)
    mine = sorted((m for m in given if m.organization == organization), key=lambda m: m.member)
    serving = [m for m in mine if m.serving_on(on)]
    counted = tuple(m.member for m in serving)
    departments = tuple(sorted({m.department for m in serving}))
    not_serving = tuple(m.member for m in mine if not m.serving_on(on))
    ctx.say(_PartTimeTexts.reading, minimum=minimum)
    ctx.say_list(_PartTimeTexts.departments, departments)
    ctx.say_list(_PartTimeTexts.not_serving, not_serving, on=day(on))
    n = len(counted)
    v = PartTimeCommittee(
        organization=organization,
        on=on,
        members=counted,
        departments=departments,
        not_serving=not_serving,
        n=n,
        minimum=minimum,
    )
    who = joined(counted, "、", ", ")
    if n >= minimum:
        return ctx.decide(
            "met",
            v,
            _PartTimeTexts.met,
            subject=organization,
            organization=organization,
            n=n,
            names=who,
        )
    if n:
        headline = _PartTimeTexts.short.text(
            organization=organization, n=n, names=who, minimum=minimum
        )
    elif not_serving:
        headline = _PartTimeTexts.short_lapsed.text(
            organization=organization, on=day(on), names=joined(not_serving, "、", ", ")
        )
    else:
        headline = _PartTimeTexts.short_none.text(organization=organization)
    return ctx.decide("short", v, headline, subject=organization)

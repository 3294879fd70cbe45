"""去世有人开追悼会 — who hosts an elderly member's memorial service, by honour and past post."""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_field
from orgwork.care._model import (
    S000,
    ElderlyMember,
    HonourLevel,
    Organization,
    PostLevel,
    Town,
    _Ordered,
)
from orgwork.decision import Decision, Reason, RuleContext, Say, Text, both
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = ["HostRole", "MemorialHost", "memorial_host"]


class HostRole(_Ordered):
    """追悼会主持人 — the roles that host a memorial service, ordered from junior to senior.

    ``BRANCH_SECRETARY`` (所在基层党组织书记) ``< STATIONED_CADRE``
    (蹲点/挂村镇干部) ``< ORGANIZATION_MEMBER`` (镇党委组织委员)
    ``< DEPUTY_SECRETARY`` (镇分管组织副书记) ``< PARTY_SECRETARY`` (镇党委书记).

    Examples:
        >>> HostRole.DEPUTY_SECRETARY > HostRole.STATIONED_CADRE
        True
        >>> HostRole.PARTY_SECRETARY.zh
        '镇党委书记'
    """

    BRANCH_SECRETARY = "branch_secretary"
    STATIONED_CADRE = "stationed_cadre"
    ORGANIZATION_MEMBER = "organization_member"
    DEPUTY_SECRETARY = "deputy_secretary"
    PARTY_SECRETARY = "party_secretary"

    @property
    def zh(self) -> str:
        """中文名称 — the role's Chinese name.

        Examples:
            >>> HostRole.STATIONED_CADRE.zh
            '蹲点(挂村)镇干部'
        """
        return _ROLE_ZH[self]

    @property
    def en(self) -> str:
        """英文名称 — the role's English name.

        Examples:
            >>> HostRole.ORGANIZATION_MEMBER.en
            "the town committee's organization member"
        """
        return _ROLE_EN[self]


_ROLE_ZH = {
    HostRole.BRANCH_SECRETARY: "所在基层党组织书记",
    HostRole.STATIONED_CADRE: "蹲点(挂村)镇干部",
    HostRole.ORGANIZATION_MEMBER: "镇党委组织委员",
    HostRole.DEPUTY_SECRETARY: "镇分管组织副书记",
    HostRole.PARTY_SECRETARY: "镇党委书记",
}
_ROLE_EN = {
    HostRole.BRANCH_SECRETARY: "the secretary of the member's basic-level organization",
    HostRole.STATIONED_CADRE: "the town cadre stationed at the village",
    HostRole.ORGANIZATION_MEMBER: "the town committee's organization member",
    HostRole.DEPUTY_SECRETARY: "the town deputy secretary in charge of organization work",
    HostRole.PARTY_SECRETARY: "the town party secretary",
}


class MemorialHost(BaseModel):
    """追悼会主持安排 — the decided host of one memorial service.

    ``tier`` is the role the seed's tiers name for the member; ``host_role``
    and ``host`` are who actually hosts in the given roster (after the
    vacancy policy), ``None`` when no one can be named (no roster, or every
    role tried is vacant); ``vacant`` lists the roles found vacant on the way;
    ``attendees`` are all the other members of the organization.

    Examples:
        >>> m = ElderlyMember(id="M1", name="某", organization="V01", died_on="2025-01-05")
        >>> memorial_host(m).value
        MemorialHost(member='M1', organization='V01', tier=<HostRole.BRANCH_SECRETARY: 'branch_secretary'>, host_role=None, host=None, vacant=(), attendees=())
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    member: Id
    organization: Id
    tier: HostRole
    host_role: HostRole | None = None
    host: str | None = None
    vacant: tuple[HostRole, ...] = ()
    attendees: tuple[str, ...] = Field(default=(), description="全体党员: who must attend.")


_RULE_QUOTE = (
    "普通老党员去世,由所在基层党组织书记主持召开追悼会;曾任支委以上职务的党员干部去世,"
    "由蹲挂村镇干部主持开追悼会;曾受大冶市表彰的老党员去世,由镇党委组织委员主持召开追悼会;"
    "曾受黄石市表彰的老党员去世,由镇分管组织副书记主持召开追悼会;曾受省级以上表彰的老党员去世,"
    "由镇党委书记主持召开追悼会"
)


class _MemorialTexts:
    """Texts of care.memorial_host (老党员去世有人开追悼会)."""

    ordinary = Say(
        "普通老党员去世,由所在基层党组织书记主持召开追悼会",
        "An ordinary elderly member's service is hosted by the secretary of "
        "their basic-level organization",
    )
    former_post = Say(
        "曾任{title}({level}),属支委以上职务:由蹲挂村镇干部主持",
        "Once held {title} ({level}), a post of branch committee member or above: "
        "hosted by the town cadre stationed at the village",
    )
    # {what} (the honour's title, or 表彰) is shown in the Chinese text only.
    honoured = Say(
        "曾受{by}({level})表彰({what}):由{role}主持",
        "Honoured by {by} ({level} level){what}: hosted by {role}",
    )
    below_tiers = Say(
        "所受{by}({level})表彰不在分级主持之列",
        "The honour from {by} ({level} level) is below the levels that raise the host",
    )
    most_senior = Say(
        "多项适用时取最高一级:{tier}", "Where several tiers apply the most senior wins: {tier}"
    )
    vacant = Say("{role}空缺", "The post of {role} is vacant")
    vacancy_policy: ClassVar[dict[str, Say]] = {
        "next_senior": Say(
            "本地规定:空缺时由上一级角色主持",
            "Local policy: a vacant role passes to the next senior role",
        ),
        "next_junior": Say(
            "本地规定:空缺时由下一级角色主持",
            "Local policy: a vacant role passes to the next junior role",
        ),
        "none": Say(
            "本地规定:空缺时不指定替代主持人",
            "Local policy: no substitute is named for a vacant role",
        ),
    }
    no_roster = Say(
        "未提供{role}的名单,无法确定具体人选",
        "No roster for {role} was given, so no person is named",
    )
    attendees = Say(
        "所在基层党组织全体党员参加追悼活动({n}人)",
        "All members of the basic-level organization attend ({n})",
    )
    hosted = Say(
        "{name}的追悼会由{role}({host})主持",
        "{name}'s memorial service is hosted by {host} ({role})",
    )
    role_only = Say(
        "{name}的追悼会应由{role}主持", "{name}'s memorial service is to be hosted by {role}"
    )
    unfilled = Say(
        "{name}的追悼会应由{role}主持,但该职务空缺,须另行确定主持人",
        "{name}'s memorial service is due to be hosted by {role}, "
        "but no one holds a role that can host it; a host must be appointed",
    )


#: The level names the reasons show: the enum's Chinese name, its value in English.
_LEVEL: dict[HonourLevel | PostLevel, Text] = {
    level: Text(zh=level.zh, en=level.value) for level in (*HonourLevel, *PostLevel)
}


#: A tier that applies to the member, and why.
_Tier = tuple[HostRole, Reason]


def _ordinary(ctx: RuleContext) -> _Tier:
    """普通老党员去世,由所在基层党组织书记主持召开追悼会 (every member has this tier)."""
    return HostRole.BRANCH_SECRETARY, ctx.reason(_MemorialTexts.ordinary)


def _former_post(ctx: RuleContext, member: ElderlyMember) -> _Tier | None:
    """曾任支委以上职务的党员干部去世,由蹲挂村镇干部主持开追悼会.

    The member's most senior post counts; 支委以上 is any level from
    ``PostLevel.BRANCH_COMMITTEE`` up.
    """
    post = max(member.posts, key=lambda p: p.level, default=None)
    if post is None or post.level < PostLevel.BRANCH_COMMITTEE:
        return None
    why = ctx.reason(_MemorialTexts.former_post, title=post.title, level=_LEVEL[post.level])
    return HostRole.STATIONED_CADRE, why


#: The host tier an honour of each level calls for (township honours call for none).
_HONOUR_TIER = {
    # 曾受大冶市表彰的老党员去世,由镇党委组织委员主持召开追悼会
    HonourLevel.COUNTY: HostRole.ORGANIZATION_MEMBER,
    # 曾受黄石市表彰的老党员去世,由镇分管组织副书记主持召开追悼会
    HonourLevel.PREFECTURE: HostRole.DEPUTY_SECRETARY,
    # 曾受省级以上表彰的老党员去世,由镇党委书记主持召开追悼会
    HonourLevel.PROVINCE: HostRole.PARTY_SECRETARY,
    HonourLevel.NATIONAL: HostRole.PARTY_SECRETARY,
}


def _honoured(ctx: RuleContext, member: ElderlyMember) -> _Tier | None:
    """曾受大冶市表彰 … 由镇党委组织委员主持;曾受黄石市表彰 … 由镇分管组织副书记主持;
    曾受省级以上表彰 … 由镇党委书记主持 (one clause per row of ``_HONOUR_TIER``).

    The member's most senior honour counts, by the level of the body that
    awarded it (大冶市 is a county-level city, 黄石市 a prefecture-level one);
    a township honour raises no tier.
    """
    honour = max(member.honours, key=lambda h: h.level, default=None)
    if honour is None:
        return None
    by, level = honour.awarded_by, _LEVEL[honour.level]
    role = _HONOUR_TIER.get(honour.level)
    if role is None:
        return HostRole.BRANCH_SECRETARY, ctx.reason(_MemorialTexts.below_tiers, by=by, level=level)
    what = both(honour.title or "表彰", "")
    why = ctx.reason(_MemorialTexts.honoured, by=by, level=level, what=what, role=role)
    return role, why


def _tiers(ctx: RuleContext, member: ElderlyMember) -> list[_Tier]:
    """Every tier that applies to ``member``, with why, in the order of the quote."""
    found = (_ordinary(ctx), _former_post(ctx, member), _honoured(ctx, member))
    return [tier for tier in found if tier is not None]


def _holder(role: HostRole, org: Organization | None, town: Town | None) -> tuple[bool, str | None]:
    """(whether the roster for ``role`` was given, who holds it or None if vacant)."""
    if role is HostRole.BRANCH_SECRETARY:
        return (org is not None, org.secretary if org else None)
    if role is HostRole.STATIONED_CADRE:
        return (org is not None, org.stationed_cadre if org else None)
    if town is None:
        return (False, None)
    if role is HostRole.ORGANIZATION_MEMBER:
        return (True, town.organization_member)
    if role is HostRole.DEPUTY_SECRETARY:
        return (True, town.deputy_secretary)
    return (True, town.party_secretary)


def _succession(tier: HostRole, vacancy: str) -> list[HostRole]:
    """The roles tried in turn to host, from ``tier``, under the vacancy policy."""
    roles = list(HostRole)
    i = roles.index(tier)
    if vacancy == "next_senior":
        return roles[i:]
    if vacancy == "next_junior":
        return roles[i::-1]
    return [tier]


class _Found(NamedTuple):
    """Who hosts: the first role tried that is held, the vacant roles passed on the way,
    or the first role whose roster was not given (``unknown``)."""

    role: HostRole | None = None
    host: str | None = None
    vacant: tuple[HostRole, ...] = ()
    unknown: HostRole | None = None


def _find_host(roles: list[HostRole], org: Organization | None, town: Town | None) -> _Found:
    """The first of ``roles`` someone holds in the roster given."""
    vacant: list[HostRole] = []
    for role in roles:
        known, name = _holder(role, org, town)
        if not known:
            return _Found(vacant=tuple(vacant), unknown=role)
        if name:
            return _Found(role, name, tuple(vacant))
        vacant.append(role)
    return _Found(vacant=tuple(vacant))


def _outcome(name: str, tier: HostRole, found: _Found) -> tuple[str, Text]:
    """The outcome and headline: a host named, the role only (no roster), or a vacancy."""
    if found.role is not None and found.host is not None:
        outcome = "host" if found.role is tier else "substitute"
        return outcome, _MemorialTexts.hosted.text(name=name, role=found.role, host=found.host)
    if found.unknown is not None:  # the first role without a roster: the tier, or the next
        return "role_only", _MemorialTexts.role_only.text(name=name, role=found.unknown)
    return "vacant", _MemorialTexts.unfilled.text(name=name, role=tier)


def _check_roster(member: ElderlyMember, organization: Organization | None) -> None:
    """The member has died, and the roster given is of the member's own organization."""
    if member.died_on is None:
        raise RecordError(f"memorial_host: member {member.id} has no date of death (died_on)")
    if organization is not None and organization.id != member.organization:
        raise RecordError(
            f"memorial_host: member {member.id} belongs to {member.organization}, "
            f"not to {organization.id}"
        )


@rule(
    "care.memorial_host",
    zh="老党员去世有人开追悼会:按表彰级别和曾任职务确定主持人",
    en="A memorial service for every elderly member, hosted by a role set by honour and past post",
    document=S000,
    section="第一篇 二(五)",
    quote=_RULE_QUOTE,
    parameters=("care.memorial_vacancy",),
)
def memorial_host(
    member: ElderlyMember,
    *,
    organization: Organization | None = None,
    town: Town | None = None,
    policy: Policy | None = None,
) -> Decision[MemorialHost]:
    """追悼会主持人 — who hosts a deceased elderly member's memorial service, and who attends.

    The most senior tier that applies wins: an honour at provincial level or
    above → the town party secretary; a prefecture-level honour → the town
    deputy secretary in charge of organization work; a county-level honour →
    the town committee's organization member; a post of branch committee
    member (支委) or above → the town cadre stationed at the village;
    otherwise the secretary of the member's organization. Township-level
    honours raise no tier.

    With a roster (``organization`` and, for town roles, ``town``) the host
    is named. If the role is vacant, ``care.memorial_vacancy`` decides: the
    next senior role (default), the next junior role, or no substitute
    (outcome ``"vacant"``). Without the roster the decision names the role
    only (outcome ``"role_only"``). All members of the organization attend.

    Raises [`RecordError`][orgwork.errors.RecordError] if the member has not died or
    belongs to another organization than the one given.

    Examples:
        >>> from orgwork.care import Honour
        >>> m = ElderlyMember(id="M1", name="某老党员", organization="V01", died_on="2025-03-01",
        ...     honours=[Honour(awarded_by="黄石市", level=HonourLevel.PREFECTURE)])
        >>> memorial_host(m).value.tier
        <HostRole.DEPUTY_SECRETARY: 'deputy_secretary'>
        >>> town = Town(name="某镇", party_secretary="王书记", deputy_secretary=None)
        >>> org = Organization(id="V01", name="某村党支部", secretary="张书记", members=("M1", "M2"))
        >>> d = memorial_host(m, organization=org, town=town)
        >>> d.outcome, d.value.host_role.zh, d.value.host, d.value.attendees
        ('substitute', '镇党委书记', '王书记', ('M2',))
    """
    member = as_field(ElderlyMember, member, "member")
    organization = as_field(Organization | None, organization, "organization")
    town = as_field(Town | None, town, "town")
    _check_roster(member, organization)
    ctx = RuleContext(memorial_host, policy, on=member.died_on)
    vacancy = ctx.param("care.memorial_vacancy")

    tiers = _tiers(ctx, member)
    tier = max(role for role, _ in tiers)
    ctx.add(*(why for _, why in tiers))
    if len({role for role, _ in tiers}) > 1:
        ctx.say(_MemorialTexts.most_senior, tier=tier)

    found = _find_host(_succession(tier, vacancy), organization, town)
    for role in found.vacant:
        ctx.say(_MemorialTexts.vacant, role=role)
    if found.vacant:
        ctx.say(_MemorialTexts.vacancy_policy[vacancy])
    outcome, headline = _outcome(member.name, tier, found)
    if found.unknown is not None:
        ctx.say(_MemorialTexts.no_roster, role=found.unknown)

    attendees: tuple[str, ...] = ()
    if organization is not None:
        attendees = tuple(m for m in organization.members if m != member.id)
        ctx.say(_MemorialTexts.attendees, n=len(attendees))
    host = MemorialHost(
        member=member.id,
        organization=member.organization,
        tier=tier,
        host_role=found.role,
        host=found.host,
        vacant=found.vacant,
        attendees=attendees,
    )
    return ctx.decide(outcome, host, headline, subject=member.id)

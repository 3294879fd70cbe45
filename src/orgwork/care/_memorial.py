"""去世有人开追悼会 — who hosts an elderly member's memorial service, by honour and past post."""

from __future__ import annotations

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
from orgwork.decision import Decision, Reason, Text
from orgwork.errors import RecordError
from orgwork.policy import Policy, resolve
from orgwork.rules import rule

__all__ = ["HostRole", "MemorialHost", "memorial_host"]

RULE = "care.memorial_host"


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

#: The host tier an honour of each level calls for (township honours call for none).
_HONOUR_TIER = {
    HonourLevel.COUNTY: HostRole.ORGANIZATION_MEMBER,
    HonourLevel.PREFECTURE: HostRole.DEPUTY_SECRETARY,
    HonourLevel.PROVINCE: HostRole.PARTY_SECRETARY,
    HonourLevel.NATIONAL: HostRole.PARTY_SECRETARY,
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

    member: str
    organization: str
    tier: HostRole
    host_role: HostRole | None = None
    host: str | None = None
    vacant: tuple[HostRole, ...] = ()
    attendees: tuple[str, ...] = Field(default=(), description="全体党员: who must attend.")


def _tier_reasons(member: ElderlyMember) -> list[tuple[HostRole, Reason]]:
    """Every tier that applies to ``member``, with why."""
    out = [
        (
            HostRole.BRANCH_SECRETARY,
            Reason(
                rule=RULE,
                zh="普通老党员去世,由所在基层党组织书记主持召开追悼会",
                en="An ordinary elderly member's service is hosted by the secretary of "
                "their basic-level organization",
            ),
        )
    ]
    post = max(member.posts, key=lambda p: p.level, default=None)
    if post is not None and post.level >= PostLevel.BRANCH_COMMITTEE:
        out.append(
            (
                HostRole.STATIONED_CADRE,
                Reason(
                    rule=RULE,
                    zh=f"曾任{post.title}({post.level.zh}),属支委以上职务:由蹲挂村镇干部主持",
                    en=f"Once held {post.title} ({post.level.value}), a post of branch "
                    "committee member or above: hosted by the town cadre stationed at the village",
                ),
            )
        )
    honour = max(member.honours, key=lambda h: h.level, default=None)
    if honour is not None and honour.level in _HONOUR_TIER:
        role = _HONOUR_TIER[honour.level]
        what = f"{honour.title}" if honour.title else "表彰"
        out.append(
            (
                role,
                Reason(
                    rule=RULE,
                    zh=f"曾受{honour.awarded_by}({honour.level.zh})表彰({what}):由{role.zh}主持",
                    en=f"Honoured by {honour.awarded_by} ({honour.level.value} level): "
                    f"hosted by {role.en}",
                ),
            )
        )
    elif honour is not None:
        out.append(
            (
                HostRole.BRANCH_SECRETARY,
                Reason(
                    rule=RULE,
                    zh=f"所受{honour.awarded_by}({honour.level.zh})表彰不在分级主持之列",
                    en=f"The honour from {honour.awarded_by} ({honour.level.value} level) "
                    "is below the levels that raise the host",
                ),
            )
        )
    return out


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


_RULE_QUOTE = (
    "普通老党员去世,由所在基层党组织书记主持召开追悼会;曾任支委以上职务的党员干部去世,"
    "由蹲挂村镇干部主持开追悼会;曾受大冶市表彰的老党员去世,由镇党委组织委员主持召开追悼会;"
    "曾受黄石市表彰的老党员去世,由镇分管组织副书记主持召开追悼会;曾受省级以上表彰的老党员去世,"
    "由镇党委书记主持召开追悼会"
)


@rule(
    RULE,
    zh="老党员去世有人开追悼会:按表彰级别和曾任职务确定主持人",
    en="A memorial service for every elderly member, hosted by a role set by honour and past post",
    document=S000,
    section="第一篇 二(五)",
    quote=_RULE_QUOTE,
    parameters=("care.memorial_vacancy",),
    public_name="orgwork.care.memorial_host",
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

    Raises :class:`~orgwork.errors.RecordError` if the member has not died or
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
    if member.died_on is None:
        raise RecordError(f"memorial_host: member {member.id} has no date of death (died_on)")
    if organization is not None and organization.id != member.organization:
        raise RecordError(
            f"memorial_host: member {member.id} belongs to {member.organization}, "
            f"not to {organization.id}"
        )
    p = resolve(policy, member.died_on)
    vacancy = p.care.memorial_vacancy
    tiers = _tier_reasons(member)
    tier = max(role for role, _ in tiers)
    reasons = [r for _, r in tiers]
    if len({role for role, _ in tiers}) > 1:
        reasons.append(
            Reason(
                rule=RULE,
                zh=f"多项适用时取最高一级:{tier.zh}",
                en=f"Where several tiers apply the most senior wins: {tier.en}",
            )
        )

    roles = list(HostRole)
    i = roles.index(tier)
    if vacancy == "next_senior":
        order = roles[i:]
    elif vacancy == "next_junior":
        order = roles[i::-1]
    else:
        order = [tier]

    host_role: HostRole | None = None
    host: str | None = None
    vacant: list[HostRole] = []
    unknown: HostRole | None = None
    for role in order:
        known, name = _holder(role, organization, town)
        if not known:
            unknown = role
            break
        if name:
            host_role, host = role, name
            break
        vacant.append(role)

    for role in vacant:
        reasons.append(
            Reason(
                rule=RULE,
                zh=f"{role.zh}空缺",
                en=f"The post of {role.en} is vacant",
            )
        )
    if vacant:
        how = {
            "next_senior": (
                "空缺时由上一级角色主持",
                "a vacant role passes to the next senior role",
            ),
            "next_junior": (
                "空缺时由下一级角色主持",
                "a vacant role passes to the next junior role",
            ),
            "none": ("空缺时不指定替代主持人", "no substitute is named for a vacant role"),
        }[vacancy]
        reasons.append(Reason(rule=RULE, zh=f"本地规定:{how[0]}", en=f"Local policy: {how[1]}"))

    name_zh = member.name
    if host is not None and host_role is not None:
        outcome = "host" if host_role is tier else "substitute"
        headline = Text(
            zh=f"{name_zh}的追悼会由{host_role.zh}({host})主持",
            en=f"{member.name}'s memorial service is hosted by {host} ({host_role.en})",
        )
    elif unknown is not None:
        outcome = "role_only"
        headline = Text(
            zh=f"{name_zh}的追悼会应由{(unknown if vacant else tier).zh}主持",
            en=f"{member.name}'s memorial service is to be hosted by "
            f"{(unknown if vacant else tier).en}",
        )
        reasons.append(
            Reason(
                rule=RULE,
                zh=f"未提供{unknown.zh}的名单,无法确定具体人选",
                en=f"No roster for {unknown.en} was given, so no person is named",
            )
        )
    else:
        outcome = "vacant"
        headline = Text(
            zh=f"{name_zh}的追悼会应由{tier.zh}主持,但该职务空缺,须另行确定主持人",
            en=f"{member.name}'s memorial service is due to be hosted by {tier.en}, "
            "but no one holds a role that can host it; a host must be appointed",
        )

    attendees: tuple[str, ...] = ()
    if organization is not None:
        attendees = tuple(m for m in organization.members if m != member.id)
        reasons.append(
            Reason(
                rule=RULE,
                zh=f"所在基层党组织全体党员参加追悼活动({len(attendees)}人)",
                en=f"All members of the basic-level organization attend ({len(attendees)})",
            )
        )
    return Decision[MemorialHost](
        rule=RULE,
        subject=member.id,
        outcome=outcome,
        value=MemorialHost(
            member=member.id,
            organization=member.organization,
            tier=tier,
            host_role=host_role,
            host=host,
            vacant=tuple(vacant),
            attendees=attendees,
        ),
        headline=headline,
        reasons=tuple(reasons),
        parameters={"care.memorial_vacancy": vacancy},
    )

"""Policy parameters of the open-day domain (组织部门“开放日”).

The seed (004) reports several counties' practice, and they differ: one holds
two open days a year with 30 publicly selected representatives, another
about 20 participants announced 3 days ahead. Only the follow-up time limit
has a default; every other requirement defaults to ``None`` (not required,
and reported as not checked) and is set by a locality, most easily from one
of the named presets in [`orgwork.open_day`][orgwork.open_day].
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Literal

from pydantic import field_validator, model_validator

from orgwork.policy._base import Count, NonNegativeCount, Ratio, Section, param

__all__ = ["LeadUnit", "OpenDayPolicy", "RepresentativeGroup"]

_S004 = "004_10bb32bd277cce0c.txt"

#: The unit a lead time is stated in: calendar days, weeks (7 days) or half
#: months (``open_day.half_month_days`` days).
LeadUnit = Literal["day", "week", "half_month"]

_NONE = "no common value: the seed's localities differ; set it or apply a preset"


class RepresentativeGroup(enum.StrEnum):
    """开放日代表类别 — the groups open-day representatives are drawn from (seed 004)."""

    PARTY_CONGRESS_DELEGATE = "party_congress_delegate"
    """党代表."""
    PEOPLES_CONGRESS_DEPUTY = "peoples_congress_deputy"
    """人大代表."""
    CPPCC_MEMBER = "cppcc_member"
    """政协委员."""
    GRASSROOTS_PARTY_MEMBER = "grassroots_party_member"
    """基层党员(含企业生产一线党员)."""
    GRASSROOTS_CADRE = "grassroots_cadre"
    """基层干部(村(居、社区)“两委”干部、基层组工干部)."""
    PETITIONER = "petitioner"
    """涉及组织工作的信访户."""
    ORGAN_CADRE = "organ_cadre"
    """机关干部."""
    CADRE_SUPERVISOR = "cadre_supervisor"
    """干部监督员."""
    MEDIA = "media"
    """新闻媒体."""
    NEW_ORGANIZATION_SECRETARY = "new_organization_secretary"
    """“两新组织”党组织书记."""
    COLLEGE_VILLAGE_OFFICIAL = "college_village_official"
    """大学生村官."""
    PUBLIC = "public"
    """群众代表."""
    OTHER = "other"
    """其他."""

    @property
    def zh(self) -> str:
        """The Chinese name of the group."""
        return _GROUP_ZH[self]


_GROUP_ZH = {
    RepresentativeGroup.PARTY_CONGRESS_DELEGATE: "党代表",
    RepresentativeGroup.PEOPLES_CONGRESS_DEPUTY: "人大代表",
    RepresentativeGroup.CPPCC_MEMBER: "政协委员",
    RepresentativeGroup.GRASSROOTS_PARTY_MEMBER: "基层党员",
    RepresentativeGroup.GRASSROOTS_CADRE: "基层干部",
    RepresentativeGroup.PETITIONER: "涉及组织工作的信访户",
    RepresentativeGroup.ORGAN_CADRE: "机关干部",
    RepresentativeGroup.CADRE_SUPERVISOR: "干部监督员",
    RepresentativeGroup.MEDIA: "新闻媒体",
    RepresentativeGroup.NEW_ORGANIZATION_SECRETARY: "“两新组织”党组织书记",
    RepresentativeGroup.COLLEGE_VILLAGE_OFFICIAL: "大学生村官",
    RepresentativeGroup.PUBLIC: "群众代表",
    RepresentativeGroup.OTHER: "其他",
}


class OpenDayPolicy(Section):
    """组织部开放日 — open-day parameters."""

    follow_up_working_days: Count = param(
        7,
        zh="开放日后未当场答复意见的办理答复时限(工作日)",
        en="Working days after an open day to handle and answer suggestions not answered on the spot",
        source=f"{_S004}: 在开放日活动后7个工作日内作出处理和答复",
    )
    days_per_year: Count | None = param(
        None,
        zh="每年至少举办开放日次数",
        en="Open days to hold each year, at least (None: not required)",
        source=_NONE,
        kind="local",
        le=52,
    )
    representatives: Count | None = param(
        None,
        zh="每次开放日代表人数",
        en="Representatives at each open day (None: not required)",
        source=_NONE,
        kind="local",
        le=1000,
    )
    representatives_approximate: bool = param(
        False,
        zh="代表人数为约数(“左右”)",
        en="Whether the representative count is approximate (左右), within the tolerance",
        source="local: an exact count unless a locality states an approximate one",
        kind="local",
        strict=True,
    )
    approximate_tolerance: Ratio = param(
        Decimal("0.1"),
        zh="“左右”允许的偏差(占规定人数的比例)",
        en="Share of the stated count a count 'about' it (左右) may differ by",
        source="local reading: 左右 is read as within 10% of the stated count, both ends included",
        kind="local",
    )
    public_selection: bool = param(
        False,
        zh="代表须公开选择",
        en="Whether representatives must be selected publicly (公开选择)",
        source="local: not required unless a locality requires it",
        kind="local",
        strict=True,
    )
    representative_groups: tuple[RepresentativeGroup, ...] | None = param(
        None,
        zh="代表须来自的人员类别",
        en="Groups every representative must come from (None: any)",
        source=_NONE,
        kind="local",
    )
    invitation_lead: Count | None = param(
        None,
        zh="提前寄发邀请函的时间(以 invitation_lead_unit 计)",
        en="How long before the open day invitations are sent, in invitation_lead_unit",
        source=_NONE,
        kind="local",
        le=366,
    )
    invitation_lead_unit: LeadUnit = param(
        "day",
        zh="邀请函提前时间的单位",
        en="Unit of invitation_lead: day, week (7 days) or half_month",
        source="local: calendar days unless a locality states weeks or half months",
        kind="local",
    )
    announcement_lead: Count | None = param(
        None,
        zh="提前发布活动公告的时间(以 announcement_lead_unit 计)",
        en="How long before the open day the announcement is published, in announcement_lead_unit",
        source=_NONE,
        kind="local",
        le=366,
    )
    announcement_lead_unit: LeadUnit = param(
        "day",
        zh="公告提前时间的单位",
        en="Unit of announcement_lead: day, week (7 days) or half_month",
        source="local: calendar days unless a locality states weeks or half months",
        kind="local",
    )
    half_month_days: Count = param(
        15,
        zh="“半个月”按多少个自然日计",
        en="Calendar days read for 'half a month' (半个月)",
        source="local reading: 半个月 is read as 15 calendar days",
        kind="local",
        ge=14,
        le=16,
    )
    electoral_units: Count | None = param(
        None,
        zh="推荐代表的选举单位数(至少)",
        en="Electoral units that recommend delegates, at least (None: not required)",
        source=_NONE,
        kind="local",
        le=1000,
    )
    recommended_candidates: Count | None = param(
        None,
        zh="推荐的候选代表人数(至少)",
        en="Delegates recommended to choose the representatives from, at least (None: not required)",
        source=_NONE,
        kind="local",
        le=10000,
    )
    representatives_at_least: Count | None = param(
        None,
        zh="每次开放日代表人数下限",
        en="Representatives at each open day, at least (None: no lower bound)",
        source=_NONE,
        kind="local",
        le=1000,
    )
    representatives_at_most: Count | None = param(
        None,
        zh="每次开放日代表人数上限",
        en="Representatives at each open day, at most (None: no upper bound)",
        source=_NONE,
        kind="local",
        le=1000,
    )
    required_groups: tuple[RepresentativeGroup, ...] | None = param(
        None,
        zh="每次开放日须有代表到场的人员类别(每类至少一名)",
        en="Groups each open day must have at least one representative from (None: none)",
        source=_NONE,
        kind="local",
    )
    announcement_required: bool = param(
        False,
        zh="每次开放日前须发布公告(未规定提前时间时,至少在开放日前一日)",
        en="Whether each open day must be announced beforehand (when no lead time is set: on "
        "an earlier day than the open day)",
        source="local: not required unless a locality requires it",
        kind="local",
        strict=True,
    )
    recommended_per_unit: Count | None = param(
        None,
        zh="每个选举单位推荐的党代表人数",
        en="Delegates each electoral unit recommends (None: not fixed; each unit's count is "
        "reported, not checked)",
        source="no default: 从全市18个选举单位推jian36名 gives totals only, not a number per unit",
        kind="local",
        text="从全市18个选举单位推jian36名不同类型党代表",
        le=1000,
    )
    demo_sites: Count | None = param(
        None,
        zh="代表从中选定视察点的党建示范点总数",
        en="Party-building demonstration sites the representatives choose inspection sites "
        "from (None: not checked)",
        source=_NONE,
        kind="local",
        le=100000,
    )
    sites_chosen: Count | None = param(
        None,
        zh="代表公开选定的视察点个数",
        en="Inspection sites the representatives choose publicly (None: not checked)",
        source=_NONE,
        kind="local",
        le=1000,
    )
    feedback_interval_months: Count | None = param(
        None,
        zh="向代表反馈整改情况的周期(月,每周期至少一次)",
        en="Months in which rectification progress is reported back to the representatives at "
        "least once (None: not set; the feedback is listed and referred)",
        source=(
            "no default: the seed says only 定期向代表们反馈整改情况 (regularly) and gives no "
            "number; set a number for your locality"
        ),
        kind="local",
        text="并定期向代表们反馈整改情况",
        le=60,
    )

    contact_file_lead: NonNegativeCount | None = param(
        None,
        zh="建立代表联系档案的时限:开放日前多久建立(以 contact_file_lead_unit 计;0为开放日当天)",
        en="How long before the open day each invited representative's contact file is "
        "established, in contact_file_lead_unit; 0: by the open day itself (None: not set; "
        "files missing on the review day are listed without judging lateness)",
        source=(
            "no default: 长丰县 says only 提前半个月向被邀请代表寄发邀请函,并建立代表联系档案 and "
            "gives no time for the files; set it for your locality"
        ),
        kind="local",
        text="并建立代表联系档案",
        le=366,
    )
    contact_file_lead_unit: LeadUnit = param(
        "day",
        zh="建立代表联系档案时限的单位",
        en="Unit of contact_file_lead: day, week (7 days) or half_month",
        source="local: calendar days unless a locality states weeks or half months",
        kind="local",
    )
    office_meeting_days: NonNegativeCount | None = param(
        None,
        zh="开放日后多少个自然日内将收集的意见建议提交部长办公会研究落实",
        en="Calendar days after an open day within which each suggestion collected is taken up "
        "at a 部长办公会 (None: not set; those not taken up by the review day are listed "
        "without judging lateness)",
        source=(
            "no default: 长丰县 says only 收集梳理意见建议9条,并通过部长办公会逐一落实 and gives "
            "no time; set it for your locality"
        ),
        kind="local",
        text="并通过部长办公会逐一落实",
        le=366,
    )

    @field_validator("representative_groups", "required_groups")
    @classmethod
    def _distinct_groups(
        cls, groups: tuple[RepresentativeGroup, ...] | None
    ) -> tuple[RepresentativeGroup, ...] | None:
        if groups is not None and (not groups or len(set(groups)) != len(groups)):
            raise ValueError("list each group once, and at least one group")
        return groups

    @model_validator(mode="after")
    def _range_ordered(self) -> OpenDayPolicy:
        low, high = self.representatives_at_least, self.representatives_at_most
        if low is not None and high is not None and low > high:
            raise ValueError("representatives_at_least is above representatives_at_most")
        return self

"""Named presets: the open-day practice of the localities in seed 004, with their quotes.

Each preset is a set of ``open_day`` policy values and the seed phrases they
come from (verbatim, tested). Apply one with [`OpenDayPreset.policy`][orgwork.open_day.OpenDayPreset.policy].
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from orgwork.decision import Text
from orgwork.errors import PolicyError
from orgwork.open_day._common import S004
from orgwork.policy import Policy

__all__ = [
    "BAOHE",
    "CHANGFENG",
    "CHAOHU",
    "FEIDONG",
    "FEIXI",
    "LUJIANG",
    "LUYANG",
    "PRESETS",
    "SHUSHAN",
    "YAOHAI",
    "OpenDayPreset",
]


class OpenDayPreset(BaseModel):
    """A locality's open-day requirements as named data, with the seed phrases behind them.

    ``values`` maps ``open_day.*`` parameter paths to values; ``quotes`` are
    the phrases of ``document`` they come from, verbatim; ``notes`` state
    any reading the values rest on.

    >>> CHANGFENG.policy().open_day.days_per_year
    2
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str = Field(pattern=r"^[a-z_]+$")
    locality: Text
    document: str = S004
    values: dict[str, Any]
    quotes: tuple[str, ...] = Field(min_length=1)
    notes: Text | None = None

    @field_validator("values")
    @classmethod
    def _open_day_values(cls, values: dict[str, Any]) -> dict[str, Any]:
        for path in values:
            if not path.startswith("open_day."):
                raise ValueError(f"{path}: a preset sets only open_day parameters")
        try:
            Policy.default().override(values)
        except PolicyError as exc:
            raise ValueError(str(exc)) from None
        return values

    def policy(self, base: Policy | None = None) -> Policy:
        """``base`` (the default policy if None) with this preset's values set."""
        return (base or Policy.default()).override(self.values)


CHANGFENG = OpenDayPreset(
    key="changfeng",
    locality=Text(zh="长丰县", en="Changfeng County"),
    values={
        "open_day.days_per_year": 2,
        "open_day.representatives": 30,
        "open_day.public_selection": True,
        "open_day.representative_groups": (
            "party_congress_delegate",
            "peoples_congress_deputy",
            "cppcc_member",
            "grassroots_party_member",
            "grassroots_cadre",
            "petitioner",
        ),
        "open_day.invitation_lead": 1,
        "open_day.invitation_lead_unit": "half_month",
        "open_day.announcement_lead": 1,
        "open_day.announcement_lead_unit": "week",
    },
    quotes=(
        "建立定期开放制度,每年举办2次“开放日”活动",
        "从“两代表一委员”、基层党员干部、部分涉及组织工作的信访户中,公开选择30名代表",
        "提前半个月向被邀请代表寄发邀请函",
        "活动开展的前一周通过报纸、网络媒体发布“开放日活动”公告",
    ),
    notes=Text(
        zh="“半个月”按 open_day.half_month_days(默认15天)计;“前一周”读作至少提前7天;"
        "“两代表一委员”即党代表、人大代表、政协委员",
        en="'Half a month' is open_day.half_month_days (15 days by default); 'the week before' "
        "is read as at least 7 days ahead; 两代表一委员 are party congress delegates, "
        "people's congress deputies and CPPCC members",
    ),
)

BAOHE = OpenDayPreset(
    key="baohe",
    locality=Text(zh="包河区", en="Baohe District"),
    values={
        "open_day.representatives": 20,
        "open_day.representatives_approximate": True,
        "open_day.announcement_lead": 3,
        "open_day.announcement_lead_unit": "day",
    },
    quotes=(
        "确定区直机关干部、基层普通党员、“两代表一委员”、干部监督员、新闻媒体等20人左右参加开放日活动",
        "提前3天对外发布活动信息",
    ),
    notes=Text(
        zh="“20人左右”按 open_day.approximate_tolerance(默认±10%)计;代表类别以“等”结尾,不作封闭清单,不检查类别",
        en="'About 20' uses open_day.approximate_tolerance (±10% by default); the list of groups "
        "ends in 等 (and others), so groups are not checked",
    ),
)

CHAOHU = OpenDayPreset(
    key="chaohu",
    locality=Text(zh="巢湖市", en="Chaohu City"),
    values={
        "open_day.representatives": 18,
        "open_day.representative_groups": ("party_congress_delegate",),
        "open_day.electoral_units": 18,
        "open_day.recommended_candidates": 36,
        "open_day.demo_sites": 100,
        "open_day.sites_chosen": 2,
    },
    quotes=(
        "从全市18个选举单位推jian36名不同类型党代表",
        "确定了18名党代表参与活动",
        "在全市100个党建示范点中,由代表公开选定2个作为视察点",
    ),
    notes=Text(
        zh="推荐的选举单位数和推荐人数按“不少于”检查;源文本“推jian”即“推荐”;"
        "原文只给出18个单位共推荐36名,未规定每个单位推荐几名,故不设 open_day.recommended_per_unit;"
        "“综合性别、年龄、工作岗位、代表层级等因素”未给出比例,只报告分布,提交研究决定;"
        "“最终确定”的5个视察点由组织确定,不限于代表选定的2个,也不限于100个示范点",
        en="Electoral units and recommended delegates are minimums; 推jian in the source is 推荐; "
        "the text gives 36 from 18 units in total, not a number per unit, so "
        "open_day.recommended_per_unit is not set; the balance by sex, age, post and level "
        "has no proportions: its spread is reported and referred; the 5 sites finally "
        "fixed are the organization's, beyond the 2 the representatives chose and not "
        "necessarily among the 100 demonstration sites",
    ),
)

FEIXI = OpenDayPreset(
    key="feixi",
    locality=Text(zh="肥西县", en="Feixi County"),
    values={"open_day.follow_up_working_days": 7},
    quotes=("在开放日活动后7个工作日内作出处理和答复", "并定期向代表们反馈整改情况"),
    notes=Text(
        zh="代表来源以“等各行各业”结尾,不作封闭清单;“定期反馈整改情况”未给出周期,"
        "不设 open_day.feedback_interval_months(反馈情况列明后提交研究决定)",
        en="The list of groups ends in 等各行各业 (and every trade), so groups are not checked; "
        "定期 feedback on rectification gives no cadence, so open_day.feedback_interval_months "
        "is not set (the feedback is listed and referred)",
    ),
)

FEIDONG = OpenDayPreset(
    key="feidong",
    locality=Text(zh="肥东县", en="Feidong County"),
    values={
        "open_day.required_groups": (
            "party_congress_delegate",
            "peoples_congress_deputy",
            "cppcc_member",
            "grassroots_party_member",
            "new_organization_secretary",
            "college_village_official",
        ),
        "open_day.announcement_required": True,
    },
    quotes=(
        "在组织“两代表一委员”、基层党员代表、“两新组织”党组织书记、大学生村官等参与的同时",
        "县委组织部通过电视台、电台和肥东报等媒体,公布活动信息",
    ),
    notes=Text(
        zh="所列人员类别每类至少一名到场;以“等”结尾,其他类别也可参加(不设 representative_groups);"
        "“公布活动信息”读作在开放日前发布(自主报名的基层群众代表须事先得知),未规定提前时间;"
        "发布媒体(电视台、电台、肥东报)不在记录中,不检查;"
        "组织进科室、组织听通报(部长亲自通报)、组织进一线是“坚持载体创新,确保开放内容多样性”"
        "的做法,原文记述所做之事,未要求每次开放日都有,不检查;"
        "76名代表、21名自主报名、6个参观点、17条意见建议是历年累计结果,不是每次的要求",
        en="At least one representative of each group named; the list ends in 等, so others "
        "may come too (representative_groups not set); 公布活动信息 is read as an "
        "announcement before the open day (21 came by registering themselves), with no lead "
        "time; the media used are not recorded and not checked; the office visits, the head's "
        "own briefing and the front-line visits (组织进科室、听通报、进一线) are how the county "
        "varied the content (坚持载体创新), reported as done, not required of every open day: "
        "not checked; 76 representatives, 21 "
        "self-registered, 6 sites and 17 suggestions are totals over the years, not "
        "requirements of each open day",
    ),
)

LUJIANG = OpenDayPreset(
    key="lujiang",
    locality=Text(zh="庐江县", en="Lujiang County"),
    values={},
    quotes=("精心制作14块图文并茂的宣传展板",),
    notes=Text(
        zh="原文记述的是做法和结果(14块展板、分管部长当“导游”、金点子征集表和满意度测评表、"
        "近两年收集意见建议127条),没有可据以检查开放日计划的次数、人数或时限,故不设任何要求",
        en="The text reports what was done (14 display boards, the deputy head as guide, "
        "suggestion and satisfaction forms, 127 suggestions in two years), with no number "
        "of open days, representatives or time limit a plan can be checked against: "
        "nothing is set",
    ),
)

YAOHAI = OpenDayPreset(
    key="yaohai",
    locality=Text(zh="瑶海区", en="Yaohai District"),
    values={
        "open_day.representatives_at_least": 11,
        "open_day.representatives_at_most": 19,
        "open_day.required_groups": (
            "party_congress_delegate",
            "peoples_congress_deputy",
            "cppcc_member",
            "grassroots_cadre",
            "public",
        ),
        "open_day.announcement_required": True,
    },
    quotes=(
        "每次开放日活动前,及时发布公告组织自主报名或邀请代表参与",
        "每次邀请“两代表一委员”、拔尖人才、基层干部群众等十余名代表走进组织部",
    ),
    notes=Text(
        zh="“十余名”读作11至19名;“基层干部群众”读作基层干部和群众代表两类,每类至少一名;"
        "“拔尖人才”无对应类别,不检查;以“等”结尾,其他类别也可参加;"
        "“及时”未规定提前时间,读作在开放日前一日或更早发布公告;"
        "“自愿报名和邀访相结合”不检查(无人报名时仍可举行);“对收集的意见建议及时进行反馈”未给出时限",
        en="十余名 is read as 11 to 19; 基层干部群众 as two groups, grassroots cadres and the "
        "public, one of each at least; 拔尖人才 (top talent) has no group and is not checked; "
        "the list ends in 等, so others may come; 及时 (promptly) gives no lead time: the "
        "announcement is on an earlier day than the open day; self-registration combined "
        "with invitation is not checked (a day nobody registers for is still held); "
        "及时进行反馈 gives no time limit",
    ),
)

LUYANG = OpenDayPreset(
    key="luyang",
    locality=Text(zh="庐阳区", en="Luyang District"),
    values={},
    quotes=("通过定期开展“组织部开放日”主题活动",),
    notes=Text(
        zh="“定期”未给出每年次数,不设 days_per_year;走访1000多名干部群众、收集意见建议49条、"
        "140名党员干部、问题1112件次解决859件是结果,不是要求,故不设任何要求",
        en="定期 (regularly) gives no number a year, so days_per_year is not set; the 1000 "
        "people visited, 49 suggestions, 140 cadres and 1112 problems (859 solved) are "
        "results, not requirements: nothing is set",
    ),
)

SHUSHAN = OpenDayPreset(
    key="shushan",
    locality=Text(zh="蜀山区", en="Shushan District"),
    values={
        "open_day.required_groups": (
            "party_congress_delegate",
            "peoples_congress_deputy",
            "cppcc_member",
            "organ_cadre",
            "public",
        ),
    },
    quotes=(
        "邀请区党代表、区人大代表、区政协委员、区直部门代表以及社区、非公企业、交警等十多个单位和部门的党员干部及群众代表参加活动",
        "既有党员代表,也有普通群众",
    ),
    notes=Text(
        zh="区党代表、区人大代表、区政协委员、区直部门代表(机关干部)和群众代表每类至少一名;"
        "“十多个单位和部门”计的是单位,记录中没有代表所在单位,不检查;"
        "“既有领导干部,也有普通办事人员;既有机关干部,也有基层一线工作人员”无对应类别,不检查",
        en="At least one district party congress delegate, people's congress deputy, CPPCC "
        "member, district department representative (organ cadre) and member of the public; "
        "'more than ten units and departments' counts units, which the records do not hold, "
        "and is not checked; leading cadres and ordinary staff, organ and front-line workers "
        "have no groups and are not checked",
    ),
)

#: Every preset, by key.
PRESETS: dict[str, OpenDayPreset] = {
    p.key: p for p in (CHANGFENG, BAOHE, CHAOHU, FEIXI, FEIDONG, LUJIANG, YAOHAI, LUYANG, SHUSHAN)
}

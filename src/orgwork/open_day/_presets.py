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

__all__ = ["BAOHE", "CHANGFENG", "CHAOHU", "FEIXI", "PRESETS", "OpenDayPreset"]


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
    },
    quotes=(
        "从全市18个选举单位推jian36名不同类型党代表",
        "确定了18名党代表参与活动",
    ),
    notes=Text(
        zh="推荐的选举单位数和推荐人数按“不少于”检查;源文本“推jian”即“推荐”",
        en="Electoral units and recommended delegates are minimums; 推jian in the source is 推荐",
    ),
)

FEIXI = OpenDayPreset(
    key="feixi",
    locality=Text(zh="肥西县", en="Feixi County"),
    values={"open_day.follow_up_working_days": 7},
    quotes=("在开放日活动后7个工作日内作出处理和答复",),
    notes=Text(
        zh="代表来源以“等各行各业”结尾,不作封闭清单",
        en="The list of groups ends in 等各行各业 (and every trade), so groups are not checked",
    ),
)

#: Every preset, by key.
PRESETS: dict[str, OpenDayPreset] = {p.key: p for p in (CHANGFENG, BAOHE, CHAOHU, FEIXI)}

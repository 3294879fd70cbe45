"""Policy parameters of the assessment domain (千分制 / 百分制, rankings, top-N salary).

The seed (``000_d6bf9a3c8f5be95e.txt`` 第一篇 一) fixes the 1000-point total,
monthly scoring, the top four villages and the uses of the result; it says
nothing about how months add up, what a missing month means, how a tie at
fourth place is settled or how many units each use admits. Those are
``kind="local"`` parameters here, each with the documented default a town
should review, or with no default at all where no neutral choice exists.

The seed of the 百分制 (``003_5278913ac78e06dd.txt``) names its four parts
but not their shares: ``assessment.hundred_point_shares`` has no default,
and the 百分制 preset needs it (or a scheme with the town's own maxima).

Examples:
    >>> from orgwork.policy import Policy
    >>> a = Policy.default().assessment
    >>> (a.thousand_point_aggregation, a.hundred_point_aggregation, a.hundred_point_shares)
    ('sum', 'mean', None)
    >>> (a.missing_months, a.tie_policy.value, a.honours_quota)
    ('not_ranked', 'refer', None)
"""

from __future__ import annotations

import datetime as _dt
import enum
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, field_validator, model_validator

from orgwork._args import two_places
from orgwork.policy._base import Count, ExactDecimal, Ratio, Section, param

__all__ = [
    "HUNDRED_POINT_PARTS",
    "USES",
    "AggregationMethod",
    "AssessmentPolicy",
    "HundredPointPart",
    "MissingMonths",
    "MissingSheetCuts",
    "OverflowHandling",
    "ShareRounding",
    "StillTied",
    "TiePolicy",
    "Use",
]

_S000 = "000_d6bf9a3c8f5be95e.txt"
_S003 = "003_5278913ac78e06dd.txt"


class TiePolicy(enum.StrEnum):
    """名次并列处理 — what happens when units tie across the N-th place of a cut.

    ``REFER`` (the default) lists the tied units as undecided and refers them
    to the town party committee (镇党委); ``INCLUDE_ALL`` admits every tied
    unit (so more than N may be admitted); ``EXCLUDE_ALL`` admits none of
    them (fewer than N); ``SECONDARY_KEYS`` orders the tied units by the
    points of named items or categories (``assessment.tie_secondary_keys``)
    and applies ``assessment.tie_still_tied`` to units still tied after them.

    Examples:
        >>> TiePolicy("include_all") is TiePolicy.INCLUDE_ALL
        True
    """

    REFER = "refer"
    INCLUDE_ALL = "include_all"
    EXCLUDE_ALL = "exclude_all"
    SECONDARY_KEYS = "secondary_keys"


#: How monthly scores make the annual result: ``"sum"`` adds the months (each
#: month scored against its share of the year's points); ``"mean"`` averages
#: monthly totals each scored out of the whole scheme.
AggregationMethod = Literal["sum", "mean"]
#: The item codes of the 百分制's four parts (003), in the seed's order:
#: 日常工作 (daily), 重点工作 (key), 共性目标 (common), 个性目标 (individual).
HundredPointPart = Literal["daily", "key", "common", "individual"]
HUNDRED_POINT_PARTS: tuple[HundredPointPart, ...] = ("daily", "key", "common", "individual")
#: A share of the 百分制: more than 0 points, at most two decimal places.
Share = Annotated[ExactDecimal, Field(gt=0), AfterValidator(two_places)]
#: What a year with unscored months means: ``"not_ranked"`` (the unit is not
#: ranked and the decision lists the missing months) or ``"zero"`` (a missing
#: month scores nothing and the unit is ranked).
MissingMonths = Literal["not_ranked", "zero"]
#: What a cut with places does while a unit of the town lacks a monthly sheet:
#: ``"hold"`` (the cut is held and referred to the town party committee, naming
#: the missing sheets) or ``"rank_others"`` (the other units are cut without it,
#: the former behaviour: a missing sheet can move another unit into the places).
MissingSheetCuts = Literal["hold", "rank_others"]
#: What an addition or deduction that would carry an item or total outside
#: its bounds does: ``"clamp"`` (applied up to the bound; the rest is recorded
#: as not applied) or ``"reject"`` (a [`RecordError`][orgwork.errors.RecordError]).
OverflowHandling = Literal["clamp", "reject"]
#: After secondary keys, what happens to units still tied across the cut.
StillTied = Literal["refer", "include_all", "exclude_all"]
#: How a quota share of the ranked units becomes a whole number of places.
ShareRounding = Literal["down", "up", "half_up"]
#: The uses the seed names for the annual result (``"honours"`` 村级组织评先评优,
#: ``"promotion"`` 镇中层干部提拔使用, ``"reserve_cadres"`` 后备干部推优,
#: ``"excellent_grade"`` 年终优秀等次评比).
Use = Literal["honours", "promotion", "reserve_cadres", "excellent_grade"]
#: Every use, in the seed's order.
USES: tuple[Use, ...] = ("honours", "promotion", "reserve_cadres", "excellent_grade")

_CS_RULES = "公务员考核规定"
_CS_SOURCE = (
    "公务员考核规定(中共中央组织部、人力资源社会保障部2020年12月修订印发),关于优秀等次比例的条款: "
    "优秀等次人数一般不超过本机关参加年度考核的公务员总人数的20%,"
    "特殊情况经同级公务员主管部门审核同意最高可至25%。"
    "Copy read: a secondary summary only, https://bjdnbx.com/jy/152025.html (2024-12-26), which "
    "gives the 20% and 25% but not the article number; no primary text could be reached, so the "
    "article is not cited by number and should be checked against the official text. "
    "Earlier: 公务员考核规定(试行)(中组发〔2007〕2号, 2007年1月) 第十二条 (numbered from memory, "
    "not in the copy read): 一般掌握在本机关参加年度考核的公务员总人数的15%以内,最多不超过20% "
    "(copies read: 北京晨报 2007-01-09 via http://metronews.caiyes.cn/thread-1652-1-1.html; "
    "https://taobaiwen.com/life/405629.html); 1994 国家公务员考核暂行规定 第六条: 10%以内,最多不超过15% "
    "(copy read: a pages-corpus excerpt without an address). The value without any approval has "
    "been at most 20% since 2007"
)

_USE_SOURCE = (
    f"{_S000}: 作为村级组织评先评优和镇中层干部提拔使用、后备干部推优及年终优秀等次评比的重要依据 "
    "(the seed names the use but gives no quota or score line: set it)"
)


def _quota(zh: str, en: str) -> Any:
    return param(
        None,
        zh=f"{zh}名额(按名次取前若干名;与比例二选一)",
        en=f"{en}: number of places, from the top of the town's ranking (or set the share)",
        source=_USE_SOURCE,
        kind="local",
    )


def _share(zh: str, en: str) -> Any:
    return param(
        None,
        zh=f"{zh}名额占参加排名单位的比例(与名额数二选一)",
        en=f"{en}: places as a share of the town's ranked units (or set the number)",
        source=_USE_SOURCE,
        kind="local",
    )


def _min_points(zh: str, en: str) -> Any:
    return param(
        None,
        zh=f"{zh}最低年度得分",
        en=f"{en}: lowest annual score that qualifies",
        source=_USE_SOURCE,
        kind="local",
        ge=0,
    )


class AssessmentPolicy(Section):
    """考核 — assessment parameters."""

    thousand_point_total: Count = param(
        1000,
        zh="千分制考核总分",
        en="Total points of the thousand-point scheme",
        source=f"{_S000}: 把全年工作目标细化为若干部分,量化为千分",
    )
    hundred_point_total: Count = param(
        100,
        zh="百分制考核总分",
        en="Total points of the hundred-point scheme",
        source=f"{_S003}: 实行百分制考核法",
    )
    salary_top_n: Count = param(
        4,
        zh="享受副科级待遇的村党组织书记名额(按年度千分制排名前N名)",
        en="How many top-ranked villages' secretaries get the deputy-section-level salary",
        source=f"{_S000}: 前四名的村党组织书记可享受镇政府设立的与副科级等同的工资待遇",
    )
    scored_months: tuple[Annotated[int, Field(ge=1, le=12)], ...] = param(
        (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
        zh="每年评分的月份",
        en="The months of the year that are scored",
        source=f"{_S000}: 每月对照任务完成情况进行评分",
    )
    hundred_point_shares: dict[HundredPointPart, Share] | None = param(
        None,
        zh="百分制四部分(日常工作daily、重点工作key、共性目标common、个性目标individual)各自的分值,"
        "合计等于百分制总分",
        en="Points of each of the 百分制's four parts (daily, key, common, individual), adding "
        "up to the hundred-point total; needed by the HUNDRED_POINT preset",
        source="local: 003 (实行百分制考核法,将日常工作、重点工作、共性目标和个性目标全部细化为分值) "
        "names the four parts but gives no shares; no split is assumed: set the town's own",
        kind="local",
    )
    thousand_point_aggregation: AggregationMethod = param(
        "sum",
        zh="千分制年度结果的计算方法:sum=各月得分相加(各月按当月分配分值评分),mean=各月总分的平均",
        en="How a thousand-point scheme's annual result is made: 'sum' adds the months (each "
        "scored against its share of the year's points); 'mean' averages monthly totals",
        source="local reading of 把全年工作目标细化为若干部分,量化为千分,每月对照任务完成情况进行评分: "
        "the year's goals make the 1000 points, so the months add up to them",
        kind="local",
    )
    hundred_point_aggregation: AggregationMethod = param(
        "mean",
        zh="百分制年度结果的计算方法:mean=各期(月)按百分制评分后取平均,sum=各月得分相加",
        en="How a hundred-point scheme's annual result is made: 'mean' averages monthly totals "
        "each scored out of 100; 'sum' adds the months",
        source="local reading of 003 (实行百分制考核法): the seed says nothing of months; a sheet "
        "scored out of the whole 100 each month and averaged keeps the year out of 100",
        kind="local",
    )
    custom_aggregation: AggregationMethod = param(
        "sum",
        zh="自定义(custom)考核方案未规定计算方法时的年度结果计算方法",
        en="How a custom scheme that states no aggregation makes its annual result",
        source="local choice: as the thousand-point scheme, the months add up to the year",
        kind="local",
    )
    missing_months: MissingMonths = param(
        "not_ranked",
        zh="缺少月度评分时:not_ranked=该年度不参加排名并列明缺少的月份,zero=缺月按零分计",
        en="A year with unscored months: 'not_ranked' (not ranked; the missing months "
        "are listed) or 'zero' (missing months score nothing)",
        source="local choice: the seed scores every month and says nothing of gaps; "
        "not ranking an incomplete year never decides on data that is not there",
        kind="local",
    )
    adjustment_overflow: OverflowHandling = param(
        "clamp",
        zh="加减分超出分项上限或低于零时:clamp=截至界限并记录未计入部分,reject=报错",
        en="An addition or deduction beyond an item's bounds: 'clamp' (applied up to the "
        "bound; the excess is recorded) or 'reject' (an error)",
        source="local choice: an item cannot score above its maximum nor below zero, "
        "and the annual total stays within the scheme total",
        kind="local",
    )
    tie_policy: TiePolicy = param(
        TiePolicy.REFER,
        zh="第N名并列跨越名额线时的处理:refer=列为待定并提交镇党委研究",
        en="Units tied across the N-th place: 'refer' lists them as undecided for the "
        "town party committee; or include_all, exclude_all, secondary_keys",
        source="local choice: the seed names the top four and no tie rule; "
        "nothing is picked silently",
        kind="local",
    )
    missing_sheet_cuts: MissingSheetCuts = param(
        "hold",
        zh="镇内有单位缺少月度评分表时,前N名副科级待遇及有名额的考核结果运用:hold=暂缓确定,"
        "提交镇党委研究并列明缺少的评分表;rank_others=其余单位照常排名截取(旧做法)",
        en="While a unit of the town lacks a monthly sheet, the top-N salary and every use with "
        "a quota: 'hold' (held and referred to the town party committee, naming the missing "
        "sheets) or 'rank_others' (the others are cut without it: the former behaviour)",
        source="local choice: the top four are decided 根据村级千分制考核年度结果, and a town "
        "with a missing sheet has no complete result; cutting the others without it lets a "
        "lost sheet give another village the place, so the cut waits for the committee",
        kind="local",
        text="根据村级千分制考核年度结果,前四名的村党组织书记可享受镇政府设立的与副科级等同的工资待遇",
        formerly='Before issue 13 the other units were ranked and cut without the unit whose sheet was missing, so a lost sheet could give another village the place. Set "rank_others" for that.',
    )
    tie_secondary_keys: tuple[Annotated[str, Field(min_length=1)], ...] | None = param(
        None,
        zh="按次序比较的分项代码或类别名称(tie_policy=secondary_keys 时必须设置)",
        en="Item codes or category names whose annual points, in order, break a tie "
        "(required when tie_policy is secondary_keys)",
        source="local: the seed gives no tie-break; a town names its own keys",
        kind="local",
    )
    tie_still_tied: StillTied = param(
        "refer",
        zh="按次要分项比较后仍并列时的处理",
        en="What happens to units still tied after the secondary keys",
        source="local choice: as the default tie policy, refer to the town party committee",
        kind="local",
    )
    secretaries_attend_committee: bool = param(
        True,
        zh="村党组织书记可列席镇党委会",
        en="Village party secretaries may attend town party committee meetings (列席)",
        source=f"{_S000}: 村党组织书记可列席镇党委会",
    )
    quota_share_rounding: ShareRounding = param(
        "down",
        zh="按比例计算名额时的取整方式(down=舍去,up=进一,half_up=四舍五入)",
        en="How a share of ranked units becomes whole places: down, up or half_up",
        source="local choice: rounding down never exceeds the share",
        kind="local",
    )
    civil_servant_excellent_share: Ratio = param(
        Decimal("0.20"),
        zh="公务员年度考核优秀等次人数占参加年度考核的公务员总人数的最高比例"
        "(未经公务员主管部门审核同意提高时)",
        en="Highest share of the civil servants taking part in the annual assessment who may "
        "be graded 优秀 (without the approval that raises it)",
        source=_CS_SOURCE,
        kind="national",
    )
    civil_servant_excellent_share_since: _dt.date = param(
        _dt.date(2007, 1, 1),
        zh="上述比例适用的起始日期(此前年度不检查)",
        en="The day from which that share applies (years assessed before it are not checked)",
        source=f"{_CS_RULES}(试行)(中组发〔2007〕2号) was issued in January 2007 with 最多不超过20%; "
        "the 2020 revision keeps 20% as the ordinary limit (see civil_servant_excellent_share)",
        kind="national",
    )
    honours_quota: Count | None = _quota("村级组织评先评优", "Village organization honours")
    honours_share: Ratio | None = _share("村级组织评先评优", "Village organization honours")
    honours_min_points: ExactDecimal | None = _min_points(
        "村级组织评先评优", "Village organization honours"
    )
    promotion_quota: Count | None = _quota(
        "镇中层干部提拔使用推荐", "Shortlist for promotion of town mid-level cadres"
    )
    promotion_share: Ratio | None = _share(
        "镇中层干部提拔使用推荐", "Shortlist for promotion of town mid-level cadres"
    )
    promotion_min_points: ExactDecimal | None = _min_points(
        "镇中层干部提拔使用推荐", "Shortlist for promotion of town mid-level cadres"
    )
    reserve_cadres_quota: Count | None = _quota("后备干部推优", "Reserve-cadre recommendation")
    reserve_cadres_share: Ratio | None = _share("后备干部推优", "Reserve-cadre recommendation")
    reserve_cadres_min_points: ExactDecimal | None = _min_points(
        "后备干部推优", "Reserve-cadre recommendation"
    )
    excellent_grade_quota: Count | None = _quota("年终优秀等次", "Year-end excellent grade")
    excellent_grade_share: Ratio | None = _share("年终优秀等次", "Year-end excellent grade")
    excellent_grade_min_points: ExactDecimal | None = _min_points(
        "年终优秀等次", "Year-end excellent grade"
    )

    @field_validator("scored_months")
    @classmethod
    def _months_distinct(cls, months: tuple[int, ...]) -> tuple[int, ...]:
        if not months:
            raise ValueError("at least one month must be scored")
        if len(set(months)) != len(months):
            raise ValueError("each month may be listed once")
        return tuple(sorted(months))

    @field_validator("hundred_point_shares")
    @classmethod
    def _four_parts(
        cls, shares: dict[HundredPointPart, Decimal] | None
    ) -> dict[HundredPointPart, Decimal] | None:
        if shares is None:
            return None
        missing = [p for p in HUNDRED_POINT_PARTS if p not in shares]
        if missing:
            raise ValueError(f"every part needs its share; missing: {', '.join(missing)}")
        return {p: shares[p] for p in HUNDRED_POINT_PARTS}

    @model_validator(mode="after")
    def _shares_add_up(self) -> AssessmentPolicy:
        shares = self.hundred_point_shares
        if shares is not None and sum(shares.values()) != self.hundred_point_total:
            raise ValueError(
                f"assessment.hundred_point_shares add up to {sum(shares.values())}, not "
                f"assessment.hundred_point_total ({self.hundred_point_total})"
            )
        return self

    @model_validator(mode="after")
    def _one_quota_per_use(self) -> AssessmentPolicy:
        for use in USES:
            if (
                getattr(self, f"{use}_quota") is not None
                and getattr(self, f"{use}_share") is not None
            ):
                raise ValueError(
                    f"assessment.{use}_quota and assessment.{use}_share are both set; set one"
                )
        return self

"""Policy parameters of the membership domain (党费, 发展党员): national rules, each cited.

Every number here is a national parameter with the copy it was read in. No
official (gov.cn, 12371.cn) text of these documents could be reached from
here; each source names the reprint read and says so.

* 党费: 《关于中国共产党党费收缴、使用和管理的规定》 (中组发〔2008〕3号), 第二条
  (the bands of members in work), 第五条 (retirees), 第六条 (fixed amounts),
  第十二条 (补交); in force from 2008-04-01. The earlier (1998) bands are not
  encoded: no copy read ties them to an article and a date (see the domain page).
* 自行脱党: 《中国共产党章程》 第九条第三款 (six consecutive months).
* 发展党员: 《中国共产党发展党员工作细则》 (2014) 第五条, 第十三条, 第十七条, 第三十二条.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from decimal import Decimal
from typing import Literal

from pydantic import model_validator

from orgwork.policy._base import Count, ExactDecimal, Section, param

__all__ = ["DUES_2008", "MembershipPolicy", "RoundingName"]

#: How a dues amount with fractions of a 分 is rounded (unset: the rule refers it).
RoundingName = Literal["half_up"]

DUES_2008 = "关于中国共产党党费收缴、使用和管理的规定(中组发〔2008〕3号)"
_REPRINT = "no official text reached; reprint read"

_ART2 = (
    f"{DUES_2008} 第二条: 每月工资收入(税后)在3000元以下(含3000元)者,交纳月工资收入的0.5%;"
    "3000元以上至5000元(含5000元)者,交纳1%;5000元以上至10000元(含10000元)者,交纳1.5%;"
    f"10000元以上者,交纳2%。 ({_REPRINT}: http://78911.com.cn/ZhengCeGaiGe/531709.html, which "
    "numbers the articles; agreeing: https://w.sf024.com/info/923586000291194779.html)"
)
_ART5 = (
    f"{DUES_2008} 第五条: 离退休干部、职工中的党员,每月以实际领取的离退休费总额或养老金总额为"
    "计算基数,5000元以下(含5000元)的按0.5%交纳党费,5000元以上的按1%交纳党费。 "
    f"({_REPRINT}: http://78911.com.cn/ZhengCeGaiGe/531709.html)"
)
_ART6 = (
    f"{DUES_2008} 第六条: 农民党员每月交纳党费0.2元-1元。学生党员、下岗失业的党员、依靠抚恤或"
    "救济生活的党员、领取当地最低生活保障金的党员,每月交纳党费0.2元。 "
    f"({_REPRINT}: http://78911.com.cn/ZhengCeGaiGe/531709.html; agreeing: "
    "http://uianet.net/dictionary/b4901831.html)"
)
_ART12 = (
    f"{DUES_2008} 第十二条: 补交党费的时间一般不得超过6个月。 "
    f"({_REPRINT}: http://uianet.net/dictionary/b6122672.html)"
)
_IN_FORCE = (
    f"{DUES_2008}: 新的党费收缴标准自2008年4月1日起施行 ({_REPRINT}, not the 规定's own "
    "closing article: https://sflyyp.com/html/28232127862.html, a branch's notice of 2014)"
)
_CHARTER = (
    "中国共产党章程 第九条第三款: 党员如果没有正当理由,连续六个月不参加党的组织生活,或不交纳"
    "党费,或不做党所分配的工作,就被认为是自行脱党。 (no official text reached; copy read, "
    "citing 第九条: https://www.lvshuolvda.com/flwd/763593.html)"
)
_RULES = "中国共产党发展党员工作细则(2014)"
_ART13 = (
    f"{_RULES} 第十三条: 对经过一年以上培养教育和考察、基本具备党员条件的入党积极分子,…"
    f"可列为发展对象。 ({_REPRINT}: https://m.110ask.com/zhishi/1139441497249402036.html)"
)
_ART17 = (
    f"{_RULES} 第十七条: 培训时间一般不少于三天(或不少于二十四个学时)。…未经培训的,除个别"
    f"特殊情况外,不能发展入党。 ({_REPRINT}: https://m.taodocs.com/p-675933586.html)"
)
_ART5_RULES = (
    f"{_RULES} 第五条: 年满十八岁的中国工人、农民、军人、知识分子和其他社会阶层的先进分子,…"
    f"可以申请加入中国共产党。 ({_REPRINT}: https://w.sf024.com/info/1753944835794853828.html)"
)
_ART32 = (
    f"{_RULES} 第三十二条: 预备党员的预备期为一年。预备期从支部大会通过其为预备党员之日算起。"
    f" ({_REPRINT}: https://44.wendadaohang.com/zd/YYKV6ZDY3KG6WW3KW6W.html; agreeing: "
    "https://www.51dongshi.net/wzztf/rvadc/rvadcsdvd)"
)
_ART32_EXT = (
    f"{_RULES} 第三十二条: 需要继续考察和教育的,可以延长一次预备期,延长时间不能少于半年,"
    f"最长不超过一年 ({_REPRINT}: https://44.wendadaohang.com/zd/YYKV6ZDY3KG6WW3KW6W.html)"
)

_D = Decimal


class MembershipPolicy(Section):
    """党员管理 — 党费 and 发展党员 parameters (national rules)."""

    dues_schedule_effective: _dt.date = param(
        _dt.date(2008, 4, 1),
        zh="2008年党费交纳标准施行之日(此前各月不按本标准计算)",
        en="The day the 2008 dues schedule came into force (months before it are not assessed "
        "on it)",
        source=_IN_FORCE,
        kind="national",
    )
    employed_band_limits: tuple[ExactDecimal, ...] = param(
        (_D(3000), _D(5000), _D(10000)),
        zh="在职党员党费各档的月工资收入上限(税后,元,含本数)",
        en="Upper limits (yuan, inclusive) of the monthly after-tax income bands of members in "
        "work",
        source=_ART2,
        kind="national",
    )
    employed_rates_percent: tuple[ExactDecimal, ...] = param(
        (_D("0.5"), _D(1), _D("1.5"), _D(2)),
        zh="在职党员各档交纳比例(%,比上限多一档,最高档无上限)",
        en="Rates (percent) of the bands of members in work, one more than the limits (the top "
        "band has no limit)",
        source=_ART2,
        kind="national",
    )
    retired_band_limits: tuple[ExactDecimal, ...] = param(
        (_D(5000),),
        zh="离退休党员党费各档计算基数上限(元,含本数)",
        en="Upper limits (yuan, inclusive) of the retirees' bands (pension or retirement pay)",
        source=_ART5,
        kind="national",
    )
    retired_rates_percent: tuple[ExactDecimal, ...] = param(
        (_D("0.5"), _D(1)),
        zh="离退休党员各档交纳比例(%)",
        en="Rates (percent) of the retirees' bands",
        source=_ART5,
        kind="national",
    )
    farmer_monthly_min: ExactDecimal = param(
        _D("0.2"),
        zh="农民党员每月交纳党费的下限(元)",
        en="Lowest monthly dues of a farmer member (yuan)",
        source=_ART6,
        kind="national",
        ge=0,
        le=1000,
    )
    farmer_monthly_max: ExactDecimal = param(
        _D(1),
        zh="农民党员每月交纳党费的上限(元)",
        en="Highest monthly dues of a farmer member (yuan)",
        source=_ART6,
        kind="national",
        ge=0,
        le=1000,
    )
    farmer_monthly_amount: ExactDecimal | None = param(
        None,
        zh="本地确定的农民党员每月党费(元,须在0.2元至1元之间;不设则只给出幅度)",
        en="The locality's monthly dues of a farmer member (yuan, within the national range; "
        "unset: the decision gives the range only)",
        source="The 规定 gives a range (农民党员每月交纳党费0.2元-1元), not an amount; the amount "
        "within it is a local choice",
        kind="local",
        text="农民党员每月交纳党费0.2元-1元",
        ge=0,
        le=1000,
    )
    fixed_monthly_amount: ExactDecimal = param(
        _D("0.2"),
        zh="学生、下岗失业、依靠抚恤或救济生活、领取最低生活保障金的党员每月交纳党费(元)",
        en="Monthly dues of students, unemployed members, members living on relief and members "
        "receiving the minimum living allowance (yuan)",
        source=_ART6,
        kind="national",
        ge=0,
        le=1000,
    )
    dues_rounding: RoundingName | None = param(
        "half_up",
        zh="党费金额不足1分的部分如何处理(half_up为四舍五入到分;不设则提交党支部确定)",
        en="How an amount with fractions of a fen is rounded (half_up: to the fen, halves up; "
        "unset: referred to the branch)",
        source="The 规定 gives rates, not rounding (0.5% of 2999.99 yuan is 14.99995 yuan). Dues "
        "are paid in money, whose smallest unit is the 分 (人民币管理条例 第四条: 人民币的单位为元,"
        "人民币辅币单位为角、分; copy read: dongkepu.com/caijingjinrong/o0mzkl.html), so the "
        "default pays to the 分, halves up, the usual rounding of money; the exact amount is "
        "kept beside it. Set None to refer such amounts to the branch",
        kind="local",
        formerly="Before issue 17's last session this was unset, and every amount with a "
        "fraction of a 分 (0.5% of 2999 yuan, 1% of 3000.01) was referred with no payable sum. "
        "Set it to None for that.",
    )
    makeup_limit_months: Count = param(
        6,
        zh="补交党费的时间一般不得超过的月数",
        en="Months after which dues are, as a rule, no longer paid up late (补交)",
        source=_ART12,
        kind="national",
        le=60,
    )
    arrears_months: Count = param(
        6,
        zh="连续不交纳党费的月数,达到即提交支部大会讨论(不自动认定自行脱党)",
        en="Consecutive unpaid months that refer a member to the branch meeting (never an "
        "automatic finding)",
        source=_CHARTER,
        kind="national",
        le=60,
    )
    activist_training_years: Count = param(
        1,
        zh="入党积极分子列为发展对象前的培养教育和考察年限(年,以上含本数)",
        en="Years of training and observation of an activist before being listed as a "
        "development candidate (at least)",
        source=_ART13,
        kind="national",
        le=10,
    )
    intensive_training_days: Count = param(
        3,
        zh="发展对象短期集中培训的最少天数",
        en="Fewest days of the intensive training of a development candidate",
        source=_ART17,
        kind="national",
        le=60,
    )
    intensive_training_hours: Count = param(
        24,
        zh="发展对象短期集中培训的最少学时(与天数满足其一即可)",
        en="Fewest class hours (学时) of the intensive training (either the days or the hours "
        "suffice)",
        source=_ART17,
        kind="national",
        le=500,
    )
    minimum_age_years: Count = param(
        18,
        zh="申请入党的最低年龄(周岁)",
        en="The age (full years) from which one may apply to join",
        source=_ART5_RULES,
        kind="national",
        le=100,
    )
    probation_years: Count = param(
        1,
        zh="预备期(年,按日历年计,从支部大会通过之日算起)",
        en="The probation (calendar years, from the day the branch meeting admits)",
        source=_ART32,
        kind="national",
        le=5,
    )
    extension_min_months: Count = param(
        6,
        zh="延长预备期的最短月数(半年)",
        en="Shortest extension of a probation (months: half a year)",
        source=_ART32_EXT,
        kind="national",
        le=60,
    )
    extension_max_months: Count = param(
        12,
        zh="延长预备期的最长月数(一年)",
        en="Longest extension of a probation (months: one year)",
        source=_ART32_EXT,
        kind="national",
        le=60,
    )

    @model_validator(mode="after")
    def _consistent(self) -> MembershipPolicy:
        for limits, rates, who in (
            (self.employed_band_limits, self.employed_rates_percent, "employed"),
            (self.retired_band_limits, self.retired_rates_percent, "retired"),
        ):
            if len(rates) != len(limits) + 1:
                raise ValueError(
                    f"{who}_rates_percent must have one rate more than {who}_band_limits "
                    f"(got {len(rates)} rates for {len(limits)} limits)"
                )
            if any(b <= a for a, b in itertools.pairwise(limits)) or any(
                x <= 0 for x in limits[:1]
            ):
                raise ValueError(f"{who}_band_limits must be positive and increasing")
            if any(r < 0 or r > 100 for r in rates):
                raise ValueError(f"{who}_rates_percent must lie between 0 and 100")
        if self.farmer_monthly_min > self.farmer_monthly_max:
            raise ValueError("farmer_monthly_min is above farmer_monthly_max")
        amount = self.farmer_monthly_amount
        if amount is not None and not self.farmer_monthly_min <= amount <= self.farmer_monthly_max:
            raise ValueError(
                f"farmer_monthly_amount {amount} is outside {self.farmer_monthly_min}"
                f"–{self.farmer_monthly_max}"
            )
        if self.extension_min_months > self.extension_max_months:
            raise ValueError("extension_min_months is above extension_max_months")
        return self

"""党费 — the monthly dues of a member, unpaid months, and dues paid up late.

From 《关于中国共产党党费收缴、使用和管理的规定》 (中组发〔2008〕3号), in force
from 2008-04-01, and 《中国共产党章程》 第九条:

* [`dues_rate`][orgwork.membership.dues_rate] — 第二条 (members in work), 第五条
  (retirees), 第六条 (farmers; students, the unemployed, members on relief and
  on the minimum living allowance). The schedule in force on the month's first
  day applies; months before 2008-04-01 are not assessed (the earlier schedule
  is not encoded). The amount is exact, and the sum payable is rounded to the
  分, halves up (``membership.dues_rounding``: the 规定 says nothing of
  rounding; a locality that unsets it has such amounts referred instead).
* [`dues_arrears`][orgwork.membership.dues_arrears] — 党章 第九条: six consecutive months
  unpaid. orgwork never finds that a member has left the Party: it names the
  months and refers the case to the branch meeting, which alone judges whether
  there was a proper reason (正当理由).
* [`dues_makeup`][orgwork.membership.dues_makeup] — 第十二条: 补交 is, as a rule, within 6 months.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_field, as_models, as_year, two_places
from orgwork._numbers import yuan as _yuan
from orgwork.decision import Decision, RuleContext, Say, both, day
from orgwork.ids import Id
from orgwork.membership._common import (
    CHARTER,
    DUES,
    Month,
    month_label,
    months_between,
)
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = [
    "DuesArrears",
    "DuesAssessment",
    "DuesMakeup",
    "DuesPayer",
    "DuesPayment",
    "PayerCategory",
    "UnpaidRun",
    "dues_arrears",
    "dues_makeup",
    "dues_rate",
]

#: Yuan with at most two decimal places (分), never negative, at most 10⁹.
Yuan = Annotated[Decimal, Field(ge=0, le=10**9), AfterValidator(two_places)]


class PayerCategory(enum.StrEnum):
    """党员交纳党费的类别 — which clause of the 规定 sets a member's dues.

    >>> PayerCategory.LOW_INCOME.zh
    '领取当地最低生活保障金的党员'
    """

    EMPLOYED = "employed"
    ANNUAL_SALARY = "annual_salary"
    SELF_EMPLOYED = "self_employed"
    RETIRED = "retired"
    FARMER = "farmer"
    STUDENT = "student"
    UNEMPLOYED = "unemployed"
    RELIEF = "relief"
    LOW_INCOME = "low_income"

    @property
    def zh(self) -> str:
        """The category as the 规定 names it."""
        return _CATEGORY_ZH[self]

    @property
    def en(self) -> str:
        """The category in English words."""
        return _CATEGORY_EN[self]

    @property
    def by_income(self) -> bool:
        """Whether the dues are a share of the member's income (第二条 to 第五条)."""
        return self in _BY_INCOME


_BY_INCOME = frozenset(
    {
        PayerCategory.EMPLOYED,
        PayerCategory.ANNUAL_SALARY,
        PayerCategory.SELF_EMPLOYED,
        PayerCategory.RETIRED,
    }
)

_CATEGORY_ZH = {
    PayerCategory.EMPLOYED: "按月领取工资的党员",
    PayerCategory.ANNUAL_SALARY: "实行年薪制人员中的党员",
    PayerCategory.SELF_EMPLOYED: "不按月取得收入的个体经营者等人员中的党员",
    PayerCategory.RETIRED: "离退休干部、职工中的党员",
    PayerCategory.FARMER: "农民党员",
    PayerCategory.STUDENT: "学生党员",
    PayerCategory.UNEMPLOYED: "下岗失业的党员",
    PayerCategory.RELIEF: "依靠抚恤或救济生活的党员",
    PayerCategory.LOW_INCOME: "领取当地最低生活保障金的党员",
}
_CATEGORY_EN = {
    PayerCategory.EMPLOYED: "a member paid monthly",
    PayerCategory.ANNUAL_SALARY: "a member on an annual salary",
    PayerCategory.SELF_EMPLOYED: "a self-employed member (or another not paid monthly)",
    PayerCategory.RETIRED: "a retired member",
    PayerCategory.FARMER: "a farmer member",
    PayerCategory.STUDENT: "a student member",
    PayerCategory.UNEMPLOYED: "an unemployed member",
    PayerCategory.RELIEF: "a member living on relief",
    PayerCategory.LOW_INCOME: "a member on the minimum living allowance",
}


class DuesPayer(BaseModel):
    """交纳党费的党员 — a member, the clause that sets their dues and their monthly income.

    ``monthly_income`` is the base the 规定 names: for a member in work the
    relatively fixed, regular monthly pay after tax (第一条); for a member on
    an annual salary the pay actually received that month (第三条); for a
    self-employed member, or another not paid monthly, the monthly average net
    income of the quarter before (第四条); for a retiree the retirement pay or
    pension actually received (第五条). It is needed for those four categories
    only, and it is personal data: never in the repr.

    >>> p = DuesPayer(member="M1", category="employed", monthly_income="4200.00")
    >>> "4200" in repr(p)
    False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    member: Id
    category: PayerCategory
    monthly_income: Yuan | None = Field(default=None, repr=False)

    @model_validator(mode="after")
    def _income_when_needed(self) -> DuesPayer:
        if self.category.by_income and self.monthly_income is None:
            raise ValueError(f"monthly_income is needed for category {self.category.value}")
        return self


class DuesAssessment(BaseModel):
    """应交党费 — a member's dues for one month.

    ``amount`` is the exact share of the income (or the fixed amount);
    ``payable`` is what is due, None when the amount has fractions of a 分 and
    no rounding is set, or when only a range is known (``low`` to ``high``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    member: Id
    month: Month
    category: PayerCategory
    rate_percent: Decimal | None = None
    amount: Decimal | None = Field(default=None, repr=False)
    payable: Decimal | None = Field(default=None, repr=False)
    low: Decimal | None = None
    high: Decimal | None = None


def _percent(value: Decimal) -> str:
    """A rate in percent as the 规定 writes it: 0.5, 1, 1.5, 2 (no trailing zeros).

    >>> _percent(Decimal("0.50")), _percent(Decimal("1")), _percent(Decimal("1.5"))
    ('0.5', '1', '1.5')
    """
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _month(year: int, month: int) -> object:
    return both(f"{year}年{month}月", month_label(year, month))


class _RateTexts:
    """Texts of membership.dues_rate (党费交纳比例与数额)."""

    not_in_force = Say(
        "{month}在本标准施行之日{since}之前,不按本标准计算;此前的党费标准未收录,由党组织按当时规定确定",
        "{month} is before the schedule came into force ({since}): not assessed on it; the "
        "earlier schedule is not encoded, the Party organization assesses it by the rules then",
    )
    low_band = Say(
        "{who}:计算基数在{upper}元以下(含{upper}元)档,交纳{rate}%",
        "{who}: base up to {upper} yuan inclusive, rate {rate}%",
    )
    mid_band = Say(
        "{who}:计算基数在{lower}元以上至{upper}元(含{upper}元)档,交纳{rate}%",
        "{who}: base over {lower} up to {upper} yuan inclusive, rate {rate}%",
    )
    top_band = Say(
        "{who}:计算基数在{lower}元以上档,交纳{rate}%",
        "{who}: base over {lower} yuan, rate {rate}%",
    )
    exact = Say(
        "按比例计得{amount}元,恰为整分,无需舍入",
        "The rate gives {amount} yuan, a whole number of fen: no rounding",
    )
    rounded = Say(
        "按比例计得{amount}元,不足1分的部分四舍五入到分,为{payable}元",
        "The rate gives {amount} yuan; rounded half up to the fen: {payable} yuan",
    )
    unrounded = Say(
        "按比例计得{amount}元,含不足1分的部分;规定未说明如何舍入,提交党支部确定",
        "The rate gives {amount} yuan, with fractions of a fen; the 规定 says nothing of "
        "rounding: referred to the branch",
    )
    farmer_range = Say(
        "农民党员每月交纳党费{low}元至{high}元,具体数额由本地确定",
        "A farmer member pays {low} to {high} yuan a month; the amount is the locality's choice",
    )
    farmer_local = Say(
        "农民党员每月交纳党费{low}元至{high}元,本地确定为{amount}元",
        "A farmer member pays {low} to {high} yuan a month; the locality set {amount} yuan",
    )
    fixed = Say("{who}每月交纳党费{amount}元", "{who} pays {amount} yuan a month")
    due = Say(
        "{member}{month}应交党费{amount}元", "{member} owes {amount} yuan of dues for {month}"
    )
    range = Say(
        "{member}{month}应交党费{low}元至{high}元,数额由本地确定",
        "{member} owes {low} to {high} yuan of dues for {month}; the locality sets the amount",
    )
    referred = Say(
        "{member}{month}的党费按比例为{amount}元,如何舍入提交党支部确定",
        "{member}'s dues for {month} are {amount} yuan by the rate: the rounding is referred "
        "to the branch",
    )
    not_assessed = Say(
        "{member}{month}的党费不按本标准计算,提交党组织确定",
        "{member}'s dues for {month} are not assessed on this schedule: referred to the Party "
        "organization",
    )


def _band(limits: tuple[Decimal, ...], income: Decimal) -> int:
    """第二条/第五条: the band of ``income``; a limit belongs to the band it closes (含本数)."""
    for i, limit in enumerate(limits):
        if income <= limit:
            return i
    return len(limits)


#: 第三条 and 第四条: the base of a member not paid a monthly wage, read on 第二条's bands.
_BASE = {
    PayerCategory.ANNUAL_SALARY: Say(
        "实行年薪制人员中的党员:以当月实际领取的薪酬收入为计算基数,参照第一条、第二条规定交纳",
        "A member on an annual salary: the base is the pay actually received this month, "
        "assessed on the bands of 第一条 and 第二条",
    ),
    PayerCategory.SELF_EMPLOYED: Say(
        "不按月取得收入的个体经营者等人员中的党员:以个人上季度月平均纯收入为计算基数,"
        "参照第一条、第二条规定交纳",
        "A self-employed member (or another not paid monthly): the base is the monthly "
        "average net income of the quarter before, assessed on the bands of 第一条 and 第二条",
    ),
}


def _by_income(ctx: RuleContext, payer: DuesPayer) -> tuple[Decimal, Decimal]:
    """The rate (percent) and the exact amount for a member paid by income (第二条 to 第五条).

    An annual salary (第三条) and a self-employed member's income (第四条) are assessed
    参照第一条、第二条: on the bands of a member in work, each on its own base.
    """
    who = "retired" if payer.category is PayerCategory.RETIRED else "employed"
    if payer.category in _BASE:
        ctx.say(_BASE[payer.category])
    limits = ctx.param(f"membership.{who}_band_limits")
    rates = ctx.param(f"membership.{who}_rates_percent")
    income = payer.monthly_income or Decimal(0)
    i = _band(limits, income)
    rate = rates[i]
    shown = {"who": payer.category, "rate": _percent(rate)}
    if i == 0:
        ctx.say(_RateTexts.low_band, upper=_yuan(limits[0]), **shown)
    elif i == len(limits):
        ctx.say(_RateTexts.top_band, lower=_yuan(limits[-1]), **shown)
    else:
        ctx.say(_RateTexts.mid_band, lower=_yuan(limits[i - 1]), upper=_yuan(limits[i]), **shown)
    return rate, (income * rate).scaleb(-2)


@rule(
    "membership.dues_rate",
    zh="党费交纳比例与数额:在职党员按税后月工资收入分四档,离退休党员分两档,农民、学生等交纳固定数额",
    en="Party dues: members in work pay by four after-tax income bands (annual salaries and the "
    "self-employed on the same bands), retirees by two; farmers, students, the unemployed and "
    "those on relief or the minimum allowance pay fixed sums",
    document=DUES,
    section="第二条至第六条(自2008年4月1日起施行); copy read: "
    "http://78911.com.cn/ZhengCeGaiGe/531709.html (a reprint; no official text reached); "
    "第三条 and 第四条 read in http://qddsjng.cn/newsinfo/7.html (a reprint)",
    quote="每月工资收入(税后)在3000元以下(含3000元)者,交纳月工资收入的0.5%;3000元以上至5000元"
    "(含5000元)者,交纳1%;5000元以上至10000元(含10000元)者,交纳1.5%;10000元以上者,交纳2%",
    parameters=(
        "membership.dues_schedule_effective",
        "membership.employed_band_limits",
        "membership.employed_rates_percent",
        "membership.retired_band_limits",
        "membership.retired_rates_percent",
        "membership.farmer_monthly_min",
        "membership.farmer_monthly_max",
        "membership.farmer_monthly_amount",
        "membership.fixed_monthly_amount",
        "membership.dues_rounding",
    ),
)
def dues_rate(
    payer: DuesPayer, *, year: int, month: int, policy: Policy | None = None
) -> Decision[DuesAssessment]:
    """党费 — a member's dues for the month ``year``-``month``, on the schedule in force then.

    Outcomes: ``"due"`` (``payable`` set), ``"undetermined"`` (a farmer member while
    the locality has set no amount: ``low`` to ``high``), ``"referred"`` (the
    exact amount has fractions of a 分 and ``membership.dues_rounding`` is unset), and
    ``"not_in_force"`` (a month before ``membership.dues_schedule_effective``).
    A band's upper limit belongs to that band (3000元以下(含3000元)).

    >>> p = DuesPayer(member="张三", category="employed", monthly_income=5000)
    >>> d = dues_rate(p, year=2025, month=3)
    >>> d.outcome, d.value.rate_percent, d.value.payable
    ('due', Decimal('1'), Decimal('50.00'))
    >>> dues_rate(DuesPayer(member="李四", category="student"), year=2025, month=3).value.payable
    Decimal('0.2')
    """
    payer = as_field(DuesPayer, payer, "payer")
    year = as_year(year)
    month = as_field((int, Field(ge=1, le=12, strict=True)), month, "month")
    first = dt.date(year, month, 1)
    ctx = RuleContext(dues_rate, policy, on=first)
    label, shown = month_label(year, month), _month(year, month)
    out: dict[str, Any] = {"member": payer.member, "month": label, "category": payer.category}
    since = ctx.param("membership.dues_schedule_effective")
    if first < since:
        ctx.say(_RateTexts.not_in_force, month=shown, since=day(since))
        v = DuesAssessment(**out)
        return ctx.decide(
            "not_in_force",
            v,
            _RateTexts.not_assessed,
            subject=payer.member,
            member=payer.member,
            month=shown,
        )
    if payer.category.by_income:
        rate, amount = _by_income(ctx, payer)
        return _rounded(ctx, DuesAssessment(**out, rate_percent=rate, amount=amount), shown)
    if payer.category is PayerCategory.FARMER:
        low = ctx.param("membership.farmer_monthly_min")
        high = ctx.param("membership.farmer_monthly_max")
        local = ctx.param("membership.farmer_monthly_amount")
        if local is None:
            ctx.say(_RateTexts.farmer_range, low=_yuan(low), high=_yuan(high))
            v = DuesAssessment(**out, low=low, high=high)
            return ctx.decide(
                "undetermined",
                v,
                _RateTexts.range,
                subject=payer.member,
                member=payer.member,
                month=shown,
                low=_yuan(low),
                high=_yuan(high),
            )
        ctx.say(_RateTexts.farmer_local, low=_yuan(low), high=_yuan(high), amount=_yuan(local))
        v = DuesAssessment(**out, amount=local, payable=local, low=low, high=high)
    else:
        fixed = ctx.param("membership.fixed_monthly_amount")
        ctx.say(_RateTexts.fixed, who=payer.category, amount=_yuan(fixed))
        v = DuesAssessment(**out, amount=fixed, payable=fixed)
    assert v.payable is not None
    return ctx.decide(
        "due",
        v,
        _RateTexts.due,
        subject=payer.member,
        member=payer.member,
        month=shown,
        amount=_yuan(v.payable),
    )


def _rounded(ctx: RuleContext, v: DuesAssessment, shown: object) -> Decision[DuesAssessment]:
    """规定 says nothing of rounding: a whole number of 分 is due; otherwise the local rule, or refer."""
    amount = v.amount if v.amount is not None else Decimal(0)
    cent = Decimal("0.01")
    rounding = ctx.param("membership.dues_rounding")
    if amount == amount.quantize(cent):
        payable = amount.quantize(cent)
        ctx.say(_RateTexts.exact, amount=_yuan(payable))
    elif rounding == "half_up":
        payable = amount.quantize(cent, rounding=ROUND_HALF_UP)
        ctx.say(_RateTexts.rounded, amount=_yuan(amount), payable=_yuan(payable))
    else:
        ctx.say(_RateTexts.unrounded, amount=_yuan(amount))
        return ctx.decide(
            "referred",
            v,
            _RateTexts.referred,
            subject=v.member,
            member=v.member,
            month=shown,
            amount=_yuan(amount),
        )
    v = v.model_copy(update={"payable": payable})
    return ctx.decide(
        "due",
        v,
        _RateTexts.due,
        subject=v.member,
        member=v.member,
        month=shown,
        amount=_yuan(payable),
    )


class DuesPayment(BaseModel):
    """党费交纳记录 — dues paid by a member for one month, and the day they were paid.

    An exemption approved under the 规定 (少交或免交) is recorded as a payment
    of 0: the month is not unpaid.

    >>> DuesPayment(member="M1", year=2025, month=3, amount="12.50", paid_on=dt.date(2025, 3, 5)).month
    3
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    member: Id
    year: int = Field(ge=1949, le=2200, strict=True)
    month: int = Field(ge=1, le=12, strict=True)
    amount: Yuan
    paid_on: dt.date = Field(le=dt.date(2200, 12, 31))


class UnpaidRun(BaseModel):
    """连续未交纳党费的月份 — a run of consecutive months without dues paid."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    first: Month
    last: Month
    months: int = Field(ge=1)


class DuesArrears(BaseModel):
    """党费欠交情况 — the months a member paid no dues between ``first`` and ``last``.

    ``runs`` holds the runs of at least ``membership.arrears_months``
    consecutive unpaid months: the facts the branch meeting is asked to
    discuss. There is no verdict here.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    member: Id
    first: Month
    last: Month
    unpaid: tuple[Month, ...] = ()
    runs: tuple[UnpaidRun, ...] = ()


class _ArrearsTexts:
    """Texts of membership.dues_arrears (连续六个月不交纳党费,提交支部大会讨论)."""

    unpaid = Say(
        "{first}至{last}未交纳党费的月份:{items}",
        "Months from {first} to {last} with no dues paid: {items}",
    )
    running = Say(
        "截至{on},{items}尚未结束,当月仍可交纳,不计为未交纳",
        "{items} not over on {on}: the dues can still be paid that month, so it is not counted "
        "as unpaid",
    )
    run = Say(
        "{start}至{end}连续{n}个月未交纳党费,达到党章所说的连续{limit}个月",
        "{start} to {end}: {n} consecutive months unpaid, the {limit} months the Party "
        "constitution names",
    )
    branch = Say(
        "有无正当理由、如何处理,由支部大会讨论决定;本结果只列事实,不作认定",
        "Whether there was a proper reason, and what follows, is for the branch meeting to "
        "discuss and decide; this lists the facts and finds nothing",
    )
    referred = Say(
        "{member}连续{n}个月未交纳党费,提交支部大会讨论",
        "{member}: {n} consecutive months without dues, referred to the branch meeting",
    )
    none = Say(
        "{member}没有连续{limit}个月未交纳党费的情形",
        "{member} has no {limit} consecutive months without dues",
    )


def _runs(unpaid: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group consecutive months (in order) into runs."""
    runs: list[list[tuple[int, int]]] = []
    for y, m in unpaid:
        if runs and (runs[-1][-1][0] * 12 + runs[-1][-1][1]) + 1 == y * 12 + m:
            runs[-1].append((y, m))
        else:
            runs.append([(y, m)])
    return runs


@rule(
    "membership.dues_arrears",
    zh="连续六个月不交纳党费:列出月份,提交支部大会讨论(不自动认定自行脱党)",
    en="Six consecutive months without dues: the months are listed and referred to the branch "
    "meeting (never an automatic finding that the member has left)",
    document=CHARTER,
    section="第九条第三款; copy read: https://www.lvshuolvda.com/flwd/763593.html (a reprint "
    "citing 第九条; no official text reached)",
    quote="党员如果没有正当理由,连续六个月不参加党的组织生活,或不交纳党费,或不做党所分配的工作,"
    "就被认为是自行脱党。支部大会应当决定把这样的党员除名,并报上级党组织批准。",
    parameters=("membership.arrears_months",),
)
def dues_arrears(
    payments: Iterable[DuesPayment],
    *,
    member: str,
    first: dt.date,
    last: dt.date,
    on: dt.date | None = None,
    policy: Policy | None = None,
) -> Decision[DuesArrears]:
    """连续未交纳党费 — runs of consecutive unpaid months of ``member`` from ``first``'s month to ``last``'s.

    A month is paid when a payment of ``member`` for it was made on or before
    ``on`` (any payment when ``on`` is None). A month not over on ``on`` (its
    own month, and any later one) is never unpaid: its dues can still be paid,
    and a reason says so when they have not been. Outcomes: ``"referred"`` when a
    run reaches ``membership.arrears_months`` (the months are named; the branch
    meeting discusses whether there was a proper reason), ``"ok"``
    otherwise. Never a finding that the member has left the Party.

    >>> pay = [DuesPayment(member="M", year=2025, month=m, amount=10, paid_on=dt.date(2025, m, 5))
    ...        for m in (1, 8)]
    >>> d = dues_arrears(pay, member="M", first=dt.date(2025, 1, 1), last=dt.date(2025, 8, 1))
    >>> d.outcome, d.value.runs[0].first, d.value.runs[0].last
    ('referred', '2025-02', '2025-07')
    """
    given = as_models(DuesPayment, payments, "payments")
    member = as_field(Id, member, "member")
    first, last = as_date(first, "first"), as_date(last, "last")
    on = None if on is None else as_date(on, "on")
    if (last.year, last.month) < (first.year, first.month):
        raise ValueError(f"last ({last}) is in a month before first ({first})")
    ctx = RuleContext(dues_arrears, policy, on=last)
    limit = ctx.param("membership.arrears_months")
    paid = {
        (p.year, p.month) for p in given if p.member == member and (on is None or p.paid_on <= on)
    }
    span = months_between((first.year, first.month), (last.year, last.month))
    # a month is unpaid only once it is over: on its own days it can still be paid
    running = [ym for ym in span if on is not None and ym >= (on.year, on.month)]
    unpaid = [ym for ym in span if ym not in paid and ym not in running]
    long = [r for r in _runs(unpaid) if len(r) >= limit]
    v = DuesArrears(
        member=member,
        first=month_label(first.year, first.month),
        last=month_label(last.year, last.month),
        unpaid=tuple(month_label(*ym) for ym in unpaid),
        runs=tuple(
            UnpaidRun(first=month_label(*r[0]), last=month_label(*r[-1]), months=len(r))
            for r in long
        ),
    )
    ctx.say_list(
        _ArrearsTexts.unpaid,
        [_month(*ym) for ym in unpaid],
        first=_month(first.year, first.month),
        last=_month(last.year, last.month),
    )
    if on is not None:
        open_months = [_month(*ym) for ym in running if ym not in paid]
        ctx.say_list(_ArrearsTexts.running, open_months, on=day(on))
    if not long:
        return ctx.decide("ok", v, _ArrearsTexts.none, subject=member, member=member, limit=limit)
    for r in long:
        ctx.say(_ArrearsTexts.run, start=_month(*r[0]), end=_month(*r[-1]), n=len(r), limit=limit)
    ctx.say(_ArrearsTexts.branch)
    longest = max(len(r) for r in long)
    return ctx.decide(
        "referred", v, _ArrearsTexts.referred, subject=member, member=member, n=longest
    )


class DuesMakeup(BaseModel):
    """补交党费 — how many months after its month a payment was made."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    member: Id
    month: Month
    paid_on: dt.date
    months_late: int
    limit_months: int
    within_limit: bool


class _MakeupTexts:
    """Texts of membership.dues_makeup (补交党费的时间一般不得超过6个月)."""

    late = Say(
        "{month}的党费于{paid}交纳,补交{n}个月;补交党费的时间一般不得超过{limit}个月",
        "Dues for {month} paid on {paid}: {n} month(s) late; 补交 is as a rule within {limit} "
        "months",
    )
    on_time = Say("{member}{month}的党费按月交纳", "{member} paid the dues for {month} in time")
    within = Say(
        "{member}补交{month}的党费,在{limit}个月以内",
        "{member} paid up the dues for {month} within {limit} months",
    )
    beyond = Say(
        "{member}补交{month}的党费超过{limit}个月,提交党支部研究",
        "{member} paid up the dues for {month} more than {limit} months late: referred to the "
        "branch",
    )


@rule(
    "membership.dues_makeup",
    zh="补交党费的时间一般不得超过6个月",
    en="Dues are, as a rule, paid up (补交) within six months",
    document=DUES,
    section="第十二条; copy read: http://uianet.net/dictionary/b6122672.html (a reprint; no "
    "official text reached)",
    quote="补交党费的时间一般不得超过6个月",
    parameters=("membership.makeup_limit_months",),
)
def dues_makeup(payment: DuesPayment, *, policy: Policy | None = None) -> Decision[DuesMakeup]:
    """补交党费 — whether a payment for a month was made within ``membership.makeup_limit_months``.

    Months late are counted by calendar month (paid in the month itself or
    before: 0). Outcomes ``"on_time"``, ``"within"`` (within the limit) and
    ``"referred"``: the text says 一般 (as a rule), so a later payment is for
    the branch to consider, not refused.

    >>> p = DuesPayment(member="M", year=2025, month=1, amount=10, paid_on=dt.date(2025, 8, 3))
    >>> dues_makeup(p).outcome, dues_makeup(p).value.months_late
    ('referred', 7)
    """
    payment = as_field(DuesPayment, payment, "payment")
    ctx = RuleContext(dues_makeup, policy, on=payment.paid_on)
    limit = ctx.param("membership.makeup_limit_months")
    p = payment
    late = max(0, (p.paid_on.year * 12 + p.paid_on.month) - (p.year * 12 + p.month))
    v = DuesMakeup(
        member=p.member,
        month=month_label(p.year, p.month),
        paid_on=p.paid_on,
        months_late=late,
        limit_months=limit,
        within_limit=late <= limit,
    )
    shown = _month(p.year, p.month)
    said: dict[str, Any] = {"subject": p.member, "member": p.member, "month": shown}
    if late == 0:
        return ctx.decide("on_time", v, _MakeupTexts.on_time, **said)
    ctx.say(_MakeupTexts.late, month=shown, paid=day(p.paid_on), n=late, limit=limit)
    if late <= limit:
        return ctx.decide("within", v, _MakeupTexts.within, limit=limit, **said)
    return ctx.decide("referred", v, _MakeupTexts.beyond, limit=limit, **said)

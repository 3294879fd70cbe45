"""老党员关怀帮扶专项资金 — the relief fund: a ledger used only for its purposes (专款专用).

Money is `Decimal` **yuan** with at most two decimal places
(whole 分); floats are refused unless they are exactly what they print as.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)

from orgwork._args import as_date, as_field, shift, two_places
from orgwork.care._model import S000, Day, ElderlyMember, HardshipKind, Name
from orgwork.decision import Decision, Reason, RuleContext, Say, both
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.policy._base import exact_decimal
from orgwork.rules import rule

__all__ = [
    "FundPurpose",
    "FundTotals",
    "Money",
    "Payment",
    "Receipt",
    "ReliefFund",
    "relief_eligibility",
]

#: The largest amount one entry may carry: a sanity bound on input (no relief fund
#: comes near a trillion yuan), which keeps every sum of entries exact in Decimal's
#: default 28 digits.
MAX_AMOUNT = Decimal(10) ** 12

#: A positive amount of money in yuan, exact to the 分 (at most two decimal places),
#: at most `MAX_AMOUNT`.
Money = Annotated[
    Decimal,
    BeforeValidator(exact_decimal),
    Field(gt=0, le=MAX_AMOUNT),
    AfterValidator(two_places),
]


class FundPurpose(enum.Enum):
    """资金用途 — the only purposes the fund may pay for.

    Examples:
        >>> [p.value for p in FundPurpose]
        ['major_illness', 'disaster', 'great_hardship']
    """

    MAJOR_ILLNESS = "major_illness"  # 遭遇重大疾病
    DISASTER = "disaster"  # 遭遇灾害
    GREAT_HARDSHIP = "great_hardship"  # 生活特别困难

    @property
    def zh(self) -> str:
        """中文名称 — the purpose's Chinese name.

        Examples:
            >>> FundPurpose.DISASTER.zh
            '遭遇灾害'
        """
        return {
            FundPurpose.MAJOR_ILLNESS: "遭遇重大疾病",
            FundPurpose.DISASTER: "遭遇灾害",
            FundPurpose.GREAT_HARDSHIP: "生活特别困难",
        }[self]

    @property
    def en(self) -> str:
        """英文名称 — the purpose's English name.

        Examples:
            >>> FundPurpose.MAJOR_ILLNESS.en
            'major illness'
        """
        return self.value.replace("_", " ")


class Receipt(BaseModel):
    """收入 — money received into the fund.

    Examples:
        >>> Receipt(on="2012-07-01", amount="40000", source="镇财政").amount
        Decimal('40000')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["receipt"] = "receipt"
    on: Day
    amount: Money
    source: Name = Field(description="Where the money came from (财政拨款, 党员捐款, ...).")
    note: str = Field(default="", repr=False)  # free text


class Payment(BaseModel):
    """支出 — a payment to an eligible member for an eligible purpose.

    ``ground`` records why the recipient was eligible (from
    [`relief_eligibility`][orgwork.care.relief_eligibility]).

    Examples:
        >>> Payment(on="2012-07-01", amount=4000, recipient="M01",
        ...         purpose=FundPurpose.GREAT_HARDSHIP).purpose.zh
        '生活特别困难'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["payment"] = "payment"
    on: Day
    amount: Money
    recipient: Id = Field(description="Id of the member paid.")
    # why a member was paid states an illness or hardship (PIPL art. 28): never in repr/str/logs
    purpose: FundPurpose = Field(repr=False)
    ground: str = Field(default="", repr=False, description="Why the recipient was eligible.")
    note: str = Field(default="", repr=False)


Entry = Annotated[Receipt | Payment, Field(discriminator="kind")]


class FundTotals(BaseModel):
    """资金收支汇总 — one year's (or all years') totals of a fund.

    Examples:
        >>> t = ReliefFund(name="F").receive("2024-01-02", 500, source="捐款").totals(2024)
        >>> t.received, t.paid, t.closing_balance
        (Decimal('500'), Decimal('0'), Decimal('500'))
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int | None = Field(description="The year, or None for all years.")
    received: Decimal
    paid: Decimal
    paid_by_purpose: dict[FundPurpose, Decimal] = Field(
        description="Paid per purpose, every purpose listed, in FundPurpose order."
    )
    payments: int
    recipients: int = Field(description="Distinct members paid.")
    closing_balance: Decimal = Field(description="The balance at the end of the period.")


def _first_overdraft(entries: Iterable[Receipt | Payment]) -> tuple[int, Decimal] | None:
    """The index of the first entry that takes the balance below zero, and that balance."""
    balance = Decimal(0)
    for i, e in enumerate(entries):
        balance += e.amount if isinstance(e, Receipt) else -e.amount
        if balance < 0:
            return i, balance
    return None


def _in_date_order(entries: tuple[Receipt | Payment, ...]) -> tuple[Receipt | Payment, ...]:
    return tuple(sorted(entries, key=lambda e: e.on))  # stable: same-day order kept


class ReliefFund(BaseModel):
    """帮扶专项资金 — a relief fund ledger (frozen: every operation returns a new ledger).

    Entries are kept in date order (same-day entries in the order recorded);
    the balance after every entry is never negative. [`pay`][orgwork.care.ReliefFund.pay] refuses,
    with [`RecordError`][orgwork.errors.RecordError], a payment the balance cannot
    cover or whose recipient is not eligible for the purpose it names
    ([`relief_eligibility`][orgwork.care.relief_eligibility]). A ledger built directly from data (JSON)
    is checked for the balance only: its payments carry their ``ground``.

    The seed's example: the 党员爱心基金 paid 10 poor members 4,000 yuan each.

    Examples:
        >>> from orgwork.care import ElderlyMember, HardshipPeriod, HardshipKind
        >>> poor = HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start="2012-01-01")
        >>> ji = ElderlyMember(id="M01", name="纪昌友", organization="V01", hardship=[poor])
        >>> fund = ReliefFund(name="党员爱心基金").receive("2012-07-01", "40000", source="捐款")
        >>> fund = fund.pay("2012-07-01", "4000", ji, FundPurpose.GREAT_HARDSHIP)
        >>> fund.balance()
        Decimal('36000')
        >>> fund.pay("2012-07-02", "36000.01", ji, FundPurpose.GREAT_HARDSHIP)
        Traceback (most recent call last):
        ...
        orgwork.errors.RecordError: 党员爱心基金: payment of 36000.01 on 2012-07-02 exceeds the balance 36000.00
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Name
    entries: tuple[Entry, ...] = ()

    @model_validator(mode="after")
    def _never_overdrawn(self) -> ReliefFund:
        ordered = _in_date_order(self.entries)
        if ordered != self.entries:
            object.__setattr__(self, "entries", ordered)
        bad = _first_overdraft(ordered)
        if bad is not None:
            i, balance = bad
            raise ValueError(
                f"entries: the balance falls to {balance} on {ordered[i].on} (专款专用: "
                "a fund never pays out more than it holds)"
            )
        return self

    # -- operations -----------------------------------------------------------------

    def _with(self, entry: Receipt | Payment) -> ReliefFund:
        entries = _in_date_order((*self.entries, entry))
        bad = _first_overdraft(entries)
        if bad is not None:
            i, balance = bad
            if entries[i] is entry:
                shown = balance + entry.amount
                raise RecordError(
                    f"{self.name}: payment of {entry.amount:.2f} on {entry.on} "
                    f"exceeds the balance {shown:.2f}"
                )
            raise RecordError(
                f"{self.name}: a payment of {entry.amount:.2f} dated {entry.on} would leave "
                f"the balance at {balance:.2f} on {entries[i].on}"
            )
        return ReliefFund.model_construct(name=self.name, entries=entries)

    def receive(
        self, on: _dt.date | str, amount: Decimal | int | str, *, source: str, note: str = ""
    ) -> ReliefFund:
        """收入 — a new ledger with money received.

        Examples:
            >>> ReliefFund(name="互助基金").receive("2024-01-02", 300000, source="财政").balance()
            Decimal('300000')
        """
        return self._with(
            Receipt.model_validate({"on": on, "amount": amount, "source": source, "note": note})
        )

    def pay(
        self,
        on: _dt.date | str,
        amount: Decimal | int | str,
        recipient: ElderlyMember,
        purpose: FundPurpose,
        *,
        note: str = "",
        policy: Policy | None = None,
    ) -> ReliefFund:
        """支出 — a new ledger with a payment to an eligible recipient for an eligible purpose.

        Raises [`RecordError`][orgwork.errors.RecordError] if the recipient is not
        eligible for ``purpose`` on ``on`` (the message gives the reasons) or
        if the balance cannot cover the payment at that date and after it.

        Examples:
            >>> from orgwork.care import ElderlyMember
            >>> m = ElderlyMember(id="M02", name="某党员", organization="V01")
            >>> ReliefFund(name="F").receive("2024-01-02", 100, source="捐款").pay(
            ...     "2024-01-03", 50, m, FundPurpose.DISASTER)
            Traceback (most recent call last):
            ...
            orgwork.errors.RecordError: F: 某党员 is not eligible for 遭遇灾害 on 2024-01-03: 近365日内无灾害记录
        """
        recipient = as_field(ElderlyMember, recipient, "recipient")
        payment = Payment.model_validate(
            {
                "on": on,
                "amount": amount,
                "recipient": recipient.id,
                "purpose": purpose,
                "note": note,
            }
        )
        purpose = payment.purpose
        check = relief_eligibility(recipient, purpose, on=payment.on, policy=policy)
        if not check.value:
            why = ";".join(r.zh for r in check.reasons)
            raise RecordError(
                f"{self.name}: {recipient.name} is not eligible for {purpose.zh} "
                f"on {payment.on}: {why}"
            )
        payment = payment.model_copy(update={"ground": check.headline.zh})
        return self._with(payment)

    # -- reading --------------------------------------------------------------------

    def balance(self, *, on: _dt.date | None = None) -> Decimal:
        """余额 — the balance at the end of the day ``on`` (default: after every entry).

        Examples:
            >>> f = ReliefFund(name="F").receive("2024-01-02", 5, source="捐款")
            >>> f.balance(), f.balance(on=_dt.date(2024, 1, 1))
            (Decimal('5'), Decimal('0'))
        """
        if on is not None:
            on = as_date(on, "on")
        total = Decimal(0)
        for e in self.entries:
            if on is not None and e.on > on:
                break
            total += e.amount if isinstance(e, Receipt) else -e.amount
        return total

    @property
    def receipts(self) -> tuple[Receipt, ...]:
        """收入明细 — every receipt, in date order.

        Examples:
            >>> len(ReliefFund(name="F").receive("2024-01-02", 5, source="捐款").receipts)
            1
        """
        return tuple(e for e in self.entries if isinstance(e, Receipt))

    @property
    def payments(self) -> tuple[Payment, ...]:
        """支出明细 — every payment, in date order.

        Examples:
            >>> ReliefFund(name="F").payments
            ()
        """
        return tuple(e for e in self.entries if isinstance(e, Payment))

    def years(self) -> tuple[int, ...]:
        """有收支的年度 — the years with at least one entry, ascending.

        Examples:
            >>> ReliefFund(name="F").receive("2023-05-01", 5, source="捐款").years()
            (2023,)
        """
        return tuple(sorted({e.on.year for e in self.entries}))

    def totals(self, year: int | None = None) -> FundTotals:
        """年度汇总 — totals received and paid, paid per purpose, for ``year`` (default: all years).

        Examples:
            >>> ReliefFund(name="F").totals().paid_by_purpose[FundPurpose.DISASTER]
            Decimal('0')
        """
        chosen = [e for e in self.entries if year is None or e.on.year == year]
        paid = [e for e in chosen if isinstance(e, Payment)]
        by_purpose = {
            p: sum((e.amount for e in paid if e.purpose is p), Decimal(0)) for p in FundPurpose
        }
        closing = self.balance(on=None if year is None else _dt.date(year, 12, 31))
        return FundTotals(
            year=year,
            received=sum((e.amount for e in chosen if isinstance(e, Receipt)), Decimal(0)),
            paid=sum((e.amount for e in paid), Decimal(0)),
            paid_by_purpose=by_purpose,
            payments=len(paid),
            recipients=len({e.recipient for e in paid}),
            closing_balance=closing,
        )

    def totals_by_year(self) -> tuple[FundTotals, ...]:
        """逐年汇总 — [`totals`][orgwork.care.ReliefFund.totals] for each year with an entry, ascending.

        Examples:
            >>> ReliefFund(name="F").totals_by_year()
            ()
        """
        return tuple(self.totals(y) for y in self.years())


class _ReliefTexts:
    """Texts of care.relief_fund (关怀帮扶专项资金专款专用)."""

    died = Say("该党员已于{day}去世", "The member died on {day}")
    in_hardship = Say("自{start}起生活特别贫困", "In great hardship since {start}")
    not_in_hardship = Say("当日不在生活特别贫困期间", "Not in great hardship on that day")
    admitted = Say("{day}因重大疾病住院", "Admitted with a major illness on {day}")
    no_admission = Say(
        "近{days}日内无重大疾病住院记录", "No major-illness admission in the last {days} days"
    )
    disaster = Say("{day}遭遇灾害{what}", "Met a disaster on {day}{what}")
    no_disaster = Say("近{days}日内无灾害记录", "No disaster in the last {days} days")
    eligible = Say("{name}可因{purpose}获得帮扶资金", "{name} may be paid for {purpose}")
    ineligible = Say("{name}不符合{purpose}的帮扶资金用途", "{name} is not eligible for {purpose}")


#: Whether a member meets one purpose's clause on the day of payment, and why.
_Finding = tuple[bool, Reason]


def _great_hardship(ctx: RuleContext, member: ElderlyMember, on: _dt.date, days: int) -> _Finding:
    """生活特别困难的老党员: in great hardship (生活特别贫困) on the day of payment."""
    spells = [h for h in member.hardship if h.kind is HardshipKind.GREAT_HARDSHIP and h.covers(on)]
    if not spells:
        return False, ctx.reason(_ReliefTexts.not_in_hardship)
    return True, ctx.reason(_ReliefTexts.in_hardship, start=spells[0].start)


def _major_illness(ctx: RuleContext, member: ElderlyMember, on: _dt.date, days: int) -> _Finding:
    """遭遇重大疾病 … 的老党员: admitted with a major illness within ``days`` days up to ``on``."""
    since = shift(on, -days, "on")
    admitted = [
        s.admitted for s in member.hospital_stays if s.major_illness and since <= s.admitted <= on
    ]
    if not admitted:
        return False, ctx.reason(_ReliefTexts.no_admission, days=days)
    return True, ctx.reason(_ReliefTexts.admitted, day=max(admitted))


def _disaster(ctx: RuleContext, member: ElderlyMember, on: _dt.date, days: int) -> _Finding:
    """遭遇 … 灾害 … 的老党员: met a disaster within ``days`` days up to ``on``.

    The latest disaster is named (of several on one day, the last recorded).
    """
    since = shift(on, -days, "on")
    hits = sorted((x for x in member.disasters if since <= x.on <= on), key=lambda x: x.on)
    if not hits:
        return False, ctx.reason(_ReliefTexts.no_disaster, days=days)
    last = hits[-1]
    return True, ctx.reason(
        _ReliefTexts.disaster, day=last.on, what=both(last.what, f" {last.what}".rstrip())
    )


#: 对遭遇重大疾病和灾害,或者生活特别困难的老党员: the clause each purpose must meet.
_CLAUSE: dict[FundPurpose, Callable[[RuleContext, ElderlyMember, _dt.date, int], _Finding]] = {
    FundPurpose.MAJOR_ILLNESS: _major_illness,
    FundPurpose.DISASTER: _disaster,
    FundPurpose.GREAT_HARDSHIP: _great_hardship,
}


@rule(
    "care.relief_fund",
    zh="关怀帮扶专项资金专款专用:只用于遭遇重大疾病、灾害或生活特别困难的老党员",
    en="The relief fund pays only members who met major illness or disaster, or are in "
    "especially great hardship",
    document=S000,
    section="第一篇 二",
    quote="对遭遇重大疾病和灾害,或者生活特别困难的老党员实行专款专用",
    parameters=("care.relief_claim_days",),
)
def relief_eligibility(
    member: ElderlyMember,
    purpose: FundPurpose,
    *,
    on: _dt.date,
    policy: Policy | None = None,
) -> Decision[bool]:
    """帮扶资金支付资格 — whether ``member`` may be paid from the fund for ``purpose`` on ``on``.

    ``on`` (keyword-only, required) is the day the payment would be made.

    - ``GREAT_HARDSHIP``: the member is in great hardship (生活特别贫困) on ``on``;
    - ``MAJOR_ILLNESS``: a major-illness admission within ``care.relief_claim_days``
      days up to ``on``;
    - ``DISASTER``: a disaster within ``care.relief_claim_days`` days up to ``on``.

    The member must be alive on ``on``.

    Examples:
        >>> from orgwork.care import HospitalStay
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01",
        ...                   hospital_stays=[HospitalStay(admitted="2024-03-02", major_illness=True)])
        >>> d = relief_eligibility(m, FundPurpose.MAJOR_ILLNESS, on=_dt.date(2024, 4, 1))
        >>> d.outcome, d.value
        ('eligible', True)
    """
    member = as_field(ElderlyMember, member, "member")
    purpose = as_field(FundPurpose, purpose, "purpose")
    on = as_field(Day, on, "on")
    ctx = RuleContext(relief_eligibility, policy, on=on)
    days = ctx.param("care.relief_claim_days")
    if member.alive_on(on):
        ok, why = _CLAUSE[purpose](ctx, member, on, days)
        ctx.add(why)
    else:
        ok = False
        ctx.say(_ReliefTexts.died, day=member.died_on)
    return ctx.decide(
        "eligible" if ok else "ineligible",
        ok,
        _ReliefTexts.eligible if ok else _ReliefTexts.ineligible,
        subject=member.id,
        name=member.name,
        purpose=purpose,
    )

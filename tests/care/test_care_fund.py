"""专款专用: the relief fund ledger, eligibility, totals, and that it never pays out more than it holds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.care import (
    Disaster,
    ElderlyMember,
    FundPurpose,
    HardshipKind,
    HardshipPeriod,
    HospitalStay,
    Payment,
    Receipt,
    ReliefFund,
    relief_eligibility,
)
from orgwork.errors import RecordError
from orgwork.policy import Policy

D = dt.date
JULY_FIRST_2012 = D(2012, 7, 1)  # 建党91周年大会 ("今年七月一日 … 建党91周年")


def poor(i: int) -> ElderlyMember:
    return ElderlyMember(
        id=f"M{i:02}",
        name="纪昌友" if i == 1 else f"贫困党员{i}",
        organization="V01",
        hardship=[HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2012, 1, 1))],
    )


@pytest.mark.rule("care.relief_fund")
def test_seed_example_ten_poor_members_paid_4000_yuan_each() -> None:
    # 现场为纪昌友等10名贫困党员每人发放4000元慰问金
    fund = ReliefFund(name="党员爱心基金").receive(JULY_FIRST_2012, 40000, source="党员爱心基金")
    for i in range(1, 11):
        fund = fund.pay(JULY_FIRST_2012, 4000, poor(i), FundPurpose.GREAT_HARDSHIP)
    t = fund.totals(2012)
    assert (t.received, t.paid, t.payments, t.recipients) == (
        Decimal(40000),
        Decimal(40000),
        10,
        10,
    )
    assert t.paid_by_purpose[FundPurpose.GREAT_HARDSHIP] == Decimal(40000)
    assert t.paid_by_purpose[FundPurpose.MAJOR_ILLNESS] == 0
    assert fund.balance() == 0
    assert fund.payments[0].recipient == "M01"
    assert "生活特别困难" in fund.payments[0].ground
    with pytest.raises(RecordError, match=r"exceeds the balance 0\.00"):
        fund.pay(JULY_FIRST_2012, "0.01", poor(11), FundPurpose.GREAT_HARDSHIP)


def test_a_ledger_holds_seed_003s_mutual_aid_fund_of_300000_yuan() -> None:
    # 003 reports the fund (建立了30万元的农村困难老党员互助基金); it is data for the ledger,
    # not a rule of 000's relief fund, so this test names no rule
    fund = ReliefFund(name="农村困难老党员互助基金").receive(D(2010, 1, 1), 300000, source="市财政")
    assert fund.balance() == Decimal(300000)
    assert fund.totals().received == Decimal("300000.00")


@pytest.mark.rule("care.relief_fund")
def test_payment_must_name_an_eligible_purpose_for_the_recipient() -> None:
    fund = ReliefFund(name="F").receive(D(2024, 1, 1), 10000, source="财政")
    healthy = ElderlyMember(id="M9", name="某党员", organization="V01")
    for purpose in FundPurpose:
        with pytest.raises(RecordError, match="not eligible"):
            fund.pay(D(2024, 2, 1), 100, healthy, purpose)
    assert fund.balance() == 10000  # refused payments leave the ledger unchanged


@pytest.mark.rule("care.relief_fund")
def test_eligibility_by_purpose() -> None:
    m = ElderlyMember(
        id="M1",
        name="某党员",
        organization="V01",
        hospital_stays=[HospitalStay(admitted=D(2024, 3, 2), major_illness=True)],
        disasters=[Disaster(on=D(2024, 7, 10), what="洪灾")],
        hardship=[
            HardshipPeriod(
                kind=HardshipKind.UNABLE_TO_LOOK_AFTER_SELF,
                start=D(2024, 1, 1),
                end=D(2024, 12, 31),
            )
        ],
    )
    on = D(2024, 8, 1)
    assert relief_eligibility(m, FundPurpose.MAJOR_ILLNESS, on=on).value is True
    assert relief_eligibility(m, FundPurpose.DISASTER, on=on).value is True
    # unable to look after oneself is not, by itself, especially great hardship
    assert relief_eligibility(m, FundPurpose.GREAT_HARDSHIP, on=on).value is False
    # an illness before the claim window no longer grounds a payment
    late = D(2025, 3, 3)
    d = relief_eligibility(m, FundPurpose.MAJOR_ILLNESS, on=late)
    assert (d.outcome, d.parameters) == ("ineligible", {"care.relief_claim_days": 365})
    p = Policy.default().override({"care.relief_claim_days": 400})
    assert relief_eligibility(m, FundPurpose.MAJOR_ILLNESS, on=late, policy=p).value is True


@pytest.mark.rule("care.relief_fund")
def test_the_dead_are_not_paid() -> None:
    m = poor(1).model_copy(update={"died_on": D(2012, 6, 30)})
    d = relief_eligibility(m, FundPurpose.GREAT_HARDSHIP, on=JULY_FIRST_2012)
    assert d.value is False
    assert "去世" in d.explain("zh")


@pytest.mark.rule("care.relief_fund")
def test_a_back_dated_payment_cannot_overdraw_an_earlier_day() -> None:
    fund = ReliefFund(name="F").receive(D(2024, 3, 1), 1000, source="捐款")
    m = poor(1).model_copy(
        update={
            "hardship": (HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2024, 1, 1)),)
        }
    )
    with pytest.raises(RecordError, match="2024-02-01"):
        fund.pay(D(2024, 2, 1), 500, m, FundPurpose.GREAT_HARDSHIP)


@pytest.mark.rule("care.relief_fund")
def test_ledgers_from_data_are_checked_and_ordered() -> None:
    r = Receipt(on=D(2024, 1, 5), amount=100, source="捐款")
    p = Payment(on=D(2024, 1, 6), amount=60, recipient="M1", purpose=FundPurpose.DISASTER)
    fund = ReliefFund(name="F", entries=(p, r))
    assert fund.entries == (r, p)
    assert ReliefFund.model_validate_json(fund.model_dump_json()) == fund
    with pytest.raises(ValidationError, match="never pays out more than it holds"):
        ReliefFund(name="F", entries=(r, p.model_copy(update={"amount": Decimal(101)})))


@pytest.mark.rule("care.relief_fund")
@pytest.mark.parametrize("bad", [0, -5, "1.001", "abc", float("nan")])
def test_bad_amounts_are_validation_errors(bad: object) -> None:
    with pytest.raises(ValidationError, match="amount"):
        ReliefFund(name="F").receive(D(2024, 1, 1), bad, source="x")  # type: ignore[arg-type]


@pytest.mark.rule("care.relief_fund")
@pytest.mark.parametrize("bad", ["1e30", "1e40", Decimal("9" * 40), "1e-30", "1000000000000.01"])
def test_amounts_too_large_or_too_fine_are_validation_errors_not_decimal_errors(
    bad: object,
) -> None:
    # quantize on such values raises decimal.InvalidOperation, not a ValidationError
    with pytest.raises(ValidationError, match="amount"):
        ReliefFund(name="F").receive(D(2024, 1, 1), bad, source="x")  # type: ignore[arg-type]
    m = poor(1)
    fund = ReliefFund(name="F").receive(D(2024, 1, 1), 100, source="x")
    with pytest.raises(ValidationError, match="amount"):
        fund.pay(D(2024, 1, 2), bad, m, FundPurpose.GREAT_HARDSHIP)  # type: ignore[arg-type]


@pytest.mark.rule("care.relief_fund")
def test_totals_by_year() -> None:
    fund = ReliefFund(name="F").receive(D(2023, 1, 1), 500, source="a")
    fund = fund.pay(D(2023, 6, 1), 200, poor(1), FundPurpose.GREAT_HARDSHIP)
    fund = fund.receive(D(2024, 1, 1), "100.50", source="b")
    years = fund.totals_by_year()
    assert [(t.year, t.received, t.paid, t.closing_balance) for t in years] == [
        (2023, Decimal(500), Decimal(200), Decimal(300)),
        (2024, Decimal("100.50"), Decimal(0), Decimal("400.50")),
    ]
    assert fund.balance(on=D(2023, 12, 31)) == 300


# -- property: the fund never pays out more than it holds ------------------------------

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(5000), places=2)
ops = st.lists(
    st.tuples(st.booleans(), amounts, st.integers(0, 60)),  # (receipt?, amount, day offset)
    max_size=25,
)


@pytest.mark.rule("care.relief_fund")
@given(ops)
@example(  # a later day's payment recorded before that day's receipt counts before it
    [
        (True, Decimal("5.14"), 0),
        (False, Decimal("0.01"), 0),
        (False, Decimal("2.96"), 1),
        (True, Decimal("0.01"), 1),
        (False, Decimal("2.18"), 0),
    ]
)
def test_the_fund_never_pays_out_more_than_it_holds(steps: list[tuple[bool, Decimal, int]]) -> None:
    m = poor(1)
    fund = ReliefFund(name="F")
    start = D(2012, 1, 1)
    for is_receipt, amount, offset in steps:
        day = start + dt.timedelta(days=offset)
        if is_receipt:
            fund = fund.receive(day, amount, source="捐款")
            continue
        try:
            new = fund.pay(day, amount, m, FundPurpose.GREAT_HARDSHIP)
        except RecordError:
            # refused exactly when the balance would go below zero after some entry from
            # ``day`` on: at the end of ``day``, or after any later entry in the order kept
            # (a payment recorded before a receipt of the same later day counts before it)
            running, later = Decimal(0), []
            for e in fund.entries:
                running += e.amount if isinstance(e, Receipt) else -e.amount
                if e.on > day:
                    later.append(running)
            assert min([fund.balance(on=day), *later]) < amount
            continue
        fund = new
        running = Decimal(0)
        for e in fund.entries:
            running += e.amount if isinstance(e, Receipt) else -e.amount
            assert running >= 0
    t = fund.totals()
    assert t.paid <= t.received
    assert fund.balance() == t.received - t.paid


@pytest.mark.rule("care.relief_fund")
def test_eligibility_on_an_unsupported_day_is_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        relief_eligibility(poor(1), FundPurpose.DISASTER, on=dt.date.min)


@pytest.mark.rule("care.relief_fund")
def test_the_as_of_day_is_keyword_only_on_and_midnight_datetimes_are_dates() -> None:
    m = poor(1)
    day = dt.datetime(2012, 7, 1, 0, 0)
    d = relief_eligibility(m, FundPurpose.GREAT_HARDSHIP, on=day)
    assert d == relief_eligibility(m, FundPurpose.GREAT_HARDSHIP, on=JULY_FIRST_2012)
    with pytest.raises(TypeError):
        relief_eligibility(m, FundPurpose.GREAT_HARDSHIP, JULY_FIRST_2012)  # type: ignore[misc]
    with pytest.raises(ValidationError, match="on"):
        relief_eligibility(m, FundPurpose.GREAT_HARDSHIP, on=dt.datetime(2012, 7, 1, 9, 30))
    fund = ReliefFund(name="F").receive(JULY_FIRST_2012, 100, source="捐款")
    assert fund.balance(on=day) == fund.balance(on=JULY_FIRST_2012) == 100
    assert fund.balance(on=D(2012, 6, 30)) == 0
    with pytest.raises(ValidationError, match="on"):
        fund.balance(on="someday")  # type: ignore[arg-type]


@pytest.mark.rule("care.relief_fund")
def test_pay_validates_its_recipient_and_purpose() -> None:
    fund = ReliefFund(name="F").receive(JULY_FIRST_2012, 10000, source="捐款")
    as_dict = poor(1).model_dump()
    paid = fund.pay(JULY_FIRST_2012, 100, as_dict, "great_hardship")  # type: ignore[arg-type]
    assert paid == fund.pay(JULY_FIRST_2012, 100, poor(1), FundPurpose.GREAT_HARDSHIP)
    with pytest.raises(ValidationError, match="recipient"):
        fund.pay(JULY_FIRST_2012, 100, "M01", FundPurpose.GREAT_HARDSHIP)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="purpose"):
        fund.pay(JULY_FIRST_2012, 100, poor(1), "food")  # type: ignore[arg-type]

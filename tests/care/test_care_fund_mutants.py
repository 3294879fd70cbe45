"""The relief fund's claim window, its refusals word for word, and its argument names.

Written against the survivors of mutation testing (``python tools/mutation.py
care/_fund``, triage in ``docs/mutation.md``). 专款专用: the fund pays only
"对遭遇重大疾病和灾害,或者生活特别困难的老党员"; these tests pin which disaster
grounds a payment, the days that bound the claim window, and what a refused
payment tells the person keeping the ledger.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.care import (
    Disaster,
    ElderlyMember,
    FundPurpose,
    HardshipKind,
    HardshipPeriod,
    HospitalStay,
    ReliefFund,
    relief_eligibility,
)
from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy

D = dt.date
#: Two disasters recorded out of date order: the fire (20 July) is the latest.
FIRE = Disaster(on=D(2024, 7, 20), what="火灾")
FLOOD = Disaster(on=D(2024, 7, 10), what="洪灾")
STRUCK = ElderlyMember(id="M1", name="某党员", organization="V01", disasters=(FIRE, FLOOD))
POOR = ElderlyMember(
    id="M2",
    name="纪昌友",
    organization="V01",
    hardship=(HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2024, 1, 1)),),
)


def texts(d: Decision[Any]) -> list[tuple[str, str]]:
    assert {r.rule for r in d.reasons} == {"care.relief_fund"}
    return [(r.zh, r.en) for r in d.reasons]


@pytest.mark.rule("care.relief_fund")
def test_the_latest_disaster_is_named_whatever_the_order_recorded() -> None:
    # 遭遇……灾害: of several disasters in the window, the latest grounds the payment
    d = relief_eligibility(STRUCK, FundPurpose.DISASTER, on=D(2024, 8, 1))
    assert (d.outcome, d.value) == ("eligible", True)
    assert texts(d) == [("2024-07-20遭遇灾害火灾", "Met a disaster on 2024-07-20 火灾")]
    assert (d.headline.zh, d.headline.en) == (
        "某党员可因遭遇灾害获得帮扶资金",
        "某党员 may be paid for disaster",
    )


@pytest.mark.rule("care.relief_fund")
def test_of_two_disasters_on_one_day_the_last_recorded_is_named() -> None:
    same_day = ElderlyMember(
        id="M3",
        name="某党员",
        organization="V01",
        disasters=(
            Disaster(on=D(2024, 7, 10), what="洪灾"),
            Disaster(on=D(2024, 7, 10), what="塌方"),
        ),
    )
    d = relief_eligibility(same_day, FundPurpose.DISASTER, on=D(2024, 7, 11))
    assert texts(d) == [("2024-07-10遭遇灾害塌方", "Met a disaster on 2024-07-10 塌方")]


@pytest.mark.rule("care.relief_fund")
def test_a_disaster_on_the_day_of_payment_counts() -> None:
    d = relief_eligibility(STRUCK, FundPurpose.DISASTER, on=D(2024, 7, 20))
    assert d.value is True
    assert texts(d) == [("2024-07-20遭遇灾害火灾", "Met a disaster on 2024-07-20 火灾")]
    # the day before the first disaster, nothing grounds a payment yet
    assert relief_eligibility(STRUCK, FundPurpose.DISASTER, on=D(2024, 7, 9)).value is False


@pytest.mark.rule("care.relief_fund")
def test_the_claim_window_includes_its_first_day_and_ends_the_day_after() -> None:
    # care.relief_claim_days = 365: 2025-07-20 is 365 days after the fire
    on_edge = relief_eligibility(STRUCK, FundPurpose.DISASTER, on=D(2025, 7, 20))
    assert on_edge.value is True
    assert texts(on_edge) == [("2024-07-20遭遇灾害火灾", "Met a disaster on 2024-07-20 火灾")]
    past = relief_eligibility(STRUCK, FundPurpose.DISASTER, on=D(2025, 7, 21))
    assert (past.outcome, past.value) == ("ineligible", False)
    assert texts(past) == [("近365日内无灾害记录", "No disaster in the last 365 days")]
    assert (past.headline.zh, past.headline.en) == (
        "某党员不符合遭遇灾害的帮扶资金用途",
        "某党员 is not eligible for disaster",
    )
    assert past.parameters == {"care.relief_claim_days": 365}


@pytest.mark.rule("care.relief_fund")
def test_the_no_disaster_reason_names_the_window_the_policy_sets() -> None:
    p = Policy.default().override({"care.relief_claim_days": 30})
    d = relief_eligibility(STRUCK, FundPurpose.DISASTER, on=D(2024, 8, 20), policy=p)
    assert texts(d) == [("近30日内无灾害记录", "No disaster in the last 30 days")]


@pytest.mark.rule("care.relief_fund")
def test_pay_reads_the_claim_window_of_the_policy_given() -> None:
    ill = ElderlyMember(
        id="M4",
        name="某党员",
        organization="V01",
        hospital_stays=(HospitalStay(admitted=D(2024, 1, 2), major_illness=True),),
    )
    fund = ReliefFund(name="F").receive(D(2024, 1, 1), 1000, source="捐款")
    day = D(2025, 1, 20)  # 384 days after the admission
    with pytest.raises(RecordError, match="近365日内无重大疾病住院记录"):
        fund.pay(day, 100, ill, FundPurpose.MAJOR_ILLNESS)
    longer = Policy.default().override({"care.relief_claim_days": 400})
    paid = fund.pay(day, 100, ill, FundPurpose.MAJOR_ILLNESS, policy=longer)
    assert paid.balance() == 900
    assert paid.payments[0].ground == "某党员可因遭遇重大疾病获得帮扶资金"


@pytest.mark.rule("care.relief_fund")
def test_a_refused_payment_says_who_what_when_and_why() -> None:
    fund = ReliefFund(name="F").receive(D(2024, 1, 2), 100, source="捐款")
    with pytest.raises(RecordError) as caught:
        fund.pay(D(2024, 7, 9), 50, STRUCK, FundPurpose.DISASTER)
    assert str(caught.value) == (
        "F: 某党员 is not eligible for 遭遇灾害 on 2024-07-09: 近365日内无灾害记录"
    )


@pytest.mark.rule("care.relief_fund")
def test_a_back_dated_payment_that_overdraws_a_later_day_names_both_days() -> None:
    # covered on its own day (500 of 1000) but the 800 paid on 1 March is then short
    fund = ReliefFund(name="F").receive(D(2024, 1, 1), 1000, source="捐款")
    fund = fund.pay(D(2024, 3, 1), 800, POOR, FundPurpose.GREAT_HARDSHIP)
    with pytest.raises(RecordError) as caught:
        fund.pay(D(2024, 2, 1), 500, POOR, FundPurpose.GREAT_HARDSHIP)
    assert str(caught.value) == (
        "F: a payment of 500.00 dated 2024-02-01 would leave the balance at -300.00 on 2024-03-01"
    )


def test_notes_are_empty_unless_given() -> None:
    fund = ReliefFund(name="F").receive(D(2024, 1, 1), 1000, source="捐款")
    fund = fund.pay(D(2024, 1, 2), 10, POOR, FundPurpose.GREAT_HARDSHIP)
    assert fund.receipts[0].note == ""
    assert fund.payments[0].note == ""
    noted = fund.receive(D(2024, 1, 3), 5, source="捐款", note="七一捐款")
    assert noted.receipts[-1].note == "七一捐款"


def test_a_recipient_that_is_no_member_is_an_error_naming_recipient() -> None:
    fund = ReliefFund(name="F").receive(D(2024, 1, 1), 1000, source="捐款")
    with pytest.raises(ValidationError) as caught:
        fund.pay(D(2024, 1, 2), 10, "M2", FundPurpose.GREAT_HARDSHIP)  # type: ignore[arg-type]
    assert {e["loc"][0] for e in caught.value.errors()} == {"recipient"}


def test_a_balance_day_that_is_no_date_is_an_error_naming_on() -> None:
    fund = ReliefFund(name="F").receive(D(2024, 1, 1), 1000, source="捐款")
    with pytest.raises(ValidationError) as caught:
        fund.balance(on="someday")  # type: ignore[arg-type]
    assert {e["loc"][0] for e in caught.value.errors()} == {"on"}


@pytest.mark.rule("care.relief_fund")
def test_a_major_illness_admission_counts_from_the_window_s_first_day_to_the_day_of_payment() -> (
    None
):
    # 遭遇重大疾病: admitted within care.relief_claim_days (365) days up to the day of payment
    def admitted(day: dt.date) -> ElderlyMember:
        stay = HospitalStay(admitted=day, major_illness=True)
        return ElderlyMember(id="M5", name="某党员", organization="V01", hospital_stays=(stay,))

    on = D(2025, 3, 1)
    for day in (on, D(2024, 3, 1)):  # the day itself, and 365 days before it
        d = relief_eligibility(admitted(day), FundPurpose.MAJOR_ILLNESS, on=on)
        assert d.value is True
        assert texts(d) == [(f"{day}因重大疾病住院", f"Admitted with a major illness on {day}")]
    late = relief_eligibility(admitted(D(2024, 2, 29)), FundPurpose.MAJOR_ILLNESS, on=on)
    assert (late.outcome, late.value) == ("ineligible", False)
    assert texts(late) == [
        ("近365日内无重大疾病住院记录", "No major-illness admission in the last 365 days")
    ]
    # an admission after the day of payment grounds nothing yet
    early = relief_eligibility(admitted(D(2025, 3, 2)), FundPurpose.MAJOR_ILLNESS, on=on)
    assert early.value is False


@pytest.mark.rule("care.relief_fund")
def test_the_claim_window_is_the_one_in_force_on_the_day_of_payment() -> None:
    # the window shrinks from 365 to 30 days on 2025-01-01
    p = Policy.default().with_change(D(2025, 1, 1), {"care.relief_claim_days": 30})
    before = relief_eligibility(STRUCK, FundPurpose.DISASTER, on=D(2024, 12, 31), policy=p)
    assert (before.value, before.parameters) == (True, {"care.relief_claim_days": 365})
    hit = ElderlyMember(
        id="M6", name="某党员", organization="V01", disasters=(Disaster(on=D(2025, 1, 10)),)
    )
    after = relief_eligibility(hit, FundPurpose.DISASTER, on=D(2025, 3, 1), policy=p)
    assert (after.value, after.parameters) == (False, {"care.relief_claim_days": 30})
    assert texts(after) == [("近30日内无灾害记录", "No disaster in the last 30 days")]


@pytest.mark.rule("care.relief_fund")
def test_the_dead_are_refused_naming_the_day_of_death() -> None:
    dead = POOR.model_copy(update={"died_on": D(2024, 6, 30)})
    d = relief_eligibility(dead, FundPurpose.GREAT_HARDSHIP, on=D(2024, 7, 1))
    assert (d.outcome, d.value) == ("ineligible", False)
    assert texts(d) == [("该党员已于2024-06-30去世", "The member died on 2024-06-30")]
    assert (d.headline.zh, d.headline.en) == (
        "纪昌友不符合生活特别困难的帮扶资金用途",
        "纪昌友 is not eligible for great hardship",
    )


@pytest.mark.rule("care.relief_fund")
@pytest.mark.parametrize("argument", ["member", "purpose", "on"])
def test_a_wrong_argument_is_a_validation_error_naming_it(argument: str) -> None:
    given: dict[str, Any] = {"member": POOR, "purpose": FundPurpose.DISASTER, "on": D(2024, 7, 1)}
    given[argument] = "food"
    with pytest.raises(ValidationError) as caught:
        relief_eligibility(**given)
    assert caught.value.title == argument
    assert {e["loc"][0] for e in caught.value.errors()} == {argument}

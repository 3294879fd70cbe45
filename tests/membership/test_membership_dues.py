"""党费 (2008 规定 第二条、第五条、第六条、第十二条) and 连续六个月不交纳党费 (党章 第九条)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.membership import (
    DuesPayer,
    DuesPayment,
    PayerCategory,
    dues_arrears,
    dues_makeup,
    dues_rate,
)
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies._membership import dues_payers, dues_payments

D = Decimal
RATE = "membership.dues_rate"


def _employed(income: str | int) -> DuesPayer:
    return DuesPayer(member="张三", category="employed", monthly_income=income)


def _retired(income: str | int) -> DuesPayer:
    return DuesPayer(member="李四", category="retired", monthly_income=income)


#: 第二条, each band edge as the text draws it: (income, rate %, payable to the 分, halves up).
EMPLOYED = [
    ("0", "0.5", "0.00"),
    ("2999", "0.5", "15.00"),  # 14.995: half a 分 goes up
    ("2999.99", "0.5", "15.00"),  # 14.99995
    ("3000", "0.5", "15.00"),  # 3000元以下(含3000元)
    ("3000.00", "0.5", "15.00"),
    ("3000.01", "1", "30.00"),  # 3000元以上: 30.0001
    ("4000", "1", "40.00"),
    ("5000", "1", "50.00"),  # 至5000元(含5000元)
    ("5000.01", "1.5", "75.00"),  # 75.00015
    ("7777", "1.5", "116.66"),  # 116.655
    ("10000", "1.5", "150.00"),  # 至10000元(含10000元)
    ("10000.01", "2", "200.00"),  # 10000元以上 2%: 200.0002
    ("12000", "2", "240.00"),
]


@pytest.mark.rule("membership.dues_rate")
@pytest.mark.parametrize(("income", "rate", "payable"), EMPLOYED)
def test_members_in_work_pay_by_the_band_edges_of_article_two(
    income: str, rate: str, payable: str | None
) -> None:
    d = dues_rate(_employed(income), year=2025, month=3)
    assert d.value.rate_percent == D(rate)
    assert d.value.amount == D(income) * D(rate) / 100
    assert d.outcome == "due"
    assert d.value.payable == D(payable)
    assert d.parameters["membership.dues_rounding"] == "half_up"


@pytest.mark.rule("membership.dues_rate")
def test_the_quote_holds_every_band_and_its_inclusive_bound() -> None:
    quote = get(RATE).source.quote
    for part in (
        "3000元以下(含3000元)",
        "5000元(含5000元)",
        "10000元(含10000元)",
        "10000元以上者,交纳2%",
    ):
        assert part in quote


@pytest.mark.rule("membership.dues_rate")
@pytest.mark.parametrize(
    ("income", "rate", "payable"),
    [
        ("5000", "0.5", "25.00"),
        ("4999.99", "0.5", "25.00"),  # 24.99995
        ("5000.01", "1", "50.00"),  # 50.0001
        ("6000", "1", "60.00"),
        ("8000", "1", "80.00"),
    ],
)
def test_retirees_pay_by_the_two_bands_of_article_five(
    income: str, rate: str, payable: str | None
) -> None:
    d = dues_rate(_retired(income), year=2025, month=3)
    assert d.value.rate_percent == D(rate)
    assert d.value.payable == (None if payable is None else D(payable))


@pytest.mark.rule("membership.dues_rate")
def test_rounding_to_the_fen_by_default_and_referred_where_the_locality_unsets_it() -> None:
    d = dues_rate(_employed("3000.01"), year=2025, month=3)
    assert d.outcome == "due"
    assert d.value.amount == D("30.0001")
    assert d.value.payable == D("30.00")
    assert dues_rate(_employed("2999.99"), year=2025, month=3).value.payable == D("15.00")
    unset = Policy.default().override({"membership.dues_rounding": None})
    r = dues_rate(_employed("3000.01"), year=2025, month=3, policy=unset)
    assert (r.outcome, r.value.amount, r.value.payable) == ("referred", D("30.0001"), None)
    exact = dues_rate(_employed("3000"), year=2025, month=3, policy=unset)
    assert (exact.outcome, exact.value.payable) == ("due", D("15.00"))


@pytest.mark.rule("membership.dues_rate")
@pytest.mark.parametrize("category", ["student", "unemployed", "relief", "low_income"])
def test_article_six_fixed_amount(category: str) -> None:
    d = dues_rate(DuesPayer(member="王五", category=category), year=2025, month=3)
    assert (d.outcome, d.value.payable) == ("due", D("0.2"))


@pytest.mark.rule("membership.dues_rate")
def test_farmers_pay_within_the_range_the_locality_fixes() -> None:
    farmer = DuesPayer(member="赵六", category="farmer")
    d = dues_rate(farmer, year=2025, month=3)
    assert d.outcome == "undetermined"
    assert (d.value.low, d.value.high, d.value.payable) == (D("0.2"), D(1), None)
    p = Policy.default().override({"membership.farmer_monthly_amount": "0.5"})
    assert dues_rate(farmer, year=2025, month=3, policy=p).value.payable == D("0.5")
    with pytest.raises(ValueError, match="farmer_monthly_amount"):
        Policy.default().override({"membership.farmer_monthly_amount": "1.5"})


@pytest.mark.rule("membership.dues_rate")
def test_months_before_the_2008_schedule_are_not_assessed_on_it() -> None:
    assert dues_rate(_employed(3000), year=2008, month=3).outcome == "not_in_force"
    assert dues_rate(_employed(3000), year=2008, month=4).outcome == "due"


@pytest.mark.rule("membership.dues_rate")
def test_a_dated_change_applies_from_its_month() -> None:
    p = Policy.default().with_change(
        dt.date(2030, 1, 1), {"membership.employed_rates_percent": ["1", "1", "1.5", "2"]}
    )
    assert dues_rate(_employed(3000), year=2029, month=12, policy=p).value.payable == D("15.00")
    assert dues_rate(_employed(3000), year=2030, month=1, policy=p).value.payable == D("30.00")


@pytest.mark.rule("membership.dues_rate")
def test_income_is_needed_by_income_categories_and_never_shown() -> None:
    with pytest.raises(ValueError, match="monthly_income"):
        DuesPayer(member="张三", category="employed")
    p = _employed("4321.09")
    assert "4321" not in repr(p)
    assert "4321" not in repr(dues_rate(p, year=2025, month=3).value)


@pytest.mark.rule("membership.dues_rate")
@given(
    st.sampled_from([PayerCategory.EMPLOYED, PayerCategory.RETIRED]),
    st.decimals(D(0), D(100000), places=2),
    st.decimals(D(0), D(100000), places=2),
)
def test_the_rate_is_monotone_in_income(category: PayerCategory, a: Decimal, b: Decimal) -> None:
    lo, hi = sorted((a, b))
    r = [
        dues_rate(DuesPayer(member="M", category=category, monthly_income=x), year=2025, month=6)
        for x in (lo, hi)
    ]
    assert r[0].value.rate_percent is not None
    assert r[1].value.rate_percent is not None
    assert r[0].value.rate_percent <= r[1].value.rate_percent


@pytest.mark.rule("membership.dues_rate")
@given(dues_payers(), st.integers(2008, 2026), st.integers(1, 12))
def test_amount_is_income_times_rate_exactly(payer: DuesPayer, year: int, month: int) -> None:
    d = dues_rate(payer, year=year, month=month)
    if d.outcome == "not_in_force":
        assert (year, month) < (2008, 4)
        return
    if payer.category.by_income:
        assert payer.monthly_income is not None
        assert d.value.rate_percent is not None
        assert d.value.amount == payer.monthly_income * d.value.rate_percent / 100
        assert d.outcome == "due"
        assert d.value.payable is not None
        assert abs(d.value.payable - d.value.amount) <= D("0.005")  # to the nearest 分
        assert d.value.payable == d.value.payable.quantize(D("0.01"))
        unset = Policy.default().override({"membership.dues_rounding": None})
        r = dues_rate(payer, year=year, month=month, policy=unset)
        assert r.outcome == (
            "due" if d.value.amount == d.value.amount.quantize(D("0.01")) else "referred"
        )
    else:
        assert d.outcome in ("due", "undetermined")


ARREARS = "membership.dues_arrears"


def _paid(months: list[int], member: str = "M") -> list[DuesPayment]:
    """Payments for these months of 2025 (13.. continue into 2026), paid on the 5th."""
    out = []
    for n in months:
        y, m = 2025 + (n - 1) // 12, (n - 1) % 12 + 1
        out.append(DuesPayment(member=member, year=y, month=m, amount=10, paid_on=dt.date(y, m, 5)))
    return out


@pytest.mark.rule("membership.dues_arrears")
def test_six_consecutive_unpaid_months_are_referred_never_decided() -> None:
    d = dues_arrears(
        _paid([1, 8]), member="M", first=dt.date(2025, 1, 1), last=dt.date(2025, 8, 31)
    )
    assert d.outcome == "referred"
    run = d.value.runs[0]
    assert (run.first, run.last, run.months) == ("2025-02", "2025-07", 6)
    text = d.explain("zh") + d.explain("en")
    assert "支部大会讨论" in text
    for verdict in ("自行脱党", "除名", "left the Party"):
        assert verdict not in d.headline.zh + d.headline.en
    assert "脱党" not in d.explain("zh").split("\n", 1)[0]


@pytest.mark.rule("membership.dues_arrears")
def test_five_months_are_not_a_case() -> None:
    d = dues_arrears(_paid([1, 7]), member="M", first=dt.date(2025, 1, 1), last=dt.date(2025, 7, 1))
    assert d.outcome == "ok"
    assert d.value.unpaid == ("2025-02", "2025-03", "2025-04", "2025-05", "2025-06")
    assert d.value.runs == ()


@pytest.mark.rule("membership.dues_arrears")
def test_the_quote_is_the_charter_clause() -> None:
    assert "连续六个月不参加党的组织生活,或不交纳党费" in get(ARREARS).source.quote


@pytest.mark.rule("membership.dues_arrears")
def test_a_payment_made_after_the_day_checked_does_not_count_and_others_do_not_count() -> None:
    late = [
        DuesPayment(member="M", year=2025, month=m, amount=10, paid_on=dt.date(2026, 1, 5))
        for m in range(2, 8)
    ]
    kw = {"member": "M", "first": dt.date(2025, 1, 1), "last": dt.date(2025, 12, 1)}
    pays = _paid([1, 8, 9, 10, 11, 12]) + late
    assert dues_arrears(pays, **kw).outcome == "ok"  # type: ignore[arg-type]
    assert dues_arrears(pays, on=dt.date(2025, 12, 31), **kw).outcome == "referred"  # type: ignore[arg-type]
    others = _paid(list(range(1, 13)), member="N")
    assert dues_arrears(_paid([1, 12]) + others, **kw).outcome == "referred"  # type: ignore[arg-type]


@pytest.mark.rule("membership.dues_arrears")
@given(st.integers(0, 40), st.integers(1, 5), st.integers(0, 40))
def test_five_unpaid_months_anywhere_are_not_a_case(before: int, gap: int, after: int) -> None:
    # paid months, then a gap of at most five unpaid months, then paid months
    total = before + gap + after
    paid = [n for n in range(1, total + 1) if not before < n <= before + gap]
    ly, lm = 2025 + (total - 1) // 12, (total - 1) % 12 + 1
    d = dues_arrears(_paid(paid), member="M", first=dt.date(2025, 1, 1), last=dt.date(ly, lm, 1))
    assert d.outcome == "ok"
    assert len(d.value.unpaid) == gap


@pytest.mark.rule("membership.dues_arrears")
@given(st.integers(0, 40), st.integers(6, 24), st.integers(0, 40))
def test_six_or_more_unpaid_months_anywhere_are_found(before: int, gap: int, after: int) -> None:
    total = before + gap + after
    paid = [n for n in range(1, total + 1) if not before < n <= before + gap]
    ly, lm = 2025 + (total - 1) // 12, (total - 1) % 12 + 1
    d = dues_arrears(_paid(paid), member="M", first=dt.date(2025, 1, 1), last=dt.date(ly, lm, 1))
    assert d.outcome == "referred"
    assert [r.months for r in d.value.runs] == [gap]


MAKEUP = "membership.dues_makeup"


@pytest.mark.rule("membership.dues_makeup")
@pytest.mark.parametrize(
    ("paid_on", "outcome", "late"),
    [
        (dt.date(2025, 1, 31), "on_time", 0),
        (dt.date(2025, 2, 1), "within", 1),
        (dt.date(2025, 7, 31), "within", 6),  # 一般不得超过6个月
        (dt.date(2025, 8, 1), "referred", 7),
    ],
)
def test_makeup_within_six_months(paid_on: dt.date, outcome: str, late: int) -> None:
    d = dues_makeup(DuesPayment(member="M", year=2025, month=1, amount=10, paid_on=paid_on))
    assert (d.outcome, d.value.months_late) == (outcome, late)
    assert "补交党费的时间一般不得超过6个月" in get(MAKEUP).source.quote


@pytest.mark.rule("membership.dues_makeup")
@given(dues_payments())
def test_months_late_are_calendar_months(p: DuesPayment) -> None:
    d = dues_makeup(p)
    assert d.value.months_late == max(0, (p.paid_on.year - p.year) * 12 + p.paid_on.month - p.month)
    assert d.value.within_limit == (d.value.months_late <= 6)


@pytest.mark.rule("membership.dues_arrears")
def test_a_month_not_yet_over_is_not_unpaid() -> None:
    # paid for December 2024 only; on 1 June 2025 five whole months are unpaid, and June can
    # still be paid that month: not yet the 连续六个月 of the 党章
    pays = _paid([0])  # month 0: December 2024
    kw = {"member": "M", "first": dt.date(2024, 12, 1), "last": dt.date(2025, 6, 30)}
    d = dues_arrears(pays, on=dt.date(2025, 6, 1), **kw)  # type: ignore[arg-type]
    assert (d.outcome, len(d.value.unpaid)) == ("ok", 5)
    assert d.reasons[1].zh == "截至2025年6月1日,2025年6月尚未结束,当月仍可交纳,不计为未交纳"
    assert d.reasons[1].en == (
        "2025-06 not over on 2025-06-01: the dues can still be paid that month, so it is not "
        "counted as unpaid"
    )
    # on 30 June too; from 1 July, June is the sixth month
    assert dues_arrears(pays, on=dt.date(2025, 6, 30), **kw).outcome == "ok"  # type: ignore[arg-type]
    d = dues_arrears(pays, on=dt.date(2025, 7, 1), **kw)  # type: ignore[arg-type]
    assert (d.outcome, d.value.runs[0].last, d.value.runs[0].months) == ("referred", "2025-06", 6)
    # a month paid before it is over is simply paid: nothing is said of it
    paid_june = pays + _paid([6])
    d = dues_arrears(paid_june, on=dt.date(2025, 6, 10), **kw)  # type: ignore[arg-type]
    assert not any("尚未结束" in r.zh for r in d.reasons)


@pytest.mark.rule("membership.dues_arrears")
@given(st.integers(1, 30), st.integers(0, 40))
def test_no_month_from_the_review_day_s_month_on_is_unpaid(day: int, offset: int) -> None:
    on = dt.date(2025, 1, day) + dt.timedelta(days=31 * offset)
    d = dues_arrears([], member="M", first=dt.date(2024, 1, 1), last=dt.date(2029, 12, 1), on=on)
    assert d.value.unpaid[-1] == f"{(on.replace(day=1) - dt.timedelta(days=1)):%Y-%m}"
    assert all(m < f"{on:%Y-%m}" for m in d.value.unpaid)


@pytest.mark.rule("membership.dues_rate")
@pytest.mark.parametrize(
    ("category", "income", "rate", "payable", "base"),
    [
        # 第三条: 实行年薪制人员中的党员,每月以当月实际领取的薪酬收入为计算基数,参照第一条、第二条
        ("annual_salary", "12000", "2", "240.00", "以当月实际领取的薪酬收入为计算基数"),
        ("annual_salary", "3000", "0.5", "15.00", "以当月实际领取的薪酬收入为计算基数"),
        # 第四条: 不按月取得收入的个体经营者等人员中的党员,每月以个人上季度月平均纯收入为计算基数
        ("self_employed", "4500", "1", "45.00", "以个人上季度月平均纯收入为计算基数"),
        ("self_employed", "5000.01", "1.5", "75.00", "以个人上季度月平均纯收入为计算基数"),
    ],
)
def test_annual_salaries_and_the_self_employed_pay_on_the_bands_of_article_two(
    category: str, income: str, rate: str, payable: str, base: str
) -> None:
    payer = DuesPayer(member="周七", category=category, monthly_income=income)
    d = dues_rate(payer, year=2025, month=3)
    assert (d.outcome, d.value.rate_percent, d.value.payable) == ("due", D(rate), D(payable))
    assert base in d.reasons[0].zh
    assert "参照第一条、第二条" in d.reasons[0].zh
    assert d.reasons[1].zh.startswith(payer.category.zh)
    employed = dues_rate(_employed(income), year=2025, month=3)
    assert employed.value.payable == d.value.payable  # the same bands, its own base
    with pytest.raises(ValidationError, match="monthly_income is needed"):
        DuesPayer(member="周七", category=category)

"""党费, its arrears and its late payment, word for word.

Written against the survivors of mutation testing (``python tools/mutation.py
membership/_dues``, triage in ``docs/mutation.md``). The 规定 (中组发〔2008〕3号) 第二条:
"每月工资收入(税后)在3000元以下(含3000元)者,交纳月工资收入的0.5%;3000元以上至5000元
(含5000元)者,交纳1%;5000元以上至10000元(含10000元)者,交纳1.5%;10000元以上者,交纳2%";
第十二条: "补交党费的时间一般不得超过6个月"; 党章 第九条: "党员如果没有正当理由,连续六个月
不参加党的组织生活,或不交纳党费,或不做党所分配的工作,就被认为是自行脱党。" Each decision is
checked whole: outcome, subject, value, headline and every reason in both languages, with
the rule each reason belongs to, and the parameters read.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import RecordError
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

D = Decimal
d = dt.date
RATE = "membership.dues_rate"
ARREARS = "membership.dues_arrears"
MAKEUP = "membership.dues_makeup"

EMPLOYED_PARAMS = {
    "membership.dues_schedule_effective": "2008-04-01",
    "membership.employed_band_limits": ("3000", "5000", "10000"),
    "membership.employed_rates_percent": ("0.5", "1", "1.5", "2"),
    "membership.dues_rounding": "half_up",
}


def said(decision: Decision[Any]) -> list[tuple[str, str, str]]:
    return [(r.rule, r.zh, r.en) for r in decision.reasons]


def headline(decision: Decision[Any]) -> tuple[str, str]:
    return (decision.headline.zh, decision.headline.en)


def employed(income: str | int) -> DuesPayer:
    return DuesPayer(member="张三", category="employed", monthly_income=income)


def assessment(**fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "member": "张三",
        "month": "2025-03",
        "category": PayerCategory.EMPLOYED,
        "rate_percent": None,
        "amount": None,
        "payable": None,
        "low": None,
        "high": None,
    }
    out.update(fields)
    return out


# -- 第二条: the four bands of a member in work ----------------------------------------------


@pytest.mark.rule(RATE)
def test_the_lowest_band_at_its_inclusive_limit_word_for_word() -> None:
    """3000元以下(含3000元)者,交纳月工资收入的0.5%."""
    assert "3000元以下(含3000元)者,交纳月工资收入的0.5%" in get(RATE).source.quote
    x = dues_rate(employed("3000"), year=2025, month=3)
    assert (x.outcome, x.subject, x.rule) == ("due", "张三", RATE)
    assert x.value.model_dump() == assessment(
        rate_percent=D("0.5"), amount=D("15.000"), payable=D("15.00")
    )
    assert str(x.value.payable) == "15.00"
    assert headline(x) == ("张三2025年3月应交党费15元", "张三 owes 15 yuan of dues for 2025-03")
    assert said(x) == [
        (
            RATE,
            "按月领取工资的党员:计算基数在3000元以下(含3000元)档,交纳0.5%",
            "a member paid monthly: base up to 3000 yuan inclusive, rate 0.5%",
        ),
        (
            RATE,
            "按比例计得15元,恰为整分,无需舍入",
            "The rate gives 15 yuan, a whole number of fen: no rounding",
        ),
    ]
    assert x.rules == (RATE,)
    assert x.parameters == EMPLOYED_PARAMS


@pytest.mark.rule(RATE)
def test_the_second_band_names_both_its_limits() -> None:
    """3000元以上至5000元(含5000元)者,交纳1%."""
    x = dues_rate(employed("4000"), year=2025, month=3)
    assert (x.outcome, x.subject) == ("due", "张三")
    assert x.value.model_dump() == assessment(
        rate_percent=D(1), amount=D("40.00"), payable=D("40.00")
    )
    assert headline(x) == ("张三2025年3月应交党费40元", "张三 owes 40 yuan of dues for 2025-03")
    assert said(x) == [
        (
            RATE,
            "按月领取工资的党员:计算基数在3000元以上至5000元(含5000元)档,交纳1%",
            "a member paid monthly: base over 3000 up to 5000 yuan inclusive, rate 1%",
        ),
        (
            RATE,
            "按比例计得40元,恰为整分,无需舍入",
            "The rate gives 40 yuan, a whole number of fen: no rounding",
        ),
    ]


@pytest.mark.rule(RATE)
def test_the_third_band_names_both_its_limits() -> None:
    """5000元以上至10000元(含10000元)者,交纳1.5%."""
    x = dues_rate(employed("8000"), year=2025, month=3)
    assert x.value.model_dump() == assessment(
        rate_percent=D("1.5"), amount=D("120.000"), payable=D("120.00")
    )
    assert headline(x) == ("张三2025年3月应交党费120元", "张三 owes 120 yuan of dues for 2025-03")
    assert said(x) == [
        (
            RATE,
            "按月领取工资的党员:计算基数在5000元以上至10000元(含10000元)档,交纳1.5%",
            "a member paid monthly: base over 5000 up to 10000 yuan inclusive, rate 1.5%",
        ),
        (
            RATE,
            "按比例计得120元,恰为整分,无需舍入",
            "The rate gives 120 yuan, a whole number of fen: no rounding",
        ),
    ]


@pytest.mark.rule(RATE)
def test_the_top_band_names_its_lower_limit() -> None:
    """10000元以上者,交纳2%."""
    x = dues_rate(employed("12000"), year=2025, month=3)
    assert x.value.model_dump() == assessment(
        rate_percent=D(2), amount=D("240.00"), payable=D("240.00")
    )
    assert headline(x) == ("张三2025年3月应交党费240元", "张三 owes 240 yuan of dues for 2025-03")
    assert said(x) == [
        (
            RATE,
            "按月领取工资的党员:计算基数在10000元以上档,交纳2%",
            "a member paid monthly: base over 10000 yuan, rate 2%",
        ),
        (
            RATE,
            "按比例计得240元,恰为整分,无需舍入",
            "The rate gives 240 yuan, a whole number of fen: no rounding",
        ),
    ]


@pytest.mark.rule(RATE)
def test_a_retiree_in_the_upper_band_word_for_word() -> None:
    """第五条: 5000元以下(含5000元)的按0.5%交纳党费,5000元以上的按1%交纳党费."""
    retired = DuesPayer(member="李四", category="retired", monthly_income="6000")
    x = dues_rate(retired, year=2025, month=3)
    assert (x.outcome, x.subject) == ("due", "李四")
    assert headline(x) == ("李四2025年3月应交党费60元", "李四 owes 60 yuan of dues for 2025-03")
    assert said(x) == [
        (
            RATE,
            "离退休干部、职工中的党员:计算基数在5000元以上档,交纳1%",
            "a retired member: base over 5000 yuan, rate 1%",
        ),
        (
            RATE,
            "按比例计得60元,恰为整分,无需舍入",
            "The rate gives 60 yuan, a whole number of fen: no rounding",
        ),
    ]
    assert x.parameters == {
        "membership.dues_schedule_effective": "2008-04-01",
        "membership.retired_band_limits": ("5000",),
        "membership.retired_rates_percent": ("0.5", "1"),
        "membership.dues_rounding": "half_up",
    }


@pytest.mark.rule(RATE)
def test_a_limit_is_written_without_an_exponent() -> None:
    """A band limit given as ``Decimal("3E+3")`` is shown as 3000, not 3E+3."""
    p = Policy.default().override(
        {"membership.employed_band_limits": [D("3E+3"), D(5000), D(10000)]}
    )
    x = dues_rate(employed("3000"), year=2025, month=3, policy=p)
    assert said(x)[0] == (
        RATE,
        "按月领取工资的党员:计算基数在3000元以下(含3000元)档,交纳0.5%",
        "a member paid monthly: base up to 3000 yuan inclusive, rate 0.5%",
    )


# -- rounding: the 规定 says nothing of it --------------------------------------------------

#: A locality that unsets the rounding: amounts with fractions of a 分 are referred.
UNROUNDED = Policy.default().override({"membership.dues_rounding": None})


@pytest.mark.rule(RATE)
def test_fractions_of_a_fen_are_referred_word_for_word() -> None:
    x = dues_rate(employed("3000.01"), year=2025, month=3, policy=UNROUNDED)
    assert (x.outcome, x.subject) == ("referred", "张三")
    assert x.value.model_dump() == assessment(rate_percent=D(1), amount=D("30.0001"))
    assert headline(x) == (
        "张三2025年3月的党费按比例为30.0001元,如何舍入提交党支部确定",
        "张三's dues for 2025-03 are 30.0001 yuan by the rate: the rounding is referred to "
        "the branch",
    )
    assert said(x) == [
        (
            RATE,
            "按月领取工资的党员:计算基数在3000元以上至5000元(含5000元)档,交纳1%",
            "a member paid monthly: base over 3000 up to 5000 yuan inclusive, rate 1%",
        ),
        (
            RATE,
            "按比例计得30.0001元,含不足1分的部分;规定未说明如何舍入,提交党支部确定",
            "The rate gives 30.0001 yuan, with fractions of a fen; the 规定 says nothing of "
            "rounding: referred to the branch",
        ),
    ]
    assert x.parameters == {**EMPLOYED_PARAMS, "membership.dues_rounding": None}


@pytest.mark.rule(RATE)
def test_a_long_fraction_is_written_out() -> None:
    x = dues_rate(employed("2999.99"), year=2025, month=3, policy=UNROUNDED)
    assert x.outcome == "referred"
    assert headline(x) == (
        "张三2025年3月的党费按比例为14.99995元,如何舍入提交党支部确定",
        "张三's dues for 2025-03 are 14.99995 yuan by the rate: the rounding is referred to "
        "the branch",
    )


@pytest.mark.rule(RATE)
def test_the_local_rounding_is_half_up_not_half_even() -> None:
    """2997 × 0.5% = 14.985: half up gives 14.99 (half even would give 14.98)."""
    p = Policy.default().override({"membership.dues_rounding": "half_up"})
    x = dues_rate(employed("2997"), year=2025, month=3, policy=p)
    assert (x.outcome, x.subject) == ("due", "张三")
    assert x.value.model_dump() == assessment(
        rate_percent=D("0.5"), amount=D("14.985"), payable=D("14.99")
    )
    assert headline(x) == (
        "张三2025年3月应交党费14.99元",
        "张三 owes 14.99 yuan of dues for 2025-03",
    )
    assert said(x) == [
        (
            RATE,
            "按月领取工资的党员:计算基数在3000元以下(含3000元)档,交纳0.5%",
            "a member paid monthly: base up to 3000 yuan inclusive, rate 0.5%",
        ),
        (
            RATE,
            "按比例计得14.985元,不足1分的部分四舍五入到分,为14.99元",
            "The rate gives 14.985 yuan; rounded half up to the fen: 14.99 yuan",
        ),
    ]
    assert x.parameters == {**EMPLOYED_PARAMS, "membership.dues_rounding": "half_up"}


@pytest.mark.rule(RATE)
def test_rounding_half_up_to_a_whole_amount() -> None:
    p = Policy.default().override({"membership.dues_rounding": "half_up"})
    x = dues_rate(employed("2999.99"), year=2025, month=3, policy=p)
    assert x.value.payable == D("15.00")
    assert said(x)[1] == (
        RATE,
        "按比例计得14.99995元,不足1分的部分四舍五入到分,为15元",
        "The rate gives 14.99995 yuan; rounded half up to the fen: 15 yuan",
    )


# -- 第六条: fixed amounts and the farmers' range ---------------------------------------------


@pytest.mark.rule(RATE)
@pytest.mark.parametrize(
    ("category", "zh", "en"),
    [
        ("student", "学生党员", "a student member"),
        ("unemployed", "下岗失业的党员", "an unemployed member"),
        ("relief", "依靠抚恤或救济生活的党员", "a member living on relief"),
        ("low_income", "领取当地最低生活保障金的党员", "a member on the minimum living allowance"),
    ],
)
def test_a_fixed_amount_word_for_word(category: str, zh: str, en: str) -> None:
    """学生党员、下岗失业的党员、依靠抚恤或救济生活的党员、领取当地最低生活保障金的党员,每月交纳党费0.2元."""
    x = dues_rate(DuesPayer(member="王五", category=category), year=2025, month=3)
    assert (x.outcome, x.subject) == ("due", "王五")
    assert x.value.model_dump() == assessment(
        member="王五", category=PayerCategory(category), amount=D("0.2"), payable=D("0.2")
    )
    assert headline(x) == ("王五2025年3月应交党费0.20元", "王五 owes 0.20 yuan of dues for 2025-03")
    assert said(x) == [(RATE, f"{zh}每月交纳党费0.20元", f"{en} pays 0.20 yuan a month")]
    assert x.parameters == {
        "membership.dues_schedule_effective": "2008-04-01",
        "membership.fixed_monthly_amount": "0.2",
    }


@pytest.mark.rule(RATE)
def test_a_fixed_amount_of_whole_yuan_and_of_fen() -> None:
    student = DuesPayer(member="王五", category="student")
    for amount, zh, en in (("2", "2", "2"), ("0.05", "0.05", "0.05"), ("1.25", "1.25", "1.25")):
        p = Policy.default().override({"membership.fixed_monthly_amount": amount})
        x = dues_rate(student, year=2025, month=3, policy=p)
        assert headline(x) == (
            f"王五2025年3月应交党费{zh}元",
            f"王五 owes {en} yuan of dues for 2025-03",
        )


@pytest.mark.rule(RATE)
def test_a_farmer_without_a_local_amount_gets_the_range_word_for_word() -> None:
    """农民党员每月交纳党费0.2元-1元."""
    x = dues_rate(DuesPayer(member="赵六", category="farmer"), year=2025, month=3)
    assert (x.outcome, x.subject) == ("undetermined", "赵六")
    assert x.value.model_dump() == assessment(
        member="赵六", category=PayerCategory.FARMER, low=D("0.2"), high=D(1)
    )
    assert headline(x) == (
        "赵六2025年3月应交党费0.20元至1元,数额由本地确定",
        "赵六 owes 0.20 to 1 yuan of dues for 2025-03; the locality sets the amount",
    )
    assert said(x) == [
        (
            RATE,
            "农民党员每月交纳党费0.20元至1元,具体数额由本地确定",
            "A farmer member pays 0.20 to 1 yuan a month; the amount is the locality's choice",
        )
    ]
    assert x.parameters == {
        "membership.dues_schedule_effective": "2008-04-01",
        "membership.farmer_monthly_min": "0.2",
        "membership.farmer_monthly_max": "1",
        "membership.farmer_monthly_amount": None,
    }


@pytest.mark.rule(RATE)
def test_a_farmer_with_the_local_amount_word_for_word() -> None:
    p = Policy.default().override({"membership.farmer_monthly_amount": "0.5"})
    x = dues_rate(DuesPayer(member="赵六", category="farmer"), year=2025, month=3, policy=p)
    assert (x.outcome, x.subject) == ("due", "赵六")
    assert x.value.model_dump() == assessment(
        member="赵六",
        category=PayerCategory.FARMER,
        amount=D("0.5"),
        payable=D("0.5"),
        low=D("0.2"),
        high=D(1),
    )
    assert headline(x) == ("赵六2025年3月应交党费0.50元", "赵六 owes 0.50 yuan of dues for 2025-03")
    assert said(x) == [
        (
            RATE,
            "农民党员每月交纳党费0.20元至1元,本地确定为0.50元",
            "A farmer member pays 0.20 to 1 yuan a month; the locality set 0.50 yuan",
        )
    ]
    assert x.parameters == {
        "membership.dues_schedule_effective": "2008-04-01",
        "membership.farmer_monthly_min": "0.2",
        "membership.farmer_monthly_max": "1",
        "membership.farmer_monthly_amount": "0.5",
    }


# -- 自2008年4月1日起施行 --------------------------------------------------------------------


@pytest.mark.rule(RATE)
def test_a_month_before_the_schedule_word_for_word() -> None:
    x = dues_rate(employed("3000"), year=2008, month=3)
    assert (x.outcome, x.subject) == ("not_in_force", "张三")
    assert x.value.model_dump() == assessment(month="2008-03")
    assert headline(x) == (
        "张三2008年3月的党费不按本标准计算,提交党组织确定",
        "张三's dues for 2008-03 are not assessed on this schedule: referred to the Party "
        "organization",
    )
    assert said(x) == [
        (
            RATE,
            "2008年3月在本标准施行之日2008年4月1日之前,不按本标准计算;此前的党费标准未收录,"
            "由党组织按当时规定确定",
            "2008-03 is before the schedule came into force (2008-04-01): not assessed on it; "
            "the earlier schedule is not encoded, the Party organization assesses it by the "
            "rules then",
        )
    ]
    assert x.parameters == {"membership.dues_schedule_effective": "2008-04-01"}


@pytest.mark.rule(RATE)
def test_the_schedule_is_read_on_the_first_day_of_the_month() -> None:
    """A schedule in force from the 2nd of a month does not apply to that month."""
    p = Policy.default().override({"membership.dues_schedule_effective": "2025-03-02"})
    x = dues_rate(employed("3000"), year=2025, month=3, policy=p)
    assert x.outcome == "not_in_force"
    assert said(x)[0][1].startswith("2025年3月在本标准施行之日2025年3月2日之前")
    assert dues_rate(employed("3000"), year=2025, month=4, policy=p).outcome == "due"
    change = Policy.default().with_change(
        d(2030, 1, 2), {"membership.employed_rates_percent": ["1", "1", "1.5", "2"]}
    )
    jan = dues_rate(employed("3000"), year=2030, month=1, policy=change)
    assert (jan.value.rate_percent, jan.value.payable) == (D("0.5"), D("15.00"))
    feb = dues_rate(employed("3000"), year=2030, month=2, policy=change)
    assert (feb.value.rate_percent, feb.value.payable) == (D(1), D("30.00"))


# -- arguments -------------------------------------------------------------------------------


@pytest.mark.rule(RATE)
def test_bad_arguments_of_dues_rate_are_named() -> None:
    student = DuesPayer(member="王五", category="student")
    with pytest.raises(ValidationError, match=r"validation error for payer\npayer\n"):
        dues_rate("x", year=2025, month=3)  # type: ignore[arg-type]
    for month in (0, 13, "3", 3.0, True):
        with pytest.raises(ValidationError, match=r"validation error for month\nmonth\n"):
            dues_rate(student, year=2025, month=month)  # type: ignore[arg-type]
    assert dues_rate(student, year=2025, month=1).value.month == "2025-01"
    assert dues_rate(student, year=2025, month=12).value.month == "2025-12"


# -- 党章 第九条: 连续六个月不交纳党费 ---------------------------------------------------------


def paid(*months: int, member: str = "M") -> list[DuesPayment]:
    return [
        DuesPayment(member=member, year=2025, month=m, amount=10, paid_on=d(2025, m, 5))
        for m in months
    ]


ALL_FACTS = (
    ARREARS,
    "有无正当理由、如何处理,由支部大会讨论决定;本结果只列事实,不作认定",
    "Whether there was a proper reason, and what follows, is for the branch meeting to "
    "discuss and decide; this lists the facts and finds nothing",
)


@pytest.mark.rule(ARREARS)
def test_six_unpaid_months_are_referred_word_for_word() -> None:
    assert "连续六个月不参加党的组织生活,或不交纳党费" in get(ARREARS).source.quote
    x = dues_arrears(paid(1, 8), member="M", first=d(2025, 1, 1), last=d(2025, 8, 1))
    assert (x.outcome, x.subject, x.rule) == ("referred", "M", ARREARS)
    assert x.value.model_dump() == {
        "member": "M",
        "first": "2025-01",
        "last": "2025-08",
        "unpaid": ("2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07"),
        "runs": ({"first": "2025-02", "last": "2025-07", "months": 6},),
    }
    assert headline(x) == (
        "M连续6个月未交纳党费,提交支部大会讨论",
        "M: 6 consecutive months without dues, referred to the branch meeting",
    )
    assert said(x) == [
        (
            ARREARS,
            "2025年1月至2025年8月未交纳党费的月份:2025年2月、2025年3月、2025年4月、2025年5月、"
            "2025年6月、2025年7月",
            "Months from 2025-01 to 2025-08 with no dues paid: 2025-02, 2025-03, 2025-04, "
            "2025-05, 2025-06, 2025-07",
        ),
        (
            ARREARS,
            "2025年2月至2025年7月连续6个月未交纳党费,达到党章所说的连续6个月",
            "2025-02 to 2025-07: 6 consecutive months unpaid, the 6 months the Party "
            "constitution names",
        ),
        ALL_FACTS,
    ]
    assert x.rules == (ARREARS,)
    assert x.parameters == {"membership.arrears_months": 6}


@pytest.mark.rule(ARREARS)
def test_two_runs_are_each_named_and_the_longest_heads() -> None:
    x = dues_arrears(paid(1, 8), member="M", first=d(2024, 11, 1), last=d(2025, 12, 1))
    assert x.outcome == "referred"
    assert [r.model_dump() for r in x.value.runs] == [
        {"first": "2025-02", "last": "2025-07", "months": 6}
    ]
    p = Policy.default().override({"membership.arrears_months": 2})
    y = dues_arrears(paid(1, 8), member="M", first=d(2024, 11, 1), last=d(2025, 12, 1), policy=p)
    assert [(r.first, r.last, r.months) for r in y.value.runs] == [
        ("2024-11", "2024-12", 2),
        ("2025-02", "2025-07", 6),
        ("2025-09", "2025-12", 4),
    ]
    assert headline(y) == (
        "M连续6个月未交纳党费,提交支部大会讨论",
        "M: 6 consecutive months without dues, referred to the branch meeting",
    )
    assert said(y)[1:] == [
        (
            ARREARS,
            "2024年11月至2024年12月连续2个月未交纳党费,达到党章所说的连续2个月",
            "2024-11 to 2024-12: 2 consecutive months unpaid, the 2 months the Party "
            "constitution names",
        ),
        (
            ARREARS,
            "2025年2月至2025年7月连续6个月未交纳党费,达到党章所说的连续2个月",
            "2025-02 to 2025-07: 6 consecutive months unpaid, the 2 months the Party "
            "constitution names",
        ),
        (
            ARREARS,
            "2025年9月至2025年12月连续4个月未交纳党费,达到党章所说的连续2个月",
            "2025-09 to 2025-12: 4 consecutive months unpaid, the 2 months the Party "
            "constitution names",
        ),
        ALL_FACTS,
    ]
    assert y.parameters == {"membership.arrears_months": 2}


@pytest.mark.rule(ARREARS)
def test_no_run_word_for_word() -> None:
    x = dues_arrears(paid(1), member="M", first=d(2025, 1, 1), last=d(2025, 3, 31))
    assert (x.outcome, x.subject) == ("ok", "M")
    assert x.value.model_dump() == {
        "member": "M",
        "first": "2025-01",
        "last": "2025-03",
        "unpaid": ("2025-02", "2025-03"),
        "runs": (),
    }
    assert headline(x) == (
        "M没有连续6个月未交纳党费的情形",
        "M has no 6 consecutive months without dues",
    )
    assert said(x) == [
        (
            ARREARS,
            "2025年1月至2025年3月未交纳党费的月份:2025年2月、2025年3月",
            "Months from 2025-01 to 2025-03 with no dues paid: 2025-02, 2025-03",
        )
    ]
    assert x.parameters == {"membership.arrears_months": 6}
    everything = dues_arrears(paid(1, 2, 3), member="M", first=d(2025, 1, 1), last=d(2025, 3, 1))
    assert (everything.outcome, everything.value.unpaid, said(everything)) == ("ok", (), [])


@pytest.mark.rule(ARREARS)
def test_the_policy_in_force_in_the_last_month_is_used() -> None:
    """A dated change of ``membership.arrears_months`` applies from its day, read on ``last``."""
    change = Policy.default().with_change(d(2025, 6, 1), {"membership.arrears_months": 3})
    kw: dict[str, Any] = {"member": "M", "first": d(2025, 1, 1)}
    x = dues_arrears(paid(1, 5, 6), last=d(2025, 6, 30), policy=change, **kw)
    assert x.outcome == "referred"
    assert [(r.first, r.last, r.months) for r in x.value.runs] == [("2025-02", "2025-04", 3)]
    assert headline(x) == (
        "M连续3个月未交纳党费,提交支部大会讨论",
        "M: 3 consecutive months without dues, referred to the branch meeting",
    )
    assert x.parameters == {"membership.arrears_months": 3}
    before = dues_arrears(paid(1, 5), last=d(2025, 5, 31), policy=change, **kw)
    assert (before.outcome, before.parameters) == ("ok", {"membership.arrears_months": 6})
    three = Policy.default().override({"membership.arrears_months": 3})
    y = dues_arrears(paid(1, 5, 6), last=d(2025, 6, 30), policy=three, **kw)
    assert (y.outcome, y.parameters) == ("referred", {"membership.arrears_months": 3})


@pytest.mark.rule(ARREARS)
def test_a_payment_made_on_the_day_checked_counts() -> None:
    late = [
        DuesPayment(member="M", year=2025, month=m, amount=10, paid_on=d(2025, 9, 10))
        for m in range(2, 8)
    ]
    kw: dict[str, Any] = {"member": "M", "first": d(2025, 1, 1), "last": d(2025, 8, 1)}
    assert dues_arrears(paid(1, 8) + late, on=d(2025, 9, 10), **kw).outcome == "ok"
    assert dues_arrears(paid(1, 8) + late, on=d(2025, 9, 9), **kw).outcome == "referred"


@pytest.mark.rule(ARREARS)
def test_bad_arguments_of_dues_arrears_are_named() -> None:
    kw: dict[str, Any] = {"member": "M", "first": d(2025, 1, 1), "last": d(2025, 2, 1)}
    with pytest.raises(TypeError, match=r"^payments must be a collection of DuesPayment"):
        dues_arrears(None, **kw)  # type: ignore[arg-type]
    with pytest.raises(RecordError, match=r"^payments: expected a collection of DuesPayment"):
        dues_arrears("x", **kw)
    with pytest.raises(ValidationError, match=r"validation error for member\nmember\n"):
        dues_arrears([], member=5, first=d(2025, 1, 1), last=d(2025, 2, 1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"validation error for first\nfirst\n"):
        dues_arrears([], member="M", first="x", last=d(2025, 2, 1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"validation error for last\nlast\n"):
        dues_arrears([], member="M", first=d(2025, 1, 1), last="x")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"validation error for on\non\n"):
        dues_arrears([], on="x", **kw)  # type: ignore[arg-type]
    with pytest.raises(
        ValueError, match=r"^last \(2025-01-31\) is in a month before first \(2025-02-01\)$"
    ):
        dues_arrears([], member="M", first=d(2025, 2, 1), last=d(2025, 1, 31))


# -- 第十二条: 补交党费的时间一般不得超过6个月 --------------------------------------------------


def payment(paid_on: dt.date) -> DuesPayment:
    return DuesPayment(member="M", year=2025, month=1, amount=10, paid_on=paid_on)


def makeup(paid_on: dt.date, late: int, limit: int = 6) -> dict[str, Any]:
    return {
        "member": "M",
        "month": "2025-01",
        "paid_on": paid_on,
        "months_late": late,
        "limit_months": limit,
        "within_limit": late <= limit,
    }


@pytest.mark.rule(MAKEUP)
def test_paid_in_its_month_word_for_word() -> None:
    x = dues_makeup(payment(d(2025, 1, 31)))
    assert (x.outcome, x.subject, x.rule) == ("on_time", "M", MAKEUP)
    assert x.value.model_dump() == makeup(d(2025, 1, 31), 0)
    assert headline(x) == ("M2025年1月的党费按月交纳", "M paid the dues for 2025-01 in time")
    assert said(x) == []
    assert x.parameters == {"membership.makeup_limit_months": 6}


@pytest.mark.rule(MAKEUP)
def test_paid_up_within_six_months_word_for_word() -> None:
    assert get(MAKEUP).source.quote == "补交党费的时间一般不得超过6个月"
    x = dues_makeup(payment(d(2025, 7, 31)))
    assert (x.outcome, x.subject) == ("within", "M")
    assert x.value.model_dump() == makeup(d(2025, 7, 31), 6)
    assert headline(x) == (
        "M补交2025年1月的党费,在6个月以内",
        "M paid up the dues for 2025-01 within 6 months",
    )
    assert said(x) == [
        (
            MAKEUP,
            "2025年1月的党费于2025年7月31日交纳,补交6个月;补交党费的时间一般不得超过6个月",
            "Dues for 2025-01 paid on 2025-07-31: 6 month(s) late; 补交 is as a rule within 6 "
            "months",
        )
    ]
    assert x.parameters == {"membership.makeup_limit_months": 6}


@pytest.mark.rule(MAKEUP)
def test_paid_up_later_is_referred_word_for_word() -> None:
    x = dues_makeup(payment(d(2025, 8, 3)))
    assert (x.outcome, x.subject) == ("referred", "M")
    assert x.value.model_dump() == makeup(d(2025, 8, 3), 7)
    assert headline(x) == (
        "M补交2025年1月的党费超过6个月,提交党支部研究",
        "M paid up the dues for 2025-01 more than 6 months late: referred to the branch",
    )
    assert said(x) == [
        (
            MAKEUP,
            "2025年1月的党费于2025年8月3日交纳,补交7个月;补交党费的时间一般不得超过6个月",
            "Dues for 2025-01 paid on 2025-08-03: 7 month(s) late; 补交 is as a rule within 6 "
            "months",
        )
    ]


@pytest.mark.rule(MAKEUP)
def test_the_limit_in_force_on_the_day_paid_is_used() -> None:
    change = Policy.default().with_change(d(2025, 3, 1), {"membership.makeup_limit_months": 2})
    x = dues_makeup(payment(d(2025, 4, 1)), policy=change)
    assert (x.outcome, x.value.model_dump()) == ("referred", makeup(d(2025, 4, 1), 3, 2))
    assert headline(x) == (
        "M补交2025年1月的党费超过2个月,提交党支部研究",
        "M paid up the dues for 2025-01 more than 2 months late: referred to the branch",
    )
    assert (
        said(x)[0][1]
        == "2025年1月的党费于2025年4月1日交纳,补交3个月;补交党费的时间一般不得超过2个月"
    )
    assert x.parameters == {"membership.makeup_limit_months": 2}
    y = dues_makeup(payment(d(2025, 2, 28)), policy=change)
    assert (y.outcome, y.value.limit_months) == ("within", 6)
    twelve = Policy.default().override({"membership.makeup_limit_months": 12})
    z = dues_makeup(payment(d(2025, 9, 1)), policy=twelve)
    assert (z.outcome, z.value.limit_months) == ("within", 12)
    assert headline(z) == (
        "M补交2025年1月的党费,在12个月以内",
        "M paid up the dues for 2025-01 within 12 months",
    )


@pytest.mark.rule(MAKEUP)
def test_a_bad_payment_is_named() -> None:
    with pytest.raises(ValidationError, match=r"validation error for payment\npayment\n"):
        dues_makeup("x")  # type: ignore[arg-type]


def test_a_rate_is_written_as_the_rules_write_it() -> None:
    # 0.5%, 1%, 1.5%, 2%: no trailing zeros, no exponent, a whole number without a point
    from orgwork.membership._dues import _percent

    cases = {
        "0.50": "0.5",
        "1": "1",
        "1.0": "1",
        "2.00": "2",
        "10": "10",
        "1E+1": "10",
        "0.05": "0.05",
        "1.50": "1.5",
    }
    assert {k: _percent(Decimal(k)) for k in cases} == cases

"""发展党员 (age, training, probation), word for word, under set and dated policies.

Written against the survivors of mutation testing (``python tools/mutation.py
membership/_development``, triage in ``docs/mutation.md``). The 2014 细则 as the rules
quote it: 第五条 "年满十八岁的中国工人、农民、军人、知识分子和其他社会阶层的先进分子, … 可以
申请加入中国共产党"; 第十三条 "对经过一年以上培养教育和考察、基本具备党员条件的入党积极分子,
… 可列为发展对象"; 第十七条 "培训时间一般不少于三天(或不少于二十四个学时)"; 第三十二条
"预备党员的预备期为一年。预备期从支部大会通过其为预备党员之日算起" and "延长时间不能少于半年,
最长不超过一年". Each decision is checked whole: outcome, subject, value, headline and
every reason in both languages, with the rule each reason cites, and the parameters read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.membership import (
    ActivistTraining,
    AgeCheck,
    Applicant,
    IntensiveTraining,
    Probation,
    ProbationExtension,
    ProbationTerm,
    TrainingCheck,
    activist_training,
    full_years,
    intensive_training,
    minimum_age,
    probation_end,
    probation_extension,
)
from orgwork.policy import Policy
from orgwork.rules import get

D = dt.date
AGE = "membership.minimum_age"
ACTIVIST = "membership.activist_training"
TRAINING = "membership.intensive_training"
END = "membership.probation_end"
EXTENSION = "membership.probation_extension"
PAST_9999 = "is past 9999-12-31, the last date Python can represent"


def said(decision: Decision[Any]) -> list[tuple[str, str, str]]:
    return [(r.rule, r.zh, r.en) for r in decision.reasons]


def headline(decision: Decision[Any]) -> tuple[str, str]:
    return (decision.headline.zh, decision.headline.en)


def invalid(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    """The title and the location lines of a pydantic error (the argument it names)."""
    return str(error.value).splitlines()[:2]


def override(path: str, value: int, **more: int) -> Policy:
    return Policy.default().override(
        {path: value, **{k.replace("__", "."): v for k, v in more.items()}}
    )


def from_2020(path: str, value: int) -> Policy:
    """A policy whose ``path`` changes to ``value`` on 2020-01-01 (the base value before)."""
    return Policy.default().with_change(D(2020, 1, 1), {path: value}, source="本地通知")


# -- full_years: 周岁 ----------------------------------------------------------------------


def test_full_years_counts_to_the_corresponding_day() -> None:
    assert full_years(D(2007, 6, 2), D(2025, 6, 1)) == 17
    assert full_years(D(2007, 6, 2), D(2025, 6, 2)) == 18
    assert full_years(D(2008, 2, 29), D(2026, 2, 28)) == 18
    assert full_years(D(2008, 3, 1), D(2026, 2, 28)) == 17
    assert full_years(D(2020, 5, 5), D(2020, 5, 5)) == 0
    assert full_years(D(2020, 5, 5), D(2021, 5, 4)) == 0


def test_full_years_names_its_arguments() -> None:
    with pytest.raises(RecordError, match=r"^start 2020-01-02 is after 2020-01-01$"):
        full_years(D(2020, 1, 2), D(2020, 1, 1))
    with pytest.raises(ValidationError) as e:
        full_years("x", D(2020, 1, 1))  # type: ignore[arg-type]
    assert invalid(e) == ["1 validation error for start", "start"]
    with pytest.raises(ValidationError) as e:
        full_years(D(2020, 1, 1), "y")  # type: ignore[arg-type]
    assert invalid(e) == ["1 validation error for on", "on"]


# -- 第五条 年满十八岁 ------------------------------------------------------------------------


@pytest.mark.rule(AGE)
def test_eighteen_on_the_birthday_word_for_word() -> None:
    """年满十八岁的 … 可以申请加入中国共产党."""
    assert "年满十八岁的中国工人" in get(AGE).source.quote
    a = Applicant(person="P1", born=D(2007, 6, 2))
    d = minimum_age(a, on=D(2025, 6, 2))
    assert (d.rule, d.outcome, d.subject) == (AGE, "eligible", "P1")
    assert d.value == AgeCheck(
        person="P1", on=D(2025, 6, 2), age=18, reached_on=D(2025, 6, 2), eligible=True
    )
    assert headline(d) == ("P1已年满18岁", "P1 is 18 or older")
    assert said(d) == [
        (
            AGE,
            "生于2007年6月2日,2025年6月2日时18周岁;年满18岁之日为2025年6月2日",
            "Born 2007-06-02: 18 full years on 2025-06-02; 18 full years on 2025-06-02",
        )
    ]
    assert d.rules == (AGE,)
    assert d.parameters == {"membership.minimum_age_years": 18}


@pytest.mark.rule(AGE)
def test_the_day_before_the_birthday_word_for_word() -> None:
    a = Applicant(person="P1", born=D(2007, 6, 2))
    d = minimum_age(a, on=D(2025, 6, 1))
    assert (d.outcome, d.subject) == ("not_eligible", "P1")
    assert d.value == AgeCheck(
        person="P1", on=D(2025, 6, 1), age=17, reached_on=D(2025, 6, 2), eligible=False
    )
    assert headline(d) == (
        "P1未满18岁,2025年6月2日起方可申请入党",
        "P1 is under 18: may apply from 2025-06-02",
    )
    assert said(d) == [
        (
            AGE,
            "生于2007年6月2日,2025年6月1日时17周岁;年满18岁之日为2025年6月2日",
            "Born 2007-06-02: 17 full years on 2025-06-01; 18 full years on 2025-06-02",
        )
    ]
    assert d.explain("en") == (
        "P1 is under 18: may apply from 2025-06-02\n"
        "  rule: membership.minimum_age\n"
        "  subject: P1\n"
        "  outcome: not eligible\n"
        "  because:\n"
        "    - Born 2007-06-02: 17 full years on 2025-06-01; 18 full years on 2025-06-02 "
        "[membership.minimum_age]\n"
        "  parameters:\n"
        "    - membership.minimum_age_years = 18"
    )
    assert d.explain("zh") == (
        "P1未满18岁,2025年6月2日起方可申请入党\n"
        "  规则: 申请入党须年满十八岁\n"
        "  对象: P1\n"
        "  结论: 不符合条件\n"
        "  理由:\n"
        "    - 生于2007年6月2日,2025年6月1日时17周岁;年满18岁之日为2025年6月2日\n"
        "  参数:\n"
        "    - 申请入党的最低年龄 = 18"
    )


@pytest.mark.rule(AGE)
def test_the_age_is_the_policys() -> None:
    a = Applicant(person="P1", born=D(2009, 6, 2))
    d = minimum_age(a, on=D(2025, 6, 2), policy=override("membership.minimum_age_years", 16))
    assert (d.outcome, d.value.reached_on) == ("eligible", D(2025, 6, 2))
    assert headline(d) == ("P1已年满16岁", "P1 is 16 or older")
    assert d.parameters == {"membership.minimum_age_years": 16}
    # read on the day the age is judged: the change of 2020 is in force in 2025
    dated = minimum_age(a, on=D(2025, 6, 1), policy=from_2020("membership.minimum_age_years", 15))
    assert (dated.outcome, dated.value.age) == ("eligible", 15)
    assert headline(dated) == ("P1已年满15岁", "P1 is 15 or older")
    early = minimum_age(a, on=D(2019, 6, 1), policy=from_2020("membership.minimum_age_years", 15))
    assert headline(early) == (
        "P1未满18岁,2027年6月2日起方可申请入党",
        "P1 is under 18: may apply from 2027-06-02",
    )


@pytest.mark.rule(AGE)
def test_minimum_age_names_its_arguments() -> None:
    with pytest.raises(ValidationError) as e:
        minimum_age({"person": "P", "born": "zz"}, on=D(2020, 1, 1))  # type: ignore[arg-type]
    assert invalid(e) == ["1 validation error for applicant", "applicant.born"]
    with pytest.raises(ValidationError) as e:
        minimum_age(Applicant(person="P", born=D(2000, 1, 1)), on="zz")  # type: ignore[arg-type]
    assert invalid(e) == ["1 validation error for on", "on"]
    late = Applicant.model_construct(person="P", born=D(9990, 1, 1), activist_since=None)
    with pytest.raises(ValueError, match=PAST_9999) as v:
        minimum_age(late, on=D(9999, 12, 31))
    assert str(v.value) == (
        "applicant.born: 9990-01-01 plus relativedelta(years=+18) is past 9999-12-31, "
        "the last date Python can represent"
    )


# -- 第十三条 一年以上培养教育和考察 -------------------------------------------------------------


def activist(since: dt.date | None) -> Applicant:
    return Applicant(person="P2", born=D(2000, 1, 1), activist_since=since)


@pytest.mark.rule(ACTIVIST)
def test_a_year_of_training_met_on_its_anniversary_word_for_word() -> None:
    """对经过一年以上培养教育和考察 … 可列为发展对象: 以上 includes the year itself."""
    assert "对经过一年以上培养教育和考察" in get(ACTIVIST).source.quote
    d = activist_training(activist(D(2024, 3, 1)), on=D(2025, 3, 1))
    assert (d.rule, d.outcome, d.subject) == (ACTIVIST, "met", "P2")
    assert d.value == ActivistTraining(
        person="P2", since=D(2024, 3, 1), on=D(2025, 3, 1), complete_on=D(2025, 3, 1), complete=True
    )
    assert headline(d) == (
        "P2至2025年3月1日已经过1年以上培养教育和考察,可列为发展对象",
        "P2: 1 year(s) of training complete by 2025-03-01; may be listed as a development "
        "candidate",
    )
    assert said(d) == [
        (
            ACTIVIST,
            "2024年3月1日确定为入党积极分子,培养教育和考察满1年之日为2025年3月1日",
            "Activist since 2024-03-01: 1 year(s) of training are complete on 2025-03-01",
        )
    ]
    assert d.parameters == {"membership.activist_training_years": 1}


@pytest.mark.rule(ACTIVIST)
def test_listed_as_an_activist_that_very_day_is_unmet_word_for_word() -> None:
    d = activist_training(activist(D(2024, 3, 1)), on=D(2024, 3, 1))
    assert (d.outcome, d.subject) == ("unmet", "P2")
    assert d.value == ActivistTraining(
        person="P2",
        since=D(2024, 3, 1),
        on=D(2024, 3, 1),
        complete_on=D(2025, 3, 1),
        complete=False,
    )
    assert headline(d) == (
        "P2至2024年3月1日培养教育和考察未满1年,2025年3月1日起方可列为发展对象",
        "P2: training not yet 1 year(s) on 2024-03-01; may be listed from 2025-03-01",
    )
    assert said(d) == [
        (
            ACTIVIST,
            "2024年3月1日确定为入党积极分子,培养教育和考察满1年之日为2025年3月1日",
            "Activist since 2024-03-01: 1 year(s) of training are complete on 2025-03-01",
        )
    ]
    assert d.parameters == {"membership.activist_training_years": 1}


@pytest.mark.rule(ACTIVIST)
@pytest.mark.parametrize("since", [None, D(2024, 3, 2)])
def test_no_activist_day_yet_is_not_eligible_word_for_word(since: dt.date | None) -> None:
    d = activist_training(activist(since), on=D(2024, 3, 1))
    assert (d.outcome, d.subject) == ("not_eligible", "P2")
    assert d.value == ActivistTraining(
        person="P2", since=since, on=D(2024, 3, 1), complete_on=None, complete=False
    )
    assert headline(d) == (
        "P2尚未确定为入党积极分子,不能列为发展对象",
        "P2 is not an activist: cannot be listed as a development candidate",
    )
    assert said(d) == [
        (
            ACTIVIST,
            "尚无确定为入党积极分子的日期",
            "No day on which they were listed as an activist",
        )
    ]
    assert d.parameters == {"membership.activist_training_years": 1}


@pytest.mark.rule(ACTIVIST)
def test_the_years_of_training_are_the_policys() -> None:
    a = activist(D(2023, 3, 1))
    d = activist_training(a, on=D(2025, 2, 28), policy=override(f"{ACTIVIST}_years", 2))
    assert (d.outcome, d.value.complete_on) == ("unmet", D(2025, 3, 1))
    assert headline(d) == (
        "P2至2025年2月28日培养教育和考察未满2年,2025年3月1日起方可列为发展对象",
        "P2: training not yet 2 year(s) on 2025-02-28; may be listed from 2025-03-01",
    )
    dated = activist_training(a, on=D(2025, 3, 1), policy=from_2020(f"{ACTIVIST}_years", 2))
    assert (dated.outcome, dated.value.complete_on) == ("met", D(2025, 3, 1))
    assert headline(dated) == (
        "P2至2025年3月1日已经过2年以上培养教育和考察,可列为发展对象",
        "P2: 2 year(s) of training complete by 2025-03-01; may be listed as a development "
        "candidate",
    )
    assert dated.parameters == {"membership.activist_training_years": 2}


@pytest.mark.rule(ACTIVIST)
def test_activist_training_names_its_arguments() -> None:
    with pytest.raises(ValidationError) as e:
        activist_training({"person": "P"}, on=D(2020, 1, 1))  # type: ignore[arg-type]
    assert invalid(e) == ["1 validation error for applicant", "applicant.born"]
    with pytest.raises(ValidationError) as e:
        activist_training(activist(None), on="zz")  # type: ignore[arg-type]
    assert invalid(e) == ["1 validation error for on", "on"]
    late = Applicant.model_construct(person="P", born=D(1990, 1, 1), activist_since=D(9999, 6, 1))
    with pytest.raises(ValueError, match=PAST_9999) as v:
        activist_training(late, on=D(9999, 12, 31))
    assert str(v.value) == (
        "applicant.activist_since: 9999-06-01 plus relativedelta(years=+1) is past 9999-12-31, "
        "the last date Python can represent"
    )


# -- 第十七条 不少于三天(或不少于二十四个学时) ---------------------------------------------------


@pytest.mark.rule(TRAINING)
def test_24_class_hours_meet_it_and_23_do_not_word_for_word() -> None:
    """培训时间一般不少于三天(或不少于二十四个学时)."""
    assert "培训时间一般不少于三天(或不少于二十四个学时)" in get(TRAINING).source.quote
    d = intensive_training(IntensiveTraining(person="P3", days=2, hours=24))
    assert (d.rule, d.outcome, d.subject) == (TRAINING, "meets", "P3")
    assert d.value == TrainingCheck(person="P3", days=2, hours=24, sufficient=True)
    assert headline(d) == ("P3的集中培训达到要求", "P3's intensive training meets the requirement")
    assert said(d) == [
        (
            TRAINING,
            "集中培训2天、24学时;要求不少于3天或不少于24学时,满足其一即可",
            "Intensive training: 2 day(s), 24 class hour(s); at least 3 days or 24 class "
            "hours, either suffices",
        )
    ]
    assert d.parameters == {
        "membership.intensive_training_days": 3,
        "membership.intensive_training_hours": 24,
    }
    short = intensive_training(IntensiveTraining(person="P3", days=2, hours=23))
    assert (short.outcome, short.subject) == ("short", "P3")
    assert short.value == TrainingCheck(person="P3", days=2, hours=23, sufficient=False)
    assert headline(short) == (
        "P3的集中培训未达到要求,除个别特殊情况外不能发展入党",
        "P3's intensive training falls short: not to be admitted, save in particular cases",
    )
    assert said(short) == [
        (
            TRAINING,
            "集中培训2天、23学时;要求不少于3天或不少于24学时,满足其一即可",
            "Intensive training: 2 day(s), 23 class hour(s); at least 3 days or 24 class "
            "hours, either suffices",
        )
    ]


@pytest.mark.rule(TRAINING)
def test_the_days_and_hours_are_the_policys() -> None:
    policy = override(f"{TRAINING}_days", 5, membership__intensive_training_hours=40)
    d = intensive_training(IntensiveTraining(person="P3", days=4, hours=39), policy=policy)
    assert d.outcome == "short"
    assert said(d) == [
        (
            TRAINING,
            "集中培训4天、39学时;要求不少于5天或不少于40学时,满足其一即可",
            "Intensive training: 4 day(s), 39 class hour(s); at least 5 days or 40 class "
            "hours, either suffices",
        )
    ]
    assert d.parameters == {
        "membership.intensive_training_days": 5,
        "membership.intensive_training_hours": 40,
    }


@pytest.mark.rule(TRAINING)
def test_intensive_training_names_its_argument() -> None:
    with pytest.raises(ValidationError) as e:
        intensive_training({"person": "P", "days": -1, "hours": 0})  # type: ignore[arg-type]
    assert invalid(e) == ["1 validation error for training", "training.days"]


# -- 第三十二条 预备期为一年 -------------------------------------------------------------------


@pytest.mark.rule(END)
def test_a_probation_of_one_calendar_year_word_for_word() -> None:
    """预备党员的预备期为一年。预备期从支部大会通过其为预备党员之日算起."""
    assert (
        "预备党员的预备期为一年。预备期从支部大会通过其为预备党员之日算起。"
        in get(END).source.quote
    )
    d = probation_end(Probation(person="P4", admitted_on=D(2023, 7, 1)))
    assert (d.rule, d.outcome, d.subject) == (END, "ok", "P4")
    assert d.value == ProbationTerm(
        person="P4", admitted_on=D(2023, 7, 1), years=1, ends_on=D(2024, 7, 1)
    )
    assert headline(d) == ("P4的预备期于2024年7月1日期满", "P4's probation ends on 2024-07-01")
    assert said(d) == [
        (
            END,
            "支部大会于2023年7月1日通过其为预备党员,预备期1年,按日历年计算",
            "Admitted by the branch meeting on 2023-07-01: a probation of 1 calendar year(s)",
        )
    ]
    assert d.parameters == {"membership.probation_years": 1}


@pytest.mark.rule(END)
def test_a_leap_day_admission_ends_on_28_february_word_for_word() -> None:
    d = probation_end(Probation(person="P4", admitted_on=D(2024, 2, 29)))
    assert (d.outcome, d.value.ends_on) == ("ok", D(2025, 2, 28))
    assert headline(d) == ("P4的预备期于2025年2月28日期满", "P4's probation ends on 2025-02-28")
    assert said(d) == [
        (
            END,
            "支部大会于2024年2月29日通过其为预备党员,预备期1年,按日历年计算",
            "Admitted by the branch meeting on 2024-02-29: a probation of 1 calendar year(s)",
        ),
        (
            END,
            "起算日为2月29日,期满之年没有对应日,以该月末日2025年2月28日为期满之日",
            "The probation began on 29 February; the year it ends has no such day, so it ends "
            "on the month's last day, 2025-02-28",
        ),
    ]


@pytest.mark.rule(END)
def test_a_leap_day_admission_ending_in_a_leap_year_says_nothing_of_month_ends() -> None:
    d = probation_end(
        Probation(person="P4", admitted_on=D(2024, 2, 29)),
        policy=override("membership.probation_years", 4),
    )
    assert d.value == ProbationTerm(
        person="P4", admitted_on=D(2024, 2, 29), years=4, ends_on=D(2028, 2, 29)
    )
    assert headline(d) == ("P4的预备期于2028年2月29日期满", "P4's probation ends on 2028-02-29")
    assert said(d) == [
        (
            END,
            "支部大会于2024年2月29日通过其为预备党员,预备期4年,按日历年计算",
            "Admitted by the branch meeting on 2024-02-29: a probation of 4 calendar year(s)",
        )
    ]
    assert d.parameters == {"membership.probation_years": 4}


@pytest.mark.rule(END)
def test_the_probation_read_on_the_admission_day() -> None:
    policy = from_2020("membership.probation_years", 2)
    d = probation_end(Probation(person="P4", admitted_on=D(2023, 7, 1)), policy=policy)
    assert d.value.ends_on == D(2025, 7, 1)
    assert headline(d) == ("P4的预备期于2025年7月1日期满", "P4's probation ends on 2025-07-01")
    before = probation_end(Probation(person="P4", admitted_on=D(2019, 7, 1)), policy=policy)
    assert before.value.ends_on == D(2020, 7, 1)


@pytest.mark.rule(END)
def test_probation_end_names_its_argument() -> None:
    with pytest.raises(ValidationError) as e:
        probation_end({"person": "P"})  # type: ignore[arg-type]
    assert invalid(e) == ["1 validation error for probation", "probation.admitted_on"]
    late = Probation.model_construct(person="P", admitted_on=D(9999, 6, 1))
    with pytest.raises(ValueError, match=PAST_9999) as v:
        probation_end(late)
    assert str(v.value) == (
        "probation.admitted_on: 9999-06-01 plus relativedelta(years=+1) is past 9999-12-31, "
        "the last date Python can represent"
    )


# -- 第三十二条 延长时间不能少于半年,最长不超过一年 -------------------------------------------------

ASKED = (
    "拟延长预备期{}个月;延长时间不能少于6个月,最长不超过12个月",
    "An extension of {} month(s) is proposed; it may be no shorter than 6 months and no "
    "longer than 12",
)


def asked(months: int) -> tuple[str, str, str]:
    return (EXTENSION, ASKED[0].format(months), ASKED[1].format(months))


P5 = Probation(person="P5", admitted_on=D(2024, 3, 1))
EXTENSION_PARAMETERS = {
    "membership.probation_years": 1,
    "membership.extension_min_months": 6,
    "membership.extension_max_months": 12,
}


@pytest.mark.rule(EXTENSION)
def test_five_months_are_too_short_word_for_word() -> None:
    """需要继续考察和教育的,可以延长一次预备期,延长时间不能少于半年,最长不超过一年."""
    assert "延长时间不能少于半年,最长不超过一年" in get(EXTENSION).source.quote
    d = probation_extension(P5, months=5)
    assert (d.rule, d.outcome, d.subject) == (EXTENSION, "deficient", "P5")
    assert d.value == ProbationExtension(person="P5", months=5, accepted=False, ends_on=None)
    assert headline(d) == (
        "P5的预备期拟延长5个月,少于6个月,不符合规定",
        "P5: an extension of 5 month(s) is shorter than 6 months: refused",
    )
    assert said(d) == [asked(5)]
    assert d.parameters == EXTENSION_PARAMETERS


@pytest.mark.rule(EXTENSION)
def test_thirteen_months_are_too_long_word_for_word() -> None:
    d = probation_extension(P5, months=13)
    assert (d.outcome, d.subject) == ("deficient", "P5")
    assert d.value == ProbationExtension(person="P5", months=13, accepted=False, ends_on=None)
    assert headline(d) == (
        "P5的预备期拟延长13个月,超过12个月,不符合规定",
        "P5: an extension of 13 month(s) is longer than 12 months: refused",
    )
    assert said(d) == [asked(13)]
    assert d.parameters == EXTENSION_PARAMETERS


@pytest.mark.rule(EXTENSION)
def test_half_a_year_conforms_word_for_word() -> None:
    d = probation_extension(P5, months=6)
    assert (d.outcome, d.subject) == ("conforms", "P5")
    assert d.value == ProbationExtension(
        person="P5", months=6, accepted=True, ends_on=D(2025, 9, 1)
    )
    assert headline(d) == (
        "P5的预备期延长6个月,于2025年9月1日期满",
        "P5's probation is extended by 6 month(s), to end on 2025-09-01",
    )
    assert said(d) == [asked(6)]
    assert d.parameters == EXTENSION_PARAMETERS


@pytest.mark.rule(EXTENSION)
def test_the_extension_adds_to_the_policys_probation() -> None:
    d = probation_extension(
        P5,
        months=3,
        policy=override(
            "membership.probation_years",
            2,
            membership__extension_min_months=3,
            membership__extension_max_months=9,
        ),
    )
    assert (d.outcome, d.value.ends_on) == ("conforms", D(2026, 6, 1))  # 24 + 3 months
    assert said(d) == [
        (
            EXTENSION,
            "拟延长预备期3个月;延长时间不能少于3个月,最长不超过9个月",
            "An extension of 3 month(s) is proposed; it may be no shorter than 3 months and no "
            "longer than 9",
        )
    ]
    assert d.parameters == {
        "membership.probation_years": 2,
        "membership.extension_min_months": 3,
        "membership.extension_max_months": 9,
    }
    dated = probation_extension(P5, months=6, policy=from_2020("membership.probation_years", 2))
    assert dated.value.ends_on == D(2026, 9, 1)  # 24 + 6 months
    assert headline(dated) == (
        "P5的预备期延长6个月,于2026年9月1日期满",
        "P5's probation is extended by 6 month(s), to end on 2026-09-01",
    )


@pytest.mark.rule(EXTENSION)
def test_probation_extension_names_its_arguments() -> None:
    with pytest.raises(ValidationError) as e:
        probation_extension({"person": "P"}, months=6)  # type: ignore[arg-type]
    assert invalid(e) == ["1 validation error for probation", "probation.admitted_on"]
    for bad in (-1, 1201, "6", 6.0):
        with pytest.raises(ValidationError) as e:
            probation_extension(P5, months=bad)  # type: ignore[arg-type]
        assert invalid(e) == ["1 validation error for months", "months"]
    most = probation_extension(P5, months=1200)
    assert (most.outcome, most.value.months) == ("deficient", 1200)
    least = probation_extension(P5, months=0)
    assert (least.outcome, least.value.months) == ("deficient", 0)
    late = Probation.model_construct(person="P", admitted_on=D(9998, 6, 1))
    with pytest.raises(ValueError, match=PAST_9999) as v:
        probation_extension(late, months=12)
    assert str(v.value) == (
        "probation.admitted_on: 9998-06-01 plus relativedelta(years=+2) is past 9999-12-31, "
        "the last date Python can represent"
    )

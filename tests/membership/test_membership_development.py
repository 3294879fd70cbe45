"""发展党员 (《中国共产党发展党员工作细则》 2014: 第五条、第十三条、第十七条、第三十二条)."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from orgwork.membership import (
    Applicant,
    IntensiveTraining,
    Probation,
    activist_training,
    full_years,
    intensive_training,
    minimum_age,
    probation_end,
    probation_extension,
)
from orgwork.rules import get
from orgwork.strategies._membership import applicants, intensive_trainings, probations

D = dt.date
END = "membership.probation_end"
EXTENSION = "membership.probation_extension"
ACTIVIST = "membership.activist_training"
TRAINING = "membership.intensive_training"
AGE = "membership.minimum_age"


@pytest.mark.rule("membership.probation_end")
@pytest.mark.parametrize(
    ("admitted", "ends"),
    [
        (D(2023, 7, 1), D(2024, 7, 1)),
        (D(2024, 2, 29), D(2025, 2, 28)),  # a leap day: no 29 February in 2025
        (D(2023, 3, 1), D(2024, 3, 1)),  # across a leap day: 366 days, still one year
        (D(2024, 12, 31), D(2025, 12, 31)),
    ],
)
def test_the_probation_is_one_calendar_year(admitted: dt.date, ends: dt.date) -> None:
    d = probation_end(Probation(person="P", admitted_on=admitted))
    assert d.value.ends_on == ends
    assert "预备期从支部大会通过其为预备党员之日算起" in get(END).source.quote


@pytest.mark.rule("membership.probation_end")
def test_a_leap_day_admission_says_why_it_ends_on_28_february() -> None:
    d = probation_end(Probation(person="P", admitted_on=D(2024, 2, 29)))
    assert "月末日" in d.explain("zh")
    assert "365" not in d.explain("en")


@pytest.mark.rule("membership.probation_end")
@given(probations())
def test_the_end_is_exactly_one_calendar_year_later(p: Probation) -> None:
    end = probation_end(p).value.ends_on
    assert end == p.admitted_on + relativedelta(years=1)
    assert (end.year, end.month) == (p.admitted_on.year + 1, p.admitted_on.month)
    assert end.day == p.admitted_on.day or (p.admitted_on.month, p.admitted_on.day) == (2, 29)


@pytest.mark.rule("membership.probation_extension")
@pytest.mark.parametrize(
    ("months", "outcome"),
    [(0, "deficient"), (5, "deficient"), (6, "conforms"), (12, "conforms"), (13, "deficient")],
)
def test_an_extension_is_half_a_year_to_a_year(months: int, outcome: str) -> None:
    d = probation_extension(Probation(person="P", admitted_on=D(2024, 3, 1)), months=months)
    assert d.outcome == outcome
    assert d.value.accepted is (outcome == "conforms")
    if months < 6:
        assert "少于6个月" in d.headline.zh
    if months > 12:
        assert "超过12个月" in d.headline.zh
    assert "延长时间不能少于半年,最长不超过一年" in get(EXTENSION).source.quote


@pytest.mark.rule("membership.probation_extension")
def test_an_extended_probation_ends_in_calendar_months() -> None:
    p = Probation(person="P", admitted_on=D(2024, 2, 29))
    assert probation_extension(p, months=6).value.ends_on == D(2025, 8, 29)
    assert probation_extension(p, months=12).value.ends_on == D(2026, 2, 28)


@pytest.mark.rule("membership.probation_extension")
@given(probations(), st.integers(0, 30))
def test_accepted_iff_within_the_range(p: Probation, months: int) -> None:
    d = probation_extension(p, months=months)
    assert d.value.accepted == (6 <= months <= 12)
    if d.value.accepted:
        assert d.value.ends_on == p.admitted_on + relativedelta(months=12 + months)


@pytest.mark.rule("membership.activist_training")
@pytest.mark.parametrize(
    ("since", "on", "outcome"),
    [
        (D(2024, 3, 1), D(2025, 2, 28), "unmet"),
        (D(2024, 3, 1), D(2025, 3, 1), "met"),  # 一年以上: the year itself is enough
        (D(2024, 2, 29), D(2025, 2, 28), "met"),
        (D(2024, 2, 29), D(2025, 2, 27), "unmet"),
    ],
)
def test_a_year_of_training_before_a_development_candidate(
    since: dt.date, on: dt.date, outcome: str
) -> None:
    a = Applicant(person="P", born=D(2000, 1, 1), activist_since=since)
    assert activist_training(a, on=on).outcome == outcome
    assert "对经过一年以上培养教育和考察" in get(ACTIVIST).source.quote


@pytest.mark.rule("membership.activist_training")
def test_no_activist_day_is_not_eligible() -> None:
    a = Applicant(person="P", born=D(2000, 1, 1))
    assert activist_training(a, on=D(2025, 1, 1)).outcome == "not_eligible"


@pytest.mark.rule("membership.activist_training")
@given(applicants(), st.dates(D(1980, 1, 1), D(2035, 12, 31)))
def test_complete_iff_a_calendar_year_has_passed(a: Applicant, on: dt.date) -> None:
    v = activist_training(a, on=on).value
    if a.activist_since is None or a.activist_since > on:
        assert not v.complete
    else:
        assert v.complete == (on >= a.activist_since + relativedelta(years=1))


@pytest.mark.rule("membership.intensive_training")
@pytest.mark.parametrize(
    ("days", "hours", "outcome"),
    [(3, 0, "meets"), (2, 24, "meets"), (2, 23, "short"), (0, 0, "short"), (5, 40, "meets")],
)
def test_three_days_or_24_class_hours(days: int, hours: int, outcome: str) -> None:
    d = intensive_training(IntensiveTraining(person="P", days=days, hours=hours))
    assert d.outcome == outcome
    if outcome == "short":
        assert "不能发展入党" in d.headline.zh
    assert "不少于三天(或不少于二十四个学时)" in get(TRAINING).source.quote


@pytest.mark.rule("membership.intensive_training")
@given(intensive_trainings())
def test_either_bound_suffices(t: IntensiveTraining) -> None:
    assert intensive_training(t).value.sufficient == (t.days >= 3 or t.hours >= 24)


@pytest.mark.rule("membership.minimum_age")
@pytest.mark.parametrize(
    ("born", "on", "outcome"),
    [
        (D(2007, 6, 2), D(2025, 6, 1), "not_eligible"),
        (D(2007, 6, 2), D(2025, 6, 2), "eligible"),  # 年满十八岁 on the 18th birthday
        (D(2008, 2, 29), D(2026, 2, 27), "not_eligible"),
        (D(2008, 2, 29), D(2026, 2, 28), "eligible"),
    ],
)
def test_eighteen_full_years(born: dt.date, on: dt.date, outcome: str) -> None:
    d = minimum_age(Applicant(person="P", born=born), on=on)
    assert d.outcome == outcome
    assert "年满十八岁" in get(AGE).source.quote


@pytest.mark.rule("membership.minimum_age")
@given(applicants(), st.dates(D(2010, 1, 1), D(2035, 12, 31)))
def test_eligible_iff_the_eighteenth_anniversary_has_come(a: Applicant, on: dt.date) -> None:
    if on < a.born:
        return
    v = minimum_age(a, on=on).value
    assert v.eligible == (on >= a.born + relativedelta(years=18))
    assert v.age == full_years(a.born, on)

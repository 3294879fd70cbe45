"""巢湖市's delegates and sites word for word, written against the survivors of mutation testing.

``python tools/mutation.py open_day/_balance``: the median of an odd number of ages, the
parameter each violation names, the day the policy is read on, the arguments named in
errors, and the reasons naming what is not checked.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pydantic import ValidationError

from orgwork.errors import RecordError
from orgwork.open_day import CHAOHU, Delegate, SiteChoice, representative_balance, site_choice
from orgwork.policy import Policy

ON = dt.date(2013, 6, 1)


def _d(i: int, age: int = 40, unit: str = "U1") -> Delegate:
    return Delegate(id=f"D{i}", unit=unit, gender="male", age=age, post="机关", level="市")


@pytest.mark.rule("open_day.representative_balance")
@pytest.mark.parametrize(
    ("ages", "median"),
    [((60, 30, 40), Decimal(40)), ((30, 40, 50, 70, 90), Decimal(50)), ((30, 41), Decimal("35.5"))],
)
def test_the_median_of_odd_and_even_counts(ages: tuple[int, ...], median: Decimal) -> None:
    pool = [_d(i, age) for i, age in enumerate(ages)]
    b = representative_balance(pool, [d.id for d in pool], on=ON).value
    assert b.chosen_ages.median == b.recommended_ages.median == median
    assert (b.chosen_ages.youngest, b.chosen_ages.oldest) == (min(ages), max(ages))


@pytest.mark.rule("open_day.representative_balance")
def test_the_count_violation_names_its_parameter() -> None:
    (v,) = representative_balance([_d(1)], ["D1"], on=ON, policy=CHAOHU.policy()).value.violations[
        -1:
    ]
    assert (v.code, v.parameter) == ("representative_count", "open_day.representatives")


@pytest.mark.rule("open_day.representative_balance")
def test_the_requirements_in_force_on_the_day() -> None:
    later = Policy.default().with_change(dt.date(2014, 1, 1), {"open_day.representatives": 2})
    pool = [_d(1), _d(2)]
    assert representative_balance(pool, ["D1"], on=ON, policy=later).outcome == "referred"
    d = representative_balance(pool, ["D1"], on=dt.date(2014, 1, 1), policy=later)
    assert [v.code for v in d.value.violations] == ["representative_count"]


@pytest.mark.rule("open_day.representative_balance")
def test_errors_name_the_argument() -> None:
    with pytest.raises(TypeError, match=r"^chosen must hold strings"):
        representative_balance([_d(1)], [1], on=ON)  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"^recommended must be a collection"):
        representative_balance(None, [], on=ON)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"validation error for on\n"):
        representative_balance([], [], on="soon")  # type: ignore[arg-type]
    with pytest.raises(RecordError, match=r"^recommended delegate listed more than once: D1"):
        representative_balance([_d(1), _d(1)], [], on=ON)
    with pytest.raises(RecordError, match=r"^chosen delegate listed more than once: D1"):
        representative_balance([_d(1)], ["D1", "D1"], on=ON)


POOL = tuple(f"S{i:03d}" for i in range(100))


@pytest.mark.rule("open_day.site_choice")
def test_each_site_violation_names_its_parameter_and_every_stray_site() -> None:
    c = SiteChoice(on=ON, demo_sites=POOL[:3], chosen=("X1", "S000", "X2"))
    d = site_choice(c, policy=CHAOHU.policy())
    assert [(v.code, v.parameter, v.actual) for v in d.value.violations] == [
        ("demo_sites", "open_day.demo_sites", "3"),
        ("sites_chosen", "open_day.sites_chosen", "3"),
        ("site_not_demo", "", "X1, X2"),
        ("not_chosen_publicly", "", "false"),
    ]


@pytest.mark.rule("open_day.site_choice")
def test_the_site_requirements_in_force_on_the_day() -> None:
    later = Policy.default().with_change(dt.date(2014, 1, 1), {"open_day.sites_chosen": 2})
    c = SiteChoice(on=ON, demo_sites=POOL, chosen=("S001",), chosen_publicly=True)
    assert site_choice(c, policy=later).outcome == "conforms"
    c2 = c.model_copy(update={"on": dt.date(2014, 1, 1)})
    assert site_choice(c2, policy=later).outcome == "violations"


@pytest.mark.rule("open_day.site_choice")
def test_the_reasons_name_what_is_not_checked() -> None:
    c = SiteChoice(on=ON, demo_sites=POOL, chosen=("S001",), chosen_publicly=True)
    d = site_choice(c)
    assert [(r.zh, r.en) for r in d.reasons][-3:-1] == [
        (
            "未设定党建示范点总数(open_day.demo_sites),不检查",
            "No requirement for the number of demonstration sites (open_day.demo_sites is not set); "
            "not checked",
        ),
        (
            "未设定选定视察点个数(open_day.sites_chosen),不检查",
            "No requirement for the number of sites chosen (open_day.sites_chosen is not set); "
            "not checked",
        ),
    ]
    assert d.value.kept == d.value.dropped == ()

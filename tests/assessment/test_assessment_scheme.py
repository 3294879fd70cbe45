"""Point schemes: the two presets, validation that items add up, monthly allocations."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from pydantic import ValidationError

from orgwork import strategies as ows
from orgwork.assessment import (
    HUNDRED_POINT,
    HUNDRED_POINT_CATEGORIES,
    THOUSAND_POINT,
    PointScheme,
    SchemeItem,
)
from orgwork.decision import Text
from orgwork.policy import Policy


def _item(code: str, maximum: object, **kw: object) -> SchemeItem:
    return SchemeItem(code=code, name=Text(zh=f"项{code}", en=code), maximum=maximum, **kw)  # type: ignore[arg-type]


def test_thousand_point_preset_totals_the_seed_thousand() -> None:
    # 000: 把全年工作目标细化为若干部分,量化为千分
    assert THOUSAND_POINT.total == Decimal(1000) == Policy.default().assessment.thousand_point_total
    assert sum(i.maximum for i in THOUSAND_POINT.items) == THOUSAND_POINT.total
    assert THOUSAND_POINT.kind == "thousand_point"


def test_hundred_point_preset_has_the_four_parts_of_003() -> None:
    # 003: 将日常工作、重点工作、共性目标和个性目标全部细化为分值
    assert HUNDRED_POINT.total == Decimal(100) == Policy.default().assessment.hundred_point_total
    assert HUNDRED_POINT.categories == HUNDRED_POINT_CATEGORIES
    assert HUNDRED_POINT_CATEGORIES == ("日常工作", "重点工作", "共性目标", "个性目标")
    assert sum(i.maximum for i in HUNDRED_POINT.items) == 100


def test_items_must_add_up_exactly_to_the_total() -> None:
    with pytest.raises(ValidationError, match="add up to 999"):
        PointScheme(
            code="x",
            name=Text(zh="x", en="x"),
            total=1000,
            items=(_item("a", 500), _item("b", 499)),
        )
    ok = PointScheme(
        code="x",
        name=Text(zh="x", en="x"),
        total=1000,
        items=(_item("a", "500.5"), _item("b", "499.5")),
    )
    assert ok.total == 1000


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ((_item("a", 50), _item("a", 50)), "repeated: a"),
        ((_item("a", 100, category="a"),), "share an item's code"),
    ],
)
def test_codes_unique_and_categories_distinct(items: tuple[SchemeItem, ...], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        PointScheme(code="x", name=Text(zh="x", en="x"), total=100, items=items)


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"maximum": 0}, "maximum"),
        ({"maximum": -5}, "maximum"),
        ({"maximum": "1.005"}, "maximum"),
        ({"maximum": 1.5}, None),  # a float that is exactly what it prints as is accepted
        ({"maximum": 12, "monthly": (1,) * 11}, "not 12"),
        ({"maximum": 12, "monthly": (2,) * 12}, "adds up to 24"),
        ({"maximum": 12, "monthly": (-1,) + (1,) * 11 + ()}, "monthly"),
        ({"code": "has space", "maximum": 1}, "code"),
    ],
)
def test_bad_items_name_the_field(kw: dict[str, object], field: str | None) -> None:
    args: dict[str, object] = {"code": "a", "name": Text(zh="甲", en="A"), **kw}
    if field is None:
        assert SchemeItem.model_validate(args).maximum == Decimal("1.5")
        return
    with pytest.raises(ValidationError) as info:
        SchemeItem.model_validate(args)
    assert field in str(info.value)


def test_monthly_allocation_caps_each_month_under_sum_only() -> None:
    item = _item("care", 120, monthly=(0,) * 6 + (20,) * 6)
    assert item.monthly_cap(1, "sum") == 0
    assert item.monthly_cap(7, "sum") == 20
    assert item.monthly_cap(1, "mean") == 120


def test_with_maxima_sets_a_towns_shares_and_revalidates() -> None:
    s = HUNDRED_POINT.with_maxima({"daily": 40, "key": 30, "common": 20, "individual": 10})
    assert [i.maximum for i in s.items] == [40, 30, 20, 10]
    with pytest.raises(ValueError, match="name all four parts"):
        HUNDRED_POINT.with_maxima({"daily": 40})
    with pytest.raises(ValidationError, match="add up to 115"):
        s.with_maxima({"daily": 55})
    with pytest.raises(KeyError, match="nope"):
        HUNDRED_POINT.with_maxima({"nope": 1})


def test_item_lookup() -> None:
    assert HUNDRED_POINT.item("key").name.zh == "重点工作"
    with pytest.raises(KeyError):
        HUNDRED_POINT.item("missing")


@given(ows.point_schemes())
def test_generated_schemes_add_up_and_round_trip(scheme: PointScheme) -> None:
    assert sum(i.maximum for i in scheme.items) == scheme.total
    for item in scheme.items:
        if item.monthly is not None:
            assert sum(item.monthly) == item.maximum
    assert PointScheme.model_validate_json(scheme.model_dump_json()) == scheme


def test_the_hundred_point_preset_takes_its_shares_from_the_policy() -> None:
    from orgwork.errors import MissingParameterError

    assert HUNDRED_POINT.shares_from_policy
    with pytest.raises(MissingParameterError, match="hundred_point_shares"):
        HUNDRED_POINT.in_force(year=2025)
    p = Policy.default().override(
        {
            "assessment.hundred_point_shares": {
                "daily": 40,
                "key": 30,
                "common": 20,
                "individual": 10,
            }
        }
    )
    s = HUNDRED_POINT.in_force(p, year=2025)
    assert [i.maximum for i in s.items] == [40, 30, 20, 10]
    assert (s.aggregation, s.shares_from_policy) == ("mean", False)
    assert THOUSAND_POINT.in_force(p, year=2025).aggregation == "sum"
    with pytest.raises(ValueError, match="all four"):
        HUNDRED_POINT.with_maxima({"daily": 40, "key": 10})


@pytest.mark.parametrize(
    ("shares", "message"),
    [
        ({"daily": 40, "key": 30, "common": 20}, "individual"),
        ({"daily": 40, "key": 30, "common": 20, "individual": 20}, "add up to 110"),
        ({"daily": 50, "key": 30, "common": 20, "individual": 0}, "greater than 0"),
        ({"daily": 40, "key": 30, "common": 20, "individual": 10, "x": 0}, "x"),
        ({"daily": "40.005", "key": 30, "common": 20, "individual": 10}, "two decimal places"),
    ],
)
def test_the_policy_shares_are_checked(shares: dict[str, object], message: str) -> None:
    from orgwork.errors import PolicyError

    with pytest.raises(PolicyError, match=message):
        Policy.default().override({"assessment.hundred_point_shares": shares})


def test_a_scheme_of_a_preset_kind_reads_its_aggregation_from_the_policy() -> None:
    p = Policy.default()
    assert p.assessment.thousand_point_aggregation == "sum"
    assert p.assessment.hundred_point_aggregation == "mean"
    assert p.assessment.custom_aggregation == "sum"
    assert p.assessment.hundred_point_shares is None

"""特设支部“四个一” (001): a volunteer team, a batch of good deeds, an area led, a brand."""

from __future__ import annotations

import pytest
from hypothesis import given
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.organizations import FourOne, FourOnes, SpecialBranchRecord, four_ones
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import special_branch_records

RULE = "organizations.four_ones"
FULL = SpecialBranchRecord(
    branch="公安特设支部",
    volunteer_team="平安志愿队",
    good_deeds=("修路灯", "送医上门"),
    area="东城街道",
    brand="红色驿站",
)


@pytest.mark.rule(RULE)
def test_the_four_items_are_the_seeds() -> None:
    quote = get(RULE).source.quote
    for item in FourOne:
        assert item.zh in quote
    assert [i.zh for i in FourOne] == [
        "建立一支志愿者队伍",
        "办一批惠民好事实事",
        "带动一个地区的党员群众",
        "叫响一个特色品牌",
    ]


@pytest.mark.rule(RULE)
def test_all_four_present() -> None:
    d = four_ones(FULL)
    assert d.outcome == "referred"  # 一批 has no number: the count goes to the organization
    assert d.value.present == tuple(FourOne)
    assert d.value.missing == ()
    assert (d.value.deeds, d.value.deeds_judged) == (2, False)
    assert (
        d.headline.zh == "公安特设支部“四个一”其余三项齐全,办惠民好事实事2件,是否成批由党组织认定"
    )
    two = Policy.default().override({"organizations.good_deeds_minimum": 2})
    c = four_ones(FULL, policy=two)
    assert (c.outcome, c.headline.zh) == ("complete", "公安特设支部“四个一”齐全")
    assert "“一批”未规定件数:已办2件,是否成批由党组织认定" in [r.zh for r in d.reasons]
    assert Decision[FourOnes].model_validate_json(d.to_json()) == d


@pytest.mark.rule(RULE)
@pytest.mark.parametrize(
    ("field", "empty", "item"),
    [
        ("volunteer_team", None, FourOne.VOLUNTEER_TEAM),
        ("good_deeds", (), FourOne.GOOD_DEEDS),
        ("area", "  ", FourOne.AREA_LED),
        ("brand", "", FourOne.BRAND),
    ],
)
def test_each_missing_item_is_named(field: str, empty: object, item: FourOne) -> None:
    record = SpecialBranchRecord.model_validate({**FULL.model_dump(), field: empty})
    d = four_ones(record)
    assert d.outcome == "gaps"
    assert d.value.missing == (item,)
    assert d.headline.zh == f"公安特设支部“四个一”缺{item.zh}"
    assert item not in d.value.present


@pytest.mark.rule(RULE)
def test_an_empty_record_lacks_all_four() -> None:
    d = four_ones(SpecialBranchRecord(branch="城管特设支部"))
    assert d.value.missing == tuple(FourOne)
    assert d.headline.zh == (
        "城管特设支部“四个一”缺建立一支志愿者队伍,办一批惠民好事实事,带动一个地区的党员群众,"
        "叫响一个特色品牌"
    )
    assert "带动一个地区的党员群众:无记录" in [r.zh for r in d.reasons]


@pytest.mark.rule(RULE)
def test_a_batch_has_no_number_unless_the_locality_sets_one() -> None:
    one = FULL.model_copy(update={"good_deeds": ("修路灯",)})
    d = four_ones(one)
    assert FourOne.GOOD_DEEDS in d.value.present
    assert not d.value.deeds_judged
    assert d.parameters == {"organizations.good_deeds_minimum": None}
    three = Policy.default().override({"organizations.good_deeds_minimum": 3})
    d = four_ones(one, policy=three)
    assert d.value.missing == (FourOne.GOOD_DEEDS,)
    assert d.value.deeds_judged
    assert "本地规定“一批”不少于3件:已办1件" in [r.zh for r in d.reasons]
    enough = FULL.model_copy(update={"good_deeds": ("修路灯", "送医上门", "清理河道")})
    assert four_ones(enough, policy=three).outcome == "complete"
    # unset, a branch with all four is referred with its count, never called complete
    d = four_ones(enough)
    assert (d.outcome, d.value.missing, d.value.deeds) == ("referred", (), 3)
    assert (
        d.headline.zh == "公安特设支部“四个一”其余三项齐全,办惠民好事实事3件,是否成批由党组织认定"
    )
    # the same deed named twice is one deed
    twice = FULL.model_copy(update={"good_deeds": ("修路灯", "修路灯", "清理河道")})
    assert four_ones(twice, policy=three).value.missing == (FourOne.GOOD_DEEDS,)


@pytest.mark.rule(RULE)
def test_a_blank_deed_is_refused() -> None:
    with pytest.raises(ValidationError, match="good_deeds"):
        SpecialBranchRecord(branch="公安特设支部", good_deeds=("修路灯", " "))


@pytest.mark.rule(RULE)
@given(special_branch_records())
def test_present_and_missing_partition_the_four(record: SpecialBranchRecord) -> None:
    v = four_ones(record).value
    assert set(v.present) | set(v.missing) == set(FourOne)
    assert not set(v.present) & set(v.missing)
    assert (FourOne.BRAND in v.present) == (record.brand is not None)
    assert (FourOne.GOOD_DEEDS in v.present) == bool(record.good_deeds)
    assert v.deeds == len(set(record.good_deeds))

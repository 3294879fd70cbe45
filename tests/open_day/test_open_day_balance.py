"""巢湖市: delegates chosen from those recommended (representative_balance), and the sites (site_choice)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.errors import RecordError
from orgwork.open_day import (
    CHAOHU,
    AgeSpread,
    Delegate,
    FactorShare,
    SiteChoice,
    UnitShare,
    representative_balance,
    site_choice,
)
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import delegate_pools, site_choices

BALANCE = "open_day.representative_balance"
SITES = "open_day.site_choice"
ON = dt.date(2013, 6, 1)
POSTS = ("基层社区", "非公企业", "机关", "学校", "医院")


def _pool() -> tuple[Delegate, ...]:
    """The seed's numbers: 18 electoral units, 2 delegates each, 36 in all."""
    return tuple(
        Delegate(
            id=f"D{i + 1:02d}",
            unit=f"U{i // 2 + 1:02d}",
            gender="female" if i % 3 == 0 else "male",
            age=30 + i,
            post=POSTS[i % 5],
            level="市" if i % 4 == 0 else "县",
        )
        for i in range(36)
    )


POOL = _pool()
#: One of each unit's two: 18 chosen.
CHOSEN = tuple(d.id for d in POOL[::2])


# -- representative_balance: the hard facts ---------------------------------------------


@pytest.mark.rule("open_day.representative_balance")
def test_the_clause_and_its_numbers_are_the_seeds() -> None:
    quote = get(BALANCE).source.quote
    for part in (
        "18个选举单位",
        "36名",
        "综合性别、年龄、工作岗位、代表层级等因素",
        "确定了18名党代表",
    ):
        assert part in quote
    p = CHAOHU.policy().open_day
    assert (p.electoral_units, p.recommended_candidates, p.representatives) == (18, 36, 18)
    assert p.recommended_per_unit is None  # the text gives totals only


@pytest.mark.rule("open_day.representative_balance")
def test_eighteen_of_thirty_six_from_eighteen_units_is_referred_with_the_spread() -> None:
    d = representative_balance(POOL, CHOSEN, on=ON, policy=CHAOHU.policy())
    b = d.value
    assert (d.outcome, b.recommended, b.units, b.chosen, b.violations) == (
        "referred",
        36,
        18,
        18,
        (),
    )
    assert b.by_unit[0] == UnitShare(unit="U01", recommended=2, chosen=1)
    assert all((u.recommended, u.chosen) == (2, 1) for u in b.by_unit)
    assert b.gender == (
        FactorShare(value="female", recommended=12, chosen=6),
        FactorShare(value="male", recommended=24, chosen=12),
    )
    assert [(s.value, s.recommended, s.chosen) for s in b.posts] == [
        ("医院", 7, 4),
        ("基层社区", 8, 4),
        ("学校", 7, 3),
        ("机关", 7, 4),
        ("非公企业", 7, 3),
    ]
    assert [(s.value, s.recommended, s.chosen) for s in b.levels] == [("县", 27, 9), ("市", 9, 9)]
    assert b.chosen_ages == AgeSpread(youngest=30, oldest=64, median=Decimal(47))
    assert b.recommended_ages == AgeSpread(youngest=30, oldest=65, median=Decimal("47.5"))
    assert d.headline.zh == "确定党代表18名:人数和来源符合要求,结构是否均衡提交研究决定"
    zh = [r.zh for r in d.reasons]
    assert zh[0] == "18个选举单位推荐党代表36名,确定18名"
    assert zh[1].startswith("各选举单位:U01(推荐2名,确定1名)、U02(推荐2名,确定1名)")
    assert zh[2] == "性别:女6名(推荐12名)、男12名(推荐24名)"
    assert zh[4] == "代表层级:县9名(推荐27名)、市9名(推荐9名)"
    assert zh[5] == "年龄:确定人选30至64岁,中位数47岁;推荐人选30至65岁,中位数47.5岁"
    assert zh[6] == "未设定每个选举单位推荐人数(open_day.recommended_per_unit),不检查"
    assert zh[-1].startswith("原文要求综合性别、年龄、工作岗位、代表层级等因素确定人选,未规定比例")
    assert d.parameters["open_day.representatives"] == 18


@pytest.mark.rule("open_day.representative_balance")
def test_each_hard_fact_broken_is_a_violation() -> None:
    policy = CHAOHU.policy().override({"open_day.recommended_per_unit": 2})
    pool = POOL[:-3]  # 33 recommended; unit U17 recommended 1, U18 none
    chosen = (*CHOSEN[:16], "X99", "D35")  # one never recommended, one dropped from the pool
    d = representative_balance(pool, chosen, on=ON, policy=policy)
    codes = [(v.code, v.parameter, v.expected, v.actual) for v in d.value.violations]
    assert codes == [
        ("not_recommended", "", "recommended", "D35, X99"),
        ("electoral_units", "open_day.electoral_units", ">= 18", "17"),
        ("recommended_candidates", "open_day.recommended_candidates", ">= 36", "33"),
        ("unit_recommendations", "open_day.recommended_per_unit", "2", "U17: 1"),
    ]
    assert d.outcome == "violations"
    assert d.headline.zh == "确定党代表18名:4处不符合要求"
    zh = [r.zh for r in d.reasons]
    assert "确定的党代表不在推荐人选中:D35、X99" in zh
    assert "推荐党代表的选举单位17,应不少于18" in zh
    assert "推荐的党代表33,应不少于36" in zh
    assert "U17推荐1名,应为2名" in zh
    assert not any(r.startswith("原文要求") for r in zh)


@pytest.mark.rule("open_day.representative_balance")
@pytest.mark.parametrize(("n", "ok"), [(17, False), (18, True), (19, False)])
def test_exactly_eighteen_chosen(n: int, ok: bool) -> None:
    chosen = tuple(d.id for d in POOL[:n])
    d = representative_balance(POOL, chosen, on=ON, policy=CHAOHU.policy())
    assert d.outcome == ("referred" if ok else "violations")
    if not ok:
        (v,) = d.value.violations
        assert (v.code, v.expected, v.actual) == ("representative_count", "18", str(n))
        assert v.zh == f"确定党代表{n}名,应为18名"


@pytest.mark.rule("open_day.representative_balance")
def test_about_a_number_when_the_locality_says_so() -> None:
    policy = CHAOHU.policy().override({"open_day.representatives_approximate": True})
    chosen = tuple(d.id for d in POOL[:20])  # 18 ± 1.8
    (v,) = representative_balance(POOL, chosen, on=ON, policy=policy).value.violations
    assert (v.expected, v.zh) == ("18 ± 1.8", "确定党代表20名,应为18名左右(±1.8)")
    chosen = tuple(d.id for d in POOL[:19])
    assert representative_balance(POOL, chosen, on=ON, policy=policy).outcome == "referred"


@pytest.mark.rule("open_day.representative_balance")
def test_without_requirements_only_the_source_is_checked() -> None:
    d = representative_balance(POOL[:4], ("D01", "D02"), on=ON)
    assert d.outcome == "referred"
    nc = [r.en for r in d.reasons if "not checked" in r.en]
    assert len(nc) == 4
    d = representative_balance(POOL[:4], ("D01", "D09"), on=ON)
    assert [v.code for v in d.value.violations] == ["not_recommended"]
    empty = representative_balance([], [], on=ON)
    assert empty.value.chosen_ages == AgeSpread(youngest=None, oldest=None, median=None)
    assert empty.outcome == "referred"
    # nobody chosen from a pool: the ages of the chosen are shown as none
    d = representative_balance(POOL[:2], [], on=ON)
    assert "确定人选无至无岁,中位数无岁" in " ".join(r.zh for r in d.reasons)


@pytest.mark.rule("open_day.representative_balance")
def test_bad_input() -> None:
    with pytest.raises(RecordError, match="chosen delegate"):
        representative_balance(POOL, ("D01", "D01"), on=ON)
    with pytest.raises(RecordError, match="recommended delegate"):
        representative_balance((POOL[0], POOL[0]), (), on=ON)
    with pytest.raises(TypeError, match="chosen"):
        representative_balance(POOL, [1], on=ON)  # type: ignore[list-item]
    with pytest.raises(ValidationError):
        Delegate(id="D1", unit="U1", gender="female", age=17, post="机关", level="市")


@pytest.mark.rule("open_day.representative_balance")
@given(delegate_pools(), st.data())
def test_the_spread_counts_everyone_once(pool: tuple[Delegate, ...], data: st.DataObject) -> None:
    ids = [d.id for d in pool]
    chosen = data.draw(
        st.lists(st.sampled_from([*ids, "X1", "X2"]), unique=True) if ids else st.just([])
    )
    d = representative_balance(pool, chosen, on=ON, policy=CHAOHU.policy())
    b = d.value
    picked = set(chosen) & set(ids)
    for shares in (b.gender, b.posts, b.levels, b.by_unit):
        assert sum(s.recommended for s in shares) == len(pool)
        assert sum(s.chosen for s in shares) == len(picked)
    assert b.units == len({p.unit for p in pool})
    stray = [i for i in chosen if i not in ids]
    assert ("not_recommended" in [v.code for v in b.violations]) is bool(stray)
    assert d.outcome == ("violations" if b.violations else "referred")
    # the order of the pool does not matter
    shuffled = data.draw(st.permutations(pool))
    assert representative_balance(shuffled, chosen, on=ON, policy=CHAOHU.policy()) == d


# -- site_choice ---------------------------------------------------------------------------

DEMO = tuple(f"S{i + 1:03d}" for i in range(100))
FIVE = ("先进模范村", "先进模范社区", "非公企业党建示范点", "干部教育基地", "人才培训基地")


@pytest.mark.rule("open_day.site_choice")
def test_two_of_a_hundred_chosen_publicly_then_five_fixed() -> None:
    assert get(SITES).source.quote == "在全市100个党建示范点中,由代表公开选定2个作为视察点"
    # read: the representatives chose 2 demonstration sites (say the model village and the
    # enterprise site); the organization fixed 5, adding three places
    demo = (*DEMO[:98], "先进模范村", "非公企业党建示范点")
    c = SiteChoice(
        on=ON,
        demo_sites=demo,
        chosen=("先进模范村", "非公企业党建示范点"),
        chosen_publicly=True,
        final_sites=FIVE,
    )
    d = site_choice(c, policy=CHAOHU.policy())
    assert (d.outcome, d.value.violations) == ("conforms", ())
    assert d.value.kept == ("先进模范村", "非公企业党建示范点")
    assert d.value.added == ("先进模范社区", "干部教育基地", "人才培训基地")
    assert d.value.dropped == ()
    assert [r.zh for r in d.reasons] == [
        "党建示范点100个,代表选定2个:先进模范村、非公企业党建示范点",
        "组织最终确定时增加的视察点:先进模范社区、干部教育基地、人才培训基地",
        "视察点选定符合要求",
    ]
    assert d.headline.zh == "视察点选定:符合要求"
    assert d.parameters == {"open_day.demo_sites": 100, "open_day.sites_chosen": 2}


@pytest.mark.rule("open_day.site_choice")
def test_each_broken_fact_is_a_violation() -> None:
    c = SiteChoice(on=ON, demo_sites=DEMO[:99], chosen=("S001", "S002", "X9"))
    d = site_choice(c, policy=CHAOHU.policy())
    assert [(v.code, v.expected, v.actual) for v in d.value.violations] == [
        ("demo_sites", "100", "99"),
        ("sites_chosen", "2", "3"),
        ("site_not_demo", "demonstration site", "X9"),
        ("not_chosen_publicly", "true", "false"),
    ]
    assert d.outcome == "violations"
    assert d.headline.zh == "视察点选定:4处不符合要求"
    zh = [r.zh for r in d.reasons]
    assert zh[1:5] == [
        "党建示范点99个,应为100个",
        "代表选定视察点3个,应为2个",
        "选定的视察点不是党建示范点:X9",
        "视察点未经代表公开选定",
    ]
    assert zh[5] == "未记录最终确定的视察点"


@pytest.mark.rule("open_day.site_choice")
def test_a_chosen_site_left_out_of_the_final_list_is_referred() -> None:
    c = SiteChoice(
        on=ON,
        demo_sites=DEMO,
        chosen=("S001", "S002"),
        chosen_publicly=True,
        final_sites=("S001", *FIVE),
    )
    d = site_choice(c, policy=CHAOHU.policy())
    assert (d.outcome, d.value.dropped, d.value.kept) == ("referred", ("S002",), ("S001",))
    assert d.headline.zh == "视察点选定:提交研究决定"
    assert (
        d.reasons[-1].zh
        == "代表选定但未列入最终视察点:S002;原文未规定组织可否调整代表的选择,提交研究决定"
    )


@pytest.mark.rule("open_day.site_choice")
def test_without_the_counts_set_only_source_and_publicity_are_checked() -> None:
    c = SiteChoice(on=ON, demo_sites=("S1",), chosen=(), chosen_publicly=True)
    d = site_choice(c)
    assert d.outcome == "conforms"
    assert d.reasons[0].zh == "党建示范点1个,代表选定0个:无"
    assert sum("not checked" in r.en for r in d.reasons) == 2
    with pytest.raises(ValidationError, match="chosen: listed more than once: S1"):
        SiteChoice(on=ON, demo_sites=("S1",), chosen=("S1", "S1"))


@pytest.mark.rule("open_day.site_choice")
@given(site_choices(), st.booleans())
def test_violations_follow_the_facts(c: SiteChoice, chaohu: bool) -> None:
    policy = CHAOHU.policy() if chaohu else Policy.default()
    d = site_choice(c, policy=policy)
    codes = [v.code for v in d.value.violations]
    expected = []
    if chaohu and len(c.demo_sites) != 100:
        expected.append("demo_sites")
    if chaohu and len(c.chosen) != 2:
        expected.append("sites_chosen")
    if any(s not in c.demo_sites for s in c.chosen):
        expected.append("site_not_demo")
    if not c.chosen_publicly:
        expected.append("not_chosen_publicly")
    assert codes == expected
    final = Counter(c.final_sites)
    if c.final_sites:
        assert set(d.value.kept) | set(d.value.dropped) == set(c.chosen)
    else:
        assert d.value.kept == d.value.dropped == ()
    assert set(d.value.added) == {s for s in final if s not in c.chosen}
    if codes:
        assert d.outcome == "violations"
    else:
        assert d.outcome == ("referred" if d.value.dropped else "conforms")

"""Issue 13 (1, 2): what the assessment leaves to the town party committee.

1. A missing monthly sheet never promotes another village: while a unit of the
   town lacks a sheet, the top-N cut and every use with a quota are held and
   referred to the committee, naming the missing sheets.
2. "重要依据" is a basis, not a gate: the uses return the ranking as a
   recommendation; for civil servants the 优秀 grade respects the national share.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgwork.assessment import (
    MonthlySheet,
    annual_totals,
    excellent_grade,
    honours,
    promotion_shortlist,
    reserve_cadre_recommendation,
    salary_eligibility,
)
from orgwork.errors import RecordError
from orgwork.policy import Policy

TOWN = "灵乡镇"
# The best village (一村) lost its June sheet; 五村 is fifth on paper.
VILLAGES = {"一村": 83, "二村": 80, "三村": 79, "四村": 78, "五村": 77, "六村": 70}


def sheets(
    points: dict[str, int], *, kind: str = "village", lost: tuple[str, int] | None = None
) -> list[MonthlySheet]:
    return [
        MonthlySheet(unit=u, town=TOWN, kind=kind, year=2025, month=m, points={"goals": p})  # type: ignore[arg-type]
        for u, p in points.items()
        for m in range(1, 13)
        if (u, m) != lost
    ]


def policy(**values: object) -> Policy:
    return Policy.default().override({f"assessment.{k}": v for k, v in values.items()})


# -- 1. a missing sheet holds the cut ------------------------------------------------------


@pytest.mark.rule("assessment.top_n_salary")
def test_a_lost_sheet_of_the_best_village_gives_its_place_to_nobody() -> None:
    ds = salary_eligibility(annual_totals(sheets(VILLAGES, lost=("一村", 6))))
    by = {d.value.unit: d for d in ds}
    # before issue 13, 五村 (fifth on paper) got the 副科级 salary in 一村's place
    assert by["五村"].outcome == "undecided"
    assert not [u for u, d in by.items() if d.outcome == "eligible"]
    assert by["一村"].outcome == "not_ranked"
    for u in ("二村", "三村", "四村", "五村", "六村"):
        v = by[u].value
        assert (v.status, v.decided_by) == ("undecided", "missing_sheets")
        assert v.missing_sheets == (("一村", (6,)),)
        assert v.rank is not None
        why = " ".join(r.zh for r in by[u].reasons)
        assert "一村缺6月" in why
        assert "镇党委" in why
        assert "lacks month(s) 6" in " ".join(r.en for r in by[u].reasons)
        assert by[u].parameters["assessment.missing_sheet_cuts"] == "hold"


@pytest.mark.rule("assessment.top_n_salary")
def test_rank_others_is_the_former_reading() -> None:
    p = policy(missing_sheet_cuts="rank_others")
    ds = salary_eligibility(annual_totals(sheets(VILLAGES, lost=("一村", 6))), policy=p)
    got = {d.value.unit: d.outcome for d in ds}
    assert got == {
        "一村": "not_ranked",
        "二村": "eligible",
        "三村": "eligible",
        "四村": "eligible",
        "五村": "eligible",
        "六村": "not_eligible",
    }
    assert ds[0].parameters["assessment.missing_sheet_cuts"] == "rank_others"


@pytest.mark.rule("assessment.top_n_salary")
def test_a_complete_town_is_cut_and_records_no_hold_parameter() -> None:
    ds = salary_eligibility(annual_totals(sheets(VILLAGES)))
    assert [d.outcome for d in ds][:5] == ["eligible"] * 4 + ["not_eligible"]
    assert "assessment.missing_sheet_cuts" not in ds[0].parameters


@pytest.mark.rule("assessment.top_n_salary")
def test_only_the_town_with_the_gap_is_held() -> None:
    other = [
        s.model_copy(update={"town": "石桥镇", "unit": "石" + s.unit}) for s in sheets(VILLAGES)
    ]
    ds = salary_eligibility(annual_totals(sheets(VILLAGES, lost=("三村", 2)) + other))
    held = {d.value.town for d in ds if d.value.decided_by == "missing_sheets"}
    assert held == {TOWN}
    assert sum(d.outcome == "eligible" for d in ds if d.value.town == "石桥镇") == 4


@pytest.mark.rule("assessment.honours")
def test_a_quota_is_held_while_a_sheet_is_missing_but_a_score_line_is_not() -> None:
    totals = annual_totals(sheets(VILLAGES, lost=("一村", 6)))
    held = honours(totals, policy=policy(honours_quota=2))
    ranked = [d for d in held if d.value.rank is not None]
    assert {d.outcome for d in ranked} == {"undecided"}
    assert {d.value.decided_by for d in ranked} == {"missing_sheets"}
    assert all("暂缓" in d.headline.zh for d in ranked)
    assert all("一村缺6月" in " ".join(r.zh for r in d.reasons) for d in ranked)
    line = honours(totals, policy=policy(honours_min_points=948))
    assert {d.value.unit for d in line if d.outcome == "qualifies"} == {"二村", "三村"}
    assert "assessment.missing_sheet_cuts" not in line[0].parameters


# -- 2. a basis, not a gate ---------------------------------------------------------------

CADRES = {"张三": 83, "李四": 80, "王五": 79, "赵六": 78, "钱七": 77}
USES = [
    (honours, VILLAGES, "village", "honours"),
    (promotion_shortlist, CADRES, "cadre", "promotion"),
    (reserve_cadre_recommendation, CADRES, "cadre", "reserve_cadres"),
    (excellent_grade, CADRES, "cadre", "excellent_grade"),
]


@pytest.mark.rule("assessment.honours")
@pytest.mark.rule("assessment.promotion_basis")
@pytest.mark.rule("assessment.reserve_cadres")
@pytest.mark.rule("assessment.excellent_grade")
@pytest.mark.parametrize(("fn", "units", "kind", "use"), USES)
def test_the_ranking_is_a_recommendation_nobody_is_told_they_fail(
    fn: object, units: dict[str, int], kind: str, use: str
) -> None:
    totals = annual_totals(sheets(units, kind=kind))
    ds = fn(totals, policy=policy(**{f"{use}_quota": 2}))  # type: ignore[operator]
    listed = [d for d in ds if d.outcome == "qualifies"]
    left = [d for d in ds if d.outcome == "does_not_qualify"]
    assert len(listed) == 2
    assert left
    for d in ds:
        text = d.headline.zh + "".join(r.zh for r in d.reasons)
        assert "不符合" not in text
        assert "条件" not in d.headline.zh
        assert "does not qualify" not in d.headline.en
        assert "镇党委" in text
    assert all("列入" in d.headline.zh and "推荐名单" in d.headline.zh for d in listed)
    assert all("未列入" in d.headline.zh for d in left)
    assert all("重要依据" in d.reasons[0].zh for d in ds)


CIVIL = ["张三", "李四", "王五", "赵六", "钱七"]


@pytest.mark.rule("assessment.excellent_grade")
def test_a_sixty_percent_share_cannot_grade_more_civil_servants_than_the_national_cap() -> None:
    totals = annual_totals(sheets(CADRES, kind="cadre"))
    p = policy(excellent_grade_share="0.6")  # 3 of 5: accepted before issue 13
    ds = excellent_grade(totals, civil_servants=CIVIL, policy=p)
    got = {d.value.unit: (d.outcome, d.value.decided_by) for d in ds}
    assert got["张三"] == ("qualifies", "rank")  # floor(20% of 5) = 1
    assert got["李四"] == got["王五"] == ("does_not_qualify", "national_cap")
    assert got["赵六"] == got["钱七"] == ("does_not_qualify", "rank")
    d = ds[1]
    assert d.value.civil_servant
    assert d.value.national_places == 1
    assert str(d.parameters["assessment.civil_servant_excellent_share"]) == "0.20"
    why = " ".join(r.zh for r in d.reasons)
    assert "公务员考核规定" in why
    assert "20%" in why
    assert "超出比例" in why
    assert "不符合" not in why + d.headline.zh


@pytest.mark.rule("assessment.excellent_grade")
def test_the_cap_counts_only_the_civil_servants_and_a_tie_at_its_limit_is_referred() -> None:
    units = {**CADRES, "孙八": 83}  # tied with 张三 at the top
    totals = annual_totals(sheets(units, kind="cadre"))
    p = policy(excellent_grade_share="0.6")
    # six civil servants: floor(1.2) = 1 place, and 张三 and 孙八 tie for it
    ds = excellent_grade(totals, civil_servants=[*CIVIL, "孙八"], policy=p)
    got = {d.value.unit: d.outcome for d in ds}
    assert got["张三"] == got["孙八"] == "undecided"
    assert got["李四"] == "does_not_qualify"
    # only two named civil servants: the others follow the local share alone
    ds = excellent_grade(totals, civil_servants=["李四", "王五"], policy=p)
    got = {d.value.unit: d.outcome for d in ds}
    assert got["张三"] == got["孙八"] == "qualifies"  # not civil servants: the local 60%
    assert got["李四"] == got["王五"] == "does_not_qualify"  # floor(20% of 2) = 0
    assert not next(d for d in ds if d.value.unit == "张三").value.civil_servant


@pytest.mark.rule("assessment.excellent_grade")
def test_without_named_civil_servants_the_local_share_stands() -> None:
    totals = annual_totals(sheets(CADRES, kind="cadre"))
    ds = excellent_grade(totals, policy=policy(excellent_grade_share="0.6"))
    assert sum(d.outcome == "qualifies" for d in ds) == 3
    assert "assessment.civil_servant_excellent_share" not in ds[0].parameters


@pytest.mark.rule("assessment.excellent_grade")
def test_the_cap_is_dated_and_names_no_unknown_cadre() -> None:
    old = [s.model_copy(update={"year": 2006}) for s in sheets(CADRES, kind="cadre")]
    ds = excellent_grade(
        annual_totals(old), civil_servants=CIVIL, policy=policy(excellent_grade_share="0.6")
    )
    assert sum(d.outcome == "qualifies" for d in ds) == 3  # before the 2007 rules: not checked
    with pytest.raises(RecordError, match="not cadres"):
        excellent_grade(
            annual_totals(sheets(CADRES, kind="cadre")),
            civil_servants=["某人"],
            policy=policy(excellent_grade_quota=1),
        )


def test_the_national_share_is_a_dated_national_parameter_citing_its_source() -> None:
    info = {p.path: p for p in Policy.default().parameters()}
    share = info["assessment.civil_servant_excellent_share"]
    since = info["assessment.civil_servant_excellent_share_since"]
    assert (share.kind, share.default) == ("national", Decimal("0.20"))
    assert "公务员考核规定" in share.source
    assert "bjdnbx.com" in share.source
    assert since.kind == "national"
    hold = info["assessment.missing_sheet_cuts"]
    assert (hold.kind, hold.default) == ("local", "hold")
    assert hold.text is not None
    assert "前四名" in hold.text

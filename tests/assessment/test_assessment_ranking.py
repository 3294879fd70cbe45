"""Rankings and the top-four salary rule: a town of twelve villages with a tie at fourth place."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork import strategies as ows
from orgwork.assessment import (
    AnnualTotal,
    MonthlySheet,
    PointAdjustment,
    PointScheme,
    Ranking,
    SalaryEligibility,
    SchemeItem,
    TiePolicy,
    annual_totals,
    rank,
    salary_eligibility,
)
from orgwork.decision import Decision, Text
from orgwork.errors import MissingParameterError, PolicyError, RecordError
from orgwork.policy import Policy

TOWN = "灵乡镇"
SCHEME = PointScheme(
    code="lingxiang",
    name=Text(zh="灵乡镇村级千分制", en="Lingxiang village thousand-point scheme"),
    kind="thousand_point",
    total=1000,
    items=(
        SchemeItem(code="party", name=Text(zh="党建工作", en="Party building"), maximum=300),
        SchemeItem(code="economy", name=Text(zh="经济发展", en="Economy"), maximum=300),
        SchemeItem(code="livelihood", name=Text(zh="民生服务", en="Livelihood"), maximum=200),
        SchemeItem(
            code="care",
            name=Text(zh="老党员关怀帮扶", en="Care for elderly members"),
            category="党员关怀",
            maximum=120,
        ),
        SchemeItem(code="stability", name=Text(zh="平安稳定", en="Stability"), maximum=80),
    ),
)

# Monthly points per item (party, economy, livelihood, care, stability), the same each month.
VILLAGES: dict[str, tuple[int, int, int, int, int]] = {
    "朱家村": (25, 25, 16, 10, 6),  # 82 a month: 984
    "石家村": (25, 24, 16, 10, 6),  # 972
    "刘家村": (24, 24, 16, 10, 6),  # 960
    "胡家村": (24, 24, 15, 10, 6),  # 948, care 120
    "王家村": (24, 25, 15, 9, 6),  # 948, care 108, economy 300: tied with 胡家村 at 4th
    "李家村": (24, 24, 15, 9, 6),  # 936
    "陈家村": (23, 24, 15, 9, 6),  # 924
    "张家村": (23, 23, 15, 9, 6),  # 912
    "黄家村": (23, 23, 14, 9, 6),  # 900
    "周家村": (22, 23, 14, 9, 6),  # 888
    "吴家村": (22, 22, 14, 9, 6),  # 876
}
INCOMPLETE = "徐家村"  # the best village on paper, but December is not scored


def town_sheets() -> list[MonthlySheet]:
    sheets = []
    codes = SCHEME.codes
    for unit, pts in VILLAGES.items():
        for m in range(1, 13):
            sheets.append(
                MonthlySheet(
                    unit=unit,
                    town=TOWN,
                    year=2025,
                    month=m,
                    points=dict(zip(codes, pts, strict=True)),
                )
            )
    for m in range(1, 12):
        sheets.append(
            MonthlySheet(
                unit=INCOMPLETE,
                town=TOWN,
                year=2025,
                month=m,
                points=dict(zip(codes, (25, 25, 16, 10, 6), strict=True)),
            )
        )
    return sheets


#: The tie cases below keep the incomplete village beside the tie. Since issue 13 a missing
#: sheet holds the whole cut by default (tests/assessment/test_assessment_committee.py); these
#: cases are about ties, so they rank the others as before (assessment.missing_sheet_cuts).
OTHERS = Policy.default().override({"assessment.missing_sheet_cuts": "rank_others"})


def salary(
    policy: Policy | None = None, adjustments: list[PointAdjustment] | None = None
) -> dict[str, str]:
    policy = policy or OTHERS
    totals = annual_totals(town_sheets(), SCHEME, adjustments=adjustments or [], policy=policy)
    return {d.value.unit: d.outcome for d in salary_eligibility(totals, policy=policy)}


def with_status(result: dict[str, str], status: str) -> set[str]:
    return {u for u, s in result.items() if s == status}


def tie(**values: Any) -> Policy:
    return OTHERS.override({f"assessment.{k}": v for k, v in values.items()})


TOP3 = {"朱家村", "石家村", "刘家村"}
TIED = {"胡家村", "王家村"}


@pytest.mark.rule("assessment.rank")
def test_twelve_villages_ranked_with_competition_ranks() -> None:
    ds = rank(annual_totals(town_sheets(), SCHEME))
    ranks = {d.value.unit: d.value.rank for d in ds}
    assert ranks["朱家村"] == 1
    assert ranks["胡家村"] == ranks["王家村"] == 4
    assert ranks["李家村"] == 6  # "1224": the rank after a tie skips
    assert ranks[INCOMPLETE] is None
    assert len(ds) == 12
    assert [d.value.unit for d in ds][3:5] == sorted(TIED)  # within a rank, by id: display only
    last = ds[-1]
    assert last.value.unit == INCOMPLETE
    assert last.outcome == "not_ranked"
    assert last.value.missing_months == (12,)
    four = next(d for d in ds if d.value.unit == "胡家村")
    assert four.value.tied_with == ("王家村",)
    assert four.value.ranked_units == 11
    assert "并列" in four.headline.zh


@pytest.mark.rule("assessment.top_n_salary")
def test_tie_at_fourth_is_referred_to_the_town_party_committee_by_default() -> None:
    result = salary()
    assert with_status(result, "eligible") == TOP3
    assert with_status(result, "undecided") == TIED
    assert with_status(result, "not_ranked") == {INCOMPLETE}
    assert len(with_status(result, "not_eligible")) == 6
    ds = salary_eligibility(annual_totals(town_sheets(), SCHEME), policy=OTHERS)
    d = next(d for d in ds if d.value.unit == "胡家村")
    assert d.value.tied_units == tuple(sorted(TIED))
    assert d.value.tie_policy is TiePolicy.REFER
    assert "镇党委" in d.headline.zh
    assert d.parameters == {
        "assessment.salary_top_n": 4,
        "assessment.tie_policy": "refer",
        "assessment.missing_sheet_cuts": "rank_others",
    }


@pytest.mark.rule("assessment.top_n_salary")
def test_tie_at_fourth_include_all_admits_five() -> None:
    result = salary(tie(tie_policy="include_all"))
    assert with_status(result, "eligible") == TOP3 | TIED


@pytest.mark.rule("assessment.top_n_salary")
def test_tie_at_fourth_exclude_all_admits_three() -> None:
    result = salary(tie(tie_policy="exclude_all"))
    assert with_status(result, "eligible") == TOP3
    assert with_status(result, "not_eligible") >= TIED


@pytest.mark.rule("assessment.top_n_salary")
@pytest.mark.parametrize(
    ("keys", "winner"),
    [
        (["care"], "胡家村"),
        (["党员关怀"], "胡家村"),
        (["economy"], "王家村"),
        (["party", "care"], "胡家村"),
    ],
)
def test_tie_at_fourth_broken_by_named_secondary_keys(keys: list[str], winner: str) -> None:
    result = salary(tie(tie_policy="secondary_keys", tie_secondary_keys=keys))
    assert with_status(result, "eligible") == TOP3 | {winner}
    assert with_status(result, "undecided") == set()
    ds = salary_eligibility(
        annual_totals(town_sheets(), SCHEME),
        policy=tie(tie_policy="secondary_keys", tie_secondary_keys=keys),
    )
    d = next(d for d in ds if d.value.unit == winner)
    assert d.value.decided_by == "secondary_keys"
    assert d.parameters["assessment.tie_secondary_keys"] == tuple(keys)


@pytest.mark.rule("assessment.top_n_salary")
@pytest.mark.parametrize(
    ("still", "eligible", "undecided"),
    [
        ("refer", TOP3, TIED),
        ("include_all", TOP3 | TIED, set()),
        ("exclude_all", TOP3, set()),
    ],
)
def test_still_tied_after_secondary_keys(
    still: str, eligible: set[str], undecided: set[str]
) -> None:
    p = tie(
        tie_policy="secondary_keys", tie_secondary_keys=["party", "stability"], tie_still_tied=still
    )
    result = salary(p)
    assert with_status(result, "eligible") == eligible
    assert with_status(result, "undecided") == undecided


@pytest.mark.rule("assessment.top_n_salary")
def test_a_care_deduction_breaks_the_tie() -> None:
    # 胡家村 missed the 七一 visit to its elderly members: 5 points off in July.
    missed = PointAdjustment(
        unit="胡家村",
        year=2025,
        month=7,
        points=-5,
        item="care",
        rule="care.festival_visit",
        reason=Text(zh="七一未入户慰问老党员", en="No 七一 home visit"),
    )
    result = salary(adjustments=[missed])
    assert with_status(result, "eligible") == TOP3 | {"王家村"}
    assert result["胡家村"] == "not_eligible"


@pytest.mark.rule("assessment.top_n_salary")
def test_secondary_keys_without_keys_is_a_missing_parameter() -> None:
    with pytest.raises(MissingParameterError) as info:
        salary(tie(tie_policy="secondary_keys"))
    assert info.value.parameter == "assessment.tie_secondary_keys"


@pytest.mark.rule("assessment.top_n_salary")
def test_unknown_secondary_key_is_a_policy_error() -> None:
    with pytest.raises(PolicyError, match="'nope' is neither"):
        salary(tie(tie_policy="secondary_keys", tie_secondary_keys=["nope"]))


@pytest.mark.rule("assessment.top_n_salary")
def test_three_way_tie_across_fourth_place() -> None:
    pts = {"A": 83, "B": 82, "C": 81, "D": 81, "E": 81, "F": 70}
    sheets = [
        MonthlySheet(unit=u, town=TOWN, year=2025, month=m, points={"goals": p})
        for u, p in pts.items()
        for m in range(1, 13)
    ]
    ds = salary_eligibility(annual_totals(sheets))
    out = {d.value.unit: (d.value.rank, d.outcome) for d in ds}
    assert out["C"] == out["D"] == out["E"] == (3, "undecided")
    assert out["F"] == (6, "not_eligible")


@pytest.mark.rule("assessment.top_n_salary")
def test_fewer_villages_than_places_all_qualify_and_a_tie_above_the_cut_is_no_tie() -> None:
    pts = {"A": 83, "B": 83, "C": 80}
    sheets = [
        MonthlySheet(unit=u, town=TOWN, year=2025, month=m, points={"goals": p})
        for u, p in pts.items()
        for m in range(1, 13)
    ]
    ds = salary_eligibility(annual_totals(sheets))
    assert {d.outcome for d in ds} == {"eligible"}
    assert all(d.value.decided_by == "rank" for d in ds)


@pytest.mark.rule("assessment.top_n_salary")
def test_towns_are_ranked_separately_and_n_is_a_parameter() -> None:
    sheets = [
        MonthlySheet(unit=f"{t}{i}", town=t, year=2025, month=m, points={"goals": 80 - i})
        for t in ("甲镇", "乙镇")
        for i in range(6)
        for m in range(1, 13)
    ]
    ds = salary_eligibility(annual_totals(sheets), policy=tie(salary_top_n=2))
    by_town = Counter(d.value.town for d in ds if d.outcome == "eligible")
    assert by_town == {"甲镇": 2, "乙镇": 2}
    assert ds[0].parameters["assessment.salary_top_n"] == 2


@pytest.mark.rule("assessment.top_n_salary")
def test_salary_is_for_villages_only() -> None:
    sheets = [
        MonthlySheet(unit="张三", town=TOWN, kind="cadre", year=2025, month=m, points={"goals": 80})
        for m in range(1, 13)
    ]
    with pytest.raises(RecordError, match="cadres: 张三"):
        salary_eligibility(annual_totals(sheets))


@pytest.mark.rule("assessment.rank")
def test_a_unit_twice_is_an_error_and_empty_input_is_empty() -> None:
    totals = annual_totals(town_sheets(), SCHEME)
    with pytest.raises(RecordError, match="more than one annual total"):
        rank([*totals, totals[0]])
    assert rank([]) == ()
    assert salary_eligibility([]) == ()


@pytest.mark.rule("assessment.rank")
def test_decisions_round_trip_json() -> None:
    totals = annual_totals(town_sheets(), SCHEME)
    for d in rank(totals):
        assert Decision[Ranking].model_validate_json(d.to_json()) == d
    for s in salary_eligibility(totals):
        assert Decision[SalaryEligibility].model_validate_json(s.to_json()) == s


# -- properties ----------------------------------------------------------------------------


def _town_data(
    data: st.DataObject,
) -> tuple[PointScheme, Policy, tuple[Decision[AnnualTotal], ...]]:
    scheme = data.draw(ows.point_schemes(max_items=3))
    policy = data.draw(ows.assessment_policies(scheme))
    method = scheme.in_force(policy, year=2025).aggregation
    sheets = data.draw(ows.score_years(scheme, method=method, max_towns=2, max_units=9))
    return scheme, policy, annual_totals(sheets, scheme, policy=policy)


@pytest.mark.rule("assessment.rank")
@given(st.data())
def test_rank_is_one_plus_the_number_scoring_more(data: st.DataObject) -> None:
    _, _, totals = _town_data(data)
    for d in rank(totals):
        mates = [t.value for t in totals if t.value.town == d.value.town and t.value.rankable]
        if d.outcome == "ranked":
            assert d.value.rank == 1 + sum(t.points > d.value.points for t in mates)
        else:
            assert d.value.rank is None


@pytest.mark.rule("assessment.rank")
@pytest.mark.rule("assessment.top_n_salary")
@given(st.data())
def test_results_do_not_depend_on_input_order(data: st.DataObject) -> None:
    _, policy, totals = _town_data(data)
    shuffled = list(totals)
    random.Random(data.draw(st.integers(0, 2**16))).shuffle(shuffled)
    assert rank(shuffled) == rank(totals)
    assert salary_eligibility(shuffled, policy=policy) == salary_eligibility(totals, policy=policy)


@pytest.mark.rule("assessment.rank")
@given(st.data())
def test_adding_points_to_one_unit_never_lowers_its_rank(data: st.DataObject) -> None:
    scheme, policy, _totals = _town_data(data)
    sheets = data.draw(
        ows.score_years(scheme, method=scheme.in_force(policy, year=2025).aggregation, max_towns=1)
    )
    before = {
        d.value.unit: d.value.rank for d in rank(annual_totals(sheets, scheme, policy=policy))
    }
    unit = data.draw(st.sampled_from(sorted(before)))
    extra = PointAdjustment(
        unit=unit,
        year=2025,
        month=data.draw(st.integers(1, 12)),
        points=data.draw(st.integers(1, 200)),
        rule="assessment.annual_total",
        reason=Text(zh="加分", en="addition"),
    )
    after = {
        d.value.unit: d.value.rank
        for d in rank(annual_totals(sheets, scheme, adjustments=[extra], policy=policy))
    }
    if before[unit] is not None:
        assert after[unit] is not None
        assert after[unit] <= before[unit]


@pytest.mark.rule("assessment.top_n_salary")
@given(st.data())
def test_cut_properties(data: st.DataObject) -> None:
    _, policy, totals = _town_data(data)
    a = policy.assessment
    n = a.salary_top_n
    ds = salary_eligibility(totals, policy=policy)
    includes_ties = a.tie_policy is TiePolicy.INCLUDE_ALL or (
        a.tie_policy is TiePolicy.SECONDARY_KEYS and a.tie_still_tied == "include_all"
    )
    for town in {d.value.town for d in ds}:
        mine = [d.value for d in ds if d.value.town == town]
        eligible = [v for v in mine if v.status == "eligible"]
        if not includes_ties:
            assert len(eligible) <= n
        ranked = [v for v in mine if v.rank is not None]
        undecided = [v for v in mine if v.status == "undecided"]
        if a.tie_policy is TiePolicy.REFER:
            assert len(eligible) + len(undecided) >= min(n, len(ranked))
        for v in eligible:
            assert v.rank is not None
            assert v.rank <= n
            # anyone with more points is in too
            assert all(w.status == "eligible" for w in ranked if w.points > v.points)
        if a.tie_policy is not TiePolicy.SECONDARY_KEYS:
            # never picked silently: equal points, equal fate
            for v in ranked:
                assert {w.status for w in ranked if w.points == v.points} == {v.status}
        for v in mine:
            assert (v.status == "not_ranked") == (v.rank is None)


@pytest.mark.rule("assessment.annual_total")
@pytest.mark.rule("assessment.rank")
@pytest.mark.rule("assessment.top_n_salary")
@pytest.mark.rule("assessment.honours")
def test_two_years_give_one_decision_per_unit_and_year() -> None:
    from orgwork.assessment import honours

    sheets = [
        MonthlySheet(unit=u, town=TOWN, year=y, month=m, points={"goals": p})
        for y in (2024, 2025)
        for u, p in (("V1", 80), ("V2", 70))
        for m in range(1, 13)
    ]
    totals = annual_totals(sheets)
    quota = Policy.default().override({"assessment.honours_quota": 1})
    for ds in (totals, rank(totals), salary_eligibility(totals), honours(totals, policy=quota)):
        assert [d.subject for d in ds] == ["V1:2024", "V2:2024", "V1:2025", "V2:2025"]
        assert all(d.subject == f"{d.value.unit}:{d.value.year}" for d in ds)


@pytest.mark.rule("assessment.rank")
def test_rank_reads_no_policy_and_records_no_parameter() -> None:
    import inspect

    from orgwork.rules import catalogue

    assert "policy" not in inspect.signature(rank).parameters
    (entry,) = [r for r in catalogue() if r.id == "assessment.rank"]
    assert entry.parameters == ()
    assert "reads no policy parameter" in (rank.__doc__ or "")
    assert all(d.parameters == {} for d in rank(annual_totals(town_sheets(), SCHEME)))


@pytest.mark.rule("assessment.rank")
@pytest.mark.rule("assessment.top_n_salary")
def test_anything_but_annual_totals_is_a_record_error() -> None:
    not_a_total = Decision[bool](
        rule="local.x", outcome="o", value=True, headline=Text(zh="甲", en="a")
    )
    for bad in ("朱家村", [not_a_total], ["朱家村"], 5):
        with pytest.raises(RecordError, match="annual totals"):
            rank(bad)  # type: ignore[arg-type]
        with pytest.raises(RecordError, match="annual totals"):
            salary_eligibility(bad)  # type: ignore[arg-type]


def _tied_town(n: int) -> list[MonthlySheet]:
    return [
        MonthlySheet(unit=f"V{i:03d}", town=TOWN, year=2025, month=m, points={"goals": 80})
        for i in range(n)
        for m in range(1, 13)
    ]


@pytest.mark.rule("assessment.rank")
@pytest.mark.rule("assessment.top_n_salary")
def test_a_large_tie_is_summarised_in_texts_and_kept_whole_in_values() -> None:
    """Issue 14: a tie of thousands put every name in every decision's text (O(n²))."""
    totals = annual_totals(_tied_town(12))
    ranks = rank(totals)
    first = ranks[0]
    assert first.value.tied_with == tuple(f"V{i:03d}" for i in range(1, 12))
    assert first.headline.en.endswith(
        "tied with V001, V002, V003, V004, V005 and 6 more (11 units in all)"
    )
    assert "V001、V002、V003、V004、V005等11个单位(另6个未列出)" in first.headline.zh
    assert "V006" not in first.headline.en + first.headline.zh
    # every unit's own tuple of the others, in order, without itself
    for d in ranks:
        assert d.value.unit not in d.value.tied_with
        assert len(d.value.tied_with) == 11
    cut = salary_eligibility(totals, policy=OTHERS)
    assert {d.value.status for d in cut} == {"undecided"}
    reason = next(r for r in cut[0].reasons if "equal points" in r.en)
    assert reason.en.startswith("V000, V001, V002, V003, V004 and 7 more (12 units in all)")
    assert cut[0].value.tied_units == tuple(f"V{i:03d}" for i in range(12))


@pytest.mark.rule("assessment.rank")
def test_a_tie_of_five_is_listed_in_full() -> None:
    ranks = rank(annual_totals(_tied_town(6)))
    assert ranks[0].headline.en.endswith("tied with V001, V002, V003, V004, V005")

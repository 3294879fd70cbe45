"""Annual totals: monthly sheets added up (or averaged), adjustments applied within bounds."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork import strategies as ows
from orgwork.assessment import (
    HUNDRED_POINT,
    AnnualTotal,
    MonthlySheet,
    PointAdjustment,
    PointScheme,
    SchemeItem,
    annual_totals,
    excellent_grade,
    honours,
    promotion_shortlist,
    rank,
    reserve_cadre_recommendation,
    salary_eligibility,
)
from orgwork.decision import Decision, Text
from orgwork.errors import PolicyError, RecordError
from orgwork.policy import Policy
from orgwork.policy.assessment import USES

pytestmark = pytest.mark.rule("assessment.annual_total")

TOWN = "灵乡镇"

# A town's own 千分制: the year's goals in five parts (the seed says 若干部分) with
# the care of elderly members among them (老党员走访慰问和帮扶救助情况纳入干部千分制考核内容).
TOWN_SCHEME = PointScheme(
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
            category="党建",
            maximum=120,
            monthly=(10,) * 12,
        ),
        SchemeItem(code="stability", name=Text(zh="平安稳定", en="Stability"), maximum=80),
    ),
)


def sheet(unit: str, month: int, **points: object) -> MonthlySheet:
    return MonthlySheet(unit=unit, town=TOWN, year=2025, month=month, points=points)  # type: ignore[arg-type]


def year_of(
    unit: str, months: range | list[int] = range(1, 13), **points: object
) -> list[MonthlySheet]:
    return [sheet(unit, m, **points) for m in months]


def care(unit: str, month: int, points: str, item: str | None = None) -> PointAdjustment:
    return PointAdjustment(
        unit=unit,
        year=2025,
        month=month,
        points=points,
        item=item,
        rule="care.festival_visit",
        reason=Text(zh="七一未入户慰问老党员", en="No 七一 home visit to elderly members"),
    )


def only(decisions: tuple[Decision[AnnualTotal], ...]) -> Decision[AnnualTotal]:
    assert len(decisions) == 1
    return decisions[0]


def test_twelve_monthly_scores_add_up_to_the_year() -> None:
    d = only(annual_totals(year_of("朱家村", goals=82)))
    assert d.value.points == Decimal(984)
    assert d.outcome == "complete"
    assert d.value.rankable
    assert d.value.months_scored == tuple(range(1, 13))
    assert d.parameters["assessment.thousand_point_aggregation"] == "sum"
    assert d.parameters["assessment.thousand_point_total"] == 1000
    assert "984" in d.headline.zh


def test_town_scheme_items_and_categories_add_up() -> None:
    d = only(
        annual_totals(
            year_of("朱家村", party=24, economy="22.5", livelihood=15, care=10, stability=6),
            TOWN_SCHEME,
        )
    )
    assert d.value.item_points == {
        "party": 288,
        "economy": 270,
        "livelihood": 180,
        "care": 120,
        "stability": 72,
    }
    assert d.value.points == Decimal(930)
    assert d.value.category_points == {"党建": 120}


def test_a_missed_care_duty_costs_points_and_cites_its_rule() -> None:
    d = only(annual_totals(year_of("朱家村", goals=82), adjustments=[care("朱家村", 7, "-5")]))
    assert d.value.points == Decimal(979)
    assert d.value.adjustments == Decimal(-5)
    assert d.value.not_applied == 0
    assert "care.festival_visit" in d.rules
    assert any("七一未入户慰问老党员" in r.zh and "扣5分" in r.zh for r in d.reasons)


def test_item_deduction_stops_at_zero_and_records_the_rest() -> None:
    sheets = year_of("朱家村", party=24, economy=24, livelihood=15, care=10, stability=6)
    sheets[6] = sheet("朱家村", 7, party=24, economy=24, livelihood=15, care=2, stability=6)
    d = only(annual_totals(sheets, TOWN_SCHEME, adjustments=[care("朱家村", 7, "-5", "care")]))
    assert d.value.item_points["care"] == Decimal(110)  # July: 2 - 5 -> 0, not -3
    assert d.value.not_applied == Decimal(-3)
    assert any("未计入" in r.zh for r in d.reasons)


def test_item_addition_stops_at_the_months_allocation() -> None:
    sheets = year_of("朱家村", party=24, economy=24, livelihood=15, care=8, stability=6)
    d = only(annual_totals(sheets, TOWN_SCHEME, adjustments=[care("朱家村", 3, "5", "care")]))
    assert d.value.item_points["care"] == Decimal(98)  # March: 8 + 5 -> 10 (its allocation)
    assert d.value.not_applied == Decimal(3)


def test_total_never_exceeds_the_scheme_total_nor_goes_below_zero() -> None:
    up = only(annual_totals(year_of("A", goals=83), adjustments=[care("A", 1, "100")]))
    assert up.value.points == 1000
    assert up.value.not_applied == Decimal(96)
    down = only(annual_totals(year_of("B", goals=1), adjustments=[care("B", 1, "-50")]))
    assert down.value.points == 0
    assert down.value.not_applied == Decimal(-38)


def test_overflow_can_be_rejected_instead() -> None:
    p = Policy.default().override({"assessment.adjustment_overflow": "reject"})
    with pytest.raises(RecordError, match="adjustment_overflow"):
        annual_totals(year_of("B", goals=1), adjustments=[care("B", 1, "-50")], policy=p)
    ok = only(annual_totals(year_of("B", goals=10), adjustments=[care("B", 1, "-50")], policy=p))
    assert ok.value.points == 70


def test_incomplete_year_is_not_ranked_and_names_the_missing_months() -> None:
    d = only(
        annual_totals(year_of("石家村", [m for m in range(1, 13) if m not in (7, 8)], goals=80))
    )
    assert d.outcome == "incomplete"
    assert not d.value.rankable
    assert d.value.missing_months == (7, 8)
    assert d.value.points == 800  # shown with the missing months scoring nothing
    assert "7、8月" in d.headline.zh
    assert "not ranked" in d.headline.en


def test_missing_months_can_score_zero_instead() -> None:
    p = Policy.default().override({"assessment.missing_months": "zero"})
    d = only(annual_totals(year_of("石家村", range(1, 11), goals=80), policy=p))
    assert d.value.rankable
    assert d.value.points == 800
    assert d.parameters["assessment.missing_months"] == "zero"


def test_scored_months_can_start_mid_year() -> None:
    p = Policy.default().override({"assessment.scored_months": list(range(7, 13))})
    d = only(annual_totals(year_of("新村", range(7, 13), goals=80), policy=p))
    assert d.outcome == "complete"
    with pytest.raises(RecordError, match="not a scored month"):
        annual_totals(year_of("新村", range(1, 13), goals=80), policy=p)


def test_mean_of_monthly_totals_rounds_half_up_exactly() -> None:
    p = Policy.default().override({"assessment.thousand_point_aggregation": "mean"})
    sheets = [*year_of("A", range(1, 12), goals=1000), sheet("A", 12, goals="999.99")]
    d = only(annual_totals(sheets, policy=p))
    assert d.value.points == Decimal(1000)  # 11999.99 / 12 = 999.99916... -> 1000.00
    tiny = [*year_of("B", range(1, 12), goals=0), sheet("B", 12, goals="0.06")]
    assert only(annual_totals(tiny, policy=p)).value.points == Decimal("0.01")  # 0.005 -> 0.01
    tinier = [*year_of("C", range(1, 12), goals=0), sheet("C", 12, goals="0.05")]
    assert only(annual_totals(tinier, policy=p)).value.points == 0  # 0.00416 -> 0.00


def test_hundred_point_scheme_of_003() -> None:
    p = Policy.default().override(
        {
            "assessment.hundred_point_shares": {
                "daily": 25,
                "key": 25,
                "common": 25,
                "individual": 25,
            }
        }
    )
    d = only(
        annual_totals(
            year_of("组织科", daily=20, key="20.8", common=20, individual=10),
            HUNDRED_POINT,
            policy=p,
        )
    )
    assert d.value.points == Decimal("70.8")  # each month scored out of 100; the year their mean
    assert d.value.category_points["重点工作"] == Decimal("249.6")  # added over the months
    assert d.parameters["assessment.hundred_point_total"] == 100


@pytest.mark.parametrize(
    ("sheets", "adjustments", "message"),
    [
        (year_of("A", goals=84), [], "scored 1008 over the year, above its maximum 1000"),
        ([*year_of("A", goals=80), sheet("A", 3, goals=80)], [], "month 3 has 2 sheets"),
        (year_of("A", goals=80, other=1), [], "unknown items other"),
        ([sheet("A", m, party=1) for m in range(1, 13)], [], "no points for items"),
        (year_of("A", goals=80), [care("B", 7, "-5")], "B 2025: an adjustment names a unit"),
        (year_of("A", goals=80), [care("A", 7, "-5", "nope")], "unknown item nope"),
        (
            [
                *year_of("A", goals=80),
                MonthlySheet(unit="A", town="别镇", year=2025, month=1, points={"goals": 1}),
            ],
            [],
            "more than one town",
        ),
    ],
)
def test_bad_data_is_a_record_error_listing_every_problem(
    sheets: list[MonthlySheet], adjustments: list[PointAdjustment], message: str
) -> None:
    with pytest.raises(RecordError, match=message):
        annual_totals(sheets, adjustments=adjustments)


def test_points_above_a_months_allocation_are_an_error() -> None:
    sheets = year_of("A", party=24, economy=24, livelihood=15, care=10, stability=6)
    sheets[0] = sheet("A", 1, party=24, economy=24, livelihood=15, care=11, stability=6)
    with pytest.raises(RecordError, match="care scored 11, above its maximum 10 for the month"):
        annual_totals(sheets, TOWN_SCHEME)


def test_scheme_total_must_match_the_policy_total() -> None:
    p = Policy.default().override({"assessment.thousand_point_total": 900})
    with pytest.raises(RecordError, match="thousand_point_total is 900"):
        annual_totals(year_of("A", goals=80), policy=p)


def test_empty_input_gives_no_decisions() -> None:
    assert annual_totals([]) == ()


def test_order_is_year_town_kind_unit_and_json_round_trips() -> None:
    sheets = year_of("乙", goals=1) + year_of("甲", goals=2)
    ds = annual_totals(sheets)
    assert [d.value.unit for d in ds] == sorted(["甲", "乙"])
    for d in ds:
        assert Decision[AnnualTotal].model_validate_json(d.to_json()) == d


@given(st.data())
def test_totals_stay_within_zero_and_the_scheme_total(data: st.DataObject) -> None:
    scheme = data.draw(ows.point_schemes())
    method = data.draw(st.sampled_from(["sum", "mean"]))
    policy = data.draw(ows.assessment_policies(scheme, method=method))
    sheets = data.draw(ows.score_years(scheme, method=method, max_towns=2, max_units=4))
    units = sorted({s.unit for s in sheets})
    adjustments = data.draw(ows.point_adjustments(scheme, units))
    for d in annual_totals(sheets, scheme, adjustments=adjustments, policy=policy):
        assert 0 <= d.value.points <= scheme.total
        assert d.value.points == d.value.points.quantize(Decimal("0.01"))
        assert d.value.rankable == (
            not d.value.missing_months or policy.assessment.missing_months == "zero"
        )


@given(st.data())
def test_totals_do_not_depend_on_input_order(data: st.DataObject) -> None:
    scheme = data.draw(ows.point_schemes())
    sheets = data.draw(ows.score_years(scheme, max_towns=2, max_units=4))
    adjustments = data.draw(ows.point_adjustments(scheme, sorted({s.unit for s in sheets})))
    shuffled = list(sheets)
    random.Random(data.draw(st.integers(0, 2**16))).shuffle(shuffled)
    assert annual_totals(shuffled, scheme, adjustments=adjustments[::-1]) == annual_totals(
        sheets, scheme, adjustments=adjustments
    )


@given(st.data())
def test_without_adjustments_the_year_is_the_sheets_added_up_or_averaged(
    data: st.DataObject,
) -> None:
    scheme = data.draw(ows.point_schemes())
    method = scheme.in_force(year=2025).aggregation
    sheets = data.draw(ows.score_years(scheme, method=method, max_towns=1, max_units=3))
    for d in annual_totals(sheets, scheme):
        added = sum((s.total for s in sheets if s.unit == d.value.unit), Decimal(0))
        if method == "sum":
            assert d.value.points == added
        else:  # the mean over the twelve scored months, half up to 0.01
            assert d.value.points == (added / 12).quantize(Decimal("0.01"), ROUND_HALF_UP)
        assert d.value.not_applied == 0


def _consistent(policy: Policy, scheme: PointScheme) -> Policy:
    """``policy`` (any valid one) made to fit ``scheme``: totals, secondary keys, a quota per use."""
    a = policy.assessment
    values: dict[str, object] = {
        "assessment.thousand_point_total": 1000,
        "assessment.hundred_point_total": 100,
    }
    if a.tie_policy.value == "secondary_keys" and not a.tie_secondary_keys:
        values["assessment.tie_secondary_keys"] = [scheme.codes[0]]
    for use in USES:
        if all(getattr(a, f"{use}_{k}") is None for k in ("quota", "share", "min_points")):
            values[f"assessment.{use}_quota"] = 2
    return policy.override(values)


@st.composite
def _valid_year(
    draw: st.DrawFn,
) -> tuple[PointScheme, Policy, list[MonthlySheet], list[PointAdjustment]]:
    """A scheme, any valid policy made consistent with it, and a year of valid data for both.

    Villages and cadres (the cadres are the villages' sheets under other
    ids), only the policy's scored months, adjustments within those months.
    """
    scheme = draw(ows.point_schemes(max_items=3))
    policy = _consistent(draw(ows.policies()), scheme)
    a = policy.assessment
    method = scheme.in_force(policy, year=2025).aggregation
    villages = draw(ows.score_years(scheme, method=method, max_towns=2, max_units=5))
    villages = [s for s in villages if s.month in a.scored_months]
    cadres = [s.model_copy(update={"unit": "C" + s.unit, "kind": "cadre"}) for s in villages]
    units = sorted({s.unit for s in villages})
    adjustments = [
        adj for adj in draw(ows.point_adjustments(scheme, units)) if adj.month in a.scored_months
    ]
    if a.adjustment_overflow == "reject":
        adjustments = []  # an overflow is then an error: see the fault test below
    return scheme, policy, villages + cadres, adjustments


@pytest.mark.rule("assessment.rank")
@pytest.mark.rule("assessment.top_n_salary")
@pytest.mark.rule("assessment.honours")
@pytest.mark.rule("assessment.promotion_basis")
@pytest.mark.rule("assessment.reserve_cadres")
@pytest.mark.rule("assessment.excellent_grade")
@given(_valid_year())
def test_valid_data_under_any_valid_policy_reaches_every_rule(
    year: tuple[PointScheme, Policy, list[MonthlySheet], list[PointAdjustment]],
) -> None:
    scheme, policy, sheets, adjustments = year
    totals = annual_totals(sheets, scheme, adjustments=adjustments, policy=policy)
    assert len(totals) == len({(s.unit, s.year) for s in sheets})
    assert len({d.subject for d in totals}) == len(totals)
    for d in totals:
        assert 0 <= d.value.points <= scheme.total
    villages = [t for t in totals if t.value.kind == "village"]
    cadres = [t for t in totals if t.value.kind == "cadre"]
    ranks = rank(totals)
    assert len(ranks) == len(totals)
    for r in ranks:
        mates = [
            t.value
            for t in totals
            if (t.value.town, t.value.kind) == (r.value.town, r.value.kind) and t.value.rankable
        ]
        expected = (
            1 + sum(t.points > r.value.points for t in mates) if r.outcome == "ranked" else None
        )
        assert r.value.rank == expected
    a = policy.assessment
    salary = salary_eligibility(villages, policy=policy)
    assert len(salary) == len(villages)
    includes_ties = a.tie_policy.value == "include_all" or (
        a.tie_policy.value == "secondary_keys" and a.tie_still_tied == "include_all"
    )
    if not includes_ties:
        for town in {d.value.town for d in salary}:
            assert sum(d.value.town == town and d.outcome == "eligible" for d in salary) <= (
                a.salary_top_n
            )
    for fn, data in (
        (honours, villages),
        (promotion_shortlist, cadres),
        (reserve_cadre_recommendation, totals),
        (excellent_grade, cadres),
    ):
        uses = fn(data, policy=policy)
        assert len(uses) == len(data)
        for u in uses:
            line = u.value.min_points
            if u.outcome == "qualifies" and line is not None:
                assert u.value.points >= line


_FAULTS = (
    "month_twice",
    "unknown_item",
    "missing_item",
    "above_maximum",
    "orphan_adjustment",
    "adjustment_item",
    "two_towns",
)


@given(_valid_year(), st.sampled_from(_FAULTS))
def test_one_fault_in_valid_data_is_a_record_error_naming_it(
    year: tuple[PointScheme, Policy, list[MonthlySheet], list[PointAdjustment]], fault: str
) -> None:
    scheme, policy, sheets, adjustments = year
    if not sheets:
        sheets = [
            sheet("A", max(policy.assessment.scored_months), **dict.fromkeys(scheme.codes, 0))
        ]
    first = sheets[0]
    code = scheme.codes[0]
    adj = PointAdjustment(
        unit=first.unit,
        year=2025,
        month=first.month,
        points=-1,
        rule="care.festival_visit",
        reason=Text(zh="扣分", en="deduction"),
    )
    if fault == "month_twice":
        sheets, message = [*sheets, first], f"month {first.month} has 2 sheets"
    elif fault == "unknown_item":
        bad = first.model_copy(update={"points": {**first.points, "zz": Decimal(1)}})
        sheets, message = [bad, *sheets[1:]], "unknown items zz"
    elif fault == "missing_item":  # (an unknown item stands in, as a sheet needs one)
        rest = {k: v for k, v in first.points.items() if k != code} | {"zz": Decimal(0)}
        sheets, message = [first.model_copy(update={"points": rest}), *sheets[1:]], code
    elif fault == "above_maximum":
        bad = first.model_copy(update={"points": {**first.points, code: scheme.total + 1}})
        sheets, message = [bad, *sheets[1:]], f"item {code} scored"
    elif fault == "orphan_adjustment":
        adjustments, message = [*adjustments, adj.model_copy(update={"unit": "nobody"})], "nobody"
    elif fault == "adjustment_item":
        adjustments, message = (
            [*adjustments, adj.model_copy(update={"item": "zz"})],
            "unknown item zz",
        )
    else:
        # the same unit named with a second town: on another of its sheets if it has one,
        # else on an extra sheet for a month it has none for
        same = [i for i, x in enumerate(sheets) if x.unit == first.unit and i > 0]
        if same:
            i = same[0]
            bad = sheets[i].model_copy(update={"town": first.town + "X"})
            sheets = [*sheets[:i], bad, *sheets[i + 1 :]]
        else:
            month = next(m for m in range(1, 13) if m != first.month)
            sheets = [*sheets, first.model_copy(update={"town": first.town + "X", "month": month})]
        message = "more than one town"
    with pytest.raises(RecordError, match=message):
        annual_totals(sheets, scheme, adjustments=adjustments, policy=policy)


# Arbitrary (often inconsistent) sheets: a crash test. Most examples are refused, which is
# the point: the refusal must be a RecordError or PolicyError with a message, never a crash.
_any_sheets = st.lists(
    st.builds(
        MonthlySheet,
        unit=st.sampled_from(["A", "B", "C"]),
        town=st.sampled_from(["T", "U"]),
        kind=st.sampled_from(["village", "cadre"]),
        year=st.sampled_from([2024, 2025]),
        month=st.integers(1, 12),
        points=st.one_of(
            st.fixed_dictionaries({"goals": st.decimals(0, 90, places=2)}),
            st.dictionaries(
                st.sampled_from(["goals", "daily", "x"]),
                st.decimals(0, 1200, places=2, allow_nan=False, allow_infinity=False),
                min_size=1,
            ),
        ),
    ),
    max_size=30,
)
_any_adjustments = st.lists(
    st.builds(
        PointAdjustment,
        unit=st.sampled_from(["A", "B", "Z"]),
        year=st.sampled_from([2024, 2025]),
        month=st.integers(1, 12),
        points=st.decimals(-2000, 2000, places=2, allow_nan=False, allow_infinity=False),
        item=st.sampled_from([None, "goals", "daily"]),
        rule=st.just("care.festival_visit"),
        reason=st.just(Text(zh="扣分", en="deduction")),
    ),
    max_size=5,
)


@given(_any_sheets, _any_adjustments, ows.policies())
def test_arbitrary_sheets_give_decisions_or_an_orgwork_error(
    sheets: list[MonthlySheet], adjustments: list[PointAdjustment], policy: Policy
) -> None:
    refused: Exception | None = None
    try:
        totals = annual_totals(sheets, adjustments=adjustments, policy=policy)
        rank(totals)
        salary_eligibility([t for t in totals if t.value.kind == "village"], policy=policy)
    except (RecordError, PolicyError) as exc:  # MissingParameterError is a PolicyError
        refused = exc
    if refused is not None:
        assert str(refused)  # says what is wrong
        return
    for d in totals:
        assert 0 <= d.value.points <= 1000


SHARES = {"daily": 25, "key": 25, "common": 25, "individual": 25}


def test_hundred_point_preset_needs_the_towns_shares() -> None:
    # 003 names the four parts but gives no shares: no invented split is used
    from orgwork.errors import MissingParameterError

    sheets = year_of("组织科", daily=20, key=22, common=18, individual=20)
    with pytest.raises(MissingParameterError) as info:
        annual_totals(sheets, HUNDRED_POINT)
    assert info.value.parameter == "assessment.hundred_point_shares"


def test_thousand_and_hundred_point_schemes_coexist_under_one_policy() -> None:
    # twelve natural monthly 百分制 sheets (20/22/18/20 of 25 each) and a 千分制 year
    p = Policy.default().override({"assessment.hundred_point_shares": SHARES})
    staff = only(
        annual_totals(
            year_of("组织科", daily=20, key=22, common=18, individual=20), HUNDRED_POINT, policy=p
        )
    )
    assert staff.value.points == Decimal(80)  # the mean of twelve monthly totals of 80
    assert staff.parameters["assessment.hundred_point_aggregation"] == "mean"
    assert staff.parameters["assessment.hundred_point_shares"] == (
        "daily=25",
        "key=25",
        "common=25",
        "individual=25",
    )
    assert "assessment.thousand_point_aggregation" not in staff.parameters
    village = only(annual_totals(year_of("朱家村", goals=82), policy=p))
    assert village.value.points == Decimal(984)  # the months added up
    assert village.parameters["assessment.thousand_point_aggregation"] == "sum"


def test_shares_from_the_policy_or_from_the_scheme() -> None:
    p = Policy.default().override(
        {
            "assessment.hundred_point_shares": {
                "daily": 30,
                "key": 40,
                "common": 15,
                "individual": 15,
            }
        }
    )
    sheets = year_of("组织科", daily=30, key=35, common=10, individual=15)
    d = only(annual_totals(sheets, HUNDRED_POINT, policy=p))
    assert d.value.points == Decimal(90)
    assert d.value.category_points["重点工作"] == Decimal(35 * 12)
    assert any("日常工作30分" in r.zh for r in d.reasons)
    with pytest.raises(RecordError, match="key scored 41, above its maximum 40"):
        annual_totals(
            [*sheets[:11], sheet("组织科", 12, daily=30, key=41, common=10, individual=15)],
            HUNDRED_POINT,
            policy=p,
        )
    own = HUNDRED_POINT.with_maxima({"daily": 30, "key": 40, "common": 15, "individual": 15})
    mine = only(annual_totals(sheets, own))  # the town's own shares need no policy setting
    assert mine.value.points == Decimal(90)
    assert "assessment.hundred_point_shares" not in mine.parameters


def test_a_scheme_may_state_its_own_aggregation() -> None:
    summed = HUNDRED_POINT.with_maxima(SHARES).model_copy(update={"aggregation": "sum"})
    d = only(annual_totals(year_of("组织科", daily=2, key=2, common=2, individual=2), summed))
    assert d.value.points == Decimal(96)
    assert "assessment.hundred_point_aggregation" not in d.parameters
    assert any("方案规定" in r.zh for r in d.reasons)
    p = Policy.default().override({"assessment.thousand_point_aggregation": "mean"})
    assert only(annual_totals(year_of("朱家村", goals=800), policy=p)).value.points == 800


def test_annual_totals_validates_its_scheme_and_accepts_plain_records() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="scheme"):
        annual_totals(year_of("A", goals=80), "thousand")  # type: ignore[arg-type]
    as_dicts = [s.model_dump() for s in year_of("A", goals=80)]
    assert only(annual_totals(as_dicts)).value.points == 960  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="month"):
        annual_totals([{**as_dicts[0], "month": 13}])  # type: ignore[list-item]

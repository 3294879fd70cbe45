"""The uses of the result (评先评优, 提拔使用, 后备干部推优, 年终优秀等次) and 列席镇党委会."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork import strategies as ows
from orgwork.assessment import (
    MonthlySheet,
    UseResult,
    annual_totals,
    committee_attendance,
    excellent_grade,
    honours,
    promotion_shortlist,
    reserve_cadre_recommendation,
)
from orgwork.decision import Decision
from orgwork.errors import MissingParameterError, PolicyError, RecordError
from orgwork.policy import Policy
from orgwork.rules import get, id_of

TOWN = "灵乡镇"
UseFn = Callable[..., tuple[Decision[UseResult], ...]]


def totals(kind: str, points: dict[str, int], months: int = 12) -> Any:
    return annual_totals(
        [
            MonthlySheet(unit=u, town=TOWN, kind=kind, year=2025, month=m, points={"goals": p})  # type: ignore[arg-type]
            for u, p in points.items()
            for m in range(1, months + 1)
        ]
    )


VILLAGES = {"朱家村": 83, "石家村": 82, "刘家村": 80, "胡家村": 80, "王家村": 75, "李家村": 70}
CADRES = {"张三": 83, "李四": 82, "王五": 80, "赵六": 80, "钱七": 75, "孙八": 70}


def policy(**values: Any) -> Policy:
    return Policy.default().override({f"assessment.{k}": v for k, v in values.items()})


def outcomes(ds: tuple[Decision[UseResult], ...]) -> dict[str, str]:
    return {d.value.unit: d.outcome for d in ds}


CASES: list[tuple[str, UseFn, str, dict[str, int]]] = [
    ("assessment.honours", honours, "honours", VILLAGES),
    ("assessment.promotion_basis", promotion_shortlist, "promotion", CADRES),
    ("assessment.reserve_cadres", reserve_cadre_recommendation, "reserve_cadres", CADRES),
    ("assessment.excellent_grade", excellent_grade, "excellent_grade", CADRES),
]


def _kind(use: str) -> str:
    return "village" if use == "honours" else "cadre"


@pytest.mark.rule("assessment.honours")
@pytest.mark.rule("assessment.promotion_basis")
@pytest.mark.rule("assessment.reserve_cadres")
@pytest.mark.rule("assessment.excellent_grade")
@pytest.mark.parametrize(("rule_id", "fn", "use", "units"), CASES)
def test_the_seed_gives_no_quota_so_one_must_be_set(
    rule_id: str, fn: UseFn, use: str, units: dict[str, int]
) -> None:
    with pytest.raises(MissingParameterError) as info:
        fn(totals(_kind(use), units))
    assert info.value.parameter == f"assessment.{use}_quota"
    assert f"assessment.{use}_min_points" in str(info.value)


@pytest.mark.rule("assessment.honours")
@pytest.mark.rule("assessment.promotion_basis")
@pytest.mark.rule("assessment.reserve_cadres")
@pytest.mark.rule("assessment.excellent_grade")
@pytest.mark.parametrize(("rule_id", "fn", "use", "units"), CASES)
def test_a_quota_of_three_with_a_tie_at_third(
    rule_id: str, fn: UseFn, use: str, units: dict[str, int]
) -> None:
    ds = fn(totals(_kind(use), units), policy=policy(**{f"{use}_quota": 3}))
    got = outcomes(ds)
    first, second, third, fourth = list(units)[:4]
    assert got[first] == got[second] == "qualifies"
    assert got[third] == got[fourth] == "undecided"  # tied at 3rd: referred, never picked
    assert all(d.rule == rule_id for d in ds)
    assert ds[0].parameters[f"assessment.{use}_quota"] == 3
    assert "重要依据" in ds[0].reasons[0].zh


@pytest.mark.rule("assessment.honours")
def test_share_of_ranked_units_rounds_down_by_default() -> None:
    # 6 villages x 0.5 = 3 places; x 0.6 = 3.6 -> 3 (down), 4 (up / half_up)
    got = outcomes(honours(totals("village", VILLAGES), policy=policy(honours_share="0.6")))
    assert sorted(u for u, o in got.items() if o != "does_not_qualify") == sorted(
        ["朱家村", "石家村", "刘家村", "胡家村"]
    )
    assert got["刘家村"] == "undecided"
    up = outcomes(
        honours(
            totals("village", VILLAGES),
            policy=policy(honours_share="0.6", quota_share_rounding="up"),
        )
    )
    assert up["刘家村"] == up["胡家村"] == "qualifies"


@pytest.mark.rule("assessment.honours")
def test_score_line_alone_or_with_a_quota() -> None:
    ds = honours(totals("village", VILLAGES), policy=policy(honours_min_points=960))
    got = outcomes(ds)
    assert {u for u, o in got.items() if o == "qualifies"} == {
        "朱家村",
        "石家村",
        "刘家村",
        "胡家村",
    }
    assert ds[0].value.places is None
    assert ds[0].value.min_points == Decimal(960)
    both = outcomes(
        honours(totals("village", VILLAGES), policy=policy(honours_min_points=980, honours_quota=3))
    )
    assert {u for u, o in both.items() if o == "qualifies"} == {"朱家村", "石家村"}
    assert both["刘家村"] == "does_not_qualify"  # tied at the cut but below the line


@pytest.mark.rule("assessment.honours")
def test_quota_and_share_together_are_refused() -> None:
    with pytest.raises(PolicyError, match=r"honours_quota and assessment\.honours_share"):
        policy(honours_quota=2, honours_share="0.5")


@pytest.mark.rule("assessment.honours")
@pytest.mark.rule("assessment.promotion_basis")
def test_kinds_honours_for_villages_promotion_for_cadres() -> None:
    with pytest.raises(RecordError, match="village"):
        honours(totals("cadre", CADRES), policy=policy(honours_quota=1))
    with pytest.raises(RecordError, match="cadre"):
        promotion_shortlist(totals("village", VILLAGES), policy=policy(promotion_quota=1))


@pytest.mark.rule("assessment.excellent_grade")
def test_incomplete_years_are_not_ranked_for_uses() -> None:
    ds = excellent_grade(
        totals("cadre", {"张三": 80}, months=11), policy=policy(excellent_grade_quota=1)
    )
    assert [d.outcome for d in ds] == ["not_ranked"]
    assert ds[0].value.missing_months == (12,)


@pytest.mark.rule("assessment.reserve_cadres")
@given(
    st.dictionaries(st.sampled_from("ABCDEFGH"), st.integers(0, 83), min_size=1),
    st.integers(1, 8),
    st.sampled_from(["refer", "include_all", "exclude_all"]),
)
def test_quota_is_respected_unless_ties_are_included(
    points: dict[str, int], quota: int, tie_policy: str
) -> None:
    ds = reserve_cadre_recommendation(
        totals("cadre", points), policy=policy(reserve_cadres_quota=quota, tie_policy=tie_policy)
    )
    qualifying = [d for d in ds if d.outcome == "qualifies"]
    if tie_policy != "include_all":
        assert len(qualifying) <= quota
    for d in ds:
        same = {e.outcome for e in ds if e.value.points == d.value.points}
        assert same == {d.outcome}


@pytest.mark.rule("assessment.attend_party_committee")
def test_every_village_secretary_may_attend_the_town_party_committee() -> None:
    ds = committee_attendance(["朱家村", "石家村"], on=dt.date(2025, 3, 1))
    assert [d.subject for d in ds] == ["朱家村", "石家村"]
    assert all(d.value is True and d.outcome == "may_attend" for d in ds)
    assert "列席镇党委会" in ds[0].headline.zh
    off = committee_attendance(
        ["朱家村"], on=dt.date(2025, 3, 1), policy=policy(secretaries_attend_committee=False)
    )
    assert off[0].value is False
    assert off[0].outcome == "not_provided"
    assert committee_attendance([], on=dt.date(2025, 3, 1)) == ()


@pytest.mark.rule("assessment.attend_party_committee")
def test_attendance_refuses_a_bare_string_blank_ids_and_duplicates() -> None:
    day = dt.date(2025, 3, 1)
    with pytest.raises(RecordError, match="not a single string"):
        committee_attendance("朱家村", on=day)
    for bad in ([""], [" "], ["\u200b"], ["朱家\x00村"], [3]):
        with pytest.raises(ValidationError, match="villages"):
            committee_attendance(bad, on=day)  # type: ignore[arg-type]
    with pytest.raises(RecordError, match="listed more than once: 朱家村"):
        committee_attendance(["朱家村", "石家村", "朱家村"], on=day)
    # ids are normalised (orgwork.ids): a trailing space or a zero-width space
    # does not make another village
    for twin in ("朱家村 ", "朱家村\u200b", "\ufeff朱家村"):
        with pytest.raises(RecordError, match="listed more than once: 朱家村"):
            committee_attendance(["朱家村", twin], on=day)


@pytest.mark.rule("assessment.attend_party_committee")
@given(
    st.lists(ows.ids(max_size=5), max_size=8, unique=True),
    st.booleans(),
)
def test_attendance_is_one_decision_per_village(villages: list[str], allowed: bool) -> None:
    ds = committee_attendance(
        villages, on=dt.date(2025, 1, 1), policy=policy(secretaries_attend_committee=allowed)
    )
    assert [d.subject for d in ds] == sorted(villages)
    assert all(d.value is allowed for d in ds)


@pytest.mark.rule("assessment.excellent_grade")
@pytest.mark.rule("assessment.attend_party_committee")
def test_use_and_attendance_decisions_round_trip_json() -> None:
    ds = excellent_grade(
        totals("cadre", CADRES),
        policy=policy(excellent_grade_share="0.5", excellent_grade_min_points=900),
    )
    for d in ds:
        assert Decision[UseResult].model_validate_json(d.to_json()) == d
    for a in committee_attendance(["朱家村"], on=dt.date(2025, 1, 1)):
        assert Decision[bool].model_validate_json(a.to_json()) == a


@pytest.mark.rule("assessment.attend_party_committee")
def test_attendance_day_is_a_date_keyword() -> None:
    midnight = committee_attendance(["朱家村"], on=dt.datetime(2025, 6, 30, 0, 0))
    assert midnight == committee_attendance(["朱家村"], on=dt.date(2025, 6, 30))
    for bad in (dt.datetime(2025, 6, 30, 9, 30), "yesterday", None):
        with pytest.raises(ValidationError, match="on"):
            committee_attendance(["朱家村"], on=bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        committee_attendance(["朱家村"], dt.date(2025, 6, 30))  # type: ignore[misc]


#: 考核结果作为……的重要依据: the seed's sentence, and each use it names as one row:
#: the clause, the rule that applies it, its policy prefix and the units it is for.
SEED_USES = (
    "并将考核结果作为村级组织评先评优和镇中层干部提拔使用、后备干部推优及年终优秀等次评比的重要依据"
)
USE_CLAUSES: list[tuple[str, UseFn, str, dict[str, int]]] = [
    ("村级组织评先评优", honours, "honours", VILLAGES),
    ("镇中层干部提拔使用", promotion_shortlist, "promotion", CADRES),
    ("后备干部推优", reserve_cadre_recommendation, "reserve_cadres", CADRES),
    ("年终优秀等次评比", excellent_grade, "excellent_grade", CADRES),
]


@pytest.mark.rule("assessment.honours")
@pytest.mark.rule("assessment.promotion_basis")
@pytest.mark.rule("assessment.reserve_cadres")
@pytest.mark.rule("assessment.excellent_grade")
@pytest.mark.parametrize(("clause", "fn", "use", "units"), USE_CLAUSES)
def test_each_use_the_seed_names_is_a_rule_of_its_own(
    clause: str, fn: UseFn, use: str, units: dict[str, int]
) -> None:
    entry = get(id_of(fn))
    assert clause in SEED_USES
    assert entry.source.quote == clause
    ds = fn(
        totals(_kind(use), units),
        policy=policy(**{f"{use}_share": "0.5", f"{use}_min_points": 900}),
    )
    assert {d.rule for d in ds} == {entry.id}
    assert all(clause in d.headline.zh for d in ds)
    assert all(set(d.parameters) <= set(entry.parameters) for d in ds)


@pytest.mark.rule("assessment.honours")
def test_a_use_records_the_terms_set_and_the_ties_only_when_it_cuts() -> None:
    line_only = honours(totals("village", VILLAGES), policy=policy(honours_min_points=960))
    assert line_only[0].parameters == {"assessment.honours_min_points": "960"}
    keys = policy(
        honours_share="0.5",
        tie_policy="secondary_keys",
        tie_secondary_keys=["goals"],
        missing_sheet_cuts="rank_others",  # cut beside the incomplete village (issue 13)
    )
    incomplete = totals("village", {"新村": 80}, months=11)
    cut = honours(totals("village", VILLAGES) + incomplete, policy=keys)
    assert {d.value.unit: d.value.decided_by for d in cut}["刘家村"] == "tie_policy"
    assert list(cut[0].parameters) == [
        "assessment.honours_share",
        "assessment.quota_share_rounding",
        "assessment.tie_policy",
        "assessment.tie_secondary_keys",
        "assessment.tie_still_tied",
        "assessment.missing_sheet_cuts",
    ]
    unranked = [d for d in cut if d.outcome == "not_ranked"]
    assert unranked
    assert all(d.parameters == cut[0].parameters for d in unranked)
    assert all(d.rules == ("assessment.honours", "assessment.annual_total") for d in unranked)

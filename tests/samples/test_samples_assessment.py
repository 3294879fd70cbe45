"""The sample town's assessment: the data, the report section, and rankings as tables."""

from __future__ import annotations

import functools
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork._zh import plain_zh
from orgwork.assessment import (
    MonthlySheet,
    RankingColumn,
    RankingTable,
    annual_totals,
    rank,
    ranking_table,
)
from orgwork.calendar import spring_festival
from orgwork.decision import Decision, Text
from orgwork.policy import Policy
from orgwork.report import Section
from orgwork.report.assessment import ranking_table_of, section
from orgwork.samples import TOWN
from orgwork.samples.assessment import (
    FIRST_YEAR,
    LAST_YEAR,
    AssessmentRecords,
    build,
    tied_villages,
)

SALARY = "assessment.top_n_salary"
RANK = "assessment.rank"
TOTAL = "assessment.annual_total"
HONOURS = "assessment.honours"
YEARS = range(FIRST_YEAR, LAST_YEAR + 1)
SOME_YEARS = (2004, 2013, 2020, 2025, 2026)


@functools.cache
def sample(year: int) -> AssessmentRecords:
    return build(year)


@functools.cache
def default_section(year: int) -> Section:
    return section(sample(year))


#: The sample's gap village holds the cut by default (issue 13); the tie at fourth place shows
#: when the others are cut without it, the former reading (assessment.missing_sheet_cuts).
OTHERS = Policy.default().override({"assessment.missing_sheet_cuts": "rank_others"})


@functools.cache
def others_section(year: int) -> Section:
    return section(sample(year), OTHERS)


def unit_of(d: Decision[Any]) -> str:
    """The unit a decision is about (subjects of annual results are ``"<unit>:<year>"``)."""
    unit = getattr(d.value, "unit", None)
    return unit if isinstance(unit, str) else d.subject or ""


def outcomes(s: Section, rule: str) -> dict[str, str]:
    return {unit_of(d): d.outcome for d in s.decisions if d.rule == rule}


def zh_summary(s: Section) -> str:
    return "\n".join(t.zh for t in s.summary)


def en_summary(s: Section) -> str:
    return "\n".join(t.en for t in s.summary)


def notes_zh(s: Section) -> str:
    return "\n".join(t.zh for t in s.notes)


# -- the data ------------------------------------------------------------------------------


@pytest.mark.rule(TOTAL)
@pytest.mark.parametrize("year", SOME_YEARS)
def test_twelve_villages_a_year_of_monthly_sheets_under_the_towns_own_scheme(year: int) -> None:
    s = sample(year)
    names = [v.name for v in TOWN.villages]
    assert [v.name for v in s.villages] == names
    assert {x.unit for x in s.sheets} == set(names)
    scheme = s.village_scheme
    assert scheme.kind == "thousand_point"
    assert scheme.total == 1000
    item_names = [i.name.zh for i in scheme.items]
    for part in ("党的建设", "经济发展", "社会治理", "民生服务"):
        assert part in item_names
    assert all(i.monthly is not None and len(i.monthly) == 12 for i in scheme.items)
    for x in s.sheets:
        assert x.town == TOWN.name
        assert x.year == year
        assert x.kind == "village"
        for item in scheme.items:
            assert item.monthly is not None
            assert 0 <= x.points[item.code] <= item.monthly[x.month - 1]
    # every village has twelve sheets but the one with the recorded gap
    (gap,) = s.gaps
    for v in names:
        months = sorted(x.month for x in s.sheets if x.unit == v)
        assert months == [m for m in range(1, 13) if (v, m) != (gap.unit, gap.month)]
    assert len(s.sheets) == 12 * 12 - 1
    # the town cadres: six people under their own scheme, twelve months each
    assert len(s.cadres) == 6
    assert {c.name for c in s.cadres} == {v.stationed_cadre for v in TOWN.villages}
    assert len(s.cadre_sheets) == 72
    assert {x.kind for x in s.cadre_sheets} == {"cadre"}


@pytest.mark.rule(RANK)
@pytest.mark.parametrize("year", SOME_YEARS)
def test_two_villages_tie_exactly_at_fourth_place_after_the_deductions(year: int) -> None:
    s = sample(year)
    totals = annual_totals(s.sheets, s.village_scheme, adjustments=s.adjustments)
    ranks = {d.value.unit: d.value for d in rank(totals)}
    fourth = [u for u, r in ranks.items() if r.rank == 4]
    assert tuple(fourth) == tied_villages(s.year)
    a, b = (ranks[u] for u in tied_villages(s.year))
    assert a.points == b.points
    ranked = [r for r in ranks.values() if r.rank is not None]
    assert len(ranked) == 11
    assert [r.rank for r in ranked] == [1, 2, 3, 4, 4, *range(6, 12)]
    others = [r.points for r in ranked if r.unit not in tied_villages(s.year)]
    assert len(set(others)) == len(others)
    assert a.points not in others
    # one of the tied pair carries a deduction: the tie holds after it
    assert {adj.unit for adj in s.adjustments} & set(tied_villages(s.year))
    # the pair differ on 党的建设, so a secondary-key policy can separate them
    items = {d.value.unit: d.value.item_points for d in totals}
    assert items[tied_villages(s.year)[0]]["party"] != items[tied_villages(s.year)[1]]["party"]


@pytest.mark.rule(TOTAL)
@pytest.mark.parametrize("year", SOME_YEARS)
def test_care_deductions_are_plausible_point_adjustments(year: int) -> None:
    s = sample(year)
    assert len(s.adjustments) == 3
    festival_months = {7, spring_festival(year).month}
    for adj in s.adjustments:
        assert adj.rule == "care.festival_visit"
        assert adj.points == Decimal(-5)
        assert adj.item == "care"
        assert adj.year == year
        assert adj.month in festival_months
        assert ("七一" if adj.month == 7 else "春节") in adj.reason.zh
        assert adj.unit in {v.name for v in s.villages}
        assert adj.unit != s.gaps[0].unit
    totals = {
        d.value.unit: d.value
        for d in annual_totals(s.sheets, s.village_scheme, adjustments=s.adjustments)
    }
    for adj in s.adjustments:
        assert totals[adj.unit].adjustments == Decimal(-5)
        assert totals[adj.unit].not_applied == 0  # every deduction fully applied


@pytest.mark.rule(RANK)
@pytest.mark.parametrize("year", SOME_YEARS)
def test_the_village_with_a_missing_month_does_not_spoil_the_tie(year: int) -> None:
    s = sample(year)
    (gap,) = s.gaps
    assert gap.unit not in tied_villages(s.year)
    assert gap.reason.zh
    assert gap.reason.en
    totals = annual_totals(s.sheets, s.village_scheme, adjustments=s.adjustments)
    ranks = {d.value.unit: d for d in rank(totals)}
    assert ranks[gap.unit].outcome == "not_ranked"
    assert ranks[gap.unit].value.missing_months == (gap.month,)
    # counted with a zero month it is last, and the tie at fourth is unchanged
    zero = Policy.default().override({"assessment.missing_months": "zero"})
    again = {
        d.value.unit: d.value.rank
        for d in rank(
            annual_totals(s.sheets, s.village_scheme, adjustments=s.adjustments, policy=zero)
        )
    }
    assert again[gap.unit] == 12
    assert [again[u] for u in tied_villages(s.year)] == [4, 4]


def test_build_is_deterministic_varies_by_year_and_refuses_other_years() -> None:
    assert build(2025) == build(2025)
    assert build(2024).sheets != build(2025).sheets
    assert len({tied_villages(sample(y).year) for y in SOME_YEARS}) > 1
    for bad in (FIRST_YEAR - 1, LAST_YEAR + 1):
        with pytest.raises(ValueError, match="2004-2026"):
            build(bad)


def test_sample_round_trips_through_json() -> None:
    s = sample(2025)
    assert AssessmentRecords.model_validate_json(s.model_dump_json()) == s


# -- the section ---------------------------------------------------------------------------


@pytest.mark.rule(SALARY)
@pytest.mark.parametrize("year", SOME_YEARS)
def test_default_policy_holds_the_salary_while_the_gap_village_lacks_a_sheet(year: int) -> None:
    s, sec = sample(year), default_section(year)
    (gap,) = s.gaps
    salary = outcomes(sec, SALARY)
    assert salary[gap.unit] == "not_ranked"
    assert {o for u, o in salary.items() if u != gap.unit} == {"undecided"}
    held = [d for d in sec.decisions if d.rule == SALARY and d.outcome == "undecided"]
    assert len(held) == 11
    assert all(d.value.missing_sheets == ((gap.unit, (gap.month,)),) for d in held)
    text = zh_summary(sec)
    assert f"{gap.unit}({s.secretary(gap.unit)})缺{gap.month}月评分表" in text
    assert "前4名暂缓确定" in text
    assert "提交镇党委研究决定" in text
    assert "享受镇政府设立" not in text
    assert "are held" in en_summary(sec)
    assert "推荐名单暂缓确定" in text  # the honours quota is held too


@pytest.mark.rule(SALARY)
@pytest.mark.parametrize("year", SOME_YEARS)
def test_ranking_the_others_refers_the_tie_at_fourth_to_the_town_party_committee(
    year: int,
) -> None:
    s, sec = sample(year), others_section(year)
    assert sec.key == "assessment"
    salary = outcomes(sec, SALARY)
    assert sorted(u for u, o in salary.items() if o == "undecided") == sorted(tied_villages(s.year))
    assert sum(o == "eligible" for o in salary.values()) == 3
    assert salary[s.gaps[0].unit] == "not_ranked"
    # the referred decisions come first, so the report explains the tie
    assert [d.subject for d in sec.decisions[:2]] == [f"{v}:{year}" for v in tied_villages(s.year)]
    text = zh_summary(sec)
    a, b = tied_villages(s.year)
    assert f"{a}({s.secretary(a)})、{b}({s.secretary(b)})" in text
    assert "并列第4名" in text
    assert "提交镇党委研究决定" in text
    assert "referred to the town party committee" in en_summary(sec)
    eligible = [u for u, o in salary.items() if o == "eligible"]
    for u in eligible:
        assert f"{u}({s.secretary(u)})" in text
    assert "共3名村党组织书记享受" in text


@pytest.mark.rule(RANK)
def test_summary_lists_the_ranking_with_secretaries_and_the_unranked_village() -> None:
    s, sec = sample(2025), default_section(2025)
    lines = [t.zh for t in sec.summary]
    ranks = {
        d.value.unit: d.value for d in sec.decisions if d.rule == RANK and d.value.kind == "village"
    }
    for u, r in ranks.items():
        if r.rank is None:
            continue
        points = format(r.points.normalize(), "f")
        assert any(
            line.startswith(f"第{r.rank}名")
            and u in line
            and s.secretary(u) in line
            and f"{points}分" in line
            for line in lines
        ), u
    gap = s.gaps[0]
    (line,) = [t for t in sec.summary if t.zh.startswith(f"{gap.unit}(")]
    assert "不参加排名" in line.zh
    assert f"缺{gap.month}月" in line.zh
    assert gap.reason.zh in line.zh
    assert "not ranked" in line.en
    assert gap.reason.en in line.en


@pytest.mark.rule("assessment.attend_party_committee")
def test_every_secretary_may_attend_the_committee_unless_the_policy_says_not() -> None:
    sec = default_section(2025)
    assert set(outcomes(sec, "assessment.attend_party_committee").values()) == {"may_attend"}
    assert "全部12个村的党组织书记均可列席镇党委会" in zh_summary(sec)
    off = section(
        sample(2025), Policy.default().override({"assessment.secretaries_attend_committee": False})
    )
    assert set(outcomes(off, "assessment.attend_party_committee").values()) == {"not_provided"}
    assert "未采用" in zh_summary(off)


@pytest.mark.rule(HONOURS)
@pytest.mark.rule("assessment.promotion_basis")
@pytest.mark.rule("assessment.reserve_cadres")
@pytest.mark.rule("assessment.excellent_grade")
def test_uses_get_labelled_sample_quotas_only_when_the_policy_sets_none() -> None:
    s, sec = sample(2025), default_section(2025)
    notes = notes_zh(sec)
    for use, zh in (
        ("honours", "村级组织评先评优"),
        ("promotion", "镇中层干部提拔使用"),
        ("reserve_cadres", "后备干部推优"),
        ("excellent_grade", "年终优秀等次评比"),
    ):
        assert f"示例设定:{zh}名额{s.sample_quotas[use]}个" in notes
    assert set(outcomes(sec, HONOURS).values()) == {"undecided", "not_ranked"}  # held
    others = others_section(2025)
    honoured = [u for u, o in outcomes(others, HONOURS).items() if o == "qualifies"]
    assert len(honoured) == s.sample_quotas["honours"]
    assert "按排名列入推荐名单的有" in zh_summary(others)
    assert "不符合" not in zh_summary(others)
    promoted = [
        u for u, o in outcomes(sec, "assessment.promotion_basis").items() if o == "qualifies"
    ]
    assert len(promoted) == 1
    assert promoted[0] in {c.name for c in s.cadres}
    # a caller's quota is used as is, and no sample note is added for that use
    mine = section(s, OTHERS.override({"assessment.honours_quota": 4}))
    assert "评先评优名额" not in notes_zh(mine)
    assert sorted(u for u, o in outcomes(mine, HONOURS).items() if o == "undecided") == sorted(
        tied_villages(s.year)
    )
    assert "村级组织评先评优(名额4个)" in zh_summary(mine)
    share = section(s, Policy.default().override({"assessment.excellent_grade_share": "0.5"}))
    assert "年终优秀等次评比名额" not in notes_zh(share)
    # a 50% local share of six cadres would list 3; the six are civil servants, so the
    # national share (20%) lists 1
    assert (
        sum(o == "qualifies" for o in outcomes(share, "assessment.excellent_grade").values()) == 1
    )


@pytest.mark.rule(SALARY)
def test_a_policy_override_changes_the_outcome() -> None:
    s = sample(2025)
    five = section(s, OTHERS.override({"assessment.salary_top_n": 5}))
    salary = outcomes(five, SALARY)
    assert "undecided" not in salary.values()
    assert sum(o == "eligible" for o in salary.values()) == 5
    assert all(salary[u] == "eligible" for u in tied_villages(s.year))
    assert "副科级待遇(前5名)" in zh_summary(five)
    assert "共5名" in zh_summary(five)
    assert [d.outcome for d in five.decisions[:5]] == ["eligible"] * 5
    include = section(s, OTHERS.override({"assessment.tie_policy": "include_all"}))
    assert [outcomes(include, SALARY)[u] for u in tied_villages(s.year)] == ["eligible"] * 2
    exclude = section(s, OTHERS.override({"assessment.tie_policy": "exclude_all"}))
    assert [outcomes(exclude, SALARY)[u] for u in tied_villages(s.year)] == ["not_eligible"] * 2
    keys = section(
        s,
        OTHERS.override(
            {"assessment.tie_policy": "secondary_keys", "assessment.tie_secondary_keys": ["party"]}
        ),
    )
    got = sorted(outcomes(keys, SALARY)[u] for u in tied_villages(s.year))
    assert got == ["eligible", "not_eligible"]


@pytest.mark.rule(SALARY)
def test_a_missing_parameter_becomes_a_note_naming_it() -> None:
    p = Policy.default().override({"assessment.tie_policy": "secondary_keys"})
    sec = section(sample(2025), p)
    assert outcomes(sec, SALARY) == {}
    assert plain_zh("无法确定副科级待遇(参数 assessment.tie_secondary_keys)") in notes_zh(sec)
    assert "assessment.tie_secondary_keys" not in notes_zh(sec)  # Chinese names, no codes
    assert outcomes(sec, RANK)  # the ranking itself still stands
    bad = section(sample(2025), Policy.default().override({"assessment.thousand_point_total": 100}))
    assert outcomes(bad, RANK) == {}
    assert plain_zh("assessment.thousand_point_total") in notes_zh(bad)


@pytest.mark.rule(TOTAL)
def test_months_the_policy_does_not_score_are_left_out_with_a_note() -> None:
    p = Policy.default().override({"assessment.scored_months": [1, 2, 3, 4, 5, 6]})
    sec = section(sample(2025), p)
    assert "示例中7、8、9、10、11、12月的评分表和扣分不计入" in notes_zh(sec)
    totals = [d.value for d in sec.decisions if d.rule == TOTAL]
    assert totals
    assert all(max(t.months_scored) <= 6 for t in totals)


@pytest.mark.rule(SALARY)
@pytest.mark.parametrize("year", YEARS)
def test_section_never_raises_for_every_year(year: int) -> None:
    sec = section(build(year), OTHERS)
    assert sorted(u for u, o in outcomes(sec, SALARY).items() if o == "undecided") == sorted(
        tied_villages(sample(year).year)
    )
    held = outcomes(section(build(year), Policy.default()), SALARY)
    assert sum(o == "undecided" for o in held.values()) == 11
    assert all("示例设定" in n.zh for n in sec.notes)  # nothing else left undecided


def test_section_json_round_trips() -> None:
    sec = default_section(2025)
    text = sec.model_dump_json()
    again = Section.model_validate_json(text)
    assert json.loads(again.model_dump_json()) == json.loads(text)
    assert again.summary == sec.summary
    assert again.notes == sec.notes
    assert [d.subject for d in again.decisions] == [d.subject for d in sec.decisions]


@pytest.mark.rule(SALARY)
@given(
    year=st.integers(FIRST_YEAR, LAST_YEAR),
    top_n=st.integers(1, 14),
    tie=st.sampled_from(["refer", "include_all", "exclude_all"]),
    missing=st.sampled_from(["not_ranked", "zero"]),
    cuts=st.sampled_from(["hold", "rank_others"]),
)
def test_section_holds_under_any_salary_and_tie_policy(
    year: int, top_n: int, tie: str, missing: str, cuts: str
) -> None:
    p = Policy.default().override(
        {
            "assessment.salary_top_n": top_n,
            "assessment.tie_policy": tie,
            "assessment.missing_months": missing,
            "assessment.missing_sheet_cuts": cuts,
        }
    )
    sec = section(sample(year), p)
    salary = outcomes(sec, SALARY)
    assert len(salary) == 12
    eligible = sum(o == "eligible" for o in salary.values())
    undecided = sum(o == "undecided" for o in salary.values())
    ranked = 12 if missing == "zero" else 11
    if ranked == 11 and cuts == "hold":  # the gap village's missing sheet holds the cut
        assert (eligible, undecided) == (0, 11)
    elif top_n == 4:  # the only tie across a cut is at fourth place
        assert (eligible, undecided) == {
            "refer": (3, 2),
            "include_all": (5, 0),
            "exclude_all": (3, 0),
        }[tie]
    else:
        assert (eligible, undecided) == (min(top_n, ranked), 0)
    assert sum(o == "not_ranked" for o in salary.values()) == 12 - ranked
    assert f"前{top_n}名" in zh_summary(sec)


# -- rankings as tables (orgwork.assessment.RankingTable) -----------------------------------


def _sheets(points: dict[str, int], months: range = range(1, 13)) -> list[MonthlySheet]:
    return [
        MonthlySheet(unit=u, town="青石镇", year=2025, month=m, points={"goals": p})
        for u, p in points.items()
        for m in months
    ]


@pytest.mark.rule(RANK)
def test_ranking_table_html_escapes_every_text() -> None:
    evil = "<script>alert('x')</script>&村"
    decisions = rank(annual_totals(_sheets({evil: 80, "西溪村": 83})))
    t = ranking_table(decisions, extra={"secretary": {evil: "<b>王</b>"}})
    html = t._repr_html_()
    assert "<script>" not in html
    assert "<b>王</b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;村" in html
    assert "&lt;b&gt;王&lt;/b&gt;" in html
    assert "<th>名次<br><small>rank</small></th>" in html
    assert "<caption>青石镇 2025</caption>" in html


@pytest.mark.rule(RANK)
def test_ranking_table_records_keep_ranks_ties_and_gaps() -> None:
    sheets = _sheets({"甲村": 83, "乙村": 80, "丙村": 80}) + _sheets({"丁村": 90}, range(1, 12))
    decisions = rank(annual_totals(sheets))
    t = ranking_table(decisions)
    rows = t.records()
    assert [(r["rank"], r["unit"], r["points"]) for r in rows] == [
        (1, "甲村", Decimal("996")),
        (2, "丙村", Decimal("960")),
        (2, "乙村", Decimal("960")),
        (None, "丁村", Decimal("990")),
    ]
    assert rows[1]["tied_with"] == ("乙村",)
    assert rows[3]["missing_months"] == (12,)
    assert ranking_table([d.value for d in decisions]) == t
    text = t.render("zh")
    assert text.splitlines()[0].split() == ["名次", "单位", "得分", "并列", "缺评月份"]
    assert text.splitlines()[-1].split() == ["—", "丁村", "990", "12"]
    assert RankingTable.model_validate_json(t.model_dump_json()) == t


@pytest.mark.rule(RANK)
def test_ranking_table_to_dataframe_columns_and_exact_types() -> None:
    pd = pytest.importorskip("pandas")
    sheets = _sheets({"甲村": 83, "乙村": 80}) + _sheets({"丁村": 90}, range(1, 12))
    col = RankingColumn(
        name="secretary", label=Text(zh="党组织书记", en="Secretary"), values={"甲村": "王建国"}
    )
    df = ranking_table(rank(annual_totals(sheets)), columns=[col]).to_dataframe()
    assert list(df.columns) == [
        "year",
        "town",
        "kind",
        "rank",
        "unit",
        "points",
        "tied_with",
        "missing_months",
        "secretary",
    ]
    assert str(df["rank"].dtype) == "Int64"
    assert df["rank"].iloc[0] == 1
    assert df["rank"].isna().tolist() == [False, False, True]
    assert str(df["points"].dtype) == "float64"
    assert df["points"].tolist() == [996.0, 960.0, 990.0]
    exact = ranking_table(rank(annual_totals(sheets)), columns=[col]).to_dataframe(exact=True)
    assert exact["points"].tolist() == [Decimal("996"), Decimal("960"), Decimal("990")]
    assert df["secretary"].tolist() == ["王建国", "", ""]
    empty = RankingTable().to_dataframe()
    assert isinstance(empty, pd.DataFrame)
    assert len(empty) == 0
    assert "points" in empty.columns


def test_ranking_table_rejects_clashing_column_names() -> None:
    label = Text(zh="甲", en="A")
    with pytest.raises(ValueError, match="points"):
        RankingTable(columns=(RankingColumn(name="points", label=label),))
    with pytest.raises(ValueError, match="x"):
        RankingTable(columns=(RankingColumn(name="x", label=label),) * 2)


@pytest.mark.rule(SALARY)
def test_sample_ranking_table_shows_secretaries_and_salary_status() -> None:
    s = sample(2025)
    t = ranking_table_of(s, OTHERS)
    assert {r["salary"] for r in ranking_table_of(s).records()} == {
        "待定(提交镇党委研究)",
        "未排名",
    }
    rows = {r["unit"]: r for r in t.records()}
    assert len(rows) == 12
    for u in tied_villages(s.year):
        assert rows[u]["rank"] == 4
        assert rows[u]["salary"].startswith("待定")
    assert rows[s.gaps[0].unit]["rank"] is None
    assert rows[s.gaps[0].unit]["salary"] == "未排名"
    assert all(r["secretary"] == s.secretary(u) for u, r in rows.items())
    en = ranking_table_of(s, OTHERS, lang="en")
    assert {r["salary"] for r in en.records()} >= {"eligible", "not eligible", "not ranked"}
    assert "党组织书记" in t._repr_html_()


@pytest.mark.rule("assessment.excellent_grade")
def test_the_sample_towns_civil_servants_are_held_to_the_national_share() -> None:
    # six town cadres, all civil servants: at most floor(20% × 6) = 1 is recommended 优秀,
    # whatever the local quota
    sample = build(2025)
    assert all(c.civil_servant for c in sample.cadres)
    sec = section(sample, Policy.default().override({"assessment.excellent_grade_quota": 3}))
    grade = [d for d in sec.decisions if d.rule == "assessment.excellent_grade"]
    assert sum(d.outcome == "qualifies" for d in grade) == 1
    assert sum(d.value.decided_by == "national_cap" for d in grade) == 2
    assert grade[0].parameters["assessment.civil_servant_excellent_share"] == "0.20"

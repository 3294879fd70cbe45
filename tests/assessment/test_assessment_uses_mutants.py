"""The uses of the annual result: places from a share, the national 优秀 cap, and their texts.

Written against the survivors of mutation testing (``python tools/mutation.py
assessment/_uses``, triage in ``docs/mutation.md``). The seed makes the result
"村级组织评先评优和镇中层干部提拔使用、后备干部推优及年终优秀等次评比的重要依据";
the 公务员考核规定 caps 优秀 among civil servants ("优秀等次人数一般不超过参加年度考核的
公务员总人数的20%"). These tests pin how many places a share gives, when and how the
cap cuts, and what each decision tells the town party committee.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import pytest
from pydantic import ValidationError

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
from orgwork.assessment._uses import _params_of
from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.rules import get, id_of

TOWN = "灵乡镇"
if TYPE_CHECKING:  # Decision[...] is not built at import (tools/mutation.py --killers)
    UseFn = Callable[..., tuple[Decision[UseResult], ...]]
VILLAGES = {"朱家村": 83, "石家村": 82, "刘家村": 80, "胡家村": 80, "王家村": 75, "李家村": 70}
#: Five civil servants, two tied for second (960 points each over the year).
FIVE = {"甲": 83, "乙": 80, "丙": 80, "丁": 75, "戊": 70}


def totals(kind: Literal["village", "cadre"], points: dict[str, int], months: int = 12) -> Any:
    return annual_totals(
        [
            MonthlySheet(
                unit=u, town=TOWN, kind=kind, year=2025, month=m, points={"goals": Decimal(p)}
            )
            for u, p in points.items()
            for m in range(1, months + 1)
        ]
    )


def policy(**values: Any) -> Policy:
    return Policy.default().override({f"assessment.{k}": v for k, v in values.items()})


def rows(ds: tuple[Decision[UseResult], ...]) -> list[tuple[str, str, str]]:
    return [(d.value.unit, d.outcome, d.value.decided_by) for d in ds]


@pytest.mark.rule("assessment.honours")
@pytest.mark.parametrize(
    "case",
    [
        # (share, rounding, places): 6 villages x 0.4 = 2.4, x 0.25 = 1.5
        ("0.4", "down", 2),
        ("0.25", "down", 1),
        ("0.4", "up", 3),
        ("0.25", "up", 2),
        ("0.4", "half_up", 2),
        ("0.25", "half_up", 2),
    ],
)
def test_a_share_becomes_whole_places_by_the_rounding_set(case: tuple[str, str, int]) -> None:
    # assessment.quota_share_rounding: down=舍去, up=进一, half_up=四舍五入
    share, rounding, places = case
    ds = honours(
        totals("village", VILLAGES),
        policy=policy(honours_share=share, quota_share_rounding=rounding),
    )
    assert {d.value.places for d in ds} == {places}
    assert ds[0].parameters["assessment.quota_share_rounding"] == rounding
    listed = [d.value.unit for d in ds if d.outcome == "qualifies"]
    # with three places, 刘家村 and 胡家村 tie for the third: referred, neither listed
    assert listed == list(VILLAGES)[: min(places, 2)]


@pytest.mark.rule("assessment.excellent_grade")
def test_a_lone_civil_servant_is_beyond_a_20_percent_share() -> None:
    # 不超过 20%: of one civil servant, 0.2 rounds down to no place at all
    ds = excellent_grade(
        totals("cadre", {"张三": 83, "李四": 82}),
        civil_servants=["张三"],
        policy=policy(excellent_grade_quota=2),
    )
    assert rows(ds) == [("张三", "does_not_qualify", "national_cap"), ("李四", "qualifies", "rank")]
    zhang, li = ds
    assert (zhang.value.civil_servant, zhang.value.national_places) == (True, 0)
    assert (li.value.civil_servant, li.value.national_places) == (False, None)
    assert (zhang.reasons[-1].zh, zhang.reasons[-1].en) == (
        "张三是公务员:按《公务员考核规定》,优秀等次人数一般不超过参加年度考核的公务员总人数的"
        "20%(1名公务员,至多0名);本单位在公务员中排名第1名,超出比例,不列入优秀等次推荐",
        "张三 is a civil servant: under the 公务员考核规定 (civil servant assessment rules) "
        "no more than 20% of the 1 civil servants assessed may be graded 优秀 (0 at most); "
        "the unit ranks 1 among them: beyond the share: not listed",
    )
    assert [r.rule for r in zhang.reasons] == ["assessment.excellent_grade"] * 3


@pytest.mark.rule("assessment.excellent_grade")
@pytest.mark.parametrize("tie_policy", ["include_all", "refer", "exclude_all"])
def test_the_cap_follows_the_tie_policy_even_when_the_use_has_only_a_score_line(
    tie_policy: str,
) -> None:
    # a score line cuts nothing by rank, so the cap's tie at its limit reads the ties itself
    ds = excellent_grade(
        totals("cadre", FIVE),
        civil_servants=list(FIVE),
        policy=policy(
            excellent_grade_min_points=800,
            civil_servant_excellent_share="0.4",
            tie_policy=tie_policy,
        ),
    )
    tied = {
        "include_all": ("qualifies", "rank"),
        "refer": ("undecided", "tie_policy"),
        "exclude_all": ("does_not_qualify", "national_cap"),
    }[tie_policy]
    assert rows(ds) == [
        ("甲", "qualifies", "rank"),
        ("丙", *tied),
        ("乙", *tied),
        ("丁", "does_not_qualify", "national_cap"),
        ("戊", "does_not_qualify", "national_cap"),
    ]
    assert ds[0].parameters["assessment.tie_policy"] == tie_policy
    place = {
        "include_all": "在比例之内",
        "refer": "在比例线上并列,提交镇党委研究",
        "exclude_all": "超出比例,不列入优秀等次推荐",
    }[tie_policy]
    assert ds[1].reasons[-1].zh == (
        "丙是公务员:按《公务员考核规定》,优秀等次人数一般不超过参加年度考核的公务员总人数的"
        f"40%(5名公务员,至多2名);本单位在公务员中排名第2名,{place}"
    )


@pytest.mark.rule("assessment.excellent_grade")
def test_the_cap_applies_from_its_first_day() -> None:
    # civil_servant_excellent_share_since: a year assessed (on 31 December) on or after it
    def graded(since: dt.date) -> list[tuple[str, str, str]]:
        return rows(
            excellent_grade(
                totals("cadre", {"张三": 83, "李四": 82}),
                civil_servants=["张三"],
                policy=policy(excellent_grade_quota=2, civil_servant_excellent_share_since=since),
            )
        )

    assert graded(dt.date(2025, 12, 31))[0] == ("张三", "does_not_qualify", "national_cap")
    assert graded(dt.date(2026, 1, 1))[0] == ("张三", "qualifies", "rank")


#: Each use's rule, and the parameters it declares: its own three limits, the
#: rounding, the missing sheets, the ties; the excellent grade also the national cap.
DECLARED: list[tuple[UseFn, str]] = [
    (honours, "honours"),
    (promotion_shortlist, "promotion"),
    (reserve_cadre_recommendation, "reserve_cadres"),
    (excellent_grade, "excellent_grade"),
]


@pytest.mark.rule("assessment.honours")
@pytest.mark.rule("assessment.promotion_basis")
@pytest.mark.rule("assessment.reserve_cadres")
@pytest.mark.rule("assessment.excellent_grade")
@pytest.mark.parametrize("use", [u for _, u in DECLARED])
def test_each_use_declares_its_parameters(use: str) -> None:
    fn = {u: f for f, u in DECLARED}[use]
    national = (
        (
            "assessment.civil_servant_excellent_share",
            "assessment.civil_servant_excellent_share_since",
        )
        if use == "excellent_grade"
        else ()
    )
    expected = (
        f"assessment.{use}_quota",
        f"assessment.{use}_share",
        f"assessment.{use}_min_points",
        "assessment.quota_share_rounding",
        "assessment.missing_sheet_cuts",
        "assessment.tie_policy",
        "assessment.tie_secondary_keys",
        "assessment.tie_still_tied",
        *national,
    )
    assert get(id_of(fn)).parameters == expected
    assert _params_of(use) == expected  # type: ignore[arg-type]


def texts(d: Decision[UseResult]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


def basis(unit: str, rank: int, points: int, ranked: int = 6) -> tuple[str, str]:
    return (
        f"考核结果是村级组织评先评优的重要依据,由镇党委研究决定;{unit}排名第{rank}名({points}分),"
        f"共{ranked}个单位参加排名",
        "The result is an important basis for village organization honours, decided by the town "
        f"party committee; {unit} ranks {rank} of {ranked} ({points} points)",
    )


@pytest.mark.rule("assessment.honours")
def test_each_decision_states_the_basis_the_places_and_the_score_line_word_for_word() -> None:
    # 重要依据, not a gate: each unit is listed, not listed, or referred, and told why
    ds = honours(
        totals("village", VILLAGES), policy=policy(honours_quota=3, honours_min_points=950)
    )
    reached = ("最低得分950分,本单位已达到", "The score line is 950; the unit is at or above it")
    below = ("最低得分950分,本单位未达到", "The score line is 950; the unit is below it")
    tie = (
        "刘家村、胡家村得分相同,并列跨越第3名:列为待定,提交镇党委研究决定",
        "刘家村, 胡家村 have equal points across place 3: listed as undecided, referred to the "
        "town party committee",
    )
    assert [texts(d) for d in ds] == [
        [
            basis("朱家村", 1, 996),
            ("名额3个,第1名在名额之内", "3 place(s); rank 1 is within"),
            reached,
        ],
        [
            basis("石家村", 2, 984),
            ("名额3个,第2名在名额之内", "3 place(s); rank 2 is within"),
            reached,
        ],
        [basis("刘家村", 3, 960), tie, reached],
        [basis("胡家村", 3, 960), tie, reached],
        [
            basis("王家村", 5, 900),
            ("名额3个,第5名在名额之外", "3 place(s); rank 5 is outside"),
            below,
        ],
        [
            basis("李家村", 6, 840),
            ("名额3个,第6名在名额之外", "3 place(s); rank 6 is outside"),
            below,
        ],
    ]
    assert [(d.headline.zh, d.headline.en) for d in ds[1:3]] == [
        (
            "石家村(第2名,984分)列入村级组织评先评优推荐名单,提交镇党委研究决定",
            "石家村 (rank 2, 984 points) is listed in the recommendation for village organization "
            "honours, for the town party committee to decide",
        ),
        (
            "刘家村(第3名,960分)是否列入村级组织评先评优推荐名单待定,提交镇党委研究",
            "刘家村 (rank 3, 960 points): whether it is listed for village organization honours "
            "is undecided, referred to the town party committee",
        ),
    ]
    assert (ds[4].headline.zh, ds[4].headline.en) == (
        "王家村(第5名,900分)未列入村级组织评先评优推荐名单;排名作为依据供镇党委研究",
        "王家村 (rank 5, 900 points) is not listed in the recommendation for village organization "
        "honours; its place goes to the town party committee as a basis",
    )
    # outside the places and below the line: the rank decided it first
    assert rows(ds) == [
        ("朱家村", "qualifies", "rank"),
        ("石家村", "qualifies", "rank"),
        ("刘家村", "undecided", "tie_policy"),
        ("胡家村", "undecided", "tie_policy"),
        ("王家村", "does_not_qualify", "rank"),
        ("李家村", "does_not_qualify", "rank"),
    ]
    assert [(d.value.rank, d.value.places, d.value.tied_units) for d in ds[:3]] == [
        (1, 3, ()),
        (2, 3, ()),
        (3, 3, ("刘家村", "胡家村")),
    ]


@pytest.mark.rule("assessment.honours")
def test_a_cut_held_for_a_missing_sheet_names_the_places_held_and_the_missing_month() -> None:
    incomplete = totals("village", {"新村": 80}, months=11)
    ds = honours(
        totals("village", {"朱家村": 83, "石家村": 82, "刘家村": 80}) + incomplete,
        policy=policy(honours_quota=2),
    )
    assert rows(ds) == [
        ("朱家村", "undecided", "missing_sheets"),
        ("石家村", "undecided", "missing_sheets"),
        ("刘家村", "undecided", "missing_sheets"),
        ("新村", "not_ranked", "not_ranked"),
    ]
    hold = (
        "灵乡镇2025年度尚有单位缺少月度评分表(新村缺12月),全镇年度结果不完整;缺少的评分表可能改变"
        "名次,前2名暂缓确定,提交镇党委研究决定",
        "灵乡镇 lacks monthly sheets for 2025 (新村 lacks month(s) 12), so the town's annual "
        "result is incomplete; a missing sheet can change the places, so the top 2 are held and "
        "referred to the town party committee",
    )
    assert texts(ds[0]) == [basis("朱家村", 1, 996, ranked=3), hold]
    assert (ds[0].headline.zh, ds[0].headline.en) == (
        "朱家村(第1名,996分)村级组织评先评优推荐名单暂缓确定,提交镇党委研究",
        "朱家村 (rank 1, 996 points): the recommendation for village organization honours is "
        "held, referred to the town party committee",
    )
    assert ds[0].value.missing_sheets == ds[2].value.missing_sheets != ()
    new = ds[3]
    assert (new.headline.zh, new.headline.en) == (
        "新村2025年度考核不完整(缺12月),未参加排名,村级组织评先评优由镇党委研究",
        "新村 is not ranked for 2025 (month(s) 12 missing): village organization honours is "
        "for the town party committee to consider",
    )
    assert (new.value.rank, new.value.missing_months, new.value.missing_sheets) == (None, (12,), ())
    assert new.subject == "新村:2025"


@pytest.mark.rule("assessment.honours")
def test_a_unit_within_the_places_but_below_the_line_is_left_out_by_the_line() -> None:
    ds = honours(
        totals("village", VILLAGES), policy=policy(honours_quota=3, honours_min_points=990)
    )
    assert rows(ds)[:4] == [
        ("朱家村", "qualifies", "rank"),
        ("石家村", "does_not_qualify", "min_points"),
        ("刘家村", "does_not_qualify", "min_points"),
        ("胡家村", "does_not_qualify", "min_points"),
    ]
    assert texts(ds[1])[1:] == [
        ("名额3个,第2名在名额之内", "3 place(s); rank 2 is within"),
        ("最低得分990分,本单位未达到", "The score line is 990; the unit is below it"),
    ]


@pytest.mark.rule("assessment.honours")
def test_a_year_scored_zero_for_a_missing_month_is_ranked_and_lists_no_missing_month() -> None:
    # missing_months = "zero": the month counts 0 and the year is ranked; a use lists
    # missing months only for a unit it could not rank
    zero = policy(missing_months="zero", honours_quota=1)
    sheets = [
        MonthlySheet(unit=u, town=TOWN, year=2025, month=m, points={"goals": Decimal(p)})
        for u, p in {"甲村": 90, "乙村": 80}.items()
        for m in range(1, 13)
        if (u, m) != ("甲村", 6)
    ]
    ds = honours(annual_totals(sheets, policy=zero), policy=zero)
    assert [(d.value.unit, d.outcome, d.value.rank, d.value.missing_months) for d in ds] == [
        ("甲村", "qualifies", 1, ()),
        ("乙村", "does_not_qualify", 2, ()),
    ]


DAY = dt.date(2025, 3, 1)


@pytest.mark.rule("assessment.attend_party_committee")
def test_attendance_says_the_seed_s_clause_and_names_each_village() -> None:
    # 村党组织书记可列席镇党委会,参与重大事项决策
    ds = committee_attendance(["石家村", "朱家村"], on=DAY)
    assert [(d.subject, d.outcome, d.headline.zh, d.headline.en) for d in ds] == [
        (
            "朱家村",
            "may_attend",
            "朱家村党组织书记可列席镇党委会",
            "朱家村's party secretary may attend town party committee meetings",
        ),
        (
            "石家村",
            "may_attend",
            "石家村党组织书记可列席镇党委会",
            "石家村's party secretary may attend town party committee meetings",
        ),
    ]
    assert [(r.zh, r.en) for r in ds[0].reasons] == [
        (
            "村党组织书记可列席镇党委会,参与重大事项决策",
            "Village party secretaries may attend town party committee meetings and take part "
            "in deciding major matters",
        )
    ]
    off = committee_attendance(
        ["朱家村"], on=DAY, policy=policy(secretaries_attend_committee=False)
    )[0]
    assert (off.headline.zh, off.headline.en) == (
        "朱家村党组织书记不列席镇党委会(本地未采用)",
        "朱家村's party secretary does not attend town party committee meetings "
        "(not adopted locally)",
    )
    assert [(r.zh, r.en) for r in off.reasons] == [
        (
            "本地政策未采用村党组织书记列席镇党委会",
            "The local policy has not adopted attendance by village secretaries",
        )
    ]


@pytest.mark.rule("assessment.attend_party_committee")
def test_attendance_errors_name_the_argument() -> None:
    for bare in ("朱家村", b"V01"):
        with pytest.raises(RecordError) as caught:
            committee_attendance(bare, on=DAY)  # type: ignore[arg-type]
        assert str(caught.value) == (
            "villages: expected a collection of village ids, not a single string"
        )
    with pytest.raises(ValidationError) as invalid:
        committee_attendance([""], on=DAY)
    assert invalid.value.title == "villages"
    assert {e["loc"][0] for e in invalid.value.errors()} == {"villages"}
    with pytest.raises(RecordError) as twice:
        committee_attendance(["朱家村", "朱家村"], on=DAY)
    assert str(twice.value) == "village listed more than once: 朱家村"
    with pytest.raises(ValidationError) as day:
        committee_attendance(["朱家村"], on="someday")  # type: ignore[arg-type]
    assert day.value.title == "on"
    assert {e["loc"][0] for e in day.value.errors()} == {"on"}


@pytest.mark.rule("assessment.honours")
@pytest.mark.rule("assessment.promotion_basis")
@pytest.mark.rule("assessment.reserve_cadres")
@pytest.mark.rule("assessment.excellent_grade")
@pytest.mark.parametrize("use", [u for _, u in DECLARED])
def test_a_wrong_policy_is_refused_even_with_nothing_to_decide(use: str) -> None:
    fn = {u: f for f, u in DECLARED}[use]
    assert fn(()) == ()
    with pytest.raises(TypeError, match=r"^policy must be an orgwork Policy or None, not dict"):
        fn((), policy={})


@pytest.mark.rule("assessment.honours")
def test_a_score_line_alone_still_counts_the_units_ranked() -> None:
    ds = honours(totals("village", VILLAGES), policy=policy(honours_min_points=950))
    assert texts(ds[0]) == [
        basis("朱家村", 1, 996),
        ("最低得分950分,本单位已达到", "The score line is 950; the unit is at or above it"),
    ]
    assert (ds[0].value.places, ds[-1].value.places) == (None, None)


@pytest.mark.rule("assessment.excellent_grade")
def test_civil_servants_errors_name_the_argument_and_every_unknown_id() -> None:
    cadres = totals("cadre", {"张三": 83, "李四": 82})
    terms = policy(excellent_grade_quota=1)
    for bare in ("张三", b"V01"):
        with pytest.raises(RecordError) as caught:
            excellent_grade(cadres, civil_servants=bare, policy=terms)  # type: ignore[arg-type]
        assert str(caught.value) == (
            "civil_servants: expected a collection of cadre ids, not a string"
        )
    with pytest.raises(RecordError) as unknown:
        excellent_grade(cadres, civil_servants=["张三", "某人", "无名"], policy=terms)
    assert str(unknown.value) == (
        "civil_servants names units that are not cadres in the totals: 无名, 某人"
    )
    with pytest.raises(TypeError) as wrong:
        excellent_grade(cadres, civil_servants=[3], policy=terms)  # type: ignore[list-item]
    assert str(wrong.value) == "civil_servants must hold strings only, found int"


@pytest.mark.rule("assessment.promotion_basis")
def test_a_use_for_another_kind_of_unit_names_every_unit_that_is_not() -> None:
    with pytest.raises(RecordError) as caught:
        promotion_shortlist(
            totals("village", {"朱家村": 83, "石家村": 82}), policy=policy(promotion_quota=1)
        )
    assert str(caught.value) == (
        "promotion of town mid-level cadres applies to cadre units; these are not: 朱家村, 石家村"
    )


@pytest.mark.rule("assessment.honours")
def test_a_year_reads_the_terms_in_force_on_its_last_day_and_names_the_rules_it_rests_on() -> None:
    # the quota rises from 1 to 2 on 2025-06-01: 2024 keeps 1, 2025 (read on 31 December) has 2
    changed = policy(honours_quota=1).with_change(
        dt.date(2025, 6, 1), {"assessment.honours_quota": 2}
    )
    for year, places in ((2024, 1), (2025, 2)):
        sheets = [
            MonthlySheet(unit=u, town=TOWN, year=year, month=m, points={"goals": Decimal(p)})
            for u, p in VILLAGES.items()
            for m in range(1, 13)
        ]
        ds = honours(annual_totals(sheets), policy=changed)
        assert {d.value.places for d in ds} == {places}
        assert ds[0].parameters["assessment.honours_quota"] == places
        assert ds[0].rules == ("assessment.honours", "assessment.rank", "assessment.annual_total")


@pytest.mark.rule("assessment.excellent_grade")
def test_a_cut_held_for_a_missing_sheet_is_not_cut_by_the_national_cap_either() -> None:
    # while the town's result is incomplete the whole recommendation is referred; the
    # 20% cap (here 0 places of 2) is applied when the cut is made, not before
    incomplete = totals("cadre", {"新人": 80}, months=11)
    ds = excellent_grade(
        totals("cadre", {"张三": 83, "李四": 82}) + incomplete,
        civil_servants=["张三", "李四"],
        policy=policy(excellent_grade_quota=1),
    )
    assert [(*row, d.value.national_places) for row, d in zip(rows(ds), ds, strict=True)] == [
        ("张三", "undecided", "missing_sheets", None),
        ("李四", "undecided", "missing_sheets", None),
        ("新人", "not_ranked", "not_ranked", None),
    ]
    assert all("公务员" not in r.zh for d in ds for r in d.reasons)


@pytest.mark.rule("assessment.honours")
def test_a_share_of_no_places_holds_nothing_back_for_a_missing_sheet() -> None:
    # 10% of six villages rounds down to no place: nobody qualifies by rank, and a village
    # without all its sheets has nothing to hold back ("the top 0 are held" said nothing)
    incomplete = totals("village", {"新村": 79}, months=11)
    ds = honours(
        totals("village", VILLAGES) + incomplete,
        policy=policy(honours_share="0.1", quota_share_rounding="down"),
    )
    assert {d.value.places for d in ds if d.outcome != "not_ranked"} == {0}
    assert [r for r in rows(ds) if r[1] != "does_not_qualify"] == [
        ("新村", "not_ranked", "not_ranked")
    ]
    assert all("暂缓" not in r.zh for d in ds for r in d.reasons)
    assert all("assessment.missing_sheet_cuts" not in d.parameters for d in ds)

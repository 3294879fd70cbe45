"""Open-day plan checks word for word: each violation whole, the reasons, the headline.

Written against the survivors of mutation testing (``python tools/mutation.py
open_day/_plans``, triage in ``docs/mutation.md``). A violation is read by the
locality's organization department: it must name the open day, the parameter,
what was required and what the plan holds, in both languages.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from orgwork.decision import Decision
from orgwork.open_day import (
    BAOHE,
    CHANGFENG,
    CHAOHU,
    OpenDay,
    OpenDayPlan,
    Representative,
    Violation,
    check_plan,
    lead_days,
)
from orgwork.policy import Policy
from orgwork.rules import get

HELD = dt.date(2025, 6, 28)
ON_HELD = "2025年6月28日:", "2025-06-28: "


def _row(v: Violation) -> tuple[Any, ...]:
    return (v.code, v.held_on, v.parameter, v.expected, v.actual, v.zh, v.en)


def _reasons(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


def _not_checked(zh: str, en: str, name: str) -> tuple[str, str]:
    return (
        f"未设定{zh}(open_day.{name}),不检查",
        f"No requirement for {en} (open_day.{name} is not set); not checked",
    )


def _dated(zh: str, en: str) -> tuple[str, str]:
    return ON_HELD[0] + zh, ON_HELD[1] + en


@pytest.mark.rule("open_day.check_plan")
def test_a_changfeng_plan_breaking_every_clause_lists_each_violation_whole() -> None:
    """长丰县: 每年举办2次; 公开选择30名代表; 从“两代表一委员”…中; 提前半个月…邀请函; 前一周…公告."""
    quotes = "".join(CHANGFENG.quotes)
    for clause in ("公开选择30名代表", "提前半个月向被邀请代表寄发邀请函"):
        assert clause in quotes
    assert "每年举办2次“开放日”活动" in get("open_day.check_plan").source.quote
    bad = OpenDay(
        held_on=HELD,
        invitations_sent_on=dt.date(2025, 6, 20),
        announced_on=None,
        representatives=(
            Representative(id="R1", group="petitioner"),  # type: ignore[arg-type]
            Representative(id="X1", group="media"),  # type: ignore[arg-type]
        ),
        publicly_selected=False,
    )
    d = check_plan(
        OpenDayPlan(locality="长丰县", year=2025, days=(bad,)), policy=CHANGFENG.policy()
    )
    groups = (
        "party_congress_delegate, peoples_congress_deputy, cppcc_member, "
        "grassroots_party_member, grassroots_cadre, petitioner"
    )
    rows = [
        (
            "too_few_days",
            None,
            "open_day.days_per_year",
            ">= 2",
            "1",
            "2025年计划1次开放日,少于每年2次",
            "1 open day(s) planned in 2025, fewer than 2 a year",
        ),
        (
            "representative_count",
            HELD,
            "open_day.representatives",
            "30",
            "2",
            "代表2名,应为30名",
            "2 representative(s), exactly 30 required",
        ),
        (
            "not_publicly_selected",
            HELD,
            "open_day.public_selection",
            "true",
            "false",
            "代表未经公开选择",
            "representatives were not selected publicly",
        ),
        (
            "representative_group",
            HELD,
            "open_day.representative_groups",
            groups,
            "X1: media",
            "代表X1(新闻媒体)不在规定的代表类别内",
            "representative X1 (media) is from a group not allowed",
        ),
        (
            "invitation_late",
            HELD,
            "open_day.invitation_lead",
            ">= 15 days before",
            "8 days before",
            "2025年6月20日寄发邀请函,仅提前8天,应提前半个月(15天)",
            "invitations on 2025-06-20, 8 day(s) ahead; 1 half month (15 days) required",
        ),
        (
            "announcement_missing",
            HELD,
            "open_day.announcement_lead",
            ">= 7 days before",
            "none recorded",
            "未记录发布公告日期,应提前1周(7天)",
            "no date for the announcement; 1 week (7 days) ahead required",
        ),
    ]
    assert [_row(v) for v in d.value] == rows
    assert d.outcome == "violations"
    assert d.subject == "长丰县2025"
    assert d.headline("zh") == "长丰县2025年开放日计划:6处不符合要求"
    assert d.headline("en") == "长丰县 2025 open-day plan: 6 violation(s)"
    year_reason = [(rows[0][5], rows[0][6])]
    day_reasons = [_dated(r[5], r[6]) for r in rows[1:]]
    assert _reasons(d) == [
        *year_reason,
        *day_reasons,
        _not_checked("须到场的代表类别", "groups that must be present", "required_groups"),
        _not_checked("推荐选举单位数", "electoral units", "electoral_units"),
        _not_checked("推荐代表人数", "recommended delegates", "recommended_candidates"),
    ]


@pytest.mark.rule("open_day.check_plan")
def test_baohe_about_twenty_and_three_days_ahead_word_for_word() -> None:
    """包河区: 20人左右参加开放日活动; 提前3天对外发布活动信息 (左右: within 10%)."""
    assert "20人左右参加开放日活动" in "".join(BAOHE.quotes)
    reps = tuple(Representative(id=f"B{i}", group="media") for i in range(17))  # type: ignore[arg-type]
    day = OpenDay(held_on=HELD, announced_on=dt.date(2025, 6, 27), representatives=reps)
    d = check_plan(OpenDayPlan(year=2025, days=(day,)), policy=BAOHE.policy())
    rows = [
        (
            "representative_count",
            HELD,
            "open_day.representatives",
            "20 ± 2",
            "17",
            "代表17名,应为20人左右(±2)",
            "17 representative(s), about 20 (± 2) required",
        ),
        (
            "announcement_late",
            HELD,
            "open_day.announcement_lead",
            ">= 3 days before",
            "1 days before",
            "2025年6月27日发布公告,仅提前1天,应提前3天(3天)",
            "announcement on 2025-06-27, 1 day(s) ahead; 3 days (3 days) required",
        ),
    ]
    assert [_row(v) for v in d.value] == rows
    assert (d.subject, d.headline("zh"), d.headline("en")) == (
        "2025",
        "2025年开放日计划:2处不符合要求",
        "2025 open-day plan: 2 violation(s)",
    )
    assert _reasons(d) == [
        *(_dated(r[5], r[6]) for r in rows),
        _not_checked("每年开放次数", "open days a year", "days_per_year"),
        _not_checked("代表类别", "the representatives' groups", "representative_groups"),
        _not_checked("须到场的代表类别", "groups that must be present", "required_groups"),
        _not_checked("邀请函提前时间", "invitation lead time", "invitation_lead"),
        _not_checked("推荐选举单位数", "electoral units", "electoral_units"),
        _not_checked("推荐代表人数", "recommended delegates", "recommended_candidates"),
    ]


@pytest.mark.rule("open_day.check_plan")
def test_chaohu_minimums_name_what_is_short_and_what_is_unrecorded() -> None:
    """巢湖市: 从全市18个选举单位推jian36名不同类型党代表 — minimums; none recorded is short."""
    day = OpenDay(held_on=dt.date(2013, 7, 1), electoral_units=17)
    d = check_plan(OpenDayPlan(year=2013, days=(day,)), policy=CHAOHU.policy())
    held = dt.date(2013, 7, 1)
    assert [_row(v) for v in d.value] == [
        (
            "representative_count",
            held,
            "open_day.representatives",
            "18",
            "0",
            "代表0名,应为18名",
            "0 representative(s), exactly 18 required",
        ),
        (
            "electoral_units",
            held,
            "open_day.electoral_units",
            ">= 18",
            "17",
            "推荐代表的选举单位17,应不少于18",
            "electoral units recommending: 17, at least 18 required",
        ),
        (
            "recommended_candidates",
            held,
            "open_day.recommended_candidates",
            ">= 36",
            "none recorded",
            "推荐的党代表未记录,应不少于36",
            "delegates recommended: none recorded, at least 36 required",
        ),
    ]
    assert d.reasons[1].en == "2013-07-01: electoral units recommending: 17, at least 18 required"


@pytest.mark.rule("open_day.check_plan")
def test_a_plan_without_requirements_conforms_and_names_each_one_not_checked() -> None:
    d = check_plan(OpenDayPlan(year=2025))
    assert (d.outcome, d.value, d.subject) == ("conforms", (), "2025")
    assert d.headline("zh") == "2025年开放日计划:符合要求"
    assert d.headline("en") == "2025 open-day plan: conforms"
    assert _reasons(d) == [
        ("计划符合所设定的各项要求", "The plan meets every requirement set"),
        _not_checked("每年开放次数", "open days a year", "days_per_year"),
        _not_checked("代表人数", "the number of representatives", "representatives"),
        _not_checked("代表类别", "the representatives' groups", "representative_groups"),
        _not_checked("须到场的代表类别", "groups that must be present", "required_groups"),
        _not_checked("邀请函提前时间", "invitation lead time", "invitation_lead"),
        _not_checked("公告提前时间", "announcement lead time", "announcement_lead"),
        _not_checked("推荐选举单位数", "electoral units", "electoral_units"),
        _not_checked("推荐代表人数", "recommended delegates", "recommended_candidates"),
    ]
    local = check_plan(OpenDayPlan(locality="肥西县", year=2025))
    assert local.subject == "肥西县2025"
    assert local.headline("zh") == "肥西县2025年开放日计划:符合要求"
    assert local.headline("en") == "肥西县 2025 open-day plan: conforms"


@pytest.mark.rule("open_day.check_plan")
@pytest.mark.parametrize(
    "case",
    [
        (1, "day", 1, "1天(1天)", "1 day (1 days)"),
        (2, "day", 2, "2天(2天)", "2 days (2 days)"),
        (1, "week", 7, "1周(7天)", "1 week (7 days)"),
        (2, "week", 14, "2周(14天)", "2 weeks (14 days)"),
        (1, "half_month", 15, "半个月(15天)", "1 half month (15 days)"),
        (2, "half_month", 30, "2个半月(30天)", "2 half months (30 days)"),
    ],
)
def test_a_lead_time_is_stated_in_its_unit_and_in_days(
    case: tuple[int, str, int, str, str],
) -> None:
    """A lead time of n units: at least n × (1, 7 or half_month_days) calendar days before."""
    amount, unit, days, zh, en = case
    policy = Policy.default().override(
        {"open_day.invitation_lead": amount, "open_day.invitation_lead_unit": unit}
    )
    day = OpenDay(held_on=HELD, invitations_sent_on=HELD - dt.timedelta(days=days - 1))
    (v,) = check_plan(OpenDayPlan(year=2025, days=(day,)), policy=policy).value
    sent = HELD - dt.timedelta(days=days - 1)
    assert (v.code, v.expected, v.actual) == (
        "invitation_late",
        f">= {days} days before",
        f"{days - 1} days before",
    )
    assert (
        v.zh == f"{sent.year}年{sent.month}月{sent.day}日寄发邀请函,仅提前{days - 1}天,应提前{zh}"
    )
    assert v.en == f"invitations on {sent.isoformat()}, {days - 1} day(s) ahead; {en} required"
    on_time = day.model_copy(update={"invitations_sent_on": HELD - dt.timedelta(days=days)})
    assert check_plan(OpenDayPlan(year=2025, days=(on_time,)), policy=policy).value == ()


@pytest.mark.rule("open_day.check_plan")
def test_the_requirements_are_those_in_force_on_1_january_of_the_plans_year() -> None:
    """check_plan's docstring: the ``open_day`` parameters in force on 1 January of the year."""
    plan = OpenDayPlan(year=2025, days=(OpenDay(held_on=HELD),))
    from_new_year = Policy.default().with_change(dt.date(2025, 1, 1), {"open_day.days_per_year": 2})
    assert [v.code for v in check_plan(plan, policy=from_new_year).value] == ["too_few_days"]
    assert check_plan(plan, policy=from_new_year).parameters["open_day.days_per_year"] == 2
    later = Policy.default().with_change(dt.date(2025, 1, 2), {"open_day.days_per_year": 2})
    assert check_plan(plan, policy=later).value == ()
    assert check_plan(plan, policy=later).parameters["open_day.days_per_year"] is None


def test_lead_days_rejects_a_unit_or_number_it_does_not_know() -> None:
    with pytest.raises(
        ValueError, match=r"^unit must be 'day', 'week' or 'half_month', not 'month'$"
    ):
        lead_days(1, "month", half_month_days=15)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unit must be"):
        lead_days(1, 7, half_month_days=15)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^amount must be an int, not bool$"):
        lead_days(True, "day", half_month_days=15)
    with pytest.raises(TypeError, match=r"^amount must be an int, not float$"):
        lead_days(1.5, "day", half_month_days=15)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^half_month_days must be an int, not str$"):
        lead_days(1, "half_month", half_month_days="15")  # type: ignore[arg-type]
    assert lead_days(3, "week", half_month_days=15) == 21
    assert lead_days(2, "half_month", half_month_days=14) == 28


@pytest.mark.rule("open_day.check_plan")
def test_range_groups_and_announcement_violations_whole() -> None:
    """The requirements 瑶海区 sets: each violation names its open day and what it found."""
    from orgwork.open_day import YAOHAI

    held = dt.date(2013, 6, 28)
    day = OpenDay(held_on=held, representatives=(Representative(id="R1", group="public"),))
    d = check_plan(OpenDayPlan(year=2013, days=(day,)), policy=YAOHAI.policy())
    rows = [(v.code, v.held_on, v.parameter, v.expected, v.actual) for v in d.value]
    assert rows == [
        ("representative_range", held, "open_day.representatives_at_least", "11..19", "1"),
        ("group_missing", held, "open_day.required_groups", ">= 1 party_congress_delegate", "0"),
        ("group_missing", held, "open_day.required_groups", ">= 1 peoples_congress_deputy", "0"),
        ("group_missing", held, "open_day.required_groups", ">= 1 cppcc_member", "0"),
        ("group_missing", held, "open_day.required_groups", ">= 1 grassroots_cadre", "0"),
        (
            "announcement_missing",
            held,
            "open_day.announcement_required",
            ">= 1 days before",
            "none recorded",
        ),
    ]
    assert d.value[1].en == "no representative from party_congress_delegate; at least one required"
    assert d.value[1].zh == "无党代表到场,应每类至少一名"
    assert d.value[-1].en == "no announcement recorded before the open day"


@pytest.mark.rule("open_day.check_plan")
def test_a_notice_published_after_the_open_day_word_for_word() -> None:
    """包河区 提前3天对外发布活动信息: a notice two days after the open day is said so."""
    reps = tuple(Representative(id=f"B{i}", group="media") for i in range(20))  # type: ignore[arg-type]
    day = OpenDay(held_on=HELD, announced_on=dt.date(2025, 6, 30), representatives=reps)
    (v,) = check_plan(OpenDayPlan(year=2025, days=(day,)), policy=BAOHE.policy()).value
    assert _row(v)[:5] == (
        "announcement_late",
        HELD,
        "open_day.announcement_lead",
        ">= 3 days before",
        "2 days after",
    )
    assert (v.zh, v.en) == (
        "2025年6月30日发布公告,在开放日后2天才发出,应提前3天(3天)",
        "announcement on 2025-06-30, 2 day(s) after the open day; 3 days (3 days) ahead required",
    )

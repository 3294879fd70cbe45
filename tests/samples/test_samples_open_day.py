"""The open-day family of the sample town: two open days, their plan and their suggestions."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgwork.calendar import official_calendar
from orgwork.decision import Decision
from orgwork.open_day import (
    BAOHE,
    CHANGFENG,
    CHAOHU,
    PRESETS,
    SuggestionStatus,
    check_plan,
    follow_up_deadline,
    suggestion_status,
)
from orgwork.policy import Policy
from orgwork.report import Section
from orgwork.report.open_day import section
from orgwork.rules import catalogue
from orgwork.samples import TOWN
from orgwork.samples.open_day import (
    FIRST_YEAR,
    LAST_YEAR,
    SAMPLE_DELEGATION_PRESET,
    SAMPLE_FEEDBACK_INTERVAL_MONTHS,
    SAMPLE_PRESET,
    OpenDayRecords,
    build,
)

YEARS = (2004, 2013, 2020, 2025, 2026)
ALL_YEARS = tuple(range(FIRST_YEAR, LAST_YEAR + 1))


def _decisions(s: Section, rule_id: str) -> list[Decision[Any]]:
    return [d for d in s.decisions if d.rule == rule_id]


def _summary(s: Section, lang: str = "zh") -> str:
    return "\n".join(t.zh if lang == "zh" else t.en for t in s.summary)


# -- the data ---------------------------------------------------------------------------


@pytest.mark.rule("open_day.check_plan")
@pytest.mark.parametrize("year", YEARS)
def test_two_open_days_one_plan_breaks_changfengs_announcement_lead(year: int) -> None:
    sample = build(year)
    assert sample.plan.locality == TOWN.county
    assert len(sample.plan.days) == 2
    first, second = sample.plan.days
    assert first.held_on.month < 7 < second.held_on.month
    assert all(official_calendar().is_working_day(d.held_on) for d in sample.plan.days)
    assert second.announced_on is not None
    assert (second.held_on - second.announced_on).days == 5
    decision = check_plan(sample.plan, policy=CHANGFENG.policy())
    assert [(v.code, v.held_on) for v in decision.value] == [("announcement_late", second.held_on)]


@pytest.mark.rule("open_day.suggestion_status")
@pytest.mark.parametrize("year", YEARS)
def test_suggestions_on_the_spot_in_time_late_and_open(year: int) -> None:
    sample = build(year)
    statuses = [suggestion_status(s, on=sample.on).value.status for s in sample.suggestions]
    assert statuses.count(SuggestionStatus.ANSWERED_ON_SPOT) >= 5
    assert statuses.count(SuggestionStatus.ANSWERED_ON_TIME) >= 5
    assert statuses.count(SuggestionStatus.ANSWERED_LATE) == 2
    assert statuses.count(SuggestionStatus.OVERDUE) == 1
    assigned = [s for s in sample.suggestions if not s.answered_on_spot]
    assert all(s.assignee for s in assigned)  # 指定专人办理
    days = {d.held_on for d in sample.plan.days}
    assert {s.open_day for s in sample.suggestions} == days
    assert 0 < sum(s.adopted for s in sample.suggestions) < len(sample.suggestions)


def test_build_is_deterministic_and_bounded() -> None:
    assert build(2025) == build(2025)
    assert build(2025).plan != build(2024).plan
    for bad in (FIRST_YEAR - 1, LAST_YEAR + 1):
        with pytest.raises(ValueError, match="2004–2026"):
            build(bad)


def test_sample_round_trips_through_json() -> None:
    sample = build(2025)
    assert OpenDayRecords.model_validate_json(sample.model_dump_json()) == sample


# -- the section ------------------------------------------------------------------------


@pytest.mark.rule("open_day.check_plan")
def test_section_checks_the_plan_against_changfeng_as_a_labelled_sample_setting() -> None:
    sample = build(2025)
    s = section(sample)
    assert s.key == "open_day"
    plan = s.decisions[0]
    assert plan.rule == "open_day.check_plan"
    assert [v.code for v in plan.value] == ["announcement_late"]
    assert plan.parameters["open_day.representatives"] == 30
    second = sample.plan.days[1].held_on
    text = _summary(s)
    assert (
        f"按长丰县做法(示例设定)检查开放日计划:1处不符合要求——{second.month}月{second.day}日开放日"
        in text
    )
    assert "仅提前5天,应提前1周(7天)" in text
    assert any("示例设定" in n.zh and "长丰县" in n.zh for n in s.notes)
    assert SAMPLE_PRESET is CHANGFENG


@pytest.mark.rule("open_day.check_plan")
def test_a_policy_with_its_own_requirements_is_used_as_is() -> None:
    s = section(build(2025), BAOHE.policy())
    plan = s.decisions[0]
    assert {v.code for v in plan.value} == {"representative_count"}  # 30, not about 20
    assert plan.parameters["open_day.days_per_year"] is None  # not filled in from 长丰县
    # no sample setting for the plan (the delegates and the feedback keep their own)
    assert not any("示例设定" in n.zh and "长丰县" in n.zh for n in s.notes)
    assert not any("开放日计划要求" in n.zh for n in s.notes)
    assert "按所用政策的要求检查开放日计划:2处不符合要求" in _summary(s)
    lenient = Policy.default().override(
        {"open_day.announcement_lead": 3, "open_day.announcement_lead_unit": "day"}
    )
    assert "符合要求" in _summary(section(build(2025), lenient))
    assert section(build(2025), lenient).decisions[0].outcome == "conforms"


@pytest.mark.rule("open_day.follow_up_deadline")
def test_section_states_the_follow_ups_due() -> None:
    sample = build(2025)
    s = section(sample)
    deadlines = _decisions(s, "open_day.follow_up_deadline")
    assert [d.subject for d in deadlines] == [d.held_on.isoformat() for d in sample.plan.days]
    text = _summary(s)
    for day, d in zip(sample.plan.days, deadlines, strict=True):
        assert d.value == follow_up_deadline(day.held_on).value
        assert f"即{d.value.month}月{d.value.day}日前答复" in text
    assert "A03、A04、A05、A07、A09" in text


@pytest.mark.rule("open_day.suggestion_counts")
def test_section_states_the_counts_and_the_late_and_overdue() -> None:
    sample = build(2025)
    s = section(sample)
    counts = _decisions(s, "open_day.suggestion_counts")
    assert [d.subject for d in counts] == [
        "all",
        *(d.held_on.isoformat() for d in sample.plan.days),
    ]
    c = counts[0].value
    assert (c.collected, c.adopted, c.answered) == (17, 6, 16)
    assert (c.answered_on_spot, c.answered_late, c.overdue) == (7, 2, 1)
    assert [x.value.collected for x in counts[1:]] == [9, 8]
    text = _summary(s)
    assert "共收集意见建议17条" in text
    assert "采纳6条" in text
    assert "已答复16条" in text
    assert "超期答复:A07" in text
    assert "B03" in text
    assert "超期未答复:B06“反映组织关系网上转接系统操作复杂”(承办人方志诚" in text
    assert "Overdue: B06 (assignee 方志诚" in _summary(s, "en")


@pytest.mark.rule("open_day.suggestion_status")
def test_a_longer_follow_up_limit_turns_late_answers_on_time() -> None:
    sample = build(2025)
    longer = section(sample, Policy.default().override({"open_day.follow_up_working_days": 10}))
    counts = _decisions(longer, "open_day.suggestion_counts")[0]
    assert counts.parameters["open_day.follow_up_working_days"] == 10
    assert counts.value.answered_late == 0
    assert counts.value.overdue == 1  # never answered: late whatever the limit
    assert "超期答复:" not in _summary(longer)
    shorter = section(sample, Policy.default().override({"open_day.follow_up_working_days": 3}))
    assert _decisions(shorter, "open_day.suggestion_counts")[0].value.answered_late > 2


@pytest.mark.rule("open_day.follow_up_deadline")
def test_deadlines_past_the_calendar_become_notes() -> None:
    sample = build(2026)
    s = section(sample, Policy.default().override({"open_day.follow_up_working_days": 60}))
    second = sample.plan.days[1].held_on
    assert [d.subject for d in _decisions(s, "open_day.follow_up_deadline")] == [
        sample.plan.days[0].held_on.isoformat()
    ]
    assigned = [x.id for x in sample.suggestions if x.open_day == second and not x.answered_on_spot]
    assert any(all(i in n.zh for i in assigned) and "2027" in n.zh for n in s.notes)
    assert any(f"{second.month}月{second.day}日开放日" in n.zh and "2027" in n.zh for n in s.notes)
    assert f"另有{len(assigned)}条无法判定" in _summary(s)
    assert "共收集意见建议17条" in _summary(s)
    # with the seed's 7 working days, 2026's late-October open day is decided in full
    assert not any("2027" in n.zh for n in section(sample).notes)


def test_section_runs_every_open_day_rule() -> None:
    ids = {r.id for r in catalogue() if r.id.startswith("open_day.")}
    used = {rule for d in section(build(2025)).decisions for rule in d.rules}
    assert ids <= used


@pytest.mark.parametrize("year", ALL_YEARS)
def test_section_never_raises_in_any_covered_year(year: int) -> None:
    s = section(build(year))
    assert len(s.summary) >= 5
    assert s.decisions[0].outcome == "violations"
    assert all(t.zh for t in (*s.summary, *s.notes))
    assert all(t.en for t in (*s.summary, *s.notes))


@settings(max_examples=25)
@given(
    year=st.integers(FIRST_YEAR, LAST_YEAR),
    follow_up=st.integers(1, 120),
    lead=st.one_of(st.none(), st.integers(1, 30)),
    preset=st.sampled_from((None, "changfeng", "baohe", "chaohu", "feixi")),
)
def test_section_never_raises_under_any_policy(
    year: int, follow_up: int, lead: int | None, preset: str | None
) -> None:
    base = Policy.default() if preset is None else PRESETS[preset].policy()
    policy = base.override({"open_day.follow_up_working_days": follow_up})
    if lead is not None:
        policy = policy.override({"open_day.invitation_lead": lead})
    sample = build(year)
    s = section(sample, policy)
    counts = _decisions(s, "open_day.suggestion_counts")[0].value
    undecided = len(sample.suggestions) - counts.collected
    assert undecided >= 0
    assert (undecided > 0) == any("无法判定是否按期答复" in n.zh for n in s.notes)


@pytest.mark.parametrize("year", [2025, 2026])
def test_section_json_round_trips(year: int) -> None:
    s = section(build(year))
    text = s.model_dump_json()
    back = Section.model_validate_json(text)
    assert back.model_dump_json() == text
    assert back.render("en") == s.render("en")


def test_deadline_is_counted_on_the_working_day_calendar() -> None:
    sample = build(2025)
    s = section(sample)
    cal = official_calendar()
    for d in _decisions(s, "open_day.follow_up_deadline"):
        held = dt.date.fromisoformat(str(d.subject))
        assert cal.working_days_between(held, d.value) == 7
        assert cal.is_working_day(d.value)


# -- 巢湖市: the delegates and the sites; 肥西县: the feedback on the rectification ------------


def _zh_lines(s: Section, *keys: str) -> list[str]:
    return [t.zh for t in s.summary if any(k in t.zh for k in keys)]


@pytest.mark.rule("open_day.representative_balance")
@pytest.mark.parametrize("year", YEARS)
def test_the_delegates_meet_chaohus_counts_and_the_balance_is_referred(year: int) -> None:
    sample = build(year)
    assert len(sample.delegates) == 36
    assert len({d.unit for d in sample.delegates}) == 18
    assert sum(d.chosen for d in sample.delegates) == 18
    s = section(sample)
    (d,) = _decisions(s, "open_day.representative_balance")
    assert d.outcome == "referred"
    assert (d.value.units, d.value.recommended, d.value.chosen) == (18, 36, 18)
    assert d.value.violations == ()
    assert d.parameters["open_day.electoral_units"] == 18
    assert d.parameters["open_day.recommended_candidates"] == 36
    assert d.parameters["open_day.representatives"] == 18
    assert {(g.value, g.recommended, g.chosen) for g in d.value.gender} == {
        ("male", 18, 9),
        ("female", 18, 9),
    }
    assert any("示例设定" in n.zh and "巢湖市" in n.zh for n in s.notes)
    assert SAMPLE_DELEGATION_PRESET is CHAOHU
    on = sample.delegates_chosen_on
    assert on is not None
    assert (
        f"{on.month}月{on.day}日确定参加活动的党代表:18个选举单位推荐36名,确定18名;"
        "推荐和确定人数符合要求" in _summary(s)
    )
    assert "原文未规定比例,提交研究决定" in _summary(s)


@pytest.mark.rule("open_day.representative_balance")
def test_one_delegate_too_few_is_a_violation_and_the_balance_still_referred() -> None:
    sample = build(2025)
    first = next(i for i, d in enumerate(sample.delegates) if d.chosen)
    delegates = list(sample.delegates)
    delegates[first] = delegates[first].model_copy(update={"chosen": False})
    s = section(sample.model_copy(update={"delegates": tuple(delegates)}))
    (d,) = _decisions(s, "open_day.representative_balance")
    assert d.outcome == "violations"
    assert [(v.code, v.expected, v.actual) for v in d.value.violations] == [
        ("representative_count", "18", "17")
    ]
    assert "确定17名;1处不符合要求" in _summary(s)
    assert "人选结构提交研究决定" in _summary(s)


@pytest.mark.rule("open_day.site_choice")
@pytest.mark.parametrize("year", YEARS)
def test_two_of_a_hundred_sites_are_chosen_publicly_and_a_base_is_added(year: int) -> None:
    sample = build(year)
    s = section(sample)
    (d,) = _decisions(s, "open_day.site_choice")
    assert d.outcome == "conforms"
    assert d.parameters["open_day.demo_sites"] == 100
    assert d.parameters["open_day.sites_chosen"] == 2
    chosen = tuple(x.id for x in sample.sites if x.chosen)
    assert len(chosen) == 2
    assert d.value.kept == chosen
    assert d.value.added == ("市干部教育基地",)
    assert "党建示范点100个,代表公开选定2个" in _summary(s)
    assert "符合要求;组织最终确定时增加市干部教育基地" in _summary(s)


@pytest.mark.rule("open_day.site_choice")
def test_sites_chosen_in_private_or_dropped_from_the_final_list() -> None:
    sample = build(2025)
    private = section(sample.model_copy(update={"sites_chosen_publicly": False}))
    (d,) = _decisions(private, "open_day.site_choice")
    assert d.outcome == "violations"
    assert [v.code for v in d.value.violations] == ["not_chosen_publicly"]
    assert "代表未公开选定2个" in _summary(private)
    sites = tuple(x.model_copy(update={"final": False}) if x.chosen else x for x in sample.sites)
    dropped = section(sample.model_copy(update={"sites": sites}))
    (d,) = _decisions(dropped, "open_day.site_choice")
    assert d.outcome == "referred"
    assert "未列入最终视察点,提交研究决定" in _summary(dropped)


@pytest.mark.rule("open_day.feedback_cadence")
@pytest.mark.parametrize("year", YEARS)
def test_the_sample_cadence_finds_a_missed_period_as_a_labelled_sample_setting(
    year: int,
) -> None:
    sample = build(year)
    s = section(sample)
    first, second = (d.held_on for d in sample.plan.days)
    decisions = _decisions(s, "open_day.feedback_cadence")
    by_day = {
        day: [d.outcome for d in decisions if d.value.open_day == day] for day in (first, second)
    }
    assert by_day == {first: ["met", "missed", "in_progress"], second: ["met"]}
    assert {d.parameters["open_day.feedback_interval_months"] for d in decisions} == {
        SAMPLE_FEEDBACK_INTERVAL_MONTHS
    }
    assert any("示例设定:向代表反馈整改情况每3个月至少一次" in n.zh for n in s.notes)
    assert "未按期反馈1个周期" in _summary(s)


@pytest.mark.rule("open_day.feedback_cadence")
def test_feedback_with_no_cadence_is_listed_and_referred() -> None:
    sample = build(2025).model_copy(update={"sample_feedback_interval_months": None})
    s = section(sample)
    decisions = _decisions(s, "open_day.feedback_cadence")
    assert [d.outcome for d in decisions] == ["referred", "referred"]
    assert [len(d.value.done) for d in decisions] == [1, 1]
    assert not any("反馈整改情况每" in n.zh for n in s.notes)
    assert "“定期”未规定周期,本地未设定,列明反馈情况,提交研究决定" in _summary(s)
    # the caller's own cadence replaces the sample's
    own = section(build(2025), Policy.default().override({"open_day.feedback_interval_months": 6}))
    assert {d.value.cadence_months for d in _decisions(own, "open_day.feedback_cadence")} == {6}
    assert not any("反馈整改情况每" in n.zh for n in own.notes)


@pytest.mark.rule("open_day.check_plan")
def test_a_policy_setting_only_the_new_plan_requirements_is_not_replaced() -> None:
    from orgwork.open_day import FEIDONG

    for policy in (
        FEIDONG.policy(),
        Policy.default().override({"open_day.representatives_at_least": 11}),
        Policy.default().override({"open_day.representatives_at_most": 19}),
        Policy.default().override({"open_day.announcement_required": True}),
    ):
        s = section(build(2025), policy)
        assert not any("长丰县" in n.zh for n in s.notes)
        assert "按所用政策的要求检查开放日计划" in _summary(s)
        assert s.decisions[0].parameters["open_day.representatives"] is None
    feidong = section(build(2025), FEIDONG.policy())
    # 肥东县 names two groups the sample does not invite (两新组织 secretaries, 大学生村官),
    # on each open day; both days are announced ahead
    assert [v.code for v in feidong.decisions[0].value] == ["group_missing"] * 4


@pytest.mark.rule("open_day.representative_balance")
def test_a_policy_with_its_own_delegate_requirements_is_used_as_is() -> None:
    policy = Policy.default().override({"open_day.recommended_per_unit": 3})
    s = section(build(2025), policy)
    assert not any("巢湖市" in n.zh for n in s.notes)
    (d,) = _decisions(s, "open_day.representative_balance")
    assert d.outcome == "violations"
    assert {v.code for v in d.value.violations} == {"unit_recommendations"}
    (site,) = _decisions(s, "open_day.site_choice")
    assert site.parameters["open_day.demo_sites"] is None  # not filled in from 巢湖市


def test_the_new_lines_are_chinese_throughout() -> None:
    import re

    s = section(build(2025))
    lines = _zh_lines(s, "党代表", "视察点", "反馈整改")
    assert len(lines) == 3
    assert [ln for ln in lines if re.search(r"[A-Za-z_]{2,}", ln)] == []
    rendered = s.render("zh", explain=len(s.decisions))
    assert "representative_balance" not in rendered
    assert "feedback_cadence" not in rendered


def test_delegates_sites_and_feedback_are_in_the_template_and_round_trip(tmp_path: Any) -> None:
    from orgwork.records import read_records_report, write_records
    from orgwork.samples import records as town_records

    empty = write_records(None, tmp_path / "empty")
    assert {"推荐党代表", "视察点", "整改情况反馈"} <= {p.stem for p in empty.iterdir()}
    records = town_records(2025)
    assert len(records.open_day.sites) == 101
    for name in ("r.json", "r", "r.xlsx"):
        read = read_records_report(write_records(records, tmp_path / name))
        assert [p for p in read.problems if p.severity == "error"] == []
        assert read.records is not None
        assert read.records.open_day == records.open_day


def test_a_delegate_row_with_a_bad_age_and_feedback_for_no_open_day_are_reported(
    tmp_path: Any,
) -> None:
    import json

    from orgwork.records import read_records_report, write_records
    from orgwork.samples import records as town_records

    out = write_records(town_records(2025), tmp_path / "r.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    data["sheets"]["open_day.delegates"][3]["age"] = 12
    data["sheets"]["open_day.feedback"][0]["open_day"] = "2025-01-02"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    read = read_records_report(out)
    errors = {(p.sheet, p.row) for p in read.problems if p.severity == "error"}
    assert errors == {("推荐党代表", 4), ("整改情况反馈", 1)}
    assert read.records is not None
    assert len(read.records.open_day.delegates) == 35
    assert len(read.records.open_day.feedback) == 1


def test_a_redacted_copy_masks_a_delegates_name_and_still_checks_them(tmp_path: Any) -> None:
    from orgwork.records import read_records_report, write_records
    from orgwork.samples import records as town_records

    records = town_records(2025)
    od = records.open_day
    # the sample's delegates are codes (党代表01, ...); a town's are names: masked
    named = (od.delegates[0].model_copy(update={"id": "欧阳明华"}), *od.delegates[1:])
    records = records.model_copy(update={"open_day": od.model_copy(update={"delegates": named})})
    out = write_records(records, tmp_path / "copy.json", redact=True)
    assert "欧阳明华" not in out.read_text(encoding="utf-8")
    read = read_records_report(out)
    assert [p for p in read.problems if p.severity == "error"] == []
    assert read.records is not None
    back = read.records.open_day
    assert back.delegates[0].id == "欧阳**"
    assert [d.id for d in back.delegates[1:]] == [d.id for d in od.delegates[1:]]
    (d,) = _decisions(section(back), "open_day.representative_balance")
    assert (d.outcome, d.value.units, d.value.chosen) == ("referred", 18, 18)


@pytest.mark.rule("open_day.feedback_cadence")
@settings(max_examples=20, deadline=None)
@given(year=st.integers(FIRST_YEAR, LAST_YEAR), months=st.none() | st.integers(1, 24))
def test_any_feedback_cadence_counts_each_missed_period_once(year: int, months: int | None) -> None:
    sample = build(year)
    policy = Policy.default()
    if months is not None:
        policy = policy.override({"open_day.feedback_interval_months": months})
    s = section(sample, policy)
    decisions = _decisions(s, "open_day.feedback_cadence")
    used = SAMPLE_FEEDBACK_INTERVAL_MONTHS if months is None else months
    assert {d.value.cadence_months for d in decisions} == {used}
    assert any("反馈整改情况每" in n.zh for n in s.notes) == (months is None)
    # every feedback given is in exactly one period
    assert sum(len(d.value.done) for d in decisions) == len(sample.feedback)
    missed = sum(d.outcome == "missed" for d in decisions)
    assert (f"未按期反馈{missed}个周期" in _summary(s)) == (missed > 0)


def test_violations_in_the_summary_are_sentences_not_records() -> None:
    sample = build(2025)
    delegates = tuple(d.model_copy(update={"chosen": False}) for d in sample.delegates)
    s = section(sample.model_copy(update={"delegates": delegates, "sites_chosen_publicly": False}))
    for lang in ("zh", "en"):
        text = _summary(s, lang)
        assert "code=" not in text
        assert "held_on=" not in text
    text = _summary(s)
    assert "仅提前5天,应提前1周(7天)" in text
    assert "确定0名;1处不符合要求" in text
    assert "视察点未经代表公开选定" in text


# -- 长丰县: 代表联系档案 and 部长办公会逐一落实 ---------------------------------------------------


@pytest.mark.rule("open_day.contact_files")
@pytest.mark.parametrize("year", YEARS)
def test_every_invited_representative_has_a_file_but_one_of_the_second_open_day(
    year: int,
) -> None:
    sample = build(year)
    first, second = sample.plan.days
    assert all(r.contact_file_on == first.invitations_sent_on for r in first.representatives)
    s = section(sample)
    files = _decisions(s, "open_day.contact_files")
    assert [(d.subject, d.outcome) for d in files] == [
        (first.held_on.isoformat(), "complete"),
        (second.held_on.isoformat(), "incomplete"),
    ]
    assert [len(d.value.invited) for d in files] == [30, 30]  # 公开选择30名代表
    assert files[1].value.missing == ("R2-30",)
    assert files[1].parameters["open_day.contact_file_lead"] is None
    line = _zh_lines(s, "建立代表联系档案")[0]
    assert "邀请代表30名,已建档30名" in line
    assert "邀请代表30名,已建档29名,未建档R2-30" in line
    assert line.endswith("(原文未规定建档时限,本地未设定,只列未建档代表,不判定是否逾期)")


@pytest.mark.rule("open_day.office_meetings")
@pytest.mark.parametrize("year", YEARS)
def test_nine_suggestions_of_28_questionnaires_are_taken_up_and_one_of_the_second_is_not(
    year: int,
) -> None:
    sample = build(year)
    first, second = sample.plan.days
    assert first.questionnaires == 28  # 发放问卷28份
    assert sum(1 for x in sample.suggestions if x.open_day == first.held_on) == 9  # 9条
    s = section(sample)
    meetings = _decisions(s, "open_day.office_meetings")
    assert [(d.subject, d.outcome) for d in meetings] == [
        (first.held_on.isoformat(), "complete"),
        (second.held_on.isoformat(), "incomplete"),
    ]
    assert len(meetings[0].value.taken_up) == 9
    assert (meetings[1].value.taken_up, meetings[1].value.pending) == (
        ("B01", "B02", "B03", "B04", "B05", "B07", "B08"),
        ("B06",),
    )
    line = _zh_lines(s, "部长办公会逐一落实")[0]
    assert "开放日发放问卷28份,收集梳理意见建议9条,已提交部长办公会9条" in line
    assert "收集梳理意见建议8条,已提交部长办公会7条,尚未提交B06" in line


@pytest.mark.rule("open_day.contact_files")
@pytest.mark.rule("open_day.office_meetings")
def test_with_local_time_limits_the_missing_file_and_the_suggestion_are_overdue() -> None:
    policy = Policy.default().override(
        {
            "open_day.contact_file_lead": 1,
            "open_day.contact_file_lead_unit": "half_month",
            "open_day.office_meeting_days": 30,
        }
    )
    s = section(build(2025), policy)
    files = _decisions(s, "open_day.contact_files")
    meetings = _decisions(s, "open_day.office_meetings")
    assert [d.outcome for d in files] == ["complete", "overdue"]
    # the first open day's second meeting is 33 days after it: late; B06 never taken up
    assert [d.outcome for d in meetings] == ["late", "overdue"]
    assert meetings[0].value.late == ("A06", "A07", "A08", "A09")
    assert meetings[1].value.overdue == ("B06",)
    text = _summary(s)
    assert "逾期提交A06、A07、A08、A09" in text
    assert "逾期未提交B06" in text
    assert "不判定是否逾期" not in text


def test_the_changfeng_lines_are_chinese_throughout() -> None:
    import re

    s = section(build(2025))
    lines = _zh_lines(s, "联系档案", "部长办公会")
    assert len(lines) == 2
    stripped = [re.sub(r"\b[ABR][\d-]+\b", "", ln) for ln in lines]
    assert [ln for ln in stripped if re.search(r"[A-Za-z_]{2,}", ln)] == []
    rendered = s.render("zh", explain=len(s.decisions))
    assert "contact_file" not in rendered
    assert "office_meeting" not in rendered


def test_contact_files_and_meetings_are_in_the_template_and_round_trip(tmp_path: Any) -> None:
    from orgwork.records import read_records_report, write_records
    from orgwork.records._schema import layout
    from orgwork.samples import records as town_records

    empty = write_records(None, tmp_path / "empty")
    assert "部长办公会" in {p.stem for p in empty.iterdir()}
    headers = {c.zh for sheet in layout().sheets for c in sheet.columns}
    assert {"建立联系档案日期", "发放问卷份数", "研究落实的意见建议编号"} <= headers
    records = town_records(2025)
    assert len(records.open_day.office_meetings) == 3
    for name in ("r.json", "r", "r.xlsx"):
        read = read_records_report(write_records(records, tmp_path / name))
        assert [p for p in read.problems if p.severity == "error"] == []
        assert read.records is not None
        assert read.records.open_day == records.open_day


def test_a_redacted_copy_masks_a_representatives_name(tmp_path: Any) -> None:
    from orgwork.records import read_records_report, write_records
    from orgwork.samples import records as town_records

    records = town_records(2025)
    od = records.open_day
    assert od.plan is not None
    first, second = od.plan.days
    reps = (
        *second.representatives[:-1],
        second.representatives[-1].model_copy(update={"id": "欧阳明华"}),
    )
    plan = od.plan.model_copy(
        update={"days": (first, second.model_copy(update={"representatives": reps}))}
    )
    records = records.model_copy(update={"open_day": od.model_copy(update={"plan": plan})})
    out = write_records(records, tmp_path / "copy.json", redact=True)
    assert "欧阳明华" not in out.read_text(encoding="utf-8")
    read = read_records_report(out)
    assert read.records is not None
    (_, d) = _decisions(section(read.records.open_day), "open_day.contact_files")
    assert d.value.missing == ("欧阳**",)

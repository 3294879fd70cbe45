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
    assert not any("示例设定" in n.zh for n in s.notes)
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

"""四学模式 (003), with 002's monthly topic as an opt-in item: study gaps."""

from __future__ import annotations

import datetime as dt
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.organizations import StudyEntry, StudyGaps, StudyItem, StudyLog, iso_weeks, study_gaps
from orgwork.policy import Policy
from orgwork.policy.organizations import StudyItemName
from orgwork.rules import get
from orgwork.strategies import complete_study_logs, study_logs

RULE = "organizations.study"
D = dt.date
Item = StudyItem
FOUR = (
    Item.COLLECTIVE_STUDY,
    Item.RECOMMENDED_READING,
    Item.PERSONAL_LESSON,
    Item.ANNUAL_EVALUATION,
)
#: A locality that also checks 002's monthly topic.
TOPICS = Policy.default().override(
    {"organizations.study_items": [*(i.value for i in FOUR), "monthly_topic"]}
)


def entry(item: StudyItem, day: dt.date, person: str | None = None) -> StudyEntry:
    return StudyEntry(item=item, on=day, person=person)


def year_end(year: int) -> dt.date:
    """The Sunday of the year's last ISO week: the day a check covers the whole year."""
    return max(D(year, 12, 31), dt.date.fromisocalendar(year, iso_weeks(year), 7))


def full_log(year: int, members: tuple[str, ...] = ("甲", "乙")) -> StudyLog:
    """Every item of the 四学模式 done, and a topic every month."""
    entries = [
        entry(Item.COLLECTIVE_STUDY, dt.date.fromisocalendar(year, w, 2))
        for w in range(1, iso_weeks(year) + 1)
    ]
    entries += [entry(Item.RECOMMENDED_READING, D(year, m, 5)) for m in range(1, 13)]
    entries += [entry(Item.MONTHLY_TOPIC, D(year, m, 1)) for m in range(1, 13)]
    entries += [entry(Item.PERSONAL_LESSON, D(year, 4, 10), person=p) for p in members]
    entries += [entry(Item.ANNUAL_EVALUATION, D(year, 12, 28))]
    return StudyLog(unit="市委组织部机关", year=year, members=members, entries=tuple(entries))


#: The 四学模式, one row per clause: the clause in the seed's words, the item it names,
#: and the gap a year without that item shows.
CLAUSES = [
    ("“一周一次”集中学", Item.COLLECTIVE_STUDY, "missing_weeks"),
    ("“一月一荐”引导学", Item.RECOMMENDED_READING, "missing_reading_months"),
    ("“一人一课”辅导学", Item.PERSONAL_LESSON, "members_without_lesson"),
    ("“一年一评”推动学", Item.ANNUAL_EVALUATION, "evaluation_missing"),
]


@pytest.mark.rule("organizations.study")
@pytest.mark.parametrize(("clause", "item", "gap"), CLAUSES)
def test_each_clause_is_an_item_checked(clause: str, item: StudyItem, gap: str) -> None:
    assert clause in get("organizations.study").source.quote
    full = full_log(2011)
    log = StudyLog(
        unit=full.unit,
        year=full.year,
        members=full.members,
        entries=tuple(e for e in full.entries if e.item is not item),
    )
    v = study_gaps(log, on=year_end(2011)).value
    gaps = [c[2] for c in CLAUSES if getattr(v, c[2])]
    assert gaps == [gap]


@pytest.mark.rule("organizations.study")
def test_the_default_items_and_counts_are_003s() -> None:
    # 003: “一周一次”集中学、“一月一荐”引导学、“一人一课”辅导学、“一年一评”推动学
    assert {i.value for i in StudyItem} == set(typing.get_args(StudyItemName))
    empty = study_gaps(StudyLog(unit="U", year=2011, members=("甲",)), on=D(2012, 1, 31))
    assert empty.value.items == FOUR
    assert len(empty.value.missing_weeks) == 52  # one session a week
    assert empty.value.missing_reading_months == tuple(range(1, 13))  # one reading a month
    assert empty.value.members_without_lesson == ("甲",)  # a lesson by each person
    assert empty.value.evaluation_missing  # one evaluation a year
    assert empty.value.missing_topic_months == ()  # 002's monthly topic is not checked
    assert empty.parameters["organizations.collective_study_per_week"] == 1
    assert empty.parameters["organizations.recommended_readings_per_month"] == 1
    assert empty.parameters["organizations.evaluations_per_year"] == 1


@pytest.mark.rule("organizations.study")
def test_a_complete_year() -> None:
    d = study_gaps(full_log(2011), on=D(2012, 1, 31))
    assert d.outcome == "complete"
    assert d.value.complete
    assert d.value.checked_through == D(2012, 1, 1)  # the Sunday of ISO week 52 of 2011
    assert Decision[StudyGaps].model_validate_json(d.to_json()) == d
    assert study_gaps(full_log(2011), on=D(2012, 1, 31), policy=TOPICS).outcome == "complete"


@pytest.mark.rule("organizations.study")
def test_a_unit_following_003_exactly_has_no_gaps_by_default() -> None:
    # 003's 四学模式 only: no monthly topic (002's 中心组 practice), no rules report
    log = full_log(2011)
    four = tuple(e for e in log.entries if e.item in FOUR)
    d = study_gaps(log.model_copy(update={"entries": four}), on=D(2012, 1, 31))
    assert d.outcome == "complete"
    assert d.value.items == FOUR
    assert d.parameters["organizations.study_items"] == tuple(i.value for i in FOUR)
    # the monthly topic is opt-in
    opted = study_gaps(log.model_copy(update={"entries": four}), on=D(2012, 1, 31), policy=TOPICS)
    assert opted.value.missing_topic_months == tuple(range(1, 13))
    assert "rules_report" not in {i.value for i in StudyItem}


@pytest.mark.rule("organizations.study")
def test_entries_of_items_not_checked_are_named() -> None:
    d = study_gaps(full_log(2011), on=D(2012, 1, 31))
    assert any("月度学习专题12条不在检查事项内" in r.zh for r in d.reasons)
    opted = study_gaps(full_log(2011), on=D(2012, 1, 31), policy=TOPICS)
    assert not any("不在检查事项内" in r.zh for r in opted.reasons)


@pytest.mark.rule("organizations.study")
def test_every_kind_of_gap_is_listed() -> None:
    log = full_log(2011)
    dropped = [
        e
        for e in log.entries
        if not (
            (e.item is Item.COLLECTIVE_STUDY and e.on.isocalendar().week in (10, 11))
            or (e.item is Item.RECOMMENDED_READING and e.on.month == 3)
            or (e.item is Item.MONTHLY_TOPIC and e.on.month in (7, 12))
            or (e.item is Item.PERSONAL_LESSON and e.person == "乙")
            or e.item is Item.ANNUAL_EVALUATION
        )
    ]
    d = study_gaps(
        log.model_copy(update={"entries": tuple(dropped)}), on=D(2012, 1, 31), policy=TOPICS
    )
    v = d.value
    assert d.outcome == "gaps"
    assert v.missing_weeks == (10, 11)
    assert v.missing_reading_months == (3,)
    assert v.missing_topic_months == (7, 12)
    assert v.members_without_lesson == ("乙",)
    assert v.evaluation_missing is True
    assert "7项缺失" in d.headline("zh")


@pytest.mark.rule("organizations.study")
def test_iso_weeks_at_the_year_boundary() -> None:
    # 2021-01-01 is a Friday in ISO week 53 of 2020; 2025-12-29 (Monday) opens ISO week 1 of 2026.
    assert D(2021, 1, 1).isocalendar()[:2] == (2020, 53)
    log20 = full_log(2020)
    assert iso_weeks(2020) == 53
    assert study_gaps(log20, on=D(2021, 1, 31)).value.missing_weeks == ()
    entries = [e for e in full_log(2026).entries if e.item is not Item.COLLECTIVE_STUDY]
    entries.append(entry(Item.COLLECTIVE_STUDY, D(2025, 12, 30)))  # counts for 2026 week 1
    log26 = StudyLog(unit="U", year=2026, members=("甲", "乙"), entries=tuple(entries))
    assert study_gaps(log26, on=D(2027, 1, 31)).value.missing_weeks == tuple(
        range(2, 54 if iso_weeks(2026) == 53 else 53)
    )


@pytest.mark.rule("organizations.study")
def test_only_periods_that_ended_by_the_day_are_checked() -> None:
    log = StudyLog(
        unit="U",
        year=2011,
        members=("甲",),
        entries=(
            entry(Item.COLLECTIVE_STUDY, D(2011, 1, 4)),
            entry(Item.RECOMMENDED_READING, D(2011, 1, 20)),
        ),
    )
    d = study_gaps(log, on=D(2011, 2, 13), policy=TOPICS)  # Sunday of ISO week 6
    v = d.value
    assert v.missing_weeks == (2, 3, 4, 5, 6)
    assert v.missing_reading_months == ()  # February has not ended
    assert v.missing_topic_months == (1,)
    assert v.members_without_lesson == ()  # yearly items wait for the year's end
    assert v.evaluation_missing is False
    assert study_gaps(log, on=D(2011, 1, 2)).value.missing_weeks == ()  # week 52 of 2010


@pytest.mark.rule("organizations.study")
def test_exempt_weeks_and_strangers_and_outside_entries() -> None:
    log = full_log(2011)
    kept = tuple(
        e
        for e in log.entries
        if e.on.isocalendar().week != 6 or e.item is not Item.COLLECTIVE_STUDY
    )
    extra = (
        entry(Item.PERSONAL_LESSON, D(2011, 5, 1), person="外人"),
        entry(Item.RECOMMENDED_READING, D(2010, 12, 1)),
    )
    d = study_gaps(
        log.model_copy(update={"entries": kept + extra, "exempt_weeks": (6,)}), on=D(2012, 1, 31)
    )
    assert d.outcome == "complete"
    text = " ".join(r.zh for r in d.reasons)
    assert "免除第6周" in text
    assert "外人不在成员名单中" in text
    assert "1条记录不在2011年内" in text
    with pytest.raises(ValidationError, match="ISO weeks"):
        StudyLog(unit="U", year=2021, exempt_weeks=(53,))
    with pytest.raises(ValidationError, match="person"):
        StudyEntry(item="personal_lesson", on=D(2011, 1, 1))


@pytest.mark.rule("organizations.study")
def test_policy_chooses_items_and_counts() -> None:
    only_weeks = Policy.default().override({"organizations.study_items": ["collective_study"]})
    log = StudyLog(unit="U", year=2011, members=("甲",), entries=())
    v = study_gaps(log, on=D(2012, 1, 31), policy=only_weeks).value
    assert (v.missing_reading_months, v.members_without_lesson, v.evaluation_missing) == (
        (),
        (),
        False,
    )
    assert len(v.missing_weeks) == 52
    twice = Policy.default().override({"organizations.collective_study_per_week": 2})
    assert (
        len(study_gaps(full_log(2011), on=D(2012, 1, 31), policy=twice).value.missing_weeks) == 52
    )


@pytest.mark.rule("organizations.study")
@given(complete_study_logs())
def test_generated_complete_logs_have_no_gaps(log: StudyLog) -> None:
    assert study_gaps(log, on=year_end(log.year)).outcome == "complete"
    assert study_gaps(log, on=year_end(log.year), policy=TOPICS).outcome == "complete"


@pytest.mark.rule("organizations.study")
@given(complete_study_logs(), st.data())
def test_removing_the_only_entry_of_a_period_opens_exactly_that_gap(
    log: StudyLog, data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(log.entries) - 1))
    removed = log.entries[i]
    kept = log.entries[:i] + log.entries[i + 1 :]
    v = study_gaps(log.model_copy(update={"entries": kept}), on=year_end(log.year), policy=TOPICS)
    item = removed.item
    if item is Item.COLLECTIVE_STUDY:
        assert v.value.missing_weeks == (removed.on.isocalendar().week,)
    elif item is Item.RECOMMENDED_READING:
        assert v.value.missing_reading_months == (removed.on.month,)
    elif item is Item.MONTHLY_TOPIC:
        assert v.value.missing_topic_months == (removed.on.month,)
    elif item is Item.PERSONAL_LESSON:
        assert v.value.members_without_lesson == (removed.person,)
    else:
        assert item is Item.ANNUAL_EVALUATION
        assert v.value.evaluation_missing
    assert v.outcome == "gaps"
    assert "1项缺失" in v.headline("zh")


@pytest.mark.rule("organizations.study")
@given(study_logs(), st.data())
def test_adding_an_entry_never_adds_a_gap(log: StudyLog, data: st.DataObject) -> None:
    y = log.year
    item = data.draw(st.sampled_from(StudyItem))
    person = (
        data.draw(st.sampled_from(log.members))
        if item is Item.PERSONAL_LESSON and log.members
        else None
    )
    if item is Item.PERSONAL_LESSON and person is None:
        person = "外人"
    new = entry(item, data.draw(st.dates(D(y, 1, 1), D(y, 12, 31))), person)
    before = study_gaps(log, on=year_end(y), policy=TOPICS).value
    after = study_gaps(
        log.model_copy(update={"entries": (*log.entries, new)}), on=year_end(y), policy=TOPICS
    ).value
    assert set(after.missing_weeks) <= set(before.missing_weeks)
    assert set(after.missing_reading_months) <= set(before.missing_reading_months)
    assert set(after.missing_topic_months) <= set(before.missing_topic_months)
    assert set(after.members_without_lesson) <= set(before.members_without_lesson)
    assert after.evaluation_missing <= before.evaluation_missing


@pytest.mark.rule("organizations.study")
def test_the_day_is_a_required_keyword() -> None:
    log = full_log(2011)
    with pytest.raises(TypeError):
        study_gaps(log)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        study_gaps(log, as_of=D(2011, 7, 1))  # type: ignore[call-arg]
    assert study_gaps(log, on=D(2012, 1, 1)).outcome == "complete"


@pytest.mark.rule("organizations.study")
def test_a_midnight_datetime_is_its_date_and_a_time_of_day_is_refused() -> None:
    log = full_log(2011)
    assert study_gaps(log, on=dt.datetime(2011, 6, 30)) == study_gaps(log, on=D(2011, 6, 30))
    with pytest.raises(ValidationError) as info:
        study_gaps(log, on=dt.datetime(2011, 6, 30, 18))
    assert info.value.errors()[0]["loc"] == ("on",)


@pytest.mark.rule("organizations.study")
def test_arguments_are_checked_by_the_shared_helpers() -> None:
    with pytest.raises(ValidationError) as info:
        iso_weeks("2020")  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("year",)
    with pytest.raises(ValidationError):
        iso_weeks(1800)
    with pytest.raises(ValidationError, match="members listed more than once: 甲"):
        StudyLog(unit="U", year=2011, members=("甲", "乙", "甲"))
    assert study_gaps(StudyLog(unit="U", year=2011), on=D(2011, 1, 9)).value.missing_weeks == (1,)


# -- 000's “周一学习日”: a fixed study day, and a study day that is a holiday --------------

MONDAY = Policy.default().override({"organizations.study_weekday": "monday"})
NEXT_DAY = MONDAY.override({"organizations.study_holiday_rule": "next_working_day"})
EXCUSED = MONDAY.override({"organizations.study_holiday_rule": "excused"})
#: 2024's holiday Mondays (元旦, 春节, 端午, 中秋, 国庆), by ISO week, and the next working day.
HOLIDAY_MONDAYS = {
    1: D(2024, 1, 2),
    7: D(2024, 2, 18),
    24: D(2024, 6, 11),
    38: D(2024, 9, 18),
    41: D(2024, 10, 8),
}


def mondays_log(year: int, weekday: int = 1) -> StudyLog:
    """A session on the same day of every ISO week of ``year`` (Monday by default)."""
    entries = tuple(
        entry(Item.COLLECTIVE_STUDY, dt.date.fromisocalendar(year, w, weekday))
        for w in range(1, iso_weeks(year) + 1)
    )
    return StudyLog(unit="县委组织部", year=year, entries=entries)


def only_weekly(log: StudyLog, on: dt.date, policy: Policy) -> StudyGaps:
    weekly = policy.override({"organizations.study_items": ["collective_study"]})
    return study_gaps(log, on=on, policy=weekly).value


@pytest.mark.rule("organizations.study")
def test_by_default_any_day_of_the_week_counts() -> None:
    # 003's “一周一次” names no day; 000's “周一学习日” is one county's practice: opt-in
    assert Policy.default().organizations.study_weekday is None
    assert Policy.default().organizations.study_holiday_rule == "refer"
    thursdays = mondays_log(2024, weekday=4)
    assert only_weekly(thursdays, D(2024, 12, 31), Policy.default()).missing_weeks == ()
    d = study_gaps(thursdays, on=D(2024, 12, 31))
    assert d.parameters["organizations.study_weekday"] is None
    assert "organizations.study_holiday_rule" not in d.parameters


@pytest.mark.rule("organizations.study")
def test_a_monday_study_day_refuses_other_days() -> None:
    thursdays = mondays_log(2024, weekday=4)
    v = only_weekly(thursdays, D(2024, 12, 31), MONDAY)
    assert len(v.missing_weeks) == 52 - len(HOLIDAY_MONDAYS)
    assert v.referred_weeks == tuple(HOLIDAY_MONDAYS)
    d = study_gaps(thursdays, on=D(2024, 12, 31), policy=MONDAY)
    assert d.reasons[0].zh == (
        "集中学固定在每周星期一(organizations.study_weekday),其他日子的52次集中学不计入"
    )


@pytest.mark.rule("organizations.study")
def test_a_holiday_monday_is_referred_by_default() -> None:
    log = mondays_log(2024)
    working = tuple(e for e in log.entries if e.on.isocalendar().week not in HOLIDAY_MONDAYS)
    no_holiday_sessions = log.model_copy(update={"entries": working})
    policy = MONDAY.override({"organizations.study_items": ["collective_study"]})
    d = study_gaps(no_holiday_sessions, on=D(2024, 12, 31), policy=policy)
    assert d.outcome == "referred"
    assert d.value.missing_weeks == ()
    assert d.value.referred_weeks == (1, 7, 24, 38, 41)
    assert not d.value.complete
    assert "第1、7、24、38、41周的学习日为节假日:提交单位研究" in [r.zh for r in d.reasons]
    assert d.headline.zh.startswith(
        "县委组织部2024年学习制度无缺项,5周的学习日逢节假日,提交单位研究"
    )


@pytest.mark.rule("organizations.study")
def test_a_session_held_on_the_holiday_itself_counts() -> None:
    v = only_weekly(mondays_log(2024), D(2024, 12, 31), MONDAY)
    assert (v.missing_weeks, v.referred_weeks) == ((), ())


@pytest.mark.rule("organizations.study")
def test_a_holiday_monday_moves_to_the_next_working_day() -> None:
    log = mondays_log(2024)
    moved = tuple(
        entry(Item.COLLECTIVE_STUDY, HOLIDAY_MONDAYS.get(e.on.isocalendar().week, e.on))
        for e in log.entries
    )
    log = log.model_copy(update={"entries": moved})
    v = only_weekly(log, D(2024, 12, 31), NEXT_DAY)
    assert (v.missing_weeks, v.referred_weeks) == ((), ())
    # under the default rule the moved sessions do not count, and the weeks are referred
    assert only_weekly(log, D(2024, 12, 31), MONDAY).referred_weeks == tuple(HOLIDAY_MONDAYS)
    # not moved and not held: missing under next_working_day, excused under excused
    kept = log.model_copy(
        update={"entries": tuple(e for e in log.entries if e.on not in HOLIDAY_MONDAYS.values())}
    )
    assert only_weekly(kept, D(2024, 12, 31), NEXT_DAY).missing_weeks == tuple(HOLIDAY_MONDAYS)
    excused = only_weekly(kept, D(2024, 12, 31), EXCUSED)
    assert (excused.missing_weeks, excused.referred_weeks) == ((), ())


@pytest.mark.rule("organizations.study")
def test_the_holiday_rule_is_said() -> None:
    kept = mondays_log(2024).model_copy(update={"entries": ()})
    en = [r.en for r in study_gaps(kept, on=D(2024, 1, 31), policy=NEXT_DAY).reasons]
    assert "Weeks [1]: the study day is a holiday; study moves to the next working day" in en
    en = [r.en for r in study_gaps(kept, on=D(2024, 1, 31), policy=EXCUSED).reasons]
    assert "Weeks [1]: the study day is a holiday; the week is excused" in en


@pytest.mark.rule("organizations.study")
def test_a_week_the_unit_excused_needs_no_calendar_check() -> None:
    log = mondays_log(2024).model_copy(update={"entries": (), "exempt_weeks": (1, 2)})
    v = only_weekly(log, D(2024, 1, 14), MONDAY)
    assert (v.missing_weeks, v.referred_weeks) == ((), ())


@pytest.mark.rule("organizations.study")
@given(study_logs(year=2024), st.dates(D(2024, 1, 1), D(2025, 1, 5)))
def test_a_fixed_study_day_never_finds_fewer_gaps(log: StudyLog, on: dt.date) -> None:
    free = study_gaps(log, on=on).value
    fixed = study_gaps(log, on=on, policy=EXCUSED).value
    assert set(fixed.missing_weeks) >= set(free.missing_weeks) - set(HOLIDAY_MONDAYS)
    referred = study_gaps(log, on=on, policy=MONDAY).value
    assert set(referred.referred_weeks) <= set(HOLIDAY_MONDAYS)
    assert not set(referred.referred_weeks) & set(referred.missing_weeks)


@pytest.mark.rule("organizations.study")
@pytest.mark.parametrize("how", ["refer", "excused", "next_working_day"])
def test_a_study_day_the_calendar_does_not_cover_is_referred_whatever_the_rule(how: str) -> None:
    # 2004's ISO week 1 begins on Monday 2003-12-29, a year the official calendar does not cover:
    # whether that Monday was a holiday is unknown, so the week is referred, never failed
    p = Policy.default().override(
        {"organizations.study_weekday": "monday", "organizations.study_holiday_rule": how}
    )
    log = StudyLog(unit="组织部", year=2004, members=("张三",))
    d = study_gaps(log, on=dt.date(2004, 1, 11), policy=p)
    assert d.value.referred_weeks == (1,)
    assert 1 not in d.value.missing_weeks
    assert "不在工作日历覆盖的年份内" in d.explain("zh")
    assert "does not cover" in d.explain("en")


@pytest.mark.rule("organizations.study")
def test_a_holiday_moved_onto_the_next_week_s_study_day_is_referred_not_counted_twice() -> None:
    # 2020: the Monday of ISO week 5 (27 January) is in the 春节 holiday, which runs to
    # 2 February; the next working day is 3 February, week 6's own Monday. One session there
    # cannot be week 5's and week 6's: week 5 is referred, week 6 is held.
    from orgwork.organizations import StudyEntry, StudyItem, StudyLog, study_gaps
    from orgwork.policy import Policy

    p = Policy.default().override(
        {
            "organizations.study_weekday": "monday",
            "organizations.study_holiday_rule": "next_working_day",
        }
    )
    log = StudyLog(
        unit="U",
        year=2020,
        entries=(StudyEntry(item=StudyItem.COLLECTIVE_STUDY, on=dt.date(2020, 2, 3)),),
    )
    d = study_gaps(log, on=dt.date(2020, 2, 9), policy=p)
    assert d.value.referred_weeks == (5,)
    assert 6 not in d.value.missing_weeks
    assert (
        "第5周的学习日为节假日,其后第一个工作日已到下一周的学习日,一次学习不能算作两周,提交单位研究"
        in [r.zh for r in d.reasons]
    )

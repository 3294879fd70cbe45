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

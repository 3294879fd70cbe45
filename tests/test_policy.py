"""Policy parameters: defaults, overrides, TOML files, dated changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork import Policy, PolicyError
from orgwork import strategies as ows
from orgwork.policy import Change, resolve


def _flat(policy: Policy) -> dict[str, Any]:
    return {info.path: info.value for info in policy.parameters()}


def test_defaults_come_from_the_seeds() -> None:
    p = Policy.default()
    assert p.assessment.salary_top_n == 4  # 前四名
    assert p.assessment.thousand_point_total == 1000  # 量化为千分
    assert p.supervision.reply_working_days == 15  # 15个工作日
    assert p.open_day.follow_up_working_days == 7  # 7个工作日
    assert p.supervision.reception_day_of_month == 15  # 每个月的15日


def test_every_parameter_is_documented() -> None:
    for info in Policy.default().parameters():
        assert info.zh, info.path
        assert info.en, info.path
        assert info.source, info.path
        assert info.kind in ("seed", "local", "national"), info.path


def test_toml_overriding_one_number_differs_in_that_number_only(tmp_path: Path) -> None:
    f = tmp_path / "town.toml"
    f.write_text("[supervision]\nreply_working_days = 10\n", encoding="utf-8")
    base, mine = _flat(Policy.default()), _flat(Policy.from_toml(f))
    diff = {k for k in base if base[k] != mine[k]}
    assert diff == {"supervision.reply_working_days"}
    assert mine["supervision.reply_working_days"] == 10


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('[supervision]\nreply_working_days = "ten"\n', "supervision.reply_working_days"),
        ("[supervision]\nreply_working_days = true\n", "supervision.reply_working_days"),
        ("[supervision]\nreply_working_days = 1.5\n", "supervision.reply_working_days"),
        ("[supervision]\nreply_days = 10\n", "supervision.reply_days"),
        ("[nonsense]\nx = 1\n", "nonsense"),
        ("[assessment]\nsalary_top_n = 0\n", "assessment.salary_top_n"),
    ],
)
def test_toml_errors_name_the_parameter(tmp_path: Path, text: str, named: str) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        Policy.from_toml(f)
    assert named in str(info.value)
    assert str(f) in str(info.value)
    assert info.value.parameter == named


def test_toml_syntax_error_and_missing_file(tmp_path: Path) -> None:
    f = tmp_path / "broken.toml"
    f.write_text("[supervision\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="not valid TOML"):
        Policy.from_toml(f)
    with pytest.raises(PolicyError, match="no such policy file"):
        Policy.from_toml(tmp_path / "absent.toml")


def test_override_accepts_dotted_and_nested_keys() -> None:
    a = Policy.default().override({"assessment.salary_top_n": 5})
    b = Policy.default().override({"assessment": {"salary_top_n": 5}})
    assert a == b
    assert a.assessment.salary_top_n == 5


@pytest.mark.parametrize(
    "path", ["assessment", "assessment.nope", "nope.x", "changes", "locality.x"]
)
def test_override_rejects_unknown_paths(path: str) -> None:
    with pytest.raises(PolicyError) as info:
        Policy.default().override({path: 1})
    assert info.value.parameter == path


def test_to_toml_round_trips(tmp_path: Path) -> None:
    p = Policy.default().with_change(
        dt.date(2027, 1, 1), {"supervision.reply_working_days": 10}, source="某县文件"
    )
    f = tmp_path / "p.toml"
    f.write_text(p.to_toml(), encoding="utf-8")
    assert Policy.from_toml(f) == p


def test_change_validation_names_change_and_parameter() -> None:
    with pytest.raises(PolicyError, match=r"changes\[0\].*supervision.reply_working_days"):
        Policy.default().with_change(dt.date(2027, 1, 1), {"supervision.reply_working_days": 0})
    with pytest.raises(PolicyError, match="unknown parameter"):
        Policy.default().with_change(dt.date(2027, 1, 1), {"supervision.nope": 1})


def test_resolve_defaults_to_seed_policy() -> None:
    day = dt.date(2025, 5, 6)
    assert resolve(None, day).as_of == day
    assert resolve(None, day).assessment.salary_top_n == 4


@given(ows.parameter_values().filter(bool))
def test_override_then_read_back(values: dict[str, Any]) -> None:
    try:
        p = Policy.default().override(values)
    except PolicyError:
        return  # some combinations are invalid together; that is reported, not crashed
    for path, value in values.items():
        assert p.get(path) == value
    # and nothing else changed
    base, mine = _flat(Policy.default()), _flat(p)
    assert {k for k in base if base[k] != mine[k]} <= set(values)


@given(
    st.lists(
        st.tuples(st.dates(dt.date(2004, 1, 1), dt.date(2030, 12, 31)), st.integers(1, 60)),
        max_size=5,
    ),
    st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31)),
)
def test_dated_values_pick_the_value_in_force(
    steps: list[tuple[dt.date, int]], day: dt.date
) -> None:
    p = Policy.default()
    for effective, n in steps:
        p = p.with_change(effective, {"supervision.reply_working_days": n})
    # expected: the last change (in effective order, then insertion order) on or before day
    expected = 15
    for effective, n in sorted(steps, key=lambda s: s[0]):
        if effective <= day:
            expected = n
    assert p.at(day).supervision.reply_working_days == expected
    assert p.at(day).as_of == day


@given(ows.changes())
def test_changes_strategy_makes_valid_changes(change: Change) -> None:
    p = Policy.default().with_change(change.effective, change.values)
    for path, value in change.values.items():
        assert p.at(change.effective).get(path) == value


def test_the_readings_page_lists_every_local_parameter_with_its_default() -> None:
    from orgwork.policy import readings_markdown

    page = readings_markdown()
    local = [p for p in Policy.default().parameters() if p.kind == "local"]
    every = page[page.index("## Every reading") : page.index("## Readings that changed")]
    assert f"{len(local)} readings" in every
    for p in local:
        assert f"| `{p.path}` (" in every
    rows = [line for line in every.splitlines() if line.startswith("| `")]
    assert len(rows) == len(local)  # one row each, none for seed or national numbers


def test_the_readings_page_says_what_changed_and_how_to_get_it_back() -> None:
    from orgwork.policy import readings_markdown

    page = readings_markdown()
    changed = page[page.index("## Readings that changed") :]
    for path, restore in (
        ("assessment.missing_sheet_cuts", '"rank_others"'),
        ("care.hospital_visit_days", "Set 7"),
        ("care.festival_period_set", "Set true"),
        ("cadres.require_seed_condition", "Set false"),
    ):
        row = next(line for line in changed.splitlines() if line.startswith(f"| `{path}`"))
        assert restore in row


@pytest.mark.parametrize("bad", [{}, {"supervision.reply_working_days": 10}, "policy.toml", 0, []])
def test_anything_but_a_policy_is_a_type_error_naming_the_argument(bad: object) -> None:
    import orgwork.report.care as care_section
    from orgwork.care import ElderlyMember, memorial_host
    from orgwork.decision import RuleContext
    from orgwork.open_day import follow_up_deadline
    from orgwork.samples import build
    from orgwork.supervision import reception_days, reply_deadline

    day = dt.date(2025, 3, 3)
    member = ElderlyMember(id="M1", name="某", organization="V01", died_on="2025-01-05")
    calls = [
        lambda: resolve(bad, day),  # type: ignore[arg-type]
        lambda: RuleContext(reply_deadline, bad, on=day),
        lambda: reply_deadline(day, policy=bad),  # type: ignore[arg-type]
        lambda: follow_up_deadline(day, policy=bad),  # type: ignore[arg-type]
        lambda: memorial_host(member, policy=bad),  # type: ignore[arg-type]
        lambda: reception_days(2025, policy=bad),  # type: ignore[arg-type]
        lambda: care_section.section(build("care", 2025), bad),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises(TypeError, match=r"^policy must be an orgwork Policy or None"):
            call()


def test_a_snapshot_is_the_same_whether_built_or_reused() -> None:
    # Policy.at validates the values between two changes once per policy, then reuses them;
    # a copy made with other changes never sees another policy's snapshots
    import datetime as dt

    p = Policy.default().with_change(
        dt.date(2024, 3, 1), {"supervision.reply_working_days": 10}, source="某县文件"
    )
    first = [p.at(dt.date(2024, 2, 29)), p.at(dt.date(2024, 3, 1)), p.at(dt.date(2024, 9, 9))]
    again = [p.at(dt.date(2024, 2, 29)), p.at(dt.date(2024, 3, 1)), p.at(dt.date(2024, 9, 9))]
    assert first == again
    assert [s.supervision.reply_working_days for s in again] == [15, 10, 10]
    assert [s.as_of for s in again] == [
        dt.date(2024, 2, 29),
        dt.date(2024, 3, 1),
        dt.date(2024, 9, 9),
    ]
    assert all(not s.changes for s in again)
    other = p.model_copy(update={"changes": ()})
    assert other.at(dt.date(2024, 9, 9)).supervision.reply_working_days == 15

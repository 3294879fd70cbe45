"""orgwork.report.check: every family on any town's records; empty families skipped with a note."""

from __future__ import annotations

import datetime as dt

import pytest

from orgwork.policy import Policy
from orgwork.records import Records, SupervisionRecords
from orgwork.report import check, policy_label
from orgwork.samples import records as sample
from orgwork.supervision import Case, Channel


def test_empty_records_skip_every_family_with_a_note() -> None:
    report = check(Records(year=2025, town="平安乡"))
    assert report.sections == ()
    assert len(report.skipped) == 6
    assert all("没有记录,跳过" in t.zh for t in report.skipped)
    assert report.render("zh").startswith("平安乡 2025 年组织工作规则运行报告")


def test_one_family_alone_runs_and_the_others_are_skipped() -> None:
    cases = tuple(
        Case(
            id=f"C{i}",
            channel=Channel.LETTER,
            received_on=dt.date(2025, 3, i),
            handler="王五",
            replied_on=dt.date(2025, 3, 10 + i) if i % 2 else None,
        )
        for i in range(1, 5)
    )
    r = Records(
        year=2025,
        town="平安乡",
        supervision=SupervisionRecords(
            year=2025, department="平安乡党委", handlers=("王五",), cases=cases
        ),
    )
    report = check(r)
    assert [s.key for s in report.sections] == ["supervision"]
    assert len(report.skipped) == 5
    text = report.render("zh")
    assert "超期未答复2件" in text
    assert "按期答复2件/共4件,50.0%" in text


def test_year_defaults_to_the_records_and_can_be_changed() -> None:
    r = sample(2025)
    assert check(r).year == 2025
    moved = check(r, 2024)
    assert moved.year == 2024
    # 2025's letters read as of the end of 2024: the family says why it cannot run, no crash
    sup = next(s for s in moved.sections if s.key == "supervision")
    assert "无法完成" in sup.notes[-1].zh
    assert r.for_year(2024).care.year == 2024
    assert r.for_year(2024).selection.year == 2024


def test_the_sample_report_is_the_same_through_check_and_demo() -> None:
    from orgwork.samples import demo_report

    direct = check(sample(2025), 2025)
    via_file = demo_report(2025)
    assert [s.model_dump() for s in direct.sections] == [s.model_dump() for s in via_file.sections]
    assert via_file.sheets
    assert all(s.read == s.accepted for s in via_file.sheets)


@pytest.mark.parametrize("bad", [{}, "policy", 0])
def test_bad_arguments_are_type_errors_naming_them(bad: object) -> None:
    with pytest.raises(TypeError, match="records"):
        check(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="policy"):
        check(Records(year=2025), policy=bad)  # type: ignore[arg-type]


def test_policy_label_names_the_file_or_locality() -> None:
    assert policy_label(Policy.default()).en == "the default policy (the seeds' values)"
    p = Policy.default().override({"locality": "平安乡"})
    assert policy_label(p, "p.toml").zh == "政策文件 p.toml,平安乡"
    assert policy_label(p).zh == "平安乡"


def test_records_inherit_year_and_place() -> None:
    r = Records(year=2021, town="平安乡", county="张平县", prefecture="某市")
    assert r.assessment.year == r.care.year == r.supervision.year == 2021
    assert r.assessment.town == r.selection.town == "平安乡"
    assert r.selection.county == "张平县"
    # review days left empty are read as of the year's end
    assert r.supervision.on == dt.date(2021, 12, 31)
    assert r.selection.as_of == dt.date(2021, 12, 31)


def test_for_year_moves_year_end_review_days_and_keeps_stated_ones() -> None:
    r = sample(2025)
    moved = r.for_year(2024)
    assert moved.supervision.on == dt.date(2024, 12, 31)
    assert moved.selection.nominations_on == r.selection.nominations_on  # stated: kept


@pytest.mark.parametrize("year", [2019, 2025, 2026])
def test_every_decision_records_only_parameters_its_rules_declare(year: int) -> None:
    """A decision's parameters belong to its own rule, or to a rule whose decision it took in."""
    from orgwork.rules import declared_parameters

    report = check(sample(year))
    decisions = [d for s in report.sections for d in s.decisions]
    assert len(decisions) > 100
    for d in decisions:
        for path in d.parameters:
            owners = [r for r in d.rules if path in declared_parameters(r)]
            assert owners, (
                f"{d.rule} ({d.subject}) records {path}, which none of {d.rules} declares"
            )


@pytest.mark.parametrize("year", [2019, 2025])
def test_a_missed_care_duty_is_decided_under_the_missed_duty_rule(year: int) -> None:
    from orgwork.care import check_care
    from orgwork.rules import declared_parameters, id_of

    missed_rule = id_of(check_care)
    care = next(s for s in check(sample(year)).sections if s.key == "care")
    missed = [d for d in care.decisions if d.outcome == "missed"]
    assert missed
    for d in missed:
        assert d.rule == missed_rule
        assert d.value.duty.rule in d.rules  # the duty's own rule is still listed
        own = set(declared_parameters(d.rule))
        duty = set(declared_parameters(d.value.duty.rule))
        assert set(d.parameters) <= own | duty | set(declared_parameters("care.answerable_head"))
    duties = [d for d in care.decisions if d.outcome != "missed" and d.rule != missed_rule]
    for d in duties:
        assert "care.one_visit_meets_several_duties" not in d.parameters or (
            "care.one_visit_meets_several_duties" in declared_parameters(d.rule)
        )


def test_check_refuses_arguments_of_the_wrong_type_naming_them() -> None:
    records = sample(2025)
    with pytest.raises(TypeError, match="progress"):
        check(records, progress=[])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sheets"):
        check(records, sheets=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="problems"):
        check(records, problems=None)  # type: ignore[arg-type]


def test_a_records_lookup_of_an_unknown_id_is_a_documented_error() -> None:
    from orgwork.errors import OrgworkError, UnknownRecordError

    care = sample(2025).care
    with pytest.raises(UnknownRecordError, match="no member 'nobody'") as caught:
        care.member("nobody")
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, OrgworkError)

"""Accountability: criticism, suspension from cadre inspection, or transfer out."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from pydantic import ValidationError

from orgwork.errors import PolicyError
from orgwork.policy import Policy
from orgwork.strategies import findings
from orgwork.supervision import AccountabilityMeasure, Finding, accountability_measure

DAY = dt.date(2025, 7, 1)
ORDER = list(AccountabilityMeasure)  # lightest first


def _f(severity: str, trust: bool = True) -> Finding:
    return Finding(person="张某", severity=severity, public_trust=trust, found_on=DAY)  # type: ignore[arg-type]


@pytest.mark.rule("supervision.accountability")
@pytest.mark.parametrize(
    ("severity", "trust", "measure", "zh"),
    [
        ("minor", True, AccountabilityMeasure.CRITICISM, "批评教育"),
        ("minor", False, AccountabilityMeasure.CRITICISM, "批评教育"),
        ("major", False, AccountabilityMeasure.SUSPENSION, "暂时取消参与考察干部等重要工作的资格"),
        ("major", True, AccountabilityMeasure.CRITICISM, "批评教育"),  # local default
        ("serious", True, AccountabilityMeasure.TRANSFER, "调离组织部门"),
        ("serious", False, AccountabilityMeasure.TRANSFER, "调离组织部门"),
    ],
)
def test_the_seeds_three_tiers(
    severity: str, trust: bool, measure: AccountabilityMeasure, zh: str
) -> None:
    d = accountability_measure(_f(severity, trust))
    assert d.value is measure
    assert d.outcome == measure.value
    assert d.value.zh == zh
    assert zh in d.headline.zh
    assert d.subject == "张某"
    assert d.parameters == {"supervision.major_trusted_measure": "criticism_education"}


@pytest.mark.rule("supervision.accountability")
def test_the_gap_is_a_stated_local_choice() -> None:
    d = accountability_measure(_f("major", True))
    assert "major_trusted_measure" in d.reasons[-1].en
    stricter = Policy.default().override(
        {"supervision.major_trusted_measure": "suspension_from_inspection"}
    )
    assert accountability_measure(_f("major", True), policy=stricter).value is (
        AccountabilityMeasure.SUSPENSION
    )
    with pytest.raises(PolicyError):
        Policy.default().override({"supervision.major_trusted_measure": "transfer_out"})


@pytest.mark.rule("supervision.accountability")
def test_bad_findings_are_validation_errors() -> None:
    with pytest.raises(ValidationError, match="severity"):
        Finding(person="张某", severity="grave", found_on=DAY)  # type: ignore[arg-type]
    bad = {"person": "张某", "severity": "grave", "found_on": DAY}
    with pytest.raises(ValidationError, match="severity"):
        accountability_measure(bad)  # type: ignore[arg-type]


@pytest.mark.rule("supervision.accountability")
@given(findings())
def test_graver_findings_and_lost_trust_never_lighten_the_measure(f: Finding) -> None:
    m = ORDER.index(accountability_measure(f).value)
    severities = ["minor", "major", "serious"]
    for worse in severities[severities.index(f.severity.value) :]:
        graver = Finding.model_validate({**f.model_dump(), "severity": worse})
        assert ORDER.index(accountability_measure(graver).value) >= m
    distrust = Finding.model_validate({**f.model_dump(), "public_trust": False})
    assert ORDER.index(accountability_measure(distrust).value) >= m

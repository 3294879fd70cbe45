"""Accountability: criticism, suspension from cadre inspection, or transfer out."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from pydantic import ValidationError

from orgwork.errors import PolicyError
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import findings
from orgwork.supervision import AccountabilityMeasure, Finding, accountability_measure

DAY = dt.date(2025, 7, 1)
ORDER = list(AccountabilityMeasure)  # lightest first


def _f(severity: str, trust: bool = True) -> Finding:
    return Finding(person="张某", severity=severity, public_trust=trust, found_on=DAY)  # type: ignore[arg-type]


#: The seed's three tiers, one row per clause: the clause in the seed's words, the
#: finding it describes (its severity, and each public trust it holds for), the measure.
CLAUSES = [
    (("问题较轻", "进行批评教育"), "minor", (True, False), AccountabilityMeasure.CRITICISM),
    (
        ("问题相对较大,群众不够信任的", "暂时取消参与考察干部等重要工作的资格"),
        "major",
        (False,),
        AccountabilityMeasure.SUSPENSION,
    ),
    (
        ("问题比较严重,不适应在组织部门继续工作的", "坚决调离组织部门"),
        "serious",
        (True, False),
        AccountabilityMeasure.TRANSFER,
    ),
]


@pytest.mark.rule("supervision.accountability")
@pytest.mark.parametrize(("clause", "severity", "trusts", "measure"), CLAUSES)
def test_each_clause_names_its_measure(
    clause: tuple[str, ...], severity: str, trusts: tuple[bool, ...], measure: AccountabilityMeasure
) -> None:
    assert all(part in get("supervision.accountability").source.quote for part in clause)
    for trust in trusts:
        d = accountability_measure(_f(severity, trust))
        assert d.value is measure
        assert d.outcome == measure.value
        assert measure.zh in d.headline.zh
        assert d.subject == "张某"
        assert d.parameters == {"supervision.major_trusted_measure": "criticism_education"}


@pytest.mark.rule("supervision.accountability")
def test_the_gap_is_a_stated_local_choice() -> None:
    d = accountability_measure(_f("major", True))
    assert d.value is AccountabilityMeasure.CRITICISM  # the local default
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

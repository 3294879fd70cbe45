"""责任追究 — accountability measures for cadres found responsible for a problem."""

from __future__ import annotations

import datetime as dt
import enum

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_models
from orgwork.decision import Decision, RuleContext, Say, Text
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.policy.supervision import AccountabilityMeasure
from orgwork.rules import rule
from orgwork.supervision._common import S000

__all__ = ["AccountabilityMeasure", "Finding", "Severity", "accountability_measure"]


class Severity(enum.StrEnum):
    """问题性质 — how serious a problem found in an evaluation is (the seed's three grades)."""

    MINOR = "minor"
    """问题较轻 — a lighter problem."""
    MAJOR = "major"
    """问题相对较大 — a relatively large problem."""
    SERIOUS = "serious"
    """问题比较严重,不适应在组织部门继续工作 — serious: unfit to go on working in the department."""

    @property
    def zh(self) -> str:
        """The seed's words for the grade."""
        return {
            Severity.MINOR: "问题较轻",
            Severity.MAJOR: "问题相对较大",
            Severity.SERIOUS: "问题比较严重,不适应在组织部门继续工作",
        }[self]

    @property
    def en(self) -> str:
        """The grade's English name in explanations: its value."""
        return self.value


class Finding(BaseModel):
    """一项责任认定 — a problem found, the person responsible, and whether the public trusts them.

    ``public_trust`` is false when the public does not sufficiently trust the
    person (群众不够信任).

    >>> f = Finding(person="张某", severity="major", public_trust=False, found_on=dt.date(2025, 7, 1))
    >>> f.severity.zh
    '问题相对较大'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id = Field(min_length=1)
    severity: Severity
    public_trust: bool = True
    found_on: dt.date
    description: str = Field(default="", repr=False)  # what the person did: never in repr/logs


_TRUSTED = Text(zh="群众信任", en="the public trusts them")
_DISTRUSTED = Text(zh="群众不够信任", en="the public lacks trust")


class _Accountability:
    """Texts of supervision.accountability (责任追究)."""

    finding = Say("{person}:{severity};{trust}", "{person}: severity {severity}; {trust}")
    minor = Say("问题较轻的,进行批评教育", "A lighter problem: criticism and education")
    serious = Say(
        "问题比较严重,不适应在组织部门继续工作的,坚决调离组织部门",
        "A serious problem, unfit to stay: transfer out of the organization department",
    )
    distrusted = Say(
        "问题相对较大,群众不够信任的,暂时取消参与考察干部等重要工作的资格",
        "A relatively large problem and the public lacks trust: temporary removal "
        "from cadre inspection and other important work",
    )
    trusted = Say(
        "问题相对较大但群众仍信任:材料未作规定,按本地设定(supervision.major_trusted_measure)"
        "处理为{measure}",
        "A relatively large problem while the public still trusts them: the seed is "
        "silent; the local setting supervision.major_trusted_measure gives {measure}",
    )
    headline = Say("{person}:{measure}", "{person}: {measure}")


@rule(
    "supervision.accountability",
    zh="责任追究:批评教育、暂时取消参与考察干部等重要工作的资格、调离组织部门",
    en="Accountability: criticism, suspension from cadre inspection, or transfer out of the department",
    document=S000,
    section="第五篇 四、二是",
    quote="问题较轻地进行批评教育;问题相对较大,群众不够信任的,暂时取消参与考察干部等重要工作的资格;问题比较严重,不适应在组织部门继续工作的,坚决调离组织部门",
    parameters=("supervision.major_trusted_measure",),
)
def accountability_measure(
    finding: Finding, *, policy: Policy | None = None
) -> Decision[AccountabilityMeasure]:
    """责任追究措施 — the measure for a finding, from its severity and the public's trust.

    - 问题较轻 (``minor``) → 批评教育, whatever the trust.
    - 问题相对较大 and 群众不够信任 (``major``, ``public_trust=False``) →
      暂时取消参与考察干部等重要工作的资格.
    - 问题相对较大 while the public still trusts the person: the seed does
      not say; ``supervision.major_trusted_measure`` decides (default
      批评教育: the second tier needs both conditions).
    - 问题比较严重,不适应在组织部门继续工作 (``serious``) → 调离组织部门.

    >>> f = Finding(person="张某", severity="major", public_trust=False, found_on=dt.date(2025, 7, 1))
    >>> d = accountability_measure(f)
    >>> d.value.zh
    '暂时取消参与考察干部等重要工作的资格'
    """
    finding = as_models(Finding, (finding,))[0]
    ctx = RuleContext(accountability_measure, policy, on=finding.found_on)
    local_measure = ctx.param("supervision.major_trusted_measure")
    trust = _TRUSTED if finding.public_trust else _DISTRUSTED
    ctx.say(_Accountability.finding, person=finding.person, severity=finding.severity, trust=trust)
    if finding.severity is Severity.MINOR:  # 问题较轻地进行批评教育
        measure = AccountabilityMeasure.CRITICISM
        ctx.say(_Accountability.minor)
    elif finding.severity is Severity.SERIOUS:
        # 问题比较严重,不适应在组织部门继续工作的,坚决调离组织部门
        measure = AccountabilityMeasure.TRANSFER
        ctx.say(_Accountability.serious)
    elif not finding.public_trust:
        # 问题相对较大,群众不够信任的,暂时取消参与考察干部等重要工作的资格
        measure = AccountabilityMeasure.SUSPENSION
        ctx.say(_Accountability.distrusted)
    else:  # 问题相对较大 while the public still trusts them: the seed is silent
        measure = local_measure
        ctx.say(_Accountability.trusted, measure=measure)
    return ctx.decide(
        measure.value,
        measure,
        _Accountability.headline,
        subject=finding.person,
        person=finding.person,
        measure=measure,
    )

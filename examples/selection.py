"""Cadre selection with orgwork.selection, as another tool would use it.

A district evaluates applicants for street-office posts (民主测评), sizes a
competitive slate (差额评议), checks its judging panels (三必请) and runs an
open selection step by step (民主推荐 → 笔试 → 面试 → 体检 → 考察).

Run: python examples/selection.py
"""

from __future__ import annotations

import datetime as dt

from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.selection import (
    SEED_STEPS,
    Ballot,
    Evaluation,
    Judge,
    JudgingPanel,
    Occasion,
    ProcedureRecord,
    ProcedureStep,
    SelectionProcedure,
    StepResult,
    Tally,
    approval_decision,
    check_procedure,
    competitive_slate,
    min_candidates,
    panel_check,
    public_judges_required,
)

DAY = dt.date(2012, 5, 10)


def main() -> None:
    # 1. 民主测评: three applicants, the street's leadership, community cadres and residents
    applicants = {
        "社区干部甲": ((6, 1), (14, 4), (20, 5)),  # 40/50 = 80%: exactly at the line, passes
        "社区干部乙": ((5, 2), (13, 5), (21, 4)),  # 39/50 = 78%: below, disqualified
        "社区干部丙": ((7, 0), (18, 0), (25, 0)),  # 100%, but the unit does not endorse
    }
    for name, rows in applicants.items():
        tallies = tuple(
            Tally(group=g, approve=a, disapprove=d)
            for g, (a, d) in zip(
                ("street_leadership", "community_cadres", "resident_representatives"),
                rows,
                strict=True,
            )
        )
        e = Evaluation(
            applicant=name, held_on=DAY, unit_endorsed=name != "社区干部丙", tallies=tallies
        )
        print(approval_decision(e).explain("zh"), end="\n\n")

    # individual ballots can be counted too
    ballots = [Ballot(group="community_cadres", choice="approve")] * 4 + [
        Ballot(group="street_leadership", choice="approve"),
        Ballot(group="resident_representatives", choice="abstain"),
        Ballot(group="resident_representatives", choice="invalid"),  # a spoiled ballot
    ]
    e = Evaluation.from_ballots("社区干部丁", DAY, unit_endorsed=True, ballots=ballots)
    print(approval_decision(e).headline("en"))

    # a locality counting over every ballot cast instead of the valid ones
    strict = Policy.default().override({"selection.approval_denominator": "ballots_cast"})
    print(approval_decision(e, policy=strict).headline("en"), end="\n\n")

    # 2. 差额评议 at 50%
    for posts in (1, 3, 4):
        print(min_candidates(posts, on=DAY).headline("zh"))
    print(competitive_slate(3, 4, on=DAY).explain("en"), end="\n\n")

    # 3. 三必请 and the judging panel
    for occasion in Occasion:
        print(public_judges_required(occasion, on=DAY).headline("zh"))
    panel = JudgingPanel(
        occasion="competitive_interview",
        held_on=DAY,
        judges=tuple(Judge(name=f"专家{i}", kind="expert") for i in range(5)),
    )
    print(panel_check(panel).explain("zh"), end="\n\n")

    # 4. 公开选拔, step by step
    proc = SelectionProcedure.start("公开选调", ["甲", "乙", "丙"], on=DAY)
    for step in SEED_STEPS:  # 002's five steps (a locality may add its own)
        for candidate in proc.remaining:
            passed = not (candidate == "丙" and step is ProcedureStep.WRITTEN_EXAM)
            proc = proc.record(candidate, step, passed=passed)
    print("selected:", proc.selected, "eliminated:", proc.eliminated)
    try:
        SelectionProcedure.start("p", ["甲"], on=DAY).record(
            "甲", ProcedureStep.INTERVIEW, passed=True
        )
    except RecordError as exc:
        print("refused:", exc)

    # a record kept by hand, checked: every problem is listed
    record = ProcedureRecord(
        procedure="某次选拔",
        candidates=("甲", "乙"),
        results=(
            StepResult(candidate="甲", step="written_exam", passed=True),
            StepResult(candidate="乙", step="democratic_recommendation", passed=False),
            StepResult(candidate="乙", step="written_exam", passed=True),
        ),
    )
    print(check_procedure(record, on=DAY).explain("en"))


if __name__ == "__main__":
    main()

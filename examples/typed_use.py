"""A user's typed script: the public API under ``mypy --strict``.

CI runs this file and type-checks it as a user would, with ``mypy --strict``
and pydantic's mypy plugin (the configuration is in docs/getting-started.md,
"Typed use"). Every value below has the type the API promises: a
``Decision[date]`` for a deadline, ``Decision[Ranking]`` for a rank, and so on,
so a wrong attribute or a wrong argument is a type error before it runs.

Run: ``python examples/typed_use.py``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from orgwork.assessment import MonthlySheet, Ranking, annual_totals, rank, salary_eligibility
from orgwork.care import ElderlyMember, Honour, MemorialHost, Organization, Town, memorial_host
from orgwork.decision import Decision
from orgwork.selection import Ballot, Evaluation, approval_decision
from orgwork.supervision import reply_deadline


def deadline() -> dt.date:
    """A letter received before the 2024 Spring Festival: its reply is due on 6 March."""
    d: Decision[dt.date] = reply_deadline(dt.date(2024, 2, 8))
    assert d.value == dt.date(2024, 3, 6)
    return d.value


def ranking() -> list[tuple[str, int | None]]:
    """Three villages, a year of sheets: competition ranks, ties sharing a place."""
    sheets = [
        MonthlySheet(unit=unit, town="灵乡镇", year=2025, month=m, points={"goals": points})
        for unit, points in (("甲村", Decimal(80)), ("乙村", Decimal(83)), ("丙村", Decimal(80)))
        for m in range(1, 13)
    ]
    totals = annual_totals(sheets)
    ranks: tuple[Decision[Ranking], ...] = rank(totals)
    for cut in salary_eligibility(totals):
        assert cut.value.status in ("eligible", "not_eligible", "undecided")
    return [(d.value.unit, d.value.rank) for d in ranks]


def memorial() -> str | None:
    """An elderly member honoured by the county-level city: the town's 组织委员 hosts."""
    member = ElderlyMember(
        id="M01",
        name="许文博",
        organization="V01",
        died_on=dt.date(2025, 3, 2),
        honours=(Honour(awarded_by="大冶市", level="county", title="优秀共产党员", year=2001),),
    )
    branch = Organization(id="V01", name="某村党支部", secretary="李书记", members=("M01",))
    town = Town(name="灵乡镇", party_secretary="王书记", organization_member="高委员")
    d: Decision[MemorialHost] = memorial_host(member, organization=branch, town=town)
    return d.value.host


def ballot() -> Fraction | None:
    """民主测评 counted from single ballots: the approval rate is an exact fraction."""
    counts = {
        "street_leadership": (6, 1),
        "community_cadres": (14, 4),
        "resident_representatives": (20, 5),
    }
    ballots = [
        Ballot(group=group, choice=choice)
        for group, (yes, no) in counts.items()
        for choice, n in (("approve", yes), ("disapprove", no))
        for _ in range(n)
    ]
    e = Evaluation.from_ballots("甲", dt.date(2012, 5, 10), unit_endorsed=True, ballots=ballots)
    return approval_decision(e).value.rate


if __name__ == "__main__":
    print(deadline(), ranking(), memorial(), ballot())

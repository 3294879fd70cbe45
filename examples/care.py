"""Care for elderly Party members with orgwork.care, as another tool would use it.

A town keeps its elderly members, its organizations' office-holders and a
visit log; orgwork says who hosts a memorial service, which visits were due,
which were missed and who answers for them, and keeps the relief fund.

Run: python examples/care.py
"""

from __future__ import annotations

import datetime as dt

from orgwork.care import (
    ElderlyMember,
    FundPurpose,
    HardshipKind,
    HardshipPeriod,
    Honour,
    HonourLevel,
    HospitalStay,
    Organization,
    Post,
    PostLevel,
    ReliefFund,
    Town,
    Visit,
    VisitKind,
    care_deductions,
    care_duties,
    check_care,
    memorial_host,
)
from orgwork.errors import MissingParameterError
from orgwork.policy import Policy

D = dt.date


def main() -> None:
    town = Town(
        name="灵乡镇",
        party_secretary="王明",
        deputy_secretary=None,  # vacant: the next senior role hosts (local policy)
        organization_member="陈华",
    )
    village = Organization(
        id="V01",
        name="某村党支部",
        secretary="张强",
        stationed_cadre="刘洋",
        members=("M1", "M2", "M3", "M4"),
    )

    # 1. 去世有人开追悼会: a former 支委 honoured by the prefecture-level city.
    late = ElderlyMember(
        id="M1",
        name="某老党员",
        organization="V01",
        died_on=D(2025, 3, 1),
        posts=(Post(title="村党支部委员", level=PostLevel.BRANCH_COMMITTEE),),
        honours=(Honour(awarded_by="黄石市", level=HonourLevel.PREFECTURE, title="优秀共产党员"),),
    )
    print(memorial_host(late, organization=village, town=town).explain("zh"))
    print()

    # 2. The duties of 2025 for two living members, and a visit log that misses some.
    poor = ElderlyMember(
        id="M2",
        name="纪昌友",
        organization="V01",
        hardship=(
            HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2024, 10, 1), contact="李四"),
        ),
    )
    ill = ElderlyMember(
        id="M3",
        name="另一老党员",
        organization="V01",
        hospital_stays=(
            HospitalStay(admitted=D(2025, 5, 20), major_illness=True, money_difficulty=True),
        ),
    )
    members = [poor, ill]
    start, end = D(2025, 1, 1), D(2025, 12, 31)
    duties = care_duties(members, start, end)
    print(f"{len(duties)} duties due in 2025; the first three:")
    for d in duties[:3]:
        print("  -", d.headline.zh)

    log = [Visit(kind=VisitKind.HOME, on=D(2025, mo, 10), member="M2") for mo in range(1, 13)]
    log += [
        Visit(kind=VisitKind.MEETING, on=D(2025, 1, 25), organization="V01"),
        Visit(kind=VisitKind.MEETING, on=D(2025, 6, 28), organization="V01"),
        Visit(kind=VisitKind.HOSPITAL, on=D(2025, 5, 22), member="M3"),
        # no home visit to M3 at 七一 or the Spring Festival; no help for M3's money difficulty
    ]
    log.remove(log[8])  # no visit to M2 in September
    missed = check_care(members, log, start, end, organizations=[village])
    print(f"\n{len(missed)} missed duties:")
    for d in missed:
        m = d.value
        print(
            f"  {m.year}-{m.month:02d} [{d.rule}] {m.duty.kind.zh} {m.duty.member or m.organization}"
            f" — 责任人 {m.answerable}"
        )

    # 3. Deductions for the 千分制 need the points per missed duty (the seeds give none).
    try:
        care_deductions(missed)
    except MissingParameterError as exc:
        print(f"\nNo deductions yet: {exc}")
    policy = Policy.default().override({"care.deduction_per_missed_duty": 2})
    deductions = care_deductions(missed, policy=policy)  # decisions recording the points used
    for d in deductions[:3]:
        a = d.value  # the PointAdjustment for the assessment (None only if no head to charge)
        assert a is not None  # charged to the organization (care.deduction_unit's default)
        print(f"  {a.unit} {a.year}-{a.month:02d} {a.points} ({a.reason.zh})")
    print(deductions[0].explain("en"))

    # 4. The relief fund: the seed's 10 poor members paid 4,000 yuan each.
    fund = ReliefFund(name="党员爱心基金").receive(D(2012, 7, 1), 40000, source="党员爱心基金")
    for i in range(10):
        recipient = poor.model_copy(
            update={
                "id": f"P{i}",
                "hardship": (
                    HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2012, 1, 1)),
                ),
            }
        )
        fund = fund.pay(D(2012, 7, 1), 4000, recipient, FundPurpose.GREAT_HARDSHIP)
    t = fund.totals(2012)
    print(
        f"\n{fund.name} 2012: received {t.received}, paid {t.paid} to {t.recipients} members, "
        f"balance {t.closing_balance} yuan"
    )


if __name__ == "__main__":
    main()

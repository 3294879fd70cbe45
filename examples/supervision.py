"""Supervision of the department with orgwork.supervision, as another tool would use it.

A county department tracks letters and visits against the 15-working-day
limit, publishes its reception days, checks the leaders' half-yearly visits,
keeps the rectification ledger of its public evaluation and decides
accountability measures.

Run: python examples/supervision.py
"""

from __future__ import annotations

import datetime as dt

from orgwork.errors import RecordError
from orgwork.supervision import (
    Case,
    Finding,
    RectificationLedger,
    Unit,
    Visit,
    accountability_measure,
    case_summary,
    ledger_summary,
    overdue_items,
    reception_days,
    reply_deadline,
    visit_coverage,
)


def main() -> None:
    d = dt.date
    print(reply_deadline(d(2024, 2, 8)).explain("en"))

    cases = [
        Case(id="L-01", received_on=d(2024, 2, 8), handler="王副部长", replied_on=d(2024, 3, 6)),
        Case(id="L-02", received_on=d(2024, 2, 20), handler="王副部长"),
        Case(id="V-01", channel="visit", received_on=d(2024, 3, 15), handler="李副部长"),
        Case(id="M-01", channel="mailbox", received_on=d(2024, 3, 1), replied_on=d(2024, 3, 29)),
    ]
    print()
    for s in case_summary(cases, on=d(2024, 4, 1), by="handler"):
        print(s.headline("zh"), "| overdue:", ", ".join(s.value.overdue_cases) or "-")

    print("\n部长接待日 2026:", ", ".join(f"{x.value:%m-%d %a}" for x in reception_days(2026)))

    units = [
        Unit(id="T01", name="城关镇", kind="township"),
        Unit(id="C01", name="县财政局", kind="county_unit", deputy_section_or_above=True),
    ]
    visits = [Visit(unit="T01", on=d(2025, 4, 2)), Visit(unit="C01", on=d(2025, 9, 9))]
    for h in visit_coverage(units, visits, 2025, on=d(2026, 1, 1)):  # the year 2025 is over
        print(h.headline("en"))

    ledger = (
        RectificationLedger()
        .open(
            "Q1", on=d(2025, 6, 20), category="干部选拔", description="公示期太短", round="2025-H1"
        )
        .assign("Q1", "干部科长", on=d(2025, 6, 23))
        .set_deadline("Q1", d(2025, 9, 30), on=d(2025, 6, 23))
        .open("Q2", on=d(2025, 6, 20), category="作风建设", round="2025-H1")
        .set_deadline("Q2", d(2025, 8, 31), on=d(2025, 6, 23))
        .publish_result("Q1", "公示期延长至7个工作日", on=d(2025, 9, 1))
    )
    try:
        ledger.close("Q1", on=d(2025, 9, 2))
    except RecordError as exc:
        print("\nRefused:", exc)
    ledger = (
        ledger.raise_open_items(round="2025-H2", on=d(2025, 12, 18))
        .record_satisfaction(
            "Q1", satisfied=True, basis="满意度测评", round="2025-H2", on=d(2025, 12, 18)
        )
        .close("Q1", on=d(2025, 12, 19))
    )
    print(ledger_summary(ledger, on=d(2025, 12, 31)).explain("zh"))
    for item in overdue_items(ledger, on=d(2025, 12, 31)):
        print(item.headline("en"))

    finding = Finding(person="张某", severity="major", public_trust=False, found_on=d(2026, 1, 5))
    print()
    print(accountability_measure(finding).explain("zh"))


if __name__ == "__main__":
    main()

"""Open days with orgwork.open_day, as another tool would use it.

A county plans its open days against its own requirements (a named preset
from the seed), then tracks the suggestions raised: answered on the spot,
or within 7 working days after the open day.

Run: python examples/open_day.py
"""

from __future__ import annotations

import datetime as dt

from orgwork.open_day import (
    CHANGFENG,
    OpenDay,
    OpenDayPlan,
    Representative,
    Suggestion,
    check_plan,
    follow_up_deadline,
    suggestion_counts,
)


def main() -> None:
    d = dt.date
    groups = (
        "party_congress_delegate",
        "peoples_congress_deputy",
        "grassroots_party_member",
        "petitioner",
    )
    reps = tuple(Representative(id=f"R{i:02d}", group=groups[i % 4]) for i in range(28))
    plan = OpenDayPlan(
        locality="长丰县",
        year=2025,
        days=(
            OpenDay(
                held_on=d(2025, 6, 28),
                invitations_sent_on=d(2025, 6, 18),
                announced_on=d(2025, 6, 20),
                representatives=reps,
                publicly_selected=True,
            ),
        ),
    )
    decision = check_plan(plan, policy=CHANGFENG.policy())
    print(decision.explain("zh"))
    print()
    for v in decision.value:
        print(f"- {v.code}: expected {v.expected}, got {v.actual}")

    print()
    print(follow_up_deadline(d(2025, 9, 26)).explain("en"))

    suggestions = [
        Suggestion(id="S1", open_day=d(2025, 9, 26), answered_on_spot=True, adopted=True),
        Suggestion(
            id="S2", open_day=d(2025, 9, 26), assignee="干部科", answered_on=d(2025, 10, 10)
        ),
        Suggestion(id="S3", open_day=d(2025, 9, 26), assignee="组织科"),
    ]
    print()
    print(suggestion_counts(suggestions, on=d(2025, 10, 20)).explain("zh"))


if __name__ == "__main__":
    main()

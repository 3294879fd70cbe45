"""Working-day deadlines with orgwork.calendar, as another tool would use them.

Run: python examples/working_days.py
"""

from __future__ import annotations

import datetime as dt

from orgwork.calendar import (
    CalendarCoverageError,
    add_days,
    add_working_days,
    official_calendar,
    spring_festival,
    working_days_between,
)


def main() -> None:
    cal = official_calendar()
    received = dt.date(2024, 2, 8)
    due = add_working_days(received, 15)
    print(f"A letter received on {received} must be answered by {due}")
    print(f"  ({working_days_between(received, due)} working days; {received} itself not counted)")
    print(f"  per {cal.schedule(2024).notice}, {cal.schedule(2024).title}")

    print(f"60 calendar days after 2025-08-02 end on {add_days(dt.date(2025, 8, 2), 60)}")
    print(f"Spring Festival 2027 falls on {spring_festival(2027)}")

    late = dt.date(2026, 12, 11)
    try:
        add_working_days(late, 15)
    except CalendarCoverageError as exc:
        print(f"From {late}: {exc.year} is not covered yet; an explicit estimate instead:")
        estimate = cal.with_provisional(exc.year)
        end = add_working_days(late, 15, calendar=estimate)
        print(f"  provisional deadline {end} (provisional={estimate.is_provisional(late, end)})")


if __name__ == "__main__":
    main()

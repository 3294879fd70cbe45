"""Cadre management with orgwork.cadres, as another tool would use it.

Which cadres meet the national minimum years for promotion in rank
(职务职级并行), which heart-to-heart talks are due (谈心谈话), and who should
rotate out of a section (岗位轮换).

Run: python examples/cadres.py
"""

from __future__ import annotations

import datetime as dt

from orgwork.cadres import (
    CadreEvent,
    SectionTenure,
    ServiceHistory,
    Talk,
    YearGrade,
    rank_promotion_eligibility,
    rotation_due,
    talks_due,
)
from orgwork.errors import MissingParameterError
from orgwork.policy import Policy

ON = dt.date(2022, 7, 1)


def grades(**by_year: str) -> tuple[YearGrade, ...]:
    return tuple(YearGrade(year=int(y[1:]), grade=g) for y, g in by_year.items())


def main() -> None:
    # 1. 职务职级并行: 副科职领导干部 and clerks
    histories = [
        ServiceHistory(
            cadre="王某(乡科级副职)",
            position="township_deputy",
            since=dt.date(2020, 3, 1),
            grades=grades(y2020="competent", y2021="excellent"),
        ),
        ServiceHistory(
            cadre="李某(一级科员)",
            position="clerk_1",
            since=dt.date(2020, 9, 1),
            grades=grades(y2020="competent", y2021="basically_competent"),
        ),
        ServiceHistory(
            cadre="赵某(一级调研员)",
            position="researcher_1",
            since=dt.date(2019, 1, 1),
            grades=grades(y2019="competent", y2020="competent", y2021="competent"),
        ),
    ]
    for h in histories:
        print(rank_promotion_eligibility(h, on=ON).explain("zh"), end="\n\n")

    # 2. 谈心谈话
    events = [
        CadreEvent(cadre="王某", trigger="collective_adjustment", on=dt.date(2022, 3, 1)),
        CadreEvent(cadre="李某", trigger="family_misfortune", on=dt.date(2022, 5, 20)),
        CadreEvent(cadre="赵某", trigger="outstanding_achievement", on=dt.date(2022, 6, 2)),
    ]
    held = [Talk(cadre="王某", on=dt.date(2022, 3, 4), by="常务副部长")]
    local = Policy.default().override({"cadres.talk_deadline_days": 30})
    for d in talks_due(events, on=ON, talks=held, policy=local):
        print(d.headline("zh"))
    print()

    # 3. 岗位轮换: the seed gives no maximum tenure; a locality must set one
    tenures = [
        SectionTenure(cadre="刘某", section="干部一处", post="head", since=dt.date(2015, 4, 1)),
        SectionTenure(
            cadre="陈某", section="组织处", post="deputy_head", since=dt.date(2019, 9, 1)
        ),
    ]
    try:
        rotation_due(tenures, on=ON)
    except MissingParameterError as exc:
        print("not set:", exc.parameter)
    five = Policy.default().override({"cadres.rotation_max_tenure_years": 5})
    for d in rotation_due(tenures, on=ON, policy=five):
        print(d.headline("en"))


if __name__ == "__main__":
    main()

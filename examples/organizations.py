"""Party organizations with orgwork.organizations, as another tool would use it.

A department's study log for a year is checked against the 四学模式 (weekly
collective study, monthly reading, a lesson by each person, a yearly
evaluation), with 002's monthly topic opted in, and its half-yearly reports
on the rules; branches get their 双包三提 track and their "135" tasks are
checked.

Run: python examples/organizations.py
"""

from __future__ import annotations

import datetime as dt

from orgwork.organizations import (
    Activity135,
    BranchGrade,
    RulesReport,
    StudyEntry,
    StudyLog,
    improvement_track,
    iso_weeks,
    rules_report_gaps,
    study_gaps,
    unmet_135_tasks,
)
from orgwork.policy import Policy

YEAR = 2011


def main() -> None:
    # 1. a year's study log with a few holes in it
    entries = [
        StudyEntry(item="collective_study", on=dt.date.fromisocalendar(YEAR, w, 3))
        for w in range(1, iso_weeks(YEAR) + 1)
        if w not in (6, 40)  # Spring Festival and National Day weeks were missed
    ]
    entries += [
        StudyEntry(item="recommended_reading", on=dt.date(YEAR, m, 8)) for m in range(1, 13)
    ]
    entries += [  # 002's monthly topic: checked only when a locality opts in
        StudyEntry(item="monthly_topic", on=dt.date(YEAR, m, 2)) for m in range(1, 13) if m != 8
    ]
    entries += [
        StudyEntry(item="personal_lesson", on=dt.date(YEAR, 3 + i, 15), person=p)
        for i, p in enumerate(("周某", "吴某"))
    ]
    log = StudyLog(
        unit="市委组织部机关",
        year=YEAR,
        members=("周某", "吴某", "郑某"),
        entries=tuple(entries),
        exempt_weeks=(6,),  # excused by the department for the Spring Festival
    )
    print(study_gaps(log, on=dt.date(YEAR + 1, 1, 31)).explain("zh"), end="\n\n")
    print(study_gaps(log, on=dt.date(YEAR, 7, 1)).headline("en"), end="\n\n")

    # a department that also follows 002's monthly study topic opts in to it
    topics = Policy.default().override(
        {
            "organizations.study_items": [
                "collective_study",
                "recommended_reading",
                "personal_lesson",
                "annual_evaluation",
                "monthly_topic",
            ]
        }
    )
    print(study_gaps(log, on=dt.date(YEAR + 1, 1, 31), policy=topics).headline("en"), end="\n\n")

    # the half-yearly report on the rules to the 部务会 (002) is its own rule
    reports = [RulesReport(unit="市委组织部机关", on=dt.date(YEAR, 6, 28))]
    print(
        rules_report_gaps("市委组织部机关", YEAR, reports, on=dt.date(YEAR + 1, 1, 5)).headline(
            "zh"
        ),
        end="\n\n",
    )

    # 2. 双包三提
    for branch, grade in (("甲社区党支部", "advanced"), ("乙社区党支部", "lagging")):
        print(improvement_track(BranchGrade(grade), subject=branch).headline("zh"))
    print()

    # 3. the "135" tasks of a 机关党支部 in 2012
    acts = [
        Activity135(branch="区财政局机关党支部", task="survey", on=dt.date(2012, 4, 10)),
        Activity135(branch="区财政局机关党支部", task="weak_branch_helped", on=dt.date(2012, 9, 1)),
    ]
    print(unmet_135_tasks("区财政局机关党支部", 2012, acts).explain("en"))


if __name__ == "__main__":
    main()

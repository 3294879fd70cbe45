"""党员管理 — 党费 and 发展党员: the national rules every 党建 system has to handle.

National rules, each cited with its article and the copy read:

* [`dues_rate`][orgwork.membership.dues_rate] — 党费 by income band, on the schedule in
  force in the month (《关于中国共产党党费收缴、使用和管理的规定》, 2008);
* [`dues_arrears`][orgwork.membership.dues_arrears] — six consecutive unpaid months, referred to
  the branch meeting (党章 第九条), never decided;
* [`dues_makeup`][orgwork.membership.dues_makeup] — 补交 within six months (2008 规定 第十二条);
* [`minimum_age`][orgwork.membership.minimum_age], [`activist_training`][orgwork.membership.activist_training],
  [`intensive_training`][orgwork.membership.intensive_training],
  [`probation_end`][orgwork.membership.probation_end],
  [`probation_extension`][orgwork.membership.probation_extension] — 《中国共产党发展党员工作细则》 (2014).

>>> import datetime as dt
>>> probation_end(Probation(person="P1", admitted_on=dt.date(2024, 2, 29))).value.ends_on
datetime.date(2025, 2, 28)
>>> dues_rate(DuesPayer(member="M1", category="employed", monthly_income=3000), year=2025, month=1).value.payable
Decimal('15.00')
"""

from __future__ import annotations

from orgwork.membership._development import (
    ActivistTraining,
    AgeCheck,
    Applicant,
    IntensiveTraining,
    Probation,
    ProbationExtension,
    ProbationTerm,
    TrainingCheck,
    activist_training,
    full_years,
    intensive_training,
    minimum_age,
    probation_end,
    probation_extension,
)
from orgwork.membership._dues import (
    DuesArrears,
    DuesAssessment,
    DuesMakeup,
    DuesPayer,
    DuesPayment,
    PayerCategory,
    UnpaidRun,
    dues_arrears,
    dues_makeup,
    dues_rate,
)

__all__ = [
    "ActivistTraining",
    "AgeCheck",
    "Applicant",
    "DuesArrears",
    "DuesAssessment",
    "DuesMakeup",
    "DuesPayer",
    "DuesPayment",
    "IntensiveTraining",
    "PayerCategory",
    "Probation",
    "ProbationExtension",
    "ProbationTerm",
    "TrainingCheck",
    "UnpaidRun",
    "activist_training",
    "dues_arrears",
    "dues_makeup",
    "dues_rate",
    "full_years",
    "intensive_training",
    "minimum_age",
    "probation_end",
    "probation_extension",
]

"""党员管理示例 — 东岭村党支部's dues and admissions of a year (fictional).

Twelve members pay dues: members in work at and around the band edges of the
2008 规定 (3000, 5000 and 10000 yuan), two retirees (one at 5000 yuan), a
farmer (whose amount the locality has not set), a student, one whose income
gives fractions of a 分 (the rounding is referred), and one who paid nothing
from March to August (six consecutive months: referred to the branch
meeting). One member paid January to April late in May (补交 within six
months), another paid January's dues only in August (beyond six months).

Five applicants: one under 18, one just 18 (born 29 February where the years
allow it: 18 full years on 28 February of a common year), an activist whose
year of training is complete on the day they were listed as a development
candidate, one listed before it was, and one not yet listed. Intensive
training of three days, and of 20 学时 only. Three probationary members:
one admitted on 29 February (the probation ends on 28 February), one whose
probation is to be extended by six months, and one by eighteen (beyond the
year the 细则 allows).

Every year from 2004 to 2026 has the same branch; the dues schedule of the
2008 规定 applies only to months from 2008-04-01 (earlier months are said
not to be assessed on it, as the rule says). All names are invented.

Examples:
    >>> s = build(2025)
    >>> [p.member for p in s.payers][:3]
    ['杨志远', '罗晓梅', '蒋文涛']
    >>> s.probationers[0].admitted_on
    datetime.date(2024, 2, 29)
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from orgwork.membership import DuesPayment, PayerCategory
from orgwork.records.membership import (
    DuesMember,
    MembershipApplicant,
    MembershipRecords,
    ProbationaryMember,
)
from orgwork.samples._town import TOWN

__all__ = ["BRANCH", "FIRST_YEAR", "LAST_YEAR", "MembershipRecords", "build"]

#: The first and last years a sample can be built for (as every family of the sample town).
FIRST_YEAR = 2004
LAST_YEAR = 2026

#: The sample branch: the first village's.
BRANCH = f"{TOWN.villages[0].name}党支部"

_E, _R = PayerCategory.EMPLOYED, PayerCategory.RETIRED

# (member, category, monthly income or None, the amount paid each month)
_PAYERS: tuple[tuple[str, PayerCategory, str | None, str], ...] = (
    ("杨志远", _E, "3000", "15.00"),  # 3000 belongs to the lowest band: 0.5%
    ("罗晓梅", _E, "3100", "31.00"),  # just above: 1%
    ("蒋文涛", _E, "5000", "50.00"),  # 5000 belongs to the second band: 1%
    ("沈丽萍", _E, "5100", "76.50"),  # just above: 1.5%
    ("韦国栋", _E, "10000", "150.00"),  # 10000 belongs to the third band: 1.5%
    ("贺明轩", _E, "10100", "202.00"),  # just above: 2%
    ("汤秀英", _R, "5000", "25.00"),  # a retiree at 5000: 0.5%
    ("邹德胜", _R, "5200", "52.00"),  # a retiree above 5000: 1%
    ("殷福生", PayerCategory.FARMER, None, "0.50"),  # 0.2 to 1 yuan: the locality's choice
    ("严佳琪", PayerCategory.STUDENT, None, "0.20"),
    ("雷振宇", _E, "4321.50", "43.22"),  # 1% is 43.215: to the 分, halves up (unset: referred)
    ("孟庆海", _E, "4000", "40.00"),  # paid nothing from March to August
)

#: The member who paid no dues for six consecutive months, and those months.
ARREARS = ("孟庆海", range(3, 9))
#: Paid January to April late, on 12 May (within six months).
MAKEUP_WITHIN = ("罗晓梅", range(1, 5), (5, 12))
#: Paid January's dues on 10 August (seven months: beyond six).
MAKEUP_BEYOND = ("蒋文涛", range(1, 2), (8, 10))


def _payments(year: int) -> tuple[DuesPayment, ...]:
    out = []
    for member, _, _, amount in _PAYERS:
        for month in range(1, 13):
            paid = dt.date(year, month, 10)
            if member == ARREARS[0] and month in ARREARS[1]:
                continue
            for who, months, (m, d) in (MAKEUP_WITHIN, MAKEUP_BEYOND):
                if member == who and month in months:
                    paid = dt.date(year, m, d)
            out.append(
                DuesPayment(
                    member=member, year=year, month=month, amount=Decimal(amount), paid_on=paid
                )
            )
    return tuple(out)


def _birthday_18(year: int) -> tuple[dt.date, dt.date]:
    """A birth day and the day, in ``year``, the person is 18 full years old.

    29 February when ``year - 18`` is a leap year (the 18th birthday is then
    28 February of a common year), otherwise 15 March.
    """
    born_year = year - 18
    if calendar.isleap(born_year) and not calendar.isleap(year):
        return dt.date(born_year, 2, 29), dt.date(year, 2, 28)
    return dt.date(born_year, 3, 15), dt.date(year, 3, 15)


def _applicants(year: int) -> tuple[MembershipApplicant, ...]:
    born_18, turns_18 = _birthday_18(year)
    return (
        # under 18: applied at 17
        MembershipApplicant(
            person="华子轩", born=dt.date(year - 18, 6, 1), applied_on=dt.date(year, 3, 1)
        ),
        # 18 on the very day of applying
        MembershipApplicant(person="付雨桐", born=born_18, applied_on=turns_18),
        # a year of training complete on the day listed (以上 includes it); three days' training
        MembershipApplicant(
            person="鲁宏伟",
            born=dt.date(year - 30, 5, 20),
            applied_on=dt.date(year - 2, 3, 1),
            activist_since=dt.date(year - 1, 3, 10),
            listed_on=dt.date(year, 3, 10),
            training_days=3,
        ),
        # listed before the year was complete; 20 学时 of training only
        MembershipApplicant(
            person="温静怡",
            born=dt.date(year - 26, 8, 8),
            applied_on=dt.date(year - 2, 9, 1),
            activist_since=dt.date(year - 1, 6, 1),
            listed_on=dt.date(year, 5, 20),
            training_hours=20,
        ),
        # an activist not listed yet: the year is checked on the review day
        MembershipApplicant(
            person="康晨曦",
            born=dt.date(year - 24, 11, 2),
            applied_on=dt.date(year - 1, 4, 1),
            activist_since=dt.date(year - 1, 9, 1),
        ),
    )


def _probationers(year: int) -> tuple[ProbationaryMember, ...]:
    last = year - 1
    first = dt.date(last, 2, 29) if calendar.isleap(last) else dt.date(last, 3, 1)
    return (
        ProbationaryMember(person="程思远", admitted_on=first),
        ProbationaryMember(person="魏书婷", admitted_on=dt.date(last, 6, 28), extension_months=6),
        ProbationaryMember(person="陶立军", admitted_on=dt.date(last, 9, 15), extension_months=18),
    )


def build(year: int) -> MembershipRecords:
    """The sample branch's dues and admissions of ``year`` (2004–2026), deterministic.

    Examples:
        >>> s = build(2026)
        >>> s.applicants[1].born, s.applicants[1].applied_on
        (datetime.date(2008, 2, 29), datetime.date(2026, 2, 28))
    """
    if type(year) is not int or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"the sample town covers {FIRST_YEAR}–{LAST_YEAR}, not {year!r}")
    return MembershipRecords(
        year=year,
        branch=BRANCH,
        on=dt.date(year, 12, 31),
        payers=tuple(
            DuesMember(
                member=m,
                category=c,
                monthly_income=None if income is None else Decimal(income),
            )
            for m, c, income, _ in _PAYERS
        ),
        payments=_payments(year),
        applicants=_applicants(year),
        probationers=_probationers(year),
    )

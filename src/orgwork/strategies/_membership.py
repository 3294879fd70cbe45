"""Strategies for the membership domain: dues payers and payments, applicants, trainings, probations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from orgwork.membership import (
    Applicant,
    DuesPayer,
    DuesPayment,
    IntensiveTraining,
    PayerCategory,
    Probation,
)

__all__ = ["applicants", "dues_payers", "dues_payments", "intensive_trainings", "probations"]

_MEMBERS = st.sampled_from(("张三", "李四", "王五", "M01", "M02"))


def _yuan(high: int) -> st.SearchStrategy[Decimal]:
    return st.decimals(Decimal(0), Decimal(high), places=2, allow_nan=False, allow_infinity=False)


@st.composite
def dues_payers(draw: st.DrawFn, *, max_income: int = 50000) -> DuesPayer:
    """交纳党费的党员 — a payer of any category, with an income where the category needs one.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(dues_payers(), lambda p: p.category.by_income, settings=quick).monthly_income is not None
    True
    """
    category = draw(st.sampled_from(PayerCategory))
    income = draw(_yuan(max_income)) if category.by_income else draw(st.none() | _yuan(max_income))
    return DuesPayer(member=draw(_MEMBERS), category=category, monthly_income=income)


@st.composite
def dues_payments(
    draw: st.DrawFn,
    min_month: tuple[int, int] = (2008, 4),
    max_month: tuple[int, int] = (2026, 12),
) -> DuesPayment:
    """党费交纳记录 — a payment for a month, paid in that month or up to a year later.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> p = find(dues_payments(), lambda p: True, settings=quick)
    >>> (p.paid_on.year, p.paid_on.month) >= (p.year, p.month)
    True
    """
    lo, hi = min_month[0] * 12 + min_month[1] - 1, max_month[0] * 12 + max_month[1] - 1
    n = draw(st.integers(lo, hi))
    year, month = divmod(n, 12)
    first = dt.date(year, month + 1, 1)
    paid_on = first + dt.timedelta(days=draw(st.integers(0, 400)))
    return DuesPayment(
        member=draw(_MEMBERS), year=year, month=month + 1, amount=draw(_yuan(500)), paid_on=paid_on
    )


def applicants(
    min_born: dt.date = dt.date(1960, 1, 1), max_born: dt.date = dt.date(2012, 12, 31)
) -> st.SearchStrategy[Applicant]:
    """入党申请人 — applicants, some already activists (from their 16th year on).

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> a = find(applicants(), lambda a: a.activist_since is not None, settings=quick)
    >>> a.activist_since > a.born
    True
    """

    @st.composite
    def one(draw: st.DrawFn) -> Applicant:
        born = draw(st.dates(min_born, max_born))
        since = draw(
            st.none() | st.dates(born.replace(year=born.year + 16, day=1), dt.date(2030, 12, 31))
        )
        return Applicant(person=draw(_MEMBERS), born=born, activist_since=since)

    return one()


def intensive_trainings() -> st.SearchStrategy[IntensiveTraining]:
    """短期集中培训 — days and class hours around the requirement (3 days or 24 学时).

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(intensive_trainings(), lambda t: t.days < 3 and t.hours < 24, settings=quick).days < 3
    True
    """
    return st.builds(
        IntensiveTraining, person=_MEMBERS, days=st.integers(0, 10), hours=st.integers(0, 80)
    )


def probations(
    min_day: dt.date = dt.date(2004, 1, 1), max_day: dt.date = dt.date(2026, 12, 31)
) -> st.SearchStrategy[Probation]:
    """预备期 — probationary members and the day the branch meeting admitted them.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(probations(), lambda p: True, settings=quick).admitted_on >= dt.date(2004, 1, 1)
    True
    """
    return st.builds(Probation, person=_MEMBERS, admitted_on=st.dates(min_day, max_day))

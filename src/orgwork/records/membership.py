"""党员管理记录 — a branch's dues (党费) and its admissions (发展党员) of one year.

Four sheets: the members' dues bases (党费基数: the clause of the 2008 规定
that sets each member's dues, and the monthly income it is a share of), the
dues paid (党费交纳记录), the applicants and activists (入党申请人), and the
probationary members (预备党员). The rules of [`orgwork.membership`][orgwork.membership]
read them; [`orgwork.report.membership`][orgwork.report.membership] runs them.

A member's income and an applicant's date of birth are personal data: never
in a repr, and withheld from a redacted copy (the report then says what it
could not assess, never guesses).

Examples:
    >>> from orgwork.samples.membership import build
    >>> s = build(2025)
    >>> s.branch, s.on
    ('东岭村党支部', datetime.date(2025, 12, 31))
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from orgwork._args import two_places
from orgwork.ids import Id
from orgwork.membership import DuesPayment, PayerCategory
from orgwork.records._base import INHERITED, REVIEW_DAY, marked, year_end_defaults

__all__ = ["DuesMember", "MembershipApplicant", "MembershipRecords", "ProbationaryMember"]

_LAST = dt.date(2200, 12, 31)


def _in_fen(value: Decimal) -> Decimal:
    """``value`` written to the 分 (``4321.5`` → ``4321.50``): the same from any file format."""
    return two_places(value).quantize(Decimal("0.01"))


#: Yuan with at most two decimal places (分), never negative, at most 10⁹.
_Yuan = Annotated[Decimal, Field(ge=0, le=10**9), AfterValidator(_in_fen)]


class DuesMember(BaseModel):
    """党费基数 — a member, the clause of the 规定 that sets their dues, and their monthly income.

    ``monthly_income`` (税后月工资收入, or the pension of a retiree) is
    personal data: never in the repr, and left empty in a redacted copy. A
    member paid by income whose income is not recorded is not assessed: the
    report says so.

    Examples:
        >>> m = DuesMember(member="M1", category="employed", monthly_income="4200.00")
        >>> "4200" in repr(m), m.category.zh
        (False, '按月领取工资的党员')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    member: Id
    category: PayerCategory
    monthly_income: _Yuan | None = Field(default=None, repr=False)


class MembershipApplicant(BaseModel):
    """入党申请人 — an applicant: birth, application, activist and candidate days, intensive training.

    ``born`` is personal data (never in the repr; left empty in a redacted
    copy). ``applied_on`` is the day the age is checked on (the review day
    when empty); ``listed_on`` the day they were listed as a development
    candidate (发展对象), the day the year of training is checked on (the
    review day when empty). ``training_days`` and ``training_hours`` are the
    intensive training (短期集中培训) received, empty when none is recorded.

    Examples:
        >>> a = MembershipApplicant(person="P1", born=dt.date(2008, 2, 29))
        >>> "2008" in repr(a)
        False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id
    born: dt.date | None = Field(default=None, le=_LAST, repr=False)
    applied_on: dt.date | None = Field(default=None, le=_LAST)
    activist_since: dt.date | None = Field(
        default=None,
        le=_LAST,
        description="The day the branch committee listed them as an activist (入党积极分子).",
    )
    listed_on: dt.date | None = Field(
        default=None,
        le=_LAST,
        description="The day they were listed as a development candidate (发展对象).",
    )
    training_days: int | None = Field(default=None, ge=0, le=366)
    training_hours: int | None = Field(
        default=None, ge=0, le=10000, description="Class hours (学时) of the intensive training."
    )


class ProbationaryMember(BaseModel):
    """预备党员 — the day the branch meeting admitted them, and any extension of the probation asked.

    Examples:
        >>> ProbationaryMember(person="P1", admitted_on=dt.date(2024, 2, 29)).extension_months is None
        True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id
    admitted_on: dt.date = Field(
        le=_LAST, description="The day the branch meeting passed the admission (支部大会通过)."
    )
    extension_months: int | None = Field(
        default=None,
        ge=0,
        le=1200,
        description="The extension of the probation proposed (months), if any.",
    )


class MembershipRecords(BaseModel):
    """党员管理记录 — one branch's dues and admissions of a year.

    ``on`` is the review day (31 December of the year when left empty): dues
    paid after it are not counted, and it is the day the age and the year of
    training are checked on when a row gives no day of its own.

    Examples:
        >>> from orgwork.samples.membership import build
        >>> s = build(2024)
        >>> len(s.payers), s.on
        (12, datetime.date(2024, 12, 31))
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int = Field(json_schema_extra=INHERITED)
    branch: str = ""
    on: dt.date = Field(json_schema_extra=REVIEW_DAY)
    payers: tuple[DuesMember, ...] = ()
    payments: tuple[DuesPayment, ...] = ()
    applicants: tuple[MembershipApplicant, ...] = ()
    probationers: tuple[ProbationaryMember, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _review_days(cls, data: Any) -> Any:
        return year_end_defaults(data, marked(cls, "review_day"))

    def is_empty(self) -> bool:
        """Whether there is nothing to check (no member, payment, applicant or probationer)."""
        return not (self.payers or self.payments or self.applicants or self.probationers)

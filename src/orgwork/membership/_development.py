"""发展党员 — the steps of admission that the 2014 细则 counts: age, training, probation.

From 《中国共产党发展党员工作细则》 (2014):

* [`minimum_age`][orgwork.membership.minimum_age] — 第五条 年满十八岁;
* [`activist_training`][orgwork.membership.activist_training] — 第十三条: at least a year
  (一年以上, the year itself included) of training and observation before an
  activist is listed as a 发展对象, counted in calendar years;
* [`intensive_training`][orgwork.membership.intensive_training] — 第十七条: at least three days
  or 24 学时; without it a 发展对象 is not admitted, save in particular cases;
* [`probation_end`][orgwork.membership.probation_end] — 第三十二条: one calendar year from the
  day the branch meeting admitted the probationary member;
* [`probation_extension`][orgwork.membership.probation_extension] — 第三十二条: an extension of
  at least half a year and at most one year (calendar months).

Years and months are calendar years and months (``dateutil.relativedelta``),
never 365 days: a day with no counterpart (29 February in a common year) is
the month's last day (民法典 第二百零二条).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_date, as_field
from orgwork.decision import Decision, RuleContext, Say, day
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.membership._common import RULES_2014, after_months, after_years
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = [
    "ActivistTraining",
    "AgeCheck",
    "Applicant",
    "IntensiveTraining",
    "Probation",
    "ProbationExtension",
    "ProbationTerm",
    "TrainingCheck",
    "activist_training",
    "full_years",
    "intensive_training",
    "minimum_age",
    "probation_end",
    "probation_extension",
]

_LAST = dt.date(2200, 12, 31)


def full_years(start: dt.date, on: dt.date) -> int:
    """Full calendar years from ``start`` to ``on`` (周岁 from a birth date).

    A year is complete on its corresponding day, or on the month's last day
    when there is none (born 29 February: 18 on 28 February of a common year).

    >>> full_years(dt.date(2008, 2, 29), dt.date(2026, 2, 28)), full_years(dt.date(2008, 3, 1), dt.date(2026, 2, 28))
    (18, 17)
    """
    start, on = as_date(start, "start"), as_date(on, "on")
    if on < start:
        raise RecordError(f"start {start} is after {on}")
    n = on.year - start.year
    if after_years(start, n) > on:
        n -= 1
    return n


class Applicant(BaseModel):
    """入党申请人 — a person applying to join, with the day they became an activist, if they have.

    ``born`` is personal data: never in the repr.

    >>> "2001" in repr(Applicant(person="P1", born=dt.date(2001, 5, 4)))
    False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id
    born: dt.date = Field(le=_LAST, repr=False)
    activist_since: dt.date | None = Field(
        default=None,
        le=_LAST,
        description="The day the branch committee listed them as an activist (入党积极分子).",
    )


class AgeCheck(BaseModel):
    """年龄条件 — whether an applicant is 年满十八岁 on a day."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id
    on: dt.date
    age: int
    reached_on: dt.date
    eligible: bool


class ActivistTraining(BaseModel):
    """入党积极分子的培养期 — when the year of training is complete, and whether it is by ``on``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id
    since: dt.date | None
    on: dt.date
    complete_on: dt.date | None
    complete: bool


class IntensiveTraining(BaseModel):
    """短期集中培训 — the days and class hours (学时) of a 发展对象's intensive training."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id
    days: int = Field(ge=0, le=366, strict=True)
    hours: int = Field(ge=0, le=10000, strict=True, description="Class hours (学时).")


class TrainingCheck(BaseModel):
    """集中培训是否达到要求 — three days, or 24 学时."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id
    days: int
    hours: int
    sufficient: bool


class Probation(BaseModel):
    """预备期 — the day the branch meeting admitted a probationary member.

    >>> Probation(person="P1", admitted_on=dt.date(2024, 2, 29)).admitted_on.year
    2024
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id
    admitted_on: dt.date = Field(
        le=_LAST, description="The day the branch meeting passed the admission (支部大会通过)."
    )


class ProbationTerm(BaseModel):
    """预备期满 — the day a probation of one calendar year ends."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id
    admitted_on: dt.date
    years: int
    ends_on: dt.date


class ProbationExtension(BaseModel):
    """延长预备期 — an extension asked for, whether it is within the range, and the new end."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id
    months: int
    accepted: bool
    ends_on: dt.date | None = None


class _AgeTexts:
    """Texts of membership.minimum_age (年满十八岁)."""

    age = Say(
        "生于{born},{on}时{age}周岁;年满{limit}岁之日为{reached}",
        "Born {born}: {age} full years on {on}; {limit} full years on {reached}",
    )
    eligible = Say("{person}已年满{limit}岁", "{person} is {limit} or older")
    under_age = Say(
        "{person}未满{limit}岁,{reached}起方可申请入党",
        "{person} is under {limit}: may apply from {reached}",
    )


@rule(
    "membership.minimum_age",
    zh="申请入党须年满十八岁",
    en="Applicants must be 18 full years of age",
    document=RULES_2014,
    section="第五条; copy read: https://w.sf024.com/info/1753944835794853828.html (a reprint "
    "citing 第五条; no official text reached)",
    quote="年满十八岁的中国工人、农民、军人、知识分子和其他社会阶层的先进分子,承认党的纲领和章程,"
    "愿意参加党的一个组织并在其中积极工作、执行党的决议和按期交纳党费的,可以申请加入中国共产党。",
    parameters=("membership.minimum_age_years",),
)
def minimum_age(
    applicant: Applicant, *, on: dt.date, policy: Policy | None = None
) -> Decision[AgeCheck]:
    """年满十八岁 — whether ``applicant`` is ``membership.minimum_age_years`` full years old on ``on``.

    Outcomes ``"eligible"`` and ``"not_eligible"`` (with the day the age is
    reached). A day before the birth is a [`RecordError`][orgwork.errors.RecordError].

    >>> a = Applicant(person="P", born=dt.date(2008, 2, 29))
    >>> minimum_age(a, on=dt.date(2026, 2, 27)).outcome, minimum_age(a, on=dt.date(2026, 2, 28)).outcome
    ('not_eligible', 'eligible')
    """
    applicant = as_field(Applicant, applicant, "applicant")
    on = as_date(on, "on")
    ctx = RuleContext(minimum_age, policy, on=on)
    limit = ctx.param("membership.minimum_age_years")
    age = full_years(applicant.born, on)
    reached = after_years(applicant.born, limit, "applicant.born")
    v = AgeCheck(person=applicant.person, on=on, age=age, reached_on=reached, eligible=age >= limit)
    ctx.say(
        _AgeTexts.age,
        born=day(applicant.born),
        on=day(on),
        age=age,
        limit=limit,
        reached=day(reached),
    )
    if v.eligible:
        return ctx.decide(
            "eligible", v, _AgeTexts.eligible, subject=v.person, person=v.person, limit=limit
        )
    return ctx.decide(
        "not_eligible",
        v,
        _AgeTexts.under_age,
        subject=v.person,
        person=v.person,
        limit=limit,
        reached=day(reached),
    )


class _ActivistTexts:
    """Texts of membership.activist_training (一年以上培养教育和考察)."""

    since = Say(
        "{since}确定为入党积极分子,培养教育和考察满{years}年之日为{complete}",
        "Activist since {since}: {years} year(s) of training are complete on {complete}",
    )
    no_record = Say(
        "尚无确定为入党积极分子的日期",
        "No day on which they were listed as an activist",
    )
    complete = Say(
        "{person}至{on}已经过{years}年以上培养教育和考察,可列为发展对象",
        "{person}: {years} year(s) of training complete by {on}; may be listed as a development "
        "candidate",
    )
    incomplete = Say(
        "{person}至{on}培养教育和考察未满{years}年,{complete}起方可列为发展对象",
        "{person}: training not yet {years} year(s) on {on}; may be listed from {complete}",
    )
    not_activist = Say(
        "{person}尚未确定为入党积极分子,不能列为发展对象",
        "{person} is not an activist: cannot be listed as a development candidate",
    )


@rule(
    "membership.activist_training",
    zh="入党积极分子经过一年以上培养教育和考察,方可列为发展对象",
    en="An activist is listed as a development candidate only after at least a year of training "
    "and observation",
    document=RULES_2014,
    section="第十三条; copy read: https://m.110ask.com/zhishi/1139441497249402036.html (a "
    "reprint citing 第十三条; no official text reached)",
    quote="对经过一年以上培养教育和考察、基本具备党员条件的入党积极分子,在听取党小组、培养联系人、"
    "党员和群众意见的基础上,支部委员会讨论同意并报上级党委备案后,可列为发展对象。",
    parameters=("membership.activist_training_years",),
)
def activist_training(
    applicant: Applicant, *, on: dt.date, policy: Policy | None = None
) -> Decision[ActivistTraining]:
    """一年以上培养教育 — whether an activist's year of training is complete on ``on``.

    Counted in calendar years from ``applicant.activist_since``; 以上 includes
    the number, so the year is complete on its anniversary. Outcomes
    ``"met"``, ``"unmet"`` (with the day it completes) and
    ``"not_eligible"`` (no ``activist_since``, or one after ``on``).

    >>> a = Applicant(person="P", born=dt.date(2000, 1, 1), activist_since=dt.date(2024, 2, 29))
    >>> activist_training(a, on=dt.date(2025, 2, 28)).outcome
    'met'
    """
    applicant = as_field(Applicant, applicant, "applicant")
    on = as_date(on, "on")
    ctx = RuleContext(activist_training, policy, on=on)
    years = ctx.param("membership.activist_training_years")
    since, person = applicant.activist_since, applicant.person
    if since is None or since > on:
        ctx.say(_ActivistTexts.no_record)
        v = ActivistTraining(person=person, since=since, on=on, complete_on=None, complete=False)
        return ctx.decide(
            "not_eligible", v, _ActivistTexts.not_activist, subject=person, person=person
        )
    complete_on = after_years(since, years, "applicant.activist_since")
    v = ActivistTraining(
        person=person, since=since, on=on, complete_on=complete_on, complete=on >= complete_on
    )
    ctx.say(_ActivistTexts.since, since=day(since), years=years, complete=day(complete_on))
    if v.complete:
        return ctx.decide(
            "met",
            v,
            _ActivistTexts.complete,
            subject=person,
            person=person,
            on=day(on),
            years=years,
        )
    return ctx.decide(
        "unmet",
        v,
        _ActivistTexts.incomplete,
        subject=person,
        person=person,
        on=day(on),
        years=years,
        complete=day(complete_on),
    )


class _TrainingTexts:
    """Texts of membership.intensive_training (不少于三天或二十四个学时)."""

    given = Say(
        "集中培训{days}天、{hours}学时;要求不少于{min_days}天或不少于{min_hours}学时,满足其一即可",
        "Intensive training: {days} day(s), {hours} class hour(s); at least {min_days} days or "
        "{min_hours} class hours, either suffices",
    )
    sufficient = Say(
        "{person}的集中培训达到要求", "{person}'s intensive training meets the requirement"
    )
    insufficient = Say(
        "{person}的集中培训未达到要求,除个别特殊情况外不能发展入党",
        "{person}'s intensive training falls short: not to be admitted, save in particular cases",
    )


@rule(
    "membership.intensive_training",
    zh="发展对象短期集中培训一般不少于三天(或不少于二十四个学时);未经培训的,除个别特殊情况外,不能发展入党",
    en="A development candidate's intensive training lasts at least three days (or 24 class "
    "hours); without it, save in particular cases, no admission",
    document=RULES_2014,
    section="第十七条; copy read: https://m.taodocs.com/p-675933586.html (a reprint numbering "
    "the articles; no official text reached)",
    quote="培训时间一般不少于三天(或不少于二十四个学时)。",
    parameters=("membership.intensive_training_days", "membership.intensive_training_hours"),
)
def intensive_training(
    training: IntensiveTraining, *, policy: Policy | None = None
) -> Decision[TrainingCheck]:
    """集中培训 — whether the training reached the days or the class hours (either suffices).

    Outcomes ``"meets"`` and ``"short"``; the particular cases the
    text excepts (个别特殊情况) are the Party organization's to judge.

    >>> intensive_training(IntensiveTraining(person="P", days=2, hours=24)).outcome
    'meets'
    >>> intensive_training(IntensiveTraining(person="P", days=2, hours=23)).outcome
    'short'
    """
    training = as_field(IntensiveTraining, training, "training")
    ctx = RuleContext(intensive_training, policy)
    min_days = ctx.param("membership.intensive_training_days")
    min_hours = ctx.param("membership.intensive_training_hours")
    t = training
    ok = t.days >= min_days or t.hours >= min_hours
    v = TrainingCheck(person=t.person, days=t.days, hours=t.hours, sufficient=ok)
    ctx.say(
        _TrainingTexts.given, days=t.days, hours=t.hours, min_days=min_days, min_hours=min_hours
    )
    if ok:
        return ctx.decide("meets", v, _TrainingTexts.sufficient, subject=t.person, person=t.person)
    return ctx.decide("short", v, _TrainingTexts.insufficient, subject=t.person, person=t.person)


class _ProbationTexts:
    """Texts of membership.probation_end (预备期为一年,从支部大会通过之日算起)."""

    term = Say(
        "支部大会于{admitted}通过其为预备党员,预备期{years}年,按日历年计算",
        "Admitted by the branch meeting on {admitted}: a probation of {years} calendar year(s)",
    )
    leap = Say(
        "起算日为2月29日,期满之年没有对应日,以该月末日{end}为期满之日",
        "The probation began on 29 February; the year it ends has no such day, so it ends on "
        "the month's last day, {end}",
    )
    ends = Say("{person}的预备期于{end}期满", "{person}'s probation ends on {end}")


@rule(
    "membership.probation_end",
    zh="预备期为一年,从支部大会通过其为预备党员之日算起(按日历年计算)",
    en="The probation lasts one year from the day the branch meeting admits the probationary "
    "member (a calendar year)",
    document=RULES_2014,
    section="第三十二条; copy read: https://44.wendadaohang.com/zd/YYKV6ZDY3KG6WW3KW6W.html (a "
    "reprint citing 第三十二条; no official text reached)",
    quote="预备党员的预备期为一年。预备期从支部大会通过其为预备党员之日算起。",
    parameters=("membership.probation_years",),
)
def probation_end(probation: Probation, *, policy: Policy | None = None) -> Decision[ProbationTerm]:
    """预备期满 — the day the probation ends: the admission day one calendar year on.

    A calendar year, never 365 days: admitted 2023-07-01, the probation ends
    2024-07-01; admitted 2024-02-29, it ends 2025-02-28 (no 29 February).

    >>> probation_end(Probation(person="P", admitted_on=dt.date(2024, 2, 29))).value.ends_on
    datetime.date(2025, 2, 28)
    """
    probation = as_field(Probation, probation, "probation")
    p = probation
    ctx = RuleContext(probation_end, policy, on=p.admitted_on)
    years = ctx.param("membership.probation_years")
    end = after_years(p.admitted_on, years, "probation.admitted_on")
    v = ProbationTerm(person=p.person, admitted_on=p.admitted_on, years=years, ends_on=end)
    ctx.say(_ProbationTexts.term, admitted=day(p.admitted_on), years=years)
    if (p.admitted_on.month, p.admitted_on.day) == (2, 29) and end.day != 29:
        ctx.say(_ProbationTexts.leap, end=day(end))
    return ctx.decide(
        "ok", v, _ProbationTexts.ends, subject=p.person, person=p.person, end=day(end)
    )


class _ExtensionTexts:
    """Texts of membership.probation_extension (延长时间不能少于半年,最长不超过一年)."""

    asked = Say(
        "拟延长预备期{months}个月;延长时间不能少于{min}个月,最长不超过{max}个月",
        "An extension of {months} month(s) is proposed; it may be no shorter than {min} months "
        "and no longer than {max}",
    )
    too_short = Say(
        "{person}的预备期拟延长{months}个月,少于{min}个月,不符合规定",
        "{person}: an extension of {months} month(s) is shorter than {min} months: refused",
    )
    too_long = Say(
        "{person}的预备期拟延长{months}个月,超过{max}个月,不符合规定",
        "{person}: an extension of {months} month(s) is longer than {max} months: refused",
    )
    accepted = Say(
        "{person}的预备期延长{months}个月,于{end}期满",
        "{person}'s probation is extended by {months} month(s), to end on {end}",
    )


@rule(
    "membership.probation_extension",
    zh="延长预备期:延长时间不能少于半年,最长不超过一年",
    en="An extended probation: the extension is at least half a year and at most one year",
    document=RULES_2014,
    section="第三十二条; copy read: https://44.wendadaohang.com/zd/YYKV6ZDY3KG6WW3KW6W.html (a "
    "reprint citing 第三十二条; no official text reached)",
    quote="需要继续考察和教育的,可以延长一次预备期,延长时间不能少于半年,最长不超过一年",
    parameters=(
        "membership.probation_years",
        "membership.extension_min_months",
        "membership.extension_max_months",
    ),
)
def probation_extension(
    probation: Probation, *, months: int, policy: Policy | None = None
) -> Decision[ProbationExtension]:
    """延长预备期 — whether an extension of ``months`` calendar months is within the range.

    Outcomes ``"conforms"`` (with the new end: the probation's end plus the
    months) and ``"deficient"``, saying which bound the proposal misses.

    >>> p = Probation(person="P", admitted_on=dt.date(2024, 3, 1))
    >>> [probation_extension(p, months=m).outcome for m in (5, 6, 12, 13)]
    ['deficient', 'conforms', 'conforms', 'deficient']
    """
    probation = as_field(Probation, probation, "probation")
    months = as_field((int, Field(ge=0, le=1200, strict=True)), months, "months")
    p = probation
    ctx = RuleContext(probation_extension, policy, on=p.admitted_on)
    years = ctx.param("membership.probation_years")
    low = ctx.param("membership.extension_min_months")
    high = ctx.param("membership.extension_max_months")
    ctx.say(_ExtensionTexts.asked, months=months, min=low, max=high)
    said: dict[str, Any] = {"subject": p.person, "person": p.person, "months": months}
    if months < low or months > high:
        v = ProbationExtension(person=p.person, months=months, accepted=False)
        if months < low:
            return ctx.decide("deficient", v, _ExtensionTexts.too_short, min=low, **said)
        return ctx.decide("deficient", v, _ExtensionTexts.too_long, max=high, **said)
    # counted from the admission day itself, so that the corresponding day is the admission's
    end = after_months(p.admitted_on, 12 * years + months, "probation.admitted_on")
    v = ProbationExtension(person=p.person, months=months, accepted=True, ends_on=end)
    return ctx.decide("conforms", v, _ExtensionTexts.accepted, end=day(end), **said)

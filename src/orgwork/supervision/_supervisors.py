"""义务监督员 — volunteer supervisors: who may be recommended, their terms, rights and duties."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_field, as_models
from orgwork.decision import Decision, RuleContext, Say, Text, day
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.rules import rule
from orgwork.supervision._common import S000

__all__ = [
    "ELIGIBLE_BACKGROUNDS",
    "REQUIRED_QUALITIES",
    "SUPERVISOR_DUTIES",
    "SUPERVISOR_RIGHTS",
    "Appointment",
    "Background",
    "Candidate",
    "Quality",
    "SupervisorKind",
    "Term",
    "supervisor_eligibility",
    "supervisor_term",
]


class SupervisorKind(enum.StrEnum):
    """义务监督员类别 — the two kinds of volunteer supervisor."""

    DEPARTMENT_CONDUCT = "department_conduct"
    """部风监督员 — supervisor of the department's conduct."""
    CADRE_WORK = "cadre_work"
    """干部工作监督员 — supervisor of cadre work."""

    @property
    def zh(self) -> str:
        """The seed's name of the kind."""
        return "部风监督员" if self is SupervisorKind.DEPARTMENT_CONDUCT else "干部工作监督员"

    @property
    def en(self) -> str:
        """The kind's English name in explanations: its value."""
        return self.value


class Background(enum.StrEnum):
    """推荐来源 — where a candidate comes from."""

    PEOPLES_CONGRESS_DEPUTY = "peoples_congress_deputy"
    """各级人大代表."""
    PARTY_CONGRESS_DELEGATE = "party_congress_delegate"
    """党代表."""
    CPPCC_MEMBER = "cppcc_member"
    """政协委员."""
    RETIRED_CADRE = "retired_cadre"
    """离退休老同志."""
    ORDINARY_PUBLIC = "ordinary_public"
    """普通群众."""
    LEADING_CADRE = "leading_cadre"
    """各级领导干部."""
    TRADE = "trade"
    """各个行业网中有影响的同志."""

    @property
    def zh(self) -> str:
        """The seed's name of the background."""
        return _BACKGROUND_ZH[self]

    @property
    def en(self) -> str:
        """The background's English name in explanations: its value."""
        return self.value


_BACKGROUND_ZH = {
    Background.PEOPLES_CONGRESS_DEPUTY: "人大代表",
    Background.PARTY_CONGRESS_DELEGATE: "党代表",
    Background.CPPCC_MEMBER: "政协委员",
    Background.RETIRED_CADRE: "离退休老同志",
    Background.ORDINARY_PUBLIC: "普通群众",
    Background.LEADING_CADRE: "领导干部",
    Background.TRADE: "行业",
}


class Quality(enum.StrEnum):
    """推荐条件 — the qualities the recommending unit attests."""

    POLITICAL_QUALITY = "political_quality"
    """政治素质好."""
    PARTICIPATION = "participation"
    """参政意识强."""
    PRESTIGE = "prestige"
    """个人威望高."""
    INFLUENCE = "influence"
    """有影响."""

    @property
    def zh(self) -> str:
        """The seed's words for the quality."""
        return _QUALITY_ZH[self]

    @property
    def en(self) -> str:
        """The quality's English name in explanations: its value."""
        return self.value


_QUALITY_ZH = {
    Quality.POLITICAL_QUALITY: "政治素质好",
    Quality.PARTICIPATION: "参政意识强",
    Quality.PRESTIGE: "个人威望高",
    Quality.INFLUENCE: "有影响",
}

#: Backgrounds each kind is recommended from (seed 000, 第五篇 二).
ELIGIBLE_BACKGROUNDS: dict[SupervisorKind, tuple[Background, ...]] = {
    SupervisorKind.DEPARTMENT_CONDUCT: (
        Background.PEOPLES_CONGRESS_DEPUTY,
        Background.PARTY_CONGRESS_DELEGATE,
        Background.CPPCC_MEMBER,
        Background.RETIRED_CADRE,
        Background.ORDINARY_PUBLIC,
    ),
    SupervisorKind.CADRE_WORK: (Background.LEADING_CADRE, Background.TRADE),
}

#: Qualities each kind needs (seed 000, 第五篇 二).
REQUIRED_QUALITIES: dict[SupervisorKind, tuple[Quality, ...]] = {
    SupervisorKind.DEPARTMENT_CONDUCT: (
        Quality.POLITICAL_QUALITY,
        Quality.PARTICIPATION,
        Quality.PRESTIGE,
    ),
    SupervisorKind.CADRE_WORK: (Quality.INFLUENCE,),
}

#: 义务监督员的权利 — the rights of a volunteer supervisor.
SUPERVISOR_RIGHTS: tuple[Text, ...] = (
    Text(zh="知情权", en="the right to know"),
    Text(zh="评价权", en="the right to evaluate"),
    Text(zh="言论豁免权", en="the right to speak without penalty"),
)

#: 义务监督员的职责 — the duties of a volunteer supervisor.
SUPERVISOR_DUTIES: tuple[Text, ...] = (
    Text(zh="经常关注组织工作", en="follow the department's work regularly"),
    Text(zh="定期保持联系", en="keep in regular contact"),
    Text(zh="定期参加例会", en="attend the regular meetings"),
    Text(zh="定期报告情况", en="report regularly"),
    Text(
        zh="对组织工作和组工干部提出意见建议",
        en="make suggestions on the department's work and its cadres",
    ),
)


class Candidate(BaseModel):
    """义务监督员候选人 — a person recommended by a township or county organ.

    >>> c = Candidate(name="李某", backgrounds=("retired_cadre",), recommended_by="城关镇",
    ...               recommended_on=dt.date(2025, 3, 1),
    ...               qualities=("political_quality", "participation", "prestige"))
    >>> c.backgrounds
    (<Background.RETIRED_CADRE: 'retired_cadre'>,)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Id = Field(min_length=1)
    backgrounds: tuple[Background, ...] = Field(min_length=1)
    recommended_by: Id = Field(min_length=1, description="The township or county organ.")
    recommended_on: dt.date
    qualities: frozenset[Quality] = frozenset()


#: A day the domain can reason about: 1949 to 2200 (so that a term's end is always a date).
_Day = Annotated[dt.date, Field(ge=dt.date(1949, 1, 1), le=dt.date(2200, 12, 31))]


class Appointment(BaseModel):
    """聘任 — a supervisor appointed by letter (下发聘书) on a day (1949–2200).

    >>> Appointment(name="李某", kind="cadre_work", appointed_on=dt.date(2025, 3, 1)).kind.zh
    '干部工作监督员'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Id = Field(min_length=1)
    kind: SupervisorKind
    appointed_on: _Day


class Term(BaseModel):
    """A supervisor's term: from ``first`` to ``last``, both included (``last`` not before ``first``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Id
    kind: SupervisorKind
    first: dt.date
    last: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> Term:
        if self.last < self.first:
            raise ValueError("last is before first")
        return self

    def active_on(self, day: dt.date) -> bool:
        """Whether the term covers ``day``."""
        return self.first <= day <= self.last


class _Eligibility:
    """Texts of supervision.supervisor_eligibility (义务监督员的推荐范围和条件)."""

    within = Say(
        "来源符合{role}推荐范围:{backgrounds}", "Background within the {role} range: {backgrounds}"
    )
    outside = Say(
        "来源不在{role}推荐范围内(应从{allowed}中推荐)",
        "No background within the {role} range ({allowed})",
    )
    unattested = Say("未具备条件:{items}", "Qualities not attested: {items}")
    eligible = Say("{name}可推荐为{role}", "{name} may be recommended as a {role} supervisor")
    ineligible = Say(
        "{name}不可推荐为{role}", "{name} may not be recommended as a {role} supervisor"
    )


@rule(
    "supervision.supervisor_eligibility",
    zh="义务监督员的推荐范围和条件",
    en="Who may be recommended as a volunteer supervisor",
    document=S000,
    section="第五篇 二",
    quote="从各级人大代表、党代表、政协委员、离退休老同志和普通群众中,推荐政治素质好、参政意识强、个人威望高的同志,作为部风监督员,从各级领导干部和各个行业网中推荐有影响的同志,作为干部工作监督员",
)
def supervisor_eligibility(
    candidate: Candidate, kind: SupervisorKind, *, policy: Policy | None = None
) -> Decision[bool]:
    """义务监督员推荐条件 — whether ``candidate`` may be recommended as a supervisor of ``kind``.

    部风监督员 come from deputies to people's congresses, party congress
    delegates, CPPCC members, retired cadres and ordinary people, and must
    be 政治素质好、参政意识强、个人威望高; 干部工作监督员 come from leading
    cadres and the trades and must be 有影响. Every unmet condition is a
    reason; the outcome is ``"eligible"`` or ``"ineligible"``.

    >>> c = Candidate(name="李某", backgrounds=("retired_cadre",), recommended_by="城关镇",
    ...               recommended_on=dt.date(2025, 3, 1),
    ...               qualities=("political_quality", "participation", "prestige"))
    >>> supervisor_eligibility(c, "department_conduct").outcome
    'eligible'
    >>> supervisor_eligibility(c, "cadre_work").outcome
    'ineligible'
    """
    candidate = as_models(Candidate, (candidate,))[0]
    kind = as_field(SupervisorKind, kind, "kind")
    ctx = RuleContext(supervisor_eligibility, policy, on=candidate.recommended_on)
    # 从各级人大代表、党代表、政协委员、离退休老同志和普通群众中 ... 作为部风监督员,
    # 从各级领导干部和各个行业网中 ... 作为干部工作监督员
    allowed = ELIGIBLE_BACKGROUNDS[kind]
    fitting = [b for b in candidate.backgrounds if b in allowed]
    if fitting:
        ctx.say(_Eligibility.within, role=kind, backgrounds=fitting)
    else:
        ctx.say(_Eligibility.outside, role=kind, allowed=allowed)
    # 推荐政治素质好、参政意识强、个人威望高的同志 / 推荐有影响的同志
    missing = [q for q in REQUIRED_QUALITIES[kind] if q not in candidate.qualities]
    ctx.say_list(_Eligibility.unattested, missing)
    ok = bool(fitting) and not missing
    return ctx.decide(
        "eligible" if ok else "ineligible",
        ok,
        _Eligibility.eligible if ok else _Eligibility.ineligible,
        subject=candidate.name,
        name=candidate.name,
        role=kind,
    )


class _Term:
    """Texts of supervision.supervisor_term (义务监督员每年推荐,下发聘书确认)."""

    term = Say(
        "每年推荐,聘期{months}个月,自聘任之日起算,至{months}个月后的对应日"
        "({anniversary};无对应日的为月末日)前一日止",
        "Supervisors are recommended yearly; a term is {months} months from the day "
        "of appointment, ending the day before the day {months} months on "
        "({anniversary}; the month's last day if there is no corresponding day)",
    )
    rights = Say(
        "义务监督员享有知情权、评价权、言论豁免权",
        "A supervisor has the rights to know, to evaluate and to speak without penalty",
    )
    headline = Say(
        "{name}({role})聘期{first}至{last}", "{name} ({role}) serves from {first} to {last}"
    )


@rule(
    "supervision.supervisor_term",
    zh="义务监督员每年推荐,下发聘书确认",
    en="Supervisors are recommended every year and appointed by letter",
    document=S000,
    section="第五篇 二",
    quote="县委组织部经过认真筛选,下发聘书,予以确认",
    parameters=("supervision.supervisor_term_months",),
)
def supervisor_term(appointment: Appointment, *, policy: Policy | None = None) -> Decision[Term]:
    """义务监督员聘期 — the term of a supervisor appointed by letter on ``appointed_on``.

    The term runs ``supervision.supervisor_term_months`` (12) months. The
    day of appointment is its first day; the term ends on the day before its
    anniversary, the day ``n`` months on (the corresponding day of the month,
    or the month's last day when there is none, as 民法典 第二百零二条 counts
    months). A term is thus exactly ``n`` months, both ends included, and a
    supervisor reappointed on the anniversary starts the next term the day
    after the last one ends: terms never overlap.

    >>> a = Appointment(name="李某", kind="department_conduct", appointed_on=dt.date(2025, 3, 1))
    >>> t = supervisor_term(a).value
    >>> t.first, t.last
    (datetime.date(2025, 3, 1), datetime.date(2026, 2, 28))
    """
    appointment = as_models(Appointment, (appointment,))[0]
    ctx = RuleContext(supervisor_term, policy, on=appointment.appointed_on)
    months = ctx.param("supervision.supervisor_term_months")
    # 下发聘书,予以确认: the term runs from the day of the letter
    first = appointment.appointed_on
    try:
        anniversary = first + relativedelta(months=months)
        last = anniversary - dt.timedelta(days=1)
    except (ValueError, OverflowError):  # past 9999-12-31
        raise ValueError(
            f"appointment: appointed on {first}, a term of {months} months ends past "
            "9999-12-31, the last date Python can represent"
        ) from None
    term = Term(name=appointment.name, kind=appointment.kind, first=first, last=last)
    ctx.say(_Term.term, months=months, anniversary=day(anniversary))
    ctx.say(_Term.rights)
    return ctx.decide(
        "term",
        term,
        _Term.headline,
        subject=appointment.name,
        name=appointment.name,
        role=appointment.kind,
        first=day(first),
        last=day(last),
    )

"""看望因公受伤、生病住院的干部; 定期走访组工干部家庭 — the department's care for its own cadres.

000 第三篇 (组工文化), 2、保持公道正派: "坚持看望、慰问县内因公受伤、生病住院的干部,
定期走访组工干部家庭" (the copy read breaks 生病住院 with a website's inserted note,
"(来源:好范文 http://004km.cn/)"; the catalogue quotes the copy as it is).

The seed gives no window for the hospital visit (坚持) and no cadence for the
family visits (定期). Both are local parameters, unset by default
(``cadres.hospital_visit_days``, calendar days after admission;
``cadres.family_visit_months``, calendar months). Unset, the rule lists who
was in hospital and which families are on the list, says which were visited,
and refers the rest: it invents no deadline and names no one answerable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_models, check_unique
from orgwork.cadres._common import S000
from orgwork.decision import Decision, RuleContext, Say, both, day
from orgwork.ids import Id
from orgwork.policy import Policy, checked_policy
from orgwork.rules import rule

__all__ = [
    "CadreFamily",
    "CadreHospitalStay",
    "WelfareDuty",
    "WelfareVisit",
    "cadre_welfare_visits",
]

_LAST = dt.date(2200, 12, 31)

Status = Literal["visited", "visited_late", "due", "missed", "referred"]


class CadreHospitalStay(BaseModel):
    """因公受伤或生病住院 — a cadre injured on duty or in hospital. Health data: never in the repr.

    >>> s = CadreHospitalStay(cadre="张三", admitted=dt.date(2025, 3, 3), cause="injured_on_duty")
    >>> "2025" in repr(s) or "injured" in repr(s)
    False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id = Field(min_length=1)
    admitted: dt.date = Field(le=_LAST, repr=False)
    discharged: dt.date | None = Field(default=None, le=_LAST, repr=False)
    cause: Literal["injured_on_duty", "illness"] = Field(default="illness", repr=False)

    @model_validator(mode="after")
    def _ordered(self) -> CadreHospitalStay:
        if self.discharged is not None and self.discharged < self.admitted:
            raise ValueError(f"discharged {self.discharged} is before admitted {self.admitted}")
        return self


class CadreFamily(BaseModel):
    """组工干部家庭 — a cadre whose family is to be visited, from the day ``since``.

    >>> CadreFamily(cadre="张三", since=dt.date(2024, 1, 1)).cadre
    '张三'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id = Field(min_length=1)
    since: dt.date = Field(le=_LAST, description="The day the family joined the visit list.")


class WelfareVisit(BaseModel):
    """看望或走访 — a visit to a cadre in hospital (``hospital``) or to a cadre's family (``family``).

    >>> WelfareVisit(kind="family", cadre="张三", on=dt.date(2025, 6, 1)).kind
    'family'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["hospital", "family"]
    cadre: Id = Field(min_length=1)
    on: dt.date = Field(le=_LAST)
    by: Id | None = Field(default=None, description="Who visited.")


class WelfareDuty(BaseModel):
    """应看望或走访 — a visit one stay or one family calls for, and where it stands."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["hospital", "family"]
    cadre: Id
    start: dt.date = Field(description="The day admitted, or the last family visit (or since).")
    due_by: dt.date | None
    visited_on: dt.date | None
    status: Status


class _WelfareTexts:
    """Texts of cadres.cadre_welfare_visit (看望住院干部,定期走访组工干部家庭)."""

    admitted = Say(
        "{cadre}{cause}住院,应看望、慰问", "{cadre} was admitted ({cause}): a visit is due"
    )
    window = Say(
        "本地规定入院后{days}日内看望,期限{due}",
        "Local policy: visit within {days} day(s) of admission, by {due}",
    )
    no_window = Say(
        "原文未规定看望时限,本地亦未设定",
        "The text sets no time for the visit, nor has the locality",
    )
    family = Say("{cadre}家庭列入走访名单", "{cadre}'s family is on the visit list")
    cadence = Say(
        "本地规定每{months}个月走访一次;自{start}起,下次应于{due}前走访",
        "Local policy: a visit every {months} month(s); from {start} the next is due by {due}",
    )
    no_cadence = Say(
        "原文只说“定期”,未规定走访周期,本地亦未设定",
        "The text says only 定期 (regularly): no cadence is set, nor has the locality set one",
    )
    visit = Say("{on}已看望(走访)", "Visited on {on}")
    # headlines, filled with the decided WelfareDuty ``v`` and its kind's name ``what``
    visited = Say(
        "{v.cadre}:{what}已于{v.visited_on}进行", "{v.cadre}: {what} made on {v.visited_on}"
    )
    visited_late = Say(
        "{v.cadre}:{what}于{v.visited_on}进行,晚于期限{v.due_by}",
        "{v.cadre}: {what} made on {v.visited_on}, after {v.due_by}",
    )
    due = Say("{v.cadre}:{what}应于{v.due_by}前进行", "{v.cadre}: {what} due by {v.due_by}")
    missed = Say(
        "{v.cadre}:{what}应于{v.due_by}前进行,尚未进行",
        "{v.cadre}: {what} was due by {v.due_by} and has not been made",
    )
    referred = Say(
        "{v.cadre}:尚无{what}记录,未规定期限,提交研究",
        "{v.cadre}: no {what} recorded and no time set; referred",
    )


_HEADLINE = {
    "visited": _WelfareTexts.visited,
    "visited_late": _WelfareTexts.visited_late,
    "due": _WelfareTexts.due,
    "missed": _WelfareTexts.missed,
    "referred": _WelfareTexts.referred,
}
_WHAT = {"hospital": ("看望慰问", "hospital visit"), "family": ("家庭走访", "family visit")}
_CAUSE = {"injured_on_duty": ("因公受伤", "injured on duty"), "illness": ("生病", "illness")}


def _status(visited: dt.date | None, due: dt.date | None, on: dt.date) -> Status:
    if due is None:
        return "referred" if visited is None else "visited"
    if visited is not None:
        return "visited" if visited <= due else "visited_late"
    return "due" if on <= due else "missed"


def _decide(ctx: RuleContext, v: WelfareDuty, subject: str) -> Decision[WelfareDuty]:
    if v.visited_on is not None:
        ctx.say(_WelfareTexts.visit, on=day(v.visited_on))
    what = both(*_WHAT[v.kind])
    return ctx.decide(v.status, v, _HEADLINE[v.status], subject=subject, v=v, what=what)


def _hospital(
    stay: CadreHospitalStay,
    until: dt.date,
    visits: list[WelfareVisit],
    on: dt.date,
    policy: Policy | None,
) -> Decision[WelfareDuty]:
    """One stay: the first hospital visit from admission up to ``until`` (the next stay) and ``on``."""
    ctx = RuleContext(cadre_welfare_visits, policy, on=stay.admitted)
    days = ctx.param("cadres.hospital_visit_days")
    ctx.say(_WelfareTexts.admitted, cadre=stay.cadre, cause=both(*_CAUSE[stay.cause]))
    due = None if days is None else stay.admitted + dt.timedelta(days=days)  # at most 2201
    if due is None:
        ctx.say(_WelfareTexts.no_window)
    else:
        ctx.say(_WelfareTexts.window, days=days, due=day(due))
    seen = [
        v.on
        for v in visits
        if v.kind == "hospital"
        and v.cadre == stay.cadre
        and stay.admitted <= v.on <= min(until, on)
    ]
    visited = min(seen, default=None)
    v = WelfareDuty(
        kind="hospital",
        cadre=stay.cadre,
        start=stay.admitted,
        due_by=due,
        visited_on=visited,
        status=_status(visited, due, on),
    )
    return _decide(ctx, v, f"{stay.cadre}:hospital:{stay.admitted.isoformat()}")


def _family(
    fam: CadreFamily, visits: list[WelfareVisit], on: dt.date, policy: Policy | None
) -> Decision[WelfareDuty]:
    """One family: its last visit up to ``on``, and the next due by the local cadence."""
    ctx = RuleContext(cadre_welfare_visits, policy, on=on)
    months = ctx.param("cadres.family_visit_months")
    ctx.say(_WelfareTexts.family, cadre=fam.cadre)
    seen = [
        v.on
        for v in visits
        if v.kind == "family" and v.cadre == fam.cadre and fam.since <= v.on <= on
    ]
    last = max(seen, default=None)
    start = fam.since if last is None else last
    due = None
    if months is None:
        ctx.say(_WelfareTexts.no_cadence)
    else:
        due = start + relativedelta(months=months)  # calendar months; at most 2210
        ctx.say(_WelfareTexts.cadence, months=months, start=day(start), due=day(due))
    status: Status
    if due is None:
        status = "referred" if last is None else "visited"
    elif on > due:
        status = "missed"  # not visited within the cadence since the last visit (or since)
    else:
        status = "due" if last is None else "visited"
    v = WelfareDuty(
        kind="family", cadre=fam.cadre, start=start, due_by=due, visited_on=last, status=status
    )
    return _decide(ctx, v, f"{fam.cadre}:family")


def _untils(stays: Iterable[CadreHospitalStay]) -> dict[tuple[str, dt.date], dt.date]:
    """For each stay, the last day a visit can answer it: the day before the cadre's next stay."""
    out: dict[tuple[str, dt.date], dt.date] = {}
    nxt: CadreHospitalStay | None = None
    for s in sorted(stays, key=lambda s: (s.cadre, s.admitted), reverse=True):
        until = _LAST
        if nxt is not None and nxt.cadre == s.cadre:
            until = nxt.admitted - dt.timedelta(days=1)
        out[(s.cadre, s.admitted)] = until
        nxt = s
    return out


@rule(
    "cadres.cadre_welfare_visit",
    zh="看望、慰问因公受伤、生病住院的干部,定期走访组工干部家庭",
    en="Visit cadres injured on duty or in hospital, and visit organization cadres' families "
    "regularly",
    document=S000,
    section="第三篇 2、保持公道正派,抓行为文化建设 (the copy read has a website's note, "
    "(来源:好范文 http://004km.cn/), inside 生病住院; the quote keeps the copy as it is)",
    quote="坚持看望、慰问县内因公受伤、生病住(来源:好范文 http://004km.cn/)院的干部,定期走访组工干部家庭",
    parameters=("cadres.hospital_visit_days", "cadres.family_visit_months"),
)
def cadre_welfare_visits(
    stays: Iterable[CadreHospitalStay] = (),
    families: Iterable[CadreFamily] = (),
    *,
    on: dt.date,
    visits: Iterable[WelfareVisit] = (),
    policy: Policy | None = None,
) -> tuple[Decision[WelfareDuty], ...]:
    """看望住院干部、走访组工干部家庭 — one decision per stay, then one per family, on ``on``.

    A stay (admitted by ``on``) is answered by the first ``hospital`` visit to
    the cadre from admission, before their next stay and by ``on``. A family
    (on the list by ``on``: ``since`` on or before it) is answered by its last
    ``family`` visit from ``since`` to ``on``.
    Without a local window or cadence the outcome is ``"visited"`` or
    ``"referred"`` (not visited: the facts go to the people who decide; no
    deadline is invented). With ``cadres.hospital_visit_days`` (in force on
    the day admitted): ``"visited"``, ``"visited_late"``, ``"due"`` or
    ``"missed"``. With ``cadres.family_visit_months`` (in force on ``on``):
    the next visit is due that many calendar months after the last (or after
    ``since``): ``"visited"`` or ``"due"`` within it, ``"missed"`` past it.
    Stays come by day admitted, then cadre; families by cadre. The same stay
    or family listed twice is a [`RecordError`][orgwork.errors.RecordError].

    >>> stays = [CadreHospitalStay(cadre="张三", admitted=dt.date(2025, 3, 3))]
    >>> fams = [CadreFamily(cadre="李四", since=dt.date(2025, 1, 1))]
    >>> ds = cadre_welfare_visits(stays, fams, on=dt.date(2025, 6, 30),
    ...     visits=[WelfareVisit(kind="hospital", cadre="张三", on=dt.date(2025, 3, 5))])
    >>> [(d.subject, d.outcome) for d in ds]
    [('张三:hospital:2025-03-03', 'visited'), ('李四:family', 'referred')]
    """
    checked_policy(policy)
    on = as_date(on, "on")
    given = as_models(CadreHospitalStay, stays, "stays")
    check_unique(((s.cadre, s.admitted) for s in given), "hospital stay")
    fams = as_models(CadreFamily, families, "families")
    check_unique((f.cadre for f in fams), "family")
    seen = sorted(as_models(WelfareVisit, visits, "visits"), key=lambda v: (v.on, v.cadre, v.kind))
    untils = _untils(given)
    hospital = [
        _hospital(s, untils[(s.cadre, s.admitted)], seen, on, policy)
        for s in sorted(given, key=lambda s: (s.admitted, s.cadre))
        if s.admitted <= on
    ]
    family = [
        _family(f, seen, on, policy) for f in sorted(fams, key=lambda f: f.cadre) if f.since <= on
    ]
    return (*hospital, *family)

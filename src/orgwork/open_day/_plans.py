"""开放日计划 — an open-day plan checked against a locality's requirements, every violation listed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_models, check_unique
from orgwork.decision import Decision, RuleContext, Say, Text, day
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.open_day._common import S004, fits_count
from orgwork.policy import Policy
from orgwork.policy.open_day import LeadUnit, RepresentativeGroup
from orgwork.rules import rule

__all__ = ["OpenDay", "OpenDayPlan", "Representative", "Violation", "check_plan", "lead_days"]

#: The requirements check_plan reads (the other open_day parameters belong to other rules).
_PLAN_FIELDS = (
    "days_per_year",
    "representatives",
    "representatives_approximate",
    "approximate_tolerance",
    "public_selection",
    "representative_groups",
    "invitation_lead",
    "invitation_lead_unit",
    "announcement_lead",
    "announcement_lead_unit",
    "half_month_days",
    "electoral_units",
    "recommended_candidates",
    "representatives_at_least",
    "representatives_at_most",
    "required_groups",
    "announcement_required",
)
_PARAMS = tuple(f"open_day.{name}" for name in _PLAN_FIELDS)


class Representative(BaseModel):
    """开放日代表 — one person invited to (or registered for) an open day.

    ``contact_file_on`` is the day the department established the
    representative's contact file (长丰县: 建立代表联系档案), None when it has none.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    group: RepresentativeGroup
    self_registered: bool = Field(default=False, description="Registered on their own (自主报名).")
    contact_file_on: dt.date | None = Field(
        default=None,
        description="The day the representative's contact file was established (建立代表联系档案).",
    )


class OpenDay(BaseModel):
    """一次开放日 — one planned (or held) open day.

    ``invitations_sent_on`` is the day invitations were (to be) posted;
    ``announced_on`` the day the public announcement was (to be) published.
    ``electoral_units`` and ``recommended_candidates`` record, where
    delegates are chosen from recommendations (巢湖市), how many electoral
    units recommended and how many delegates they recommended.

    >>> OpenDay(held_on=dt.date(2025, 6, 28), announced_on=dt.date(2025, 6, 20)).held_on
    datetime.date(2025, 6, 28)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    held_on: dt.date
    invitations_sent_on: dt.date | None = None
    announced_on: dt.date | None = None
    representatives: tuple[Representative, ...] = ()
    publicly_selected: bool = False
    electoral_units: int | None = Field(default=None, ge=0, strict=True)
    recommended_candidates: int | None = Field(default=None, ge=0, strict=True)
    questionnaires: int | None = Field(
        default=None, ge=0, strict=True, description="Questionnaires handed out (发放调查问卷)."
    )

    @model_validator(mode="after")
    def _distinct_representatives(self) -> OpenDay:
        try:
            check_unique((r.id for r in self.representatives), "representative")
        except RecordError as exc:  # inside a model: a validation error naming the field
            raise ValueError(str(exc)) from None
        return self


class OpenDayPlan(BaseModel):
    """一年的开放日计划 — the open days of one year, kept in date order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    locality: str = ""
    year: int = Field(ge=1949, le=2200, strict=True)
    days: tuple[OpenDay, ...] = ()

    @model_validator(mode="after")
    def _days_in_year(self) -> OpenDayPlan:
        for i, d in enumerate(self.days):
            if d.held_on.year != self.year:
                raise ValueError(f"days[{i}]: {d.held_on} is not in {self.year}")
        dates = [d.held_on for d in self.days]
        if len(set(dates)) != len(dates):
            raise ValueError("two open days on the same date")
        ordered = tuple(sorted(self.days, key=lambda d: d.held_on))
        if ordered != self.days:
            object.__setattr__(self, "days", ordered)
        return self


class Violation(BaseModel):
    """One way a plan breaks a requirement."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    held_on: dt.date | None = Field(default=None, description="The open day, or None for the year.")
    parameter: str
    expected: str
    actual: str
    zh: str
    en: str


class _Requirements(NamedTuple):
    """The ``open_day`` requirements a plan is checked against, as the rule read them."""

    days_per_year: int | None
    representatives: int | None
    representatives_approximate: bool
    approximate_tolerance: Decimal
    public_selection: bool
    representative_groups: tuple[RepresentativeGroup, ...] | None
    invitation_lead: int | None
    invitation_lead_unit: LeadUnit
    announcement_lead: int | None
    announcement_lead_unit: LeadUnit
    half_month_days: int
    electoral_units: int | None
    recommended_candidates: int | None
    representatives_at_least: int | None
    representatives_at_most: int | None
    required_groups: tuple[RepresentativeGroup, ...] | None
    announcement_required: bool


class _PlanTexts:
    """Texts of open_day.check_plan (建立定期开放制度,每年举办2次“开放日”活动)."""

    too_few_days = Say(
        "{year}年计划{n}次开放日,少于每年{need}次",
        "{n} open day(s) planned in {year}, fewer than {need} a year",
    )
    representative_count = Say(
        "代表{n}名,应为{required}", "{n} representative(s), {required} required"
    )
    about = Say("{target}人左右(±{slack:f})", "about {target} (± {slack:f})")
    outside_range = Say(
        "代表{n}名,应为{low}至{high}名", "{n} representative(s), {low} to {high} required"
    )
    below_range = Say("代表{n}名,应不少于{low}名", "{n} representative(s), at least {low} required")
    above_range = Say(
        "代表{n}名,应不多于{high}名", "{n} representative(s), at most {high} required"
    )
    group_missing = Say(
        "无{group}到场,应每类至少一名", "no representative from {group}; at least one required"
    )
    not_announced = Say("未记录开放日前发布公告", "no announcement recorded before the open day")
    announced_too_late = Say(
        "{sent}发布公告,未在开放日前", "announced on {sent}, not before the open day"
    )
    exactly = Say("{target}名", "exactly {target}")
    not_publicly_selected = Say("代表未经公开选择", "representatives were not selected publicly")
    representative_group = Say(
        "代表{id}({group})不在规定的代表类别内",
        "representative {id} ({group}) is from a group not allowed",
    )
    below_minimum = Say("{what}{got},应不少于{need}", "{what}: {got}, at least {need} required")
    lead_missing = Say(
        "未记录{what}日期,应提前{lead}", "no date for the {what}; {lead} ahead required"
    )
    lead_late = Say(
        "{sent}{what},仅提前{got}天,应提前{lead}",
        "{what} on {sent}, {got} day(s) ahead; {lead} required",
    )
    lead_after = Say(
        "{sent}{what},在开放日后{n}天才发出,应提前{lead}",
        "{what} on {sent}, {n} day(s) after the open day; {lead} ahead required",
    )
    half_a_month = Say("半个月({days}天)", "1 half month ({days} days)")
    dated = Say("{day}:{violation}", "{day}: {violation}")
    undated = Say("{violation}", "{violation}")
    conforms = Say("计划符合所设定的各项要求", "The plan meets every requirement set")
    not_checked = Say(
        "未设定{what}(open_day.{name}),不检查",
        "No requirement for {what} (open_day.{name} is not set); not checked",
    )
    plan = Say("{year}年开放日计划", "{year} open-day plan")
    local_plan = Say("{where}{year}年开放日计划", "{where} {year} open-day plan")
    headline_conforms = Say("{plan}:符合要求", "{plan}: conforms")
    headline_violations = Say("{plan}:{n}处不符合要求", "{plan}: {n} violation(s)")


#: A lead time as stated, by unit and whether its amount is not 1 (one half month is 半个月).
_LEAD: dict[tuple[LeadUnit, bool], Say] = {
    ("day", False): Say("{n}天({days}天)", "{n} day ({days} days)"),
    ("day", True): Say("{n}天({days}天)", "{n} days ({days} days)"),
    ("week", False): Say("{n}周({days}天)", "{n} week ({days} days)"),
    ("week", True): Say("{n}周({days}天)", "{n} weeks ({days} days)"),
    ("half_month", True): Say("{n}个半月({days}天)", "{n} half months ({days} days)"),
}

#: The requirements that may be left unset, in the order a plan's reasons name them.
_NOT_CHECKED = {
    "days_per_year": Text(zh="每年开放次数", en="open days a year"),
    "representatives": Text(zh="代表人数", en="the number of representatives"),
    "representative_groups": Text(zh="代表类别", en="the representatives' groups"),
    "required_groups": Text(zh="须到场的代表类别", en="groups that must be present"),
    "invitation_lead": Text(zh="邀请函提前时间", en="invitation lead time"),
    "announcement_lead": Text(zh="公告提前时间", en="announcement lead time"),
    "electoral_units": Text(zh="推荐选举单位数", en="electoral units"),
    "recommended_candidates": Text(zh="推荐代表人数", en="recommended delegates"),
}

#: What the minimums count (巢湖市).
_MINIMUM = {
    "electoral_units": Text(zh="推荐代表的选举单位", en="electoral units recommending"),
    "recommended_candidates": Text(zh="推荐的党代表", en="delegates recommended"),
}

#: What the lead times are for.
_LEAD_FOR = {
    "invitation": Text(zh="寄发邀请函", en="invitations"),
    "announcement": Text(zh="发布公告", en="announcement"),
}

_NONE_RECORDED = Text(zh="未记录", en="none recorded")

#: A group as named in a violation: its Chinese name, and its value in English.
_GROUP = {g: Text(zh=g.zh, en=g.value) for g in RepresentativeGroup}


def lead_days(amount: int, unit: LeadUnit, *, half_month_days: int) -> int:
    """A lead time in calendar days: ``day`` = 1, ``week`` = 7, ``half_month`` = ``half_month_days``.

    >>> lead_days(1, "half_month", half_month_days=15), lead_days(1, "week", half_month_days=15)
    (15, 7)
    """
    if not isinstance(unit, str) or unit not in ("day", "week", "half_month"):
        raise ValueError(f"unit must be 'day', 'week' or 'half_month', not {unit!r}")
    for name, value in (("amount", amount), ("half_month_days", half_month_days)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    per = {"day": 1, "week": 7, "half_month": half_month_days}[unit]
    return amount * per


def _lead_text(amount: int, unit: LeadUnit, days: int) -> Text:
    """A lead time as stated, with its days: 半个月(15天) / 1 half month (15 days)."""
    if unit == "half_month" and amount == 1:
        return _PlanTexts.half_a_month.text(days=days)
    return _LEAD[unit, amount != 1].text(n=amount, days=days)


def _violation(
    code: str, text: Text, *, held_on: dt.date | None, parameter: str, expected: str, actual: str
) -> Violation:
    """A violation described by ``text`` (a template of `_PlanTexts`, filled)."""
    return Violation(
        code=code,
        held_on=held_on,
        parameter=parameter,
        expected=expected,
        actual=actual,
        **text.model_dump(),
    )


@rule(
    "open_day.check_plan",
    zh="开放日计划符合本地要求(次数、代表人数和构成、邀请和公告提前时间)",
    en="An open-day plan meets the locality's requirements (days a year, representatives, lead times)",
    document=S004,
    section="长丰县",
    quote="建立定期开放制度,每年举办2次“开放日”活动",
    parameters=_PARAMS,
)
def check_plan(
    plan: OpenDayPlan, *, policy: Policy | None = None
) -> Decision[tuple[Violation, ...]]:
    """开放日计划检查 — every way ``plan`` breaks the locality's open-day requirements.

    The requirements are the ``open_day`` parameters in force on 1 January
    of the plan's year (apply a preset, e.g. ``CHANGFENG.policy()``). A
    requirement left ``None`` is not checked, and a reason says so. Readings:

    - ``days_per_year`` is a minimum (holding more open days is no breach);
    - a representative count is exact, or, when
      ``representatives_approximate`` (左右), within
      ``approximate_tolerance`` of it, both ends included;
    - a lead time of ``n`` days means sent or published at least ``n``
      calendar days before the open day (the day itself not counted);
      ``half_month`` is ``half_month_days`` (15) days, ``week`` 7;
    - ``electoral_units`` and ``recommended_candidates`` are minimums;
    - ``representatives_at_least`` / ``_at_most`` bound the count, both
      ends included (瑶海区 十余名: 11 to 19);
    - ``required_groups``: at least one representative of each group;
    - ``announcement_required``: an announcement on a day before the open
      day (checked only when ``announcement_lead`` is not set, which says more).

    The value lists the violations: the year's first, then each open day's
    in date order (count, count range, selection, groups, groups required,
    electoral units, recommended candidates, invitation, announcement,
    announcement required). The outcome is ``"conforms"`` or
    ``"violations"``.

    >>> from orgwork.open_day import CHANGFENG
    >>> plan = OpenDayPlan(year=2025, days=(OpenDay(held_on=dt.date(2025, 6, 28),
    ...                                            announced_on=dt.date(2025, 6, 25)),))
    >>> d = check_plan(plan, policy=CHANGFENG.policy())
    >>> tuple(v.code for v in d.value)
    ('too_few_days', 'representative_count', 'not_publicly_selected', 'invitation_missing', 'announcement_late')
    """
    plan = as_models(OpenDayPlan, (plan,))[0]
    ctx = RuleContext(check_plan, policy, on=dt.date(plan.year, 1, 1))
    # Every requirement is read and recorded, set or not, in the order the policy lists them.
    req = _Requirements(**{path.removeprefix("open_day."): ctx.param(path) for path in _PARAMS})
    violations = [*_year_violations(plan, req)]
    for held in plan.days:
        violations.extend(_day_violations(held, req))
    for v in violations:
        if v.held_on is None:
            ctx.say(_PlanTexts.undated, violation=v)
        else:
            ctx.say(_PlanTexts.dated, day=day(v.held_on), violation=v)
    if not violations:
        ctx.say(_PlanTexts.conforms)
    for name, what in _NOT_CHECKED.items():
        if getattr(req, name) is None and not (name == "representatives" and _range_set(req)):
            ctx.say(_PlanTexts.not_checked, what=what, name=name)
    if plan.locality:
        title = _PlanTexts.local_plan.text(where=plan.locality, year=plan.year)
    else:
        title = _PlanTexts.plan.text(year=plan.year)
    if violations:
        headline = _PlanTexts.headline_violations.text(plan=title, n=len(violations))
    else:
        headline = _PlanTexts.headline_conforms.text(plan=title)
    return ctx.decide(
        "violations" if violations else "conforms",
        tuple(violations),
        headline,
        subject=f"{plan.locality}{plan.year}",
    )


def _year_violations(plan: OpenDayPlan, req: _Requirements) -> Iterator[Violation]:
    """建立定期开放制度,每年举办2次“开放日”活动: at least ``days_per_year`` open days."""
    if req.days_per_year is not None and len(plan.days) < req.days_per_year:
        n, need = len(plan.days), req.days_per_year
        yield _violation(
            "too_few_days",
            _PlanTexts.too_few_days.text(year=plan.year, n=n, need=need),
            held_on=None,
            parameter="open_day.days_per_year",
            expected=f">= {need}",
            actual=str(n),
        )


def _day_violations(held: OpenDay, req: _Requirements) -> Iterator[Violation]:
    """Every violation of one open day: count, selection, groups, minimums, lead times."""
    yield from _count(held, req)
    yield from _range(held, req)
    yield from _selection(held, req)
    yield from _groups(held, req)
    yield from _required_groups(held, req)
    yield from _minimums(held, req)
    yield from _leads(held, req)
    yield from _announced(held, req)


def _count(held: OpenDay, req: _Requirements) -> Iterator[Violation]:
    """公开选择30名代表 (长丰县); 20人左右参加开放日活动 (包河区): exactly, or about."""
    if req.representatives is None:
        return
    n, target = len(held.representatives), req.representatives
    ok, slack = fits_count(n, target, req.representatives_approximate, req.approximate_tolerance)
    if slack is not None:
        expected = f"{target} ± {slack:f}"
        required = _PlanTexts.about.text(target=target, slack=slack)
    else:
        expected = str(target)
        required = _PlanTexts.exactly.text(target=target)
    if not ok:
        yield _violation(
            "representative_count",
            _PlanTexts.representative_count.text(n=n, required=required),
            held_on=held.held_on,
            parameter="open_day.representatives",
            expected=expected,
            actual=str(n),
        )


def _selection(held: OpenDay, req: _Requirements) -> Iterator[Violation]:
    """公开选择30名代表 (长丰县): the representatives are selected publicly."""
    if req.public_selection and not held.publicly_selected:
        yield _violation(
            "not_publicly_selected",
            _PlanTexts.not_publicly_selected.text(),
            held_on=held.held_on,
            parameter="open_day.public_selection",
            expected="true",
            actual="false",
        )


def _groups(held: OpenDay, req: _Requirements) -> Iterator[Violation]:
    """从“两代表一委员”、基层党员干部、部分涉及组织工作的信访户中 (长丰县): only these groups."""
    if req.representative_groups is None:
        return
    for r in held.representatives:
        if r.group not in req.representative_groups:
            yield _violation(
                "representative_group",
                _PlanTexts.representative_group.text(id=r.id, group=_GROUP[r.group]),
                held_on=held.held_on,
                parameter="open_day.representative_groups",
                expected=", ".join(g.value for g in req.representative_groups),
                actual=f"{r.id}: {r.group.value}",
            )


def _minimums(held: OpenDay, req: _Requirements) -> Iterator[Violation]:
    """从全市18个选举单位推jian36名不同类型党代表 (巢湖市): at least so many units and delegates."""
    for name, got in (
        ("electoral_units", held.electoral_units),
        ("recommended_candidates", held.recommended_candidates),
    ):
        need = getattr(req, name)
        if need is not None and (got is None or got < need):
            shown = _NONE_RECORDED if got is None else got
            yield _violation(
                name,
                _PlanTexts.below_minimum.text(what=_MINIMUM[name], got=shown, need=need),
                held_on=held.held_on,
                parameter=f"open_day.{name}",
                expected=f">= {need}",
                actual="none recorded" if got is None else str(got),
            )


def _leads(held: OpenDay, req: _Requirements) -> Iterator[Violation]:
    """提前半个月向被邀请代表寄发邀请函; 活动开展的前一周通过报纸、网络媒体发布“开放日活动”公告 (长丰县)."""
    for name, sent in (
        ("invitation", held.invitations_sent_on),
        ("announcement", held.announced_on),
    ):
        amount = getattr(req, f"{name}_lead")
        if amount is None:
            continue
        unit: LeadUnit = getattr(req, f"{name}_lead_unit")
        need = lead_days(amount, unit, half_month_days=req.half_month_days)
        lead, what = _lead_text(amount, unit, need), _LEAD_FOR[name]
        if sent is None:
            code, actual = f"{name}_missing", "none recorded"
            text = _PlanTexts.lead_missing.text(what=what, lead=lead)
        else:
            got = (held.held_on - sent).days
            if got >= need:
                continue
            code, actual = f"{name}_late", f"{got} days before"
            text = _PlanTexts.lead_late.text(sent=day(sent), what=what, got=got, lead=lead)
            if got < 0:  # sent after the open day: said as such, never "-3 days ahead"
                actual = f"{-got} days after"
                text = _PlanTexts.lead_after.text(sent=day(sent), what=what, n=-got, lead=lead)
        yield _violation(
            code,
            text,
            held_on=held.held_on,
            parameter=f"open_day.{name}_lead",
            expected=f">= {need} days before",
            actual=actual,
        )


def _range_set(req: _Requirements) -> bool:
    """Whether a lower or upper bound on the count is set."""
    return req.representatives_at_least is not None or req.representatives_at_most is not None


def _range(held: OpenDay, req: _Requirements) -> Iterator[Violation]:
    """每次邀请……等十余名代表走进组织部 (瑶海区): between the bounds, both included."""
    n, low, high = (
        len(held.representatives),
        req.representatives_at_least,
        req.representatives_at_most,
    )
    if (low is None or n >= low) and (high is None or n <= high):
        return
    if low is not None and high is not None:
        text, expected = _PlanTexts.outside_range.text(n=n, low=low, high=high), f"{low}..{high}"
    elif low is not None:
        text, expected = _PlanTexts.below_range.text(n=n, low=low), f">= {low}"
    else:
        text, expected = _PlanTexts.above_range.text(n=n, high=high), f"<= {high}"
    parameter = "open_day.representatives_at_least"
    if low is None or n >= low:
        parameter = "open_day.representatives_at_most"
    yield _violation(
        "representative_range",
        text,
        held_on=held.held_on,
        parameter=parameter,
        expected=expected,
        actual=str(n),
    )


def _required_groups(held: OpenDay, req: _Requirements) -> Iterator[Violation]:
    """每次邀请“两代表一委员”、拔尖人才、基层干部群众等 (瑶海区): each group present."""
    if req.required_groups is None:
        return
    present = {r.group for r in held.representatives}
    for g in req.required_groups:
        if g not in present:
            yield _violation(
                "group_missing",
                _PlanTexts.group_missing.text(group=_GROUP[g]),
                held_on=held.held_on,
                parameter="open_day.required_groups",
                expected=f">= 1 {g.value}",
                actual="0",
            )


def _announced(held: OpenDay, req: _Requirements) -> Iterator[Violation]:
    """每次开放日活动前,及时发布公告 (瑶海区): announced on a day before the open day."""
    if not req.announcement_required or req.announcement_lead is not None:
        return  # a lead time, when set, checks the announcement more strictly
    sent = held.announced_on
    if sent is not None and sent < held.held_on:
        return
    if sent is None:
        code, text, actual = (
            "announcement_missing",
            _PlanTexts.not_announced.text(),
            "none recorded",
        )
    else:
        code, actual = "announcement_late", f"{(held.held_on - sent).days} days before"
        text = _PlanTexts.announced_too_late.text(sent=day(sent))
    yield _violation(
        code,
        text,
        held_on=held.held_on,
        parameter="open_day.announcement_required",
        expected=">= 1 days before",
        actual=actual,
    )

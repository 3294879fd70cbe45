"""开放日计划 — an open-day plan checked against a locality's requirements, every violation listed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_models, check_unique, zh_date
from orgwork.decision import Decision, Reason, Text
from orgwork.errors import RecordError
from orgwork.open_day._common import S004
from orgwork.policy import Policy, resolve
from orgwork.policy.open_day import LeadUnit, OpenDayPolicy, RepresentativeGroup
from orgwork.rules import rule

__all__ = ["OpenDay", "OpenDayPlan", "Representative", "Violation", "check_plan", "lead_days"]

_RULE = "open_day.check_plan"
_PARAMS = tuple(
    f"open_day.{name}" for name in OpenDayPolicy.model_fields if name != "follow_up_working_days"
)


class Representative(BaseModel):
    """开放日代表 — one person invited to (or registered for) an open day."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    group: RepresentativeGroup
    self_registered: bool = Field(default=False, description="Registered on their own (自主报名).")


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


def lead_days(amount: int, unit: LeadUnit, *, half_month_days: int) -> int:
    """A lead time in calendar days: ``day`` = 1, ``week`` = 7, ``half_month`` = ``half_month_days``.

    >>> lead_days(1, "half_month", half_month_days=15), lead_days(1, "week", half_month_days=15)
    (15, 7)
    """
    per = {"day": 1, "week": 7, "half_month": half_month_days}[unit]
    return amount * per


def _lead_text(amount: int, unit: LeadUnit, days: int) -> tuple[str, str]:
    if unit == "half_month" and amount == 1:
        zh = "半个月"
    elif unit == "week":
        zh = f"{amount}周"
    elif unit == "half_month":
        zh = f"{amount}个半月"
    else:
        zh = f"{amount}天"
    en = {"day": "day", "week": "week", "half_month": "half month"}[unit]
    en_text = f"{amount} {en}{'s' if amount != 1 else ''}"
    return f"{zh}({days}天)", f"{en_text} ({days} days)"


@rule(
    _RULE,
    zh="开放日计划符合本地要求(次数、代表人数和构成、邀请和公告提前时间)",
    en="An open-day plan meets the locality's requirements (days a year, representatives, lead times)",
    document=S004,
    section="长丰县",
    quote="建立定期开放制度,每年举办2次“开放日”活动",
    parameters=_PARAMS,
    public_name="orgwork.open_day.check_plan",
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
    - ``electoral_units`` and ``recommended_candidates`` are minimums.

    The value lists the violations: the year's first, then each open day's
    in date order (count, selection, groups, electoral units, recommended
    candidates, invitation, announcement). The outcome is ``"conforms"`` or
    ``"violations"``.

    >>> from orgwork.open_day import CHANGFENG
    >>> plan = OpenDayPlan(year=2025, days=(OpenDay(held_on=dt.date(2025, 6, 28),
    ...                                            announced_on=dt.date(2025, 6, 25)),))
    >>> d = check_plan(plan, policy=CHANGFENG.policy())
    >>> tuple(v.code for v in d.value)
    ('too_few_days', 'representative_count', 'not_publicly_selected', 'invitation_missing', 'announcement_late')
    """
    plan = as_models(OpenDayPlan, (plan,))[0]
    p = resolve(policy, dt.date(plan.year, 1, 1)).open_day
    violations: list[Violation] = []
    notes: list[Reason] = []

    def not_checked(name: str, zh: str, en: str) -> None:
        notes.append(
            Reason(
                rule=_RULE,
                zh=f"未设定{zh}(open_day.{name}),不检查",
                en=f"No requirement for {en} (open_day.{name} is not set); not checked",
            )
        )

    if p.days_per_year is None:
        not_checked("days_per_year", "每年开放次数", "open days a year")
    elif len(plan.days) < p.days_per_year:
        violations.append(
            Violation(
                code="too_few_days",
                parameter="open_day.days_per_year",
                expected=f">= {p.days_per_year}",
                actual=str(len(plan.days)),
                zh=f"{plan.year}年计划{len(plan.days)}次开放日,少于每年{p.days_per_year}次",
                en=f"{len(plan.days)} open day(s) planned in {plan.year}, fewer than "
                f"{p.days_per_year} a year",
            )
        )
    if p.representatives is None:
        not_checked("representatives", "代表人数", "the number of representatives")
    if p.representative_groups is None:
        not_checked("representative_groups", "代表类别", "the representatives' groups")
    if p.invitation_lead is None:
        not_checked("invitation_lead", "邀请函提前时间", "invitation lead time")
    if p.announcement_lead is None:
        not_checked("announcement_lead", "公告提前时间", "announcement lead time")
    if p.electoral_units is None:
        not_checked("electoral_units", "推荐选举单位数", "electoral units")
    if p.recommended_candidates is None:
        not_checked("recommended_candidates", "推荐代表人数", "recommended delegates")

    for day in plan.days:
        violations.extend(_check_day(day, p))

    reasons = [
        Reason(
            rule=_RULE,
            zh=f"{zh_date(v.held_on) + ':' if v.held_on else ''}{v.zh}",
            en=f"{str(v.held_on) + ': ' if v.held_on else ''}{v.en}",
        )
        for v in violations
    ]
    if not violations:
        reasons.append(
            Reason(
                rule=_RULE,
                zh="计划符合所设定的各项要求",
                en="The plan meets every requirement set",
            )
        )
    reasons.extend(notes)
    params: dict[str, Any] = {path: getattr(p, path.split(".")[1]) for path in _PARAMS}
    where = f"{plan.locality}" if plan.locality else ""
    return Decision[tuple[Violation, ...]](
        rule=_RULE,
        subject=f"{where}{plan.year}" if where else str(plan.year),
        outcome="violations" if violations else "conforms",
        value=tuple(violations),
        headline=Text(
            zh=f"{where}{plan.year}年开放日计划:"
            + (f"{len(violations)}处不符合要求" if violations else "符合要求"),
            en=f"{where + ' ' if where else ''}{plan.year} open-day plan: "
            + (f"{len(violations)} violation(s)" if violations else "conforms"),
        ),
        reasons=tuple(reasons),
        parameters=params,
    )


def _check_day(day: OpenDay, p: OpenDayPolicy) -> list[Violation]:
    out: list[Violation] = []
    on = day.held_on
    n = len(day.representatives)
    if p.representatives is not None:
        target = p.representatives
        if p.representatives_approximate:
            slack = Decimal(target) * p.approximate_tolerance
            ok = abs(Decimal(n - target)) <= slack
            expected = f"{target} ± {slack.normalize():f}"
            zh_req, en_req = (
                f"{target}人左右(±{slack.normalize():f})",
                f"about {target} (± {slack.normalize():f})",
            )
        else:
            ok = n == target
            expected = str(target)
            zh_req, en_req = f"{target}名", f"exactly {target}"
        if not ok:
            out.append(
                Violation(
                    code="representative_count",
                    held_on=on,
                    parameter="open_day.representatives",
                    expected=expected,
                    actual=str(n),
                    zh=f"代表{n}名,应为{zh_req}",
                    en=f"{n} representative(s), {en_req} required",
                )
            )
    if p.public_selection and not day.publicly_selected:
        out.append(
            Violation(
                code="not_publicly_selected",
                held_on=on,
                parameter="open_day.public_selection",
                expected="true",
                actual="false",
                zh="代表未经公开选择",
                en="representatives were not selected publicly",
            )
        )
    if p.representative_groups is not None:
        allowed = set(p.representative_groups)
        for r in day.representatives:
            if r.group not in allowed:
                out.append(
                    Violation(
                        code="representative_group",
                        held_on=on,
                        parameter="open_day.representative_groups",
                        expected=", ".join(g.value for g in p.representative_groups),
                        actual=f"{r.id}: {r.group.value}",
                        zh=f"代表{r.id}({r.group.zh})不在规定的代表类别内",
                        en=f"representative {r.id} ({r.group.value}) is from a group not allowed",
                    )
                )
    for name, zh_what, en_what, actual in (
        (
            "electoral_units",
            "推荐代表的选举单位",
            "electoral units recommending",
            day.electoral_units,
        ),
        (
            "recommended_candidates",
            "推荐的党代表",
            "delegates recommended",
            day.recommended_candidates,
        ),
    ):
        need = getattr(p, name)
        if need is not None and (actual is None or actual < need):
            shown = "未记录" if actual is None else f"{actual}"
            out.append(
                Violation(
                    code=name,
                    held_on=on,
                    parameter=f"open_day.{name}",
                    expected=f">= {need}",
                    actual="none recorded" if actual is None else str(actual),
                    zh=f"{zh_what}{shown},应不少于{need}",
                    en=f"{en_what}: "
                    + ("none recorded" if actual is None else str(actual))
                    + f", at least {need} required",
                )
            )
    for name, sent, zh_what, en_what in (
        ("invitation", day.invitations_sent_on, "寄发邀请函", "invitations"),
        ("announcement", day.announced_on, "发布公告", "announcement"),
    ):
        amount = getattr(p, f"{name}_lead")
        if amount is None:
            continue
        unit: LeadUnit = getattr(p, f"{name}_lead_unit")
        need = lead_days(amount, unit, half_month_days=p.half_month_days)
        lz, le = _lead_text(amount, unit, need)
        if sent is None:
            out.append(
                Violation(
                    code=f"{name}_missing",
                    held_on=on,
                    parameter=f"open_day.{name}_lead",
                    expected=f">= {need} days before",
                    actual="none recorded",
                    zh=f"未记录{zh_what}日期,应提前{lz}",
                    en=f"no date for the {en_what}; {le} ahead required",
                )
            )
            continue
        got = (on - sent).days
        if got < need:
            out.append(
                Violation(
                    code=f"{name}_late",
                    held_on=on,
                    parameter=f"open_day.{name}_lead",
                    expected=f">= {need} days before",
                    actual=f"{got} days before",
                    zh=f"{zh_date(sent)}{zh_what},仅提前{got}天,应提前{lz}",
                    en=f"{en_what} on {sent}, {got} day(s) ahead; {le} required",
                )
            )
    return out

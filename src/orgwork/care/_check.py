"""应帮不帮,应扶不扶 — the visit log against the duties, who answers, and the assessment deductions."""

from __future__ import annotations

import datetime as _dt
import itertools
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_date, as_field, as_models, check_unique
from orgwork.care._duties import Duty, DutyKind, care_duties
from orgwork.care._fund import ReliefFund
from orgwork.care._model import S000, Day, ElderlyMember, Name, Organization, Visit, VisitKind
from orgwork.decision import Decision, Reason, Text, param_value
from orgwork.errors import MissingParameterError, RecordError
from orgwork.points import PointAdjustment
from orgwork.policy import Policy, resolve
from orgwork.rules import rule

__all__ = ["MissedDuty", "answerable_head", "care_deductions", "check_care"]


class MissedDuty(BaseModel):
    """未履行职责 — a duty the visit log does not meet, the month it counts in, and who answers.

    ``found`` is how many qualifying entries (distinct days) the log has in
    the duty's window; ``counted_elsewhere`` how many of those days had all
    their entries counted for other duties (when one visit meets one duty
    only); ``answerable`` is the organization head's name (None when the
    post is vacant or no roster was given).

    Examples:
        >>> from orgwork.care import HardshipKind, HardshipPeriod
        >>> m = ElderlyMember(id="M1", name="某", organization="V01", hardship=[
        ...     HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start="2025-03-01")])
        >>> x = check_care([m], [], _dt.date(2025, 3, 1), _dt.date(2025, 3, 31))[0].value
        >>> x.duty.id, x.organization, (x.year, x.month), x.found, x.answerable
        ('hardship_visit:M1:2025-03', 'V01', (2025, 3), 0, None)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    duty: Duty
    organization: str
    year: int
    month: int = Field(ge=1, le=12)
    found: int = Field(ge=0)
    counted_elsewhere: int = Field(
        default=0,
        ge=0,
        description="Of the ``found`` days, those whose entries all went to other duties "
        "(only when care.one_visit_meets_several_duties is off).",
    )
    answerable: str | None = None


@rule(
    "care.answerable_head",
    zh="应帮不帮、应扶不扶的,追究党组织负责人责任",
    en="Where help was due and not given, the organization's head answers for it",
    document=S000,
    section="第一篇 二",
    quote="对“应帮不帮,应扶不扶”的,追究党组织负责人责任",
    public_name="orgwork.care.answerable_head",
)
def answerable_head(
    organization: Organization | str,
    *,
    on: _dt.date,
    policy: Policy | None = None,
) -> Decision[str | None]:
    """党组织负责人 — who answers for a missed duty of ``organization``: its secretary.

    Given only the organization's id (no roster), the outcome is
    ``"unknown"``; with the secretary's post vacant, ``"vacant"`` (the town
    committee then names who answers). ``on`` is the day the duty fell due.

    Examples:
        >>> org = Organization(id="V01", name="某村党支部", secretary="张书记")
        >>> answerable_head(org, on=_dt.date(2025, 7, 8)).value
        '张书记'
        >>> answerable_head("V02", on=_dt.date(2025, 7, 8)).outcome
        'unknown'
    """
    organization = as_field(Organization | Name, organization, "organization")
    on = as_date(on, "on")
    resolve(policy, on)  # no parameter; validates the policy's dated changes for the day
    rid = "care.answerable_head"
    if isinstance(organization, str):
        return Decision[str | None](
            rule=rid,
            subject=organization,
            outcome="unknown",
            value=None,
            headline=Text(
                zh=f"由{organization}党组织负责人承担责任(未提供名单)",
                en=f"The head of {organization} answers (no roster given)",
            ),
            reasons=(
                Reason(
                    rule=rid,
                    zh="应帮不帮、应扶不扶的,追究党组织负责人责任",
                    en="Where help was due and not given, the organization's head answers",
                ),
            ),
        )
    if organization.secretary:
        return Decision[str | None](
            rule=rid,
            subject=organization.id,
            outcome="answerable",
            value=organization.secretary,
            headline=Text(
                zh=f"由{organization.name}书记{organization.secretary}承担责任",
                en=f"{organization.secretary}, secretary of {organization.name}, answers",
            ),
            reasons=(
                Reason(
                    rule=rid,
                    zh="应帮不帮、应扶不扶的,追究党组织负责人(书记)责任",
                    en="Where help was due and not given, the organization's head "
                    "(its secretary) answers",
                ),
            ),
        )
    return Decision[str | None](
        rule=rid,
        subject=organization.id,
        outcome="vacant",
        value=None,
        headline=Text(
            zh=f"{organization.name}书记空缺,须由镇党委确定责任人",
            en=f"The secretary of {organization.name} is vacant; the town committee must "
            "name who answers",
        ),
        reasons=(
            Reason(
                rule=rid,
                zh="追究党组织负责人责任,但书记职务空缺",
                en="The organization's head answers, but the secretary's post is vacant",
            ),
        ),
    )


def _day_index(
    visits: Iterable[Visit], fund: ReliefFund | None
) -> dict[tuple[str, str, VisitKind], list[_dt.date]]:
    """(``"m"``/``"o"``, member or organization id, kind) → sorted distinct days."""
    days: dict[tuple[str, str, VisitKind], set[_dt.date]] = defaultdict(set)
    for v in visits:
        if v.kind is VisitKind.MEETING:
            assert v.organization is not None  # the model requires it
            days[("o", v.organization, v.kind)].add(v.on)
        else:
            assert v.member is not None  # the model requires it
            days[("m", v.member, v.kind)].add(v.on)
    if fund is not None:
        for pay in fund.payments:
            days[("m", pay.recipient, VisitKind.AID)].add(pay.on)
    return {k: sorted(v) for k, v in days.items()}


def _check_log(
    visits: Sequence[Visit],
    members: Sequence[ElderlyMember],
    organizations: Sequence[Organization],
) -> None:
    """RecordError for a log entry that names an unknown member or organization.

    Nothing is dropped silently: an entry the check could not match to a duty's
    subject (a typo in an id) is an error, not an ignored visit.
    """
    org_of = {m.id: m.organization for m in members}
    known_orgs = set(org_of.values()) | {o.id for o in organizations}
    bad: list[str] = []
    for i, v in enumerate(visits):
        if v.kind is VisitKind.MEETING:
            if v.organization not in known_orgs:
                bad.append(
                    f"visits[{i}]: a meeting of organization {v.organization!r}, which is "
                    "neither a member's organization nor in organizations"
                )
        elif v.member not in org_of:
            bad.append(f"visits[{i}]: member {v.member!r} is not in the roster")
        elif v.organization is not None and v.organization != org_of[v.member]:
            bad.append(
                f"visits[{i}]: member {v.member!r} belongs to {org_of[v.member]!r}, "
                f"not to {v.organization!r}"
            )
    if bad:
        shown = "; ".join(bad[:5]) + (f"; and {len(bad) - 5} more" if len(bad) > 5 else "")
        raise RecordError(f"the visit log names unknown subjects: {shown}")


def _entries(
    visits: Iterable[Visit], fund: ReliefFund | None
) -> dict[tuple[str, str], list[tuple[_dt.date, VisitKind]]]:
    """(``"m"``/``"o"``, member or organization id) → its log entries, one per entry."""
    out: dict[tuple[str, str], list[tuple[_dt.date, VisitKind]]] = defaultdict(list)
    for v in visits:
        if v.kind is VisitKind.MEETING:
            assert v.organization is not None  # the model requires it
            out[("o", v.organization)].append((v.on, v.kind))
        else:
            assert v.member is not None  # the model requires it
            out[("m", v.member)].append((v.on, v.kind))
    if fund is not None:
        for pay in fund.payments:
            out[("m", pay.recipient)].append((pay.on, VisitKind.AID))
    return out


def _who(duty: Duty) -> tuple[str, str]:
    if duty.kind is DutyKind.FESTIVAL_MEETING:
        return ("o", duty.organization)
    assert duty.member is not None  # every other duty is a member's
    return ("m", duty.member)


def _allot(
    duties: Sequence[Duty], entries: Sequence[tuple[_dt.date, VisitKind]]
) -> tuple[dict[str, int], list[tuple[_dt.date, VisitKind]]]:
    """Duty id → the entries allotted to it when each entry meets at most one duty,
    and the entries left over.

    A maximum flow: source → entry (1) → (duty, day) (1: a duty's visits fall on
    distinct days) → duty (its ``visits``). Duties are served in the order given
    (by due day): each takes its visits by augmenting paths, which may move
    earlier duties onto other entries but never take one away from them; a duty
    that cannot be met in full gives back what it took, so the entries serve the
    duties after it.
    """
    Node = tuple[object, ...]
    cap: dict[Node, dict[Node, int]] = defaultdict(lambda: defaultdict(int))
    source: Node = ("source",)
    for i, (day, kind) in enumerate(entries):
        cap[source][("e", i)] += 1
        for j, duty in enumerate(duties):
            if kind in duty.met_by and duty.start <= day <= duty.due:
                cap[("e", i)][("x", j, day)] += 1
                cap[("x", j, day)][("d", j)] = 1

    def path_to(target: Node) -> list[Node] | None:
        parent: dict[Node, Node | None] = {source: None}
        queue = [source]
        for node in queue:  # breadth first: shortest paths, deterministic order
            for nxt, c in cap[node].items():
                if c > 0 and nxt not in parent:
                    parent[nxt] = node
                    if nxt == target:
                        path = [nxt]
                        while (up := parent[path[-1]]) is not None:
                            path.append(up)
                        return path[::-1]
                    queue.append(nxt)
        return None

    met: dict[str, int] = {}
    for j, duty in enumerate(duties):
        saved = {u: dict(vs) for u, vs in cap.items()}
        got = 0
        while got < duty.visits and (path := path_to(("d", j))) is not None:
            for u, v in itertools.pairwise(path):
                cap[u][v] -= 1
                cap[v][u] += 1
            got += 1
        if got < duty.visits:  # not met in full: give the entries back
            cap = defaultdict(lambda: defaultdict(int))
            for u, vs in saved.items():
                cap[u].update(vs)
            got = 0
        met[duty.id] = got
    left = [e for i, e in enumerate(entries) if cap[source][("e", i)] > 0]
    return met, left


def _found(duty: Duty, index: dict[tuple[str, str, VisitKind], list[_dt.date]]) -> int:
    if duty.kind is DutyKind.FESTIVAL_MEETING:
        who = ("o", duty.organization)
    else:
        assert duty.member is not None  # every other duty is a member's
        who = ("m", duty.member)
    hits: set[_dt.date] = set()
    for kind in duty.met_by:
        days = index.get((*who, kind), [])
        hits.update(days[bisect_left(days, duty.start) : bisect_right(days, duty.due)])
    return len(hits)


@rule(
    "care.missed_duty",
    zh="走访慰问和帮扶救助未履行的职责(应帮不帮,应扶不扶)",
    en="Care duties the visit log does not meet (help due and not given)",
    document=S000,
    section="第一篇 二",
    quote="对“应帮不帮,应扶不扶”的",
    parameters=(
        "care.hospital_visit_days",
        "care.illness_aid_days",
        "care.qiyi_days_before",
        "care.qiyi_days_after",
        "care.spring_festival_days_before",
        "care.spring_festival_days_after",
        "care.festival_meeting_required",
        "care.hardship_visits_per_month",
        "care.routine_visit_months",
        "care.one_visit_meets_several_duties",
    ),
    public_name="orgwork.care.check_care",
)
def check_care(
    members: Sequence[ElderlyMember],
    visits: Iterable[Visit],
    start: _dt.date,
    end: _dt.date,
    *,
    organizations: Sequence[Organization] = (),
    fund: ReliefFund | None = None,
    policy: Policy | None = None,
) -> tuple[Decision[MissedDuty], ...]:
    """关怀帮扶检查 — the duties due in ``[start, end]`` that the visit log does not meet.

    Each duty of :func:`~orgwork.care.care_duties` is met by at least
    ``duty.visits`` log entries of a kind in ``duty.met_by`` on distinct days
    in its window; a help duty is also met by a payment from ``fund`` to the
    member. One decision per missed duty, with ``rule`` the rule it breaks
    and the head who answers (:func:`answerable_head`, from
    ``organizations``), ordered by organization, year and month of the due
    day, then due day, kind, member. Run it after ``end``: a duty due on
    ``end`` is judged on the log as given.

    Whether one entry meets every duty whose window it falls in, or only one
    duty, is ``care.one_visit_meets_several_duties`` (a local choice, default
    every duty), as in force on ``end``. When one entry meets one duty, the
    entries are allotted to the duties in the order of :func:`care_duties`
    (due day first) by a maximum flow; a duty met keeps its visits, and a duty
    that cannot be met in full leaves its entries to the duties after it.

    Every log entry must name a member of ``members`` (and, if it names an
    organization, the member's own), or be a meeting of an organization of a
    member or of ``organizations``: anything else is a
    :class:`~orgwork.errors.RecordError` listing the entries, so a typo in an
    id is never silently dropped. ``fund`` is the town's ledger: its payments
    to people outside ``members`` are about other rosters and are not read.

    Examples:
        >>> from orgwork.care import HardshipKind, HardshipPeriod
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01", hardship=[
        ...     HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start="2025-03-01")])
        >>> log = [Visit(kind=VisitKind.HOME, on=_dt.date(2025, 3, 9), member="M1")]
        >>> org = Organization(id="V01", name="某村党支部", secretary="张书记")
        >>> missed = check_care([m], log, _dt.date(2025, 3, 1), _dt.date(2025, 4, 30),
        ...                     organizations=[org])
        >>> [(d.rule, d.value.month, d.value.answerable) for d in missed]
        [('care.hardship_visit', 4, '张书记')]
    """
    orgs = as_models(Organization, organizations)
    check_unique((o.id for o in orgs), "organization")
    by_id = {o.id: o for o in orgs}
    duties = care_duties(members, start, end, policy=policy)
    members = as_models(ElderlyMember, members)  # validated (and unique) by care_duties
    log = as_models(Visit, visits)
    if fund is not None:
        fund = as_field(ReliefFund, fund, "fund")
    _check_log(log, members, orgs)
    index = _day_index(log, fund)
    several = resolve(policy, as_field(Day, end, "end")).care.one_visit_meets_several_duties
    allotted: dict[str, int] = {}
    free: dict[tuple[str, str], list[tuple[_dt.date, VisitKind]]] = {}
    if not several:
        by_who: dict[tuple[str, str], list[Duty]] = defaultdict(list)
        for d in duties:  # in due-day order: the order duties are served
            by_who[_who(d.value)].append(d.value)
        entries = _entries(log, fund)
        for who, mine in by_who.items():
            got, left = _allot(mine, sorted(entries.get(who, []), key=lambda e: (e[0], e[1].value)))
            allotted.update(got)
            free[who] = left
    out: list[Decision[MissedDuty]] = []
    for d in duties:
        duty = d.value
        found = _found(duty, index)
        elsewhere = 0
        if several:
            if found >= duty.visits:
                continue
        else:
            if allotted[duty.id] >= duty.visits:
                continue
            open_days = {
                day
                for day, kind in free[_who(duty)]
                if kind in duty.met_by and duty.start <= day <= duty.due
            }
            elsewhere = found - len(open_days)
        head = answerable_head(
            by_id.get(duty.organization, duty.organization), on=duty.due, policy=policy
        )
        missed = MissedDuty(
            duty=duty,
            organization=duty.organization,
            year=duty.year,
            month=duty.month,
            found=found,
            counted_elsewhere=elsewhere,
            answerable=head.value,
        )
        kinds_zh = "、".join(k.zh for k in duty.met_by)
        shared = (
            Reason(
                rule="care.missed_duty",
                zh=f"本地规定:一次走访只履行一项职责,其中{elsewhere}日的记录已计入其他职责"
                "(按应履行日期先后分配)",
                en=f"Local policy: one visit meets one duty; on {elsewhere} of those days "
                "the entries were counted for other duties (allotted in order of due day)",
            ),
        )
        out.append(
            Decision[MissedDuty](
                rule=duty.rule,
                subject=duty.id,
                outcome="missed",
                value=missed,
                headline=Text(
                    zh=f"未履行:{d.headline.zh}",
                    en=f"Missed: {d.headline.en}",
                ),
                reasons=(
                    *d.reasons,
                    Reason(
                        rule="care.missed_duty",
                        zh=f"{duty.start}至{duty.due}期间{kinds_zh}记录{found}次,"
                        f"少于应有的{duty.visits}次",
                        en=f"The log has {found} qualifying entr{'y' if found == 1 else 'ies'} "
                        f"from {duty.start} to {duty.due}, fewer than {duty.visits}",
                    ),
                    *(shared if elsewhere else ()),
                    *head.reasons,
                ),
                rules=("care.missed_duty", "care.answerable_head"),
                parameters={**d.parameters, "care.one_visit_meets_several_duties": several},
            )
        )
    out.sort(
        key=lambda x: (
            x.value.organization,
            x.value.year,
            x.value.month,
            x.value.duty.due,
            list(DutyKind).index(x.value.duty.kind),
            x.value.duty.member or "",
            x.value.duty.id,
        )
    )
    return tuple(out)


def _missed_duties(missed: Iterable[Decision[MissedDuty] | MissedDuty]) -> list[MissedDuty]:
    """``missed`` as MissedDuty values (from decisions or bare), each duty once."""
    if isinstance(missed, (str, bytes)):
        raise RecordError("expected a collection of missed duties, not a single string")
    out: list[MissedDuty] = []
    for i, item in enumerate(missed):
        value = item.value if isinstance(item, Decision) else item
        out.append(as_field(MissedDuty, value, f"missed[{i}]"))
    check_unique((m.duty.id for m in out), "missed duty")
    return out


@rule(
    "care.assessment_deduction",
    zh="老党员走访慰问和帮扶救助情况纳入千分制考核",
    en="Visits and aid to elderly members count in the thousand-point assessment",
    document=S000,
    section="第一篇 二",
    quote="并将老党员走访慰问和帮扶救助情况纳入干部千分制考核内容",
    parameters=("care.deduction_per_missed_duty", "care.deduction_unit"),
    public_name="orgwork.care.care_deductions",
)
def care_deductions(
    missed: Iterable[Decision[MissedDuty] | MissedDuty],
    *,
    policy: Policy | None = None,
) -> tuple[Decision[PointAdjustment | None], ...]:
    """千分制扣分 — one deduction per missed duty, in the month of the duty's due day.

    Each deduction is a decision (rule ``care.assessment_deduction``, subject
    the duty's id) whose ``value`` is the
    :class:`~orgwork.points.PointAdjustment` to give the assessment
    (``[d.value for d in care_deductions(...) if d.value]``), and whose
    ``parameters`` record the values used, as in force on the duty's due day:

    - ``care.deduction_per_missed_duty``, the points: the seeds give no
      number, so it has no default and a missed duty raises
      :class:`~orgwork.errors.MissingParameterError` until it is set;
    - ``care.deduction_unit``, who is charged (a local choice): the member's
      organization (``"organization"``, the default), or its head
      (``"head"``: the secretary who answers, :func:`answerable_head`, named
      as in the roster). With ``"head"`` and no head to charge (no roster
      given, or the post vacant) the outcome is ``"unassigned"`` and the
      value None: the town committee names who bears it.

    The adjustment's ``reason`` names the points parameter and its value too,
    so an adjustment taken out of its decision still says where its points
    came from; its ``source`` is the duty's id. No missed duty, no deduction
    (and no error). The decisions keep the order given; a duty given twice is
    a :class:`~orgwork.errors.RecordError`.

    Examples:
        >>> from orgwork.care import HardshipKind, HardshipPeriod
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01", hardship=[
        ...     HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start="2025-03-01")])
        >>> missed = check_care([m], [], _dt.date(2025, 3, 1), _dt.date(2025, 3, 31))
        >>> care_deductions(missed)
        Traceback (most recent call last):
        ...
        orgwork.errors.MissingParameterError: care.deduction_per_missed_duty is not set: the seeds give no points per missed care duty
        >>> p = Policy.default().override({"care.deduction_per_missed_duty": 2})
        >>> d, = care_deductions(missed, policy=p)
        >>> d.outcome, d.value.unit, d.value.month, d.value.points, d.value.rule
        ('deducted', 'V01', 3, Decimal('-2'), 'care.hardship_visit')
        >>> d.parameters
        {'care.deduction_per_missed_duty': '2', 'care.deduction_unit': 'organization'}
    """
    rid = "care.assessment_deduction"
    out: list[Decision[PointAdjustment | None]] = []
    for m in _missed_duties(missed):
        c = resolve(policy, m.duty.due).care
        points = c.deduction_per_missed_duty
        if points is None:
            raise MissingParameterError(
                "care.deduction_per_missed_duty is not set: the seeds give no points per "
                "missed care duty",
                parameter="care.deduction_per_missed_duty",
            )
        shown = f"{points.normalize():f}"
        who_zh = f";责任人:{m.answerable}" if m.answerable else ""
        who_en = f"; answerable: {m.answerable}" if m.answerable else ""
        what = Text(
            zh=f"未履行{m.duty.kind.zh}({m.duty.start}至{m.duty.due})",
            en=f"Missed {m.duty.kind.en} ({m.duty.start} to {m.duty.due})",
        )
        reasons = [
            Reason(
                rule=m.duty.rule,
                zh=f"{what.zh},记录{m.found}次,少于应有的{m.duty.visits}次",
                en=f"{what.en}: {m.found} qualifying entr"
                f"{'y' if m.found == 1 else 'ies'}, fewer than {m.duty.visits}",
            ),
            Reason(
                rule=rid,
                zh="老党员走访慰问和帮扶救助情况纳入干部千分制考核内容",
                en="Visits and aid to elderly members count in the thousand-point assessment",
            ),
            Reason(
                rule=rid,
                zh=f"本地规定:每项未履行的关怀职责扣{shown}分,计入应履行月份"
                f"({m.year}年{m.month}月)",
                en=f"Local policy: {shown} points per missed care duty, counted in the "
                f"month it fell due ({m.year}-{m.month:02d})",
            ),
        ]
        unit: str | None
        if c.deduction_unit == "head":
            unit = m.answerable
            reasons.append(
                Reason(
                    rule=rid,
                    zh=f"本地规定:扣分计入党组织负责人(书记){m.answerable}"
                    if unit
                    else "本地规定:扣分计入党组织负责人(书记),但未提供名单或书记空缺",
                    en=f"Local policy: the organization's head (its secretary), {m.answerable}, "
                    "is charged"
                    if unit
                    else "Local policy: the organization's head (its secretary) is charged, "
                    "but no roster was given or the post is vacant",
                )
            )
        else:
            unit = m.organization
            reasons.append(
                Reason(
                    rule=rid,
                    zh=f"本地规定:扣分计入所在基层党组织{m.organization}",
                    en=f"Local policy: the member's organization, {m.organization}, is charged",
                )
            )
        params = {
            "care.deduction_per_missed_duty": param_value(points),
            "care.deduction_unit": c.deduction_unit,
        }
        if unit is None:
            out.append(
                Decision[PointAdjustment | None](
                    rule=rid,
                    subject=m.duty.id,
                    outcome="unassigned",
                    value=None,
                    headline=Text(
                        zh=f"{what.zh}应扣{shown}分,但无党组织负责人可计扣,须由镇党委确定责任人",
                        en=f"{what.en}: {shown} points are due, but there is no head to "
                        "charge; the town committee must name who bears them",
                    ),
                    reasons=tuple(reasons),
                    parameters=params,
                )
            )
            continue
        adjustment = PointAdjustment(
            unit=unit,
            year=m.year,
            month=m.month,
            points=-points,
            rule=m.duty.rule,
            reason=Text(
                zh=f"{what.zh}{who_zh};每项扣{shown}分(care.deduction_per_missed_duty)",
                en=f"{what.en}{who_en}; {shown} points per missed duty "
                "(care.deduction_per_missed_duty)",
            ),
            source=m.duty.id,
        )
        out.append(
            Decision[PointAdjustment | None](
                rule=rid,
                subject=m.duty.id,
                outcome="deducted",
                value=adjustment,
                headline=Text(
                    zh=f"{unit}{m.year}年{m.month}月千分制扣{shown}分:{what.zh}",
                    en=f"{unit} loses {shown} points in {m.year}-{m.month:02d} of the "
                    f"thousand-point assessment: {what.en}",
                ),
                reasons=tuple(reasons),
                parameters=params,
            )
        )
    return tuple(out)

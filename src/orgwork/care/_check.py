"""应帮不帮,应扶不扶 — the visit log against the duties, who answers, and the assessment deductions."""

from __future__ import annotations

import datetime as _dt
import itertools
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_collection, as_date, as_field, as_models, check_unique
from orgwork.care._duties import Duty, DutyKind, care_duties
from orgwork.care._fund import ReliefFund
from orgwork.care._model import S000, Day, ElderlyMember, Name, Organization, Visit, VisitKind
from orgwork.decision import Decision, RuleContext, Say, Text, both, joined
from orgwork.errors import MissingParameterError, RecordError
from orgwork.ids import Id
from orgwork.points import PointAdjustment
from orgwork.policy import Policy, checked_policy
from orgwork.rules import rule

__all__ = ["MissedDuty", "answerable_head", "care_deductions", "check_care"]


class MissedDuty(BaseModel):
    """未履行职责 — a duty the visit log does not meet, the month it counts in, and who answers.

    ``found`` is how many qualifying entries (distinct days) the log has in
    the duty's window; ``counted_elsewhere`` how many of those days had all
    their entries counted for other duties (when one visit meets one duty
    only); ``answerable`` is the organization head's name (None when the
    post is vacant or no roster was given, and always None for a finding
    ``referred`` to the town committee: one whose window is a reading of the
    text, not a limit the seed or the locality set).

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
    organization: Id
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

    @property
    def referred(self) -> bool:
        """提请研究 — whether no limit the seed or the locality set applies, so who answers is
        left to the town committee (no head is named).

        Examples:
            >>> from orgwork.care import HardshipKind, HardshipPeriod
            >>> m = ElderlyMember(id="M1", name="某", organization="V01", hardship=[
            ...     HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start="2025-03-01")])
            >>> [(x.value.duty.kind.value, x.value.referred) for x in check_care(
            ...     [m], [], _dt.date(2025, 3, 1), _dt.date(2025, 3, 31))]
            [('hardship_visit', False), ('hardship_contact', True)]
        """
        return not self.duty.limit


class _Head:
    """Texts of care.answerable_head (应帮不帮、应扶不扶的,追究党组织负责人责任)."""

    unknown = Say(
        "由{org}党组织负责人承担责任(未提供名单)", "The head of {org} answers (no roster given)"
    )
    unknown_why = Say(
        "应帮不帮、应扶不扶的,追究党组织负责人责任",
        "Where help was due and not given, the organization's head answers",
    )
    answerable = Say("由{org}书记{head}承担责任", "{head}, secretary of {org}, answers")
    answerable_why = Say(
        "应帮不帮、应扶不扶的,追究党组织负责人(书记)责任",
        "Where help was due and not given, the organization's head (its secretary) answers",
    )
    vacant = Say(
        "{org}书记空缺,须由镇党委确定责任人",
        "The secretary of {org} is vacant; the town committee must name who answers",
    )
    vacant_why = Say(
        "追究党组织负责人责任,但书记职务空缺",
        "The organization's head answers, but the secretary's post is vacant",
    )


@rule(
    "care.answerable_head",
    zh="应帮不帮、应扶不扶的,追究党组织负责人责任",
    en="Where help was due and not given, the organization's head answers for it",
    document=S000,
    section="第一篇 二",
    quote="对“应帮不帮,应扶不扶”的,追究党组织负责人责任",
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
    ctx = RuleContext(answerable_head, policy, on=on)
    if isinstance(organization, str):
        ctx.say(_Head.unknown_why)
        return ctx.decide("unknown", None, _Head.unknown, subject=organization, org=organization)
    if organization.secretary:
        ctx.say(_Head.answerable_why)
        return ctx.decide(
            "answerable",
            organization.secretary,
            _Head.answerable,
            subject=organization.id,
            org=organization.name,
            head=organization.secretary,
        )
    ctx.say(_Head.vacant_why)
    return ctx.decide("vacant", None, _Head.vacant, subject=organization.id, org=organization.name)


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
    and the entries left over. ``entries`` are sorted by day.

    A maximum flow: source → entry (1) → (duty, day) (1: a duty's visits fall on
    distinct days) → duty (its ``visits``). Duties are served in the order given
    (by due day): each takes its visits by augmenting paths, which may move
    earlier duties onto other entries but never take one away from them; a duty
    that cannot be met in full gives back what it took, so the entries serve the
    duties after it.

    Duties that share no entry, directly or through other duties, never take
    entries from one another: the flow runs on each such group on its own
    (`_groups`), which gives the same allotment as one flow over the whole
    history, in time that grows with the history and not with its square.
    """
    met = dict.fromkeys((d.id for d in duties), 0)
    used: set[int] = set()
    for group_entries, group_duties, links in _groups(duties, entries):
        got, taken = _flow(group_duties, group_entries, links, entries)
        met.update(got)
        used.update(taken)
    return met, [e for i, e in enumerate(entries) if i not in used]


def _groups(
    duties: Sequence[Duty], entries: Sequence[tuple[_dt.date, VisitKind]]
) -> list[tuple[list[int], list[tuple[int, Duty]], dict[int, list[int]]]]:
    """The entries and duties joined by the entries a duty may take, group by group:
    (entry indexes, (index, duty) pairs, entry index → the duties it may meet), each
    list in the order given."""
    days = [day for day, _ in entries]
    links: dict[int, list[int]] = defaultdict(list)  # entry → duties, in duty order
    parent = list(range(len(entries) + len(duties)))  # union-find: entries, then duties

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for j, duty in enumerate(duties):
        for i in range(bisect_left(days, duty.start), bisect_right(days, duty.due)):
            if entries[i][1] in duty.met_by:
                links[i].append(j)
                parent[root(i)] = root(len(entries) + j)
    groups: dict[int, tuple[list[int], list[tuple[int, Duty]], dict[int, list[int]]]] = {}
    for j, duty in enumerate(duties):
        groups.setdefault(root(len(entries) + j), ([], [], {}))[1].append((j, duty))
    for i in sorted(links):
        group = groups[root(i)]
        group[0].append(i)
        group[2][i] = sorted(links[i])
    return list(groups.values())


def _flow(
    duties: Sequence[tuple[int, Duty]],
    group: Sequence[int],
    links: dict[int, list[int]],
    entries: Sequence[tuple[_dt.date, VisitKind]],
) -> tuple[dict[str, int], list[int]]:
    """`_allot`'s flow on one group: duty id → entries allotted, and the entries taken."""
    Node = tuple[object, ...]
    cap: dict[Node, dict[Node, int]] = defaultdict(lambda: defaultdict(int))
    source: Node = ("source",)
    for i in group:
        day = entries[i][0]
        cap[source][("e", i)] += 1
        for j in links[i]:
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
    for j, duty in duties:
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
    return met, [i for i in group if cap[source][("e", i)] == 0]


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


def _shortfalls(
    duties: Sequence[Duty], log: Sequence[Visit], fund: ReliefFund | None, several: bool
) -> dict[str, tuple[int, int]]:
    """Duty id → (entries found, days counted elsewhere) for each duty not met: a contact duty
    when the record names no contact (明确了专人负责联系), any other by the log
    (`_log_shortfalls`)."""
    out = {d.id: (0, 0) for d in duties if d.kind is DutyKind.HARDSHIP_CONTACT and not d.contact}
    logged = [d for d in duties if d.kind is not DutyKind.HARDSHIP_CONTACT]
    return out | _log_shortfalls(logged, log, fund, several)


def _log_shortfalls(
    duties: Sequence[Duty], log: Sequence[Visit], fund: ReliefFund | None, several: bool
) -> dict[str, tuple[int, int]]:
    """Duty id → (entries found, of those the days counted for other duties), for each duty
    the log does not meet, in the order of ``duties``.

    When one entry meets every duty whose window it falls in (``several``), a duty is met by
    ``visits`` days found; otherwise by the entries allotted to it (`_allot`, duties
    served in the order given).
    """
    index = _day_index(log, fund)
    if several:
        days = {d.id: _found(d, index) for d in duties}
        return {d.id: (days[d.id], 0) for d in duties if days[d.id] < d.visits}
    by_who: dict[tuple[str, str], list[Duty]] = defaultdict(list)
    for d in duties:  # in due-day order: the order duties are served
        by_who[_who(d)].append(d)
    entries = _entries(log, fund)
    allotted: dict[str, int] = {}
    free: dict[tuple[str, str], list[tuple[_dt.date, VisitKind]]] = {}
    for who, mine in by_who.items():
        got, left = _allot(mine, sorted(entries.get(who, []), key=lambda e: (e[0], e[1].value)))
        allotted.update(got)
        free[who] = left
    out: dict[str, tuple[int, int]] = {}
    for d in duties:
        if allotted[d.id] < d.visits:
            found = _found(d, index)
            open_days = {
                day for day, kind in free[_who(d)] if kind in d.met_by and d.start <= day <= d.due
            }
            out[d.id] = (found, found - len(open_days))
    return out


class _Missed:
    """Texts of care.missed_duty (应帮不帮,应扶不扶)."""

    short = Say(
        "{start}至{due}期间{logged}记录{found}次,少于应有的{visits}次",
        "The log has {found} {logged} from {start} to {due}, fewer than {visits}",
    )
    no_contact = Say(
        "{start}至{due}期间未明确负责联系的专人",
        "No person was named to keep in touch from {start} to {due}",
    )
    limit = Say("期限由{params}设定;{who}", "The limit is set by {params}; {who}")
    referred = Say(
        "原文未规定期限,上述期间是对原文的默认读法,而非种子或本地设定的期限;"
        "是否追究党组织负责人责任,提请镇党委研究决定",
        "The text sets no time limit: the window above is the default reading of the text, "
        "not a limit the seed or the locality set; whether the organization's head answers "
        "is for the town committee to decide",
    )
    shared = Say(
        "本地规定:一次走访只履行一项职责,其中{n}日的记录已计入其他职责(按应履行日期先后分配)",
        "Local policy: one visit meets one duty; on {n} of those days the entries were counted "
        "for other duties (allotted in order of due day)",
    )
    headline = Say("未履行:{duty}", "Missed: {duty}")


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
        "care.festival_period_set",
        "care.festival_meeting_required",
        "care.hardship_visits_per_month",
        "care.routine_visit_months",
        "care.one_visit_meets_several_duties",
    ),
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

    Each duty of [`care_duties`][orgwork.care.care_duties] is met by at least
    ``duty.visits`` log entries of a kind in ``duty.met_by`` on distinct days
    in its window; a help duty is also met by a payment from ``fund`` to the
    member. One decision per missed duty, decided under this rule
    (``care.missed_duty``): it takes in the duty's decision (its reasons and
    parameters; ``rules`` lists the rule the duty comes from, also
    ``value.duty.rule``) and, under a limit the seed or the locality set
    (``value.duty.limit``, named in a reason), the head who answers
    ([`answerable_head`][orgwork.care.answerable_head], from ``organizations``). A duty whose window
    is only a reading of the text (a visit during the stay, the default
    festival periods) or that sets no time (a named contact) is a finding
    ``referred`` to the town committee, naming no one. Ordered by organization, year and month of the
    due day, then due day, kind, member. Run it after ``end``: a duty due on
    ``end`` is judged on the log as given.

    Whether one entry meets every duty whose window it falls in, or only one
    duty, is ``care.one_visit_meets_several_duties`` (a local choice, default
    every duty), as in force on ``end``. When one entry meets one duty, the
    entries are allotted to the duties in the order of [`care_duties`][orgwork.care.care_duties]
    (due day first) by a maximum flow; a duty met keeps its visits, and a duty
    that cannot be met in full leaves its entries to the duties after it.

    Every log entry must name a member of ``members`` (and, if it names an
    organization, the member's own), or be a meeting of an organization of a
    member or of ``organizations``: anything else is a
    [`RecordError`][orgwork.errors.RecordError] listing the entries, so a typo in an
    id is never silently dropped. ``fund`` is the town's ledger: its payments
    to people outside ``members`` are about other rosters and are not read.

    Examples:
        >>> from orgwork.care import HardshipKind, HardshipPeriod
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01", hardship=[
        ...     HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start="2025-03-01", contact="李四")])
        >>> log = [Visit(kind=VisitKind.HOME, on=_dt.date(2025, 3, 9), member="M1")]
        >>> org = Organization(id="V01", name="某村党支部", secretary="张书记")
        >>> missed = check_care([m], log, _dt.date(2025, 3, 1), _dt.date(2025, 4, 30),
        ...                     organizations=[org])
        >>> [(d.rule, d.value.duty.rule, d.value.month, d.value.answerable) for d in missed]
        [('care.missed_duty', 'care.hardship_visit', 4, '张书记')]
        >>> missed[0].rules
        ('care.missed_duty', 'care.hardship_visit', 'care.answerable_head')
    """
    orgs = as_models(Organization, organizations, "organizations")
    check_unique((o.id for o in orgs), "organization")
    by_id = {o.id: o for o in orgs}
    members = as_models(ElderlyMember, members, "members")  # once: an iterator is read once
    duties = care_duties(members, start, end, policy=policy)  # checks that ids are unique
    log = as_models(Visit, visits, "visits")
    if fund is not None:
        fund = as_field(ReliefFund, fund, "fund")
    _check_log(log, members, orgs)
    ctx = RuleContext(check_care, policy, on=as_field(Day, end, "end"))
    several = ctx.param("care.one_visit_meets_several_duties")
    short = _shortfalls([d.value for d in duties], log, fund, several)
    missed: list[Decision[MissedDuty]] = []
    for d in duties:
        if d.value.id in short:
            org = by_id.get(d.value.organization, d.value.organization)
            head = answerable_head(org, on=d.value.due, policy=policy) if d.value.limit else None
            missed.append(_missed(ctx.fork(), d, *short[d.value.id], several, head))
    return tuple(sorted(missed, key=_missed_order))


def _missed(
    ctx: RuleContext,
    d: Decision[Duty],
    found: int,
    elsewhere: int,
    several: bool,
    head: Decision[str | None] | None,
) -> Decision[MissedDuty]:
    """One duty not met (对“应帮不帮,应扶不扶”的): the duty's decision taken in, the shortfall
    said, then the limit and the head who answers (``head``), or the referral."""
    duty = ctx.adopt(d)  # the duty's reasons, parameters and rule
    if duty.kind is DutyKind.HARDSHIP_CONTACT:
        ctx.say(_Missed.no_contact, start=duty.start, due=duty.due)
    else:
        # Chinese names the kinds of entry that would meet the duty; English says they qualify
        logged = both(
            "、".join(k.zh for k in duty.met_by),
            "qualifying entry" if found == 1 else "qualifying entries",
        )
        short = {"logged": logged, "found": found, "visits": duty.visits}
        ctx.say(_Missed.short, start=duty.start, due=duty.due, **short)
    if elsewhere:
        ctx.say(_Missed.shared, n=elsewhere)
    ctx.record("care.one_visit_meets_several_duties", several)
    if head is None:
        ctx.say(_Missed.referred)
    else:
        ctx.say(_Missed.limit, params=joined(duty.limit), who=head.headline)
    missed = MissedDuty(
        duty=duty,
        organization=duty.organization,
        year=duty.year,
        month=duty.month,
        found=found,
        counted_elsewhere=elsewhere,
        answerable=None if head is None else ctx.adopt(head),  # 追究党组织负责人责任
    )
    return ctx.decide("missed", missed, _Missed.headline, subject=duty.id, duty=d.headline)


def _missed_order(d: Decision[MissedDuty]) -> tuple[str, int, int, _dt.date, int, str, str]:
    x = d.value
    kind = list(DutyKind).index(x.duty.kind)
    return (x.organization, x.year, x.month, x.duty.due, kind, x.duty.member or "", x.duty.id)


def _missed_duties(missed: Iterable[Decision[MissedDuty] | MissedDuty]) -> list[MissedDuty]:
    """``missed`` as MissedDuty values (from decisions or bare), each duty once."""
    if isinstance(missed, (str, bytes)):
        raise RecordError("missed: expected a collection of missed duties, not a single string")
    out: list[MissedDuty] = []
    for i, item in enumerate(as_collection(missed, "missed", "missed duties")):
        value = item.value if isinstance(item, Decision) else item
        out.append(as_field(MissedDuty, value, f"missed[{i}]"))
    check_unique((m.duty.id for m in out), "missed duty")
    return out


class _Deduction:
    """Texts of care.assessment_deduction (纳入干部千分制考核)."""

    what = Say("未履行{kind}({start}至{due})", "Missed {kind} ({start} to {due})")
    short = Say(
        "{what},记录{found}次,少于应有的{visits}次",
        "{what}: {found} qualifying entries, fewer than {visits}",
    )
    short_one = Say(
        "{what},记录{found}次,少于应有的{visits}次",
        "{what}: {found} qualifying entry, fewer than {visits}",
    )
    no_contact = Say("{what},未明确负责联系的专人", "{what}: no person named to keep in touch")
    counts = Say(
        "老党员走访慰问和帮扶救助情况纳入干部千分制考核内容",
        "Visits and aid to elderly members count in the thousand-point assessment",
    )
    points = Say(
        "本地规定:每项未履行的关怀职责扣{points}分,计入应履行月份({year}年{month}月)",
        "Local policy: {points} points per missed care duty, counted in the month it fell due "
        "({year}-{month:02d})",
    )
    head = Say(
        "本地规定:扣分计入党组织负责人(书记){head}",
        "Local policy: the organization's head (its secretary), {head}, is charged",
    )
    no_head = Say(
        "本地规定:扣分计入党组织负责人(书记),但未提供名单或书记空缺",
        "Local policy: the organization's head (its secretary) is charged, but no roster was "
        "given or the post is vacant",
    )
    organization = Say(
        "本地规定:扣分计入所在基层党组织{org}",
        "Local policy: the member's organization, {org}, is charged",
    )
    unassigned = Say(
        "{what}应扣{points}分,但无党组织负责人可计扣,须由镇党委确定责任人",
        "{what}: {points} points are due, but there is no head to charge; the town committee "
        "must name who bears them",
    )
    answerable = Say(";责任人:{head}", "; answerable: {head}")
    adjustment = Say(
        "{what}{who};每项扣{points}分(care.deduction_per_missed_duty)",
        "{what}{who}; {points} points per missed duty (care.deduction_per_missed_duty)",
    )
    deducted = Say(
        "{unit}{year}年{month}月千分制扣{points}分:{what}",
        "{unit} loses {points} points in {year}-{month:02d} of the thousand-point assessment: "
        "{what}",
    )


#: No one named (the adjustment's reason then names no answerable head).
_NO_ONE = Text(zh="", en="")


@rule(
    "care.assessment_deduction",
    zh="老党员走访慰问和帮扶救助情况纳入千分制考核",
    en="Visits and aid to elderly members count in the thousand-point assessment",
    document=S000,
    section="第一篇 二",
    quote="并将老党员走访慰问和帮扶救助情况纳入干部千分制考核内容",
    parameters=("care.deduction_per_missed_duty", "care.deduction_unit"),
)
def care_deductions(
    missed: Iterable[Decision[MissedDuty] | MissedDuty],
    *,
    policy: Policy | None = None,
) -> tuple[Decision[PointAdjustment | None], ...]:
    """千分制扣分 — one deduction per missed duty, in the month of the duty's due day.

    Each deduction is a decision (rule ``care.assessment_deduction``, subject
    the duty's id) whose ``value`` is the
    [`PointAdjustment`][orgwork.points.PointAdjustment] to give the assessment
    (``[d.value for d in care_deductions(...) if d.value]``), and whose
    ``parameters`` record the values used, as in force on the duty's due day:

    - ``care.deduction_per_missed_duty``, the points: the seeds give no
      number, so it has no default and a missed duty raises
      [`MissingParameterError`][orgwork.errors.MissingParameterError] until it is set;
    - ``care.deduction_unit``, who is charged (a local choice): the member's
      organization (``"organization"``, the default), or its head
      (``"head"``: the secretary who answers, [`answerable_head`][orgwork.care.answerable_head], named
      as in the roster). With ``"head"`` and no head to charge (no roster
      given, or the post vacant) the outcome is ``"unassigned"`` and the
      value None: the town committee names who bears it.

    The adjustment's ``reason`` names the points parameter and its value too,
    so an adjustment taken out of its decision still says where its points
    came from; its ``source`` is the duty's id. No missed duty, no deduction
    (and no error). The decisions keep the order given; a duty given twice is
    a [`RecordError`][orgwork.errors.RecordError].

    Examples:
        >>> from orgwork.care import HardshipKind, HardshipPeriod
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01", hardship=[
        ...     HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start="2025-03-01", contact="李四")])
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
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
    return tuple(_deduction(m, policy) for m in _missed_duties(missed))


def _deduction(m: MissedDuty, policy: Policy | None) -> Decision[PointAdjustment | None]:
    """并将老党员走访慰问和帮扶救助情况纳入干部千分制考核内容: the deduction for one missed duty,
    with the points and the unit charged as in force on its due day."""
    ctx = RuleContext(care_deductions, policy, on=m.duty.due)
    points = ctx.param("care.deduction_per_missed_duty")
    if points is None:
        raise MissingParameterError(
            "care.deduction_per_missed_duty is not set: the seeds give no points per "
            "missed care duty",
            parameter="care.deduction_per_missed_duty",
        )
    shown = f"{points.normalize():f}"
    what = _Deduction.what.text(kind=m.duty.kind, start=m.duty.start, due=m.duty.due)
    short = _Deduction.short_one if m.found == 1 else _Deduction.short
    # the miss itself is stated under the duty's own rule
    if m.duty.kind is DutyKind.HARDSHIP_CONTACT:
        ctx.add(RuleContext(m.duty.rule).reason(_Deduction.no_contact, what=what))
    else:
        counted = {"found": m.found, "visits": m.duty.visits}
        ctx.add(RuleContext(m.duty.rule).reason(short, what=what, **counted))
    ctx.say(_Deduction.counts)
    ctx.say(_Deduction.points, points=shown, year=m.year, month=m.month)
    unit = _charged(ctx, m)
    if unit is None:
        return ctx.decide(
            "unassigned", None, _Deduction.unassigned, subject=m.duty.id, what=what, points=shown
        )
    who = _Deduction.answerable.text(head=m.answerable) if m.answerable else _NO_ONE
    adjustment = PointAdjustment(
        unit=unit,
        year=m.year,
        month=m.month,
        points=-points,
        rule=m.duty.rule,
        reason=_Deduction.adjustment.text(what=what, who=who, points=shown),
        source=m.duty.id,
    )
    return ctx.decide(
        "deducted",
        adjustment,
        _Deduction.deducted,
        subject=m.duty.id,
        unit=unit,
        year=m.year,
        month=m.month,
        points=shown,
        what=what,
    )


def _charged(ctx: RuleContext, m: MissedDuty) -> str | None:
    """Who is charged (``care.deduction_unit``, said): the member's organization, or its head
    (None when there is no head to charge)."""
    if ctx.param("care.deduction_unit") == "head":
        if m.answerable:
            ctx.say(_Deduction.head, head=m.answerable)
        else:
            ctx.say(_Deduction.no_head)
        return m.answerable
    ctx.say(_Deduction.organization, org=m.organization)
    return m.organization

"""问题整改销号 — the rectification ledger of a public evaluation, append-only.

Every opinion from a public evaluation becomes a ledger item: classified
(分门别类), assigned to a person (落实到人), given a deadline (限期整改), its
result published (定期公布整改结果), raised again at the next evaluation
(在下次的评议会上再次征求意见), and closed (销号) only once members and the
public are satisfied there (党员群众满意后方可销号).

The ledger is an append-only history of events. It is frozen: every
operation returns a new ledger whose history is the old one with the new
event appended; the items' current state is derived from the history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date
from orgwork._display import html_table
from orgwork.decision import Decision, RuleContext, Say, day
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.rules import rule
from orgwork.supervision._common import S000

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "Assigned",
    "CategoryCount",
    "Closed",
    "DeadlineSet",
    "ItemStatus",
    "LedgerEvent",
    "LedgerItem",
    "LedgerSummary",
    "Opened",
    "Publication",
    "RaisedAgain",
    "Raising",
    "RectificationLedger",
    "ResultPublished",
    "SatisfactionRecord",
    "SatisfactionRecorded",
    "closing_check",
    "ledger_summary",
    "overdue_items",
]

ItemStatus = Literal["open", "overdue", "rectified", "closed"]
"""An item's state on a day: ``open`` (not yet rectified, not overdue), ``overdue`` (its
deadline passed with no result published), ``rectified`` (result published, awaiting
satisfaction) or ``closed`` (销号)."""

_NAME = Annotated[str, Field(min_length=1)]


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    seq: int = Field(ge=1, strict=True, description="Position in the history, from 1.")
    item: Id
    on: dt.date


class Opened(_Event):
    """立项 — an opinion entered in the ledger, classified (分门别类)."""

    kind: Literal["opened"] = "opened"
    category: _NAME
    description: str = Field(default="", repr=False)  # the opinion as raised: never in repr/logs
    round: Id | None = Field(default=None, description="The evaluation round it came from.")


class Assigned(_Event):
    """落实到人 — the item assigned to a responsible person (谁负责的问题谁整改)."""

    kind: Literal["assigned"] = "assigned"
    person: Id


class DeadlineSet(_Event):
    """限期整改 — the rectification deadline set (or changed)."""

    kind: Literal["deadline_set"] = "deadline_set"
    deadline: dt.date


class ResultPublished(_Event):
    """公布整改结果 — the rectification result published."""

    kind: Literal["result_published"] = "result_published"
    result: _NAME


class RaisedAgain(_Event):
    """再次征求意见 — the item raised again at a later evaluation round."""

    kind: Literal["raised_again"] = "raised_again"
    round: Id


class SatisfactionRecorded(_Event):
    """满意度记录 — whether members and the public were satisfied, and on what basis."""

    kind: Literal["satisfaction_recorded"] = "satisfaction_recorded"
    round: Id | None = None
    satisfied: bool
    basis: _NAME = Field(description="How satisfaction was found (a vote, a survey, ...).")


class Closed(_Event):
    """销号 — the item closed, with the closing requirements it was closed under.

    ``result_required`` and ``next_round_required`` record the values of
    ``supervision.close_requires_published_result`` and
    ``supervision.close_requires_next_round`` applied when it was closed (both
    true, the seed's reading, unless a locality relaxed them); a history read
    back is checked against them.
    """

    kind: Literal["closed"] = "closed"
    result_required: bool = True
    next_round_required: bool = True


_AnyEvent = (
    Opened | Assigned | DeadlineSet | ResultPublished | RaisedAgain | SatisfactionRecorded | Closed
)

#: One ledger event: any of the event types, told apart by ``kind``.
LedgerEvent = Annotated[_AnyEvent, Field(discriminator="kind")]


class Publication(BaseModel):
    """A published rectification result."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    on: dt.date
    result: str


class Raising(BaseModel):
    """The item raised again at an evaluation round, on a day."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    on: dt.date
    round: Id


class SatisfactionRecord(BaseModel):
    """A recorded finding of satisfaction (or not)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    on: dt.date
    round: Id | None
    satisfied: bool
    basis: str


class LedgerItem(BaseModel):
    """The current state of one ledger item, derived from its events."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id
    category: str
    description: str = Field(repr=False)  # the opinion as raised: never in repr/logs
    opened_on: dt.date
    round: Id | None = None
    assignee: Id | None = None
    deadline: dt.date | None = None
    results: tuple[Publication, ...] = ()
    raisings: tuple[Raising, ...] = ()
    satisfaction: tuple[SatisfactionRecord, ...] = ()
    closed_on: dt.date | None = None
    last_event_on: dt.date

    @property
    def raised_at(self) -> tuple[str, ...]:
        """The evaluation rounds the item was raised again at, in order."""
        return tuple(r.round for r in self.raisings)

    @property
    def is_closed(self) -> bool:
        """Whether the item has been closed (销号)."""
        return self.closed_on is not None

    @property
    def satisfied(self) -> bool:
        """Whether the latest satisfaction record says members and the public are satisfied."""
        return bool(self.satisfaction) and self.satisfaction[-1].satisfied

    def status(self, *, on: dt.date) -> ItemStatus:
        """The item's status on the day ``on`` (for an item whose events are all on or before it)."""
        if self.closed_on is not None and self.closed_on <= on:
            return "closed"
        if any(p.on <= on for p in self.results):
            return "rectified"
        if self.deadline is not None and on > self.deadline:
            return "overdue"
        return "open"


def _apply(items: dict[str, LedgerItem], event: Any) -> LedgerItem:
    """The state of ``event.item`` after ``event``; RecordError if the event breaks a rule."""
    if isinstance(event, Opened):
        if event.item in items:
            raise RecordError(f"item {event.item!r} is already in the ledger")
        return LedgerItem(
            id=event.item,
            category=event.category,
            description=event.description,
            opened_on=event.on,
            round=event.round,
            last_event_on=event.on,
        )
    item = items.get(event.item)
    if item is None:
        raise RecordError(f"no item {event.item!r} in the ledger")
    if item.is_closed:
        raise RecordError(f"item {item.id!r} was closed on {item.closed_on}; it cannot change")
    if event.on < item.last_event_on:
        raise RecordError(
            f"item {item.id!r}: an event on {event.on} is before its last event on "
            f"{item.last_event_on}; record events in date order"
        )
    update: dict[str, Any] = {"last_event_on": event.on}
    if isinstance(event, Assigned):
        update["assignee"] = event.person
    elif isinstance(event, DeadlineSet):
        if event.deadline < item.opened_on:
            raise RecordError(
                f"item {item.id!r}: deadline {event.deadline} is before it was opened on {item.opened_on}"
            )
        update["deadline"] = event.deadline
    elif isinstance(event, ResultPublished):
        update["results"] = (*item.results, Publication(on=event.on, result=event.result))
    elif isinstance(event, RaisedAgain):
        update["raisings"] = (*item.raisings, Raising(on=event.on, round=event.round))
    elif isinstance(event, SatisfactionRecorded):
        record = SatisfactionRecord(
            on=event.on, round=event.round, satisfied=event.satisfied, basis=event.basis
        )
        update["satisfaction"] = (*item.satisfaction, record)
    elif isinstance(event, Closed):
        problems = _problems(
            _closing_findings(item, event.on, event.result_required, event.next_round_required)
        )
        if problems:
            raise RecordError(f"item {item.id!r} cannot be closed (销号): " + "; ".join(problems))
        update["closed_on"] = event.on
    return item.model_copy(update=update)


class RectificationLedger(BaseModel):
    """整改台账 — an append-only rectification ledger.

    ``history`` is every event, in the order recorded (``seq`` 1, 2, ...). The
    ledger is frozen; each operation returns a new ledger with one more
    event (or, for [`raise_open_items`][orgwork.supervision.RectificationLedger.raise_open_items], one per open item). An
    operation that breaks a rule raises [`RecordError`][orgwork.errors.RecordError]
    and leaves nothing changed: closing requires the seed's whole sequence
    (see [`closing_check`][orgwork.supervision.closing_check]); a closed item cannot change; an item's
    events go in date order. A history read back (from JSON) is replayed and
    every closing checked again under the requirements its [`Closed`][orgwork.supervision.Closed]
    event records.

    >>> d = dt.date
    >>> ledger = (RectificationLedger()
    ...     .open("Q1", on=d(2025, 6, 20), category="干部选拔", description="公示期太短", round="2025-H1")
    ...     .assign("Q1", "干部科长", on=d(2025, 6, 21))
    ...     .set_deadline("Q1", d(2025, 9, 30), on=d(2025, 6, 21))
    ...     .publish_result("Q1", "公示期延长至7个工作日", on=d(2025, 9, 1)))
    >>> ledger.close("Q1", on=d(2025, 9, 2))
    Traceback (most recent call last):
    ...
    orgwork.errors.RecordError: item 'Q1' cannot be closed (销号): ...
    >>> ledger = (ledger.raise_again("Q1", round="2025-H2", on=d(2025, 12, 18))
    ...     .record_satisfaction("Q1", satisfied=True, basis="满意度测评 92%", round="2025-H2", on=d(2025, 12, 18))
    ...     .close("Q1", on=d(2025, 12, 19)))
    >>> ledger.item("Q1").is_closed, len(ledger.history)
    (True, 7)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    history: tuple[LedgerEvent, ...] = ()

    @model_validator(mode="after")
    def _replay(self) -> RectificationLedger:
        for i, event in enumerate(self.history, start=1):
            if event.seq != i:
                raise ValueError(f"history[{i - 1}]: seq is {event.seq}, expected {i}")
        _ = self._items  # replays every event; a RecordError is a ValueError
        return self

    @cached_property
    def _items(self) -> dict[str, LedgerItem]:
        items: dict[str, LedgerItem] = {}
        for event in self.history:
            items[event.item] = _apply(items, event)
        return items

    # -- reading ----------------------------------------------------------------------

    @property
    def items(self) -> tuple[LedgerItem, ...]:
        """Every item's current state, in the order the items were opened."""
        return tuple(self._items.values())

    def item(self, item_id: str) -> LedgerItem:
        """The current state of item ``item_id``; RecordError if there is none."""
        found = self._items.get(item_id)
        if found is None:
            raise RecordError(f"no item {item_id!r} in the ledger")
        return found

    def events_of(self, item_id: str) -> tuple[LedgerEvent, ...]:
        """The history of one item, in order."""
        return tuple(e for e in self.history if e.item == item_id)

    def open_items(self) -> tuple[LedgerItem, ...]:
        """Items not closed, in opening order: what the next evaluation raises again."""
        return tuple(i for i in self._items.values() if not i.is_closed)

    def at(self, day: dt.date) -> RectificationLedger:
        """The ledger as it stood on ``day``: only the events dated on or before it."""
        day = as_date(day, "day")
        kept = [e for e in self.history if e.on <= day]
        return RectificationLedger(
            history=tuple(e.model_copy(update={"seq": i}) for i, e in enumerate(kept, start=1))
        )

    # -- display ----------------------------------------------------------------------

    def records(self, *, on: dt.date | None = None) -> list[dict[str, Any]]:
        """台账明细 — one flat row per item, in opening order, for tables and data frames.

        Each row has ``id``, ``category``, ``description``, ``assignee``,
        ``deadline`` (a date or None), ``state`` (the item's
        [`ItemStatus`][orgwork.supervision.ItemStatus] on the day), ``satisfaction`` (the latest recorded
        finding: True, False, or None when none is recorded) and
        ``closed_on``. The day is ``on`` (the ledger is read as it stood
        then, as [`ledger_summary`][orgwork.supervision.ledger_summary] reads it) or, when None, the day of
        the ledger's last event: the state is never read from the clock.

        Examples:
            >>> d = dt.date
            >>> ledger = (RectificationLedger()
            ...     .open("Q1", on=d(2025, 6, 20), category="作风")
            ...     .set_deadline("Q1", d(2025, 9, 30), on=d(2025, 6, 21)))
            >>> [(r["id"], r["state"]) for r in ledger.records(on=d(2025, 10, 1))]
            [('Q1', 'overdue')]
            >>> ledger.records()[0]["state"], ledger.records()[0]["satisfaction"] is None
            ('open', True)
        """
        day = self._display_day(on)
        if day is None:
            return []
        rows = []
        for i in self.at(day).items:
            rows.append(
                {
                    "id": i.id,
                    "category": i.category,
                    "description": i.description,
                    "assignee": i.assignee,
                    "deadline": i.deadline,
                    "state": i.status(on=day),
                    "satisfaction": i.satisfaction[-1].satisfied if i.satisfaction else None,
                    "closed_on": i.closed_on,
                }
            )
        return rows

    def to_dataframe(self, *, on: dt.date | None = None) -> pd.DataFrame:
        """台账表 — the ledger as a ``pandas.DataFrame``, one row per item (requires pandas).

        The columns are those of [`records`][orgwork.supervision.RectificationLedger.records];
        dates are ``datetime64`` (``NaT`` when not set), texts ``string``, truth
        values ``boolean``. pandas is optional and imported only here; without
        it, a ``ModuleNotFoundError`` names the extra (``orgwork[pandas]``).

        Examples:
            >>> ledger = RectificationLedger().open("Q1", on=dt.date(2025, 6, 20), category="作风")
            >>> ledger.to_dataframe()["state"].tolist()  # doctest: +SKIP
            ['open']
        """
        from orgwork._frames import frame

        return frame(
            self.records(on=on),
            columns=list(_DISPLAY_COLUMNS),
            what="RectificationLedger.to_dataframe",
        )

    def _display_day(self, on: dt.date | None) -> dt.date | None:
        if on is not None:
            return as_date(on, "on")
        return max((e.on for e in self.history), default=None)

    def _repr_html_(self) -> str:
        """An HTML table of [`records`][orgwork.supervision.RectificationLedger.records] (as of the last event), every value escaped."""
        day = self._display_day(None)
        caption = f"整改台账 / rectification ledger: {len(self.items)} 项 / item(s)" + (
            f", 截至 / as of {day.isoformat()}" if day is not None else ""
        )
        return html_table(
            [_DISPLAY_LABELS[c] for c in _DISPLAY_COLUMNS],
            ([_display_cell(c, r[c]) for c in _DISPLAY_COLUMNS] for r in self.records()),
            caption=caption,
        )

    # -- operations -------------------------------------------------------------------

    def _append(self, event_type: type[_AnyEvent], **fields: Any) -> RectificationLedger:
        event = event_type(seq=len(self.history) + 1, **fields)
        state = _apply(self._items, event)
        new = RectificationLedger.model_construct(history=(*self.history, event))
        items = dict(self._items)
        items[state.id] = state
        new.__dict__["_items"] = items
        return new

    def open(
        self,
        item: str,
        *,
        on: dt.date,
        category: str,
        description: str = "",
        round: str | None = None,
    ) -> RectificationLedger:
        """Enter a new item, classified by ``category`` (分门别类)."""
        return self._append(
            Opened, item=item, on=on, category=category, description=description, round=round
        )

    def assign(self, item: str, person: str, *, on: dt.date) -> RectificationLedger:
        """Assign the item to the person responsible (落实到人)."""
        return self._append(Assigned, item=item, on=on, person=person)

    def set_deadline(self, item: str, deadline: dt.date, *, on: dt.date) -> RectificationLedger:
        """Set (or change) the rectification deadline (限期整改)."""
        return self._append(DeadlineSet, item=item, on=on, deadline=deadline)

    def publish_result(self, item: str, result: str, *, on: dt.date) -> RectificationLedger:
        """Record that the rectification result was published (公布整改结果)."""
        return self._append(ResultPublished, item=item, on=on, result=result)

    def raise_again(self, item: str, *, round: str, on: dt.date) -> RectificationLedger:
        """Record that the item was raised again at evaluation ``round`` (再次征求意见)."""
        return self._append(RaisedAgain, item=item, on=on, round=round)

    def raise_open_items(self, *, round: str, on: dt.date) -> RectificationLedger:
        """Raise every open item at evaluation ``round``, in opening order (carry them forward)."""
        ledger = self
        for i in self.open_items():
            ledger = ledger.raise_again(i.id, round=round, on=on)
        return ledger

    def record_satisfaction(
        self,
        item: str,
        *,
        satisfied: bool,
        basis: str,
        on: dt.date,
        round: str | None = None,
    ) -> RectificationLedger:
        """Record whether members and the public are satisfied with the rectification."""
        return self._append(
            SatisfactionRecorded, item=item, on=on, satisfied=satisfied, basis=basis, round=round
        )

    def close(self, item: str, *, on: dt.date, policy: Policy | None = None) -> RectificationLedger:
        """Close the item (销号); RecordError unless [`closing_check`][orgwork.supervision.closing_check] allows it.

        By default the seed's whole sequence is needed: the result published,
        the item raised again at a later evaluation round, and members and
        the public found satisfied at that round. The requirements applied
        (the policy's, on ``on``) are recorded in the [`Closed`][orgwork.supervision.Closed] event.
        """
        _, (result, next_round), findings = _closing(self, item, on, policy)
        problems = _problems(findings)
        if problems:
            raise RecordError(f"item {item!r} cannot be closed (销号): " + "; ".join(problems))
        return self._append(
            Closed, item=item, on=on, result_required=result, next_round_required=next_round
        )


_DISPLAY_COLUMNS = (
    "id",
    "category",
    "description",
    "assignee",
    "deadline",
    "state",
    "satisfaction",
    "closed_on",
)
_DISPLAY_LABELS = {
    "id": "编号 / id",
    "category": "类别 / category",
    "description": "内容 / description",
    "assignee": "责任人 / assignee",
    "deadline": "整改期限 / deadline",
    "state": "状态 / state",
    "satisfaction": "满意度 / satisfaction",
    "closed_on": "销号日期 / closed on",
}
_STATE_LABELS = {
    "open": "整改中 / open",
    "overdue": "逾期未整改 / overdue",
    "rectified": "已公布结果,待满意 / rectified",
    "closed": "已销号 / closed",
}


def _display_cell(column: str, value: object) -> str:
    if value is None:
        return "—"
    if column == "state":
        return _STATE_LABELS.get(str(value), str(value))
    if column == "satisfaction":
        return "满意 / satisfied" if value else "不满意 / not satisfied"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


_CLOSE_PARAMS = (
    "supervision.close_requires_published_result",
    "supervision.close_requires_next_round",
)


class _ClosingTexts:
    """Texts of supervision.rectification_closing (问题整改销号)."""

    already_closed = Say("已于{day}销号", "it was already closed on {day}")
    published = Say("{day}已公布整改结果", "Result published on {day}")
    not_published = Say("尚未公布整改结果", "no rectification result has been published")
    no_satisfaction = Say(
        "尚无党员群众满意的记录,不得销号",
        "no satisfaction of members and the public is recorded (党员群众满意后方可销号)",
    )
    not_satisfied = Say(
        "最近一次征求意见党员群众不满意,不得销号",
        "the latest record says members and the public are not satisfied",
    )
    satisfied = Say("{day}记录党员群众满意({basis})", "Satisfaction recorded on {day} ({basis})")
    satisfied_at = Say(
        "{day}在{round}评议会上记录党员群众满意({basis})",
        "Satisfaction recorded on {day} at round {round} ({basis})",
    )
    satisfied_too_early = Say(
        "满意度记录({day})早于最近一次公布整改结果({published}),应在公布整改结果后再次征求意见",
        "the satisfaction was found on {day}, before the latest published result on {published}",
    )
    not_raised = Say(
        "尚未在下次的评议会上再次征求意见",
        "it was not raised again at a later evaluation round (在下次的评议会上再次征求意见)",
    )
    not_raised_since = Say(
        "最近一次公布整改结果后尚未在下次的评议会上再次征求意见",
        "it was not raised again at a later evaluation round after its latest published result "
        "(在下次的评议会上再次征求意见)",
    )
    raised = Say(
        "已在下次的评议会上再次征求意见:{raisings}",
        "Raised again at a later evaluation round: {raisings}",
    )
    raising = Say("{round}({day})", "{round} ({day})")
    not_at_round = Say(
        "满意度不是在再次征求意见的评议会({rounds})上得出的",
        "the satisfaction was not found at the round it was raised again at ({rounds})",
    )
    before_last_event = Say(
        "销号日期早于该事项最近一次记录({day})",
        "the closing day is before the item's last event on {day}",
    )
    closable = Say("{item}:可以销号", "{item}: may be closed")
    not_closable = Say("{item}:不能销号", "{item}: may not be closed")


@rule(
    "supervision.rectification_closing",
    zh="问题整改销号:定期公布整改结果,下次评议会再次征求意见,党员群众满意后方可销号",
    en="A rectification item is closed only after its result is published, it is raised again "
    "at the next evaluation, and members and the public are satisfied there",
    document=S000,
    section="第五篇 四、一是",
    quote="定期公布整改结果,并在下次的评议会上再次征求意见,党员群众满意后方可销号",
    parameters=_CLOSE_PARAMS,
)
def closing_check(
    ledger: RectificationLedger, item: str, *, on: dt.date, policy: Policy | None = None
) -> Decision[bool]:
    """销号条件 — whether ledger item ``item`` may be closed on ``on``, and if not, why.

    The seed's sequence is 定期公布整改结果 → 在下次的评议会上再次征求意见 →
    党员群众满意后方可销号. An item may be closed when it is not closed yet and:

    - a result has been published (``supervision.close_requires_published_result``),
      and the satisfaction was found on or after the latest publication;
    - it was raised again at an evaluation round other than the one it came
      from, on or after its latest published result, and the satisfaction
      was found at that round, on or after it was raised
      (``supervision.close_requires_next_round``);
    - the latest satisfaction record says members and the public are satisfied
      (always required).

    Both switches default to true (the seed's reading); a locality may relax
    either. Every unmet condition is a reason. An unknown item is a
    [`RecordError`][orgwork.errors.RecordError].

    >>> d = dt.date
    >>> ledger = (RectificationLedger().open("Q1", on=d(2025, 6, 20), category="作风", round="R1")
    ...     .publish_result("Q1", "已整改", on=d(2025, 9, 1))
    ...     .record_satisfaction("Q1", satisfied=True, basis="回访", on=d(2025, 9, 5)))
    >>> closing_check(ledger, "Q1", on=d(2025, 9, 6)).outcome   # not heard at a later round
    'not_closable'
    >>> ledger = (ledger.raise_again("Q1", round="R2", on=d(2025, 12, 18))
    ...     .record_satisfaction("Q1", satisfied=True, basis="测评", round="R2", on=d(2025, 12, 18)))
    >>> closing_check(ledger, "Q1", on=d(2025, 12, 19)).outcome
    'closable'
    """
    ctx, _, findings = _closing(ledger, item, on, policy)
    for finding in findings:
        ctx.say(finding.text, **finding.values)
    ok = not _problems(findings)
    return ctx.decide(
        "closable" if ok else "not_closable",
        ok,
        _ClosingTexts.closable if ok else _ClosingTexts.not_closable,
        subject=item,
        item=item,
    )


class _Finding(NamedTuple):
    """One finding of the closing check: a condition met, or a problem in the way of closing."""

    problem: bool
    text: Say
    values: dict[str, object]


def _fine(text: Say, **values: object) -> _Finding:
    return _Finding(False, text, values)


def _problem(text: Say, **values: object) -> _Finding:
    return _Finding(True, text, values)


def _problems(findings: list[_Finding]) -> list[str]:
    """The problems among ``findings``, in English (for an error message)."""
    return [f.text.text(**f.values).en for f in findings if f.problem]


def _checked_ledger(ledger: object) -> RectificationLedger:
    """``ledger`` itself; a TypeError naming the argument if it is not a RectificationLedger."""
    if not isinstance(ledger, RectificationLedger):
        raise TypeError(f"ledger must be a RectificationLedger, not {type(ledger).__name__}")
    return ledger


def _closing(
    ledger: RectificationLedger, item: str, on: object, policy: Policy | None
) -> tuple[RuleContext, tuple[bool, bool], list[_Finding]]:
    """The context of the check (its switches read), the switches, and the findings."""
    day_ = as_date(on, "on")
    ledger = _checked_ledger(ledger)
    if not isinstance(item, str):
        raise TypeError(f"item must be a ledger item id (a str), not {type(item).__name__}")
    state = ledger.item(item)
    ctx = RuleContext(closing_check, policy, on=day_)
    flags = (ctx.param(_CLOSE_PARAMS[0]), ctx.param(_CLOSE_PARAMS[1]))
    return ctx, flags, _closing_findings(state, day_, *flags)


def _closing_findings(
    state: LedgerItem, on: dt.date, require_result: bool, require_round: bool
) -> list[_Finding]:
    """For and against closing ``state`` on ``on``, clause by clause, in the seed's order."""
    findings = []
    if state.closed_on is not None:
        findings.append(_problem(_ClosingTexts.already_closed, day=day(state.closed_on)))
    published = state.results[-1].on if state.results else None
    if require_result:
        findings.append(_result_finding(published))
    findings += _satisfaction_findings(state, published, require_result)
    if require_round:
        findings += _next_round_findings(state, published)
    if on < state.last_event_on:
        findings.append(_problem(_ClosingTexts.before_last_event, day=day(state.last_event_on)))
    return findings


def _result_finding(published: dt.date | None) -> _Finding:
    """定期公布整改结果: a result must have been published."""
    if published is None:
        return _problem(_ClosingTexts.not_published)
    return _fine(_ClosingTexts.published, day=day(published))


def _satisfaction_findings(
    state: LedgerItem, published: dt.date | None, require_result: bool
) -> list[_Finding]:
    """党员群众满意后方可销号: the latest record must say so, found after the latest result."""
    final = state.satisfaction[-1] if state.satisfaction else None
    if final is None:
        return [_problem(_ClosingTexts.no_satisfaction)]
    if not final.satisfied:
        return [_problem(_ClosingTexts.not_satisfied)]
    if final.round:
        found = _fine(
            _ClosingTexts.satisfied_at, day=day(final.on), round=final.round, basis=final.basis
        )
    else:
        found = _fine(_ClosingTexts.satisfied, day=day(final.on), basis=final.basis)
    if require_result and published is not None and final.on < published:
        early = _problem(
            _ClosingTexts.satisfied_too_early, day=day(final.on), published=day(published)
        )
        return [found, early]
    return [found]


def _next_round_findings(state: LedgerItem, published: dt.date | None) -> list[_Finding]:
    """并在下次的评议会上再次征求意见: raised again at a later round, and found satisfied there."""
    later = [
        r
        for r in state.raisings
        if r.round != state.round and (published is None or r.on >= published)
    ]
    if not later:
        if published is None:
            return [_problem(_ClosingTexts.not_raised)]
        return [_problem(_ClosingTexts.not_raised_since)]
    raisings = [_ClosingTexts.raising.text(round=r.round, day=day(r.on)) for r in later]
    findings = [_fine(_ClosingTexts.raised, raisings=raisings)]
    final = state.satisfaction[-1] if state.satisfaction else None
    if (
        final is not None
        and final.satisfied
        and not any(final.round == r.round and final.on >= r.on for r in later)
    ):
        findings.append(_problem(_ClosingTexts.not_at_round, rounds=[r.round for r in later]))
    return findings


class _OverdueTexts:
    """Texts of supervision.rectification_overdue (限期整改:逾期未整改的事项)."""

    reason = Say(
        "整改期限{deadline},截至{on}尚未公布整改结果;{who}",
        "Deadline {deadline}; no result published as of {on}; {who}",
    )
    assigned = Say("责任人{assignee}", "assigned to {assignee}")
    unassigned = Say("尚未落实责任人", "not assigned to anyone")
    headline = Say(
        "{item}:逾期{days}天未公布整改结果",
        "{item}: {days} day(s) past its deadline with no result",
    )


@rule(
    "supervision.rectification_overdue",
    zh="限期整改:逾期未整改的事项",
    en="Items not rectified by their deadline",
    document=S000,
    section="第五篇 四、一是",
    quote="分门别类,落实到人,建立台帐,限期整改",
)
def overdue_items(
    ledger: RectificationLedger, *, on: dt.date, policy: Policy | None = None
) -> tuple[Decision[LedgerItem], ...]:
    """逾期未整改 — the items whose deadline passed before ``on`` with no result published.

    One decision per overdue item, ordered by deadline, then item id; the
    ledger is read as it stood on ``on`` (later events are ignored).
    Items with no deadline are never overdue (the summary counts them).

    >>> d = dt.date
    >>> ledger = (RectificationLedger().open("Q1", on=d(2025, 6, 20), category="作风")
    ...           .set_deadline("Q1", d(2025, 9, 30), on=d(2025, 6, 21)))
    >>> tuple(x.subject for x in overdue_items(ledger, on=d(2025, 10, 1)))
    ('Q1',)
    >>> overdue_items(ledger, on=d(2025, 9, 30))
    ()
    """
    on = as_date(on, "on")
    ctx = RuleContext(overdue_items, policy, on=on)
    late = sorted(
        (i for i in _checked_ledger(ledger).at(on).items if i.status(on=on) == "overdue"),
        key=lambda i: (i.deadline or dt.date.max, i.id),
    )
    # an overdue item always has a deadline
    return tuple(_overdue(ctx.fork(), i, i.deadline, on) for i in late if i.deadline is not None)


def _overdue(
    ctx: RuleContext, item: LedgerItem, deadline: dt.date, on: dt.date
) -> Decision[LedgerItem]:
    """限期整改: one item past its deadline with no result published, and who answers for it."""
    if item.assignee:
        who = _OverdueTexts.assigned.text(assignee=item.assignee)
    else:
        who = _OverdueTexts.unassigned.text()
    ctx.say(_OverdueTexts.reason, deadline=day(deadline), on=day(on), who=who)
    days = (on - deadline).days
    return ctx.decide(
        "overdue", item, _OverdueTexts.headline, subject=item.id, item=item.id, days=days
    )


class CategoryCount(BaseModel):
    """Counts of one category's items on a day."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    category: str
    total: int
    open: int
    overdue: int
    rectified: int
    closed: int


class LedgerSummary(BaseModel):
    """整改情况公布 — the published summary of the ledger on a day."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    on: dt.date
    total: int
    open: int
    overdue: int
    rectified: int
    closed: int
    unassigned: tuple[str, ...] = Field(
        default=(), description="Items not closed with no assignee."
    )
    without_deadline: tuple[str, ...] = Field(
        default=(), description="Items not closed with no deadline."
    )
    to_raise_again: tuple[str, ...] = Field(
        default=(), description="Items not closed: raised again at the next evaluation."
    )
    by_category: tuple[CategoryCount, ...] = ()


class _LedgerSummaryTexts:
    """Texts of supervision.rectification_summary (定期公布整改结果)."""

    counts = Say(
        "截至{on}共{total}项:整改中{open}项,逾期{overdue}项,"
        "已公布整改结果待满意度{rectified}项,已销号{closed}项",
        "As of {on}, {total} item(s): {open} open, {overdue} overdue, "
        "{rectified} rectified awaiting satisfaction, {closed} closed",
    )
    to_raise_again = Say(
        "下次评议会再次征求意见:{items}", "To raise again at the next evaluation: {items}"
    )
    unassigned = Say("尚未落实到人:{items}", "Not yet assigned: {items}")
    without_deadline = Say("尚未确定整改期限:{items}", "No deadline yet: {items}")
    headline = Say(
        "整改台账:共{total}项,已销号{closed}项,逾期{overdue}项",
        "Rectification ledger: {total} item(s), {closed} closed, {overdue} overdue",
    )


@rule(
    "supervision.rectification_summary",
    zh="定期公布整改结果",
    en="The rectification results, published regularly",
    document=S000,
    section="第五篇 四、一是",
    quote="建立台帐,限期整改,定期公布整改结果",
)
def ledger_summary(
    ledger: RectificationLedger, *, on: dt.date, policy: Policy | None = None
) -> Decision[LedgerSummary]:
    """整改情况 — the ledger's published summary on ``on``: counts by status and category.

    Statuses are those of [`LedgerItem.status`][orgwork.supervision.LedgerItem.status]; every item counts in
    exactly one. Categories are sorted by name; item lists are in opening
    order. ``to_raise_again`` lists the items not closed, which the next
    evaluation raises again. An empty ledger gives all zeros.

    >>> d = dt.date
    >>> ledger = (RectificationLedger()
    ...     .open("Q1", on=d(2025, 6, 20), category="作风")
    ...     .open("Q2", on=d(2025, 6, 20), category="选人用人")
    ...     .assign("Q2", "干部科", on=d(2025, 6, 21)))
    >>> s = ledger_summary(ledger, on=d(2025, 7, 1)).value
    >>> s.total, s.open, s.unassigned, s.to_raise_again
    (2, 2, ('Q1',), ('Q1', 'Q2'))
    """
    on = as_date(on, "on")
    ctx = RuleContext(ledger_summary, policy, on=on)
    s = _summary(_checked_ledger(ledger).at(on).items, on)
    ctx.say(
        _LedgerSummaryTexts.counts,
        on=day(on),
        total=s.total,
        open=s.open,
        overdue=s.overdue,
        rectified=s.rectified,
        closed=s.closed,
    )
    ctx.say_list(_LedgerSummaryTexts.to_raise_again, s.to_raise_again)
    ctx.say_list(_LedgerSummaryTexts.unassigned, s.unassigned)
    ctx.say_list(_LedgerSummaryTexts.without_deadline, s.without_deadline)
    outcome = "empty" if not s.total else "all_closed" if s.closed == s.total else "open_items"
    return ctx.decide(
        outcome,
        s,
        _LedgerSummaryTexts.headline,
        total=s.total,
        closed=s.closed,
        overdue=s.overdue,
    )


def _summary(items: tuple[LedgerItem, ...], on: dt.date) -> LedgerSummary:
    """建立台帐 ... 定期公布整改结果: the counts by status, the lists, the counts by category."""
    status = {i.id: i.status(on=on) for i in items}

    def count(s: ItemStatus, among: Iterable[LedgerItem] = items) -> int:
        return sum(1 for i in among if status[i.id] == s)

    live = [i for i in items if status[i.id] != "closed"]
    categories = sorted({i.category for i in items})
    by_category = tuple(
        CategoryCount(
            category=c,
            total=len(members),
            open=count("open", members),
            overdue=count("overdue", members),
            rectified=count("rectified", members),
            closed=count("closed", members),
        )
        for c in categories
        for members in ([i for i in items if i.category == c],)
    )
    return LedgerSummary(
        on=on,
        total=len(items),
        open=count("open"),
        overdue=count("overdue"),
        rectified=count("rectified"),
        closed=count("closed"),
        unassigned=tuple(i.id for i in live if i.assignee is None),
        without_deadline=tuple(i.id for i in live if i.deadline is None),
        to_raise_again=tuple(i.id for i in live),
        by_category=by_category,
    )

"""重点岗位AB岗 and 挂牌上岗 — every key post covered, every post on duty badged.

000 第三篇: "出台限时办结制、首问责任制、ab岗管理等多项制度"; 003: "推行挂牌上岗、首问负责、
限时办结、重点岗位AB岗等制度,落实服务承诺,接受群众监督".

* [`ab_post_coverage`][orgwork.cadres.ab_post_coverage] — 重点岗位AB岗: each key post has an A
  holder and a B holder who covers while A is absent. Over a period and an
  absence log, a day on which A is absent and B is absent too (or no B is
  named) is a gap. Which days count is ``cadres.ab_coverage_days``: working
  days on the official calendar by default (the seed does not say), or every day.
* [`post_badges`][orgwork.cadres.post_badges] — 挂牌上岗: each post on the duty roster has a
  named holder who shows a badge naming the post and the person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_models, check_unique
from orgwork.cadres._common import S003
from orgwork.calendar import Calendar, checked_calendar
from orgwork.decision import Decision, RuleContext, Say, both, day
from orgwork.ids import Id
from orgwork.policy import Policy, checked_policy
from orgwork.rules import rule

__all__ = [
    "Absence",
    "Badge",
    "BadgeCheck",
    "CoverageGap",
    "KeyPost",
    "PostCoverage",
    "RosterEntry",
    "ab_post_coverage",
    "post_badges",
]

_LAST = dt.date(2200, 12, 31)


class KeyPost(BaseModel):
    """重点岗位 — a key post, its A holder and its B holder (``None``: no B named).

    >>> KeyPost(post="干部档案", a_holder="张三", b_holder="李四").b_holder
    '李四'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    post: Id = Field(min_length=1)
    a_holder: Id = Field(min_length=1)
    b_holder: Id | None = None

    @model_validator(mode="after")
    def _two_people(self) -> KeyPost:
        if self.b_holder == self.a_holder:
            raise ValueError(f"b_holder: {self.a_holder} cannot be both A and B of {self.post}")
        return self


class Absence(BaseModel):
    """不在岗 — a person away from the office from ``start`` to ``end`` (both included).

    ``reason`` may be a health fact: never in the repr.

    >>> "住院" in repr(Absence(person="张三", start=dt.date(2025, 3, 3), end=dt.date(2025, 3, 4),
    ...                        reason="住院"))
    False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id = Field(min_length=1)
    start: dt.date = Field(le=_LAST)
    end: dt.date = Field(le=_LAST)
    reason: str | None = Field(default=None, repr=False)

    @model_validator(mode="after")
    def _ordered(self) -> Absence:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class CoverageGap(BaseModel):
    """无人在岗 — a run of days with neither A nor B at the post (``days``: the days that count)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    first: dt.date
    last: dt.date
    days: int = Field(ge=1)


class PostCoverage(BaseModel):
    """AB岗覆盖 — a key post's gaps over a period."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    post: Id
    a_holder: Id
    b_holder: Id | None
    start: dt.date
    end: dt.date
    counted: Literal["working_days", "all_days"]
    gaps: tuple[CoverageGap, ...]
    gap_days: int = Field(ge=0)


Span = tuple[int, int]  # first and last day, as ordinals, both included


def _merged(spans: Iterable[Span]) -> list[Span]:
    """The union of ``spans``, as sorted runs of consecutive days."""
    out: list[Span] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _away(person: str, absences: tuple[Absence, ...], period: Span) -> list[Span]:
    lo, hi = period
    return _merged(
        (max(a.start.toordinal(), lo), min(a.end.toordinal(), hi))
        for a in absences
        if a.person == person and a.start.toordinal() <= hi and a.end.toordinal() >= lo
    )


def _both(a: list[Span], b: list[Span]) -> list[Span]:
    """The days in both unions (each a sorted list of disjoint runs)."""
    return _merged(
        (max(x0, y0), min(x1, y1)) for x0, x1 in a for y0, y1 in b if max(x0, y0) <= min(x1, y1)
    )


def _gap(span: Span, counted: str, calendar: Calendar) -> CoverageGap | None:
    """The gap of a run, trimmed to the days that count (None when none of them counts)."""
    first, last = dt.date.fromordinal(span[0]), dt.date.fromordinal(span[1])
    if counted == "all_days":
        return CoverageGap(first=first, last=last, days=span[1] - span[0] + 1)
    while first <= last and not calendar.is_working_day(first):
        first += dt.timedelta(days=1)
    if first > last:
        return None
    while not calendar.is_working_day(last):
        last -= dt.timedelta(days=1)
    return CoverageGap(first=first, last=last, days=calendar.working_days_between(first, last) + 1)


class _AbTexts:
    """Texts of cadres.ab_post_coverage (重点岗位AB岗)."""

    period = Say(
        "检查{start}至{end}({counted}),A岗{a}",
        "Checked {start} to {end} ({counted}); A holder {a}",
    )
    b_named = Say("B岗{b}", "B holder {b}")
    no_b = Say(
        "未明确B岗,A岗不在岗之日即无人在岗", "No B holder is named: every day A is away is a gap"
    )
    gap = Say(
        "{first}至{last}A、B岗均不在岗({days}日)",
        "{first} to {last}: neither A nor B at the post ({days} day(s))",
    )
    gap_day = Say("{first}A、B岗均不在岗", "{first}: neither A nor B at the post")
    # headlines
    covered = Say("{v.post}在检查期间均有人在岗", "{v.post} was covered throughout the period")
    uncovered = Say(
        "{v.post}有{v.gap_days}日A、B岗均不在岗",
        "{v.post} had {v.gap_days} day(s) with neither A nor B at the post",
    )
    deficient = Say(
        "{v.post}未明确B岗,不符合重点岗位AB岗制度(A岗不在岗{v.gap_days}日)",
        "{v.post} has no B holder, as 重点岗位AB岗 requires ({v.gap_days} day(s) with A away)",
    )


_AB_HEADLINE = {
    "covered": _AbTexts.covered,
    "uncovered": _AbTexts.uncovered,
    "deficient": _AbTexts.deficient,
}
_COUNTED = {"working_days": ("法定工作日", "working days"), "all_days": ("每日", "every day")}


def _coverage(
    post: KeyPost, absences: tuple[Absence, ...], period: Span, ctx: RuleContext, cal: Calendar
) -> Decision[PostCoverage]:
    counted = ctx.param("cadres.ab_coverage_days")
    start, end = dt.date.fromordinal(period[0]), dt.date.fromordinal(period[1])
    zh, en = _COUNTED[counted]
    ctx.say(_AbTexts.period, start=day(start), end=day(end), counted=both(zh, en), a=post.a_holder)
    away = _away(post.a_holder, absences, period)
    if post.b_holder is None:
        ctx.say(_AbTexts.no_b)
    else:
        ctx.say(_AbTexts.b_named, b=post.b_holder)
        away = _both(away, _away(post.b_holder, absences, period))
    gaps = tuple(g for g in (_gap(s, counted, cal) for s in away) if g is not None)
    if counted == "working_days" and away:  # the calendar was read for these runs
        first, last = dt.date.fromordinal(away[0][0]), dt.date.fromordinal(away[-1][1])
        ctx.provisional = cal.is_provisional(first, last)
    for g in gaps:
        if g.first == g.last:
            ctx.say(_AbTexts.gap_day, first=day(g.first))
        else:
            ctx.say(_AbTexts.gap, first=day(g.first), last=day(g.last), days=g.days)
    v = PostCoverage(
        post=post.post,
        a_holder=post.a_holder,
        b_holder=post.b_holder,
        start=start,
        end=end,
        counted=counted,
        gaps=gaps,
        gap_days=sum(g.days for g in gaps),
    )
    outcome = "deficient" if post.b_holder is None else "uncovered" if gaps else "covered"
    return ctx.decide(
        outcome,
        v,
        _AB_HEADLINE[outcome],
        subject=post.post,
        v=v,
    )


@rule(
    "cadres.ab_post_coverage",
    zh="重点岗位AB岗:A岗不在岗时由B岗顶岗,A、B岗同时不在岗(或未明确B岗)之日为无人在岗",
    en="重点岗位AB岗: while the A holder of a key post is away the B holder covers; a day with "
    "both away (or no B named) is a gap",
    document=S003,
    section="“三个之家”建设 三是规章制度落实公道正派 (also 000 第三篇 3、突出规范运作: ab岗管理)",
    quote="推行挂牌上岗、首问负责、限时办结、重点岗位AB岗等制度",
    parameters=("cadres.ab_coverage_days",),
)
def ab_post_coverage(
    posts: Iterable[KeyPost],
    absences: Iterable[Absence] = (),
    *,
    start: dt.date,
    end: dt.date,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
) -> tuple[Decision[PostCoverage], ...]:
    """重点岗位AB岗 — one decision per key post, by post id: its gaps from ``start`` to ``end``.

    A day is a gap when the A holder is away (an ``Absence`` covering it) and
    the B holder is away too, or no B is named. Runs of consecutive gap days
    are listed as [`CoverageGap`][orgwork.cadres.CoverageGap]s, trimmed to the
    days that count: working days on ``calendar`` (the official calendar by
    default) unless ``cadres.ab_coverage_days`` is ``"all_days"``; a run with
    no day that counts (a weekend) is no gap. Outcomes ``"covered"``,
    ``"uncovered"`` (gaps) and ``"deficient"`` (no B holder named: the post is
    outside the AB system, whatever its gaps). The parameter in force on
    ``start`` applies. ``end`` before ``start`` is a ValueError; a post listed
    twice a [`RecordError`][orgwork.errors.RecordError]. Counting working days
    of a gap in a year ``calendar`` does not cover raises
    [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError] naming the
    year.

    >>> posts = [KeyPost(post="干部档案", a_holder="张三", b_holder="李四")]
    >>> away = [Absence(person="张三", start=dt.date(2025, 3, 3), end=dt.date(2025, 3, 14)),
    ...         Absence(person="李四", start=dt.date(2025, 3, 7), end=dt.date(2025, 3, 10))]
    >>> (d,) = ab_post_coverage(posts, away, start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31))
    >>> d.outcome, [(g.first, g.last, g.days) for g in d.value.gaps]
    ('uncovered', [(datetime.date(2025, 3, 7), datetime.date(2025, 3, 10), 2)])
    """
    start, end = as_date(start, "start"), as_date(end, "end")
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    cal = checked_calendar(calendar)
    given = as_models(KeyPost, posts, "posts")
    check_unique((p.post for p in given), "key post")
    away = as_models(Absence, absences, "absences")
    ctx = RuleContext(ab_post_coverage, policy, on=start)
    period = (start.toordinal(), end.toordinal())
    return tuple(
        _coverage(p, away, period, ctx.fork(), cal) for p in sorted(given, key=lambda p: p.post)
    )


class RosterEntry(BaseModel):
    """在岗名单 — a post on duty and the person named to it (``None``: nobody named).

    >>> RosterEntry(post="接待窗口", person=None).person is None
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    post: Id = Field(min_length=1)
    person: Id | None = None


class Badge(BaseModel):
    """上岗牌 — a badge shown at a post, naming the post and a person.

    >>> Badge(post="接待窗口", person="张三").person
    '张三'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    post: Id = Field(min_length=1)
    person: Id = Field(min_length=1)


class BadgeCheck(BaseModel):
    """挂牌上岗 — whether a post on the roster has a named holder showing a badge."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    post: Id
    person: Id | None
    badge_names: tuple[Id, ...] = Field(description="The people the post's badges name.")
    status: Literal["conforms", "vacant", "no_badge", "badge_mismatch"]


class _BadgeTexts:
    """Texts of cadres.post_badge (挂牌上岗)."""

    badges = Say("{post}所挂的牌标明{items}", "The badge(s) at {post} name {items}")
    # headlines
    conforms = Say("{v.post}由{v.person}挂牌上岗", "{v.post}: {v.person} is on duty with a badge")
    vacant = Say("{v.post}在岗名单未列明人员", "{v.post}: the roster names nobody")
    no_badge = Say("{v.post}的{v.person}未挂牌上岗", "{v.post}: {v.person} shows no badge")
    badge_mismatch = Say(
        "{v.post}的牌未标明在岗的{v.person}", "{v.post}: no badge names {v.person}, who is on duty"
    )


_BADGE_HEADLINE = {
    "conforms": _BadgeTexts.conforms,
    "vacant": _BadgeTexts.vacant,
    "no_badge": _BadgeTexts.no_badge,
    "badge_mismatch": _BadgeTexts.badge_mismatch,
}


def _badge(entry: RosterEntry, shown: tuple[Badge, ...], ctx: RuleContext) -> Decision[BadgeCheck]:
    names = tuple(sorted({b.person for b in shown if b.post == entry.post}))
    ctx.say_list(_BadgeTexts.badges, names, post=entry.post)
    status: Literal["conforms", "vacant", "no_badge", "badge_mismatch"]
    if entry.person is None:
        status = "vacant"
    elif not names:
        status = "no_badge"
    else:
        status = "conforms" if entry.person in names else "badge_mismatch"
    v = BadgeCheck(post=entry.post, person=entry.person, badge_names=names, status=status)
    return ctx.decide(
        status,
        v,
        _BADGE_HEADLINE[status],
        subject=entry.post,
        v=v,
    )


@rule(
    "cadres.post_badge",
    zh="挂牌上岗:在岗人员挂牌,标明岗位和姓名",
    en="挂牌上岗: staff on duty show a badge naming their post and themselves",
    document=S003,
    section="“三个之家”建设 三是规章制度落实公道正派",
    quote="推行挂牌上岗、首问负责、限时办结、重点岗位AB岗等制度,落实服务承诺,接受群众监督",
)
def post_badges(
    roster: Iterable[RosterEntry], badges: Iterable[Badge] = (), *, policy: Policy | None = None
) -> tuple[Decision[BadgeCheck], ...]:
    """挂牌上岗 — one decision per post on the roster, by post: named, badged, the badge right.

    Outcomes ``"conforms"`` (a badge at the post names the person on duty),
    ``"vacant"`` (the roster names nobody for the post), ``"no_badge"`` (no
    badge at the post) and ``"badge_mismatch"`` (the badges there name
    someone else). A post listed twice on the roster is a
    [`RecordError`][orgwork.errors.RecordError]; badges of posts not on the
    roster are not judged.

    >>> roster = [RosterEntry(post="接待窗口", person="张三"), RosterEntry(post="档案室", person="李四")]
    >>> ds = post_badges(roster, [Badge(post="接待窗口", person="张三")])
    >>> [(d.subject, d.outcome) for d in ds]
    [('接待窗口', 'conforms'), ('档案室', 'no_badge')]
    """
    checked_policy(policy)
    entries = as_models(RosterEntry, roster, "roster")
    check_unique((e.post for e in entries), "roster post")
    shown = as_models(Badge, badges, "badges")
    ctx = RuleContext(post_badges)  # the rule reads no parameter
    return tuple(_badge(e, shown, ctx.fork()) for e in sorted(entries, key=lambda e: e.post))

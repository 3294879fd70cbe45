"""三会一课 and the branch's other meetings — cadences, quorum and vote (支部工作条例, 2018).

From 《中国共产党支部工作条例(试行)》 (2018; no official text reached, each
rule names the copy read):

* [`meeting_cadence`][orgwork.organizations.meeting_cadence] — for each kind of meeting, the periods
  of a year that ended without one: 支部党员大会 quarterly (第十一条), 支委会 and 党小组会
  monthly (第十二条, 第十三条), 主题党日 monthly, 组织生活会 and 民主评议党员 yearly, and
  党课 按期 (a local period, unset by default: then the decision says so and checks nothing).
* [`meeting_quorum`][orgwork.organizations.meeting_quorum] — 第十一条: 表决必须有半数以上有表决权
  的党员到会方可进行.
* [`resolution_vote`][orgwork.organizations.resolution_vote] — 第十一条: 赞成人数超过应到会有表决权
  的党员的半数为通过.

Periods, stated precisely: calendar months, quarters (January–March, ...),
half-years and the calendar year of the log's year. A period is checked
once it has ended by the day of the check ``on`` (a month by its last day).
A branch formed during the year (``formed_on``) is checked only for the
periods that begin on or after the day it was formed (formed on the 1st of
a month, that month is checked); a period begun before that day is not
checked, and the decision says so. A meeting counts for
the period its day falls in; one meeting a period is enough ("1次").
Arithmetic is exact: "超过半数" of ``n`` is ``2 × count > n``.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import enum
from collections import Counter
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date
from orgwork.decision import Decision, RuleContext, Say, Text, day
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.policy.organizations import BRANCH_RULES
from orgwork.rules import rule

__all__ = [
    "KindCadence",
    "Meeting",
    "MeetingCadence",
    "MeetingKind",
    "MeetingLog",
    "MeetingPeriod",
    "PeriodKind",
    "Quorum",
    "Vote",
    "VoteResult",
    "meeting_cadence",
    "meeting_quorum",
    "resolution_vote",
]

_XGLL7 = "copy read: http://www.xgll.com.cn/zt/fzxcyrysf/2021-09/16/content_380801.htm"


class MeetingKind(enum.StrEnum):
    """支部会议和组织生活的种类 — the kinds of a branch's meetings.

    >>> MeetingKind.GENERAL_MEETING.zh, MeetingKind.THEME_DAY.en
    ('支部党员大会', 'theme party day')
    """

    GENERAL_MEETING = "general_meeting"
    COMMITTEE_MEETING = "committee_meeting"
    GROUP_MEETING = "group_meeting"
    PARTY_LECTURE = "party_lecture"
    THEME_DAY = "theme_day"
    LIFE_MEETING = "life_meeting"
    MEMBER_APPRAISAL = "member_appraisal"

    @property
    def zh(self) -> str:
        """The kind's Chinese name."""
        return _KIND_ZH[self]

    @property
    def en(self) -> str:
        """The kind's English name."""
        return _KIND_EN[self]


_KIND_ZH = {
    MeetingKind.GENERAL_MEETING: "支部党员大会",
    MeetingKind.COMMITTEE_MEETING: "支部委员会会议",
    MeetingKind.GROUP_MEETING: "党小组会",
    MeetingKind.PARTY_LECTURE: "党课",
    MeetingKind.THEME_DAY: "主题党日",
    MeetingKind.LIFE_MEETING: "组织生活会",
    MeetingKind.MEMBER_APPRAISAL: "民主评议党员",
}
_KIND_EN = {
    MeetingKind.GENERAL_MEETING: "general meeting of members",
    MeetingKind.COMMITTEE_MEETING: "branch committee meeting",
    MeetingKind.GROUP_MEETING: "party group meeting",
    MeetingKind.PARTY_LECTURE: "party lecture",
    MeetingKind.THEME_DAY: "theme party day",
    MeetingKind.LIFE_MEETING: "organizational life meeting",
    MeetingKind.MEMBER_APPRAISAL: "democratic appraisal of members",
}
#: The policy parameter that gives each kind's period.
_PERIOD_PARAM = {
    MeetingKind.GENERAL_MEETING: "organizations.general_meeting_period",
    MeetingKind.COMMITTEE_MEETING: "organizations.committee_meeting_period",
    MeetingKind.GROUP_MEETING: "organizations.group_meeting_period",
    MeetingKind.PARTY_LECTURE: "organizations.party_lecture_period",
    MeetingKind.THEME_DAY: "organizations.theme_day_period",
    MeetingKind.LIFE_MEETING: "organizations.life_meeting_period",
    MeetingKind.MEMBER_APPRAISAL: "organizations.member_appraisal_period",
}


class PeriodKind(enum.StrEnum):
    """周期 — the length of a cadence's period.

    >>> PeriodKind.QUARTER.months
    3
    """

    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"

    @property
    def months(self) -> int:
        """How many calendar months the period spans."""
        return {"month": 1, "quarter": 3, "half_year": 6, "year": 12}[self.value]


class MeetingPeriod(BaseModel):
    """一个检查周期 — one period of a cadence, from its first to its last day.

    >>> p = MeetingPeriod(kind="quarter", index=2, start=dt.date(2019, 4, 1), end=dt.date(2019, 6, 30))
    >>> p.zh, p.en
    ('第二季度', 'Q2')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: PeriodKind
    index: int = Field(ge=1, le=12, description="The period's number in the year (1-based).")
    start: dt.date
    end: dt.date

    @property
    def zh(self) -> str:
        """The period's Chinese name (3月, 第二季度, 上半年, 全年)."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.index}月"
        if self.kind is PeriodKind.QUARTER:
            return f"第{'一二三四'[self.index - 1]}季度"
        if self.kind is PeriodKind.HALF_YEAR:
            return "上半年" if self.index == 1 else "下半年"
        return "全年"

    @property
    def en(self) -> str:
        """The period's English name (March, Q2, H1, the year)."""
        if self.kind is PeriodKind.MONTH:
            return _calendar.month_name[self.index]
        if self.kind is PeriodKind.QUARTER:
            return f"Q{self.index}"
        if self.kind is PeriodKind.HALF_YEAR:
            return f"H{self.index}"
        return "the year"


def _periods(year: int, kind: PeriodKind) -> tuple[MeetingPeriod, ...]:
    """The periods of ``kind`` in ``year``, in order."""
    n = kind.months
    out = []
    for i in range(12 // n):
        first = i * n + 1
        last = first + n - 1
        end = dt.date(year, last, _calendar.monthrange(year, last)[1])
        out.append(MeetingPeriod(kind=kind, index=i + 1, start=dt.date(year, first, 1), end=end))
    return tuple(out)


class Meeting(BaseModel):
    """一次会议或活动 — one meeting of a branch's log.

    >>> Meeting(kind="theme_day", on=dt.date(2019, 3, 5)).kind.zh
    '主题党日'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: MeetingKind
    on: dt.date
    note: str | None = None


class MeetingLog(BaseModel):
    """一个党支部一年的会议记录 — a branch's meeting log for one year.

    ``committee`` is False for a branch without a committee (fewer than seven
    full members: a secretary only), ``groups`` False for a branch not divided
    into party groups: those meetings are then not checked. ``formed_on``
    is the day a branch formed during the year was set up.

    >>> MeetingLog(branch="一支部", year=2019).meetings
    ()
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    branch: Id = Field(min_length=1)
    year: int = Field(ge=1949, le=2200)
    formed_on: dt.date | None = Field(
        default=None, description="The day the branch was formed, when within the year."
    )
    committee: bool = Field(default=True, description="Whether the branch has a committee.")
    groups: bool = Field(default=True, description="Whether the branch has party groups.")
    meetings: tuple[Meeting, ...] = ()

    @model_validator(mode="after")
    def _formed_in_year(self) -> MeetingLog:
        if self.formed_on is not None and self.formed_on.year != self.year:
            raise ValueError(
                f"formed_on: {self.formed_on} is not in {self.year} (leave it unset for a branch "
                "formed before the year)"
            )
        return self


class KindCadence(BaseModel):
    """一类会议的检查结果 — one kind's periods checked and missing.

    ``period`` is None when the kind's cadence is unset (党课 by default) and
    ``applicable`` False when the branch has no committee or no groups.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: MeetingKind
    period: PeriodKind | None
    applicable: bool
    checked: tuple[MeetingPeriod, ...]
    missing: tuple[MeetingPeriod, ...]


class MeetingCadence(BaseModel):
    """三会一课等会议的落实情况 — what a branch's year of meetings is missing.

    >>> v = meeting_cadence(MeetingLog(branch="一支部", year=2019), on=dt.date(2020, 1, 1)).value
    >>> [(k.kind.value, len(k.missing)) for k in v.kinds][:3]
    [('general_meeting', 4), ('committee_meeting', 12), ('group_meeting', 12)]
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    branch: Id
    year: int
    checked_through: dt.date
    kinds: tuple[KindCadence, ...]

    @property
    def missing(self) -> int:
        """How many periods are missing, over every kind."""
        return sum(len(k.missing) for k in self.kinds)

    @property
    def unset(self) -> tuple[MeetingKind, ...]:
        """The kinds whose cadence is unset (not checked)."""
        return tuple(k.kind for k in self.kinds if k.applicable and k.period is None)


class _CadenceTexts:
    """Texts of organizations.meeting_cadence (三会一课等会议的周期)."""

    not_counted = Say(
        "{n}次会议不在检查期间({start}至{end})内,不计入",
        "{n} meeting(s) fall outside the period checked ({start} to {end}) and do not count",
    )
    formed = Say(
        "{branch}于{formed}成立,成立前已开始的周期不检查,只检查自成立之日起开始的周期",
        "{branch} was formed on {formed}: a period begun before that day is not checked, only "
        "the periods that begin on or after it",
    )
    unset = Say(
        "{kind}的周期未设定(条例规定“按期”,由地方确定),未检查",
        "The cadence of the {kind} is unset (the 条例 says 按期, on schedule: a local choice): "
        "not checked",
    )
    not_applicable = Say("{branch}{why},{kind}不检查", "{branch} {why}: the {kind} is not checked")
    none_ended = Say("{kind}:尚无已结束的周期", "{kind}: no period has ended yet")
    kind_ok = Say(
        "{kind}:已检查{n}个周期({periods}),均已召开",
        "{kind}: {n} period(s) checked ({periods}), each held",
    )
    kind_missing = Say(
        "{kind}:已检查{n}个周期,缺{periods}", "{kind}: {n} period(s) checked; missing {periods}"
    )
    complete = Say(
        "{branch}{year}年各项会议按期召开(检查至{through})",
        "{branch}'s meetings in {year}: none missing (checked through {through})",
    )
    gaps = Say(
        "{branch}{year}年有{n}个周期未按期召开会议(检查至{through})",
        "{branch}'s meetings in {year}: {n} period(s) missing (checked through {through})",
    )
    none_due = Say(
        "{branch}{year}年尚无已结束的检查周期(检查至{through})",
        "{branch}'s meetings in {year}: no period has ended (checked through {through})",
    )


_NO_COMMITTEE = Text(zh="未设支部委员会", en="has no committee")
_NO_GROUPS = Text(zh="未划分党小组", en="has no party groups")


def _applicable(lg: MeetingLog, kind: MeetingKind) -> Text | None:
    """Why ``kind`` is not checked for this branch (None: it is)."""
    if kind is MeetingKind.COMMITTEE_MEETING and not lg.committee:
        return _NO_COMMITTEE
    if kind is MeetingKind.GROUP_MEETING and not lg.groups:
        return _NO_GROUPS
    return None


def _check_kind(
    ctx: RuleContext, lg: MeetingLog, kind: MeetingKind, start: dt.date, through: dt.date
) -> KindCadence:
    """One kind: its periods begun on or after ``start`` and ended by ``through``."""
    why = _applicable(lg, kind)
    if why is not None:
        ctx.say(_CadenceTexts.not_applicable, branch=lg.branch, why=why, kind=kind)
        return KindCadence(kind=kind, period=None, applicable=False, checked=(), missing=())
    name = ctx.param(_PERIOD_PARAM[kind])
    if name is None:
        ctx.say(_CadenceTexts.unset, kind=kind)
        return KindCadence(kind=kind, period=None, applicable=True, checked=(), missing=())
    period = PeriodKind(name)
    held = Counter(m.on for m in lg.meetings if m.kind is kind)
    checked = tuple(p for p in _periods(lg.year, period) if p.start >= start and p.end <= through)
    missing = tuple(p for p in checked if not any(p.start <= d <= p.end for d in held))
    if not checked:
        ctx.say(_CadenceTexts.none_ended, kind=kind)
    elif missing:
        ctx.say(
            _CadenceTexts.kind_missing,
            kind=kind,
            n=len(checked),
            periods=missing,
        )
    else:
        ctx.say(_CadenceTexts.kind_ok, kind=kind, n=len(checked), periods=checked)
    return KindCadence(kind=kind, period=period, applicable=True, checked=checked, missing=missing)


def _decide_cadence(ctx: RuleContext, v: MeetingCadence) -> Decision[MeetingCadence]:
    """Gaps when a period is missing; none due when no period was checked; else complete."""
    values: dict[str, Any] = {"branch": v.branch, "year": v.year, "through": day(v.checked_through)}
    if v.missing:
        return ctx.decide("gaps", v, _CadenceTexts.gaps, subject=v.branch, n=v.missing, **values)
    if not any(k.checked for k in v.kinds):
        return ctx.decide("none_due", v, _CadenceTexts.none_due, subject=v.branch, **values)
    return ctx.decide("complete", v, _CadenceTexts.complete, subject=v.branch, **values)


@rule(
    "organizations.meeting_cadence",
    zh="三会一课等会议按期召开:支部党员大会一般每季度1次,支委会、党小组会一般每月1次,"
    "主题党日每月1天,组织生活会每年至少1次,民主评议党员一般每年1次,党课按期",
    en="A branch's meetings on schedule: the general meeting quarterly, the committee and "
    "party groups monthly, a theme day monthly, the life meeting and the appraisal of members "
    "yearly, party lectures on schedule (a local period)",
    document=BRANCH_RULES,
    section="第十一条、第十二条、第十三条 (copy read, reprinting 共产党员网: "
    "http://www.xgll.com.cn/zt/fzxcyrysf/2021-09/16/content_380801.htm and "
    "http://xgll.com.cn/zt/fzxcyrysf/2021-09/17/content_380854.htm); 主题党日, 组织生活会 and "
    "民主评议党员: copies read without a confirmed article number (see the parameters' sources)",
    quote="党支部党员大会是党支部的议事决策机构,由全体党员参加,一般每季度召开1次",
    parameters=(
        "organizations.general_meeting_period",
        "organizations.committee_meeting_period",
        "organizations.group_meeting_period",
        "organizations.party_lecture_period",
        "organizations.theme_day_period",
        "organizations.life_meeting_period",
        "organizations.member_appraisal_period",
    ),
)
def meeting_cadence(
    log: MeetingLog, *, on: dt.date, policy: Policy | None = None
) -> Decision[MeetingCadence]:
    """三会一课等会议的落实情况 — for each kind, the periods ended by ``on`` without a meeting.

    See the module docstring for the periods. Meetings outside the periods
    checked (before the branch was formed, outside the year) are not counted
    and are mentioned in the reasons. The policy in force on the last day
    checked applies.

    >>> log = MeetingLog(branch="一支部", year=2019, meetings=[
    ...     Meeting(kind="general_meeting", on=dt.date(2019, 2, 20)),
    ...     Meeting(kind="committee_meeting", on=dt.date(2019, 1, 8))])
    >>> d = meeting_cadence(log, on=dt.date(2019, 4, 1))
    >>> d.outcome, [p.zh for p in d.value.kinds[1].missing]
    ('gaps', ['2月', '3月'])
    """
    lg = MeetingLog.model_validate(log)
    on = as_date(on, "on")
    year_start, year_end = dt.date(lg.year, 1, 1), dt.date(lg.year, 12, 31)
    through = min(on, year_end)
    ctx = RuleContext(meeting_cadence, policy, on=max(year_start, through))
    start = year_start
    if lg.formed_on is not None and lg.formed_on > year_start:
        start = lg.formed_on
        ctx.say(_CadenceTexts.formed, branch=lg.branch, formed=day(lg.formed_on))
    outside = sum(1 for m in lg.meetings if not start <= m.on <= year_end)
    if outside:
        ctx.say(_CadenceTexts.not_counted, n=outside, start=day(start), end=day(year_end))
    kinds = tuple(_check_kind(ctx, lg, k, start, through) for k in MeetingKind)
    v = MeetingCadence(branch=lg.branch, year=lg.year, checked_through=through, kinds=kinds)
    return _decide_cadence(ctx, v)


class Vote(BaseModel):
    """支部党员大会的一次表决 — the counts of one vote of a branch's general meeting.

    ``entitled`` is 应到会有表决权的党员 (members entitled to vote who should
    attend), ``present`` those of them present, ``in_favour`` those who voted
    for the resolution. ``in_favour`` may be left unset to check the quorum
    only.

    >>> Vote(branch="一支部", on=dt.date(2019, 6, 28), entitled=9, present=7, in_favour=5).present
    7
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    branch: Id = Field(min_length=1)
    on: dt.date
    entitled: int = Field(ge=1, le=100_000, description="应到会有表决权的党员人数.")
    present: int = Field(ge=0, le=100_000, description="到会的有表决权的党员人数.")
    in_favour: int | None = Field(default=None, ge=0, le=100_000, description="赞成人数.")

    @model_validator(mode="after")
    def _consistent(self) -> Vote:
        if self.present > self.entitled:
            raise ValueError(f"present: {self.present} is more than entitled ({self.entitled})")
        if self.in_favour is not None and self.in_favour > self.present:
            raise ValueError(f"in_favour: {self.in_favour} is more than present ({self.present})")
        return self


class Quorum(BaseModel):
    """到会人数的认定 — whether a vote may be held (None: referred, exactly half present)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    entitled: int
    present: int
    quorate: bool | None


class _QuorumTexts:
    """Texts of organizations.meeting_quorum (半数以上有表决权的党员到会)."""

    counted = Say(
        "应到会有表决权的党员{entitled}人,到会{present}人",
        "{entitled} members entitled to vote should attend; {present} are present",
    )
    quorate = Say(
        "{branch}到会人数达到半数以上,可以进行表决",
        "{branch}: at least half are present; the vote may be held",
    )
    inquorate = Say(
        "{branch}到会人数不足半数,不能进行表决",
        "{branch}: fewer than half are present; no vote may be held",
    )
    half = Say(
        "恰好半数到会:“半数以上”是否含本数,条例未作说明",
        "Exactly half are present: whether 半数以上 includes half, the 条例 does not say",
    )
    half_counts = Say(
        "恰好半数到会,按本地规定“半数以上”含本数",
        "Exactly half are present; the local rule reads 半数以上 as including half",
    )
    half_short = Say(
        "恰好半数到会:“半数以上”按须超过半数理解(发展党员工作细则第二十条对讨论接收预备党员的"
        "支部党员大会即要求到会人数超过应到会有表决权人数的半数)",
        "Exactly half are present: 半数以上 is read as more than half (发展党员工作细则 第二十条 "
        "asks the same meeting, when it admits a member, for more than half of those entitled "
        "to vote present)",
    )
    half_inquorate = Say(
        "{branch}恰好半数到会,未超过半数,不能进行表决",
        "{branch}: exactly half are present, not more than half; no vote may be held",
    )
    referred = Say(
        "{branch}恰好半数到会,能否表决提交上级党组织认定",
        "{branch}: exactly half present; whether the vote may be held is referred to the "
        "higher party organization",
    )


def _quorum(ctx: RuleContext, v: Vote) -> bool | None:
    """True, False, or None (exactly half, the local reading unset)."""
    ctx.say(_QuorumTexts.counted, entitled=v.entitled, present=v.present)
    if 2 * v.present != v.entitled:
        return 2 * v.present > v.entitled
    counts = ctx.param("organizations.quorum_half_counts")
    if counts is None:
        ctx.say(_QuorumTexts.half)
        return None
    ctx.say(_QuorumTexts.half_counts if counts else _QuorumTexts.half_short)
    return bool(counts)


@rule(
    "organizations.meeting_quorum",
    zh="支部党员大会表决必须有半数以上有表决权的党员到会方可进行",
    en="A vote of the branch's general meeting needs 半数以上 of the members entitled to vote "
    "present (read as more than half by default)",
    document=BRANCH_RULES,
    section=f"第十一条 ({_XGLL7}, reprinting 共产党员网)",
    quote="表决必须有半数以上有表决权的党员到会方可进行",
    parameters=("organizations.quorum_half_counts",),
)
def meeting_quorum(vote: Vote, *, policy: Policy | None = None) -> Decision[Quorum]:
    """到会人数 — whether enough members entitled to vote are present for a vote.

    More than half present: quorate; fewer than half: not. Exactly half:
    the 条例's 半数以上 does not say whether half itself is enough.
    ``organizations.quorum_half_counts`` reads it; by default as more than
    half (``False``: exactly half is not a quorum), as 发展党员工作细则 第二十条
    says for the same meeting; ``True`` lets half suffice, and unset (None)
    refers the vote to the higher party organization.

    >>> d = meeting_quorum(Vote(branch="一支部", on=dt.date(2019, 6, 28), entitled=10, present=5))
    >>> d.outcome, d.value.quorate
    ('inquorate', False)
    """
    v = Vote.model_validate(vote)
    ctx = RuleContext(meeting_quorum, policy, on=v.on)
    ok = _quorum(ctx, v)
    value = Quorum(entitled=v.entitled, present=v.present, quorate=ok)
    if ok is None:
        return ctx.decide(
            "referred", value, _QuorumTexts.referred, subject=v.branch, branch=v.branch
        )
    if ok:
        return ctx.decide("quorate", value, _QuorumTexts.quorate, subject=v.branch, branch=v.branch)
    text = _QuorumTexts.half_inquorate if 2 * v.present == v.entitled else _QuorumTexts.inquorate
    return ctx.decide("inquorate", value, text, subject=v.branch, branch=v.branch)


class VoteResult(BaseModel):
    """表决结果 — whether a resolution passed (None: not decided here)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    entitled: int
    present: int
    in_favour: int | None
    quorate: bool | None
    passed: bool | None


class _VoteTexts:
    """Texts of organizations.resolution_vote (赞成人数超过应到会有表决权的党员的半数)."""

    tally = Say(
        "赞成{in_favour}人,应到会有表决权的党员{entitled}人的半数为{half}",
        "{in_favour} in favour; half of the {entitled} members entitled to vote is {half}",
    )
    passed = Say(
        "{branch}的决议获得通过(赞成{in_favour}人,超过{entitled}人的半数)",
        "{branch}: the resolution passes ({in_favour} in favour, more than half of {entitled})",
    )
    rejected = Say(
        "{branch}的决议未获通过(赞成{in_favour}人,未超过{entitled}人的半数)",
        "{branch}: the resolution fails ({in_favour} in favour, not more than half of {entitled})",
    )
    inquorate = Say(
        "{branch}到会人数不足半数,表决无效",
        "{branch}: fewer than half present; the vote is void",
    )
    half_inquorate = Say(
        "{branch}恰好半数到会,未超过半数,表决无效",
        "{branch}: exactly half present, not more than half; the vote is void",
    )
    referred = Say(
        "{branch}的表决提交上级党组织认定",
        "{branch}: the vote is referred to the higher party organization",
    )
    no_count = Say(
        "未记录赞成人数,无法认定是否通过",
        "No count of votes in favour: whether it passed is unknown",
    )


def _half(n: int) -> str:
    """Half of ``n``, exactly (4.5 for 9)."""
    whole, rest = divmod(n, 2)
    return f"{whole}.5" if rest else str(whole)


@rule(
    "organizations.resolution_vote",
    zh="支部党员大会表决:赞成人数超过应到会有表决权的党员的半数为通过",
    en="A resolution of the branch's general meeting passes when those in favour are more "
    "than half of the members entitled to vote who should attend",
    document=BRANCH_RULES,
    section=f"第十一条 ({_XGLL7}, reprinting 共产党员网)",
    quote="赞成人数超过应到会有表决权的党员的半数为通过",
    parameters=("organizations.quorum_half_counts",),
)
def resolution_vote(vote: Vote, *, policy: Policy | None = None) -> Decision[VoteResult]:
    """表决是否通过 — more than half of 应到会有表决权的党员 in favour, with a quorum.

    The base is the members entitled to vote who should attend, not those
    present: 5 in favour of 9 entitled passes, 5 of 10 does not, however
    many are present. Without a quorum the vote is void (``"inquorate"``);
    exactly half present is no quorum by default, and is referred where
    ``organizations.quorum_half_counts`` is unset
    ([`meeting_quorum`][orgwork.organizations.meeting_quorum]).

    >>> d = resolution_vote(Vote(branch="一支部", on=dt.date(2019, 6, 28), entitled=10, present=8,
    ...     in_favour=5))
    >>> d.outcome, d.value.passed
    ('rejected', False)
    """
    v = Vote.model_validate(vote)
    ctx = RuleContext(resolution_vote, policy, on=v.on)
    ok = _quorum(ctx, v)
    common: dict[str, Any] = {
        "entitled": v.entitled,
        "present": v.present,
        "in_favour": v.in_favour,
    }
    if ok is None or not ok:
        value = VoteResult(**common, quorate=ok, passed=None)
        void = _VoteTexts.half_inquorate if 2 * v.present == v.entitled else _VoteTexts.inquorate
        outcome, text = ("referred", _VoteTexts.referred) if ok is None else ("inquorate", void)
        return ctx.decide(outcome, value, text, subject=v.branch, branch=v.branch)
    if v.in_favour is None:
        value = VoteResult(**common, quorate=True, passed=None)
        return ctx.decide("unknown", value, _VoteTexts.no_count, subject=v.branch)
    ctx.say(_VoteTexts.tally, in_favour=v.in_favour, entitled=v.entitled, half=_half(v.entitled))
    passed = 2 * v.in_favour > v.entitled
    value = VoteResult(**common, quorate=True, passed=passed)
    values: dict[str, Any] = {"branch": v.branch, "in_favour": v.in_favour, "entitled": v.entitled}
    if passed:
        return ctx.decide("passed", value, _VoteTexts.passed, subject=v.branch, **values)
    return ctx.decide("rejected", value, _VoteTexts.rejected, subject=v.branch, **values)

"""The duty calendar (五有): the visits and help that are due, given members and a period.

Every duty has a window ``[start, due]`` (both days included) in which a
matching entry of the visit log meets it. A period selects the duties whose
``due`` day falls in it, so consecutive periods split the duties between
them without overlap, and a duty belongs to the month of its due day.

Every duty rule has the same shape (`_calendar`): the period and the
roster checked, the duties its clause finds, in calendar order. What differs
is the clause: who it is about, when the duty starts and falls due, which
parameters it reads and what it says; each rule's texts sit in a small table
beside it.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_field, as_models, check_unique, periods, shift
from orgwork.calendar import qiyi, spring_festival
from orgwork.care._model import (
    S000,
    Day,
    ElderlyMember,
    HardshipPeriod,
    HospitalStay,
    VisitKind,
    Year,
)
from orgwork.decision import Decision, Reason, RuleContext, Say, Shown, Text, joined
from orgwork.ids import Id
from orgwork.policy import Policy, checked_policy
from orgwork.rules import id_of, rule

__all__ = [
    "Duty",
    "DutyKind",
    "Festival",
    "care_duties",
    "festival_visit_duties",
    "festival_window",
    "hardship_visit_duties",
    "hospital_visit_duties",
    "illness_aid_duties",
    "routine_visit_duties",
]


class DutyKind(enum.Enum):
    """职责类别 — the kinds of care duty, each from one rule of the 五有.

    Examples:
        >>> [k.value for k in DutyKind][:2]
        ['hospital_visit', 'illness_aid']
    """

    HOSPITAL_VISIT = "hospital_visit"
    ILLNESS_AID = "illness_aid"
    FESTIVAL_VISIT = "festival_visit"
    FESTIVAL_MEETING = "festival_meeting"
    HARDSHIP_VISIT = "hardship_visit"
    HARDSHIP_CONTACT = "hardship_contact"
    ROUTINE_VISIT = "routine_visit"

    @property
    def zh(self) -> str:
        """中文名称 — the duty's Chinese name.

        Examples:
            >>> DutyKind.HARDSHIP_VISIT.zh
            '困难老党员每月看望'
        """
        return _KINDS[self].zh

    @property
    def en(self) -> str:
        """英文名称 — the duty's English name.

        Examples:
            >>> DutyKind.HOSPITAL_VISIT.en
            'hospital visit'
        """
        return _KINDS[self].en

    @property
    def rule(self) -> str:
        """规则编号 — the catalogue id of the rule that sets the duty.

        Examples:
            >>> DutyKind.FESTIVAL_MEETING.rule
            'care.festival_visit'
        """
        return id_of(_KINDS[self].rule)

    @property
    def met_by(self) -> tuple[VisitKind, ...]:
        """可履行方式 — the kinds of visit-log entry that meet the duty.

        Examples:
            >>> [k.value for k in DutyKind.HOSPITAL_VISIT.met_by]
            ['hospital', 'home']
        """
        return _KINDS[self].met_by


class _Kind(NamedTuple):
    """One kind of duty: its names, the rule that sets it, the log entries that meet it."""

    zh: str
    en: str
    rule: Callable[..., tuple[Decision[Duty], ...]]
    met_by: tuple[VisitKind, ...]


class Festival(enum.Enum):
    """重大节日 — the two festivals of the seed's rule.

    Examples:
        >>> [f.zh for f in Festival]
        ['“七一”', '春节']
    """

    QIYI = "qiyi"  # 七一
    SPRING_FESTIVAL = "spring_festival"  # 春节

    @property
    def zh(self) -> str:
        """中文名称 — the festival's Chinese name.

        Examples:
            >>> Festival.QIYI.zh
            '“七一”'
        """
        return "“七一”" if self is Festival.QIYI else "春节"

    @property
    def en(self) -> str:
        """英文名称 — the festival's name in English texts.

        Examples:
            >>> Festival.QIYI.en, Festival.SPRING_FESTIVAL.en
            ('July 1 (七一)', 'the Spring Festival')
        """
        return "July 1 (七一)" if self is Festival.QIYI else "the Spring Festival"

    def day(self, year: int) -> _dt.date:
        """节日日期 — the festival's day in ``year`` (the Spring Festival from the lunar calendar).

        Examples:
            >>> Festival.SPRING_FESTIVAL.day(2024), Festival.QIYI.day(2024)
            (datetime.date(2024, 2, 10), datetime.date(2024, 7, 1))
        """
        return qiyi(year) if self is Festival.QIYI else spring_festival(year)


class Duty(BaseModel):
    """关怀职责 — a care duty: what is due, for whom, by which organization, in which window.

    ``member`` is None for an organization's festival meeting. ``visits``
    entries of a kind in ``met_by`` on distinct days in ``[start, due]``
    meet it; a ``HARDSHIP_CONTACT`` duty (no entry meets it) is met by the
    record naming a ``contact``, the person named to visit (专人).

    ``limit`` names the parameters that set the duty's time limit when the
    seed or the locality set it (``care.hardship_visits_per_month``, or a
    local number of days the locality gave); it is empty when the window is
    the library's reading of the text (a visit during the stay, the default
    festival periods), and then a miss names no one who answers: the town
    committee decides.

    Examples:
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01")
        >>> d = care_duties([m], _dt.date(2025, 7, 1), _dt.date(2025, 7, 31))[0].value
        >>> d.id, d.start, d.due, (d.year, d.month)
        ('festival_visit:M1:2025-07-01', datetime.date(2025, 6, 16), datetime.date(2025, 7, 8), (2025, 7))
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    kind: DutyKind
    rule: str
    organization: Id
    member: Id | None = None
    start: _dt.date
    due: _dt.date
    visits: int = Field(default=1, ge=1)
    met_by: tuple[VisitKind, ...]
    festival: Festival | None = None
    contact: str | None = None
    limit: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _window(self) -> Duty:
        if self.due < self.start:
            raise ValueError(f"due {self.due} is before start {self.start}")
        return self

    @property
    def year(self) -> int:
        """所属年度 — the year of the due day (the duty counts in that year).

        Examples:
            >>> d = Duty(id="hardship_visit:M1:2025-03", kind=DutyKind.HARDSHIP_VISIT,
            ...          rule="care.hardship_visit", organization="V01", member="M1",
            ...          start=_dt.date(2025, 3, 1), due=_dt.date(2025, 3, 31),
            ...          met_by=(VisitKind.HOME,))
            >>> d.year
            2025
        """
        return self.due.year

    @property
    def month(self) -> int:
        """所属月份 — the month of the due day (the duty counts in that month).

        Examples:
            >>> d = Duty(id="hardship_visit:M1:2025-03", kind=DutyKind.HARDSHIP_VISIT,
            ...          rule="care.hardship_visit", organization="V01", member="M1",
            ...          start=_dt.date(2025, 3, 1), due=_dt.date(2025, 3, 31),
            ...          met_by=(VisitKind.HOME,))
            >>> d.month
            3
        """
        return self.due.month


class _Period(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    start: Day
    end: Day

    @model_validator(mode="after")
    def _ordered(self) -> _Period:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    def __contains__(self, day: _dt.date) -> bool:
        return self.start <= day <= self.end


def _period(start: _dt.date, end: _dt.date) -> _Period:
    return _Period(start=start, end=end)


def _roster(members: Iterable[object]) -> tuple[ElderlyMember, ...]:
    """``members`` validated (dicts accepted, a bare string refused), each id once."""
    roster = as_models(ElderlyMember, members, "members")
    check_unique((m.id for m in roster), "member")
    return roster


def _sort_key(d: Decision[Duty]) -> tuple[_dt.date, str, int, str, _dt.date, str]:
    v = d.value
    return (v.due, v.organization, _KIND_ORDER[v.kind], v.member or "", v.start, v.id)


def _clip_to_death(m: ElderlyMember, day: _dt.date) -> _dt.date:
    return day if m.died_on is None else min(day, m.died_on)


def _years(period: _Period) -> range:
    return range(period.start.year, period.end.year + 1)


# -- the shape every duty rule shares --------------------------------------------------

#: What a duty rule's clause finds for a roster in a period: its duties' decisions (None
#: for a duty that falls due outside the period).
_Occasions = Callable[[tuple[ElderlyMember, ...], _Period], Iterable[Decision[Duty] | None]]


def _calendar(
    members: Sequence[ElderlyMember], start: _dt.date, end: _dt.date, occasions: _Occasions
) -> tuple[Decision[Duty], ...]:
    """A duty rule: ``[start, end]`` and ``members`` checked, then the duties its clause finds
    (``occasions``) that fall due in the period, ordered by due day, organization, kind,
    member."""
    period = _period(start, end)
    roster = _roster(members)
    found = (d for d in occasions(roster, period) if d is not None)
    return tuple(sorted(found, key=_sort_key))


def _duty(
    kind: DutyKind,
    owner: ElderlyMember | str,
    key: _dt.date | str,
    *,
    start: _dt.date,
    due: _dt.date,
    visits: int = 1,
    festival: Festival | None = None,
    contact: str | None = None,
    limit: tuple[str, ...] = (),
) -> Duty:
    """A duty of ``kind`` owed to ``owner`` (a member, or an organization's id for a festival
    meeting), told from the owner's other duties of the kind by ``key`` (a day or a month)."""
    if isinstance(owner, ElderlyMember):
        who, organization, member = owner.id, owner.organization, owner.id
    else:
        who, organization, member = owner, owner, None
    return Duty(
        id=f"{kind.value}:{who}:{key}",
        kind=kind,
        rule=kind.rule,
        organization=organization,
        member=member,
        start=start,
        due=due,
        visits=visits,
        met_by=kind.met_by,
        festival=festival,
        contact=contact,
        limit=limit,
    )


def _due(
    ctx: RuleContext, duty: Duty, headline: Say, /, *said: Reason, **fields: object
) -> Decision[Duty]:
    """The decision that ``duty`` is due: the reasons said so far (then ``said``), every
    parameter read so far, the headline filled with ``fields``."""
    return ctx.decide(
        "due", duty, headline.text(**fields), subject=duty.id, reasons=(*ctx.reasons, *said)
    )


def _and(items: Sequence[object]) -> Shown:
    """``items`` as one template value: joined by 、 in Chinese and by "and" in English."""
    return joined(items, "、", " and ")


# -- 生病住院有人看望 ------------------------------------------------------------------


class _Hospital:
    """Texts of care.hospital_visit (生病住院有人看望)."""

    admitted = Say(
        "{day}因重大疾病住院,所在基层党组织应有人前去看望",
        "Admitted with a major illness on {day}: the organization must visit",
    )
    within = Say(
        "本地规定:入院后{n}日内看望(至{due})",
        "Local policy: within {n} days of admission (by {due})",
    )
    stay = Say(
        "原文未规定看望期限,住院期间({start}至{due})有人前去看望即为履行",
        "The text sets no time limit: a visit during the stay ({start} to {due}) meets the duty",
    )
    died = Say(
        "该党员于{day}去世,期限截至当日", "The member died on {day}; the window ends that day"
    )
    headline = Say("{name}住院,应于{due}前看望", "{name} is in hospital: visit by {due}")


class _Stay:
    """Texts shared by the rules a hospital stay calls for."""

    open = Say(
        "记录未载出院日期,住院期间按至{due}(入院当年年末)计",
        "No discharge day is recorded: the stay is taken to run to {due} (the end of the "
        "admission's year)",
    )


@rule(
    "care.hospital_visit",
    zh="生病住院有人看望",
    en="A member hospitalised with a major illness is visited",
    document=S000,
    section="第一篇 二(一)",
    quote="老党员遭遇重大疾病住院时,所在基层党组织有人前去看望",
    parameters=("care.hospital_visit_days",),
)
def hospital_visit_duties(
    members: Sequence[ElderlyMember],
    start: _dt.date,
    end: _dt.date,
    *,
    policy: Policy | None = None,
) -> tuple[Decision[Duty], ...]:
    """生病住院有人看望 — the hospital visits due in ``[start, end]``.

    Each major-illness admission calls for a visit (老党员遭遇重大疾病住院时…有人前去看望).
    The seed sets no time limit, so by default a visit during the stay
    meets it: from admission to discharge (with no discharge day recorded,
    to the end of the admission's year). A locality that sets
    ``care.hospital_visit_days`` makes the visit due within that many days
    after the admission day (in hospital or, after discharge, at home), and
    the duty's ``limit`` names the parameter. A member's death ends the
    window. Ordered by due day, organization, kind, member.

    Examples:
        >>> from orgwork.care import HospitalStay
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01",
        ...                   hospital_stays=[HospitalStay(admitted="2024-03-02", major_illness=True,
        ...                                                discharged="2024-03-20")])
        >>> d, = hospital_visit_duties([m], _dt.date(2024, 3, 1), _dt.date(2024, 3, 31))
        >>> d.value.start, d.value.due
        (datetime.date(2024, 3, 2), datetime.date(2024, 3, 20))
        >>> p = Policy.default().override({"care.hospital_visit_days": 7})
        >>> d, = hospital_visit_duties([m], _dt.date(2024, 3, 1), _dt.date(2024, 3, 31), policy=p)
        >>> d.value.due, d.value.limit
        (datetime.date(2024, 3, 9), ('care.hospital_visit_days',))
    """
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
    major = _each_stay(
        hospital_visit_duties,
        "care.hospital_visit_days",
        lambda stay: stay.major_illness,
        lambda stay: stay.discharged,
        _hospital_visit,
        policy,
    )
    return _calendar(members, start, end, major)


def _each_stay(
    rule: Callable[..., tuple[Decision[Duty], ...]],
    days: str,
    calls_for: Callable[[HospitalStay], bool],
    stay_end: Callable[[HospitalStay], _dt.date | None],
    decide: Callable[
        [RuleContext, ElderlyMember, HospitalStay, int | None, _dt.date], Decision[Duty]
    ],
    policy: Policy | None,
) -> _Occasions:
    """The occasions of a duty a hospital stay calls for: every stay that ``calls_for`` it,
    due the number of days ``days`` sets after admission when the locality sets one, else on
    the day ``stay_end`` reads from the stay (the end of the admission's year when it reads
    none), or on the day of death if that comes first; decided by ``decide`` when that day is
    in the period."""

    def occasions(roster: tuple[ElderlyMember, ...], period: _Period) -> Iterator[Decision[Duty]]:
        for m in roster:
            for stay in m.hospital_stays:
                if calls_for(stay):
                    ctx = RuleContext(rule, policy, on=stay.admitted)
                    n = ctx.param(days)
                    if n is not None:
                        last = shift(stay.admitted, n, "members: a hospital stay's admitted")
                    else:
                        last = stay_end(stay) or _dt.date(stay.admitted.year, 12, 31)
                    due = _clip_to_death(m, last)
                    if due in period:
                        yield decide(ctx, m, stay, n, due)

    return occasions


def _hospital_visit(
    ctx: RuleContext, m: ElderlyMember, stay: HospitalStay, n: int | None, due: _dt.date
) -> Decision[Duty]:
    """The visit one admission calls for: 老党员遭遇重大疾病住院时,所在基层党组织有人前去看望."""
    ctx.say(_Hospital.admitted, day=stay.admitted)
    if n is None:
        ctx.say(_Hospital.stay, start=stay.admitted, due=due)
        if stay.discharged is None and due != m.died_on:
            ctx.say(_Stay.open, due=due)
    else:
        ctx.say(_Hospital.within, n=n, due=due)
    if due == m.died_on:
        ctx.say(_Hospital.died, day=due)
    limit = () if n is None else ("care.hospital_visit_days",)
    duty = _duty(
        DutyKind.HOSPITAL_VISIT, m, stay.admitted, start=stay.admitted, due=due, limit=limit
    )
    return _due(ctx, duty, _Hospital.headline, name=m.name, due=due)


class _Aid:
    """Texts of care.illness_aid (病情严重或资金非常困难时给予帮助)."""

    admitted = Say(
        "{day}住院,{why},所在基层党组织应给予帮助",
        "In hospital from {day} ({why}): the organization must help",
    )
    within = Say(
        "本地规定:入院后{n}日内给予帮助(至{due})",
        "Local policy: within {n} days of admission (by {due})",
    )
    year = Say(
        "原文未规定帮助期限,入院当年内({start}至{due})给予帮助即为履行",
        "The text sets no time limit: help within the admission's year ({start} to {due}) "
        "meets the duty",
    )
    headline = Say(
        "{name}住院且{why},应于{due}前给予帮助", "{name} is in hospital ({why}): help by {due}"
    )


_SERIOUS = Text(zh="病情严重", en="serious illness")
_SHORT_OF_MONEY = Text(zh="资金非常困难", en="money")


@rule(
    "care.illness_aid",
    zh="病情严重或资金非常困难时给予帮助",
    en="Help for a hospitalised member whose illness is serious or who is very short of money",
    document=S000,
    section="第一篇 二(一)",
    quote="遇到病情严重或资金非常困难,所在基层党组织会积极想办法给予一定帮助",
    parameters=("care.illness_aid_days",),
)
def illness_aid_duties(
    members: Sequence[ElderlyMember],
    start: _dt.date,
    end: _dt.date,
    *,
    policy: Policy | None = None,
) -> tuple[Decision[Duty], ...]:
    """应帮则帮 — the help due in ``[start, end]`` to members seriously ill or short of money.

    A major-illness stay marked ``serious`` or ``money_difficulty`` calls for
    help (an ``AID`` entry of the log, or a payment from the relief fund).
    The seed sets no time limit, so by default help given within the
    admission's year meets it (help with a bill often comes after
    discharge); a locality that sets ``care.illness_aid_days`` makes it due
    within that many days of admission, and the duty's ``limit`` names the
    parameter. A member's death ends the window.

    Examples:
        >>> from orgwork.care import HospitalStay
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01",
        ...     hospital_stays=[HospitalStay(admitted="2024-03-02", major_illness=True,
        ...                                  money_difficulty=True)])
        >>> illness_aid_duties([m], _dt.date(2024, 3, 1), _dt.date(2024, 12, 31))[0].value.due
        datetime.date(2024, 12, 31)
        >>> p = Policy.default().override({"care.illness_aid_days": 30})
        >>> illness_aid_duties([m], _dt.date(2024, 3, 1), _dt.date(2024, 4, 30),
        ...                    policy=p)[0].value.due
        datetime.date(2024, 4, 1)
    """
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
    help_due = _each_stay(
        illness_aid_duties,
        "care.illness_aid_days",
        lambda stay: stay.help_due,
        lambda stay: None,
        _illness_aid,
        policy,
    )
    return _calendar(members, start, end, help_due)


def _illness_aid(
    ctx: RuleContext, m: ElderlyMember, stay: HospitalStay, n: int | None, due: _dt.date
) -> Decision[Duty]:
    """The help one stay calls for: 遇到病情严重或资金非常困难,所在基层党组织会积极想办法给予一定帮助."""
    why = _and(
        [t for t, on in ((_SERIOUS, stay.serious), (_SHORT_OF_MONEY, stay.money_difficulty)) if on]
    )
    ctx.say(_Aid.admitted, day=stay.admitted, why=why)
    if n is None:
        ctx.say(_Aid.year, start=stay.admitted, due=due)
    else:
        ctx.say(_Aid.within, n=n, due=due)
    limit = () if n is None else ("care.illness_aid_days",)
    duty = _duty(DutyKind.ILLNESS_AID, m, stay.admitted, start=stay.admitted, due=due, limit=limit)
    return _due(ctx, duty, _Aid.headline, name=m.name, why=why, due=due)


# -- 重大节日有人慰问 ------------------------------------------------------------------

#: The parameters of each festival's window: the days before and after the festival.
_WINDOW_DAYS = {
    Festival.QIYI: ("care.qiyi_days_before", "care.qiyi_days_after"),
    Festival.SPRING_FESTIVAL: (
        "care.spring_festival_days_before",
        "care.spring_festival_days_after",
    ),
}


def festival_window(
    festival: Festival, year: int, *, policy: Policy | None = None
) -> tuple[_dt.date, _dt.date]:
    """节日慰问期 — the first and last day of ``festival``'s visiting window in ``year``.

    The Spring Festival's day comes from the lunar calendar
    ([`orgwork.calendar.spring_festival`][orgwork.calendar.spring_festival]); the number of days before and
    after each festival are local policy choices. ``year`` is one of the years
    the care models accept (1949–2100, `FIRST_DAY` to
    `LAST_DAY`); any other is a pydantic ValidationError
    naming ``year``.

    Examples:
        >>> festival_window(Festival.SPRING_FESTIVAL, 2026)
        (datetime.date(2026, 2, 2), datetime.date(2026, 3, 3))
        >>> festival_window(Festival.QIYI, 2025)
        (datetime.date(2025, 6, 16), datetime.date(2025, 7, 8))
    """
    festival = as_field(Festival, festival, "festival")
    year = as_field(Year, year, "year")
    day = festival.day(year)
    return _window(RuleContext(festival_visit_duties, policy, on=day), festival, day)


def _window(ctx: RuleContext, festival: Festival, day: _dt.date) -> tuple[_dt.date, _dt.date]:
    """The first and last day of ``festival``'s window around ``day`` (both days read)."""
    before, after = (ctx.param(path) for path in _WINDOW_DAYS[festival])
    return day - _dt.timedelta(days=before), day + _dt.timedelta(days=after)


class _Festival:
    """Texts of care.festival_visit (重大节日有人慰问)."""

    window = Say(
        "{year}年{festival}为{day},慰问期{start}至{end}",
        "In {year} {festival} falls on {day}; the visiting window is {start} to {end}",
    )
    set_locally = Say(
        "慰问期为本地设定的期限",
        "The period is a limit the locality has set",
    )
    reading = Say(
        "原文只说“七一”和春节期间,未规定天数;慰问期为默认读法,本地尚未设定为期限",
        "The text says only during 七一 and the Spring Festival, without days; the period is "
        "the default reading, not a limit the locality has set",
    )
    home = Say("各基层党组织入户慰问老党员", "Each organization visits its elderly members at home")
    greeting = Say(
        "召开党员和村民代表会议,集体为老党员过节拜年",
        "A meeting of members and villagers' representatives greets the elderly members",
    )
    visit = Say(
        "{year}年{festival}期间应入户慰问{name}({start}至{due})",
        "Visit {name} at home for {festival}, {year} ({start} to {due})",
    )
    meeting = Say(
        "{org}应于{year}年{festival}期间召开党员和村民代表会议,集体为老党员过节拜年"
        "({start}至{due})",
        "{org} holds a meeting of members and villagers' representatives to greet its elderly "
        "members for {festival}, {year} ({start} to {due})",
    )


@rule(
    "care.festival_visit",
    zh="重大节日有人慰问:七一和春节入户慰问并召开党员和村民代表会议",
    en="At 七一 and the Spring Festival every elderly member is visited at home, and each "
    "organization holds a meeting to greet them",
    document=S000,
    section="第一篇 二(二)",
    quote="在每年“七一”和春节期间,各基层党组织会入户慰问老党员,并召开党员和村民代表会议,"
    "集体为老党员过节拜年",
    parameters=(
        "care.qiyi_days_before",
        "care.qiyi_days_after",
        "care.spring_festival_days_before",
        "care.spring_festival_days_after",
        "care.festival_period_set",
        "care.festival_meeting_required",
    ),
)
def festival_visit_duties(
    members: Sequence[ElderlyMember],
    start: _dt.date,
    end: _dt.date,
    *,
    policy: Policy | None = None,
) -> tuple[Decision[Duty], ...]:
    """重大节日有人慰问 — the 七一 and Spring Festival visits and meetings due in ``[start, end]``.

    Every member alive on the festival day is due a home visit within the
    festival's window ([`festival_window`][orgwork.care.festival_window]); the window ends early if
    the member dies in it. Every organization with such a member is due a
    meeting of members and villagers' representatives in the window, unless
    ``care.festival_meeting_required`` is off. The windows are a default
    reading of 期间 until the locality sets them as its limit
    (``care.festival_period_set``); then the duties' ``limit`` names the
    window's parameters, and a miss names the head who answers.

    Examples:
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01")
        >>> ds = festival_visit_duties([m], _dt.date(2024, 1, 1), _dt.date(2024, 12, 31))
        >>> [(d.value.kind.value, d.value.festival.value, d.value.due.isoformat()) for d in ds]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('festival_visit', 'spring_festival', '2024-02-24'),
         ('festival_meeting', 'spring_festival', '2024-02-24'),
         ('festival_visit', 'qiyi', '2024-07-08'),
         ('festival_meeting', 'qiyi', '2024-07-08')]
    """
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
    # A window's last day is in its festival's year (at most 60 days after 1 July or after a
    # Spring Festival in late January or February), so these years suffice. No member, no
    # duty: the calendar is not consulted.
    return _calendar(
        members,
        start,
        end,
        lambda roster, period: (
            d
            for year in (_years(period) if roster else ())
            for festival in (Festival.SPRING_FESTIVAL, Festival.QIYI)
            for d in _festival(roster, festival, year, period, policy)
        ),
    )


def _festival(
    roster: Sequence[ElderlyMember],
    festival: Festival,
    year: int,
    period: _Period,
    policy: Policy | None,
) -> Iterator[Decision[Duty]]:
    """One festival's home visits, then its meetings:

    在每年“七一”和春节期间,各基层党组织会入户慰问老党员,并召开党员和村民代表会议,集体为老党员过节拜年
    """
    day = festival.day(year)
    ctx = RuleContext(festival_visit_duties, policy, on=day)
    first, last = _window(ctx, festival, day)
    ctx.say(_Festival.window, year=year, festival=festival, day=day, start=first, end=last)
    limit = _WINDOW_DAYS[festival] if ctx.param("care.festival_period_set") else ()
    ctx.say(_Festival.set_locally if limit else _Festival.reading)
    alive = [m for m in roster if m.alive_on(day)]
    for m in alive:  # 入户慰问老党员
        due = _clip_to_death(m, last)
        if due in period:
            duty = _duty(
                DutyKind.FESTIVAL_VISIT,
                m,
                day,
                start=first,
                due=due,
                festival=festival,
                limit=limit,
            )
            yield _festive(ctx, duty, _Festival.visit, _Festival.home, year, name=m.name)
    if not (ctx.param("care.festival_meeting_required") and last in period):
        return
    for org in sorted({m.organization for m in alive}):  # 召开党员和村民代表会议
        duty = _duty(
            DutyKind.FESTIVAL_MEETING,
            org,
            day,
            start=first,
            due=last,
            festival=festival,
            limit=limit,
        )
        yield _festive(ctx, duty, _Festival.meeting, _Festival.greeting, year, org=org)


def _festive(
    ctx: RuleContext, duty: Duty, headline: Say, what: Say, year: int, **who: object
) -> Decision[Duty]:
    """A festival duty's decision: the window (said already), then ``what`` is due."""
    return _due(
        ctx,
        duty,
        headline,
        ctx.reason(what),
        year=year,
        festival=duty.festival,
        start=duty.start,
        due=duty.due,
        **who,
    )


# -- 生活困难有人帮扶 ------------------------------------------------------------------


def _months(start: _dt.date, end: _dt.date) -> list[tuple[_dt.date, _dt.date]]:
    """The calendar months touching ``[start, end]``: (first day, last day) each."""
    return [
        (first, last)
        for year in range(start.year, end.year + 1)
        for _, first, last in periods(year, 1)
        if first <= end and last >= start
    ]


def _covered_span(
    spells: Sequence[HardshipPeriod], first: _dt.date, last: _dt.date
) -> tuple[_dt.date, _dt.date, list[HardshipPeriod]] | None:
    """The first and last day in ``[first, last]`` covered by a spell, and the spells."""
    hit = [h for h in spells if h.start <= last and (h.end is None or h.end >= first)]
    if not hit:
        return None
    lo = max(first, min(h.start for h in hit))
    hi = min(last, max(last if h.end is None else h.end for h in hit))
    return lo, hi, hit


class _Hardship:
    """Texts of care.hardship_visit (生活困难有人帮扶)."""

    month = Say(
        "{first:%Y年%m月}{start}至{end}期间{kinds},每月至少入户看望{n}次",
        "In {first:%Y-%m} ({start} to {end}) the member is {kinds}: at least {n} home visit(s) "
        "a month",
    )
    capped = Say(
        "本月困难期间仅{n}日,应看望次数以{n}次为限",
        "Only {n} day(s) of hardship this month: at most {n} visit(s) due",
    )
    contact = Say("负责联系的专人:{contact}", "The person named to keep in touch: {contact}")
    no_contact = Say("尚未明确负责联系的专人", "No person has been named to keep in touch")
    name_contact = Say(
        "基层党组织应明确专人负责联系{name}",
        "The organization must name a person to keep in touch with {name}",
    )
    headline = Say(
        "{first:%Y年%m月}应入户看望{name}至少{n}次",
        "Visit {name} at home at least {n} time(s) in {first:%Y-%m}",
    )


@rule(
    "care.hardship_visit",
    zh="生活困难有人帮扶:专人负责联系,每月至少入户看望一次",
    en="A member in great hardship or unable to look after themselves is visited at home "
    "at least once a month by a named person",
    document=S000,
    section="第一篇 二(四)",
    quote="对于生活特别贫困或失去生活自理能力的老党员,基层党组织明确了专人负责联系,"
    "每月至少深入老党员家中看望一次",
    parameters=("care.hardship_visits_per_month",),
)
def hardship_visit_duties(
    members: Sequence[ElderlyMember],
    start: _dt.date,
    end: _dt.date,
    *,
    policy: Policy | None = None,
) -> tuple[Decision[Duty], ...]:
    """生活困难有人帮扶 — the monthly home visits due in ``[start, end]``.

    For every calendar month in which a member is in great hardship or
    unable to look after themselves on at least one day (while alive), at
    least ``care.hardship_visits_per_month`` home visits on distinct days are
    due between the first and the last such day of the month (the seed's own
    limit, named in the duty's ``limit``). While the month's latest spell
    names no ``contact``, a second duty is outstanding: that the organization
    name a person to keep in touch (``HARDSHIP_CONTACT``, 明确了专人负责联系;
    no log entry meets it, so [`check_care`][orgwork.care.check_care] reports it).

    Examples:
        >>> from orgwork.care import HardshipPeriod, HardshipKind
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01", hardship=[
        ...     HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start="2024-03-20", contact="李四")])
        >>> ds = hardship_visit_duties([m], _dt.date(2024, 3, 1), _dt.date(2024, 4, 30))
        >>> [(d.value.start.isoformat(), d.value.due.isoformat(), d.value.contact) for d in ds]
        [('2024-03-20', '2024-03-31', '李四'), ('2024-04-01', '2024-04-30', '李四')]
    """
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
    return _calendar(
        members,
        start,
        end,
        lambda roster, period: (
            d
            for m in roster
            if m.hardship
            for first, last in _months(period.start, period.end)
            for d in _hardship_month(m, first, last, period, policy)
        ),
    )


def _hardship_month(
    m: ElderlyMember, first: _dt.date, last: _dt.date, period: _Period, policy: Policy | None
) -> tuple[Decision[Duty], ...]:
    """The visits one month calls for (none after the member's death):

    对于生活特别贫困或失去生活自理能力的老党员,基层党组织明确了专人负责联系,每月至少深入老党员家中看望一次
    """
    last_alive = _clip_to_death(m, last)
    span = None if last_alive < first else _covered_span(m.hardship, first, last_alive)
    if span is None or span[1] not in period:
        return ()
    lo, hi, hit = span
    ctx = RuleContext(hardship_visit_duties, policy, on=first)
    per_month = ctx.param("care.hardship_visits_per_month")
    n = min(per_month, (hi - lo).days + 1)  # no more visits than days to make them on
    kinds = sorted({h.kind for h in hit}, key=lambda k: k.value)
    ctx.say(_Hardship.month, first=first, start=lo, end=hi, kinds=_and(kinds), n=per_month)
    if n < per_month:
        ctx.say(_Hardship.capped, n=n)
    contact = max(hit, key=lambda h: h.start).contact  # 专人负责联系: the latest spell's
    if contact:
        ctx.say(_Hardship.contact, contact=contact)
    else:
        ctx.say(_Hardship.no_contact)
    key = f"{first:%Y-%m}"
    limit = ("care.hardship_visits_per_month",)  # the seed's own: 每月至少…看望一次
    visit = _duty(
        DutyKind.HARDSHIP_VISIT, m, key, start=lo, due=hi, visits=n, contact=contact, limit=limit
    )
    due = _due(ctx, visit, _Hardship.headline, first=first, name=m.name, n=n)
    if contact:
        return (due,)
    named = _duty(DutyKind.HARDSHIP_CONTACT, m, key, start=lo, due=hi)  # 明确了专人负责联系
    return (due, _due(ctx, named, _Hardship.name_contact, name=m.name))


# -- 日常时期有人走访 ------------------------------------------------------------------


class _Routine:
    """Texts of care.routine_visit (日常时期有人走访)."""

    every = Say(
        "本地规定:每{k}个月至少走访一次", "Local policy: at least one visit every {k} month(s)"
    )
    headline = Say("{start}至{due}期间应走访{name}", "Visit {name} between {start} and {due}")


@rule(
    "care.routine_visit",
    zh="日常时期有人走访",
    en="Elderly members are visited regularly or from time to time",
    document=S000,
    section="第一篇 二(三)",
    quote="各基层党组织定期或不定期走访老党员",
    parameters=("care.routine_visit_months",),
)
def routine_visit_duties(
    members: Sequence[ElderlyMember],
    start: _dt.date,
    end: _dt.date,
    *,
    policy: Policy | None = None,
) -> tuple[Decision[Duty], ...]:
    """日常时期有人走访 — the routine visits due in ``[start, end]``, if a frequency is set.

    The seed fixes no frequency, so with ``care.routine_visit_months`` unset
    (the default) no routine duty is due. Set to ``k``, each year splits into
    blocks of ``k`` months from January, and every member alive at a
    block's start is due one visit (at home or in hospital) in it. The block
    length in force on 1 January of each year applies to that year.

    Examples:
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01")
        >>> routine_visit_duties([m], _dt.date(2024, 1, 1), _dt.date(2024, 12, 31))
        ()
        >>> p = Policy.default().override({"care.routine_visit_months": 6})
        >>> [d.value.due.isoformat() for d in routine_visit_duties(
        ...     [m], _dt.date(2024, 1, 1), _dt.date(2024, 12, 31), policy=p)]
        ['2024-06-30', '2024-12-31']
    """
    return _calendar(
        members,
        start,
        end,
        lambda roster, period: (
            d for year in _years(period) for d in _routine_year(roster, year, period, policy)
        ),
    )


def _routine_year(
    roster: Sequence[ElderlyMember], year: int, period: _Period, policy: Policy | None
) -> Iterator[Decision[Duty]]:
    """One year's visits, a block of the local number of months at a time (none when no
    number is set): 各基层党组织定期或不定期走访老党员."""
    ctx = RuleContext(routine_visit_duties, policy, on=_dt.date(year, 1, 1))
    k = ctx.param("care.routine_visit_months")
    if k is None:
        return
    ctx.say(_Routine.every, k=k)
    limit = ("care.routine_visit_months",)  # a frequency the locality set
    for _, first, last in periods(year, k):
        for m in roster:
            due = _clip_to_death(m, last)
            if m.alive_on(first) and due in period:
                key = f"{first:%Y-%m}"
                duty = _duty(DutyKind.ROUTINE_VISIT, m, key, start=first, due=due, limit=limit)
                yield _due(ctx, duty, _Routine.headline, start=first, due=due, name=m.name)


# -- the kinds of duty, and all of them ----------------------------------------------

#: Every kind of duty: its Chinese and English names, the rule that sets it, and the kinds
#: of log entry that meet it.
_KINDS: dict[DutyKind, _Kind] = {
    DutyKind.HOSPITAL_VISIT: _Kind(
        "生病住院看望",
        "hospital visit",
        hospital_visit_duties,
        (VisitKind.HOSPITAL, VisitKind.HOME),
    ),
    DutyKind.ILLNESS_AID: _Kind(
        "病重或资金困难帮助",
        "help in serious illness or money difficulty",
        illness_aid_duties,
        (VisitKind.AID,),
    ),
    DutyKind.FESTIVAL_VISIT: _Kind(
        "节日入户慰问", "festival home visit", festival_visit_duties, (VisitKind.HOME,)
    ),
    DutyKind.FESTIVAL_MEETING: _Kind(
        "节日党员和村民代表会议",
        "festival meeting of members and villagers' representatives",
        festival_visit_duties,
        (VisitKind.MEETING,),
    ),
    DutyKind.HARDSHIP_VISIT: _Kind(
        "困难老党员每月看望",
        "monthly home visit in hardship",
        hardship_visit_duties,
        (VisitKind.HOME,),
    ),
    DutyKind.HARDSHIP_CONTACT: _Kind(
        "明确专人负责联系",
        "a person named to keep in touch",
        hardship_visit_duties,
        (),
    ),
    DutyKind.ROUTINE_VISIT: _Kind(
        "日常走访", "routine visit", routine_visit_duties, (VisitKind.HOME, VisitKind.HOSPITAL)
    ),
}
_KIND_ORDER = {k: i for i, k in enumerate(DutyKind)}

#: The duty rules, each once, in the order of the kinds.
_ALL = tuple(dict.fromkeys(k.rule for k in _KINDS.values()))


@rule(
    "care.duties",
    zh="老党员“五有”关怀帮扶职责日历",
    en="The duty calendar of the five cares (五有) for elderly members",
    document=S000,
    section="第一篇 二",
    quote="老党员“五有”帮扶党建工作新机制",
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
    ),
)
def care_duties(
    members: Sequence[ElderlyMember],
    start: _dt.date,
    end: _dt.date,
    *,
    policy: Policy | None = None,
) -> tuple[Decision[Duty], ...]:
    """五有职责日历 — every care duty due in ``[start, end]`` (due day in the period).

    The union of [`hospital_visit_duties`][orgwork.care.hospital_visit_duties], [`illness_aid_duties`][orgwork.care.illness_aid_duties],
    [`festival_visit_duties`][orgwork.care.festival_visit_duties], [`hardship_visit_duties`][orgwork.care.hardship_visit_duties] and
    [`routine_visit_duties`][orgwork.care.routine_visit_duties], ordered by due day, organization, kind,
    member. (The memorial service, the fifth 有, is decided by
    [`memorial_host`][orgwork.care.memorial_host].)

    Examples:
        >>> from orgwork.care import HospitalStay
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01",
        ...                   hospital_stays=[HospitalStay(admitted="2024-06-20", major_illness=True,
        ...                                                discharged="2024-06-28")])
        >>> [d.value.id for d in care_duties([m], _dt.date(2024, 6, 1), _dt.date(2024, 6, 30))]
        ['hospital_visit:M1:2024-06-20']
    """
    _period(start, end)
    members = _roster(members)
    found: list[Decision[Duty]] = []
    for f in _ALL:
        found.extend(f(members, start, end, policy=policy))
    return tuple(sorted(found, key=_sort_key))

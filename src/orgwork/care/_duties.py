"""The duty calendar (五有): the visits and help that are due, given members and a period.

Every duty has a window ``[start, due]`` (both days included) in which a
matching entry of the visit log meets it. A period selects the duties whose
``due`` day falls in it, so consecutive periods split the duties between
them without overlap, and a duty belongs to the month of its due day.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable, Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_field, as_models, check_unique, periods
from orgwork.calendar import qiyi, spring_festival
from orgwork.care._model import S000, Day, ElderlyMember, HardshipPeriod, VisitKind, Year
from orgwork.decision import Decision, ParamValue, Reason, Text
from orgwork.policy import Policy, resolve
from orgwork.rules import rule

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

_ONE_DAY = _dt.timedelta(days=1)


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
    ROUTINE_VISIT = "routine_visit"

    @property
    def zh(self) -> str:
        """中文名称 — the duty's Chinese name.

        Examples:
            >>> DutyKind.HARDSHIP_VISIT.zh
            '困难老党员每月看望'
        """
        return _KIND_ZH[self]

    @property
    def en(self) -> str:
        """英文名称 — the duty's English name.

        Examples:
            >>> DutyKind.HOSPITAL_VISIT.en
            'hospital visit'
        """
        return _KIND_EN[self]

    @property
    def rule(self) -> str:
        """规则编号 — the catalogue id of the rule that sets the duty.

        Examples:
            >>> DutyKind.FESTIVAL_MEETING.rule
            'care.festival_visit'
        """
        return _KIND_RULE[self]

    @property
    def met_by(self) -> tuple[VisitKind, ...]:
        """可履行方式 — the kinds of visit-log entry that meet the duty.

        Examples:
            >>> [k.value for k in DutyKind.HOSPITAL_VISIT.met_by]
            ['hospital', 'home']
        """
        return _KIND_MET_BY[self]


_KIND_ZH = {
    DutyKind.HOSPITAL_VISIT: "生病住院看望",
    DutyKind.ILLNESS_AID: "病重或资金困难帮助",
    DutyKind.FESTIVAL_VISIT: "节日入户慰问",
    DutyKind.FESTIVAL_MEETING: "节日党员和村民代表会议",
    DutyKind.HARDSHIP_VISIT: "困难老党员每月看望",
    DutyKind.ROUTINE_VISIT: "日常走访",
}
_KIND_EN = {
    DutyKind.HOSPITAL_VISIT: "hospital visit",
    DutyKind.ILLNESS_AID: "help in serious illness or money difficulty",
    DutyKind.FESTIVAL_VISIT: "festival home visit",
    DutyKind.FESTIVAL_MEETING: "festival meeting of members and villagers' representatives",
    DutyKind.HARDSHIP_VISIT: "monthly home visit in hardship",
    DutyKind.ROUTINE_VISIT: "routine visit",
}
_KIND_RULE = {
    DutyKind.HOSPITAL_VISIT: "care.hospital_visit",
    DutyKind.ILLNESS_AID: "care.illness_aid",
    DutyKind.FESTIVAL_VISIT: "care.festival_visit",
    DutyKind.FESTIVAL_MEETING: "care.festival_visit",
    DutyKind.HARDSHIP_VISIT: "care.hardship_visit",
    DutyKind.ROUTINE_VISIT: "care.routine_visit",
}
_KIND_MET_BY = {
    DutyKind.HOSPITAL_VISIT: (VisitKind.HOSPITAL, VisitKind.HOME),
    DutyKind.ILLNESS_AID: (VisitKind.AID,),
    DutyKind.FESTIVAL_VISIT: (VisitKind.HOME,),
    DutyKind.FESTIVAL_MEETING: (VisitKind.MEETING,),
    DutyKind.HARDSHIP_VISIT: (VisitKind.HOME,),
    DutyKind.ROUTINE_VISIT: (VisitKind.HOME, VisitKind.HOSPITAL),
}
_KIND_ORDER = {k: i for i, k in enumerate(DutyKind)}


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
    meet it. ``contact`` is the person named to visit (专人), if any.

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
    organization: str
    member: str | None = None
    start: _dt.date
    due: _dt.date
    visits: int = Field(default=1, ge=1)
    met_by: tuple[VisitKind, ...]
    festival: Festival | None = None
    contact: str | None = None

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


def _period(start: _dt.date, end: _dt.date) -> _Period:
    return _Period(start=start, end=end)


def _roster(members: Iterable[object]) -> tuple[ElderlyMember, ...]:
    """``members`` validated (dicts accepted, a bare string refused), each id once."""
    roster = as_models(ElderlyMember, members)
    check_unique((m.id for m in roster), "member")
    return roster


def _sort_key(d: Decision[Duty]) -> tuple[_dt.date, str, int, str, _dt.date, str]:
    v = d.value
    return (v.due, v.organization, _KIND_ORDER[v.kind], v.member or "", v.start, v.id)


def _clip_to_death(m: ElderlyMember, day: _dt.date) -> _dt.date:
    return day if m.died_on is None else min(day, m.died_on)


def _duty_decision(
    duty: Duty, headline: Text, reasons: list[Reason], params: dict[str, ParamValue]
) -> Decision[Duty]:
    return Decision[Duty](
        rule=duty.rule,
        subject=duty.id,
        outcome="due",
        value=duty,
        headline=headline,
        reasons=tuple(reasons),
        parameters=params,
    )


# -- 生病住院有人看望 ------------------------------------------------------------------


@rule(
    "care.hospital_visit",
    zh="生病住院有人看望",
    en="A member hospitalised with a major illness is visited",
    document=S000,
    section="第一篇 二(一)",
    quote="老党员遭遇重大疾病住院时,所在基层党组织有人前去看望",
    parameters=("care.hospital_visit_days",),
    public_name="orgwork.care.hospital_visit_duties",
)
def hospital_visit_duties(
    members: Sequence[ElderlyMember],
    start: _dt.date,
    end: _dt.date,
    *,
    policy: Policy | None = None,
) -> tuple[Decision[Duty], ...]:
    """生病住院有人看望 — the hospital visits due in ``[start, end]``.

    Each major-illness admission calls for a visit (in hospital or, after
    discharge, at home) within ``care.hospital_visit_days`` days after the
    admission day (a local default; the day itself is the window's first
    day). A member's death ends the window. Ordered by due day,
    organization, kind, member.

    Examples:
        >>> from orgwork.care import HospitalStay
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01",
        ...                   hospital_stays=[HospitalStay(admitted="2024-03-02", major_illness=True)])
        >>> d, = hospital_visit_duties([m], _dt.date(2024, 3, 1), _dt.date(2024, 3, 31))
        >>> d.value.start, d.value.due
        (datetime.date(2024, 3, 2), datetime.date(2024, 3, 9))
    """
    period = _period(start, end)
    members = _roster(members)
    out: list[Decision[Duty]] = []
    for m in members:
        for stay in m.hospital_stays:
            if not stay.major_illness:
                continue
            n = resolve(policy, stay.admitted).care.hospital_visit_days
            due = _clip_to_death(m, stay.admitted + _dt.timedelta(days=n))
            if not period.start <= due <= period.end:
                continue
            duty = Duty(
                id=f"hospital_visit:{m.id}:{stay.admitted.isoformat()}",
                kind=DutyKind.HOSPITAL_VISIT,
                rule="care.hospital_visit",
                organization=m.organization,
                member=m.id,
                start=stay.admitted,
                due=due,
                met_by=DutyKind.HOSPITAL_VISIT.met_by,
            )
            reasons = [
                Reason(
                    rule="care.hospital_visit",
                    zh=f"{stay.admitted}因重大疾病住院,所在基层党组织应有人前去看望",
                    en=f"Admitted with a major illness on {stay.admitted}: the organization "
                    "must visit",
                ),
                Reason(
                    rule="care.hospital_visit",
                    zh=f"本地规定:入院后{n}日内看望(至{due})",
                    en=f"Local policy: within {n} days of admission (by {due})",
                ),
            ]
            if m.died_on is not None and due == m.died_on:
                reasons.append(
                    Reason(
                        rule="care.hospital_visit",
                        zh=f"该党员于{m.died_on}去世,期限截至当日",
                        en=f"The member died on {m.died_on}; the window ends that day",
                    )
                )
            out.append(
                _duty_decision(
                    duty,
                    Text(
                        zh=f"{m.name}住院,应于{due}前看望",
                        en=f"{m.name} is in hospital: visit by {due}",
                    ),
                    reasons,
                    {"care.hospital_visit_days": n},
                )
            )
    return tuple(sorted(out, key=_sort_key))


@rule(
    "care.illness_aid",
    zh="病情严重或资金非常困难时给予帮助",
    en="Help for a hospitalised member whose illness is serious or who is very short of money",
    document=S000,
    section="第一篇 二(一)",
    quote="遇到病情严重或资金非常困难,所在基层党组织会积极想办法给予一定帮助",
    parameters=("care.illness_aid_days",),
    public_name="orgwork.care.illness_aid_duties",
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
    help (an ``AID`` entry of the log, or a payment from the relief fund)
    within ``care.illness_aid_days`` days of admission (a local default).

    Examples:
        >>> from orgwork.care import HospitalStay
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01",
        ...     hospital_stays=[HospitalStay(admitted="2024-03-02", major_illness=True,
        ...                                  money_difficulty=True)])
        >>> illness_aid_duties([m], _dt.date(2024, 3, 1), _dt.date(2024, 4, 30))[0].value.due
        datetime.date(2024, 4, 1)
    """
    period = _period(start, end)
    members = _roster(members)
    out: list[Decision[Duty]] = []
    for m in members:
        for stay in m.hospital_stays:
            if not stay.help_due:
                continue
            n = resolve(policy, stay.admitted).care.illness_aid_days
            due = _clip_to_death(m, stay.admitted + _dt.timedelta(days=n))
            if not period.start <= due <= period.end:
                continue
            why_zh = "、".join(
                w
                for w, on in (("病情严重", stay.serious), ("资金非常困难", stay.money_difficulty))
                if on
            )
            why_en = " and ".join(
                w
                for w, on in (("serious illness", stay.serious), ("money", stay.money_difficulty))
                if on
            )
            duty = Duty(
                id=f"illness_aid:{m.id}:{stay.admitted.isoformat()}",
                kind=DutyKind.ILLNESS_AID,
                rule="care.illness_aid",
                organization=m.organization,
                member=m.id,
                start=stay.admitted,
                due=due,
                met_by=DutyKind.ILLNESS_AID.met_by,
            )
            out.append(
                _duty_decision(
                    duty,
                    Text(
                        zh=f"{m.name}住院且{why_zh},应于{due}前给予帮助",
                        en=f"{m.name} is in hospital ({why_en}): help by {due}",
                    ),
                    [
                        Reason(
                            rule="care.illness_aid",
                            zh=f"{stay.admitted}住院,{why_zh},所在基层党组织应给予帮助",
                            en=f"In hospital from {stay.admitted} ({why_en}): the organization "
                            "must help",
                        ),
                        Reason(
                            rule="care.illness_aid",
                            zh=f"本地规定:入院后{n}日内给予帮助(至{due})",
                            en=f"Local policy: within {n} days of admission (by {due})",
                        ),
                    ],
                    {"care.illness_aid_days": n},
                )
            )
    return tuple(sorted(out, key=_sort_key))


# -- 重大节日有人慰问 ------------------------------------------------------------------


def festival_window(
    festival: Festival, year: int, *, policy: Policy | None = None
) -> tuple[_dt.date, _dt.date]:
    """节日慰问期 — the first and last day of ``festival``'s visiting window in ``year``.

    The Spring Festival's day comes from the lunar calendar
    (:func:`orgwork.calendar.spring_festival`); the number of days before and
    after each festival are local policy choices. ``year`` is one of the years
    the care models accept (1949–2100, :data:`~orgwork.care.FIRST_DAY` to
    :data:`~orgwork.care.LAST_DAY`); any other is a pydantic ValidationError
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
    c = resolve(policy, day).care
    if festival is Festival.QIYI:
        before, after = c.qiyi_days_before, c.qiyi_days_after
    else:
        before, after = c.spring_festival_days_before, c.spring_festival_days_after
    return day - _dt.timedelta(days=before), day + _dt.timedelta(days=after)


def _window_params(
    festival: Festival, policy: Policy | None, day: _dt.date
) -> dict[str, ParamValue]:
    c = resolve(policy, day).care
    if festival is Festival.QIYI:
        return {
            "care.qiyi_days_before": c.qiyi_days_before,
            "care.qiyi_days_after": c.qiyi_days_after,
        }
    return {
        "care.spring_festival_days_before": c.spring_festival_days_before,
        "care.spring_festival_days_after": c.spring_festival_days_after,
    }


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
        "care.festival_meeting_required",
    ),
    public_name="orgwork.care.festival_visit_duties",
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
    festival's window (:func:`festival_window`); the window ends early if
    the member dies in it. Every organization with such a member is due a
    meeting of members and villagers' representatives in the window, unless
    ``care.festival_meeting_required`` is off.

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
    period = _period(start, end)
    members = _roster(members)
    out: list[Decision[Duty]] = []
    if not members:  # no member, no duty: the calendar is not consulted
        return ()
    # A window's last day is in its festival's year (at most 60 days after 1 July or
    # after a Spring Festival in late January or February), so these years suffice.
    for year in range(period.start.year, period.end.year + 1):
        for festival in (Festival.SPRING_FESTIVAL, Festival.QIYI):
            day = festival.day(year)
            w_start, w_end = festival_window(festival, year, policy=policy)
            params = _window_params(festival, policy, day)
            meeting_required = resolve(policy, day).care.festival_meeting_required
            base_reason = Reason(
                rule="care.festival_visit",
                zh=f"{year}年{festival.zh}为{day},慰问期{w_start}至{w_end}(本地规定)",
                en=f"In {year} {festival.en} falls on {day}; the visiting window is "
                f"{w_start} to {w_end} (local policy)",
            )
            orgs: set[str] = set()
            for m in members:
                if not m.alive_on(day):
                    continue
                due = _clip_to_death(m, w_end)
                orgs.add(m.organization)
                if not period.start <= due <= period.end:
                    continue
                duty = Duty(
                    id=f"festival_visit:{m.id}:{day.isoformat()}",
                    kind=DutyKind.FESTIVAL_VISIT,
                    rule="care.festival_visit",
                    organization=m.organization,
                    member=m.id,
                    start=w_start,
                    due=due,
                    met_by=DutyKind.FESTIVAL_VISIT.met_by,
                    festival=festival,
                )
                out.append(
                    _duty_decision(
                        duty,
                        Text(
                            zh=f"{year}年{festival.zh}期间应入户慰问{m.name}({w_start}至{due})",
                            en=f"Visit {m.name} at home for {festival.en}, {year} "
                            f"({w_start} to {due})",
                        ),
                        [
                            base_reason,
                            Reason(
                                rule="care.festival_visit",
                                zh="各基层党组织入户慰问老党员",
                                en="Each organization visits its elderly members at home",
                            ),
                        ],
                        params,
                    )
                )
            if not meeting_required:
                continue
            if not period.start <= w_end <= period.end:
                continue
            for org in sorted(orgs):
                duty = Duty(
                    id=f"festival_meeting:{org}:{day.isoformat()}",
                    kind=DutyKind.FESTIVAL_MEETING,
                    rule="care.festival_visit",
                    organization=org,
                    start=w_start,
                    due=w_end,
                    met_by=DutyKind.FESTIVAL_MEETING.met_by,
                    festival=festival,
                )
                out.append(
                    _duty_decision(
                        duty,
                        Text(
                            zh=f"{org}应于{year}年{festival.zh}期间召开党员和村民代表会议,"
                            f"集体为老党员过节拜年({w_start}至{w_end})",
                            en=f"{org} holds a meeting of members and villagers' representatives "
                            f"to greet its elderly members for {festival.en}, {year} "
                            f"({w_start} to {w_end})",
                        ),
                        [
                            base_reason,
                            Reason(
                                rule="care.festival_visit",
                                zh="召开党员和村民代表会议,集体为老党员过节拜年",
                                en="A meeting of members and villagers' representatives greets "
                                "the elderly members",
                            ),
                        ],
                        {**params, "care.festival_meeting_required": meeting_required},
                    )
                )
    return tuple(sorted(out, key=_sort_key))


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
    public_name="orgwork.care.hardship_visit_duties",
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
    due between the first and the last such day of the month.

    Examples:
        >>> from orgwork.care import HardshipPeriod, HardshipKind
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01", hardship=[
        ...     HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start="2024-03-20", contact="李四")])
        >>> ds = hardship_visit_duties([m], _dt.date(2024, 3, 1), _dt.date(2024, 4, 30))
        >>> [(d.value.start.isoformat(), d.value.due.isoformat(), d.value.contact) for d in ds]
        [('2024-03-20', '2024-03-31', '李四'), ('2024-04-01', '2024-04-30', '李四')]
    """
    period = _period(start, end)
    members = _roster(members)
    out: list[Decision[Duty]] = []
    months = _months(period.start, period.end)
    for m in members:
        if not m.hardship:
            continue
        for first, last in months:
            last_alive = _clip_to_death(m, last)
            if last_alive < first:
                break
            span = _covered_span(m.hardship, first, last_alive)
            if span is None:
                continue
            lo, hi, hit = span
            if not period.start <= hi <= period.end:
                continue
            n_policy = resolve(policy, first).care.hardship_visits_per_month
            n = min(n_policy, (hi - lo).days + 1)  # no more visits than days to make them on
            latest = max(hit, key=lambda h: h.start)
            kinds = sorted({h.kind for h in hit}, key=lambda k: k.value)
            duty = Duty(
                id=f"hardship_visit:{m.id}:{first:%Y-%m}",
                kind=DutyKind.HARDSHIP_VISIT,
                rule="care.hardship_visit",
                organization=m.organization,
                member=m.id,
                start=lo,
                due=hi,
                visits=n,
                met_by=DutyKind.HARDSHIP_VISIT.met_by,
                contact=latest.contact,
            )
            reasons = [
                Reason(
                    rule="care.hardship_visit",
                    zh=f"{first:%Y年%m月}{lo}至{hi}期间"
                    + "、".join(k.zh for k in kinds)
                    + f",每月至少入户看望{n_policy}次",
                    en=f"In {first:%Y-%m} ({lo} to {hi}) the member is "
                    + " and ".join(k.en for k in kinds)
                    + f": at least {n_policy} home visit(s) a month",
                ),
            ]
            if n < n_policy:
                reasons.append(
                    Reason(
                        rule="care.hardship_visit",
                        zh=f"本月困难期间仅{n}日,应看望次数以{n}次为限",
                        en=f"Only {n} day(s) of hardship this month: at most {n} visit(s) due",
                    )
                )
            if latest.contact:
                reasons.append(
                    Reason(
                        rule="care.hardship_visit",
                        zh=f"负责联系的专人:{latest.contact}",
                        en=f"The person named to keep in touch: {latest.contact}",
                    )
                )
            else:
                reasons.append(
                    Reason(
                        rule="care.hardship_visit",
                        zh="尚未明确负责联系的专人",
                        en="No person has been named to keep in touch",
                    )
                )
            out.append(
                _duty_decision(
                    duty,
                    Text(
                        zh=f"{first:%Y年%m月}应入户看望{m.name}至少{n}次",
                        en=f"Visit {m.name} at home at least {n} time(s) in {first:%Y-%m}",
                    ),
                    reasons,
                    {"care.hardship_visits_per_month": n_policy},
                )
            )
    return tuple(sorted(out, key=_sort_key))


# -- 日常时期有人走访 ------------------------------------------------------------------


@rule(
    "care.routine_visit",
    zh="日常时期有人走访",
    en="Elderly members are visited regularly or from time to time",
    document=S000,
    section="第一篇 二(三)",
    quote="各基层党组织定期或不定期走访老党员",
    parameters=("care.routine_visit_months",),
    public_name="orgwork.care.routine_visit_duties",
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
    period = _period(start, end)
    members = _roster(members)
    out: list[Decision[Duty]] = []
    for year in range(period.start.year, period.end.year + 1):
        k = resolve(policy, _dt.date(year, 1, 1)).care.routine_visit_months
        if k is None:
            continue
        for _, first, last in periods(year, k):
            for m in members:
                if not m.alive_on(first):
                    continue
                due = _clip_to_death(m, last)
                if not period.start <= due <= period.end:
                    continue
                duty = Duty(
                    id=f"routine_visit:{m.id}:{first:%Y-%m}",
                    kind=DutyKind.ROUTINE_VISIT,
                    rule="care.routine_visit",
                    organization=m.organization,
                    member=m.id,
                    start=first,
                    due=due,
                    met_by=DutyKind.ROUTINE_VISIT.met_by,
                )
                out.append(
                    _duty_decision(
                        duty,
                        Text(
                            zh=f"{first}至{due}期间应走访{m.name}",
                            en=f"Visit {m.name} between {first} and {due}",
                        ),
                        [
                            Reason(
                                rule="care.routine_visit",
                                zh=f"本地规定:每{k}个月至少走访一次",
                                en=f"Local policy: at least one visit every {k} month(s)",
                            )
                        ],
                        {"care.routine_visit_months": k},
                    )
                )
    return tuple(sorted(out, key=_sort_key))


# -- all of them ---------------------------------------------------------------------

_ALL: tuple[Callable[..., tuple[Decision[Duty], ...]], ...] = (
    hospital_visit_duties,
    illness_aid_duties,
    festival_visit_duties,
    hardship_visit_duties,
    routine_visit_duties,
)


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
        "care.festival_meeting_required",
        "care.hardship_visits_per_month",
        "care.routine_visit_months",
    ),
    public_name="orgwork.care.care_duties",
)
def care_duties(
    members: Sequence[ElderlyMember],
    start: _dt.date,
    end: _dt.date,
    *,
    policy: Policy | None = None,
) -> tuple[Decision[Duty], ...]:
    """五有职责日历 — every care duty due in ``[start, end]`` (due day in the period).

    The union of :func:`hospital_visit_duties`, :func:`illness_aid_duties`,
    :func:`festival_visit_duties`, :func:`hardship_visit_duties` and
    :func:`routine_visit_duties`, ordered by due day, organization, kind,
    member. (The memorial service, the fifth 有, is decided by
    :func:`~orgwork.care.memorial_host`.)

    Examples:
        >>> from orgwork.care import HospitalStay
        >>> m = ElderlyMember(id="M1", name="某党员", organization="V01",
        ...                   hospital_stays=[HospitalStay(admitted="2024-06-20", major_illness=True)])
        >>> [d.value.id for d in care_duties([m], _dt.date(2024, 6, 1), _dt.date(2024, 6, 30))]
        ['hospital_visit:M1:2024-06-20']
    """
    _period(start, end)
    members = _roster(members)
    found: list[Decision[Duty]] = []
    for f in _ALL:
        found.extend(f(members, start, end, policy=policy))
    return tuple(sorted(found, key=_sort_key))

"""Input models of the care domain: elderly members, their organizations, and the visit log."""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from orgwork._args import as_date
from orgwork.ids import Id

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "Disaster",
    "ElderlyMember",
    "HardshipKind",
    "HardshipPeriod",
    "Honour",
    "HonourLevel",
    "HospitalStay",
    "Organization",
    "Post",
    "PostLevel",
    "Town",
    "Visit",
    "VisitKind",
]

#: The seed the care rules come from (第一篇 二, 建立老党员关怀帮扶长效机制).
S000 = "000_d6bf9a3c8f5be95e.txt"

#: The first day the care models accept: 1 January 1949, the first year the core
#: accepts for an assessment year (`orgwork._args.as_year`), so that every
#: missed duty can become a point adjustment.
FIRST_DAY = _dt.date(1949, 1, 1)
#: The last day the care models accept: 31 December 2100, the last year of the
#: bundled lunar table ([`orgwork.calendar.spring_festival`][orgwork.calendar.spring_festival]), so that every
#: festival duty of an accepted day can be computed.
LAST_DAY = _dt.date(2100, 12, 31)
#: A day between FIRST_DAY and LAST_DAY: within it every care rule can be decided
#: (never a CalendarCoverageError).
Day = Annotated[_dt.date, Field(ge=FIRST_DAY, le=LAST_DAY)]
#: A year between FIRST_DAY's and LAST_DAY's (an int; booleans refused).
Year = Annotated[int, Field(ge=FIRST_DAY.year, le=LAST_DAY.year, strict=True)]

#: A non-empty identifier or name (surrounding blanks removed).
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Ordered(enum.Enum):
    """An enum whose members are ordered by declaration (the first is the lowest)."""

    @property
    def rank(self) -> int:
        """序位 — the position in declaration order, from 0 (the lowest).

        Examples:
            >>> HonourLevel.TOWNSHIP.rank, HonourLevel.NATIONAL.rank
            (0, 4)
        """
        return list(type(self)).index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank >= other.rank


class HonourLevel(_Ordered):
    """表彰级别 — the administrative level of the body that awarded an honour, ordered.

    ``TOWNSHIP < COUNTY < PREFECTURE < PROVINCE < NATIONAL``. The seed's place
    names are instances of these levels: 大冶市 is a county-level city
    (``COUNTY``), 黄石市 the prefecture-level city above it (``PREFECTURE``),
    湖北省 a province (``PROVINCE``).

    Examples:
        >>> HonourLevel.COUNTY < HonourLevel.PREFECTURE < HonourLevel.NATIONAL
        True
        >>> max([HonourLevel.PROVINCE, HonourLevel.TOWNSHIP]).zh
        '省级'
    """

    TOWNSHIP = "township"
    COUNTY = "county"
    PREFECTURE = "prefecture"
    PROVINCE = "province"
    NATIONAL = "national"

    @property
    def zh(self) -> str:
        """中文名称 — the level's Chinese name.

        Examples:
            >>> HonourLevel.PREFECTURE.zh
            '地市级'
        """
        return _HONOUR_ZH[self]


_HONOUR_ZH = {
    HonourLevel.TOWNSHIP: "乡镇级",
    HonourLevel.COUNTY: "县级",
    HonourLevel.PREFECTURE: "地市级",
    HonourLevel.PROVINCE: "省级",
    HonourLevel.NATIONAL: "全国",
}


class PostLevel(_Ordered):
    """职务层级 — the level of a Party post a member has held, ordered.

    ``OTHER`` (党小组长, a village committee post, ...) ``< BRANCH_COMMITTEE``
    (支委) ``< BRANCH_SECRETARY`` (支部书记、副书记) ``< TOWNSHIP_OR_ABOVE``
    (党委委员 or a leading post at township level or above). The seed's
    "支委以上职务" is any level from ``BRANCH_COMMITTEE`` up.

    Examples:
        >>> PostLevel.BRANCH_SECRETARY >= PostLevel.BRANCH_COMMITTEE
        True
    """

    OTHER = "other"
    BRANCH_COMMITTEE = "branch_committee"
    BRANCH_SECRETARY = "branch_secretary"
    TOWNSHIP_OR_ABOVE = "township_or_above"

    @property
    def zh(self) -> str:
        """中文名称 — the level's Chinese name.

        Examples:
            >>> PostLevel.BRANCH_COMMITTEE.zh
            '支委'
        """
        return _POST_ZH[self]


_POST_ZH = {
    PostLevel.OTHER: "其他职务",
    PostLevel.BRANCH_COMMITTEE: "支委",
    PostLevel.BRANCH_SECRETARY: "支部书记",
    PostLevel.TOWNSHIP_OR_ABOVE: "镇级以上职务",
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Honour(_Frozen):
    """表彰 — an honour: the awarding body (data, e.g. ``"大冶市"``), its level, and what it was.

    Examples:
        >>> Honour(awarded_by="黄石市", level=HonourLevel.PREFECTURE, title="优秀共产党员").level.zh
        '地市级'
    """

    awarded_by: Name = Field(description="The awarding body or place, as written (大冶市).")
    level: HonourLevel
    title: str = Field(default="", description="The honour's name (优秀共产党员, ...).")
    year: int | None = Field(default=None, ge=1921, le=2200)


class Post(_Frozen):
    """曾任职务 — a Party post the member has held (or holds).

    Examples:
        >>> Post(title="村党支部委员", level=PostLevel.BRANCH_COMMITTEE).level.zh
        '支委'
    """

    title: Name
    level: PostLevel


class HospitalStay(_Frozen):
    """住院 — a hospital stay, with whether it was a major illness and whether help is called for.

    ``major_illness`` (重大疾病) is required: the seed's trigger is
    「遭遇重大疾病住院时」, so whether a stay meets it is the record's to say,
    never assumed. Major-illness stays call for a visit; a ``serious`` illness
    (病情严重) or ``money_difficulty`` (资金非常困难) in such a stay also calls
    for help.

    Examples:
        >>> HospitalStay(admitted="2024-03-02", major_illness=True, serious=True).help_due
        True
        >>> HospitalStay(admitted="2024-03-02", major_illness=False).help_due
        False
    """

    # health facts (PIPL art. 28): kept in the model and its dumps, never in repr/str/logs
    admitted: Day = Field(repr=False)
    discharged: Day | None = Field(default=None, repr=False)
    major_illness: bool = Field(
        repr=False, description="重大疾病: a visit is due (required, never assumed)."
    )
    serious: bool = Field(default=False, repr=False, description="病情严重: help is due.")
    money_difficulty: bool = Field(
        default=False, repr=False, description="资金非常困难: help is due."
    )

    @model_validator(mode="after")
    def _ordered(self) -> HospitalStay:
        if self.discharged is not None and self.discharged < self.admitted:
            raise ValueError(f"discharged {self.discharged} is before admitted {self.admitted}")
        return self

    @property
    def help_due(self) -> bool:
        """应予帮助 — whether the stay calls for help (a serious illness or very short of money).

        Examples:
            >>> HospitalStay(admitted="2024-03-02", major_illness=True,
            ...              money_difficulty=True).help_due
            True
        """
        return self.major_illness and (self.serious or self.money_difficulty)


class HardshipKind(enum.Enum):
    """生活困难类别 — the two conditions that call for monthly visits.

    Examples:
        >>> [k.value for k in HardshipKind]
        ['great_hardship', 'unable_to_look_after_self']
    """

    GREAT_HARDSHIP = "great_hardship"  # 生活特别贫困
    UNABLE_TO_LOOK_AFTER_SELF = "unable_to_look_after_self"  # 失去生活自理能力

    @property
    def zh(self) -> str:
        """中文名称 — the condition's Chinese name.

        Examples:
            >>> HardshipKind.GREAT_HARDSHIP.zh
            '生活特别贫困'
        """
        if self is HardshipKind.GREAT_HARDSHIP:
            return "生活特别贫困"
        return "失去生活自理能力"

    @property
    def en(self) -> str:
        """英文说明 — the condition in English, to follow "the member is".

        Examples:
            >>> HardshipKind.UNABLE_TO_LOOK_AFTER_SELF.en
            'unable to look after themselves'
        """
        if self is HardshipKind.GREAT_HARDSHIP:
            return "in especially great hardship"
        return "unable to look after themselves"


class HardshipPeriod(_Frozen):
    """生活困难期间 — a period (both ends included) in which a member is in a hardship condition.

    ``contact`` is the person the organization named to keep in touch (专人负责联系).

    Examples:
        >>> HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start="2024-01-01").covers(
        ...     _dt.date(2030, 1, 1))
        True
    """

    kind: HardshipKind = Field(repr=False)  # personal circumstances: never in repr/str/logs
    start: Day = Field(repr=False)
    end: Day | None = Field(default=None, repr=False, description="Last day; None while it lasts.")
    contact: Id | None = Field(default=None, description="专人: the person named to visit.")

    @model_validator(mode="after")
    def _ordered(self) -> HardshipPeriod:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    def covers(self, day: _dt.date) -> bool:
        """是否处于困难期间 — whether the condition holds on ``day``.

        Examples:
            >>> h = HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start="2024-01-01",
            ...                    end="2024-06-30")
            >>> h.covers(_dt.date(2024, 6, 30)), h.covers(_dt.date(2024, 7, 1))
            (True, False)
        """
        day = as_date(day, "day")
        return self.start <= day and (self.end is None or day <= self.end)


class Disaster(_Frozen):
    """灾害 — a disaster the member met (flood, fire, ...), which grounds a relief payment.

    Examples:
        >>> Disaster(on="2024-07-10", what="洪灾").what
        '洪灾'
    """

    on: Day
    what: str = ""


class ElderlyMember(_Frozen):
    """老党员 — an elderly Party member and the facts the care rules read.

    Who counts as an elderly member is the caller's roster: the seed sets no
    age. ``organization`` is the id of their basic-level Party organization
    (所在基层党组织). Events (admissions, hardship, disasters) cannot start
    after ``died_on``.

    Examples:
        >>> m = ElderlyMember(id="M1", name="纪昌友", organization="V01",
        ...     honours=[Honour(awarded_by="大冶市", level=HonourLevel.COUNTY)])
        >>> m.highest_honour
        <HonourLevel.COUNTY: 'county'>
    """

    id: Id
    name: Name
    organization: Id = Field(description="Id of the member's basic-level organization.")
    honours: tuple[Honour, ...] = ()
    posts: tuple[Post, ...] = Field(default=(), description="Posts held (past or present).")
    hospital_stays: tuple[HospitalStay, ...] = Field(default=(), repr=False)  # health facts
    hardship: tuple[HardshipPeriod, ...] = Field(default=(), repr=False)
    disasters: tuple[Disaster, ...] = ()
    died_on: Day | None = None

    @model_validator(mode="after")
    def _nothing_after_death(self) -> ElderlyMember:
        d = self.died_on
        if d is None:
            return self
        for i, s in enumerate(self.hospital_stays):
            if s.admitted > d:
                raise ValueError(f"hospital_stays[{i}]: admitted {s.admitted} after death {d}")
        for i, h in enumerate(self.hardship):
            if h.start > d:
                raise ValueError(f"hardship[{i}]: starts {h.start} after death {d}")
        for i, x in enumerate(self.disasters):
            if x.on > d:
                raise ValueError(f"disasters[{i}]: on {x.on} after death {d}")
        return self

    @property
    def highest_honour(self) -> HonourLevel | None:
        """最高表彰级别 — the level of the member's most senior honour, or None.

        Examples:
            >>> ElderlyMember(id="M1", name="某", organization="V01").highest_honour is None
            True
        """
        return max((h.level for h in self.honours), default=None)

    @property
    def highest_post(self) -> PostLevel | None:
        """最高曾任职务 — the level of the most senior post the member has held, or None.

        Examples:
            >>> ElderlyMember(id="M1", name="某", organization="V01", posts=[
            ...     Post(title="党小组长", level=PostLevel.OTHER)]).highest_post
            <PostLevel.OTHER: 'other'>
        """
        return max((p.level for p in self.posts), default=None)

    def alive_on(self, day: _dt.date) -> bool:
        """是否在世 — whether the member is alive on ``day`` (the day of death counts as alive).

        Examples:
            >>> m = ElderlyMember(id="M1", name="某", organization="V01", died_on="2024-05-01")
            >>> m.alive_on(_dt.date(2024, 5, 1)), m.alive_on(_dt.date(2024, 5, 2))
            (True, False)
        """
        day = as_date(day, "day")
        return self.died_on is None or day <= self.died_on


class Organization(_Frozen):
    """基层党组织 — a basic-level Party organization (a village branch) and its office-holders.

    ``secretary`` (书记) is the organization's head (党组织负责人);
    ``stationed_cadre`` is the town cadre stationed at the village
    (蹲点/挂村镇干部); ``members`` lists the ids of *all* its members, who
    attend a memorial service. A vacant office is ``None``.

    Examples:
        >>> Organization(id="V01", name="某村党支部", secretary="张书记").secretary
        '张书记'
    """

    id: Id
    name: Name
    secretary: Id | None = None
    stationed_cadre: Id | None = None
    members: tuple[Id, ...] = ()


class Town(_Frozen):
    """镇党委 — the town Party committee's office-holders who host memorial services.

    Examples:
        >>> Town(name="某镇", party_secretary="王书记").organization_member is None
        True
    """

    name: Name
    party_secretary: Id | None = Field(default=None, description="镇党委书记.")
    deputy_secretary: Id | None = Field(default=None, description="镇分管组织副书记.")
    organization_member: Id | None = Field(default=None, description="镇党委组织委员.")


class VisitKind(enum.Enum):
    """走访类别 — what a visit-log entry records.

    Examples:
        >>> [k.value for k in VisitKind]
        ['hospital', 'home', 'aid', 'meeting']
    """

    HOSPITAL = "hospital"  # 住院看望
    HOME = "home"  # 入户看望、慰问、走访
    AID = "aid"  # 帮助、救助
    MEETING = "meeting"  # 党员和村民代表会议(集体过节拜年)

    @property
    def zh(self) -> str:
        """中文名称 — the kind's Chinese name.

        Examples:
            >>> VisitKind.MEETING.zh
            '党员和村民代表会议'
        """
        return _VISIT_ZH[self]


_VISIT_ZH = {
    VisitKind.HOSPITAL: "住院看望",
    VisitKind.HOME: "入户看望",
    VisitKind.AID: "帮助救助",
    VisitKind.MEETING: "党员和村民代表会议",
}


class Visit(_Frozen):
    """走访记录 — one entry of the visit log.

    A visit to a member names the ``member``; a festival meeting names the
    ``organization`` that held it and no member.

    Examples:
        >>> Visit(kind=VisitKind.HOME, on="2025-06-28", member="M1", by="李四").kind.zh
        '入户看望'
        >>> Visit(kind=VisitKind.MEETING, on="2025-06-30", organization="V01").member is None
        True
    """

    kind: VisitKind
    on: Day
    member: Id | None = None
    organization: Id | None = None
    by: Id | None = Field(default=None, description="Who visited.")
    note: str = Field(default="", repr=False)  # free text: may name an illness

    @model_validator(mode="after")
    def _subject(self) -> Visit:
        if self.kind is VisitKind.MEETING:
            if not self.organization:
                raise ValueError("a meeting names the organization that held it")
        elif not self.member:
            raise ValueError("a visit names the member visited")
        return self

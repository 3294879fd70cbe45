"""老党员关怀帮扶示例 — the sample town's elderly members, visit log and relief fund.

The care family's part of the sample town (青石镇, `TOWN`):
24 elderly Party members in the 12 village branches, with honours at every
level (青石镇党委, 云岭市, 江平市, 华东省, 中共中央), past posts, hospital
stays, hardship, two deaths, a year's visit log with deliberate gaps, and
the relief fund's ledger. `build` makes the data of a year and
`section` runs every care rule on it.

The gaps the log has on purpose (under the default policy each is a
missed duty, 应帮不帮、应扶不扶):

- 马长林 (上湾村), in great hardship, is not visited in August or November;
- 彭立本 (竹园村) is not visited at home for 七一;
- 柳岸村 holds no Spring Festival meeting of members and villagers' representatives;
- 黄守仁 (西溪村) is admitted to hospital on 12 September and nobody from the
  branch visits him (the town's fund still pays him).

The two deaths: 周福生 (上湾村, honoured by 华东省) dies on 10 October, so
the town party secretary 林振华 hosts; 钱木根 (石桥村, honoured by 云岭市)
dies twenty days after the Spring Festival while the town's 组织委员 post
is vacant (高雅琴 takes it up on 1 April), so the vacancy rule
(``care.memorial_vacancy``) decides who hosts.

Everything is invented: no real person, village or fund is described.

Examples:
    >>> s = build(2025)
    >>> len(s.members), len(s.organizations), [m.name for m in s.deaths]
    (24, 12, ['钱木根', '周福生'])
"""

from __future__ import annotations

import datetime as _dt
import random
from collections.abc import Sequence
from decimal import Decimal
from typing import ParamSpec, TypeVar

from orgwork.calendar import spring_festival
from orgwork.care import (
    Disaster,
    ElderlyMember,
    FundPurpose,
    HardshipKind,
    HardshipPeriod,
    Honour,
    HonourLevel,
    HospitalStay,
    HostRole,
    Organization,
    Post,
    PostLevel,
    ReliefFund,
    Town,
    Visit,
    VisitKind,
)
from orgwork.decision import Text
from orgwork.records.assessment import Village
from orgwork.records.care import CareRecords, TownVacancy
from orgwork.samples._town import TOWN

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "SAMPLE_DEDUCTION",
    "CareRecords",
    "TownVacancy",
    "build",
]

#: The first and last year `build` makes data for.
FIRST_YEAR = 2004
LAST_YEAR = 2026

#: The points per missed duty the section uses, clearly labelled as a sample value,
#: when the caller's policy leaves ``care.deduction_per_missed_duty`` unset.
SAMPLE_DEDUCTION = Decimal("2")

_FUND_NAME = "青石镇老党员关怀帮扶专项资金"
_T = TypeVar("_T")
_P = ParamSpec("_P")


# -- the sample's models ---------------------------------------------------------------


# -- building the sample ---------------------------------------------------------------

#: The person each branch names to keep in touch with members in hardship (专人).
_CONTACTS = {
    "V01": "王小勇",
    "V02": "李长春",
    "V03": "张丽萍",
    "V04": "赵海燕",
    "V05": "孙国庆",
    "V06": "周红梅",
    "V07": "吴建平",
    "V08": "郑春燕",
    "V09": "冯小龙",
    "V10": "陈志远",
    "V11": "褚明亮",
    "V12": "卫红英",
}

#: The ten members in great hardship, paid at the 七一 meeting.
_POOR = ("M01", "M04", "M06", "M08", "M09", "M11", "M14", "M16", "M18", "M20")


def _members(year: int) -> tuple[ElderlyMember, ...]:
    def d(month: int, day: int) -> _dt.date:
        return _dt.date(year, month, day)

    sf = spring_festival(year)
    gh, unable = HardshipKind.GREAT_HARDSHIP, HardshipKind.UNABLE_TO_LOOK_AFTER_SELF

    def poor(village: str, since: _dt.date, end: _dt.date | None = None) -> tuple[HardshipPeriod]:
        return (HardshipPeriod(kind=gh, start=since, end=end, contact=_CONTACTS[village]),)

    township = Honour(
        awarded_by="青石镇党委", level=HonourLevel.TOWNSHIP, title="优秀共产党员", year=year - 6
    )
    rows = [
        # 东岭村
        ElderlyMember(
            id="M01",
            name="刘永福",
            organization="V01",
            honours=(township,),
            hardship=poor("V01", _dt.date(year - 3, 3, 1)),
        ),
        ElderlyMember(
            id="M02",
            name="陈玉兰",
            organization="V01",
            hospital_stays=(
                HospitalStay(admitted=d(3, 15), major_illness=True, discharged=d(3, 29)),
            ),
        ),
        # 西溪村: the unvisited hospital stay
        ElderlyMember(
            id="M03",
            name="黄守仁",
            organization="V02",
            honours=(
                Honour(
                    awarded_by=TOWN.county,
                    level=HonourLevel.COUNTY,
                    title="优秀共产党员",
                    year=year - 12,
                ),
            ),
            posts=(Post(title="西溪村党支部书记", level=PostLevel.BRANCH_SECRETARY),),
            hospital_stays=(
                HospitalStay(
                    admitted=d(9, 12),
                    major_illness=True,
                    discharged=d(9, 26),
                    money_difficulty=True,
                ),
            ),
        ),
        ElderlyMember(
            id="M04",
            name="李桂英",
            organization="V02",
            hardship=poor("V02", _dt.date(year - 2, 5, 1)),
        ),
        # 南塘村
        ElderlyMember(
            id="M05",
            name="张有财",
            organization="V03",
            hardship=(
                HardshipPeriod(
                    kind=unable, start=_dt.date(year - 4, 8, 1), contact=_CONTACTS["V03"]
                ),
            ),
        ),
        ElderlyMember(
            id="M06",
            name="何凤珍",
            organization="V03",
            hardship=poor("V03", _dt.date(year - 1, 11, 1), d(9, 30)),
        ),
        # 北坪村: the national honour
        ElderlyMember(
            id="M07",
            name="赵德胜",
            organization="V04",
            honours=(
                Honour(
                    awarded_by="中共中央",
                    level=HonourLevel.NATIONAL,
                    title="全国优秀共产党员",
                    year=year - 20,
                ),
            ),
            posts=(Post(title="原青石公社党委副书记", level=PostLevel.TOWNSHIP_OR_ABOVE),),
            hospital_stays=(
                HospitalStay(admitted=d(11, 3), discharged=d(11, 7), major_illness=False),
            ),
        ),
        ElderlyMember(
            id="M08",
            name="孙秀梅",
            organization="V04",
            hardship=poor("V04", _dt.date(year - 5, 1, 1)),
        ),
        # 上湾村: the missed hardship months; the death hosted by the town party secretary
        ElderlyMember(
            id="M09",
            name="马长林",
            organization="V05",
            hardship=poor("V05", _dt.date(year - 2, 9, 1)),
        ),
        ElderlyMember(
            id="M10",
            name="周福生",
            organization="V05",
            honours=(
                Honour(
                    awarded_by=TOWN.county,
                    level=HonourLevel.COUNTY,
                    title="优秀党务工作者",
                    year=year - 18,
                ),
                Honour(
                    awarded_by=TOWN.province,
                    level=HonourLevel.PROVINCE,
                    title="优秀共产党员",
                    year=year - 15,
                ),
            ),
            posts=(Post(title="上湾村党支部书记", level=PostLevel.BRANCH_SECRETARY),),
            hospital_stays=(HospitalStay(admitted=d(9, 28), major_illness=True, serious=True),),
            died_on=d(10, 10),
        ),
        # 下湾村: the prefecture honour
        ElderlyMember(
            id="M11",
            name="吴春兰",
            organization="V06",
            hardship=poor("V06", _dt.date(year - 1, 2, 1)),
        ),
        ElderlyMember(
            id="M12",
            name="郭文华",
            organization="V06",
            honours=(
                Honour(
                    awarded_by=TOWN.prefecture,
                    level=HonourLevel.PREFECTURE,
                    title="优秀共产党员",
                    year=year - 9,
                ),
            ),
            posts=(Post(title="下湾村党支部委员", level=PostLevel.BRANCH_COMMITTEE),),
        ),
        # 石桥村: the death while the 组织委员 post is vacant
        ElderlyMember(
            id="M13",
            name="钱木根",
            organization="V07",
            honours=(
                Honour(
                    awarded_by=TOWN.county,
                    level=HonourLevel.COUNTY,
                    title="优秀共产党员",
                    year=year - 10,
                ),
            ),
            posts=(Post(title="石桥村党支部委员", level=PostLevel.BRANCH_COMMITTEE),),
            died_on=sf + _dt.timedelta(days=20),
        ),
        ElderlyMember(
            id="M14",
            name="沈菊花",
            organization="V07",
            hardship=poor("V07", _dt.date(year - 3, 6, 1)),
        ),
        # 枫林村
        ElderlyMember(
            id="M15",
            name="潘长寿",
            organization="V08",
            hardship=(HardshipPeriod(kind=unable, start=d(5, 12), contact=_CONTACTS["V08"]),),
        ),
        ElderlyMember(
            id="M16",
            name="范秀珍",
            organization="V08",
            hardship=poor("V08", _dt.date(year - 2, 1, 1)),
            disasters=(Disaster(on=d(7, 18), what="暴雨致房屋受损"),),
        ),
        # 竹园村: the missed 七一 visit
        ElderlyMember(
            id="M17",
            name="彭立本",
            organization="V09",
            posts=(Post(title="竹园村党支部委员", level=PostLevel.BRANCH_COMMITTEE),),
        ),
        ElderlyMember(
            id="M18",
            name="蒋翠英",
            organization="V09",
            hardship=poor("V09", _dt.date(year - 4, 4, 1)),
        ),
        # 桃源村: a serious illness, visited and helped
        ElderlyMember(
            id="M19",
            name="韩德旺",
            organization="V10",
            hospital_stays=(
                HospitalStay(
                    admitted=d(6, 8),
                    major_illness=True,
                    discharged=d(7, 2),
                    serious=True,
                    money_difficulty=True,
                ),
            ),
        ),
        ElderlyMember(
            id="M20",
            name="杨金凤",
            organization="V10",
            hardship=poor("V10", _dt.date(year - 1, 7, 1)),
        ),
        # 柳岸村: the missed Spring Festival meeting
        ElderlyMember(id="M21", name="朱大有", organization="V11"),
        ElderlyMember(
            id="M22",
            name="秦玉珍",
            organization="V11",
            honours=(township.model_copy(update={"year": year - 3}),),
        ),
        # 青山村
        ElderlyMember(
            id="M23",
            name="尤长根",
            organization="V12",
            honours=(township.model_copy(update={"year": year - 11}),),
            disasters=(Disaster(on=d(7, 18), what="暴雨致房屋受损"),),
        ),
        ElderlyMember(id="M24", name="曹淑贞", organization="V12"),
    ]
    return tuple(rows)


def _organizations(
    members: Sequence[ElderlyMember], rng: random.Random
) -> tuple[Organization, ...]:
    out = []
    for v in TOWN.villages:
        elderly = [m.id for m in members if m.organization == v.id]
        others = [f"{v.id}-P{k:02d}" for k in range(1, rng.randint(26, 58) + 1)]
        out.append(
            Organization(
                id=v.id,
                name=f"{v.name}党支部",
                secretary=v.secretary,
                stationed_cadre=v.stationed_cadre,
                members=(*elderly, *others),
            )
        )
    return tuple(out)


def _visits(year: int, members: Sequence[ElderlyMember], rng: random.Random) -> tuple[Visit, ...]:
    sf = spring_festival(year)
    qiyi = _dt.date(year, 7, 1)
    out: list[Visit] = []

    def home(m: ElderlyMember, on: _dt.date, by: str, note: str) -> None:
        if m.alive_on(on):
            out.append(Visit(kind=VisitKind.HOME, on=on, member=m.id, by=by, note=note))

    def meeting(v: Village, on: _dt.date, note: str) -> None:
        out.append(
            Visit(kind=VisitKind.MEETING, on=on, organization=v.id, by=v.secretary, note=note)
        )

    # Festivals: the branch meetings and a home visit to every member.
    for v in TOWN.villages:
        if v.id != "V11":  # gap: 柳岸村 holds no Spring Festival meeting
            meeting(
                v,
                sf - _dt.timedelta(days=rng.randint(2, 8)),
                "春节党员和村民代表会议,集体为老党员拜年",
            )
        meeting(
            v,
            qiyi - _dt.timedelta(days=rng.randint(1, 3)),
            "庆“七一”党员和村民代表会议,集体为老党员过节",
        )
    for m in members:
        v = TOWN.village(m.organization)
        home(m, sf - _dt.timedelta(days=rng.randint(3, 10)), v.secretary, "春节入户慰问")
        if m.id != "M17":  # gap: 彭立本 is not visited for 七一
            home(m, _dt.date(year, 6, rng.randint(20, 30)), v.secretary, "“七一”入户慰问")
        home(m, _dt.date(year, 4, rng.randint(8, 25)), v.stationed_cadre, "日常走访,通报村务")
        if m.id != "M24":  # gap (checked only if a routine frequency is set): no October visit
            home(m, _dt.date(year, 10, rng.randint(12, 25)), v.stationed_cadre, "日常走访,听取意见")

    # Hardship: a home visit by the named contact every month of the spell.
    for m in members:
        for h in m.hardship:
            for month in range(1, 13):
                first = _dt.date(year, month, 1)
                last = _dt.date(year + (month == 12), month % 12 + 1, 1) - _dt.timedelta(days=1)
                lo = max(first, h.start)
                hi = min(last, h.end or last)
                if lo > hi:
                    continue
                day = min(hi, max(lo, _dt.date(year, month, rng.randint(5, 25))))
                if m.id == "M09" and month in (8, 11):  # gap: 马长林 is not visited
                    continue
                home(
                    m, day, h.contact or TOWN.village(m.organization).secretary, "困难党员每月看望"
                )

    # Hospital visits (黄守仁's stay of 12 September is never visited: a gap).
    for member_id, on in (("M02", (3, 17)), ("M10", (9, 30)), ("M19", (6, 10))):
        m = next(x for x in members if x.id == member_id)
        out.append(
            Visit(
                kind=VisitKind.HOSPITAL,
                on=_dt.date(year, *on),
                member=member_id,
                by=TOWN.village(m.organization).secretary,
                note="住院看望",
            )
        )
    return tuple(sorted(out, key=lambda x: (x.on, x.kind.value, x.member or x.organization or "")))


def _fund(year: int, members: Sequence[ElderlyMember], rng: random.Random) -> ReliefFund:
    by_id = {m.id: m for m in members}
    sf = spring_festival(year)
    fund = ReliefFund(name=_FUND_NAME).receive(
        _dt.date(year - 1, 12, 31),
        rng.randint(150, 250) * 100,
        source="上年度结余",
        note=f"{year - 1}年末余额结转",
    )
    fund = fund.receive(_dt.date(year, 1, 8), 50000, source="镇财政拨款", note="年度预算")
    for i in _POOR:
        fund = fund.pay(
            sf - _dt.timedelta(days=6),
            500,
            by_id[i],
            FundPurpose.GREAT_HARDSHIP,
            note="春节慰问困难党员",
        )
    fund = fund.pay(_dt.date(year, 6, 20), 5000, by_id["M19"], FundPurpose.MAJOR_ILLNESS)
    meeting = f"建党{year - 1921}周年大会"
    fund = fund.receive(
        _dt.date(year, 7, 1),
        rng.randint(180, 300) * 100,
        source="党员爱心基金捐款",
        note=f"{meeting}现场捐款",
    )
    for i in _POOR:
        fund = fund.pay(
            _dt.date(year, 7, 1),
            4000,
            by_id[i],
            FundPurpose.GREAT_HARDSHIP,
            note=f"{meeting}现场发放慰问金",
        )
    for i in ("M16", "M23"):
        fund = fund.pay(
            _dt.date(year, 7, 25), 3000, by_id[i], FundPurpose.DISASTER, note="暴雨灾后救助"
        )
    fund = fund.receive(_dt.date(year, 9, 15), 20000, source=f"{TOWN.county}委组织部专项补助")
    fund = fund.pay(_dt.date(year, 10, 3), 3000, by_id["M10"], FundPurpose.MAJOR_ILLNESS)
    return fund.pay(_dt.date(year, 10, 5), 3000, by_id["M03"], FundPurpose.MAJOR_ILLNESS)


def build(year: int) -> CareRecords:
    """老党员关怀帮扶示例数据 — the sample town's care records for ``year`` (2004–2026).

    Deterministic: the few varying numbers (visit days, branch sizes, the
    donations) come from a random generator seeded with the year. A year
    outside 2004–2026 raises `ValueError`.

    Examples:
        >>> s = build(2025)
        >>> [m.name for m in s.members if m.highest_honour is HonourLevel.NATIONAL]
        ['赵德胜']
        >>> build(2025) == s
        True
        >>> build(2030)
        Traceback (most recent call last):
        ...
        ValueError: the care sample covers 2004–2026, not 2030
    """
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"the care sample covers {FIRST_YEAR}–{LAST_YEAR}, not {year}")
    rng = random.Random(year)
    members = _members(year)
    organizations = _organizations(members, rng)
    visits = _visits(year, members, rng)
    fund = _fund(year, members, rng)
    vacancy = TownVacancy(
        role=HostRole.ORGANIZATION_MEMBER,
        start=_dt.date(year, 1, 1),
        end=_dt.date(year, 3, 31),
        note=Text(
            zh=f"前任组织委员调任{TOWN.county}委组织部,{TOWN.organization_member}于{year}年4月1日任镇党委组织委员",
            en=f"The previous organization member moved to the {TOWN.county} organization "
            f"department; {TOWN.organization_member} took up the post on {year}-04-01",
        ),
    )
    return CareRecords(
        sample_deduction=SAMPLE_DEDUCTION,
        year=year,
        town=Town(
            name=TOWN.name,
            party_secretary=TOWN.party_secretary,
            deputy_secretary=TOWN.deputy_secretary_organization,
            organization_member=TOWN.organization_member,
        ),
        organizations=organizations,
        members=members,
        visits=visits,
        fund=fund,
        vacancies=(vacancy,),
    )

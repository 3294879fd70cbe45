"""Benchmark: ``orgwork check`` on a county's records workbook: reading it, then deciding.

A county-sized :class:`~orgwork.records.Records` is built from the sample
town's records (:func:`orgwork.samples.records`), scaled and seeded, with
the sample's models and their validators; every sample record is kept and
the county's are added to it:

* supervision: 100,000 letters and visits (``supervision.cases``), received
  on working days spread over the year, handled by the people in
  ``supervision.handlers``; about 90% are answered within the 15 working
  days, 7% late and 3% not at all (a reply that would fall after
  31 December is left unanswered, so the case is open or overdue);
* care: 10,000 elderly members in 500 village branches
  (``care.members``, ``care.organizations``), some honoured, some past
  branch officers, some in hardship, in hospital or dying in the year, and
  a year of visits (``care.visits``): the 七一 and Spring Festival meetings
  and home visits, routine visits in April and October, a monthly visit to
  each member in hardship, and hospital visits and aid; about 2% of the
  visits that fall due are left out, so that the check finds missed duties;
* assessment: 500 villages in 25 towns (``assessment.villages``), each with
  12 monthly 千分制 sheets (``assessment.sheets``) under the sample's village
  scheme, every item within its monthly maximum.

The other families (open days, selection, the supervision ledger, the
relief fund, ...) are the sample's. ``--scale`` multiplies the three sizes
(0.1 for a quick run).

The records are written once to each format asked for (timed on their own,
not part of the result) and then, as ``orgwork check FILE`` does, read with
:func:`~orgwork.records.read_records_report` and decided with
:func:`orgwork.report.check`. The table gives each phase's seconds, its
share of the total, the process's peak resident memory during the phase
(``resource.getrusage`` maxrss, its high-water mark reset before each
phase where Linux allows) and the peak of Python allocations
(``tracemalloc``). Tracing slows Python down a lot, so by default the
timed pass runs untraced and a second pass of the same work measures the
Python peaks (``--trace inline`` traces the timed pass instead, ``off``
skips it). The script checks that the records read back equal the records
written and that every sheet's rows read = accepted + reported, and, with
``--format all``, times reading the JSON file and the folder of CSV files
for comparison. ``--profile N`` prints the N costliest functions of each
phase (cProfile, cumulative seconds).

Run: ``python benchmarks/records.py [--scale 1.0] [--format xlsx|csv|json|all]``
(needs openpyxl for .xlsx: ``pip install "orgwork[xlsx]"``).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this directory comes first on sys.path, where a sibling
# benchmark (calendar.py) would shadow the standard library's calendar module.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import cProfile
import datetime as dt
import gc
import io
import json
import os
import platform
import pstats
import random
import resource
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from importlib.metadata import version
from typing import Any

from orgwork.assessment import MonthlySheet
from orgwork.calendar import Calendar, official_calendar, spring_festival
from orgwork.care import (
    Disaster,
    ElderlyMember,
    HardshipKind,
    HardshipPeriod,
    Honour,
    HonourLevel,
    HospitalStay,
    Organization,
    Post,
    PostLevel,
    VisitKind,
)
from orgwork.care import Visit as CareVisit
from orgwork.errors import CalendarCoverageError
from orgwork.records import (
    AssessmentRecords,
    CareRecords,
    Records,
    Result,
    SupervisionRecords,
    Village,
    read_records_report,
    write_records,
)
from orgwork.report import Report, check
from orgwork.samples import TOWN
from orgwork.samples import records as sample_records
from orgwork.supervision import Case, Channel

#: The sizes at ``--scale 1``.
CASES, MEMBERS, VILLAGES = 100_000, 10_000, 500
#: Villages per town (the assessment ranks the villages of each town).
VILLAGES_PER_TOWN = 20

# -- invented names -----------------------------------------------------------------------

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_GIVEN = [
    "建国",
    "秀兰",
    "德明",
    "春华",
    "志强",
    "桂芳",
    "海涛",
    "玉梅",
    "建军",
    "淑珍",
    "卫东",
    "明辉",
    "永福",
    "玉兰",
    "守仁",
    "桂英",
    "有财",
    "凤珍",
    "德胜",
    "秀梅",
    "长林",
    "福生",
    "春兰",
    "文华",
    "木根",
    "菊花",
    "长寿",
    "秀珍",
    "立本",
    "翠英",
    "德旺",
    "金凤",
    "大有",
    "玉珍",
    "长根",
    "淑贞",
    "国强",
    "光明",
    "红英",
    "学文",
    "振兴",
    "爱华",
    "新民",
    "冬梅",
    "春生",
    "桂兰",
    "富贵",
    "玉华",
    "建华",
    "丽娟",
    "志刚",
    "晓峰",
    "文静",
    "国平",
    "海燕",
    "小勇",
    "长春",
    "丽萍",
    "国庆",
    "红梅",
]
_PLACE_A = "东西南北上下前后大小新老金银石竹桃柳松梅兰荷枫杨杏桂槐樟茶溪青白红黄古高长平安福丰和"
_PLACE_B = "岭溪塘坪湾桥林园源岸山庄河沟坝湖港洲冲埠口铺店集寨堡田垄坡岗"
_TOWN_A = "青白柳云桂龙金凤马黄石梅松溪杏鹤狮虎象鹿龟泉潭水花竹兰菊茶"
_TOWN_B = "石沙河台花潭山湖桥坪口田溪岭冈埠滩洲"


def _person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN)


def _places(
    rng: random.Random, n: int, first: str, second: str, ends: str, taken: set[str]
) -> list[str]:
    """``n`` distinct invented place names not in ``taken`` (three characters when two run short)."""
    room = len(first) * len(second)
    out: list[str] = []
    seen = set(taken)
    while len(out) < n:
        name = rng.choice(first) + rng.choice(second)
        if n > room // 2:
            name += rng.choice(second)
        name += rng.choice(ends)
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


# -- the county ---------------------------------------------------------------------------


@dataclass
class _Village:
    id: str
    name: str
    town: str
    secretary: str
    stationed_cadre: str
    contact: str  # the person named to keep in touch with members in hardship


def _villages(rng: random.Random, base: AssessmentRecords, n: int) -> list[_Village]:
    """The sample's villages (in 青石镇) and the county's others, ``n`` in all, 20 to a town."""
    towns_needed = max(1, -(-n // VILLAGES_PER_TOWN))
    townships = ["青石镇", "白沙镇", "柳河乡", "云台镇", "桂花乡", "龙潭镇"]
    townships += _places(
        rng, max(0, towns_needed - len(townships)), _TOWN_A, _TOWN_B, "镇镇乡", set(townships)
    )
    out = [
        _Village(v.id, v.name, TOWN.name, v.secretary, v.stationed_cadre, _person(rng))
        for v in base.villages
    ]
    names = _places(
        rng, max(0, n - len(out)), _PLACE_A, _PLACE_B, "村", {v.name for v in base.villages}
    )
    for i, name in enumerate(names, start=len(out) + 1):
        town = townships[(i - 1) // VILLAGES_PER_TOWN]
        out.append(_Village(f"V{i:03d}", name, town, _person(rng), _person(rng), _person(rng)))
    return out


def _assessment(
    rng: random.Random, base: AssessmentRecords, villages: list[_Village], year: int
) -> AssessmentRecords:
    scheme = base.village_scheme
    assert scheme is not None
    caps = [(i.code, [int(m * 2) for m in i.monthly or ()]) for i in scheme.items]
    new = villages[len(base.villages) :]
    sheets = list(base.sheets)
    for v in new:
        level = rng.uniform(0.6, 1.0)  # a better or worse village, all year
        for month in range(1, 13):
            points = {}
            for code, monthly in caps:
                cap = monthly[month - 1]  # in half points
                points[code] = Decimal(rng.randint(round(cap * level * 0.9), cap)) / 2
            sheets.append(
                MonthlySheet(
                    unit=v.name, town=v.town, kind="village", year=year, month=month, points=points
                )
            )
    return AssessmentRecords.model_validate(
        {
            **dict(base),
            "villages": (
                *base.villages,
                *(
                    Village(
                        id=v.id,
                        name=v.name,
                        secretary=v.secretary,
                        stationed_cadre=v.stationed_cadre,
                    )
                    for v in new
                ),
            ),
            "sheets": tuple(sheets),
        }
    )


def _day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def _member(rng: random.Random, mid: str, v: _Village, year: int) -> ElderlyMember:
    jan1, dec31 = dt.date(year, 1, 1), dt.date(year, 12, 31)
    died_on = _day(rng, jan1, dec31) if rng.random() < 0.03 else None
    last = died_on or dec31
    honours: list[Honour] = []
    r = rng.random()
    if r < 0.08:
        honours.append(
            Honour(
                awarded_by=f"{v.town}党委",
                level=HonourLevel.TOWNSHIP,
                title="优秀共产党员",
                year=year - rng.randint(1, 30),
            )
        )
    elif r < 0.11:
        honours.append(
            Honour(
                awarded_by=TOWN.county,
                level=HonourLevel.COUNTY,
                title=rng.choice(("优秀共产党员", "优秀党务工作者")),
                year=year - rng.randint(1, 30),
            )
        )
    elif r < 0.12:
        honours.append(
            Honour(
                awarded_by=TOWN.prefecture,
                level=HonourLevel.PREFECTURE,
                title="优秀共产党员",
                year=year - rng.randint(1, 30),
            )
        )
    posts: list[Post] = []
    r = rng.random()
    if r < 0.03:
        posts.append(Post(title=f"{v.name}党支部书记", level=PostLevel.BRANCH_SECRETARY))
    elif r < 0.12:
        posts.append(Post(title=f"{v.name}党支部委员", level=PostLevel.BRANCH_COMMITTEE))
    hardship: list[HardshipPeriod] = []
    r = rng.random()
    if r < 0.15:
        start = (
            dt.date(year - rng.randint(1, 6), rng.randint(1, 12), 1)
            if rng.random() < 0.8
            else _day(rng, jan1, last)
        )
        end = _day(rng, jan1, dec31) if rng.random() < 0.1 else None
        if end is not None and end < start:
            end = None
        hardship.append(
            HardshipPeriod(
                kind=HardshipKind.GREAT_HARDSHIP, start=start, end=end, contact=v.contact
            )
        )
    elif r < 0.18:
        start = dt.date(year - rng.randint(0, 4), rng.randint(1, 12), 1)
        hardship.append(
            HardshipPeriod(
                kind=HardshipKind.UNABLE_TO_LOOK_AFTER_SELF,
                start=min(start, last),
                contact=v.contact,
            )
        )
    stays: list[HospitalStay] = []
    if rng.random() < 0.08 and last >= dt.date(year, 1, 5):
        admitted = _day(rng, dt.date(year, 1, 5), min(dt.date(year, 12, 10), last))
        discharged = admitted + dt.timedelta(days=rng.randint(3, 21))
        stays.append(
            HospitalStay(
                admitted=admitted,
                discharged=None if died_on and discharged > died_on else discharged,
                major_illness=rng.random() < 0.75,
                serious=rng.random() < 0.2,
                money_difficulty=rng.random() < 0.15,
            )
        )
    disasters: list[Disaster] = []
    if rng.random() < 0.01:
        disasters.append(Disaster(on=_day(rng, jan1, last), what="暴雨致房屋受损"))
    return ElderlyMember(
        id=mid,
        name=_person(rng),
        organization=v.id,
        honours=tuple(honours),
        posts=tuple(posts),
        hospital_stays=tuple(stays),
        hardship=tuple(hardship),
        disasters=tuple(disasters),
        died_on=died_on,
    )


def _care(
    rng: random.Random, base: CareRecords, villages: list[_Village], n: int, year: int
) -> CareRecords:
    new = villages[len(base.organizations) :]
    wanted = max(0, n - len(base.members))
    per = [wanted // len(new) if new else 0] * len(new)
    for i in rng.sample(range(len(new)), wanted - sum(per)) if new else ():
        per[i] += 1
    members: list[ElderlyMember] = []
    organizations: list[Organization] = []
    k = len(base.members)
    for v, count in zip(new, per, strict=True):
        own = []
        for _ in range(count):
            k += 1
            own.append(_member(rng, f"M{k:05d}", v, year))
        members.extend(own)
        others = [f"{v.id}-P{j:02d}" for j in range(1, rng.randint(26, 58) + 1)]
        organizations.append(
            Organization(
                id=v.id,
                name=f"{v.name}党支部",
                secretary=v.secretary,
                stationed_cadre=v.stationed_cadre,
                members=(*(m.id for m in own), *others),
            )
        )
    visits = _visits(rng, new, members, year)
    all_visits = sorted(
        (*base.visits, *visits),
        key=lambda x: (x.on, x.kind.value, x.member or x.organization or ""),
    )
    return CareRecords.model_validate(
        {
            **dict(base),
            "organizations": (*base.organizations, *organizations),
            "members": (*base.members, *members),
            "visits": tuple(all_visits),
        }
    )


def _visits(
    rng: random.Random, villages: list[_Village], members: list[ElderlyMember], year: int
) -> list[CareVisit]:
    """A year of the visit log for the county's own branches, about 2% of due visits left out."""
    miss = 0.02
    sf = spring_festival(year)
    qiyi = dt.date(year, 7, 1)
    by_id = {v.id: v for v in villages}
    out: list[CareVisit] = []

    def home(m: ElderlyMember, on: dt.date, by: str, note: str, kind: VisitKind) -> None:
        if m.alive_on(on) and rng.random() >= miss:
            out.append(CareVisit(kind=kind, on=on, member=m.id, by=by, note=note))

    for v in villages:
        for day, note in (
            (sf - dt.timedelta(days=rng.randint(2, 8)), "春节党员和村民代表会议,集体为老党员拜年"),
            (
                qiyi - dt.timedelta(days=rng.randint(1, 3)),
                "庆“七一”党员和村民代表会议,集体为老党员过节",
            ),
        ):
            if rng.random() >= miss:
                out.append(
                    CareVisit(
                        kind=VisitKind.MEETING, on=day, organization=v.id, by=v.secretary, note=note
                    )
                )
    home_ = VisitKind.HOME
    for m in members:
        v = by_id[m.organization]
        home(m, sf - dt.timedelta(days=rng.randint(3, 10)), v.secretary, "春节入户慰问", home_)
        home(m, dt.date(year, 6, rng.randint(20, 30)), v.secretary, "“七一”入户慰问", home_)
        home(m, dt.date(year, 4, rng.randint(8, 25)), v.stationed_cadre, "日常走访,通报村务", home_)
        home(
            m, dt.date(year, 10, rng.randint(12, 25)), v.stationed_cadre, "日常走访,听取意见", home_
        )
        for h in m.hardship:
            for month in range(1, 13):
                first = dt.date(year, month, 1)
                last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
                lo, hi = max(first, h.start), min(last, h.end or last)
                if lo > hi:
                    continue
                day = min(hi, max(lo, dt.date(year, month, rng.randint(5, 25))))
                home(m, day, h.contact or v.secretary, "困难党员每月看望", home_)
        for s in m.hospital_stays:
            if s.major_illness:
                day = s.admitted + dt.timedelta(days=rng.randint(1, 6))
                home(m, day, v.secretary, "住院看望", VisitKind.HOSPITAL)
            if s.help_due:
                day = s.admitted + dt.timedelta(days=rng.randint(3, 25))
                home(m, day, v.secretary, "送去帮扶慰问金", VisitKind.AID)
    return out


def _add_working_days(cal: Calendar, day: dt.date, n: int | None) -> dt.date | None:
    """``n`` working days after ``day``; None for no reply, or past the calendar's coverage."""
    if n is None:
        return None
    try:
        return cal.add_working_days(day, n)
    except CalendarCoverageError:  # a reply in a year the calendar does not cover yet
        return None


def _supervision(
    rng: random.Random, base: SupervisionRecords, n: int, year: int, cal: Calendar
) -> SupervisionRecords:
    handlers = base.handlers
    dec31 = dt.date(year, 12, 31)
    days = [d for m in range(1, 13) for d in cal.working_days_in(year, m)]
    reception = [
        d if cal.is_working_day(d) else cal.next_working_day(d)
        for d in (dt.date(year, m, 15) for m in range(1, 13))
    ]
    channels = (Channel.LETTER, Channel.CALL, Channel.MAILBOX, Channel.VISIT)
    weights = (50, 25, 15, 10)
    topics = sorted({c.summary for c in base.cases})
    cases = list(base.cases)
    for i in range(len(cases) + 1, n + 1):
        channel = rng.choices(channels, weights)[0]
        if channel is Channel.VISIT:
            received = rng.choice(reception) if rng.random() < 0.5 else rng.choice(days)
            handler = base.deputy_head_letters
        else:
            received = rng.choice(days)
            handler = rng.choice(handlers)
        r = rng.random()
        after = rng.randint(1, 15) if r < 0.90 else rng.randint(16, 30) if r < 0.97 else None
        replied = _add_working_days(cal, received, after)
        if replied is not None and replied > dec31:
            replied = None  # not answered by the year's end
        cases.append(
            Case(
                id=f"XF{year}-{i:06d}",
                channel=channel,
                received_on=received,
                assigned_on=received,
                handler=handler,
                replied_on=replied,
                summary=rng.choice(topics),
            )
        )
    cases.sort(key=lambda c: (c.received_on, c.id))
    return SupervisionRecords.model_validate({**dict(base), "cases": tuple(cases)})


def county_records(scale: float, year: int, seed: int) -> Records:
    """The sample town's records of ``year`` grown to a county (deterministic for a seed)."""
    base = sample_records(year)
    rng = random.Random(seed)
    cal = official_calendar()
    villages = _villages(
        rng, base.assessment, max(len(base.assessment.villages), round(VILLAGES * scale))
    )
    return Records(
        year=year,
        town=TOWN.county,
        county=TOWN.county,
        prefecture=TOWN.prefecture,
        province=TOWN.province,
        assessment=_assessment(rng, base.assessment, villages, year),
        care=_care(rng, base.care, villages, round(MEMBERS * scale), year),
        supervision=_supervision(
            rng, base.supervision, max(len(base.supervision.cases), round(CASES * scale)), year, cal
        ),
        open_day=base.open_day,
        selection=base.selection,
    )


# -- measuring ----------------------------------------------------------------------------

MiB = 1024 * 1024


def _reset_rss_peak() -> bool:
    """Reset the process's resident-memory high-water mark (Linux), so maxrss is the phase's."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        return False
    return True


def _maxrss() -> int:
    """The process's peak resident memory in bytes (getrusage reports KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _rss() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize()
    except OSError:
        return 0


def _stage_peak() -> int:
    """The peak RSS since the last reset; the high-water mark is reset for what follows."""
    peak = _maxrss()
    _reset_rss_peak()
    return peak


@dataclass
class Phase:
    name: str
    seconds: float = 0.0
    rss_start: int = 0
    rss_peak: int = 0
    rss_reset: bool = False  # False: rss_peak is the process's peak so far, not the phase's
    py_start: int | None = None
    py_peak: int | None = None
    traced_seconds: float | None = None
    profile: str = ""


@contextmanager
def _measure(phase: Phase, *, profile: int) -> Iterator[None]:
    """Time the block; peak RSS (high-water mark reset first) and, when tracing, Python peak."""
    gc.collect()
    phase.rss_reset = _reset_rss_peak()
    phase.rss_start = _rss()
    tracing = tracemalloc.is_tracing()
    if tracing:
        tracemalloc.reset_peak()
        phase.py_start = tracemalloc.get_traced_memory()[0]
    prof = cProfile.Profile() if profile else None
    if prof is not None:
        prof.enable()
    t0 = time.perf_counter()
    try:
        yield
    finally:
        phase.seconds = time.perf_counter() - t0
        if prof is not None:
            prof.disable()
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(profile)
            phase.profile = out.getvalue()
        phase.rss_peak = _maxrss()
        if tracing:
            phase.py_peak = tracemalloc.get_traced_memory()[1]


def _read_and_decide(
    path: Path, year: int, *, profile: int, phases: tuple[Phase, Phase]
) -> tuple[Result, Report]:
    read, decide = phases
    with _measure(read, profile=profile):
        result = read_records_report(path)
    with _measure(decide, profile=profile):
        report = check(result.records, year, sheets=result.sheets, problems=result.problems)
    return result, report


def _differences(written: Records, read: Records) -> list[str]:
    """The fields (``family.field``) where the records read differ from those written."""
    out = [
        k
        for k in ("year", "town", "county", "prefecture", "province")
        if getattr(written, k) != getattr(read, k)
    ]
    for key, family in written.families().items():
        other = getattr(read, key)
        if family != other:
            out.extend(
                f"{key}.{name}"
                for name in type(family).model_fields
                if getattr(family, name) != getattr(other, name)
            )
    return out


def _same(written: Records, read: Records) -> str:
    if written == read:
        return "True"
    return f"False (differ: {', '.join(_differences(written, read)) or '?'})"


def _counts_ok(result: Result) -> bool:
    return all(s.read == s.accepted + s.reported for s in result.sheets)


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir())
    return path.stat().st_size


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def _peers(paths: dict[str, Path], formats: tuple[str, ...], ours: dict[str, float]) -> str:
    """The same files read by a peer that only parses them (no types, no checks, no records).

    pandas ``read_excel(sheet_name=None)`` (openpyxl underneath, as for orgwork) for the
    workbook, pandas ``read_csv`` of every file for the CSV folder, and the standard
    library's ``json.load`` for the JSON file: the floor of reading the same bytes.
    """
    try:
        import pandas as pd
    except ModuleNotFoundError:
        return "\npeers: pandas is not installed (pip install 'orgwork[bench]'): skipped\n"
    readers: dict[str, tuple[str, Callable[[Path], Any]]] = {
        "xlsx": ("pandas.read_excel, every sheet", lambda p: pd.read_excel(p, sheet_name=None)),
        "csv": (
            "pandas.read_csv, every file",
            lambda p: [pd.read_csv(f, dtype=str) for f in sorted(p.glob("*.csv"))],
        ),
        "json": ("json.load", lambda p: json.loads(p.read_text(encoding="utf-8"))),
    }
    lines = [
        "",
        "peer reading the same file (parsing only: no types, no checks, no records):",
        f"{'format':<8}{'peer':<32}{'peer s':>8}{'orgwork s':>11}{'orgwork/peer':>14}",
    ]
    for fmt in formats:
        name, read = readers[fmt]
        secs, _ = _timed(lambda read=read, fmt=fmt: read(paths[fmt]))
        lines.append(f"{fmt:<8}{name:<32}{secs:>8.1f}{ours[fmt]:>11.1f}{ours[fmt] / secs:>14.2f}")
    return "\n".join(lines) + "\n"


def _growth(scale: float, year: int, seed: int) -> str:
    """Growth exponents of reading (JSON) and deciding at 1/16, 1/4 and 1 of ``scale``.

    ``log(t_big / t_small) / log(4)`` for each step: 1.0 is linear.
    """
    import math

    times: list[tuple[float, float, float]] = []
    for s in (scale / 16, scale / 4, scale):
        records = county_records(s, year, seed)
        with tempfile.TemporaryDirectory(prefix="orgwork-growth-") as tmp:
            path = write_records(records, Path(tmp) / "county.json")
            phases = (Phase("read"), Phase("decide"))
            _read_and_decide(path, year, profile=0, phases=phases)
        times.append((s, phases[0].seconds, phases[1].seconds))
    lines = ["", "growth (JSON file; exponent log(t2/t1)/log 4, 1.0 = linear):"]
    lines.append(f"{'scale':>8}{'read s':>9}{'decide s':>10}{'read exp':>10}{'decide exp':>12}")
    for i, (s, r, d) in enumerate(times):
        if i == 0:
            lines.append(f"{s:>8.3g}{r:>9.2f}{d:>10.2f}")
            continue
        _, r0, d0 = times[i - 1]
        re_, de = math.log(r / r0) / math.log(4), math.log(d / d0) / math.log(4)
        lines.append(f"{s:>8.3g}{r:>9.2f}{d:>10.2f}{re_:>10.2f}{de:>12.2f}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: 100,000 cases etc.")
    parser.add_argument("--format", choices=("xlsx", "csv", "json", "all"), default="all")
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument(
        "--trace",
        choices=("separate", "inline", "off"),
        default="separate",
        help="tracemalloc in a second pass (default), in the timed pass, or not at all",
    )
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="print each phase's N costliest calls"
    )
    parser.add_argument(
        "--growth",
        action="store_true",
        help="also print growth exponents (read and decide at 1/16, 1/4 and 1 of --scale)",
    )
    args = parser.parse_args()
    if args.scale <= 0:
        parser.error("--scale must be positive")
    formats = ("xlsx", "json", "csv") if args.format == "all" else (args.format,)
    main_format = formats[0]

    resettable = _reset_rss_peak()
    t_build, records = _timed(lambda: county_records(args.scale, args.year, args.seed))
    stage_peaks = {"building (imports included)": _stage_peak()}
    sup, care, asm = records.supervision, records.care, records.assessment
    towns = {s.town for s in asm.sheets}
    print(
        f"county records {records.town} {records.year} (scale {args.scale:g}, seed {args.seed}), "
        f"built in {t_build:.1f} s:"
    )
    print(f"  supervision: {len(sup.cases):,} letters and visits ({len(sup.handlers)} handlers)")
    print(
        f"  care: {len(care.members):,} elderly members in {len(care.organizations):,} branches, "
        f"{len(care.visits):,} visit-log entries"
    )
    print(
        f"  assessment: {len(asm.villages):,} villages in {len(towns)} towns, "
        f"{len(asm.sheets):,} monthly sheets"
    )
    print(
        f"python {platform.python_version()}, pydantic {version('pydantic')}, "
        f"openpyxl {version('openpyxl')}; {platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}"
    )

    with tempfile.TemporaryDirectory(prefix="orgwork-bench-") as tmp:
        paths = {
            "xlsx": Path(tmp) / "county.xlsx",
            "json": Path(tmp) / "county.json",
            "csv": Path(tmp) / "county-csv",
        }
        written: dict[str, tuple[float, int]] = {}
        for fmt in formats:
            secs, _ = _timed(lambda fmt=fmt: write_records(records, paths[fmt]))
            written[fmt] = (secs, _size(paths[fmt]))
        stage_peaks["writing"] = _stage_peak()
        print()
        print("written once (not part of the timings below):")
        print(f"{'format':<10}{'MiB':>10}{'seconds':>10}")
        for fmt, (secs, size) in written.items():
            print(f"{fmt:<10}{size / MiB:>10.1f}{secs:>10.1f}")

        # the timed pass (untraced unless --trace inline)
        inline = args.trace == "inline"
        if inline:
            tracemalloc.start()
        phases = (Phase(f"read {main_format} (read_records_report)"), Phase("decide (check)"))
        result, report = _read_and_decide(
            paths[main_format], args.year, profile=args.profile, phases=phases
        )
        if inline:
            tracemalloc.stop()
        same = _same(records, result.records)
        counts_ok = _counts_ok(result)
        rows = sum(s.read for s in result.sheets)
        n_sheets = len(result.sheets)
        n_sections = len(report.sections)
        reported = sum(s.reported for s in result.sheets)
        errors = sum(1 for p in result.problems if p.severity == "error")
        decisions = sum(len(s.decisions) for s in report.sections)
        del report, result
        others: list[tuple[str, float, int, str, bool]] = []
        for fmt in formats[1:]:
            gc.collect()
            _reset_rss_peak()
            secs, res = _timed(lambda fmt=fmt: read_records_report(paths[fmt]))
            peak = _maxrss()
            others.append((fmt, secs, peak, _same(records, res.records), _counts_ok(res)))
            del res
        ours = {main_format: phases[0].seconds} | {f: s for f, s, *_ in others}
        peer_lines = _peers(paths, formats, ours)
        if args.trace == "separate":
            tracemalloc.start()
            traced = (Phase(phases[0].name), Phase(phases[1].name))
            _read_and_decide(paths[main_format], args.year, profile=0, phases=traced)
            tracemalloc.stop()
            for p, t in zip(phases, traced, strict=True):
                p.py_start, p.py_peak, p.traced_seconds = t.py_start, t.py_peak, t.seconds
            stage_peaks["the traced pass (tracemalloc's own bookkeeping included)"] = max(
                t.rss_peak for t in traced
            )

    total = sum(p.seconds for p in phases)
    print()
    print(
        f"orgwork check on the {main_format} file: {rows:,} rows in {n_sheets} sheets read, "
        f"{reported:,} reported ({errors:,} error problems); {decisions:,} decisions in "
        f"{n_sections} sections"
    )
    print(f"{'phase':<38}{'seconds':>10}{'share':>8}{'RSS peak MiB':>14}{'Python peak MiB':>17}")
    for p in phases:
        py = f"{p.py_peak / MiB:.0f}" if p.py_peak is not None else "-"
        print(
            f"{p.name:<38}{p.seconds:>10.1f}{p.seconds / total:>8.1%}"
            f"{p.rss_peak / MiB:>14.0f}{py:>17}"
        )
    py_total = max((p.py_peak or 0) for p in phases)
    print(
        f"{'total':<38}{total:>10.1f}{1:>8.1%}{max(p.rss_peak for p in phases) / MiB:>14.0f}"
        f"{f'{py_total / MiB:.0f}' if py_total else '-':>17}"
    )
    notes = []
    if args.profile:
        notes.append("timed under cProfile, so slower than a plain run")
    if all(p.rss_reset for p in phases):
        notes.append(
            "RSS peak: getrusage maxrss, its high-water mark reset at each phase's start "
            "(RSS then: " + ", ".join(f"{p.rss_start / MiB:.0f}" for p in phases) + " MiB)"
        )
    else:
        notes.append("RSS peak: getrusage maxrss of the process so far (could not be reset)")
    notes.append(
        "RSS peaks of the other stages"
        + ("" if resettable else " (each the process's peak so far)")
        + ": "
        + ", ".join(f"{k} {v / MiB:.0f} MiB" for k, v in stage_peaks.items())
    )
    if args.trace == "off":
        notes.append("tracemalloc off")
    else:
        where = "a second, traced pass" if args.trace == "separate" else "the timed pass (traced)"
        notes.append(
            f"Python peak: tracemalloc, from {where}, counting what the read allocated and "
            "still holds (Python allocations at each phase's start: "
            + ", ".join(f"{(p.py_start or 0) / MiB:.0f}" for p in phases)
            + " MiB)"
        )
    if args.trace == "separate":
        notes.append(
            "the traced pass took "
            + " and ".join(f"{p.traced_seconds or 0:.1f}" for p in phases)
            + " s"
        )
    for n in notes:
        print(f"  {n}")
    print(
        f"read share {phases[0].seconds / total:.1%}, decide share {phases[1].seconds / total:.1%}"
    )
    print(f"records read back equal the records written: {same}")
    print(f"every sheet read == accepted + reported: {counts_ok}")
    if others:
        print()
        print(
            "reading the other formats (read_records_report only, untraced, run after the timed "
            "pass; RSS includes what the process kept from it):"
        )
        print(
            f"{'format':<10}{'seconds':>10}{'× ' + main_format:>10}{'RSS peak MiB':>14}"
            f"{'counts':>8}  equal"
        )
        print(
            f"{main_format:<10}{phases[0].seconds:>10.1f}{1:>10.2f}"
            f"{phases[0].rss_peak / MiB:>14.0f}{counts_ok!s:>8}  {same}"
        )
        for fmt, secs, peak, eq, ok in others:
            print(
                f"{fmt:<10}{secs:>10.1f}{secs / phases[0].seconds:>10.2f}{peak / MiB:>14.0f}"
                f"{ok!s:>8}  {eq}"
            )
    print(peer_lines, end="")
    if args.growth:
        print(_growth(args.scale, args.year, args.seed), end="")
    print(f"load average at the end: {os.getloadavg()[0]:.2f} (1 min)")
    if args.profile:
        for p in phases:
            print()
            print(f"-- profile: {p.name} --")
            print(p.profile.rstrip())


if __name__ == "__main__":
    main()

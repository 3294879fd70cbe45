"""考核示例 — the sample town's year of 千分制 sheets, its ranking and the 副科级 salary.

青石镇 scores its twelve villages every month under its own 村级千分制
scheme (the seed fixes the 1000-point total and the monthly scoring, not the
parts: the parts here are the sample town's own) and its six stationed town
cadres under a 镇干部千分制 scheme. Every year's data is made to show the
hard case: two villages tied exactly at fourth place after the deductions,
which the default tie policy refers to the town party committee. Three
care deductions (missed 七一 and Spring Festival visits) are recorded as
[`PointAdjustment`][orgwork.points.PointAdjustment] records, and one village has no
sheet for one month, so under the default policy it is not ranked, and
while its sheet is missing the top four and the honours quota are held and
referred to the town party committee (``assessment.missing_sheet_cuts``);
cutting the others without it (``"rank_others"``) shows the tie.

All names are invented (see `orgwork.samples.TOWN`).

Examples:
    >>> from orgwork.policy import Policy
    >>> from orgwork.report.assessment import section
    >>> sample = build(2025)
    >>> tied_villages(2025)
    ('上湾村', '柳岸村')
    >>> s = section(sample)
    >>> salary = [d for d in s.decisions if d.rule == "assessment.top_n_salary"]
    >>> sorted({(d.outcome, d.value.decided_by) for d in salary})
    [('not_ranked', 'not_ranked'), ('undecided', 'missing_sheets')]
    >>> others = Policy.default().override({"assessment.missing_sheet_cuts": "rank_others"})
    >>> s = section(sample, others)
    >>> [(d.subject, d.outcome) for d in s.decisions if d.rule == "assessment.top_n_salary"][:2]
    [('上湾村:2025', 'undecided'), ('柳岸村:2025', 'undecided')]
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from decimal import Decimal

from orgwork.assessment import (
    MonthlySheet,
    PointAdjustment,
    PointScheme,
    SchemeItem,
    UnitKind,
)
from orgwork.calendar import spring_festival
from orgwork.care import festival_visit_duties
from orgwork.decision import Text
from orgwork.records.assessment import AssessmentRecords, SheetGap, TownCadre
from orgwork.rules import id_of
from orgwork.samples._town import TOWN

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "AssessmentRecords",
    "SheetGap",
    "TownCadre",
    "build",
    "cadre_scheme",
    "tied_villages",
    "village_scheme",
]

#: The years `build` makes data for.
FIRST_YEAR, LAST_YEAR = 2004, 2026


def _item(code: str, zh: str, en: str, monthly: Sequence[int]) -> SchemeItem:
    return SchemeItem(
        code=code,
        name=Text(zh=zh, en=en),
        maximum=Decimal(sum(monthly, 0)),
        monthly=tuple(Decimal(m) for m in monthly),
    )


def village_scheme() -> PointScheme:
    """青石镇村级千分制考核方案 — the sample town's own 1000-point scheme for its villages.

    The seed quantifies the year's goals to 1000 points scored monthly but
    does not list the parts; these seven items, each allocated to the twelve
    months, are the sample town's own choice.

    Examples:
        >>> s = village_scheme()
        >>> [(i.name.zh, str(i.maximum)) for i in s.items][:4]
        [('党的建设', '240'), ('经济发展', '180'), ('社会治理', '180'), ('民生服务', '120')]
        >>> str(s.total), str(s.item("stability").monthly[11])
        ('1000', '6')
    """
    return PointScheme(
        code="qingshi_village",
        name=Text(zh="青石镇村级千分制考核方案", en="Qingshi town village thousand-point scheme"),
        kind="thousand_point",
        total=Decimal(1000),
        items=(
            _item("party", "党的建设", "Party building", [20] * 12),
            _item("economy", "经济发展", "Economic development", [15] * 12),
            _item("governance", "社会治理", "Social governance", [15] * 12),
            _item("livelihood", "民生服务", "Services for villagers", [10] * 12),
            _item("care", "老党员关怀帮扶", "Care for elderly members", [10] * 12),
            _item("environment", "人居环境整治", "Living environment", [8] * 12),
            _item("stability", "安全稳定", "Safety and stability", [5] * 8 + [6] * 4),
        ),
    )


def cadre_scheme() -> PointScheme:
    """青石镇镇干部千分制考核方案 — the sample town's 1000-point scheme for its own cadres.

    The seed applies the 千分制 to all town and village cadres (在全体镇村干部中实行);
    these four items are the sample town's own.

    Examples:
        >>> [i.code for i in cadre_scheme().items]
        ['post', 'village', 'project', 'conduct']
    """
    return PointScheme(
        code="qingshi_cadre",
        name=Text(zh="青石镇镇干部千分制考核方案", en="Qingshi town cadre thousand-point scheme"),
        kind="thousand_point",
        total=Decimal(1000),
        items=(
            _item("post", "本职工作", "Duties of the post", [33] * 8 + [34] * 4),
            _item("village", "驻村联系", "Work in the stationed village", [25] * 12),
            _item("project", "项目服务", "Service to projects", [16] * 4 + [17] * 8),
            _item("conduct", "作风纪律", "Conduct and discipline", [8] * 8 + [9] * 4),
        ),
    )


_POSTS = (
    ("党政综合办公室主任", "Director of the general office"),
    ("经济发展办公室主任", "Director of the economic development office"),
    ("社会事务办公室主任", "Director of the social affairs office"),
    ("综合治理中心主任", "Director of the social governance centre"),
    ("农业农村服务中心主任", "Director of the agriculture service centre"),
    ("财政所所长", "Head of the finance office"),
)

_GAP_REASONS = (
    (
        "村党组织书记参加上级脱产培训,当月评分表未报送",
        "the secretary was away on full-time training and the month's sheet was not filed",
    ),
    (
        "当月全村投入防汛抢险,未组织评分",
        "the village was fighting a flood that month and was not scored",
    ),
    ("当月评分表报送后遗失,未能补报", "the month's sheet was lost after filing and not refiled"),
)


def _cadres() -> tuple[TownCadre, ...]:
    seen: dict[str, str] = {}
    for v in TOWN.villages:
        seen.setdefault(v.stationed_cadre, v.name)
    return tuple(
        TownCadre(name=name, post=Text(zh=zh, en=en), village=village, civil_servant=True)
        for (name, village), (zh, en) in zip(seen.items(), _POSTS, strict=True)
    )


def _fit(
    rng: random.Random,
    unit: str,
    kind: UnitKind,
    year: int,
    scheme: PointScheme,
    months: Sequence[int],
    target: int,
    floors: dict[tuple[int, str], int] | None = None,
) -> list[MonthlySheet]:
    """Monthly sheets in half points adding up exactly to ``target`` half points."""
    floors = floors or {}
    cap: dict[tuple[int, str], int] = {}
    low: dict[tuple[int, str], int] = {}
    for m in months:
        for item in scheme.items:
            assert item.monthly is not None
            c = int(item.monthly[m - 1] * 2)
            cap[m, item.code] = c
            low[m, item.code] = max(c * 6 // 10, floors.get((m, item.code), 0))
    full = sum(cap.values())
    if not sum(low.values()) <= target <= full:
        raise ValueError(f"{unit}: target {Decimal(target) / 2} out of reach")  # pragma: no cover
    short = full - target
    score = {}
    for k, c in cap.items():
        d = c * short * rng.randint(0, 200) // (full * 100)
        score[k] = max(c - d, low[k])
    cells = sorted(cap)
    rng.shuffle(cells)
    diff = target - sum(score.values())
    while diff:
        for k in cells:
            if diff > 0 and score[k] < cap[k]:
                score[k] += 1
                diff -= 1
            elif diff < 0 and score[k] > low[k]:
                score[k] -= 1
                diff += 1
            if not diff:
                break
    return [
        MonthlySheet(
            unit=unit,
            town=TOWN.name,
            kind=kind,
            year=year,
            month=m,
            points={i.code: Decimal(score[m, i.code]) / 2 for i in scheme.items},
        )
        for m in months
    ]


def _party_sum(sheets: Iterable[MonthlySheet]) -> Decimal:
    return sum((s.points["party"] for s in sheets), Decimal(0))


def _build(year: int) -> tuple[AssessmentRecords, tuple[str, str]]:
    """青石镇年度考核示例数据 — a year of monthly 千分制 sheets for 12 villages and 6 cadres.

    Deterministic (seeded with ``year``) and valid for 2004–2026: the villages'
    places change from year to year, but every year two villages tie exactly
    at fourth place after the deductions, three villages lose 5 points each for
    a missed 七一 or Spring Festival visit, and one lower-placed village has no
    sheet for one month.

    Examples:
        >>> s = build(2025)
        >>> len(s.sheets), len(s.cadre_sheets), len(s.adjustments), len(s.gaps)
        (143, 72, 3, 1)
        >>> build(2025) == s
        True
        >>> build(2003)
        Traceback (most recent call last):
        ...
        ValueError: the sample covers 2004-2026, not 2003
    """
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"the sample covers {FIRST_YEAR}-{LAST_YEAR}, not {year}")
    rng = random.Random(year)
    vs, cs = village_scheme(), cadre_scheme()
    order = list(TOWN.villages)
    rng.shuffle(order)
    ranked, gap_village = order[:11], order[11]
    # Targets in half points, best first; places 4 and 5 (indexes 3 and 4) are equal.
    targets = [2 * 950 + rng.randint(0, 40)]
    for i in range(1, 11):
        targets.append(targets[-1] - (0 if i == 4 else rng.randint(6, 24)))
    tied = (ranked[3], ranked[4])
    others = [v for i, v in enumerate(ranked) if i not in (3, 4)]
    qiyi_other, spring_village = rng.sample(others, 2)
    spring_month = spring_festival(year).month
    deductions = (
        (tied[0], 7, "qiyi"),
        (qiyi_other, 7, "qiyi"),
        (spring_village, spring_month, "spring"),
    )
    adjustments = tuple(
        PointAdjustment(
            unit=v.name,
            year=year,
            month=month,
            points=Decimal(-5),
            item="care",
            rule=id_of(festival_visit_duties),
            reason=Text(
                zh="“七一”期间未入户走访慰问老党员1人"
                if which == "qiyi"
                else "春节期间未入户走访慰问老党员1人",
                en="One elderly member was not visited at home for 七一"
                if which == "qiyi"
                else "One elderly member was not visited at home for the Spring Festival",
            ),
            source=f"{TOWN.name}党委{year}年{month}月老党员关怀帮扶督查记录",
        )
        for v, month, which in sorted(deductions, key=lambda d: (d[1], d[0].id))
    )
    deducted = {a.unit: a for a in adjustments}
    sheets: list[MonthlySheet] = []
    all_months = range(1, 13)
    for v, target in zip(ranked, targets, strict=True):
        adj = deducted.get(v.name)
        floors = {(adj.month, "care"): 10} if adj else {}
        raw = target + (10 if adj else 0)
        made = _fit(rng, v.name, "village", year, vs, all_months, raw, floors)
        if v is tied[1]:
            # the secondary-key example needs the tied pair to differ on 党的建设
            while _party_sum(made) == _party_sum(s for s in sheets if s.unit == tied[0].name):
                made = _fit(rng, v.name, "village", year, vs, all_months, raw, floors)
        sheets.extend(made)
    gap_month = rng.randint(3, 11)
    gap_target = 2 * 800 + rng.randint(0, 40)
    gap_months = [m for m in all_months if m != gap_month]
    sheets.extend(_fit(rng, gap_village.name, "village", year, vs, gap_months, gap_target))
    zh, en = rng.choice(_GAP_REASONS)
    gaps = (SheetGap(unit=gap_village.name, month=gap_month, reason=Text(zh=zh, en=en)),)
    cadres = _cadres()
    cadre_order = list(cadres)
    rng.shuffle(cadre_order)
    cadre_sheets: list[MonthlySheet] = []
    target = 2 * 945 + rng.randint(0, 40)
    for c in cadre_order:
        cadre_sheets.extend(_fit(rng, c.name, "cadre", year, cs, all_months, target))
        target -= rng.randint(6, 24)
    place = {v.name: i for i, v in enumerate(TOWN.villages)}
    return AssessmentRecords(
        year=year,
        town=TOWN.name,
        villages=TOWN.villages,
        cadres=cadres,
        village_scheme=vs,
        cadre_scheme=cs,
        sheets=tuple(sorted(sheets, key=lambda s: (place[s.unit], s.month))),
        cadre_sheets=tuple(sorted(cadre_sheets, key=lambda s: (s.unit, s.month))),
        adjustments=adjustments,
        gaps=gaps,
        sample_quotas={"honours": 3, "promotion": 1, "reserve_cadres": 2, "excellent_grade": 1},
    ), (min(tied[0].name, tied[1].name), max(tied[0].name, tied[1].name))


def build(year: int) -> AssessmentRecords:
    """考核示例数据 — the sample town's assessment records of ``year`` (see `tied_villages`)."""
    return _build(year)[0]


def tied_villages(year: int) -> tuple[str, str]:
    """The two villages the sample ties exactly at fourth place in ``year``, in name order.

    Examples:
        >>> tied_villages(2025)
        ('上湾村', '柳岸村')
    """
    return _build(year)[1]

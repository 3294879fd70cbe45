"""考核示例 — the sample town's year of 千分制 sheets, its ranking and the 副科级 salary.

青石镇 scores its twelve villages every month under its own 村级千分制
scheme (the seed fixes the 1000-point total and the monthly scoring, not the
parts: the parts here are the sample town's own) and its six stationed town
cadres under a 镇干部千分制 scheme. Every year's data is made to show the
hard case: two villages tied exactly at fourth place after the deductions,
which the default tie policy refers to the town party committee. Three
care deductions (missed 七一 and Spring Festival visits) are recorded as
:class:`~orgwork.points.PointAdjustment` records, and one village has no
sheet for one month, so under the default policy it is not ranked.

All names are invented (see :data:`orgwork.samples.TOWN`).

Examples:
    >>> sample = build(2025)
    >>> sample.tied_villages
    ('上湾村', '柳岸村')
    >>> s = section(sample)
    >>> [(d.subject, d.outcome) for d in s.decisions if d.rule == "assessment.top_n_salary"][:2]
    [('上湾村:2025', 'undecided'), ('柳岸村:2025', 'undecided')]
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from orgwork.assessment import (
    AnnualTotal,
    MonthlySheet,
    PointAdjustment,
    PointScheme,
    Ranking,
    RankingColumn,
    RankingTable,
    SalaryEligibility,
    SchemeItem,
    UnitKind,
    Use,
    UseResult,
    annual_totals,
    committee_attendance,
    excellent_grade,
    honours,
    promotion_shortlist,
    rank,
    ranking_table,
    reserve_cadre_recommendation,
    salary_eligibility,
)
from orgwork.calendar import spring_festival
from orgwork.decision import Decision, Lang, Text
from orgwork.errors import OrgworkError
from orgwork.policy import Policy, resolve
from orgwork.samples._report import Section
from orgwork.samples._town import TOWN, SampleVillage

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "AssessmentSample",
    "SampleCadre",
    "SheetGap",
    "build",
    "cadre_scheme",
    "ranking_table_of",
    "section",
    "village_scheme",
]

#: The years :func:`build` makes data for.
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


class SampleCadre(BaseModel):
    """A town mid-level cadre (镇中层干部) of the sample town, assessed under the cadre scheme."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    post: Text
    village: str = Field(description="The village the cadre is stationed in (驻村).")


class SheetGap(BaseModel):
    """A month with no score sheet, and why (the assessment then lists it as missing)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: str
    month: int = Field(ge=1, le=12)
    reason: Text


class AssessmentSample(BaseModel):
    """The sample town's assessment data for one year.

    Villages are assessed under their names (the unit id of every sheet is
    the village's name, e.g. ``"东岭村"``), cadres under theirs.
    ``tied_villages`` names the two villages whose annual results are equal
    at fourth place (in the order :func:`~orgwork.assessment.rank` lists them); ``sample_quotas`` are the places each use of the result
    gets in the demo when the caller's policy sets none (the seed gives none).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int
    town: str
    villages: tuple[SampleVillage, ...]
    cadres: tuple[SampleCadre, ...]
    village_scheme: PointScheme
    cadre_scheme: PointScheme
    sheets: tuple[MonthlySheet, ...]
    cadre_sheets: tuple[MonthlySheet, ...]
    adjustments: tuple[PointAdjustment, ...]
    gaps: tuple[SheetGap, ...]
    tied_villages: tuple[str, str]
    sample_quotas: dict[Use, int]

    def secretary(self, village: str) -> str:
        """The party secretary of ``village`` (by name); '' for a unit that is not a village.

        Examples:
            >>> build(2025).secretary("东岭村")
            '王建国'
        """
        for v in self.villages:
            if v.name == village:
                return v.secretary
        return ""


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


def _cadres() -> tuple[SampleCadre, ...]:
    seen: dict[str, str] = {}
    for v in TOWN.villages:
        seen.setdefault(v.stationed_cadre, v.name)
    return tuple(
        SampleCadre(name=name, post=Text(zh=zh, en=en), village=village)
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


def build(year: int) -> AssessmentSample:
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
            rule="care.festival_visit",
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
    return AssessmentSample(
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
        tied_villages=(min(tied[0].name, tied[1].name), max(tied[0].name, tied[1].name)),
        sample_quotas={"honours": 3, "promotion": 1, "reserve_cadres": 2, "excellent_grade": 1},
    )


# -- the report section ----------------------------------------------------------------------


def _pts(value: Decimal) -> str:
    return format(value.normalize(), "f")


_UseRule = Callable[..., tuple[Decision[UseResult], ...]]

_USE_NAMES: dict[Use, tuple[str, str]] = {
    "honours": ("村级组织评先评优", "village organization honours"),
    "promotion": ("镇中层干部提拔使用", "promotion of town mid-level cadres"),
    "reserve_cadres": ("后备干部推优", "reserve-cadre recommendation"),
    "excellent_grade": ("年终优秀等次评比", "the year-end excellent grade"),
}


class _Builder:
    def __init__(self, sample: AssessmentSample, policy: Policy | None) -> None:
        self.s = sample
        self.policy = policy
        self.day = dt.date(sample.year, 12, 31)
        self.summary: list[Text] = []
        self.notes: list[Text] = []
        self.decisions: list[Decision[Any]] = []

    def line(self, zh: str, en: str) -> None:
        self.summary.append(Text(zh=zh, en=en))

    def note(self, zh: str, en: str) -> None:
        self.notes.append(Text(zh=zh, en=en))

    def who(self, unit: str, lang: Lang = "zh") -> str:
        sec = self.s.secretary(unit)
        if not sec:
            return unit
        return f"{unit}({sec})" if lang == "zh" else f"{unit} ({sec})"

    def attempt(self, what: Text, call: Callable[[], Any]) -> Any:
        """Run ``call``; an orgwork error becomes a note saying what could not be decided."""
        try:
            return call()
        except OrgworkError as exc:
            param = getattr(exc, "parameter", None)
            tail_zh = f"(参数 {param})" if param else ""
            tail_en = f" (parameter {param})" if param else ""
            self.note(
                f"无法确定{what.zh}{tail_zh}:{exc}",
                f"Could not decide {what.en}{tail_en}: {exc}",
            )
            return None


def section(sample: AssessmentSample, policy: Policy | None = None) -> Section:
    """考核报告节 — every assessment rule run on the sample year, as a report section.

    Runs :func:`~orgwork.assessment.annual_totals`, :func:`~orgwork.assessment.rank`,
    :func:`~orgwork.assessment.salary_eligibility`,
    :func:`~orgwork.assessment.committee_attendance` and the four uses of the
    result (村级组织评先评优 for the villages; 镇中层干部提拔使用, 后备干部推优 and
    年终优秀等次 for the town cadres) with ``policy``. A use whose quota, share and
    score line the policy all leave unset gets the sample's quota, said in a
    note. Months the policy does not score are left out, with a note. Anything
    that cannot be decided becomes a note, never an error.

    Decisions, in order: the salary decisions (those referred to the town party
    committee first, then by rank), the village ranking, the cadre ranking, the
    annual totals, the uses, and 列席镇党委会.

    Examples:
        >>> s = section(build(2025))
        >>> s.key, s.title.zh
        ('assessment', '千分制考核与副科级待遇')
        >>> p = Policy.default().override({"assessment.salary_top_n": 5})
        >>> [d.outcome for d in section(build(2025), p).decisions][:5]
        ['eligible', 'eligible', 'eligible', 'eligible', 'eligible']
    """
    b = _Builder(sample, policy)
    a = resolve(policy, b.day).assessment
    s = sample
    scored = set(a.scored_months)
    sheets = [x for x in s.sheets if x.month in scored]
    cadre_sheets = [x for x in s.cadre_sheets if x.month in scored]
    adjustments = [x for x in s.adjustments if x.month in scored]
    if len(scored) < 12:
        unscored = [m for m in range(1, 13) if m not in scored]
        b.note(
            f"政策只对{'、'.join(map(str, a.scored_months))}月评分"
            f"(assessment.scored_months),示例中{'、'.join(map(str, unscored))}月的评分表和扣分不计入",
            f"The policy scores months {', '.join(map(str, a.scored_months))} only "
            f"(assessment.scored_months); the sample's sheets and deductions for "
            f"{', '.join(map(str, unscored))} are left out",
        )
    vs = s.village_scheme
    parts_zh = "、".join(f"{i.name.zh}{_pts(i.maximum)}分" for i in vs.items)
    parts_en = ", ".join(f"{i.name.en} {_pts(i.maximum)}" for i in vs.items)
    b.line(
        f"{s.town}{s.year}年对{len(s.villages)}个村实行千分制考核,按本镇自定的"
        f"《{vs.name.zh}》({parts_zh},共{_pts(vs.total)}分)逐月评分,"
        f"全年收到月度评分表{len(s.sheets)}张;分项由本镇确定,种子材料只规定总分和按月评分。",
        f"{s.town} scored its {len(s.villages)} villages every month of {s.year} under the "
        f"town's own {vs.name.en} ({parts_en}; {_pts(vs.total)} in all), {len(s.sheets)} "
        "monthly sheets in the year; the parts are the town's own, the seed fixes only the total "
        "and the monthly scoring.",
    )
    totals: tuple[Decision[AnnualTotal], ...] | None = b.attempt(
        Text(zh="村级千分制年度结果", en="the villages' annual results"),
        lambda: annual_totals(sheets, vs, adjustments=adjustments, policy=policy),
    )
    cadre_totals: tuple[Decision[AnnualTotal], ...] | None = b.attempt(
        Text(zh="镇干部千分制年度结果", en="the town cadres' annual results"),
        lambda: annual_totals(cadre_sheets, s.cadre_scheme, policy=policy),
    )
    salary: tuple[Decision[SalaryEligibility], ...] = ()
    rankings: tuple[Decision[Ranking], ...] = ()
    cadre_rankings: tuple[Decision[Ranking], ...] = ()
    if totals is not None:
        rankings = rank(totals)
        _adjustment_lines(b, adjustments)
        _ranking_lines(b, rankings, totals)
        salary = (
            b.attempt(
                Text(zh="副科级待遇", en="the deputy-section-level salary"),
                lambda: salary_eligibility(totals, policy=policy),
            )
            or ()
        )
        _salary_lines(b, salary, a.salary_top_n)
    if cadre_totals is not None:
        cadre_rankings = rank(cadre_totals)
        shown_zh = "、".join(
            f"第{d.value.rank}名{d.value.unit}({_pts(d.value.points)}分)" for d in cadre_rankings
        )
        shown_en = ", ".join(
            f"{d.value.rank}. {d.value.unit} ({_pts(d.value.points)})" for d in cadre_rankings
        )
        b.line(
            f"{len(s.cadres)}名镇中层干部按《{s.cadre_scheme.name.zh}》考核,年度排名:{shown_zh}。",
            f"The {len(s.cadres)} town mid-level cadres, under the {s.cadre_scheme.name.en}, "
            f"rank: {shown_en}.",
        )
    uses: list[Decision[UseResult]] = []
    plan: tuple[tuple[Use, _UseRule, tuple[Decision[AnnualTotal], ...] | None], ...] = (
        ("honours", honours, totals),
        ("promotion", promotion_shortlist, cadre_totals),
        ("reserve_cadres", reserve_cadre_recommendation, cadre_totals),
        ("excellent_grade", excellent_grade, cadre_totals),
    )
    for use, fn, data in plan:
        if data is not None:
            uses.extend(_use(b, use, fn, data))
    attendance: tuple[Decision[bool], ...] = committee_attendance(
        [v.name for v in s.villages], on=b.day, policy=policy
    )
    allowed = [d.subject for d in attendance if d.value]
    if len(allowed) == len(attendance):
        b.line(
            f"全部{len(attendance)}个村的党组织书记均可列席镇党委会,参与重大事项决策(不论名次)。",
            f"All {len(attendance)} village party secretaries may attend town party committee "
            "meetings and take part in deciding major matters, whatever their rank.",
        )
    else:
        b.line(
            "本地政策未采用村党组织书记列席镇党委会(assessment.secretaries_attend_committee = false)。",
            "The local policy has not adopted attendance of village party secretaries at town "
            "party committee meetings (assessment.secretaries_attend_committee = false).",
        )
    referred = tuple(d for d in salary if d.outcome == "undecided")
    decisions: list[Decision[Any]] = [
        *referred,
        *(d for d in salary if d.outcome != "undecided"),
        *rankings,
        *cadre_rankings,
        *(totals or ()),
        *(cadre_totals or ()),
        *uses,
        *attendance,
    ]
    return Section(
        key="assessment",
        title=Text(
            zh="千分制考核与副科级待遇",
            en="Thousand-point assessment and the deputy-section-level salary",
        ),
        summary=tuple(b.summary),
        decisions=tuple(decisions),
        notes=tuple(b.notes),
    )


def _ranking_lines(
    b: _Builder, rankings: Sequence[Decision[Ranking]], totals: Sequence[Decision[AnnualTotal]]
) -> None:
    s = b.s
    ranked = [d for d in rankings if d.value.rank is not None]
    b.line(
        f"{s.year}年度村级千分制排名({len(ranked)}个村参加排名,扣分后计):",
        f"The {s.year} village ranking ({len(ranked)} villages ranked, after deductions):",
    )
    for d in ranked:
        r = d.value
        tie_zh = "(并列)" if r.tied_with else ""
        tie_en = " (tied)" if r.tied_with else ""
        b.line(
            f"第{r.rank}名{tie_zh} {r.unit} 党组织书记{s.secretary(r.unit)} {_pts(r.points)}分",
            f"{r.rank}{tie_en}. {r.unit}, secretary {s.secretary(r.unit)}: {_pts(r.points)} points",
        )
    gaps = {(g.unit, g.month): g for g in s.gaps}
    for t in totals:
        v = t.value
        if not v.missing_months:
            continue
        why_zh = (
            ";".join(gaps[v.unit, m].reason.zh for m in v.missing_months if (v.unit, m) in gaps)
            or "原因未说明"
        )
        why_en = (
            "; ".join(gaps[v.unit, m].reason.en for m in v.missing_months if (v.unit, m) in gaps)
            or "no reason given"
        )
        months = "、".join(map(str, v.missing_months))
        if v.rankable:
            b.line(
                f"{b.who(v.unit)}缺{months}月评分表({why_zh}),按政策缺月按零分计"
                f"(assessment.missing_months = zero),以{_pts(v.points)}分参加排名。",
                f"{b.who(v.unit, 'en')} has no sheet for month(s) "
                f"{', '.join(map(str, v.missing_months))} ({why_en}); by policy a missing month "
                f"scores nothing (assessment.missing_months = zero), so it is ranked with "
                f"{_pts(v.points)} points.",
            )
        else:
            b.line(
                f"{b.who(v.unit)}缺{months}月评分表({why_zh}),年度考核不完整,不参加排名,"
                f"也不能据此确定副科级待遇和评先评优(assessment.missing_months = not_ranked;"
                f"已评月份计得{_pts(v.points)}分)。",
                f"{b.who(v.unit, 'en')} has no sheet for month(s) "
                f"{', '.join(map(str, v.missing_months))} ({why_en}): its year is incomplete, "
                "so it is not ranked and no salary or honours decision rests on it "
                f"(assessment.missing_months = not_ranked; {_pts(v.points)} points in the "
                "scored months).",
            )


def _adjustment_lines(b: _Builder, adjustments: Sequence[PointAdjustment]) -> None:
    if not adjustments:
        return
    scheme = b.s.village_scheme

    def where(a: PointAdjustment, lang: Lang) -> str:
        if a.item is None:
            return "总分" if lang == "zh" else "the total"
        return scheme.item(a.item).name(lang)

    zh = ";".join(
        f"{a.unit}{a.month}月{where(a, 'zh')}{'扣' if a.points < 0 else '加'}"
        f"{_pts(abs(a.points))}分({a.reason.zh},规则 {a.rule})"
        for a in adjustments
    )
    en = "; ".join(
        f"{a.unit}, month {a.month}: {_pts(a.points)} on {where(a, 'en')} "
        f"({a.reason.en}; rule {a.rule})"
        for a in adjustments
    )
    b.line(
        f"关怀帮扶扣分{len(adjustments)}项(老党员走访慰问和帮扶救助情况纳入千分制考核):{zh}。",
        f"{len(adjustments)} care deductions (visits to and aid for elderly members count in "
        f"the thousand-point assessment): {en}.",
    )


def _salary_lines(b: _Builder, salary: Sequence[Decision[SalaryEligibility]], n: int) -> None:
    if not salary:
        return
    eligible = [d.value.unit for d in salary if d.outcome == "eligible"]
    eligible.sort(key=lambda u: next(d.value.rank or 0 for d in salary if d.value.unit == u))
    if eligible:
        b.line(
            f"副科级待遇(前{n}名):{'、'.join(b.who(u) for u in eligible)}"
            f"共{len(eligible)}名村党组织书记享受镇政府设立的与副科级等同的工资待遇。",
            f"Deputy-section-level salary (top {n}): {len(eligible)} village party "
            f"secretaries get it: {', '.join(b.who(u, 'en') for u in eligible)}.",
        )
    else:
        b.line(
            f"副科级待遇(前{n}名):没有村党组织书记确定享受。",
            f"Deputy-section-level salary (top {n}): no village secretary is settled to get it.",
        )
    seen: set[tuple[str, ...]] = set()
    for d in salary:
        v = d.value
        if v.decided_by not in ("tie_policy", "secondary_keys") or v.tied_units in seen:
            continue
        seen.add(v.tied_units)
        group = [x for x in salary if x.value.unit in v.tied_units]
        pts = _pts(v.points)
        names_zh = "、".join(b.who(u) for u in v.tied_units)
        names_en = ", ".join(b.who(u, "en") for u in v.tied_units)
        undecided = [x.value.unit for x in group if x.outcome == "undecided"]
        settled_zh = ";".join(
            f"{x.value.unit}{'享受' if x.outcome == 'eligible' else '不享受'}"
            for x in group
            if x.outcome != "undecided"
        )
        settled_en = "; ".join(
            f"{x.value.unit} {'gets it' if x.outcome == 'eligible' else 'does not'}"
            for x in group
            if x.outcome != "undecided"
        )
        policy = v.tie_policy.value if v.tie_policy else ""
        if undecided:
            b.line(
                f"{names_zh}年度得分同为{pts}分,并列第{v.rank}名,跨越第{n}名的名额线;"
                f"按并列处理政策(assessment.tie_policy = {policy}),"
                f"{'、'.join(undecided)}列为待定,提交镇党委研究决定"
                + (f";{settled_zh}" if settled_zh else "")
                + "。",
                f"{names_en} have the same annual result, {pts} points, tied at place {v.rank} "
                f"across the top {n}; by the tie policy (assessment.tie_policy = {policy}) "
                f"{', '.join(undecided)} are undecided and referred to the town party committee"
                + (f"; {settled_en}" if settled_en else "")
                + ".",
            )
        else:
            b.line(
                f"{names_zh}年度得分同为{pts}分,并列第{v.rank}名,跨越第{n}名的名额线;"
                f"按并列处理政策(assessment.tie_policy = {policy}):{settled_zh}。",
                f"{names_en} have the same annual result, {pts} points, tied at place {v.rank} "
                f"across the top {n}; by the tie policy (assessment.tie_policy = {policy}): "
                f"{settled_en}.",
            )


def _use(
    b: _Builder,
    use: Use,
    fn: _UseRule,
    totals: Sequence[Decision[AnnualTotal]],
) -> tuple[Decision[UseResult], ...]:
    zh, en = _USE_NAMES[use]
    in_force = resolve(b.policy, b.day)
    a = in_force.assessment
    policy = b.policy
    if all(getattr(a, f"{use}_{k}") is None for k in ("quota", "share", "min_points")):
        quota = b.s.sample_quotas[use]
        policy = in_force.override({f"assessment.{use}_quota": quota})
        b.note(
            f"示例设定:{zh}名额{quota}个(种子材料未给名额,政策也未设定 assessment.{use}_quota、"
            f"_share 或 _min_points;实际名额由本地确定)。",
            f"Sample setting: {quota} place(s) for {en} (the seed gives no quota and the policy "
            f"sets none of assessment.{use}_quota, _share or _min_points; a locality sets its own).",
        )
    result: tuple[Decision[UseResult], ...] | None = b.attempt(
        Text(zh=zh, en=en), lambda: fn(totals, policy=policy)
    )
    if not result:
        return ()
    first = result[0].value
    rule_zh = []
    rule_en = []
    if first.places is not None:
        rule_zh.append(f"名额{first.places}个")
        rule_en.append(f"{first.places} place(s)")
    if first.min_points is not None:
        rule_zh.append(f"最低{_pts(first.min_points)}分")
        rule_en.append(f"score line {_pts(first.min_points)}")
    chosen = [d.value.unit for d in result if d.outcome == "qualifies"]
    pending = [d.value.unit for d in result if d.outcome == "undecided"]
    text_zh = "、".join(b.who(u) for u in chosen) or "无"
    text_en = ", ".join(b.who(u, "en") for u in chosen) or "none"
    extra_zh = f";{'、'.join(pending)}并列跨越名额线,待定,提交镇党委研究" if pending else ""
    extra_en = (
        f"; {', '.join(pending)} tied across the last place: referred to the town party committee"
        if pending
        else ""
    )
    b.line(
        f"{zh}({','.join(rule_zh)}):{text_zh}{extra_zh}。",
        f"{en.capitalize()} ({', '.join(rule_en)}): {text_en}{extra_en}.",
    )
    return result


_STATUS: dict[str, tuple[str, str]] = {
    "eligible": ("享受", "eligible"),
    "not_eligible": ("不享受", "not eligible"),
    "undecided": ("待定(提交镇党委研究)", "undecided (referred to the town party committee)"),
    "not_ranked": ("未排名", "not ranked"),
}


def ranking_table_of(
    sample: AssessmentSample, policy: Policy | None = None, *, lang: Lang = "zh"
) -> RankingTable:
    """示例排名表 — the sample year's village ranking with secretaries and salary status.

    A :class:`~orgwork.assessment.RankingTable`: HTML in a notebook,
    :meth:`~orgwork.assessment.RankingTable.to_dataframe` with pandas.

    Examples:
        >>> t = ranking_table_of(build(2025))
        >>> [c.name for c in t.columns], len(t)
        (['secretary', 'salary'], 12)
    """
    s = sample
    scored = set(resolve(policy, dt.date(s.year, 12, 31)).assessment.scored_months)
    totals = annual_totals(
        [x for x in s.sheets if x.month in scored],
        s.village_scheme,
        adjustments=[x for x in s.adjustments if x.month in scored],
        policy=policy,
    )
    i = 0 if lang == "zh" else 1
    try:
        salary = {
            d.value.unit: _STATUS[d.outcome][i] for d in salary_eligibility(totals, policy=policy)
        }
    except OrgworkError:
        salary = {}
    return ranking_table(
        rank(totals),
        columns=(
            RankingColumn(
                name="secretary",
                label=Text(zh="党组织书记", en="party secretary"),
                values={v.name: v.secretary for v in s.villages},
            ),
            RankingColumn(
                name="salary",
                label=Text(zh="副科级待遇", en="deputy-section salary"),
                values=salary,
            ),
        ),
    )

"""The report's assessment section."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from orgwork.assessment import (
    AnnualTotal,
    PointAdjustment,
    Ranking,
    RankingColumn,
    RankingTable,
    SalaryEligibility,
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
from orgwork.decision import Decision, Lang, Text
from orgwork.errors import OrgworkError, RecordError
from orgwork.policy import Policy, resolve
from orgwork.records.assessment import AssessmentRecords
from orgwork.report._report import Section

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
    def __init__(self, sample: AssessmentRecords, policy: Policy | None) -> None:
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


def section(sample: AssessmentRecords, policy: Policy | None = None) -> Section:
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
        >>> from orgwork.samples.assessment import build
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
    totals: tuple[Decision[AnnualTotal], ...] | None = None
    if vs is None:
        if s.sheets:
            b.note(
                f"收到村级月度评分表{len(s.sheets)}张,但没有村级考核方案,无法计算年度结果。",
                f"{len(s.sheets)} village monthly sheets were received but there is no village "
                "scheme: the annual results cannot be computed.",
            )
    else:
        parts_zh = "、".join(f"{i.name.zh}{_pts(i.maximum)}分" for i in vs.items)
        parts_en = ", ".join(f"{i.name.en} {_pts(i.maximum)}" for i in vs.items)
        b.line(
            f"{s.town}{s.year}年对{len(s.villages)}个村实行千分制考核,按本镇自定的"
            f"《{vs.name.zh}》({parts_zh},共{_pts(vs.total)}分)逐月评分,"
            f"全年收到月度评分表{len(s.sheets)}张;分项由本镇确定,种子材料只规定总分和按月评分。",
            f"{s.town} scored its {len(s.villages)} villages monthly in {s.year} under the "
            f"town's own {vs.name.en} ({parts_en}; {_pts(vs.total)} in all), {len(s.sheets)} "
            "monthly sheets in the year; the parts are the town's own, the seed fixes only the "
            "total and the monthly scoring.",
        )
        scheme = vs
        totals = b.attempt(
            Text(zh="村级千分制年度结果", en="the villages' annual results"),
            lambda: annual_totals(sheets, scheme, adjustments=adjustments, policy=policy),
        )
    cs = s.cadre_scheme
    cadre_totals: tuple[Decision[AnnualTotal], ...] | None = None
    if cs is not None and cadre_sheets:
        cadre_totals = b.attempt(
            Text(zh="镇干部千分制年度结果", en="the town cadres' annual results"),
            lambda: annual_totals(cadre_sheets, cs, policy=policy),
        )
    elif cadre_sheets:
        b.note(
            f"收到镇干部月度评分表{len(cadre_sheets)}张,但没有镇干部考核方案,无法计算年度结果。",
            f"{len(cadre_sheets)} cadre monthly sheets were received but there is no cadre "
            "scheme: the annual results cannot be computed.",
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
    if cadre_totals is not None and cs is not None:
        cadre_rankings = rank(cadre_totals)
        shown_zh = "、".join(
            f"第{d.value.rank}名{d.value.unit}({_pts(d.value.points)}分)" for d in cadre_rankings
        )
        shown_en = ", ".join(
            f"{d.value.rank}. {d.value.unit} ({_pts(d.value.points)})" for d in cadre_rankings
        )
        b.line(
            f"{len(s.cadres)}名镇中层干部按《{cs.name.zh}》考核,年度排名:{shown_zh}。",
            f"The {len(s.cadres)} town mid-level cadres, under the {cs.name.en}, rank: {shown_en}.",
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
        if a.item is None or scheme is None:
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
    quota = b.s.sample_quotas.get(use)
    if quota is not None and all(
        getattr(a, f"{use}_{k}") is None for k in ("quota", "share", "min_points")
    ):
        policy = in_force.override({f"assessment.{use}_quota": quota})
        b.note(
            f"示例设定:{zh}名额{quota}个(种子材料未给名额,政策也未设定 assessment.{use}_quota、"
            f"assessment.{use}_share 或 assessment.{use}_min_points;实际名额由本地确定)。",
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
    sample: AssessmentRecords, policy: Policy | None = None, *, lang: Lang = "zh"
) -> RankingTable:
    """村级排名表 — the year's village ranking with secretaries and salary status.

    A :class:`~orgwork.assessment.RankingTable`: HTML in a notebook,
    :meth:`~orgwork.assessment.RankingTable.to_dataframe` with pandas. The
    records must have a village scheme (a RecordError otherwise).

    Examples:
        >>> from orgwork.samples.assessment import build
        >>> t = ranking_table_of(build(2025))
        >>> [c.name for c in t.columns], len(t)
        (['secretary', 'salary'], 12)
    """
    s = sample
    if s.village_scheme is None:
        raise RecordError("village_scheme: the records have no village scheme to rank by")
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

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
from orgwork.decision import Decision, Lang, Say, Text, both, joined, sentence
from orgwork.errors import OrgworkError, RecordError
from orgwork.policy import Policy, resolve
from orgwork.records.assessment import AssessmentRecords
from orgwork.report._common import NOTHING, Lines, otherwise
from orgwork.report._report import Section

# -- the report section ----------------------------------------------------------------------


class _AssessmentTexts:
    """Texts of the assessment section: the schemes, rankings, the salary and the uses."""

    title = Say(
        "千分制考核与副科级待遇", "Thousand-point assessment and the deputy-section-level salary"
    )
    could_not = Say(
        "无法确定{what}{parameter}:{error}", "Could not decide {what}{parameter}: {error}"
    )
    parameter = Say("(参数 {parameter})", " (parameter {parameter})")
    who = Say("{unit}({secretary})", "{unit} ({secretary})")
    nobody = Say("无", "none")
    # the schemes and the year's sheets
    unscored = Say(
        "政策只对{scored}月评分(assessment.scored_months),示例中{unscored}月的评分表和扣分不计入",
        "The policy scores months {scored} only (assessment.scored_months); the sample's sheets "
        "and deductions for {unscored} are left out",
    )
    no_village_scheme = Say(
        "收到村级月度评分表{n}张,但没有村级考核方案,无法计算年度结果。",
        "{n} village monthly sheets were received but there is no village scheme: the annual "
        "results cannot be computed.",
    )
    scheme_item = Say("{name}{maximum}分", "{name} {maximum}")
    village_scheme = Say(
        "{town}{year}年对{villages}个村实行千分制考核,按本镇自定的《{scheme}》({items},共{total}分)"
        "逐月评分,全年收到月度评分表{sheets}张;分项由本镇确定,种子材料只规定总分和按月评分。",
        "{town} scored its {villages} villages monthly in {year} under the town's own {scheme} "
        "({items}; {total} in all), {sheets} monthly sheets in the year; the parts are the town's "
        "own, the seed fixes only the total and the monthly scoring.",
    )
    village_totals = Say("村级千分制年度结果", "the villages' annual results")
    cadre_totals = Say("镇干部千分制年度结果", "the town cadres' annual results")
    no_cadre_scheme = Say(
        "收到镇干部月度评分表{n}张,但没有镇干部考核方案,无法计算年度结果。",
        "{n} cadre monthly sheets were received but there is no cadre scheme: the annual results "
        "cannot be computed.",
    )
    salary = Say("副科级待遇", "the deputy-section-level salary")
    cadre_rank = Say("第{rank}名{unit}({points}分)", "{rank}. {unit} ({points})")
    cadre_ranking = Say(
        "{n}名镇中层干部按《{scheme}》考核,年度排名:{ranks}。",
        "The {n} town mid-level cadres, under the {scheme}, rank: {ranks}.",
    )
    all_attend = Say(
        "全部{n}个村的党组织书记均可列席镇党委会,参与重大事项决策(不论名次)。",
        "All {n} village party secretaries may attend town party committee meetings and take "
        "part in deciding major matters, whatever their rank.",
    )
    no_attendance = Say(
        "本地政策未采用村党组织书记列席镇党委会(assessment.secretaries_attend_committee = false)。",
        "The local policy has not adopted attendance of village party secretaries at town party "
        "committee meetings (assessment.secretaries_attend_committee = false).",
    )
    # the village ranking
    ranking = Say(
        "{year}年度村级千分制排名({n}个村参加排名,扣分后计):",
        "The {year} village ranking ({n} villages ranked, after deductions):",
    )
    tied = Say("(并列)", " (tied)")
    ranked = Say(
        "第{rank}名{tied} {unit} 党组织书记{secretary} {points}分",
        "{rank}{tied}. {unit}, secretary {secretary}: {points} points",
    )
    no_reason = Say("原因未说明", "no reason given")
    missing_as_zero = Say(
        "{who}缺{months}月评分表({why}),按政策缺月按零分计"
        "(assessment.missing_months = zero),以{points}分参加排名。",
        "{who} has no sheet for month(s) {months} ({why}); by policy a missing month scores "
        "nothing (assessment.missing_months = zero), so it is ranked with {points} points.",
    )
    missing_not_ranked = Say(
        "{who}缺{months}月评分表({why}),年度考核不完整,不参加排名,"
        "也不能据此确定副科级待遇和评先评优(assessment.missing_months = not_ranked;"
        "已评月份计得{points}分)。",
        "{who} has no sheet for month(s) {months} ({why}): its year is incomplete, so it is not "
        "ranked and no salary or honours decision rests on it (assessment.missing_months = "
        "not_ranked; {points} points in the scored months).",
    )
    # care deductions
    the_total = Say("总分", "the total")
    adjustment = Say(
        "{unit}{month}月{where}{change}分({reason},规则 {rule})",
        "{unit}, month {month}: {change} on {where} ({reason}; rule {rule})",
    )
    adjustments = Say(
        "关怀帮扶扣分{n}项(老党员走访慰问和帮扶救助情况纳入千分制考核):{items}。",
        "{n} care deductions (visits to and aid for elderly members count in the thousand-point "
        "assessment): {items}.",
    )
    # the deputy-section-level salary
    salary_to = Say(
        "副科级待遇(前{n}名):{secretaries}共{count}名村党组织书记享受镇政府设立的与副科级等同的工资待遇。",
        "Deputy-section-level salary (top {n}): {count} village party secretaries get it: "
        "{secretaries}.",
    )
    salary_to_nobody = Say(
        "副科级待遇(前{n}名):没有村党组织书记确定享受。",
        "Deputy-section-level salary (top {n}): no village secretary is settled to get it.",
    )
    salary_held = Say(
        "副科级待遇(前{n}名):{sheets},全镇年度结果不完整,缺少的评分表可能改变名次;"
        "按政策(assessment.missing_sheet_cuts)前{n}名暂缓确定,{count}个已排名村提交镇党委研究决定"
        "(也可由政策改为其余村照常截取的旧做法)。",
        "Deputy-section-level salary (top {n}): {sheets}, so the town's annual result is "
        "incomplete and a missing sheet can change the places; by assessment.missing_sheet_cuts "
        "= hold the top {n} are held and the {count} ranked villages referred to the town party "
        "committee (rank_others cuts the others as before).",
    )
    lacks = Say("{unit}缺{months}月评分表", "{unit} lacks the sheet(s) of month(s) {months}")
    gets_it = Say("{unit}享受", "{unit} gets it")
    does_not = Say("{unit}不享受", "{unit} does not")
    also_settled = Say(";{settled}", "; {settled}")
    tie_referred = Say(
        "{names}年度得分同为{points}分,并列第{rank}名,跨越第{n}名的名额线;"
        "按并列处理政策(assessment.tie_policy = {policy}),{undecided}列为待定,提交镇党委研究决定"
        "{settled}。",
        "{names} have the same annual result, {points} points, tied at place {rank} across the "
        "top {n}; by the tie policy (assessment.tie_policy = {policy}) {undecided} are undecided "
        "and referred to the town party committee{settled}.",
    )
    tie_settled = Say(
        "{names}年度得分同为{points}分,并列第{rank}名,跨越第{n}名的名额线;"
        "按并列处理政策(assessment.tie_policy = {policy}):{settled}。",
        "{names} have the same annual result, {points} points, tied at place {rank} across the "
        "top {n}; by the tie policy (assessment.tie_policy = {policy}): {settled}.",
    )
    # the uses of the result
    sample_quota = Say(
        "示例设定:{use}名额{quota}个(种子材料未给名额,政策也未设定 assessment.{key}_quota、"
        "assessment.{key}_share 或 assessment.{key}_min_points;实际名额由本地确定)。",
        "Sample setting: {quota} place(s) for {use} (the seed gives no quota and the policy sets "
        "none of assessment.{key}_quota, _share or _min_points; a locality sets its own).",
    )
    places = Say("名额{n}个", "{n} place(s)")
    score_line = Say("最低{points}分", "score line {points}")
    pending = Say(
        ";{units}并列跨越名额线,待定,提交镇党委研究",
        "; {units} tied across the last place: referred to the town party committee",
    )
    held = Say(
        "推荐名单暂缓确定(镇内有单位缺少月度评分表),提交镇党委研究",
        "the recommendation is held (a unit of the town lacks a monthly sheet) and referred to "
        "the town party committee",
    )
    use = Say(
        "{use}({rules}):按排名列入推荐名单的有{chosen}{pending};考核结果是重要依据,由镇党委研究决定。",
        "{use} ({rules}): the ranking recommends {chosen}{pending}; the result is an important "
        "basis, and the town party committee decides.",
    )
    use_held = Say(
        "{use}({rules}):{held};考核结果是重要依据,由镇党委研究决定。",
        "{use} ({rules}): {held}; the result is an important basis, and the town party "
        "committee decides.",
    )
    # the ranking table's columns
    secretary_column = Say("党组织书记", "party secretary")
    salary_column = Say("副科级待遇", "deputy-section salary")


def _pts(value: Decimal) -> str:
    return format(value.normalize(), "f")


_UseRule = Callable[..., tuple[Decision[UseResult], ...]]

_USE_NAMES: dict[Use, Text] = {
    "honours": Text(zh="村级组织评先评优", en="village organization honours"),
    "promotion": Text(zh="镇中层干部提拔使用", en="promotion of town mid-level cadres"),
    "reserve_cadres": Text(zh="后备干部推优", en="reserve-cadre recommendation"),
    "excellent_grade": Text(zh="年终优秀等次评比", en="the year-end excellent grade"),
}


class _Builder(Lines):
    def __init__(self, sample: AssessmentRecords, policy: Policy | None) -> None:
        super().__init__()
        self.s = sample
        self.policy = policy
        self.day = dt.date(sample.year, 12, 31)

    def who(self, unit: str) -> Text | str:
        """A unit with its secretary, when it has one."""
        sec = self.s.secretary(unit)
        return _AssessmentTexts.who.text(unit=unit, secretary=sec) if sec else unit

    def attempt(self, what: Text, call: Callable[[], Any]) -> Any:
        """Run ``call``; an orgwork error becomes a note saying what could not be decided."""
        try:
            return call()
        except OrgworkError as exc:
            param = getattr(exc, "parameter", None)
            tail = _AssessmentTexts.parameter.text(parameter=param) if param else NOTHING
            self.note(_AssessmentTexts.could_not, what=what, parameter=tail, error=str(exc))
            return None


def section(sample: AssessmentRecords, policy: Policy | None = None) -> Section:
    """考核报告节 — every assessment rule run on the sample year, as a report section.

    Runs [`annual_totals`][orgwork.assessment.annual_totals], [`rank`][orgwork.assessment.rank],
    [`salary_eligibility`][orgwork.assessment.salary_eligibility],
    [`committee_attendance`][orgwork.assessment.committee_attendance] and the four uses of the
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
        >>> [d.outcome for d in s.decisions][:2]  # a village lacks a sheet: the cut is held
        ['undecided', 'undecided']
        >>> p = Policy.default().override(
        ...     {"assessment.salary_top_n": 5, "assessment.missing_sheet_cuts": "rank_others"}
        ... )
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
        b.note(_AssessmentTexts.unscored, scored=list(a.scored_months), unscored=unscored)
    vs = s.village_scheme
    totals: tuple[Decision[AnnualTotal], ...] | None = None
    if vs is None:
        if s.sheets:
            b.note(_AssessmentTexts.no_village_scheme, n=len(s.sheets))
    else:
        b.line(
            _AssessmentTexts.village_scheme,
            town=s.town,
            year=s.year,
            villages=len(s.villages),
            scheme=vs.name,
            items=[
                _AssessmentTexts.scheme_item.text(name=i.name, maximum=_pts(i.maximum))
                for i in vs.items
            ],
            total=_pts(vs.total),
            sheets=len(s.sheets),
        )
        scheme = vs
        totals = b.attempt(
            _AssessmentTexts.village_totals.text(),
            lambda: annual_totals(sheets, scheme, adjustments=adjustments, policy=policy),
        )
    cs = s.cadre_scheme
    cadre_totals: tuple[Decision[AnnualTotal], ...] | None = None
    if cs is not None and cadre_sheets:
        cadre_totals = b.attempt(
            _AssessmentTexts.cadre_totals.text(),
            lambda: annual_totals(cadre_sheets, cs, policy=policy),
        )
    elif cadre_sheets:
        b.note(_AssessmentTexts.no_cadre_scheme, n=len(cadre_sheets))
    salary: tuple[Decision[SalaryEligibility], ...] = ()
    rankings: tuple[Decision[Ranking], ...] = ()
    cadre_rankings: tuple[Decision[Ranking], ...] = ()
    if totals is not None:
        rankings = rank(totals)
        _adjustment_lines(b, adjustments)
        _ranking_lines(b, rankings, totals)
        salary = (
            b.attempt(
                _AssessmentTexts.salary.text(),
                lambda: salary_eligibility(totals, policy=policy),
            )
            or ()
        )
        _salary_lines(b, salary, a.salary_top_n)
    if cadre_totals is not None and cs is not None:
        cadre_rankings = rank(cadre_totals)
        ranks = [
            _AssessmentTexts.cadre_rank.text(
                rank=d.value.rank, unit=d.value.unit, points=_pts(d.value.points)
            )
            for d in cadre_rankings
        ]
        b.line(_AssessmentTexts.cadre_ranking, n=len(s.cadres), scheme=cs.name, ranks=ranks)
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
        b.line(_AssessmentTexts.all_attend, n=len(attendance))
    else:
        b.line(_AssessmentTexts.no_attendance)
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
        title=_AssessmentTexts.title.text(),
        summary=tuple(b.summary),
        decisions=tuple(decisions),
        notes=tuple(b.notes),
    )


def _ranking_lines(
    b: _Builder, rankings: Sequence[Decision[Ranking]], totals: Sequence[Decision[AnnualTotal]]
) -> None:
    s = b.s
    ranked = [d for d in rankings if d.value.rank is not None]
    b.line(_AssessmentTexts.ranking, year=s.year, n=len(ranked))
    for d in ranked:
        r = d.value
        b.line(
            _AssessmentTexts.ranked,
            rank=r.rank,
            tied=_AssessmentTexts.tied.text() if r.tied_with else NOTHING,
            unit=r.unit,
            secretary=s.secretary(r.unit),
            points=_pts(r.points),
        )
    gaps = {(g.unit, g.month): g for g in s.gaps}
    for t in totals:
        v = t.value
        if not v.missing_months:
            continue
        reasons = [gaps[v.unit, m].reason for m in v.missing_months if (v.unit, m) in gaps]
        b.line(
            _AssessmentTexts.missing_as_zero if v.rankable else _AssessmentTexts.missing_not_ranked,
            who=b.who(v.unit),
            months=list(v.missing_months),
            why=otherwise(joined(reasons, ";", "; "), _AssessmentTexts.no_reason.text()),
            points=_pts(v.points),
        )


def _adjustment_lines(b: _Builder, adjustments: Sequence[PointAdjustment]) -> None:
    if not adjustments:
        return
    scheme = b.s.village_scheme

    def where(a: PointAdjustment) -> Text:
        if a.item is None or scheme is None:
            return _AssessmentTexts.the_total.text()
        return scheme.item(a.item).name

    items = [
        _AssessmentTexts.adjustment.text(
            unit=a.unit,
            month=a.month,
            where=where(a),
            # 扣5 / 加5 in Chinese, the signed number in English
            change=both(("扣" if a.points < 0 else "加") + _pts(abs(a.points)), _pts(a.points)),
            reason=a.reason,
            rule=a.rule,
        )
        for a in adjustments
    ]
    b.line(_AssessmentTexts.adjustments, n=len(adjustments), items=joined(items, ";", "; "))


def _salary_lines(b: _Builder, salary: Sequence[Decision[SalaryEligibility]], n: int) -> None:
    if not salary:
        return
    held = next((d.value.missing_sheets for d in salary if d.value.missing_sheets), ())
    eligible = [d.value.unit for d in salary if d.outcome == "eligible"]
    eligible.sort(key=lambda u: next(d.value.rank or 0 for d in salary if d.value.unit == u))
    if eligible:
        b.line(
            _AssessmentTexts.salary_to,
            n=n,
            secretaries=[b.who(u) for u in eligible],
            count=len(eligible),
        )
    elif held:
        gaps = [_AssessmentTexts.lacks.text(unit=b.who(u), months=ms) for u, ms in held]
        count = sum(d.value.rank is not None for d in salary)
        b.line(_AssessmentTexts.salary_held, n=n, sheets=gaps, count=count)
        return
    else:
        b.line(_AssessmentTexts.salary_to_nobody, n=n)
    seen: set[tuple[str, ...]] = set()
    for d in salary:
        v = d.value
        if v.decided_by not in ("tie_policy", "secondary_keys") or v.tied_units in seen:
            continue
        seen.add(v.tied_units)
        group = [x for x in salary if x.value.unit in v.tied_units]
        undecided = [x.value.unit for x in group if x.outcome == "undecided"]
        settled = joined(
            [
                (
                    _AssessmentTexts.gets_it
                    if x.outcome == "eligible"
                    else _AssessmentTexts.does_not
                ).text(unit=x.value.unit)
                for x in group
                if x.outcome != "undecided"
            ],
            ";",
            "; ",
        )
        tie = {
            "names": [b.who(u) for u in v.tied_units],
            "points": _pts(v.points),
            "rank": v.rank,
            "n": n,
            "policy": v.tie_policy.value if v.tie_policy else "",
        }
        if undecided:
            also = _AssessmentTexts.also_settled.text(settled=settled) if settled.zh else NOTHING
            b.line(_AssessmentTexts.tie_referred, undecided=undecided, settled=also, **tie)
        else:
            b.line(_AssessmentTexts.tie_settled, settled=settled, **tie)


def _use(
    b: _Builder,
    use: Use,
    fn: _UseRule,
    totals: Sequence[Decision[AnnualTotal]],
) -> tuple[Decision[UseResult], ...]:
    name = _USE_NAMES[use]
    in_force = resolve(b.policy, b.day)
    a = in_force.assessment
    policy = b.policy
    quota = b.s.sample_quotas.get(use)
    if quota is not None and all(
        getattr(a, f"{use}_{k}") is None for k in ("quota", "share", "min_points")
    ):
        policy = in_force.override({f"assessment.{use}_quota": quota})
        b.note(_AssessmentTexts.sample_quota, use=name, quota=quota, key=use)
    if use == "excellent_grade":  # the national cap applies to the civil servants among them
        civil = tuple(c.name for c in b.s.cadres if c.civil_servant)
        result: tuple[Decision[UseResult], ...] | None = b.attempt(
            name, lambda: excellent_grade(totals, civil_servants=civil, policy=policy)
        )
    else:
        result = b.attempt(name, lambda: fn(totals, policy=policy))
    if not result:
        return ()
    first = result[0].value
    rules: list[Text] = []
    if first.places is not None:
        rules.append(_AssessmentTexts.places.text(n=first.places))
    if first.min_points is not None:
        rules.append(_AssessmentTexts.score_line.text(points=_pts(first.min_points)))
    if any(d.value.decided_by == "missing_sheets" for d in result):
        b.line(
            _AssessmentTexts.use_held,
            use=both(name.zh, sentence(name.en)),
            rules=joined(rules, ",", ", "),
            held=_AssessmentTexts.held.text(),
        )
        return result
    chosen = [b.who(d.value.unit) for d in result if d.outcome == "qualifies"]
    pending = [d.value.unit for d in result if d.outcome == "undecided"]
    b.line(
        _AssessmentTexts.use,
        use=both(name.zh, sentence(name.en)),
        rules=joined(rules, ",", ", "),
        chosen=otherwise(joined(chosen), _AssessmentTexts.nobody.text()),
        pending=_AssessmentTexts.pending.text(units=pending) if pending else NOTHING,
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

    A [`RankingTable`][orgwork.assessment.RankingTable]: HTML in a notebook,
    [`to_dataframe`][orgwork.assessment.RankingTable.to_dataframe] with pandas. The
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
                label=_AssessmentTexts.secretary_column.text(),
                values={v.name: v.secretary for v in s.villages},
            ),
            RankingColumn(
                name="salary",
                label=_AssessmentTexts.salary_column.text(),
                values=salary,
            ),
        ),
    )

"""The report's selection section."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any, TypeVar

from orgwork.cadres import (
    ServiceHistory,
    age_on,
    computer_skills_requirement,
    rank_promotion_eligibility,
    rotation_due,
    talks_due,
)
from orgwork.decision import Decision, Text
from orgwork.errors import MissingParameterError, OrgworkError
from orgwork.organizations import (
    BranchGrade,
    improvement_track,
    rules_report_gaps,
    study_gaps,
    unmet_135_tasks,
)
from orgwork.policy import Policy, resolve
from orgwork.records.selection import Applicant, SelectionRecords, Sitting
from orgwork.report._report import Section
from orgwork.selection import (
    NominatorGroup,
    Occasion,
    approval_decision,
    check_procedure,
    competitive_posting_check,
    competitive_slate,
    min_candidates,
    nomination_scope_gaps,
    panel_check,
    public_judges_required,
    publication_gaps,
)

_T = TypeVar("_T")

# -- the section ------------------------------------------------------------------------


class _Out:
    """What the section collects: summary lines, decisions and notes, in report order."""

    def __init__(self) -> None:
        self.summary: list[Text] = []
        self.decisions: list[Decision[Any]] = []
        self.notes: list[Text] = []

    def line(self, zh: str, en: str) -> None:
        self.summary.append(Text(zh=zh, en=en))

    def note(self, zh: str, en: str) -> None:
        self.notes.append(Text(zh=zh, en=en))

    def attempt(
        self, what_zh: str, what_en: str, run: Callable[[], _T], *, why_zh: str = ""
    ) -> _T | None:
        """Run one rule; an error orgwork raises on purpose becomes a note, never a crash."""
        try:
            return run()
        except MissingParameterError as exc:
            self.note(
                f"{what_zh}无法判定:政策参数 {exc.parameter} 未设定。"
                f"{why_zh or '种子未规定此值'},须由地方在政策中设定。",
                f"{what_en} could not be decided: {exc}",
            )
        except OrgworkError as exc:
            self.note(f"{what_zh}无法判定:{exc}", f"{what_en} could not be decided: {exc}")
        return None


def _pct(x: Fraction) -> str:
    """A share as a percentage, never rounded up: exact, or cut to two decimals with …."""
    hundredths = x * 10000
    whole = hundredths.numerator // hundredths.denominator
    exact = hundredths.denominator == 1
    units, cents = divmod(whole, 100)
    if exact:
        text = str(units) if cents == 0 else f"{units}.{cents:02d}".rstrip("0")
        return f"{text}%"
    return f"{units}.{cents:02d}…%"


def _md(day: dt.date | None) -> str:
    return "" if day is None else f"{day.month}月{day.day}日"


def _ymd(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _join_zh(items: Iterable[str]) -> str:
    return "、".join(items)


def _join_en(items: Iterable[str]) -> str:
    xs = list(items)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1] if xs else ""


_BASIS = {
    "valid_ballots": ("有效票", "valid ballots"),
    "ballots_cast": ("收回的全部票", "ballots cast"),
    "eligible_evaluators": ("应参评人数", "eligible evaluators"),
}


def _evaluations(s: SelectionRecords, p: Policy, out: _Out) -> None:
    r = s.street_recruitment
    if r is None:
        return
    first = r.applicants[0].evaluation if r.applicants else None
    voters_zh = voters_en = ""
    if first is not None:
        voters_zh = "(" + "、".join(f"{t.group.zh}{t.cast}人" for t in first.tallies) + "参评)"
        voters_en = " (" + ", ".join(f"{t.cast} from {t.group.en}" for t in first.tallies) + ")"
    decided: list[tuple[Applicant, Decision[Any]]] = []
    for a in r.applicants:
        d = out.attempt(
            f"{a.evaluation.applicant}的民主测评",
            f"The evaluation of {a.evaluation.applicant}",
            lambda a=a: approval_decision(a.evaluation, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            decided.append((a, d))
            out.decisions.append(d)
    kept = [a.evaluation.applicant for a, d in decided if d.outcome == "eligible"]
    lost = [a.evaluation.applicant for a, d in decided if d.outcome == "disqualified"]
    out.line(
        f"{r.street}{_ymd(r.held_on)}对{len(r.applicants)}名{r.post}报名人员进行民主测评{voters_zh}:"
        f"保留报名资格{len(kept)}人({_join_zh(kept) or '无'}),"
        f"取消报名资格{len(lost)}人({_join_zh(lost) or '无'})。",
        f"{r.street} evaluated {len(r.applicants)} applicants for the street-office employee post "
        f"on {r.held_on}{voters_en}: {len(kept)} keep the application "
        f"({_join_en(kept) or 'none'}), {len(lost)} are disqualified ({_join_en(lost) or 'none'}).",
    )
    for a, d in decided:
        v = d.value
        who, unit = v.applicant, a.unit
        thr = _pct(v.threshold)
        basis_zh, basis_en = _BASIS.get(v.basis, (v.basis, v.basis))
        if v.rate is None:
            rate_zh, rate_en = f"无{basis_zh},赞同率无法计算", f"no {basis_en}, so no approval rate"
        else:
            rate_zh = f"赞同率 = 赞同{v.approvals} / {basis_zh}{v.denominator} = {_pct(v.rate)}"
            rate_en = f"approval {v.approvals} / {v.denominator} {basis_en} = {_pct(v.rate)}"
        if d.outcome == "eligible":
            at = v.rate == v.threshold
            out.line(
                f"{who}({unit}){rate_zh},"
                + (f"恰为{thr},不低于下限" if at else f"高于{thr}")
                + ",保留报名资格。",
                f"{who} ({unit}): {rate_en}, "
                + (f"exactly {thr}, not below the threshold" if at else f"above {thr}")
                + ": keeps the application.",
            )
        elif d.outcome == "disqualified" and not v.unit_endorsed:
            out.line(
                f"{who}({unit}){rate_zh},但所在单位党组织不认同,取消报名资格。",
                f"{who} ({unit}): {rate_en}, but the party organization of the unit does not "
                "endorse the applicant: disqualified.",
            )
        elif d.outcome == "disqualified":
            at = v.rate == v.threshold
            out.line(
                f"{who}({unit}){rate_zh},"
                + ("恰为" if at else "低于")
                + f"{thr}"
                + (",本地规定恰为下限者不通过" if at else "")
                + ",取消报名资格。",
                f"{who} ({unit}): {rate_en}, "
                + ("exactly at" if at else "below")
                + f" {thr}"
                + (" (local policy: a rate at the threshold fails)" if at else "")
                + ": disqualified.",
            )
        else:
            out.line(
                f"{who}({unit}){rate_zh},无法判定,应重新测评。",
                f"{who} ({unit}): {rate_en}; undetermined, the evaluation is to be held again.",
            )


def _slates(s: SelectionRecords, p: Policy, out: _Out) -> None:
    for r in s.competitive_rounds:
        k = len(r.posts)
        m = out.attempt(
            f"{r.category}差额人选数",
            f"The minimum slate of the {r.category_en} posts",
            lambda r=r, k=k: min_candidates(k, on=r.held_on, policy=p),  # type: ignore[misc]
        )
        c = out.attempt(
            f"{r.category}差额评议",
            f"The slate of the {r.category_en} posts",
            lambda r=r, k=k: competitive_slate(k, len(r.candidates), on=r.held_on, policy=p),  # type: ignore[misc]
        )
        if m is None or c is None:
            continue
        out.decisions.extend((m, c))
        ratio = _pct(Fraction(resolve(p, r.held_on).selection.competitive_ratio))
        n = len(r.candidates)
        head = (
            f"{s.prefecture}{_ymd(r.held_on)}副处级岗位竞争性选拔{r.category}{k}个岗位"
            f"({_join_zh(r.posts)})差额评议,差额比例{ratio},至少需{m.value}名人选,实有{n}名,"
        )
        head_en = (
            f"{s.prefecture}'s competitive evaluation for deputy-division posts on {r.held_on}, "
            f"{r.category_en} ({k} post(s): {_join_en(r.posts)}): at a {ratio} ratio at least "
            f"{m.value} candidates are needed; there are {n}, "
        )
        if c.outcome == "meets":
            out.line(head + "达到差额比例。", head_en + "so the ratio is met.")
        else:
            out.line(
                head + f"未达到差额比例,应增补{m.value - n}名人选。",
                head_en + f"short of the ratio: {m.value - n} more candidate(s) are needed.",
            )


def _judges_and_panels(s: SelectionRecords, p: Policy, out: _Out) -> None:
    required: list[Occasion] = []
    for occ in s.occasions:
        d = out.attempt(
            f"{occ.zh}是否必请群众评委",
            f"Whether public judges are required on {occ.en}",
            lambda occ=occ: public_judges_required(occ, on=s.as_of, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            out.decisions.append(d)
            if d.value:
                required.append(occ)
    out.line(
        f"“三必请”:{_join_zh(o.zh for o in required) or '无'}时必须邀请群众当评委"
        f"(共检查{len(s.occasions)}类场合)。",
        "三必请: public judges must be invited on these occasions: "
        + ("; ".join(o.en for o in required) or "none")
        + f" ({len(s.occasions)} kinds of occasion checked).",
    )
    bad: list[tuple[Sitting, Decision[Any]]] = []
    checked = 0
    for st in s.sittings:
        pc = out.attempt(
            f"{st.name}的评委团",
            f"The panel of {st.name}",
            lambda st=st: panel_check(st.panel, policy=p),  # type: ignore[misc]
        )
        if pc is None:
            continue
        checked += 1
        out.decisions.append(pc)
        if pc.outcome != "complete":
            bad.append((st, pc))
    out.line(
        f"本年{checked}次评委会中{checked - len(bad)}次评委组成符合要求"
        + ("。" if not bad else f",{len(bad)}次不符合要求。"),
        f"Of the year's {checked} judging panels, {checked - len(bad)} were properly composed"
        + ("." if not bad else f" and {len(bad)} {'was' if len(bad) == 1 else 'were'} not."),
    )
    problem_zh = {
        "no_judges": "没有评委",
        "no_public_judges": "没有群众评委",
        "no_expert_judges": "没有专家评委",
    }
    problem_en = {
        "no_judges": "had no judges",
        "no_public_judges": "had no public judges",
        "no_expert_judges": "had no expert judges",
    }
    for st, bad_panel in bad:
        v = bad_panel.value
        why_zh = "、".join(problem_zh.get(x, x) for x in v.problems)
        why_en = " and ".join(problem_en.get(x, x) for x in v.problems)
        rule_zh = (
            "属“三必请”场合,必须邀请群众当评委"
            if v.occasion in required
            else "须由专家评委和群众代表共同担任评委"
        )
        rule_en = (
            "a 三必请 occasion, where public judges must be invited"
            if v.occasion in required
            else "where experts and public representatives judge together"
        )
        out.line(
            f"{st.name}({_ymd(st.panel.held_on)},{v.occasion.zh}):专家评委{v.experts}名、"
            f"群众评委{v.public}名,{why_zh};{rule_zh}。",
            f"{st.name} ({st.panel.held_on}, {v.occasion.en}): {v.experts} expert and "
            f"{v.public} public judge(s); it {why_en}, yet this is {rule_en}.",
        )


def _nominations_line(s: SelectionRecords, p: Policy, out: _Out) -> None:
    d = out.attempt(
        "初始提名主体",
        "The nominator groups",
        lambda: nomination_scope_gaps(s.nominations, on=s.nominations_on, policy=p),
    )
    if d is None:
        return
    out.decisions.append(d)
    groups = resolve(p, s.nominations_on).selection.nominator_groups
    counts = [(NominatorGroup(g), sum(1 for n in s.nominations if n.group == g)) for g in groups]
    done_zh = "、".join(f"{_NOMINATORS_ZH.get(g, g.zh)}{n}人次" for g, n in counts)
    done_en = ", ".join(f"{n} from {g.en}" for g, n in counts)
    if d.value:
        tail_zh = "缺少提名主体:" + _join_zh(_NOMINATORS_ZH.get(g, g.zh) for g in d.value) + "。"
        tail_en = "no nominations from " + _join_en(g.en for g in d.value) + "."
    else:
        tail_zh, tail_en = "提名主体齐全。", "every nominator group took part."
    out.line(
        f"{s.county}{_ymd(s.nominations_on)}干部交流调整初始提名:{done_zh};{tail_zh}",
        f"{s.county}'s initial nominations for the cadre exchange of {s.nominations_on}: "
        f"{done_en}; {tail_en}",
    )


_NOMINATORS_ZH = {NominatorGroup.DIVISION_LEVEL_CADRES: "处级以上干部"}


def _procedures(s: SelectionRecords, p: Policy, out: _Out) -> None:
    for o in s.open_selections:
        rec = o.record
        d = out.attempt(
            f"{rec.procedure}的程序",
            f"The procedure of {rec.procedure}",
            lambda o=o: check_procedure(o.record, on=o.checked_on, policy=p),  # type: ignore[misc]
        )
        if d is None:
            continue
        out.decisions.append(d)
        v = d.value
        order_zh = "→".join(x.zh for x in v.steps)
        order_en = " → ".join(x.en for x in v.steps)
        gone = sorted(v.eliminated, key=lambda cs: v.steps.index(cs[1]))
        left_zh = ";".join(f"{c}在{st.zh}中未通过" for c, st in gone)
        left_en = "; ".join(f"{c} failed the {st.en}" for c, st in gone)
        if d.outcome == "complete":
            out.line(
                f"{rec.procedure}程序完整,依次经过{order_zh}"
                + (f";{left_zh}" if left_zh else "")
                + f";通过全部程序的人选:{_join_zh(v.selected) or '无'}。",
                f"{rec.procedure} followed every step in order ({order_en})"
                + (f"; {left_en}" if left_en else "")
                + f"; passed every step: {_join_en(v.selected) or 'nobody'}.",
            )
            pub = out.attempt(
                f"{rec.procedure}的公开事项",
                f"What {rec.procedure} published",
                lambda o=o: publication_gaps(o.published, on=o.checked_on, policy=p),  # type: ignore[misc]
            )
            if pub is not None:
                out.decisions.append(pub)
                done = list(o.published)
                out.line(
                    f"{rec.procedure}已公开:{_join_zh(i.zh for i in done) or '无'}"
                    + (
                        f";未公开:{_join_zh(i.zh for i in pub.value)}。"
                        if pub.value
                        else ";公开事项齐全。"
                    ),
                    f"{rec.procedure} published {_join_en(i.en for i in done) or 'nothing'}"
                    + (
                        f"; not published: {_join_en(i.en for i in pub.value)}."
                        if pub.value
                        else "; everything required is published."
                    ),
                )
            continue
        where_zh = "尚无结果" if v.current_step is None else f"进行到{v.current_step.zh}"
        where_en = "" if v.current_step is None else f" is at the {v.current_step.en}"
        if d.outcome == "invalid":
            out.line(
                f"{rec.procedure}的程序记录有{len(v.problems)}处错误(程序应依次为{order_zh}),"
                f"记录{where_zh};选拔未完成,结果公开待完成后检查:",
                f"The record of {rec.procedure} has {len(v.problems)} problem(s) (the steps are, "
                f"in order, {order_en}); the selection{where_en or ' has no results'} and is not "
                "complete, so the publication of its results is not checked yet:",
            )
            for x in v.problems:
                at_zh = "" if x.index is None else f"第{x.index + 1}条记录:"
                at_en = "" if x.index is None else f"result {x.index + 1}: "
                out.line(f"  {at_zh}{x.message.zh}。", f"  {at_en}{x.message.en}.")
        else:
            out.line(
                f"{rec.procedure}{where_zh},在选人选:{_join_zh(v.remaining)};"
                "选拔未完成,结果公开待完成后检查。",
                f"{rec.procedure}{where_en}; still in: {_join_en(v.remaining)}; the selection is "
                "not complete, so the publication of its results is not checked yet.",
            )


def _postings(s: SelectionRecords, p: Policy, out: _Out) -> None:
    ds = out.attempt(
        "竞争上岗",
        "Competition for vacant posts",
        lambda: competitive_posting_check(s.post_fillings, policy=p),
    )
    if ds is None:
        return
    out.decisions.extend(ds)
    mid = [
        (f, d) for f, d in zip(s.post_fillings, ds, strict=True) if d.outcome != "not_applicable"
    ]
    bad = [(f, d) for f, d in mid if not d.value]
    out.line(
        f"{s.department}本年补缺{len(mid)}个中层领导职位,{len(mid) - len(bad)}个实行竞争上岗"
        + (
            ";" + ";".join(f"{f.post}以{f.filled_by.zh}产生,未实行竞争上岗" for f, _ in bad) + "。"
            if bad
            else "。"
        ),
        f"{s.department} filled {len(mid)} vacant mid-level leadership post(s) this year, "
        f"{len(mid) - len(bad)} by competition"
        + (
            "; "
            + "; ".join(
                f"{f.post} was filled by {f.filled_by.value}, without competition" for f, _ in bad
            )
            + "."
            if bad
            else "."
        ),
    )


def _months(n: int) -> tuple[str, str]:
    return f"{n}个月", f"{n} month{'s' if n != 1 else ''}"


def _promotion(s: SelectionRecords, p: Policy, out: _Out) -> None:
    on = s.promotion_review_on
    decided: list[tuple[ServiceHistory, Decision[Any]]] = []
    for h in s.service_histories:
        d = out.attempt(
            f"{h.cadre}的晋升职级资格",
            f"{h.cadre}'s promotion in rank",
            lambda h=h: rank_promotion_eligibility(h, on=on, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            decided.append((h, d))
            out.decisions.append(d)
    not_in_force = [h.cadre for h, d in decided if d.outcome == "not_in_force"]
    if not_in_force:
        effective = resolve(p, on).cadres.rank_table_effective
        out.line(
            f"职务与职级并行规定自{_ymd(effective)}起施行,{_ymd(on)}尚不适用;"
            f"{_join_zh(not_in_force)}的晋升职级任职年限不作判定。",
            f"The rank regulation is in force from {effective}; on {on} it does not apply yet, "
            f"so the years of {_join_en(not_in_force)} for promotion in rank are not judged.",
        )
    for h, d in decided:
        v = d.value
        if d.outcome == "not_in_force":
            continue
        if d.outcome == "top_rank" or v.target is None or v.required_months is None:
            out.line(
                f"{h.cadre}现任{h.position.zh},无更高职级可晋升。",
                f"{h.cadre} is a {h.position.en}: there is no higher rank.",
            )
            continue
        since_zh = (
            f"{h.cadre}({h.position.zh},{_ymd(h.since)}起)截至{_ymd(on)}任职{v.served_months}个月"
        )
        since_en = f"{h.cadre} ({h.position.en} since {h.since}) has served {v.served_months} months by {on}"
        extra_zh: list[str] = []
        extra_en: list[str] = []
        for y in v.excluded_years:
            g = h.grade_of(y)
            why_zh = "无考核结果" if g is None else f"考核{g.zh}"
            why_en = "has no grade" if g is None else f"was graded {g.zh}"
            extra_zh.append(f"{y}年度{why_zh},该年不计入")
            extra_en.append(f"{y} {why_en} and does not count")
        if v.excellent_years:
            extra_zh.append(
                f"{len(v.excellent_years)}个年度考核优秀({_join_zh(map(str, v.excellent_years))}),"
                f"共缩短{v.shortening_months}个月"
            )
            extra_en.append(
                f"{len(v.excellent_years)} year(s) graded 优秀 ({_join_en(map(str, v.excellent_years))}) "
                f"shorten the requirement by {v.shortening_months} months"
            )
        mid_zh = (";" + ";".join(extra_zh)) if extra_zh else ""
        mid_en = ("; " + "; ".join(extra_en)) if extra_en else ""
        core_zh = f";计入{v.counted_months}个月,须{v.required_months}个月"
        core_en = f"; {v.counted_months} count, {v.required_months} are required"
        if d.outcome == "eligible":
            without = v.required_months + v.shortening_months - v.counted_months
            helped_zh = (
                f"(若无优秀年度则还差{without}个月)" if v.shortening_months and without > 0 else ""
            )
            helped_en = (
                f" (without the 优秀 years {without} month(s) would be missing)"
                if v.shortening_months and without > 0
                else ""
            )
            out.line(
                f"{since_zh}{mid_zh}{core_zh},符合晋升{v.target.zh}的任职年限条件{helped_zh}。",
                f"{since_en}{mid_en}{core_en}: the years for promotion to {v.target.en} are met"
                f"{helped_en}.",
            )
        else:
            short_zh, short_en = _months(v.months_short)
            out.line(
                f"{since_zh}{mid_zh}{core_zh},晋升{v.target.zh}还差{short_zh}。",
                f"{since_en}{mid_en}{core_en}: {short_en} short of promotion to {v.target.en}.",
            )
    if any(d.outcome == "eligible" for _, d in decided):
        out.line(
            "达到最低任职年限不等于必须晋升;是否晋升还须综合工作需要、德才表现、职责轻重、工作实绩和资历。",
            "Reaching the minimum years is no right to promotion: need, conduct, duties, record "
            "and seniority are still weighed.",
        )


def _talks(s: SelectionRecords, p: Policy, out: _Out) -> None:
    ds = out.attempt(
        "谈心谈话",
        "Talks",
        lambda: talks_due(s.events, on=s.as_of, talks=s.talks, policy=p),
    )
    if ds is None:
        return
    out.decisions.extend(ds)
    # each event keeps the limit in force on its own day; the line names the limits used
    limits = sorted(
        {(d.value.due_by - d.value.event_on).days for d in ds if d.value.due_by is not None}
    )
    deadline = "、".join(map(str, limits)) if limits else None
    deadline_en = " or ".join(map(str, limits))
    held = [d for d in ds if d.outcome in ("held", "held_late")]
    open_ = [d for d in ds if d.outcome in ("due", "overdue")]
    out.line(
        f"谈心谈话(截至{_ymd(s.as_of)}):本年{len(ds)}件应谈事由,已由部领导班子成员谈话{len(held)}件,"
        f"未谈{len(open_)}件"
        + (f"(本地规定{deadline}日内谈话)" if deadline is not None else "")
        + "。",
        f"Talks (as of {s.as_of}): {len(ds)} events called for a talk this year; {len(held)} were "
        f"answered by a member of the department's leadership, {len(open_)} were not"
        + (f" (local policy: within {deadline_en} days)" if deadline is not None else "")
        + ".",
    )
    for d in ds:
        v = d.value
        if d.outcome == "held":
            continue
        if d.outcome == "held_late":
            out.line(
                f"{v.cadre}({v.trigger.zh},{_md(v.event_on)})的谈话于{_md(v.held_on)}进行,超过期限{_md(v.due_by)}。",
                f"{v.cadre} ({v.trigger.en}, {v.event_on}): the talk on {v.held_on} came after "
                f"its deadline {v.due_by}.",
            )
            continue
        others = [
            t
            for t in s.talks
            if t.cadre == v.cadre
            and not t.by_department_leadership
            and v.event_on <= t.on <= s.as_of
        ]
        other_zh = "".join(f";{_md(t.on)}{t.by}的谈话不是部领导班子成员所谈,不计入" for t in others)
        other_en = "".join(
            f"; the talk by {t.by} on {t.on} was not by a member of the leadership and does not count"
            for t in others
        )
        if d.outcome == "overdue":
            state_zh, state_en = (
                f"应于{_md(v.due_by)}前谈话,已逾期",
                f"the talk was due by {v.due_by} and is overdue",
            )
        else:
            state_zh = "待谈" + (f",期限{_md(v.due_by)}" if v.due_by else "")
            state_en = "a talk is due" + (f" by {v.due_by}" if v.due_by else "")
        out.line(
            f"{v.cadre}({v.trigger.zh},{_md(v.event_on)}){state_zh}{other_zh}。",
            f"{v.cadre} ({v.trigger.en}, {v.event_on}): {state_en}{other_en}.",
        )
    if deadline is None:
        out.note(
            "谈心谈话未设期限(cadres.talk_deadline_days 未设定,种子未规定时限):只列出待谈事项,不判逾期。",
            "Talks have no deadline (cadres.talk_deadline_days is not set; the seed gives no time "
            "limit): talks are listed as due, never overdue.",
        )


def _rotation(s: SelectionRecords, p: Policy, out: _Out) -> None:
    q = p
    sample_years = s.sample_rotation_years
    if resolve(p, s.as_of).cadres.rotation_max_tenure_years is None and sample_years is not None:
        q = p.override({"cadres.rotation_max_tenure_years": sample_years})
        out.note(
            f"示例设定:同一科室任职满{sample_years}年轮岗(cadres.rotation_max_tenure_years = "
            f"{sample_years})。种子只说“改变了过去干部在同一处室任职时间过长”,未规定年限;"
            "所用政策未设定此参数,本节为演示设此示例值,实际须由地方规定。",
            f"Sample value: rotation after {sample_years} years in one section "
            f"(cadres.rotation_max_tenure_years = {sample_years}). The seed gives no number; "
            "the policy used leaves it unset, so this section sets a sample value for the "
            "demonstration; a locality must set its own.",
        )
    ds = out.attempt(
        "岗位轮换", "Rotation", lambda: rotation_due(s.section_tenures, on=s.as_of, policy=q)
    )
    if ds is None:
        return
    out.decisions.extend(ds)
    years = resolve(q, s.as_of).cadres.rotation_max_tenure_years
    due = [d.value for d in ds if d.value.due]
    later = [d.value for d in ds if not d.value.due]
    label_zh = "示例设定:" if q is not p else ""
    label_en = " (sample value)" if q is not p else ""

    def post_zh(v: Any) -> str:
        return "科长" if v.post.value == "head" else "副科长"

    def post_en(v: Any) -> str:
        return "head" if v.post.value == "head" else "deputy head"

    out.line(
        f"岗位轮换({label_zh}同一科室任职满{years}年轮岗,截至{_ymd(s.as_of)}):"
        + (
            _join_zh(f"{v.section}{post_zh(v)}{v.cadre}({_ymd(v.since)}起)" for v in due) + "应轮岗"
            if due
            else "无人应轮岗"
        )
        + (
            ";"
            + ";".join(f"{v.section}{post_zh(v)}{v.cadre}自{_ymd(v.due_on)}起应轮岗" for v in later)
            if later
            else ""
        )
        + "。",
        f"Rotation after {years} years in one section{label_en}, as of {s.as_of}: "
        + (
            _join_en(f"{v.cadre} ({post_en(v)} of {v.section} since {v.since})" for v in due)
            + " should rotate"
            if due
            else "nobody is due"
        )
        + (
            "; "
            + "; ".join(
                f"{v.cadre} ({post_en(v)} of {v.section}) is due from {v.due_on}" for v in later
            )
            if later
            else ""
        )
        + ".",
    )


def _skills(s: SelectionRecords, p: Policy, out: _Out) -> None:
    on = s.skills_checked_on
    limit = resolve(p, on).cadres.computer_skills_age
    full: list[tuple[str, int]] = []
    gradual: list[tuple[str, int]] = []
    for b in s.births:
        age = age_on(b.born, on)
        d = out.attempt(
            f"{b.cadre}({age}周岁)的计算机技能要求",
            f"The computer-skills requirement of {b.cadre} (aged {age})",
            lambda b=b: computer_skills_requirement(b.born, on=on, subject=b.cadre, policy=p),  # type: ignore[misc]
            why_zh=f"种子“{limit}岁以下”“{limit}岁以上”均含本数,恰满{limit}周岁者归入哪一组未作规定",
        )
        if d is None:
            continue
        out.decisions.append(d)
        (full if d.outcome == "full" else gradual).append((b.cadre, age))
    out.line(
        f"计算机应用技能({_ymd(on)},{limit}岁以下全面掌握、{limit}岁以上逐步掌握):"
        f"应全面掌握:{_join_zh(f'{n}({a}岁)' for n, a in full) or '无'};"
        f"逐步掌握:{_join_zh(f'{n}({a}岁)' for n, a in gradual) or '无'}。",
        f"Computer skills on {on} (below {limit} full mastery, above {limit} gradual): full "
        f"mastery: {_join_en(f'{n} ({a})' for n, a in full) or 'nobody'}; gradual: "
        f"{_join_en(f'{n} ({a})' for n, a in gradual) or 'nobody'}.",
    )


def _study(s: SelectionRecords, p: Policy, out: _Out) -> None:
    lg = s.study_log
    if lg is None:
        return
    d = out.attempt("学习制度", "Study", lambda: study_gaps(lg, on=s.as_of, policy=p))
    if d is None:
        return
    out.decisions.append(d)
    v = d.value
    gaps_zh: list[str] = []
    gaps_en: list[str] = []
    if v.missing_weeks:
        gaps_zh.append(f"缺第{_join_zh(map(str, v.missing_weeks))}周(ISO周)集中学")
        gaps_en.append(f"no collective study in ISO week(s) {_join_en(map(str, v.missing_weeks))}")
    if v.missing_reading_months:
        gaps_zh.append(f"缺{_join_zh(f'{m}月' for m in v.missing_reading_months)}推荐篇目")
        gaps_en.append(
            "no recommended reading in "
            + _join_en(_calendar.month_name[m] for m in v.missing_reading_months)
        )
    if v.missing_topic_months:
        gaps_zh.append(f"缺{_join_zh(f'{m}月' for m in v.missing_topic_months)}学习专题")
        gaps_en.append(
            "no study topic in " + _join_en(_calendar.month_name[m] for m in v.missing_topic_months)
        )
    if v.members_without_lesson:
        gaps_zh.append(f"{_join_zh(v.members_without_lesson)}未完成“一人一课”")
        gaps_en.append(f"no personal lesson by {_join_en(v.members_without_lesson)}")
    if v.evaluation_missing:
        gaps_zh.append("缺“一年一评”")
        gaps_en.append("no annual study evaluation")
    why = s.study_exempt_reason or Text(zh="原因未填写", en="reason not stated")
    exempt_zh = (
        f";第{_join_zh(map(str, lg.exempt_weeks))}周为{why.zh},经单位决定免除集中学"
        if lg.exempt_weeks
        else ""
    )
    exempt_en = (
        f"; ISO week(s) {_join_en(map(str, lg.exempt_weeks))} ({why.en}) excused by the unit"
        if lg.exempt_weeks
        else ""
    )
    out.line(
        f"{lg.unit}{lg.year}年学习记录(检查至{_ymd(v.checked_through)},"
        f"成员{len(lg.members)}人{exempt_zh}):"
        + (
            ";".join(gaps_zh) + f",共{len(gaps_zh)}类缺项。"
            if gaps_zh
            else "各项学习制度落实到位。"
        ),
        f"{lg.unit}'s study log for {lg.year} (checked through {v.checked_through}, "
        f"{len(lg.members)} members{exempt_en}): "
        + ("; ".join(gaps_en) + "." if gaps_en else "nothing is missing."),
    )


def _span_zh(first: dt.date, last: dt.date) -> str:
    return f"{first.month}月" if first.month == last.month else f"{first.month}–{last.month}月"


def _span_en(first: dt.date, last: dt.date) -> str:
    a, b = _calendar.month_abbr[first.month], _calendar.month_abbr[last.month]
    return a if a == b else f"{a}–{b}"


def _rules_reports(s: SelectionRecords, p: Policy, out: _Out) -> None:
    unit = s.study_log.unit if s.study_log is not None else s.department
    d = out.attempt(
        "规章制度执行情况汇报",
        "Reports on the rules",
        lambda: rules_report_gaps(unit, s.year, s.rules_reports, on=s.as_of, policy=p),
    )
    if d is None:
        return
    out.decisions.append(d)
    v = d.value
    done = [x for x in v.periods if x.reports]
    missed = [x for x in v.periods if not x.reports]
    out.line(
        f"{unit}{s.year}年向部务会汇报规章制度及其执行情况(每{v.interval_months}个月一次):"
        + ("已汇报" + _join_zh(_span_zh(x.first, x.last) for x in done) if done else "本年无汇报")
        + (
            ";缺" + _join_zh(_span_zh(x.first, x.last) for x in missed) + "的汇报。"
            if missed
            else "。"
        ),
        f"{unit}'s reports on its rules to the department's meeting in {s.year} (one every "
        f"{v.interval_months} months): "
        + (
            "reported for " + _join_en(_span_en(x.first, x.last) for x in done)
            if done
            else "no report this year"
        )
        + ("; none for " + _join_en(_span_en(x.first, x.last) for x in missed) if missed else "")
        + ".",
    )


def _branches(s: SelectionRecords, p: Policy, out: _Out) -> None:
    by: dict[BranchGrade, list[str]] = {g: [] for g in BranchGrade}
    for g in s.branch_grades:
        d = out.attempt(
            f"{g.branch}的提升方式",
            f"The track of {g.branch}",
            lambda g=g: improvement_track(g.grade, subject=g.branch, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            out.decisions.append(d)
            by[g.grade].append(g.branch)
    adv, avg, lag = by[BranchGrade.ADVANCED], by[BranchGrade.AVERAGE], by[BranchGrade.LAGGING]
    out.line(
        f"“双包三提”:{s.town}{len(s.branch_grades)}个村党支部中,先进{len(adv)}个"
        f"({_join_zh(adv) or '无'})示范提升,一般{len(avg)}个争先提升,后进{len(lag)}个"
        f"({_join_zh(lag) or '无'})整改提升。",
        f"双包三提: of {s.town}'s {len(s.branch_grades)} village branches, {len(adv)} advanced "
        f"({_join_en(adv) or 'none'}) improve as examples, {len(avg)} average ones strive to "
        f"advance, {len(lag)} lagging ({_join_en(lag) or 'none'}) rectify and improve.",
    )


def _tasks(s: SelectionRecords, p: Policy, out: _Out) -> None:
    unmet: list[Decision[Any]] = []
    decided = 0
    for b in s.branches_135:
        d = out.attempt(
            f"{b}的“135”任务",
            f"The 135 tasks of {b}",
            lambda b=b: unmet_135_tasks(b, s.year, s.activities_135, policy=p),  # type: ignore[misc]
        )
        if d is None:
            continue
        decided += 1
        out.decisions.append(d)
        if d.outcome != "met":
            unmet.append(d)
    out.line(
        f"“135”工作机制:{s.year}年{decided}个机关党支部中{decided - len(unmet)}个完成全部四项任务"
        + (
            ";"
            + ";".join(
                f"{d.value.branch}未完成:{_join_zh(t.zh for t in d.value.unmet)}" for d in unmet
            )
            + "。"
            if unmet
            else "。"
        ),
        f"The '135' mechanism in {s.year}: {decided - len(unmet)} of {decided} 机关 branches met "
        "all four tasks"
        + (
            "; "
            + "; ".join(
                f"{d.value.branch} did not meet: {_join_en(t.en for t in d.value.unmet)}"
                for d in unmet
            )
            + "."
            if unmet
            else "."
        ),
    )


def section(sample: SelectionRecords, policy: Policy | None = None) -> Section:
    """干部选拔任用、干部管理与党组织建设 — every selection, cadre and organization rule on the sample.

    Runs all seventeen rules of :mod:`orgwork.selection`, :mod:`orgwork.cadres`
    and :mod:`orgwork.organizations` with ``policy`` (the default policy when
    None). What cannot be decided becomes a note, never an error: a
    parameter the seeds leave open (``cadres.computer_skills_boundary_group``
    for a cadre of exactly 45), or a record a rule refuses. When the policy
    leaves ``cadres.rotation_max_tenure_years`` unset, the section uses the
    records' illustrative setting ``sample_rotation_years`` (the bundled sample
    town's only) and says so. A part with no records is listed in a note.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> sec = section(build(2025))
        >>> print(sec.summary[2].zh)
        唐浩然(柳巷社区)赞同率 = 赞同47 / 有效票59 = 79.66…%,低于80%,取消报名资格。
        >>> strict = Policy.default().override({"selection.approval_at_threshold_passes": False})
        >>> section(build(2025), strict).decisions[0].outcome
        'disqualified'
    """
    s = SelectionRecords.model_validate(sample)
    p = policy or Policy.default()
    out = _Out()
    parts: tuple[tuple[Callable[[SelectionRecords, Policy, _Out], None], bool, str, str], ...] = (
        (_evaluations, s.street_recruitment is not None, "民主测评", "democratic evaluation"),
        (_slates, bool(s.competitive_rounds), "差额评议", "competitive slates"),
        (_judges_and_panels, bool(s.occasions or s.sittings), "三必请与评委会", "panels"),
        (_nominations_line, bool(s.nominations), "初始提名", "nominations"),
        (_procedures, bool(s.open_selections), "公开选拔程序", "open selections"),
        (_postings, bool(s.post_fillings), "竞争上岗", "competitive posting"),
        (_promotion, bool(s.service_histories), "职级晋升", "promotion in rank"),
        (_talks, bool(s.events or s.talks), "谈心谈话", "talks"),
        (_rotation, bool(s.section_tenures), "岗位轮换", "rotation"),
        (_skills, bool(s.births), "计算机技能", "computer skills"),
        (_study, s.study_log is not None, "学习制度", "study"),
        (
            _rules_reports,
            bool(s.rules_reports) or s.study_log is not None,
            "规章制度汇报",
            "reports on the rules",
        ),
        (_branches, bool(s.branch_grades), "双包三提", "branch grades"),
        (_tasks, bool(s.branches_135), "“135”工作机制", "the '135' tasks"),
    )
    skipped: list[tuple[str, str]] = []
    for part, has_records, zh, en in parts:
        if has_records:
            part(s, p, out)
        else:
            skipped.append((zh, en))
    if skipped:
        out.note(
            "以下各项无记录,未检查:" + "、".join(zh for zh, _ in skipped) + "。",
            "No records, not checked: " + ", ".join(en for _, en in skipped) + ".",
        )
    return Section(
        key="selection",
        title=Text(
            zh="干部选拔任用、干部管理与党组织建设",
            en="Cadre selection, cadre management and party organizations",
        ),
        summary=tuple(out.summary),
        decisions=tuple(out.decisions),
        notes=tuple(out.notes),
    )

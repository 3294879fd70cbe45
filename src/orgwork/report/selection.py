"""The report's selection section."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any, TypeVar

from orgwork._zh import parameter_name
from orgwork.cadres import (
    CadreBirthDate,
    ServiceHistory,
    ab_post_coverage,
    age_on,
    cadre_welfare_visits,
    computer_backbones,
    computer_nights,
    computer_skills_exams,
    computer_skills_requirement,
    first_responsible,
    opinion_solicitations,
    performance_before_adjustment,
    post_badges,
    rank_promotion_eligibility,
    rotation_due,
    talks_due,
    time_limits,
)
from orgwork.decision import Decision, Say, Shown, Text, both, day, joined
from orgwork.errors import CalendarCoverageError, MissingParameterError, OrgworkError
from orgwork.organizations import (
    BranchGrade,
    four_ones,
    improvement_track,
    meeting_cadence,
    meeting_quorum,
    part_time_members,
    resolution_vote,
    rules_report_gaps,
    study_gaps,
    unmet_135_tasks,
)
from orgwork.policy import Policy, checked_policy, resolve
from orgwork.records.selection import Applicant, SelectionRecords, Sitting
from orgwork.report._common import NOTHING, Lines, _CommonTexts, md, otherwise
from orgwork.report._report import Section
from orgwork.selection import (
    NominatorGroup,
    Occasion,
    PublicityPeriod,
    approval_decision,
    check_procedure,
    competitive_posting_check,
    competitive_slate,
    four_openness_gaps,
    min_candidates,
    nomination_scope_gaps,
    panel_check,
    pre_appointment_notice,
    probation_period,
    public_judges_required,
    publication_gaps,
    publicity_check,
)

_T = TypeVar("_T")

# -- the section ------------------------------------------------------------------------


class _SelectionTexts:
    """Texts of the selection section: selection, cadre management and party organizations."""

    title = Say(
        "干部选拔任用、干部管理与党组织建设",
        "Cadre selection, cadre management and party organizations",
    )
    not_checked = Say("以下各项无记录,未检查:{parts}。", "No records, not checked: {parts}.")
    # what could not be decided
    unset = Say(
        "{what}无法判定:政策参数“{param}”未设定。{why},须由地方在政策中设定。",
        "{what} could not be decided: {param}{why}",
    )
    seeds_silent = Say("种子未规定此值", "the seed sets no value")
    refused = Say("{what}无法判定:{error}", "{what} could not be decided: {error}")
    # words a line shares
    none = Say("无", "none")
    nobody = Say("无", "nobody")
    nothing = Say("无", "nothing")
    then = Say(";{part}", "; {part}")
    # 民主测评
    evaluation_of = Say("{name}的民主测评", "The evaluation of {name}")
    tally = Say("{group}{n}人", "{n} from {group}")
    tallies = Say("({tallies}参评)", " ({tallies})")
    evaluations = Say(
        "{street}{on}对{n}名{post}报名人员进行民主测评{tallies}:"
        "保留报名资格{kept_n}人({kept}),取消报名资格{lost_n}人({lost})。",
        "{street} evaluated {n} applicants for {post} on {on}{tallies}: {kept_n} keep the "
        "application ({kept}), {lost_n} are disqualified ({lost}).",
    )
    no_rate = Say("无{basis},赞同率无法计算", "no {basis}, so no approval rate")
    rate = Say(
        "赞同率 = 赞同{approvals} / {basis}{denominator} = {rate}",
        "approval {approvals} / {denominator} {basis} = {rate}",
    )
    kept_at = Say(
        "{who}({unit}){rate},恰为{threshold},不低于下限,保留报名资格。",
        "{who} ({unit}): {rate}, exactly {threshold}, not below the threshold: keeps the "
        "application.",
    )
    kept_above = Say(
        "{who}({unit}){rate},高于{threshold},保留报名资格。",
        "{who} ({unit}): {rate}, above {threshold}: keeps the application.",
    )
    not_endorsed = Say(
        "{who}({unit}){rate},但所在单位党组织不认同,取消报名资格。",
        "{who} ({unit}): {rate}, but the party organization of the unit does not endorse the "
        "applicant: disqualified.",
    )
    lost_at = Say(
        "{who}({unit}){rate},恰为{threshold},本地规定恰为下限者不通过,取消报名资格。",
        "{who} ({unit}): {rate}, exactly at {threshold} (local policy: a rate at the threshold "
        "fails): disqualified.",
    )
    lost_below = Say(
        "{who}({unit}){rate},低于{threshold},取消报名资格。",
        "{who} ({unit}): {rate}, below {threshold}: disqualified.",
    )
    undetermined = Say(
        "{who}({unit}){rate},无法判定,应重新测评。",
        "{who} ({unit}): {rate}; undetermined, the evaluation is to be held again.",
    )
    # 差额评议
    minimum_slate = Say("{category}差额人选数", "The minimum slate of the {category} posts")
    slate_of = Say("{category}差额评议", "The slate of the {category} posts")
    slate = Say(
        "{prefecture}{on}副处级岗位竞争性选拔{category}{k}个岗位({posts})差额评议,"
        "差额比例{ratio},至少需{needed}名人选,实有{n}名,{outcome}",
        "{prefecture}'s competitive evaluation for deputy-division posts on {on}, {category} "
        "({k} post(s): {posts}): at a {ratio} ratio at least {needed} candidates are needed; "
        "there are {n}, {outcome}",
    )
    ratio_met = Say("达到差额比例。", "so the ratio is met.")
    ratio_short = Say(
        "未达到差额比例,应增补{more}名人选。",
        "short of the ratio: {more} more candidate(s) are needed.",
    )
    # 三必请与评委会
    judges_required = Say(
        "{occasion}是否必请群众评委", "Whether public judges are required on {occasion}"
    )
    occasions = Say(
        "“三必请”:{occasions}时必须邀请群众当评委(共检查{n}类场合)。",
        "三必请: public judges must be invited on these occasions: {occasions} ({n} kinds of "
        "occasion checked).",
    )
    panel_of = Say("{name}的评委团", "The panel of {name}")
    panels = Say(
        "本年{checked}次评委会中{ok}次评委组成符合要求。",
        "Of the year's {checked} judging panels, {ok} were properly composed.",
    )
    panels_one_bad = Say(
        "本年{checked}次评委会中{ok}次评委组成符合要求,{bad}次不符合要求。",
        "Of the year's {checked} judging panels, {ok} were properly composed and {bad} was not.",
    )
    panels_bad = Say(
        "本年{checked}次评委会中{ok}次评委组成符合要求,{bad}次不符合要求。",
        "Of the year's {checked} judging panels, {ok} were properly composed and {bad} were not.",
    )
    a_required_occasion = Say(
        "属“三必请”场合,必须邀请群众当评委",
        "a 三必请 occasion, where public judges must be invited",
    )
    joint_judging = Say(
        "须由专家评委和群众代表共同担任评委",
        "where experts and public representatives judge together",
    )
    bad_panel = Say(
        "{name}({on},{occasion}):专家评委{experts}名、群众评委{public}名,{why};{rule}。",
        "{name} ({on}, {occasion}): {experts} expert and {public} public judge(s); it {why}, yet "
        "this is {rule}.",
    )
    # 初始提名
    nominators = Say("初始提名主体", "The nominator groups")
    nominated = Say("{group}{n}人次", "{n} from {group}")
    groups_missing = Say("缺少提名主体:{groups}。", "no nominations from {groups}.")
    groups_complete = Say("提名主体齐全。", "every nominator group took part.")
    nominations = Say(
        "{county}{on}干部交流调整初始提名:{done};{gaps}",
        "{county}'s initial nominations for the cadre exchange of {on}: {done}; {gaps}",
    )
    # 公开选拔程序
    procedure_of = Say("{procedure}的程序", "The procedure of {procedure}")
    eliminated = Say("{candidate}在{step}中未通过", "{candidate} failed the {step}")
    complete = Say(
        "{procedure}程序完整,依次经过{order}{eliminated};通过全部程序的人选:{selected}。",
        "{procedure} followed every step in order ({order}){eliminated}; passed every step: "
        "{selected}.",
    )
    published_by = Say("{procedure}的公开事项", "What {procedure} published")
    published = Say("{procedure}已公开:{done}{rest}", "{procedure} published {done}{rest}")
    unpublished = Say(";未公开:{items}。", "; not published: {items}.")
    all_published = Say(";公开事项齐全。", "; everything required is published.")
    no_results = Say("尚无结果", " has no results")
    no_results_yet = Say("尚无结果", "")
    at_step = Say("进行到{step}", " is at the {step}")
    invalid = Say(
        "{procedure}的程序记录有{n}处错误(程序应依次为{order}),记录{where};"
        "选拔未完成,结果公开待完成后检查:",
        "The record of {procedure} has {n} problem(s) (the steps are, in order, {order}); the "
        "selection{where} and is not complete, so the publication of its results is not "
        "checked yet:",
    )
    result_no = Say("第{n}条记录:", "result {n}: ")
    problem = Say("  {at}{message}。", "  {at}{message}.")
    in_progress = Say(
        "{procedure}{where},在选人选:{remaining};选拔未完成,结果公开待完成后检查。",
        "{procedure}{where}; still in: {remaining}; the selection is not complete, so the "
        "publication of its results is not checked yet.",
    )
    # 竞争上岗
    postings_of = Say("竞争上岗", "Competition for vacant posts")
    not_competed = Say(
        "{post}以{method}产生,未实行竞争上岗", "{post} was filled by {method}, without competition"
    )
    postings = Say(
        "{department}本年补缺{n}个中层领导职位,{competed}个实行竞争上岗{others}。",
        "{department} filled {n} vacant mid-level leadership post(s) this year, {competed} by "
        "competition{others}.",
    )
    # 职级晋升
    one_month = Say("{n}个月", "{n} month")
    months = Say("{n}个月", "{n} months")
    promotion_of = Say("{cadre}的晋升职级资格", "{cadre}'s promotion in rank")
    not_in_force = Say(
        "职务与职级并行规定自{effective}起施行,{on}尚不适用;{cadres}的晋升职级任职年限不作判定。",
        "The rank regulation is in force from {effective}; on {on} it does not apply yet, so the "
        "years of {cadres} for promotion in rank are not judged.",
    )
    top_rank = Say(
        "{cadre}现任{position},无更高职级可晋升。",
        "{cadre} is a {position}: there is no higher rank.",
    )
    served = Say(
        "{cadre}({position},{since}起)截至{on}任职{months}个月",
        "{cadre} ({position} since {since}) has served {months} months by {on}",
    )
    no_grade = Say("无考核结果", "has no grade")
    graded = Say("考核{grade}", "was graded {grade}")
    year_excluded = Say("{year}年度{why},该年不计入", "{year} {why} and does not count")
    excellent = Say(
        "{n}个年度考核优秀({years}),共缩短{months}个月",
        "{n} year(s) graded 优秀 ({years}) shorten the requirement by {months} months",
    )
    helped = Say(
        "(若无优秀年度则还差{n}个月)", " (without the 优秀 years {n} month(s) would be missing)"
    )
    promotion_met = Say(
        "{served}{details};计入{counted}个月,须{required}个月,符合晋升{target}的任职年限条件{helped}。",
        "{served}{details}; {counted} count, {required} are required: the years for promotion to "
        "{target} are met{helped}.",
    )
    promotion_referred = Say(
        "{served}{details};计入{counted}个月,须{required}个月,晋升{target}的任职年限已满足{helped};"
        "是否“任职时间较长、表现一贯优秀”,提请党委研究认定。",
        "{served}{details}; {counted} count, {required} are required: the years for promotion to "
        "{target} are met{helped}; whether the cadre has 'served long and been consistently "
        "excellent' is referred to the party committee.",
    )
    promotion_condition_not_met = Say(
        "{served}{details};计入{counted}个月,须{required}个月,任职年限已满足{helped},"
        "但党委认定不符合“表现一贯优秀”的条件,暂不晋升{target}。",
        "{served}{details}; {counted} count, {required} are required: the years are met{helped}, "
        "but the party committee found the cadre not consistently excellent, so no promotion "
        "to {target} for now.",
    )
    promotion_short = Say(
        "{served}{details};计入{counted}个月,须{required}个月,晋升{target}还差{short}。",
        "{served}{details}; {counted} count, {required} are required: {short} short of promotion "
        "to {target}.",
    )
    no_right = Say(
        "达到最低任职年限不等于必须晋升;是否晋升还须综合工作需要、德才表现、职责轻重、工作实绩和资历。",
        "Reaching the minimum years is no right to promotion: need, conduct, duties, record and "
        "seniority are still weighed.",
    )
    # 谈心谈话
    talks_of = Say("谈心谈话", "Talks")
    within = Say("(本地规定{days}日内谈话)", " (local policy: within {days} days)")
    talks = Say(
        "谈心谈话(截至{on}):本年{n}件应谈事由,已由部领导班子成员谈话{held}件,未谈{open}件{within}。",
        "Talks (as of {on}): {n} events called for a talk this year; {held} were answered by a "
        "member of the department's leadership, {open} were not{within}.",
    )
    talk_late = Say(
        "{cadre}({trigger},{event})的谈话于{held}进行,超过期限{due}。",
        "{cadre} ({trigger}, {event}): the talk on {held} came after its deadline {due}.",
    )
    other_talk = Say(
        ";{on}{by}的谈话不是部领导班子成员所谈,不计入",
        "; the talk by {by} on {on} was not by a member of the leadership and does not count",
    )
    talk_overdue = Say("应于{due}前谈话,已逾期", "the talk was due by {due} and is overdue")
    talk_due = Say("待谈", "a talk is due")
    talk_due_by = Say("待谈,期限{due}", "a talk is due by {due}")
    talk = Say(
        "{cadre}({trigger},{event}){state}{others}。",
        "{cadre} ({trigger}, {event}): {state}{others}.",
    )
    no_talk_deadline = Say(
        "谈心谈话未设期限(“{param}”未设定,种子未规定时限):只列出待谈事项,不判逾期。",
        "Talks have no deadline ({param} is not set; the seed gives no time "
        "limit): talks are listed as due, never overdue.",
    )
    # 岗位轮换
    sample_rotation = Say(
        "示例设定:同一科室任职满{years}年轮岗(“{param}”设为{years})。"
        "种子只说“改变了过去干部在同一处室任职时间过长”,未规定年限;"
        "所用政策未设定此参数,本节为演示设此示例值,实际须由地方规定。",
        "Sample value: rotation after {years} years in one section "
        "({param} = {years}). The seed gives no number; the policy used "
        "leaves it unset, so this section sets a sample value for the demonstration; a locality "
        "must set its own.",
    )
    rotation_of = Say("岗位轮换", "Rotation")
    sample_value = Say("示例设定:", " (sample value)")
    head = Say("科长", "head")
    deputy_head = Say("副科长", "deputy head")
    serving = Say(
        "{section}{post}{cadre}({since}起)", "{cadre} ({post} of {section} since {since})"
    )
    rotate = Say("{cadres}应轮岗", "{cadres} should rotate")
    nobody_due = Say("无人应轮岗", "nobody is due")
    due_later = Say(
        "{section}{post}{cadre}自{on}起应轮岗", "{cadre} ({post} of {section}) is due from {on}"
    )
    rotation = Say(
        "岗位轮换({label}同一科室任职满{years}年轮岗,截至{on}):{due}{later}。",
        "Rotation after {years} years in one section{label}, as of {on}: {due}{later}.",
    )
    # 计算机技能
    skills_of = Say(
        "{cadre}({age}周岁)的计算机技能要求",
        "The computer-skills requirement of {cadre} (aged {age})",
    )
    boundary = Say(
        "种子“{limit}岁以下”“{limit}岁以上”均含本数,恰满{limit}周岁者归入哪一组未作规定",
        "the seed's 'under {limit}' and 'over {limit}' both include {limit}, and it does not say "
        "which group a cadre of exactly {limit} is in",
    )
    aged = Say("{name}({age}岁)", "{name} ({age})")
    skills = Say(
        "计算机应用技能({on},{limit}岁以下全面掌握、{limit}岁以上逐步掌握):"
        "应全面掌握:{full};逐步掌握:{gradual}。",
        "Computer skills on {on} (below {limit} full mastery, above {limit} gradual): full "
        "mastery: {full}; gradual: {gradual}.",
    )
    # 学习制度
    study_of = Say("学习制度", "Study")
    no_collective_study = Say(
        "缺第{weeks}周(国际标准周次)集中学", "no collective study in ISO week(s) {weeks}"
    )
    no_reading = Say("缺{months}推荐篇目", "no recommended reading in {months}")
    no_topic = Say("缺{months}学习专题", "no study topic in {months}")
    no_lesson = Say("{members}未完成“一人一课”", "no personal lesson by {members}")
    no_evaluation = Say("缺“一年一评”", "no annual study evaluation")
    reason_not_stated = Say("原因未填写", "reason not stated")
    exempt = Say(
        ";第{weeks}周为{why},经单位决定免除集中学",
        "; ISO week(s) {weeks} ({why}) excused by the unit",
    )
    study_gaps = Say("{gaps},共{n}类缺项。", "{gaps}{n}.")
    study_complete = Say("各项学习制度落实到位。", "nothing is missing.")
    study = Say(
        "{unit}{year}年学习记录(检查至{through},成员{members}人{exempt}):{result}",
        "{unit}'s study log for {year} (checked through {through}, {members} members{exempt}): "
        "{result}",
    )
    # 规章制度汇报
    reports_of = Say("规章制度执行情况汇报", "Reports on the rules")
    reported = Say("已汇报{spans}", "reported for {spans}")
    no_report = Say("本年无汇报", "no report this year")
    not_reported = Say(";缺{spans}的汇报", "; none for {spans}")
    reports = Say(
        "{unit}{year}年向部务会汇报规章制度及其执行情况(每{interval}个月一次):{done}{missed}。",
        "{unit}'s reports on its rules to the department's meeting in {year} (one every "
        "{interval} months): {done}{missed}.",
    )
    # 双包三提
    track_of = Say("{branch}的提升方式", "The track of {branch}")
    branches = Say(
        "“双包三提”:{town}{n}个村党支部中,先进{advanced_n}个({advanced})示范提升,"
        "一般{average_n}个争先提升,后进{lagging_n}个({lagging})整改提升。",
        "双包三提: of {town}'s {n} village branches, {advanced_n} advanced ({advanced}) improve "
        "as examples, {average_n} average ones strive to advance, {lagging_n} lagging "
        "({lagging}) rectify and improve.",
    )
    # “135”工作机制
    tasks_of = Say("{branch}的“135”任务", "The 135 tasks of {branch}")
    unmet = Say("{branch}未完成:{tasks}", "{branch} did not meet: {tasks}")
    tasks = Say(
        "“135”工作机制:{year}年{decided}个机关党支部中{met}个完成全部四项任务{unmet}。",
        "The '135' mechanism in {year}: {met} of {decided} 机关 branches met all four tasks"
        "{unmet}.",
    )


class _Out(Lines):
    """What the section collects: summary lines, decisions and notes, in report order."""

    def attempt(self, what: Text, run: Callable[[], _T], *, why: Text | None = None) -> _T | None:
        """Run one rule; an error orgwork raises on purpose becomes a note, never a crash.

        ``why`` says, in the Chinese note, why the seed leaves a missing parameter open
        (the English note gives the error's own message).
        """
        try:
            return run()
        except CalendarCoverageError as exc:  # said in Chinese: the year the calendar lacks
            self.notes.append(_CommonTexts.calendar_gap.text(what=what, year=exc.year))
        except MissingParameterError as exc:
            reason = why or _SelectionTexts.seeds_silent.text()
            self.note(
                _SelectionTexts.unset,
                what=what,
                why=both(reason.zh, ""),
                param=both(parameter_name(exc.parameter or ""), str(exc)),
            )
        except OrgworkError as exc:
            self.note(_SelectionTexts.refused, what=what, error=str(exc))
        return None


def _param(path: str) -> Shown:
    """A policy parameter: its Chinese name in Chinese, its path in English."""
    return both(parameter_name(path), path)


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


def _join_en(items: Iterable[str]) -> str:
    xs = list(items)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1] if xs else ""


def _and(items: Iterable[object]) -> Shown:
    """``items`` joined with 、 in Chinese and as ``a, b and c`` in English."""
    shown = [joined([item]) for item in items]  # each item in each language
    return both("、".join(x.zh for x in shown), _join_en(x.en for x in shown))


_BASIS = {
    "valid_ballots": Text(zh="有效票", en="valid ballots"),
    "ballots_cast": Text(zh="收回的全部票", en="ballots cast"),
    "eligible_evaluators": Text(zh="应参评人数", en="eligible evaluators"),
}


def _evaluations(s: SelectionRecords, p: Policy, out: _Out) -> None:
    r = s.street_recruitment
    if r is None:
        return
    first = r.applicants[0].evaluation if r.applicants else None
    tallies = NOTHING
    if first is not None:
        tallies = _SelectionTexts.tallies.text(
            tallies=[_SelectionTexts.tally.text(group=t.group, n=t.cast) for t in first.tallies]
        )
    decided: list[tuple[Applicant, Decision[Any]]] = []
    for a in r.applicants:
        d = out.attempt(
            _SelectionTexts.evaluation_of.text(name=a.evaluation.applicant),
            lambda a=a: approval_decision(a.evaluation, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            decided.append((a, d))
            out.decisions.append(d)
    kept = [a.evaluation.applicant for a, d in decided if d.outcome == "eligible"]
    lost = [a.evaluation.applicant for a, d in decided if d.outcome == "disqualified"]
    none = _SelectionTexts.none.text()
    out.line(
        _SelectionTexts.evaluations,
        street=r.street,
        on=day(r.held_on),
        n=len(r.applicants),
        post=both(r.post, "the street-office employee post"),  # English: the post's kind
        tallies=tallies,
        kept_n=len(kept),
        kept=otherwise(_and(kept), none),
        lost_n=len(lost),
        lost=otherwise(_and(lost), none),
    )
    for a, d in decided:
        out.summary.append(_evaluation_line(a, d))


def _evaluation_line(a: Applicant, d: Decision[Any]) -> Text:
    """One applicant's approval rate against the threshold, and what follows from it."""
    v = d.value
    basis = _BASIS.get(v.basis, v.basis)
    if v.rate is None:
        rate = _SelectionTexts.no_rate.text(basis=basis)
    else:
        rate = _SelectionTexts.rate.text(
            approvals=v.approvals, basis=basis, denominator=v.denominator, rate=_pct(v.rate)
        )
    who: dict[str, object] = {"who": v.applicant, "unit": a.unit, "rate": rate}
    threshold = _pct(v.threshold)
    at = v.rate == v.threshold
    if d.outcome == "eligible":
        kept = _SelectionTexts.kept_at if at else _SelectionTexts.kept_above
        return kept.text(threshold=threshold, **who)
    if d.outcome == "disqualified" and not v.unit_endorsed:
        return _SelectionTexts.not_endorsed.text(**who)
    if d.outcome == "disqualified":
        lost = _SelectionTexts.lost_at if at else _SelectionTexts.lost_below
        return lost.text(threshold=threshold, **who)
    return _SelectionTexts.undetermined.text(**who)


def _slates(s: SelectionRecords, p: Policy, out: _Out) -> None:
    for r in s.competitive_rounds:
        k = len(r.posts)
        category = both(r.category, r.category_en)
        m = out.attempt(
            _SelectionTexts.minimum_slate.text(category=category),
            lambda r=r, k=k: min_candidates(k, on=r.held_on, policy=p),  # type: ignore[misc]
        )
        c = out.attempt(
            _SelectionTexts.slate_of.text(category=category),
            lambda r=r, k=k: competitive_slate(k, len(r.candidates), on=r.held_on, policy=p),  # type: ignore[misc]
        )
        if m is None or c is None:
            continue
        out.decisions.extend((m, c))
        n = len(r.candidates)
        out.line(
            _SelectionTexts.slate,
            prefecture=s.prefecture,
            on=day(r.held_on),
            category=category,
            k=k,
            posts=_and(r.posts),
            ratio=_pct(Fraction(resolve(p, r.held_on).selection.competitive_ratio)),
            needed=m.value,
            n=n,
            outcome=(
                _SelectionTexts.ratio_met.text()
                if c.outcome == "meets"
                else _SelectionTexts.ratio_short.text(more=m.value - n)
            ),
        )


_PROBLEMS = {
    "no_judges": Text(zh="没有评委", en="had no judges"),
    "no_public_judges": Text(zh="没有群众评委", en="had no public judges"),
    "no_expert_judges": Text(zh="没有专家评委", en="had no expert judges"),
}


def _judges_and_panels(s: SelectionRecords, p: Policy, out: _Out) -> None:
    required: list[Occasion] = []
    for occ in s.occasions:
        d = out.attempt(
            _SelectionTexts.judges_required.text(occasion=occ),
            lambda occ=occ: public_judges_required(occ, on=s.as_of, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            out.decisions.append(d)
            if d.value:
                required.append(occ)
    out.line(
        _SelectionTexts.occasions,
        occasions=otherwise(joined(required, "、", "; "), _SelectionTexts.none.text()),
        n=len(s.occasions),
    )
    bad: list[tuple[Sitting, Decision[Any]]] = []
    checked = 0
    for st in s.sittings:
        pc = out.attempt(
            _SelectionTexts.panel_of.text(name=st.name),
            lambda st=st: panel_check(st.panel, policy=p),  # type: ignore[misc]
        )
        if pc is None:
            continue
        checked += 1
        out.decisions.append(pc)
        if pc.outcome != "complete":
            bad.append((st, pc))
    if not bad:
        out.line(_SelectionTexts.panels, checked=checked, ok=checked)
    else:
        panels = _SelectionTexts.panels_one_bad if len(bad) == 1 else _SelectionTexts.panels_bad
        out.line(panels, checked=checked, ok=checked - len(bad), bad=len(bad))
    for st, bad_panel in bad:
        v = bad_panel.value
        out.line(
            _SelectionTexts.bad_panel,
            name=st.name,
            on=day(st.panel.held_on),
            occasion=v.occasion,
            experts=v.experts,
            public=v.public,
            why=joined((_PROBLEMS.get(x, x) for x in v.problems), "、", " and "),
            rule=(
                _SelectionTexts.a_required_occasion.text()
                if v.occasion in required
                else _SelectionTexts.joint_judging.text()
            ),
        )


def _nominator(group: NominatorGroup) -> Shown:
    return both(_NOMINATORS_ZH.get(group, group.zh), group.en)


def _nominations_line(s: SelectionRecords, p: Policy, out: _Out) -> None:
    d = out.attempt(
        _SelectionTexts.nominators.text(),
        lambda: nomination_scope_gaps(s.nominations, on=s.nominations_on, policy=p),
    )
    if d is None:
        return
    out.decisions.append(d)
    listed = [NominatorGroup(g) for g in resolve(p, s.nominations_on).selection.nominator_groups]
    # 等多个层面: a group beyond the policy's list is shown when it nominated, never dropped
    shown = [*listed, *(g for g in NominatorGroup if g not in listed)]
    counts = [(g, sum(1 for n in s.nominations if n.group == g)) for g in shown]
    counts = [(g, n) for g, n in counts if n or g in listed]
    out.line(
        _SelectionTexts.nominations,
        county=s.county,
        on=day(s.nominations_on),
        done=[_SelectionTexts.nominated.text(group=_nominator(g), n=n) for g, n in counts],
        gaps=(
            _SelectionTexts.groups_missing.text(groups=_and(_nominator(g) for g in d.value))
            if d.value
            else _SelectionTexts.groups_complete.text()
        ),
    )


_NOMINATORS_ZH = {NominatorGroup.DIVISION_LEVEL_CADRES: "处级以上干部"}


def _procedures(s: SelectionRecords, p: Policy, out: _Out) -> None:
    for o in s.open_selections:
        rec = o.record
        d = out.attempt(
            _SelectionTexts.procedure_of.text(procedure=rec.procedure),
            lambda o=o: check_procedure(o.record, on=o.checked_on, policy=p),  # type: ignore[misc]
        )
        if d is None:
            continue
        out.decisions.append(d)
        v = d.value
        order = joined(v.steps, "→", " → ")
        if d.outcome == "complete":
            gone = sorted(v.eliminated, key=lambda cs: v.steps.index(cs[1]))
            eliminated = [_SelectionTexts.eliminated.text(candidate=c, step=st) for c, st in gone]
            out.line(
                _SelectionTexts.complete,
                procedure=rec.procedure,
                order=order,
                eliminated=(
                    _SelectionTexts.then.text(part=joined(eliminated, ";", "; "))
                    if eliminated
                    else NOTHING
                ),
                selected=otherwise(_and(v.selected), _SelectionTexts.nobody.text()),
            )
            pub = out.attempt(
                _SelectionTexts.published_by.text(procedure=rec.procedure),
                lambda o=o: publication_gaps(o.published, on=o.checked_on, policy=p),  # type: ignore[misc]
            )
            if pub is not None:
                out.decisions.append(pub)
                out.line(
                    _SelectionTexts.published,
                    procedure=rec.procedure,
                    done=otherwise(_and(o.published), _SelectionTexts.nothing.text()),
                    rest=(
                        _SelectionTexts.unpublished.text(items=_and(pub.value))
                        if pub.value
                        else _SelectionTexts.all_published.text()
                    ),
                )
            continue
        step = v.current_step
        if d.outcome == "invalid":
            out.line(
                _SelectionTexts.invalid,
                procedure=rec.procedure,
                n=len(v.problems),
                order=order,
                where=(
                    _SelectionTexts.no_results.text()
                    if step is None
                    else _SelectionTexts.at_step.text(step=step)
                ),
            )
            for x in v.problems:
                at = NOTHING if x.index is None else _SelectionTexts.result_no.text(n=x.index + 1)
                out.line(_SelectionTexts.problem, at=at, message=x.message)
        else:
            out.line(
                _SelectionTexts.in_progress,
                procedure=rec.procedure,
                where=(
                    _SelectionTexts.no_results_yet.text()
                    if step is None
                    else _SelectionTexts.at_step.text(step=step)
                ),
                remaining=_and(v.remaining),
            )


def _postings(s: SelectionRecords, p: Policy, out: _Out) -> None:
    ds = out.attempt(
        _SelectionTexts.postings_of.text(),
        lambda: competitive_posting_check(s.post_fillings, policy=p),
    )
    if ds is None:
        return
    out.decisions.extend(ds)
    mid = [
        (f, d) for f, d in zip(s.post_fillings, ds, strict=True) if d.outcome != "not_applicable"
    ]
    bad = [
        _SelectionTexts.not_competed.text(
            post=f.post, method=both(f.filled_by.zh, f.filled_by.value)
        )
        for f, d in mid
        if not d.value
    ]
    out.line(
        _SelectionTexts.postings,
        department=s.department,
        n=len(mid),
        competed=len(mid) - len(bad),
        others=_SelectionTexts.then.text(part=joined(bad, ";", "; ")) if bad else NOTHING,
    )


def _months(n: int) -> Text:
    return (_SelectionTexts.one_month if n == 1 else _SelectionTexts.months).text(n=n)


def _promotion(s: SelectionRecords, p: Policy, out: _Out) -> None:
    on = s.promotion_review_on
    decided: list[tuple[ServiceHistory, Decision[Any]]] = []
    for h in s.service_histories:
        d = out.attempt(
            _SelectionTexts.promotion_of.text(cadre=h.cadre),
            lambda h=h: rank_promotion_eligibility(h, on=on, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            decided.append((h, d))
            out.decisions.append(d)
    not_in_force = [h.cadre for h, d in decided if d.outcome == "not_in_force"]
    if not_in_force:
        out.line(
            _SelectionTexts.not_in_force,
            effective=day(resolve(p, on).cadres.rank_table_effective),
            on=day(on),
            cadres=_and(not_in_force),
        )
    for h, d in decided:
        v = d.value
        if d.outcome == "not_in_force":
            continue
        if d.outcome == "top_rank" or v.target is None or v.required_months is None:
            out.line(_SelectionTexts.top_rank, cadre=h.cadre, position=h.position)
            continue
        details: list[Text] = []
        for y in v.excluded_years:
            g = h.grade_of(y)
            why = (
                _SelectionTexts.no_grade.text()
                if g is None
                else _SelectionTexts.graded.text(grade=g.zh)
            )
            details.append(_SelectionTexts.year_excluded.text(year=y, why=why))
        if v.excellent_years:
            details.append(
                _SelectionTexts.excellent.text(
                    n=len(v.excellent_years),
                    years=_and(v.excellent_years),
                    months=v.shortening_months,
                )
            )
        shown = {
            "served": _SelectionTexts.served.text(
                cadre=h.cadre,
                position=h.position,
                since=day(h.since),
                on=day(on),
                months=v.served_months,
            ),
            "details": (
                _SelectionTexts.then.text(part=joined(details, ";", "; ")) if details else NOTHING
            ),
            "counted": v.counted_months,
            "required": v.required_months,
            "target": v.target,
        }
        if d.outcome in ("eligible", "referred", "condition_not_met"):
            without = v.required_months + v.shortening_months - v.counted_months
            helped = (
                _SelectionTexts.helped.text(n=without)
                if v.shortening_months and without > 0
                else NOTHING
            )
            met = {
                "eligible": _SelectionTexts.promotion_met,
                "referred": _SelectionTexts.promotion_referred,
                "condition_not_met": _SelectionTexts.promotion_condition_not_met,
            }[d.outcome]
            out.line(met, helped=helped, **shown)
        else:
            out.line(_SelectionTexts.promotion_short, short=_months(v.months_short), **shown)
    if any(d.outcome in ("eligible", "referred") for _, d in decided):
        out.line(_SelectionTexts.no_right)


def _talks(s: SelectionRecords, p: Policy, out: _Out) -> None:
    ds = out.attempt(
        _SelectionTexts.talks_of.text(),
        lambda: talks_due(s.events, on=s.as_of, talks=s.talks, policy=p),
    )
    if ds is None:
        return
    out.decisions.extend(ds)
    # each event keeps the limit in force on its own day; the line names the limits used
    limits = sorted(
        {(d.value.due_by - d.value.event_on).days for d in ds if d.value.due_by is not None}
    )
    held = [d for d in ds if d.outcome in ("held", "held_late")]
    open_ = [d for d in ds if d.outcome in ("due", "overdue")]
    out.line(
        _SelectionTexts.talks,
        on=day(s.as_of),
        n=len(ds),
        held=len(held),
        open=len(open_),
        within=_SelectionTexts.within.text(days=joined(limits, "、", " or "))
        if limits
        else NOTHING,
    )
    for d in ds:
        v = d.value
        if d.outcome == "held":
            continue
        if d.outcome == "held_late":
            out.line(
                _SelectionTexts.talk_late,
                cadre=v.cadre,
                trigger=v.trigger,
                event=md(v.event_on),
                held=md(v.held_on),
                due=md(v.due_by),
            )
            continue
        others = [
            _SelectionTexts.other_talk.text(on=md(t.on), by=t.by)
            for t in s.talks
            if t.cadre == v.cadre
            and not t.by_department_leadership
            and v.event_on <= t.on <= s.as_of
        ]
        if d.outcome == "overdue":
            state = _SelectionTexts.talk_overdue.text(due=md(v.due_by))
        elif v.due_by:
            state = _SelectionTexts.talk_due_by.text(due=md(v.due_by))
        else:
            state = _SelectionTexts.talk_due.text()
        out.line(
            _SelectionTexts.talk,
            cadre=v.cadre,
            trigger=v.trigger,
            event=md(v.event_on),
            state=state,
            others=joined(others, "", ""),
        )
    if not limits:
        out.note(_SelectionTexts.no_talk_deadline, param=_param("cadres.talk_deadline_days"))


def _rotation(s: SelectionRecords, p: Policy, out: _Out) -> None:
    q = p
    sample_years = s.sample_rotation_years
    if resolve(p, s.as_of).cadres.rotation_max_tenure_years is None and sample_years is not None:
        q = p.override({"cadres.rotation_max_tenure_years": sample_years})
        out.note(
            _SelectionTexts.sample_rotation,
            years=sample_years,
            param=_param("cadres.rotation_max_tenure_years"),
        )
    ds = out.attempt(
        _SelectionTexts.rotation_of.text(),
        lambda: rotation_due(s.section_tenures, on=s.as_of, policy=q),
    )
    if ds is None:
        return
    out.decisions.extend(ds)
    due = [d.value for d in ds if d.value.due]
    later = [d.value for d in ds if not d.value.due]

    def post(v: Any) -> Text:
        return (
            _SelectionTexts.head if v.post.value == "head" else _SelectionTexts.deputy_head
        ).text()

    serving = [
        _SelectionTexts.serving.text(
            section=v.section, post=post(v), cadre=v.cadre, since=day(v.since)
        )
        for v in due
    ]
    due_later = [
        _SelectionTexts.due_later.text(
            section=v.section, post=post(v), cadre=v.cadre, on=day(v.due_on)
        )
        for v in later
    ]
    out.line(
        _SelectionTexts.rotation,
        label=_SelectionTexts.sample_value.text() if q is not p else NOTHING,
        years=resolve(q, s.as_of).cadres.rotation_max_tenure_years,
        on=day(s.as_of),
        due=(
            _SelectionTexts.rotate.text(cadres=_and(serving))
            if serving
            else _SelectionTexts.nobody_due.text()
        ),
        later=_SelectionTexts.then.text(part=joined(due_later, ";", "; "))
        if due_later
        else NOTHING,
    )


def _skills(s: SelectionRecords, p: Policy, out: _Out) -> None:
    on = s.skills_checked_on
    limit = resolve(p, on).cadres.computer_skills_age
    full: list[Text] = []
    gradual: list[Text] = []
    for b in s.births:
        age = age_on(b.born, on)
        d = out.attempt(
            _SelectionTexts.skills_of.text(cadre=b.cadre, age=age),
            lambda b=b: computer_skills_requirement(b.born, on=on, subject=b.cadre, policy=p),  # type: ignore[misc]
            why=_SelectionTexts.boundary.text(limit=limit),
        )
        if d is None:
            continue
        out.decisions.append(d)
        (full if d.outcome == "full" else gradual).append(
            _SelectionTexts.aged.text(name=b.cadre, age=age)
        )
    nobody = _SelectionTexts.nobody.text()
    out.line(
        _SelectionTexts.skills,
        on=day(on),
        limit=limit,
        full=otherwise(_and(full), nobody),
        gradual=otherwise(_and(gradual), nobody),
    )


def _month_names(months: Iterable[int]) -> Shown:
    """Months as ``3月、4月`` in Chinese and ``March and April`` in English."""
    return _and(both(f"{m}月", _calendar.month_name[m]) for m in months)


def _study(s: SelectionRecords, p: Policy, out: _Out) -> None:
    lg = s.study_log
    if lg is None:
        return
    d = out.attempt(_SelectionTexts.study_of.text(), lambda: study_gaps(lg, on=s.as_of, policy=p))
    if d is None:
        return
    out.decisions.append(d)
    v = d.value
    gaps: list[Text] = []
    if v.missing_weeks:
        gaps.append(_SelectionTexts.no_collective_study.text(weeks=_and(v.missing_weeks)))
    if v.missing_reading_months:
        gaps.append(_SelectionTexts.no_reading.text(months=_month_names(v.missing_reading_months)))
    if v.missing_topic_months:
        gaps.append(_SelectionTexts.no_topic.text(months=_month_names(v.missing_topic_months)))
    if v.members_without_lesson:
        gaps.append(_SelectionTexts.no_lesson.text(members=_and(v.members_without_lesson)))
    if v.evaluation_missing:
        gaps.append(_SelectionTexts.no_evaluation.text())
    why = s.study_exempt_reason or _SelectionTexts.reason_not_stated.text()
    out.line(
        _SelectionTexts.study,
        unit=lg.unit,
        year=lg.year,
        through=day(v.checked_through),
        members=len(lg.members),
        exempt=(
            _SelectionTexts.exempt.text(weeks=_and(lg.exempt_weeks), why=why)
            if lg.exempt_weeks
            else NOTHING
        ),
        result=(
            # the Chinese counts the kinds of gap; the English lists them only
            _SelectionTexts.study_gaps.text(gaps=joined(gaps, ";", "; "), n=both(len(gaps), ""))
            if gaps
            else _SelectionTexts.study_complete.text()
        ),
    )


def _span(first: dt.date, last: dt.date) -> Shown:
    """The months a period spans: ``3–5月`` in Chinese, ``Mar–May`` in English."""
    zh = f"{first.month}月" if first.month == last.month else f"{first.month}–{last.month}月"
    a, b = _calendar.month_abbr[first.month], _calendar.month_abbr[last.month]
    return both(zh, a if a == b else f"{a}–{b}")


def _rules_reports(s: SelectionRecords, p: Policy, out: _Out) -> None:
    unit = s.study_log.unit if s.study_log is not None else s.department
    if not unit:  # no unit named: the reports are the first reporting unit's
        unit = s.rules_reports[0].unit if s.rules_reports else ""
    if not unit:
        return
    d = out.attempt(
        _SelectionTexts.reports_of.text(),
        lambda: rules_report_gaps(unit, s.year, s.rules_reports, on=s.as_of, policy=p),
    )
    if d is None:
        return
    out.decisions.append(d)
    v = d.value
    done = [_span(x.first, x.last) for x in v.periods if x.reports]
    missed = [_span(x.first, x.last) for x in v.periods if not x.reports]
    out.line(
        _SelectionTexts.reports,
        unit=unit,
        year=s.year,
        interval=v.interval_months,
        done=(
            _SelectionTexts.reported.text(spans=_and(done))
            if done
            else _SelectionTexts.no_report.text()
        ),
        missed=_SelectionTexts.not_reported.text(spans=_and(missed)) if missed else NOTHING,
    )


def _branches(s: SelectionRecords, p: Policy, out: _Out) -> None:
    by: dict[BranchGrade, list[str]] = {g: [] for g in BranchGrade}
    for g in s.branch_grades:
        d = out.attempt(
            _SelectionTexts.track_of.text(branch=g.branch),
            lambda g=g: improvement_track(g.grade, subject=g.branch, policy=p),  # type: ignore[misc]
        )
        if d is not None:
            out.decisions.append(d)
            by[g.grade].append(g.branch)
    adv, avg, lag = by[BranchGrade.ADVANCED], by[BranchGrade.AVERAGE], by[BranchGrade.LAGGING]
    none = _SelectionTexts.none.text()
    out.line(
        _SelectionTexts.branches,
        town=s.town,
        n=len(s.branch_grades),
        advanced_n=len(adv),
        advanced=otherwise(_and(adv), none),
        average_n=len(avg),
        lagging_n=len(lag),
        lagging=otherwise(_and(lag), none),
    )


def _tasks(s: SelectionRecords, p: Policy, out: _Out) -> None:
    unmet: list[Text] = []
    decided = 0
    for b in s.branches_135:
        d = out.attempt(
            _SelectionTexts.tasks_of.text(branch=b),
            lambda b=b: unmet_135_tasks(b, s.year, s.activities_135, policy=p),  # type: ignore[misc]
        )
        if d is None:
            continue
        decided += 1
        out.decisions.append(d)
        if d.outcome != "met":
            unmet.append(
                _SelectionTexts.unmet.text(branch=d.value.branch, tasks=_and(d.value.unmet))
            )
    out.line(
        _SelectionTexts.tasks,
        year=s.year,
        decided=decided,
        met=decided - len(unmet),
        unmet=_SelectionTexts.then.text(part=joined(unmet, ";", "; ")) if unmet else NOTHING,
    )


class _NewTexts:
    """Texts of the 三会一课, 特设支部, 任前公示, 试用期 and 机关作风 parts."""

    cadence_of = Say("{branch}三会一课", "{branch}'s meetings")
    cadence = Say("三会一课:{headline}{gaps}。", "Branch meetings: {headline}{gaps}.")
    kind_gap = Say("{kind}缺{periods}", "{kind} missing {periods}")
    gaps = Say("({gaps})", " ({gaps})")
    vote_of = Say("{branch}{on}党员大会表决", "{branch}'s vote of {on}")
    votes = Say(
        "支部党员大会表决{n}次:{results}。", "{n} vote(s) of the general meeting: {results}."
    )
    vote = Say("{on}{headline}", "{on}: {headline}")
    special_of = Say("{branch}“四个一”", "{branch}'s four items")
    special = Say("特设支部“四个一”:{results}。", "特设 branches' four items: {results}.")
    notice_of = Say("{candidate}的任前公示", "{candidate}'s pre-appointment notice")
    notices = Say("任前公示:{results}。", "Pre-appointment notices: {results}.")
    probation_of = Say("{cadre}的试用期", "{cadre}'s probation")
    probations = Say("任职试用期:{results}。", "Probations: {results}.")
    ownership_of = Say("首问负责", "First-asked responsibility")
    ownership = Say("首问负责:{results}。", "First-asked responsibility: {results}.")
    limits_of = Say("限时办结", "Time limits")
    limits = Say("限时办结{label}:{results}。", "Time limits{label}: {results}.")
    ab_of = Say("重点岗位AB岗", "A/B cover of key posts")
    ab = Say(
        "重点岗位AB岗({start}至{end}):{results}。",
        "A/B cover of key posts ({start} to {end}): {results}.",
    )
    badges_of = Say("挂牌上岗", "Badges at posts")
    badges = Say("挂牌上岗:{results}。", "Badges at posts: {results}.")
    welfare_of = Say("看望住院干部、走访组工干部家庭", "Welfare visits")
    welfare = Say(
        "看望住院干部、走访组工干部家庭{label}:{results}。",
        "Hospital and family visits{label}: {results}.",
    )
    referred = Say("提交研究决定:{headline}。", "Referred, with its facts: {headline}.")
    sample_label = Say("(示例设定)", " (sample value)")
    sample_limit = Say(
        "示例设定:“{kind}”类事项{days}个工作日内办结(“{param}”)。"
        "材料只说“限时办结”,未规定时限;所用政策未设定,本节为演示设此示例值,实际须由地方规定。",
        "Sample value: matters of kind '{kind}' are closed within {days} working day(s) "
        "({param}). The texts set no limit; the policy used leaves it "
        "unset, so this section sets a sample value for the demonstration; a locality must set "
        "its own.",
    )
    sample_hospital = Say(
        "示例设定:干部住院后{days}日内看望(“{param}”)。"
        "材料只说“坚持看望”,未规定时限;本节为演示设此示例值,实际须由地方规定。",
        "Sample value: a cadre in hospital is visited within {days} day(s) "
        "({param}). The text sets no window; this section sets a sample value "
        "for the demonstration; a locality must set its own.",
    )
    sample_family = Say(
        "示例设定:每{months}个月走访一次组工干部家庭(“{param}”)。"
        "材料只说“定期走访”,未规定周期;本节为演示设此示例值,实际须由地方规定。",
        "Sample value: a cadre's family is visited every {months} month(s) "
        "({param}). The text says only 定期; this section sets a sample value "
        "for the demonstration; a locality must set its own.",
    )


#: Outcomes left to people: each becomes a note with its facts.
_REFERRED = frozenset({"referred", "undecided"})


def _results(out: _Out, ds: Iterable[Decision[Any]]) -> Shown:
    """The decisions' headlines joined with ; — each referred one also noted for the committee."""
    heads: list[Text] = []
    for d in ds:
        out.decisions.append(d)
        heads.append(d.headline)
        if d.outcome in _REFERRED:
            out.note(_NewTexts.referred, headline=d.headline)
    return joined(heads, ";", "; ")


def _meetings(s: SelectionRecords, p: Policy, out: _Out) -> None:
    for lg in s.meeting_logs():
        d = out.attempt(
            _NewTexts.cadence_of.text(branch=lg.branch),
            lambda lg=lg: meeting_cadence(lg, on=s.as_of, policy=p),  # type: ignore[misc]
        )
        if d is None:
            continue
        out.decisions.append(d)
        gaps = [
            _NewTexts.kind_gap.text(kind=k.kind, periods=joined(k.missing))
            for k in d.value.kinds
            if k.missing
        ]
        out.line(
            _NewTexts.cadence,
            headline=d.headline,
            gaps=_NewTexts.gaps.text(gaps=joined(gaps, ";", "; ")) if gaps else NOTHING,
        )
    results: list[Text] = []
    for m in s.branch_meetings:
        v = m.vote()
        if v is None:
            continue
        what = _NewTexts.vote_of.text(branch=m.branch, on=md(m.held_on))
        run = meeting_quorum if v.in_favour is None else resolution_vote
        if v.in_favour is not None:
            q = out.attempt(what, lambda v=v: meeting_quorum(v, policy=p))  # type: ignore[misc]
            if q is not None:
                out.decisions.append(q)
        d = out.attempt(what, lambda v=v, run=run: run(v, policy=p))  # type: ignore[misc]
        if d is None:
            continue
        results.append(_NewTexts.vote.text(on=md(m.held_on), headline=_results(out, (d,))))
    if results:
        out.line(_NewTexts.votes, n=len(results), results=joined(results, ";", "; "))


def _special(s: SelectionRecords, p: Policy, out: _Out) -> None:
    ds = [
        d
        for r in s.special_branches
        if (
            d := out.attempt(
                _NewTexts.special_of.text(branch=r.branch),
                lambda r=r: four_ones(r, policy=p),  # type: ignore[misc]
            )
        )
        is not None
    ]
    out.line(_NewTexts.special, results=_results(out, ds))


def _notices(s: SelectionRecords, p: Policy, out: _Out) -> None:
    ds: list[Decision[Any]] = []
    for n in s.appointment_notices:
        what = _NewTexts.notice_of.text(candidate=n.candidate)
        d = out.attempt(what, lambda n=n: pre_appointment_notice(n.notice(), policy=p))  # type: ignore[misc]
        if d is None:
            continue
        ds.append(d)
        if n.end is not None:  # the procedure's check of the same period
            period = PublicityPeriod(candidate=n.candidate, start=n.start, end=n.end)
            c = out.attempt(what, lambda period=period: publicity_check(period, policy=p))  # type: ignore[misc]
            if c is not None:
                out.decisions.append(c)
    out.line(_NewTexts.notices, results=_results(out, ds))


def _probations(s: SelectionRecords, p: Policy, out: _Out) -> None:
    ds = [
        d
        for a in s.probations
        if (
            d := out.attempt(
                _NewTexts.probation_of.text(cadre=a.cadre),
                lambda a=a: probation_period(a, on=s.as_of, policy=p),  # type: ignore[misc]
            )
        )
        is not None
    ]
    out.line(_NewTexts.probations, results=_results(out, ds))


def _matters(s: SelectionRecords, p: Policy, out: _Out) -> None:
    owned = out.attempt(
        _NewTexts.ownership_of.text(), lambda: first_responsible(s.matters, on=s.as_of, policy=p)
    )
    if owned is not None:
        out.line(_NewTexts.ownership, results=_results(out, owned))
    q = p
    kind, days = s.sample_time_limit_kind, s.sample_time_limit_days
    limits = resolve(p, s.as_of).cadres.time_limit_working_days
    if kind and days and kind not in limits:  # a usable sample: a kind and at least 1 day
        q = p.override({"cadres.time_limit_working_days": {**limits, kind: days}})
        out.note(
            _NewTexts.sample_limit,
            kind=kind,
            days=days,
            param=_param("cadres.time_limit_working_days"),
        )
    ds = out.attempt(
        _NewTexts.limits_of.text(), lambda: time_limits(s.matters, on=s.as_of, policy=q)
    )
    if ds is not None:
        label = _NewTexts.sample_label.text() if q is not p else NOTHING
        out.line(_NewTexts.limits, label=label, results=_results(out, ds))


def _ab_posts(s: SelectionRecords, p: Policy, out: _Out) -> None:
    start = dt.date(s.year, 1, 1)
    ds = out.attempt(
        _NewTexts.ab_of.text(),
        lambda: ab_post_coverage(s.key_posts, s.absences, start=start, end=s.as_of, policy=p),
    )
    if ds is not None:
        out.line(_NewTexts.ab, start=day(start), end=day(s.as_of), results=_results(out, ds))


def _badges(s: SelectionRecords, p: Policy, out: _Out) -> None:
    ds = out.attempt(
        _NewTexts.badges_of.text(), lambda: post_badges(s.duty_roster, s.badges, policy=p)
    )
    if ds is not None:
        out.line(_NewTexts.badges, results=_results(out, ds))


def _welfare(s: SelectionRecords, p: Policy, out: _Out) -> None:
    cadres = resolve(p, s.as_of).cadres
    values: dict[str, Any] = {}
    if cadres.hospital_visit_days is None and s.sample_hospital_visit_days is not None:
        values["cadres.hospital_visit_days"] = s.sample_hospital_visit_days
        out.note(
            _NewTexts.sample_hospital,
            days=s.sample_hospital_visit_days,
            param=_param("cadres.hospital_visit_days"),
        )
    if cadres.family_visit_months is None and s.sample_family_visit_months is not None:
        values["cadres.family_visit_months"] = s.sample_family_visit_months
        out.note(
            _NewTexts.sample_family,
            months=s.sample_family_visit_months,
            param=_param("cadres.family_visit_months"),
        )
    q = p.override(values) if values else p
    ds = out.attempt(
        _NewTexts.welfare_of.text(),
        lambda: cadre_welfare_visits(
            s.hospital_stays, s.cadre_families, on=s.as_of, visits=s.welfare_visits, policy=q
        ),
    )
    if ds is not None:
        label = _NewTexts.sample_label.text() if q is not p else NOTHING
        out.line(_NewTexts.welfare, label=label, results=_results(out, ds))


class _ComputerTexts:
    """Texts of the 电脑之夜, 计算机骨干, 技能考核考试, 调整前绩效 and 四个公开 parts."""

    nights_of = Say("{month}的“电脑之夜”", "The 电脑之夜 of {month}")
    month = Say("{year}年{month}月", "{year}-{month:02d}")
    nights = Say(
        "“电脑之夜”({start}至{end},逐月检查):{n}个月中{ok}个月每周均已举行{others}。",
        "电脑之夜 ({start} to {end}, month by month): held every week in {ok} of {n} "
        "month(s){others}.",
    )
    backbones_of = Say("计算机应用技术骨干", "Computer backbones")
    backbones = Say("计算机应用技术骨干({on}):{results}。", "Computer backbones ({on}): {results}.")
    exams_of = Say("计算机操作技能考核、考试", "The computer-skills exam")
    exams = Say(
        "计算机操作技能考核、考试({on}):{result}。",
        "Computer-skills assessment or exam ({on}): {result}.",
    )
    adjustments_of = Say("干部调整前的绩效依据", "Performance results before adjustments")
    adjustments = Say(
        "干部调整前运用每年绩效管理成果:{results}。",
        "Performance results before adjustments: {results}.",
    )
    openness_of = Say("{department}的“四个公开”", "{department}'s four openness")
    openness = Say(
        "{department}组织工作“四个公开”({on}):{result}。",
        "{department}'s four openness of organization work ({on}): {result}.",
    )


def _month_spans(year: int, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The calendar months of ``year`` begun by ``end``, each cut at ``end``."""
    out = []
    for m in range(1, 13):
        first = dt.date(year, m, 1)
        if first > end:
            break
        last = dt.date(year, m, _calendar.monthrange(year, m)[1])
        out.append((first, min(last, end)))
    return out


def _computer_nights(s: SelectionRecords, p: Policy, out: _Out) -> None:
    end = min(s.as_of, dt.date(s.year, 12, 31))
    spans = _month_spans(s.year, end)
    ds = [
        d
        for first, last in spans
        if (
            d := out.attempt(
                _ComputerTexts.nights_of.text(
                    month=_ComputerTexts.month.text(year=s.year, month=first.month)
                ),
                lambda first=first, last=last: computer_nights(  # type: ignore[misc]
                    s.computer_nights, start=first, end=last, policy=p
                ),
            )
        )
        is not None
    ]
    if ds and spans:
        out.decisions.extend(d for d in ds if d.outcome == "complete")
        others = [d for d in ds if d.outcome != "complete"]
        out.line(
            _ComputerTexts.nights,
            start=day(spans[0][0]),
            end=day(spans[-1][1]),
            n=len(ds),
            ok=len(ds) - len(others),
            others=_SelectionTexts.then.text(part=_results(out, others)) if others else NOTHING,
        )


def _backbones(s: SelectionRecords, p: Policy, out: _Out) -> None:
    sections = sorted({t.section for t in s.section_tenures})
    ds = out.attempt(
        _ComputerTexts.backbones_of.text(),
        lambda: computer_backbones(sections, s.backbone_trainees, on=s.as_of, policy=p),
    )
    if ds is not None:
        out.line(_ComputerTexts.backbones, on=day(s.as_of), results=_results(out, ds))


def _skills_exams(s: SelectionRecords, p: Policy, out: _Out) -> None:
    on = s.skills_checked_on
    roster = [CadreBirthDate(cadre=b.cadre, born=b.born) for b in s.births]
    d = out.attempt(
        _ComputerTexts.exams_of.text(),
        lambda: computer_skills_exams(roster, s.skills_exams, exam_day=on, policy=p),
    )
    if d is not None:
        out.line(_ComputerTexts.exams, on=day(on), result=_results(out, [d]))


def _adjustments(s: SelectionRecords, p: Policy, out: _Out) -> None:
    ds = out.attempt(
        _ComputerTexts.adjustments_of.text(),
        lambda: performance_before_adjustment(
            s.adjustments, s.performance_results, histories=s.service_histories, policy=p
        ),
    )
    if ds is not None:
        out.line(_ComputerTexts.adjustments, results=_results(out, ds))


def _openness(s: SelectionRecords, p: Policy, out: _Out) -> None:
    for o in s.openness:
        d = out.attempt(
            _ComputerTexts.openness_of.text(department=o.department),
            lambda o=o: four_openness_gaps(  # type: ignore[misc]
                o.published, department_info=o.department_info, on=o.checked_on, policy=p
            ),
        )
        if d is not None:
            out.line(
                _ComputerTexts.openness,
                department=o.department,
                on=day(o.checked_on),
                result=_results(out, [d]),
            )


class _OrganizationTexts:
    """Texts of the 定期征求意见 and “1+*” 兼职委员 parts."""

    opinions_of = Say("组织部门定期征求意见", "Regular solicitation of opinions")
    opinions = Say("{result}。", "{result}.")  # the decision's headline names the matter
    part_time_of = Say("“1+*”模式兼职委员", "Part-time members of the 1+* pattern")
    part_time = Say(
        "“1+*”模式派驻部门兼职委员({on}):{n}个街道社区党组织中{met}个达到要求{others}。",
        "Stationed departments' part-time members of the 1+* pattern ({on}): {met} of {n} "
        "street and community organization(s) met the requirement{others}.",
    )


def _opinions(s: SelectionRecords, p: Policy, out: _Out) -> None:
    d = out.attempt(
        _OrganizationTexts.opinions_of.text(),
        lambda: opinion_solicitations(
            s.opinion_solicitations, start=dt.date(s.year, 1, 1), on=s.as_of, policy=p
        ),
    )
    if d is not None:
        out.line(_OrganizationTexts.opinions, result=_results(out, [d]))


def _part_time(s: SelectionRecords, p: Policy, out: _Out) -> None:
    ds = out.attempt(
        _OrganizationTexts.part_time_of.text(),
        lambda: part_time_members(
            s.community_organizations, s.part_time_members, on=s.as_of, policy=p
        ),
    )
    if ds is None:
        return
    others = [d for d in ds if d.outcome != "met"]
    out.decisions.extend(d for d in ds if d.outcome == "met")
    out.line(
        _OrganizationTexts.part_time,
        on=day(s.as_of),
        n=len(ds),
        met=len(ds) - len(others),
        others=_SelectionTexts.then.text(part=_results(out, others)) if others else NOTHING,
    )


_Part = Callable[[SelectionRecords, Policy, _Out], None]

#: The section's parts, in report order: each with whether the records have any of its
#: rows, and its name in the note that lists the parts with none.
_PARTS: tuple[tuple[_Part, Callable[[SelectionRecords], bool], Text], ...] = (
    (
        _evaluations,
        lambda s: s.street_recruitment is not None,
        Text(zh="民主测评", en="democratic evaluation"),
    ),
    (_slates, lambda s: bool(s.competitive_rounds), Text(zh="差额评议", en="competitive slates")),
    (
        _judges_and_panels,
        lambda s: bool(s.occasions or s.sittings),
        Text(zh="三必请与评委会", en="panels"),
    ),
    (_nominations_line, lambda s: bool(s.nominations), Text(zh="初始提名", en="nominations")),
    (
        _procedures,
        lambda s: bool(s.open_selections),
        Text(zh="公开选拔程序", en="open selections"),
    ),
    (_postings, lambda s: bool(s.post_fillings), Text(zh="竞争上岗", en="competitive posting")),
    (
        _promotion,
        lambda s: bool(s.service_histories),
        Text(zh="职级晋升", en="promotion in rank"),
    ),
    (_talks, lambda s: bool(s.events or s.talks), Text(zh="谈心谈话", en="talks")),
    (_rotation, lambda s: bool(s.section_tenures), Text(zh="岗位轮换", en="rotation")),
    (_skills, lambda s: bool(s.births), Text(zh="计算机技能", en="computer skills")),
    (_study, lambda s: s.study_log is not None, Text(zh="学习制度", en="study")),
    (
        _rules_reports,
        lambda s: bool(s.rules_reports) or s.study_log is not None,
        Text(zh="规章制度汇报", en="reports on the rules"),
    ),
    (_branches, lambda s: bool(s.branch_grades), Text(zh="双包三提", en="branch grades")),
    (_tasks, lambda s: bool(s.branches_135), Text(zh="“135”工作机制", en="the '135' tasks")),
    (
        _meetings,
        lambda s: bool(s.meeting_branches or s.branch_meetings),
        Text(zh="三会一课", en="branch meetings"),
    ),
    (_special, lambda s: bool(s.special_branches), Text(zh="特设支部“四个一”", en="四个一")),
    (_notices, lambda s: bool(s.appointment_notices), Text(zh="任前公示", en="notices")),
    (_probations, lambda s: bool(s.probations), Text(zh="任职试用期", en="probations")),
    (_matters, lambda s: bool(s.matters), Text(zh="首问负责与限时办结", en="matters")),
    (_ab_posts, lambda s: bool(s.key_posts), Text(zh="重点岗位AB岗", en="A/B posts")),
    (_badges, lambda s: bool(s.duty_roster), Text(zh="挂牌上岗", en="badges")),
    (
        _welfare,
        lambda s: bool(s.hospital_stays or s.cadre_families),
        Text(zh="看望走访干部", en="welfare visits"),
    ),
    (
        _computer_nights,
        lambda s: bool(s.computer_nights),
        Text(zh="“电脑之夜”", en="computer nights"),
    ),
    (
        _backbones,
        lambda s: bool(s.backbone_trainees),
        Text(zh="计算机应用技术骨干", en="computer backbones"),
    ),
    (
        _skills_exams,
        lambda s: bool(s.skills_exams),
        Text(zh="计算机技能考核考试", en="computer-skills exams"),
    ),
    (
        _adjustments,
        lambda s: bool(s.adjustments),
        Text(zh="干部调整前绩效评价", en="performance before adjustments"),
    ),
    (_openness, lambda s: bool(s.openness), Text(zh="“四个公开”", en="four openness")),
    (
        _opinions,
        lambda s: bool(s.opinion_solicitations),
        Text(zh="定期征求意见", en="solicitation of opinions"),
    ),
    (
        _part_time,
        lambda s: bool(s.community_organizations or s.part_time_members),
        Text(zh="“1+*”模式兼职委员", en="part-time members"),
    ),
)


def section(sample: SelectionRecords, policy: Policy | None = None) -> Section:
    """干部选拔任用、干部管理与党组织建设 — every selection, cadre and organization rule on the sample.

    Runs all the rules of [`orgwork.selection`][orgwork.selection], [`orgwork.cadres`][orgwork.cadres]
    and [`orgwork.organizations`][orgwork.organizations] with ``policy`` (the default policy when
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
    p = checked_policy(policy)
    out = _Out()
    skipped: list[Text] = []
    for part, has_records, name in _PARTS:
        if has_records(s):
            part(s, p, out)
        else:
            skipped.append(name)
    if skipped:
        out.note(_SelectionTexts.not_checked, parts=skipped)
    return Section(
        key="selection",
        title=_SelectionTexts.title.text(),
        summary=tuple(out.summary),
        decisions=tuple(out.decisions),
        notes=tuple(out.notes),
    )

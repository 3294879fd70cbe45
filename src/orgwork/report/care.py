"""The report's care section."""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, ParamSpec, TypeVar

from orgwork._numbers import yuan
from orgwork.care import (
    Duty,
    DutyKind,
    ElderlyMember,
    HardshipKind,
    HardshipPeriod,
    MemorialHost,
    MissedDuty,
    Payment,
    answerable_head,
    care_deductions,
    care_duties,
    check_care,
    festival_visit_duties,
    hardship_visit_duties,
    hospital_visit_duties,
    illness_aid_duties,
    memorial_host,
    relief_eligibility,
    routine_visit_duties,
)
from orgwork.decision import Decision, Say, Shown, Text, both, day, joined, nth
from orgwork.errors import CalendarCoverageError, MissingParameterError, OrgworkError
from orgwork.points import PointAdjustment
from orgwork.policy import Policy, checked_policy, resolve
from orgwork.records.care import CareRecords
from orgwork.report._common import NOTHING, md
from orgwork.report._report import Section
from orgwork.rules import id_of

_T = TypeVar("_T")
_P = ParamSpec("_P")


class _CareTexts:
    """Texts of the care section: the roster, memorial services, duties, deductions, the fund."""

    title = Say(
        "老党员“五有”关怀帮扶与帮扶专项资金",
        "Care for elderly members (the five cares) and the relief fund",
    )
    cannot = Say("无法判定{what}:{why}。{error}", "Cannot decide {what}: {why}. {error}")
    unset = Say(
        "参数 {parameter} 未设定(种子材料未规定)",
        "parameter {parameter} is not set (the seeds give no value)",
    )
    uncovered = Say("日历未覆盖{year}年", "the calendar does not cover {year}")
    # the roster
    roster = Say(
        "{town}{organizations}个村党支部共有老党员{members}人{spread},{year}年内生活特别贫困"
        "{great_hardship}人、失去生活自理能力{unable}人,住院{stays}人次,去世{deaths}人,"
        "年末在世{alive}人。",
        "{town}'s {organizations} village branches have {members} elderly members{spread}; "
        "in {year} {great_hardship} were in great hardship, {unable} unable to look after "
        "themselves, there were {stays} hospital stays and {deaths} deaths; {alive} are alive "
        "at the year's end.",
    )
    spread = Say("(分布在{branches}个支部)", " (in {branches} of them)")
    # 去世有人开追悼会
    honoured = Say("曾受{by}表彰({level})", "honoured by {by} ({level} level)")
    once = Say("曾任{post}", "once {post}")
    ordinary = Say("普通老党员", "an ordinary elderly member")
    memorial = Say(
        "{name}({organization},{who})于{died}去世:{host};{organization}全体党员{attendees}人"
        "参加追悼活动。",
        "{name} ({organization}, {who}) died on {died}: {host}; all {attendees} members of the "
        "branch attend.",
    )
    hosted = Say("追悼会由{role}{host}主持", "the memorial service is hosted by {host}, {role}")
    substitute = Say(
        "追悼会应由{tier}主持,该职务当时空缺,按本地规定由{role}{host}主持",
        "the service is due to be hosted by {tier}, a post then vacant, so by local policy "
        "{host} ({role}) hosts it",
    )
    no_substitute = Say(
        "追悼会应由{tier}主持,该职务当时空缺,本地规定不指定替代人,须由镇党委另行确定主持人",
        "the service is due to be hosted by {tier}, a post then vacant; local policy names no "
        "substitute, so the town committee must appoint a host",
    )
    host_of = Say("{name}的追悼会主持人", "the host of {name}'s memorial service")
    vacancy = Say(
        "{name}去世时{role}空缺({start}至{end}):{note}。"
        "空缺处理按参数 care.memorial_vacancy = {setting}",
        "When {name} died the post of {role} was vacant ({start} to {end}): {note}. "
        "The vacancy is handled by care.memorial_vacancy = {setting}",
    )
    no_host = Say(
        "{name}的追悼会尚无主持人:须由镇党委指定",
        "{name}'s memorial service has no host yet: the town committee must name one",
    )
    # the duty calendar
    duties_of = Say("{rule} 的应履行职责", "the duties of {rule}")
    calendar = Say("全年职责日历", "the year's duty calendar")
    visit_check = Say("走访记录检查", "the check of the visit log")
    kind_count = Say("{kind}{n}项", "{n} {kind}")
    duties = Say(
        "{year}年应履行关怀职责{n}项({kinds}),已履行{met}项,未履行{missed}项。",
        "{n} care duties fell due in {year} ({kinds}); {met} were met and {missed} missed.",
    )
    routine_unset = Say(
        "种子材料只说“定期或不定期走访老党员”,未规定频次(care.routine_visit_months 未设定),"
        "日常走访未纳入检查;走访记录中的4月、10月日常走访仅作记录。",
        "The seed says only that members are visited 'regularly or from time to time' and sets "
        "no frequency (care.routine_visit_months is unset), so routine visits are not checked; "
        "the April and October routine visits in the log are only recorded.",
    )
    # 应帮不帮、应扶不扶
    no_meeting = Say(
        "{festival}期间未召开党员和村民代表会议为老党员过节",
        "no meeting of members and villagers' representatives for {festival}",
    )
    festival_visit = Say(
        "{festival}期间未入户慰问{name}", "{name} not visited at home for {festival}"
    )
    hardship_visit = Say(
        "未入户看望生活困难党员{name}(每月至少{visits}次)",
        "{name}, in hardship, not visited at home ({visits} visit(s) due)",
    )
    hospital_visit = Say(
        "{name}{start}住院,{due}前无人看望",
        "{name}, admitted on {start}, not visited by {due}",
    )
    no_contact = Say(
        "未明确负责联系生活困难党员{name}的专人",
        "no person named to keep in touch with {name}, in hardship",
    )
    referred = Say(
        "其中{n}项无种子或本地设定的期限,是否追究责任提请镇党委研究",
        "{n} of them under no limit the seed or the locality set: whether anyone answers is for "
        "the town committee",
    )
    illness_aid = Say(
        "{name}住院病重或资金困难,期限内({due}前)未给予帮助",
        "{name}, seriously ill or short of money in hospital, not helped by {due}",
    )
    routine_visit = Say(
        "{start}至{due}未日常走访{name}", "{name} not visited between {start} and {due}"
    )
    all_met = Say(
        "走访记录显示全年关怀职责均已履行,无“应帮不帮、应扶不扶”情形。",
        "The visit log meets every care duty of the year: no help was due and not given.",
    )
    answerable_for = Say("{organization}的责任人", "who answers for {organization}")
    secretary_answers = Say("书记{secretary}承担责任", "secretary {secretary} answers")
    committee_decides = Say(
        "无种子或本地设定的期限,是否追究责任提请镇党委研究",
        "no limit the seed or the locality set: whether anyone answers is for the town committee",
    )
    secretary_vacant = Say("书记空缺,须由镇党委确定责任人", "the secretary's post is vacant")
    missed_duty = Say("{month.month}月:{duty}〔{rule}〕", "{month:%b}: {duty} [{rule}]")
    missed = Say(
        "应帮不帮、应扶不扶 — {organization}({who}),未履行{n}项:{duties}。",
        "Help due and not given — {organization} ({who}), {n} missed: {duties}.",
    )
    # 纳入千分制考核
    deductions = Say("千分制扣分", "the assessment deductions")
    sample_deductions = Say("千分制扣分(示例设定)", "the assessment deductions (sample setting)")
    no_points = Say(
        "种子材料将老党员走访慰问和帮扶救助情况纳入千分制考核,但未规定每项未履行职责扣几分"
        "(care.deduction_per_missed_duty 未设定),本政策下不计算扣分;"
        "摘要中的扣分是示例设定:每项{points}分,仅供演示,实际分值须由本地政策设定。",
        "The seed puts visits and aid into the thousand-point assessment but gives no points per "
        "missed duty (care.deduction_per_missed_duty is unset), so this policy computes no "
        "deduction; the deductions in the summary are a sample setting of {points} points per "
        "missed duty, for illustration only: a locality must set its own.",
    )
    sample_points = Say("(示例设定,每项{points}分)", " (sample setting: {points} per duty)")
    some_without_points = Say(
        "未履行职责中有{n}项落在本地政策未设定扣分分值(care.deduction_per_missed_duty)的日期,"
        "种子材料亦未规定分值;摘要中这{n}项按示例设定每项{points}分计算,仅供演示,其余按本地政策。",
        "Of the missed duties, {n} fall on days when the policy sets no points "
        "(care.deduction_per_missed_duty), and the seeds give none; the summary counts those {n} "
        "at a sample setting of {points} points each, for illustration only, and the rest by "
        "the policy.",
    )
    some_sample_points = Say(
        "(其中{n}项按示例设定每项{points}分)", " ({n} of them at a sample setting of {points} each)"
    )
    charged_to_vacant = Say("{headline}({organization})", "{headline} ({organization})")
    secretary_of = Say("{organization}书记{secretary}", "{secretary} (secretary of {organization})")
    deducted_from = Say("{who}扣{points}分({n}项)", "{who} {points} ({n} missed)")
    deducted = Say(
        "纳入千分制考核{label}:共扣{points}分 — {units}。",
        "Thousand-point assessment{label}: {points} points deducted — {units}.",
    )
    # 专款专用
    not_on_roster = Say(
        "{on}的支出{amount}元收款人{recipient}不在老党员名单中",
        "The payment of {amount} on {on} is to {recipient}, who is not on the roster",
    )
    may_be_paid = Say("{name}的帮扶资金资格", "whether {name} may be paid")
    refused = Say(
        "按当前政策,{on}支付给{name}的{amount}元({purpose})不符合专项资金用途:{reasons}",
        "Under this policy the payment of {amount} yuan on {on} to {name} ({purpose}) is outside "
        "the fund's purposes: {reasons}",
    )
    qiyi = Say(
        "{year}年7月1日建党{anniversary}周年大会上,现场为{names}等{n}名贫困党员{paid},共{total}元。",
        "At the meeting for the Party's {anniversary} anniversary on {year}-07-01, {n} poor "
        "members ({names} and others) were paid {paid}, {total} yuan in all.",
    )
    paid_each = Say("每人发放慰问金{each}元", "{each} yuan each")
    paid_relief = Say("发放慰问金", "relief")
    paid_for = Say("{purpose}{amount}元", "{purpose} {amount}")
    paid_for_nothing = Say("无", "none")
    fund = Say(
        "{fund}(专款专用):年初余额{opening}元,本年收入{received}元,"
        "支出{paid}元({payments}笔,{recipients}人;按用途:{by_purpose}),年末余额{closing}元。",
        "{fund} (ring-fenced): opening balance {opening} yuan, received {received}, paid {paid} "
        "({payments} payments to {recipients} members; by purpose: {by_purpose}), "
        "closing balance {closing} yuan.",
    )


def _yuan(x: Decimal) -> str:
    return yuan(x, grouped=True)


def _pts(x: Decimal) -> str:
    return f"{x.normalize():f}"


def _cannot(what: Text, exc: OrgworkError) -> Text:
    why: Text | str
    if isinstance(exc, MissingParameterError):
        why = _CareTexts.unset.text(parameter=str(exc.parameter))
    elif isinstance(exc, CalendarCoverageError):
        why = _CareTexts.uncovered.text(year=exc.year)
    else:
        why = str(exc)
    return _CareTexts.cannot.text(what=what, why=why, error=str(exc))


def _attempt(
    what: Text, notes: list[Text], run: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs
) -> _T | None:
    """``run(*args, **kwargs)``, or None with a note saying why it could not be decided."""
    try:
        return run(*args, **kwargs)
    except OrgworkError as exc:
        notes.append(_cannot(what, exc))
        return None


def _honour_text(m: ElderlyMember) -> Shown | Text:
    h = max(m.honours, key=lambda x: x.level, default=None)
    p = max(m.posts, key=lambda x: x.level, default=None)
    parts: list[Text] = []
    if h is not None:
        level = both(h.level.zh, h.level.value)
        parts.append(_CareTexts.honoured.text(by=h.awarded_by, level=level))
    if p is not None:
        parts.append(_CareTexts.once.text(post=p.title))
    if not parts:
        return _CareTexts.ordinary.text()
    return joined(parts, ",", ", ")


def _memorial_line(sample: CareRecords, m: ElderlyMember, d: Decision[MemorialHost]) -> Text:
    v = d.value
    assert m.died_on is not None  # only deaths are decided
    if v.host is not None and v.host_role is not None and v.host_role is v.tier:
        host = _CareTexts.hosted.text(role=v.host_role, host=v.host)
    elif v.host is not None and v.host_role is not None:
        host = _CareTexts.substitute.text(tier=v.tier, role=v.host_role, host=v.host)
    else:
        host = _CareTexts.no_substitute.text(tier=v.tier)
    return _CareTexts.memorial.text(
        name=m.name,
        organization=sample.organization(m.organization).name,
        who=_honour_text(m),
        died=day(m.died_on),
        host=host,
        attendees=len(v.attendees),
    )


def _duty_label(sample: CareRecords, duty: Duty) -> Text:
    festival = NOTHING if duty.festival is None else duty.festival
    if duty.member is None:
        return _CareTexts.no_meeting.text(festival=festival)
    name = sample.member(duty.member).name
    if duty.kind is DutyKind.FESTIVAL_VISIT and duty.festival is not None:
        return _CareTexts.festival_visit.text(festival=festival, name=name)
    if duty.kind is DutyKind.HARDSHIP_CONTACT:
        return _CareTexts.no_contact.text(name=name)
    if duty.kind is DutyKind.HARDSHIP_VISIT:
        return _CareTexts.hardship_visit.text(name=name, visits=duty.visits)
    if duty.kind is DutyKind.HOSPITAL_VISIT:
        return _CareTexts.hospital_visit.text(name=name, start=md(duty.start), due=md(duty.due))
    if duty.kind is DutyKind.ILLNESS_AID:
        return _CareTexts.illness_aid.text(name=name, due=md(duty.due))
    return _CareTexts.routine_visit.text(start=md(duty.start), due=md(duty.due), name=name)


_DUTY_RULES: tuple[Callable[..., tuple[Decision[Duty], ...]], ...] = (
    hospital_visit_duties,
    illness_aid_duties,
    festival_visit_duties,
    hardship_visit_duties,
    routine_visit_duties,
)


def section(sample: CareRecords, policy: Policy | None = None) -> Section:
    """老党员关怀帮扶报告 — every care rule run on ``sample``, as the report's ``care`` section.

    Runs the duty rules (hospital visits, illness aid, festival visits and
    meetings, monthly hardship visits, routine visits, and the whole duty
    calendar), checks the visit log and the fund's payments against them
    (应帮不帮、应扶不扶) with the branch secretary who answers, decides the
    memorial host of each death (with the town roster on the day of death),
    computes the assessment deductions, checks every fund payment against the
    fund's purposes, and sums the fund.

    ``decisions`` are, in order: the memorial hosts (by date of death), the
    missed duties (by organization, month, due day), who answers for each
    organization with a missed duty, the assessment deductions (in the order
    of the missed duties) when the policy sets their points, and the
    eligibility of every fund payment of the year (by date). The duty
    calendar itself is summarised by counts. If the policy leaves
    ``care.deduction_per_missed_duty`` unset (the seeds give no number),
    deductions are noted as not computed; the bundled sample town alone
    carries an illustrative setting (``sample_deduction``), which is shown
    in the summary only, labelled as a sample value there and in a note (no
    decision records a sample value).

    Examples:
        >>> from orgwork.samples.care import build
        >>> s = section(build(2025))
        >>> s.decisions[0].headline.zh
        '钱木根的追悼会由镇分管组织副书记(许文博)主持'
        >>> sorted({d.value.organization for d in s.decisions if d.outcome == "missed"})
        ['V02', 'V05', 'V09', 'V11']
    """
    policy = checked_policy(policy)
    year = sample.year
    start, end = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    summary: list[Text] = []
    notes: list[Text] = []
    decisions: list[Decision[Any]] = []

    # The roster.
    alive_end = [m for m in sample.members if m.alive_on(end)]
    hardship = {
        k: sorted(
            {m.id for m in sample.members for h in m.hardship if h.kind is k and _touches(h, year)}
        )
        for k in HardshipKind
    }
    stays = [s for m in sample.members for s in m.hospital_stays if s.admitted.year == year]
    branches = len({m.organization for m in sample.members})
    spread = (
        NOTHING
        if branches == len(sample.organizations)
        else _CareTexts.spread.text(branches=branches)
    )
    summary.append(
        _CareTexts.roster.text(
            town=sample.town.name,
            organizations=len(sample.organizations),
            members=len(sample.members),
            spread=spread,
            year=year,
            great_hardship=len(hardship[HardshipKind.GREAT_HARDSHIP]),
            unable=len(hardship[HardshipKind.UNABLE_TO_LOOK_AFTER_SELF]),
            stays=len(stays),
            deaths=len(sample.deaths),
            alive=len(alive_end),
        )
    )

    # 去世有人开追悼会.
    for m in sample.deaths:
        assert m.died_on is not None
        died_on = m.died_on
        host = _attempt(
            _CareTexts.host_of.text(name=m.name),
            notes,
            memorial_host,
            m,
            organization=sample.organization_on(m.organization, died_on),
            town=sample.town_on(died_on),
            policy=policy,
        )
        if host is None:
            continue
        decisions.append(host)
        summary.append(_memorial_line(sample, m, host))
        for v in sample.vacancies:
            if v.covers(died_on) and v.role in host.value.vacant:
                notes.append(
                    _CareTexts.vacancy.text(
                        name=m.name,
                        role=v.role,
                        start=str(v.start),
                        end=str(v.end),
                        note=v.note,
                        setting=str(host.parameters["care.memorial_vacancy"]),
                    )
                )
        if host.outcome == "vacant":
            notes.append(_CareTexts.no_host.text(name=m.name))

    # The duty calendar, rule by rule, then as a whole.
    per_rule: dict[str, int] = {}
    for fn in _DUTY_RULES:
        rid = id_of(fn)
        got = _attempt(
            _CareTexts.duties_of.text(rule=rid),
            notes,
            fn,
            sample.members,
            start,
            end,
            policy=policy,
        )
        if got is not None:
            per_rule[rid] = len(got)
    duties = _attempt(
        _CareTexts.calendar.text(),
        notes,
        care_duties,
        sample.members,
        start,
        end,
        policy=policy,
    )
    missed = _attempt(
        _CareTexts.visit_check.text(),
        notes,
        check_care,
        sample.members,
        sample.visits,
        start,
        end,
        organizations=sample.organizations,
        fund=sample.fund,
        policy=policy,
    )
    if duties is not None:
        kinds = Counter(d.value.kind for d in duties)
        counts = [_CareTexts.kind_count.text(kind=k, n=kinds[k]) for k in DutyKind if kinds[k]]
        n_missed = len(missed) if missed is not None else 0
        summary.append(
            _CareTexts.duties.text(
                year=year,
                n=len(duties),
                kinds=counts,
                met=len(duties) - n_missed,
                missed=n_missed,
            )
        )
    if per_rule.get(id_of(routine_visit_duties)) == 0:
        notes.append(_CareTexts.routine_unset.text())

    # 应帮不帮、应扶不扶: the missed duties and who answers.
    if missed is not None:
        decisions.extend(missed)
        by_org: dict[str, list[MissedDuty]] = defaultdict(list)
        for d in missed:
            by_org[d.value.organization].append(d.value)
        if not missed:
            summary.append(_CareTexts.all_met.text())
        for org_id, items in by_org.items():
            org = sample.organization(org_id)
            if all(x.referred for x in items):  # no limit set: nobody is named
                summary.append(_missed_line(sample, org.name, items))
                continue
            head = _attempt(
                _CareTexts.answerable_for.text(organization=org.name),
                notes,
                answerable_head,
                org,
                on=items[-1].duty.due,
                policy=policy,
            )
            if head is not None:
                decisions.append(head)
            summary.append(_missed_line(sample, org.name, items))

        # 纳入千分制考核.
        if missed:
            _deductions(missed, policy, summary, notes, sample, decisions)

    # 专款专用: every payment of the year against the fund's purposes, then the totals.
    _fund_lines(sample, policy, summary, notes, decisions)

    return Section(
        key="care",
        title=_CareTexts.title.text(),
        summary=tuple(summary),
        decisions=tuple(decisions),
        notes=tuple(notes),
    )


def _missed_line(sample: CareRecords, organization: str, items: Sequence[MissedDuty]) -> Text:
    """应帮不帮、应扶不扶: an organization's missed duties, month by month, and who answers."""
    named = [x for x in items if not x.referred]
    secretary = named[0].answerable if named else None
    if not named:
        who = _CareTexts.committee_decides.text()
    elif secretary:
        who = _CareTexts.secretary_answers.text(secretary=secretary)
    else:
        who = _CareTexts.secretary_vacant.text()
    if named and len(named) < len(items):
        referred = _CareTexts.referred.text(n=len(items) - len(named))
        return _missed_text(sample, organization, items, joined([who, referred], ";", "; "))
    return _missed_text(sample, organization, items, who)


def _missed_text(
    sample: CareRecords, organization: str, items: Sequence[MissedDuty], who: object
) -> Text:
    """The summary line: ``organization``'s missed duties, month by month, then ``who``."""
    each = [
        _CareTexts.missed_duty.text(
            month=_dt.date(x.year, x.month, 1), duty=_duty_label(sample, x.duty), rule=x.duty.rule
        )
        for x in items
    ]
    return _CareTexts.missed.text(
        organization=organization, who=who, n=len(items), duties=joined(each, ";", "; ")
    )


def _touches(h: HardshipPeriod, year: int) -> bool:
    return h.start <= _dt.date(year, 12, 31) and (h.end is None or h.end >= _dt.date(year, 1, 1))


def _deductions(
    missed: Sequence[Decision[MissedDuty]],
    policy: Policy,
    summary: list[Text],
    notes: list[Text],
    sample: CareRecords,
    decisions: list[Decision[Any]],
) -> None:
    label = NOTHING
    deducted: tuple[Decision[PointAdjustment | None], ...] | None
    try:
        deducted = care_deductions(missed, policy=policy)
        decisions.extend(deducted)  # by the caller's own policy: part of the record
    except MissingParameterError as exc:
        sample_points = sample.sample_deduction
        if (
            exc.parameter != "care.deduction_per_missed_duty"
            or policy.get("care.deduction_per_missed_duty") is not None
            or sample_points is None
        ):
            notes.append(_cannot(_CareTexts.deductions.text(), exc))
            return
        shown = _pts(sample_points)
        unset = sum(
            1
            for d in missed
            if resolve(policy, d.value.duty.due).care.deduction_per_missed_duty is None
        )
        if unset == len(missed):
            notes.append(_CareTexts.no_points.text(points=shown))
            label = _CareTexts.sample_points.text(points=shown)
        else:
            notes.append(_CareTexts.some_without_points.text(n=unset, points=shown))
            label = _CareTexts.some_sample_points.text(n=unset, points=shown)
        deducted = _attempt(
            _CareTexts.sample_deductions.text(),
            notes,
            care_deductions,
            missed,
            policy=policy.override({"care.deduction_per_missed_duty": sample_points}),
        )
    except OrgworkError as exc:
        notes.append(_cannot(_CareTexts.deductions.text(), exc))
        return
    if deducted is None:
        return
    org_of = {d.value.duty.id: d.value.organization for d in missed}
    per_unit: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    count: Counter[tuple[str, str]] = Counter()
    for d in deducted:
        org = sample.organization(org_of[str(d.subject)])  # the subject is the duty's id
        if d.value is None:  # charged to the head, whose post is vacant
            notes.append(
                _CareTexts.charged_to_vacant.text(headline=d.headline, organization=org.name)
            )
            continue
        per_unit[(org.id, d.value.unit)] += d.value.points
        count[(org.id, d.value.unit)] += 1

    def who(key: tuple[str, str]) -> Text | str:
        org = sample.organization(key[0])
        if key[1] == org.id:
            return org.name
        return _CareTexts.secretary_of.text(organization=org.name, secretary=key[1])

    units = [
        _CareTexts.deducted_from.text(who=who(k), points=_pts(-p), n=count[k])
        for k, p in per_unit.items()
    ]
    total = sum(per_unit.values(), Decimal(0))
    summary.append(_CareTexts.deducted.text(label=label, points=_pts(-total), units=units))


def _fund_lines(
    sample: CareRecords,
    policy: Policy,
    summary: list[Text],
    notes: list[Text],
    decisions: list[Decision[Any]],
) -> None:
    year = sample.year
    fund = sample.fund
    payments = [p for p in fund.payments if p.on.year == year]
    members = {m.id: m for m in sample.members}
    refused: list[tuple[Payment, Decision[bool]]] = []
    for p in payments:
        m = members.get(p.recipient)
        if m is None:
            notes.append(
                _CareTexts.not_on_roster.text(
                    on=str(p.on), amount=_yuan(p.amount), recipient=p.recipient
                )
            )
            continue
        check = _attempt(
            _CareTexts.may_be_paid.text(name=m.name),
            notes,
            relief_eligibility,
            m,
            p.purpose,
            on=p.on,
            policy=policy,
        )
        if check is None:
            continue
        decisions.append(check)
        if not check.value:
            refused.append((p, check))
    for p, check in refused:
        notes.append(
            _CareTexts.refused.text(
                on=str(p.on),
                name=members[p.recipient].name,
                amount=_yuan(p.amount),
                purpose=p.purpose,
                reasons=joined(check.reasons, ";", "; "),
            )
        )

    qiyi = [p for p in payments if p.on == _dt.date(year, 7, 1)]
    if qiyi:
        names = [members[p.recipient].name for p in qiyi if p.recipient in members]
        amounts = {p.amount for p in qiyi}
        each = _yuan(next(iter(amounts))) if len(amounts) == 1 else None
        total = sum((p.amount for p in qiyi), Decimal(0))
        paid = _CareTexts.paid_each.text(each=each) if each else _CareTexts.paid_relief.text()
        summary.append(
            _CareTexts.qiyi.text(
                year=year,
                anniversary=nth(year - 1921),
                names=names[:3],
                n=len(qiyi),
                paid=paid,
                total=_yuan(total),
            )
        )

    t = fund.totals(year)
    opening = fund.balance(on=_dt.date(year - 1, 12, 31))
    by_purpose = [
        _CareTexts.paid_for.text(purpose=p, amount=_yuan(v))
        for p, v in t.paid_by_purpose.items()
        if v
    ]
    summary.append(
        _CareTexts.fund.text(
            fund=fund.name,
            opening=_yuan(opening),
            received=_yuan(t.received),
            paid=_yuan(t.paid),
            payments=t.payments,
            recipients=t.recipients,
            by_purpose=by_purpose or _CareTexts.paid_for_nothing.text(),
            closing=_yuan(t.closing_balance),
        )
    )

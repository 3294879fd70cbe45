"""The report's care section."""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, ParamSpec, TypeVar

from orgwork._args import zh_date
from orgwork._display import ordinal
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
from orgwork.decision import Decision, Text
from orgwork.errors import CalendarCoverageError, MissingParameterError, OrgworkError
from orgwork.points import PointAdjustment
from orgwork.policy import Policy, resolve
from orgwork.records.care import CareRecords
from orgwork.report._report import Section
from orgwork.rules import id_of

_T = TypeVar("_T")
_P = ParamSpec("_P")


def _yuan(x: Decimal) -> str:
    return f"{x:,.0f}" if x == x.to_integral_value() else f"{x:,.2f}"


def _pts(x: Decimal) -> str:
    return f"{x.normalize():f}"


def _cannot(what: Text, exc: OrgworkError) -> Text:
    if isinstance(exc, MissingParameterError):
        why_zh = f"参数 {exc.parameter} 未设定(种子材料未规定)"
        why_en = f"parameter {exc.parameter} is not set (the seeds give no value)"
    elif isinstance(exc, CalendarCoverageError):
        why_zh = f"日历未覆盖{exc.year}年"
        why_en = f"the calendar does not cover {exc.year}"
    else:
        why_zh = why_en = str(exc)
    return Text(
        zh=f"无法判定{what.zh}:{why_zh}。{exc}",
        en=f"Cannot decide {what.en}: {why_en}. {exc}",
    )


def _attempt(
    what: Text, notes: list[Text], run: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs
) -> _T | None:
    """``run(*args, **kwargs)``, or None with a note saying why it could not be decided."""
    try:
        return run(*args, **kwargs)
    except OrgworkError as exc:
        notes.append(_cannot(what, exc))
        return None


def _honour_text(m: ElderlyMember) -> Text:
    h = max(m.honours, key=lambda x: x.level, default=None)
    p = max(m.posts, key=lambda x: x.level, default=None)
    zh: list[str] = []
    en: list[str] = []
    if h is not None:
        zh.append(f"曾受{h.awarded_by}表彰({h.level.zh})")
        en.append(f"honoured by {h.awarded_by} ({h.level.value} level)")
    if p is not None:
        zh.append(f"曾任{p.title}")
        en.append(f"once {p.title}")
    if not zh:
        return Text(zh="普通老党员", en="an ordinary elderly member")
    return Text(zh=",".join(zh), en=", ".join(en))


def _memorial_line(sample: CareRecords, m: ElderlyMember, d: Decision[MemorialHost]) -> Text:
    v = d.value
    assert m.died_on is not None  # only deaths are decided
    org = sample.organization(m.organization)
    who = _honour_text(m)
    head = (
        f"{m.name}({org.name},{who.zh})于{zh_date(m.died_on)}去世:",
        f"{m.name} ({org.name}, {who.en}) died on {m.died_on}: ",
    )
    if v.host is not None and v.host_role is not None and v.host_role is v.tier:
        body = (
            f"追悼会由{v.host_role.zh}{v.host}主持",
            f"the memorial service is hosted by {v.host}, {v.host_role.en}",
        )
    elif v.host is not None and v.host_role is not None:
        body = (
            f"追悼会应由{v.tier.zh}主持,该职务当时空缺,按本地规定由{v.host_role.zh}{v.host}主持",
            f"the service is due to be hosted by {v.tier.en}, a post then vacant, so by "
            f"local policy {v.host} ({v.host_role.en}) hosts it",
        )
    else:
        body = (
            f"追悼会应由{v.tier.zh}主持,该职务当时空缺,本地规定不指定替代人,须由镇党委另行确定主持人",
            f"the service is due to be hosted by {v.tier.en}, a post then vacant; local policy "
            "names no substitute, so the town committee must appoint a host",
        )
    tail = (
        f";{org.name}全体党员{len(v.attendees)}人参加追悼活动。",
        f"; all {len(v.attendees)} members of the branch attend.",
    )
    return Text(zh=head[0] + body[0] + tail[0], en=head[1] + body[1] + tail[1])


def _festival_en(duty: Duty) -> str:
    if duty.festival is None:
        return ""
    return duty.festival.en


def _duty_label(sample: CareRecords, duty: Duty) -> Text:
    if duty.member is None:
        fest = duty.festival.zh if duty.festival else ""
        return Text(
            zh=f"{fest}期间未召开党员和村民代表会议为老党员过节",
            en=f"no meeting of members and villagers' representatives for {_festival_en(duty)}",
        )
    name = sample.member(duty.member).name
    if duty.kind is DutyKind.FESTIVAL_VISIT and duty.festival is not None:
        return Text(
            zh=f"{duty.festival.zh}期间未入户慰问{name}",
            en=f"{name} not visited at home for {_festival_en(duty)}",
        )
    if duty.kind is DutyKind.HARDSHIP_VISIT:
        return Text(
            zh=f"未入户看望生活困难党员{name}(每月至少{duty.visits}次)",
            en=f"{name}, in hardship, not visited at home ({duty.visits} visit(s) due)",
        )
    if duty.kind is DutyKind.HOSPITAL_VISIT:
        return Text(
            zh=f"{name}{duty.start.month}月{duty.start.day}日住院,期限内({duty.due.month}月{duty.due.day}日前)无人看望",
            en=f"{name}, admitted on {duty.start}, not visited by {duty.due}",
        )
    if duty.kind is DutyKind.ILLNESS_AID:
        return Text(
            zh=f"{name}住院病重或资金困难,期限内({duty.due.month}月{duty.due.day}日前)未给予帮助",
            en=f"{name}, seriously ill or short of money in hospital, not helped by {duty.due}",
        )
    return Text(
        zh=f"{duty.start.month}月{duty.start.day}日至{duty.due.month}月{duty.due.day}日"
        f"未日常走访{name}",
        en=f"{name} not visited between {duty.start} and {duty.due}",
    )


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
    policy = policy or Policy.default()
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
        Text(zh="", en="")
        if branches == len(sample.organizations)
        else Text(zh=f"(分布在{branches}个支部)", en=f" (in {branches} of them)")
    )
    summary.append(
        Text(
            zh=f"{sample.town.name}{len(sample.organizations)}个村党支部共有老党员{len(sample.members)}人"
            f"{spread.zh},{year}年内生活特别贫困{len(hardship[HardshipKind.GREAT_HARDSHIP])}人、"
            f"失去生活自理能力{len(hardship[HardshipKind.UNABLE_TO_LOOK_AFTER_SELF])}人,"
            f"住院{len(stays)}人次,去世{len(sample.deaths)}人,年末在世{len(alive_end)}人。",
            en=f"{sample.town.name}'s {len(sample.organizations)} village branches have "
            f"{len(sample.members)} elderly members{spread.en}; in {year} "
            f"{len(hardship[HardshipKind.GREAT_HARDSHIP])} were in great hardship, "
            f"{len(hardship[HardshipKind.UNABLE_TO_LOOK_AFTER_SELF])} unable to look after "
            f"themselves, there were {len(stays)} hospital stays and {len(sample.deaths)} "
            f"deaths; {len(alive_end)} are alive at the year's end.",
        )
    )

    # 去世有人开追悼会.
    for m in sample.deaths:
        assert m.died_on is not None
        died_on = m.died_on
        host = _attempt(
            Text(zh=f"{m.name}的追悼会主持人", en=f"the host of {m.name}'s memorial service"),
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
                    Text(
                        zh=f"{m.name}去世时{v.role.zh}空缺({v.start}至{v.end}):{v.note.zh}。"
                        f"空缺处理按参数 care.memorial_vacancy = {host.parameters['care.memorial_vacancy']}",
                        en=f"When {m.name} died the post of {v.role.en} was vacant ({v.start} to "
                        f"{v.end}): {v.note.en}. The vacancy is handled by care.memorial_vacancy = "
                        f"{host.parameters['care.memorial_vacancy']}",
                    )
                )
        if host.outcome == "vacant":
            notes.append(
                Text(
                    zh=f"{m.name}的追悼会尚无主持人:须由镇党委指定",
                    en=f"{m.name}'s memorial service has no host yet: the town committee must name one",
                )
            )

    # The duty calendar, rule by rule, then as a whole.
    per_rule: dict[str, int] = {}
    for fn in _DUTY_RULES:
        rid = id_of(fn)
        got = _attempt(
            Text(zh=f"{rid} 的应履行职责", en=f"the duties of {rid}"),
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
        Text(zh="全年职责日历", en="the year's duty calendar"),
        notes,
        care_duties,
        sample.members,
        start,
        end,
        policy=policy,
    )
    missed = _attempt(
        Text(zh="走访记录检查", en="the check of the visit log"),
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
        parts_zh = "、".join(f"{k.zh}{kinds[k]}项" for k in DutyKind if kinds[k])
        parts_en = ", ".join(f"{kinds[k]} {k.en}" for k in DutyKind if kinds[k])
        n_missed = len(missed) if missed is not None else 0
        summary.append(
            Text(
                zh=f"{year}年应履行关怀职责{len(duties)}项({parts_zh}),"
                f"已履行{len(duties) - n_missed}项,未履行{n_missed}项。",
                en=f"{len(duties)} care duties fell due in {year} ({parts_en}); "
                f"{len(duties) - n_missed} were met and {n_missed} missed.",
            )
        )
    if per_rule.get(id_of(routine_visit_duties)) == 0:
        notes.append(
            Text(
                zh="种子材料只说“定期或不定期走访老党员”,未规定频次(care.routine_visit_months "
                "未设定),日常走访未纳入检查;走访记录中的4月、10月日常走访仅作记录。",
                en="The seed says only that members are visited 'regularly or from time to time' "
                "and sets no frequency (care.routine_visit_months is unset), so routine visits "
                "are not checked; the April and October routine visits in the log are only "
                "recorded.",
            )
        )

    # 应帮不帮、应扶不扶: the missed duties and who answers.
    if missed is not None:
        decisions.extend(missed)
        by_org: dict[str, list[MissedDuty]] = defaultdict(list)
        for d in missed:
            by_org[d.value.organization].append(d.value)
        if not missed:
            summary.append(
                Text(
                    zh="走访记录显示全年关怀职责均已履行,无“应帮不帮、应扶不扶”情形。",
                    en="The visit log meets every care duty of the year: no help was due and "
                    "not given.",
                )
            )
        for org_id, items in by_org.items():
            org = sample.organization(org_id)
            head = _attempt(
                Text(zh=f"{org.name}的责任人", en=f"who answers for {org.name}"),
                notes,
                answerable_head,
                org,
                on=items[-1].duty.due,
                policy=policy,
            )
            if head is not None:
                decisions.append(head)
            who = items[0].answerable
            who_zh = f"书记{who}承担责任" if who else "书记空缺,须由镇党委确定责任人"
            who_en = f"secretary {who} answers" if who else "the secretary's post is vacant"
            zh = ";".join(
                f"{x.month}月:{_duty_label(sample, x.duty).zh}〔{x.duty.rule}〕" for x in items
            )
            en = "; ".join(
                f"{_dt.date(x.year, x.month, 1):%b}: {_duty_label(sample, x.duty).en} "
                f"[{x.duty.rule}]"
                for x in items
            )
            summary.append(
                Text(
                    zh=f"应帮不帮、应扶不扶 — {org.name}({who_zh}),未履行{len(items)}项:{zh}。",
                    en=f"Help due and not given — {org.name} ({who_en}), {len(items)} missed: {en}.",
                )
            )

        # 纳入千分制考核.
        if missed:
            _deductions(missed, policy, summary, notes, sample, decisions)

    # 专款专用: every payment of the year against the fund's purposes, then the totals.
    _fund_lines(sample, policy, summary, notes, decisions)

    return Section(
        key="care",
        title=Text(
            zh="老党员“五有”关怀帮扶与帮扶专项资金",
            en="Care for elderly members (the five cares) and the relief fund",
        ),
        summary=tuple(summary),
        decisions=tuple(decisions),
        notes=tuple(notes),
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
    label = Text(zh="", en="")
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
            notes.append(_cannot(Text(zh="千分制扣分", en="the assessment deductions"), exc))
            return
        shown = _pts(sample_points)
        unset = sum(
            1
            for d in missed
            if resolve(policy, d.value.duty.due).care.deduction_per_missed_duty is None
        )
        if unset == len(missed):
            notes.append(
                Text(
                    zh="种子材料将老党员走访慰问和帮扶救助情况纳入千分制考核,但未规定每项未履行职责扣几分"
                    "(care.deduction_per_missed_duty 未设定),本政策下不计算扣分;"
                    f"摘要中的扣分是示例设定:每项{shown}分,仅供演示,实际分值须由本地政策设定。",
                    en="The seed puts visits and aid into the thousand-point assessment but gives "
                    "no points per missed duty (care.deduction_per_missed_duty is unset), so this "
                    "policy computes no deduction; the deductions in the summary are a sample "
                    f"setting of {shown} points per missed duty, for illustration only: a "
                    "locality must set its own.",
                )
            )
            label = Text(zh=f"(示例设定,每项{shown}分)", en=f" (sample setting: {shown} per duty)")
        else:
            notes.append(
                Text(
                    zh=f"未履行职责中有{unset}项落在本地政策未设定扣分分值"
                    "(care.deduction_per_missed_duty)的日期,种子材料亦未规定分值;"
                    f"摘要中这{unset}项按示例设定每项{shown}分计算,仅供演示,其余按本地政策。",
                    en=f"Of the missed duties, {unset} fall on days when the policy sets no points "
                    "(care.deduction_per_missed_duty), and the seeds give none; the summary counts "
                    f"those {unset} at a sample setting of {shown} points each, for illustration "
                    "only, and the rest by the policy.",
                )
            )
            label = Text(
                zh=f"(其中{unset}项按示例设定每项{shown}分)",
                en=f" ({unset} of them at a sample setting of {shown} each)",
            )
        deducted = _attempt(
            Text(zh="千分制扣分(示例设定)", en="the assessment deductions (sample setting)"),
            notes,
            care_deductions,
            missed,
            policy=policy.override({"care.deduction_per_missed_duty": sample_points}),
        )
    except OrgworkError as exc:
        notes.append(_cannot(Text(zh="千分制扣分", en="the assessment deductions"), exc))
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
                Text(
                    zh=f"{d.headline.zh}({org.name})",
                    en=f"{d.headline.en} ({org.name})",
                )
            )
            continue
        per_unit[(org.id, d.value.unit)] += d.value.points
        count[(org.id, d.value.unit)] += 1

    def who(key: tuple[str, str]) -> Text:
        org = sample.organization(key[0])
        if key[1] == org.id:
            return Text(zh=org.name, en=org.name)
        return Text(zh=f"{org.name}书记{key[1]}", en=f"{key[1]} (secretary of {org.name})")

    zh = "、".join(f"{who(k).zh}扣{_pts(-p)}分({count[k]}项)" for k, p in per_unit.items())
    en = ", ".join(f"{who(k).en} {_pts(-p)} ({count[k]} missed)" for k, p in per_unit.items())
    total = sum(per_unit.values(), Decimal(0))
    summary.append(
        Text(
            zh=f"纳入千分制考核{label.zh}:共扣{_pts(-total)}分 — {zh}。",
            en=f"Thousand-point assessment{label.en}: {_pts(-total)} points deducted — {en}.",
        )
    )


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
                Text(
                    zh=f"{p.on}的支出{_yuan(p.amount)}元收款人{p.recipient}不在老党员名单中",
                    en=f"The payment of {_yuan(p.amount)} on {p.on} is to {p.recipient}, "
                    "who is not on the roster",
                )
            )
            continue
        check = _attempt(
            Text(zh=f"{m.name}的帮扶资金资格", en=f"whether {m.name} may be paid"),
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
            Text(
                zh=f"按当前政策,{p.on}支付给{members[p.recipient].name}的{_yuan(p.amount)}元"
                f"({p.purpose.zh})不符合专项资金用途:{';'.join(r.zh for r in check.reasons)}",
                en=f"Under this policy the payment of {_yuan(p.amount)} yuan on {p.on} to "
                f"{members[p.recipient].name} ({p.purpose.value.replace('_', ' ')}) is outside "
                f"the fund's purposes: {'; '.join(r.en for r in check.reasons)}",
            )
        )

    qiyi = [p for p in payments if p.on == _dt.date(year, 7, 1)]
    if qiyi:
        names = [members[p.recipient].name for p in qiyi if p.recipient in members]
        amounts = {p.amount for p in qiyi}
        each = _yuan(next(iter(amounts))) if len(amounts) == 1 else None
        total = sum((p.amount for p in qiyi), Decimal(0))
        summary.append(
            Text(
                zh=f"{year}年7月1日建党{year - 1921}周年大会上,现场为{'、'.join(names[:3])}等"
                f"{len(qiyi)}名贫困党员"
                + (f"每人发放慰问金{each}元" if each else "发放慰问金")
                + f",共{_yuan(total)}元。",
                en=f"At the meeting for the Party's {ordinal(year - 1921)} anniversary on {year}-07-01, "
                f"{len(qiyi)} poor members ({', '.join(names[:3])} and others) were paid "
                + (f"{each} yuan each" if each else "relief")
                + f", {_yuan(total)} yuan in all.",
            )
        )

    t = fund.totals(year)
    opening = fund.balance(on=_dt.date(year - 1, 12, 31))
    by_zh = "、".join(f"{p.zh}{_yuan(v)}元" for p, v in t.paid_by_purpose.items() if v) or "无"
    by_en = (
        ", ".join(
            f"{p.value.replace('_', ' ')} {_yuan(v)}" for p, v in t.paid_by_purpose.items() if v
        )
        or "none"
    )
    summary.append(
        Text(
            zh=f"{fund.name}(专款专用):年初余额{_yuan(opening)}元,本年收入{_yuan(t.received)}元,"
            f"支出{_yuan(t.paid)}元({t.payments}笔,{t.recipients}人;按用途:{by_zh}),"
            f"年末余额{_yuan(t.closing_balance)}元。",
            en=f"{fund.name} (ring-fenced): opening balance {_yuan(opening)} yuan, received "
            f"{_yuan(t.received)}, paid {_yuan(t.paid)} ({t.payments} payments to "
            f"{t.recipients} members; by purpose: {by_en}), closing balance "
            f"{_yuan(t.closing_balance)} yuan.",
        )
    )

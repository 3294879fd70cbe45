"""What each decision outcome code means, in Chinese and in English.

Outcomes are stable codes (``"undecided"``, ``"answered_on_time"``) so that
programs can branch on them; a reader sees their labels. Chinese output
never shows the code.

Examples:
    >>> outcome_label("undecided", "zh")
    '待定(提交研究决定)'
    >>> outcome_label("answered_on_time", "en")
    'answered on time'
    >>> outcome_label("some_new_code", "en")
    'some new code'
"""

from __future__ import annotations

__all__ = ["OUTCOMES", "outcome_label"]

#: outcome code -> (Chinese, English)
OUTCOMES: dict[str, tuple[str, str]] = {
    "above": ("高于", "above"),
    "all_closed": ("全部销号", "all closed"),
    "all_visited": ("全部走访", "all visited"),
    "answerable": ("承担责任", "answerable"),
    "answered_late": ("逾期答复", "answered late"),
    "answered_on_spot": ("当场答复", "answered on the spot"),
    "answered_on_time": ("按期答复", "answered on time"),
    "at": ("恰好达到", "exactly at"),
    "badge_mismatch": ("牌上姓名与在岗人员不符", "badge names someone else"),
    "before_rule": ("早于规定适用日,未按此检查", "before the rule applies"),
    "below": ("低于", "below"),
    "closable": ("可以销号", "can be closed"),
    "closed_late": ("超时办结", "closed late"),
    "closed_on_time": ("按时办结", "closed on time"),
    "competitive": ("实行竞争上岗", "competitive"),
    "complete": ("完整", "complete"),
    "condition_not_met": ("不符合表现一贯优秀的条件", "condition not met"),
    "conforms": ("符合要求", "conforms"),
    "covered": ("均有人在岗", "covered"),
    "criticism_education": ("批评教育", "criticism and education"),
    "deducted": ("扣分", "points deducted"),
    "deficient": ("不符合要求", "deficient"),
    "disqualified": ("取消资格", "disqualified"),
    "does_not_qualify": ("未列入", "not among them"),
    "due": ("应办", "due"),
    "eligible": ("符合条件", "eligible"),
    "empty": ("无记录", "empty"),
    "exemplify": ("示范", "set an example"),
    "full": ("全面掌握", "full command"),
    "gaps": ("有缺项", "gaps"),
    "gradual": ("逐步掌握", "gradual command"),
    "held": ("已举行", "held"),
    "held_late": ("推迟举行", "held late"),
    "host": ("主持", "hosts"),
    "in_progress": ("办理中", "in progress"),
    "incomplete": ("不完整", "incomplete"),
    "ineligible": ("不符合条件", "ineligible"),
    "inquorate": ("到会人数不足", "no quorum"),
    "invalid": ("程序有误", "invalid"),
    "late": ("有逾期", "late"),
    "may_attend": ("可以列席", "may attend"),
    "meets": ("达到要求", "meets the requirement"),
    "met": ("已完成", "met"),
    "minimum": ("最低人数", "minimum"),
    "missed": ("未履行", "missed"),
    "moved": ("顺延", "moved"),
    "no_badge": ("未挂牌上岗", "no badge"),
    "no_limit_set": ("未设办结时限", "no time limit set"),
    "none_due": ("无到期事项", "none due"),
    "not_accepted": ("不予受理", "not accepted"),
    "not_applicable": ("不适用", "not applicable"),
    "not_closable": ("暂不能销号", "cannot be closed yet"),
    "not_competitive": ("未实行竞争上岗", "not competitive"),
    "not_due": ("未到期", "not due"),
    "not_eligible": ("不符合条件", "not eligible"),
    "not_in_force": ("规定尚未施行", "not yet in force"),
    "not_provided": ("未提供", "not provided"),
    "not_ranked": ("未排名", "not ranked"),
    "not_required": ("不要求", "not required"),
    "ok": ("正常", "ok"),
    "on_time": ("按期", "on time"),
    "open": ("办理中", "open"),
    "open_items": ("有未销号事项", "open items"),
    "outside": ("不在期间内", "outside"),
    "overdue": ("已超期", "overdue"),
    "passed": ("通过", "passed"),
    "planned": ("已算出最早结束日", "earliest end computed"),
    "qualifies": ("列入", "among them"),
    "quorate": ("可以表决", "quorate"),
    "ranked": ("已排名", "ranked"),
    "rectify": ("整顿", "rectify"),
    "referred": ("提交研究决定", "referred"),
    "rejected": ("未通过", "rejected"),
    "required": ("须有", "required"),
    "role_only": ("仅有职务", "role only"),
    "short": ("未达到要求", "short"),
    "strive": ("争先", "strive"),
    "substitute": ("由他人代为主持", "a substitute hosts"),
    "sufficient": ("期限足够", "long enough"),
    "term": ("任期", "term"),
    "too_short": ("期限不足", "too short"),
    "transferred": ("已转送或交办", "transferred"),
    "unassigned": ("无人承担", "unassigned"),
    "uncovered": ("有无人在岗之日", "days uncovered"),
    "undecided": ("待定(提交研究决定)", "undecided (referred for a decision)"),
    "undetermined": ("未确定", "undetermined"),
    "unknown": ("不明", "unknown"),
    "unmet": ("未完成", "not met"),
    "vacant": ("职务空缺", "post vacant"),
    "violations": ("有不符合要求之处", "violations"),
    "visited": ("已看望走访", "visited"),
    "visited_late": ("超期看望走访", "visited late"),
    "within": ("在期间内", "within"),
}


def outcome_label(code: str, lang: str = "zh") -> str:
    """The label of outcome ``code`` in ``lang`` (an unknown code: its words, never raw in Chinese)."""
    found = OUTCOMES.get(code)
    if found is not None:
        return found[0] if lang == "zh" else found[1]
    return code.replace("_", " ") if lang != "zh" else f"其他结论({code.replace('_', ' ')})"

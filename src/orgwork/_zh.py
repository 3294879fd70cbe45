"""Chinese output without codes: parameter paths, rule ids and setting values said in Chinese.

Report texts are written once with the parameter and rule they name, so
that the English text can cite them exactly. `plain_zh` turns a
Chinese text's codes into words: a parameter path into its Chinese name, a
rule id into its title, a setting's value (``refer``, ``true``,
``half_month``, an enum member) into its Chinese label.

Examples:
    >>> plain_zh("按并列处理政策(assessment.tie_policy = refer)")
    '按并列处理政策(“第N名并列跨越名额线时的处理” = 提交研究决定)'
    >>> plain_zh("规则 care.festival_visit")
    '规则 “重大节日有人慰问”'
    >>> plain_zh("赞同率的分母 = valid_ballots")
    '赞同率的分母 = 有效票'
    >>> plain_zh("期限由care.hardship_visits_per_month设定")
    '期限由“生活困难老党员每月至少看望次数”设定'
"""

from __future__ import annotations

import enum
import functools
import re

from orgwork._weekdays import WEEKDAY_NAMES

__all__ = ["VALUES", "parameter_name", "plain_zh", "short_name"]

#: Chinese labels of setting values (policy literals), by code.
VALUES: dict[str, str] = {
    "true": "是",
    "false": "否",
    "null": "未设定",
    "none": "无",
    "refer": "提交研究决定",
    "include_all": "全部享受",
    "exclude_all": "全部不享受",
    "secondary_keys": "按次序比较分项",
    "not_ranked": "不参加排名",
    "zero": "按零分计",
    "clamp": "截至上下限",
    "reject": "拒收",
    "sum": "各月相加",
    "mean": "各月平均",
    "down": "向下取整",
    "up": "向上取整",
    "half_up": "四舍五入",
    "ceil": "向上取整",
    "floor": "向下取整",
    "next_senior": "由上一级职务代为主持",
    "next_junior": "由下一级职务代为主持",
    "organization": "所在党组织",
    "head": "党组织负责人",
    "day": "天",
    "week": "周",
    "half_month": "半个月",
    "valid_ballots": "有效票",
    "ballots_cast": "收回的全部票",
    "eligible_evaluators": "应参评人数",
    "appointment_month": "任职当月",
    "appointment_day": "任职当日",
    "full": "全面掌握",
    "gradual": "逐步掌握",
    "all": "全部",
    "handler": "承办人",
    "hold": "暂缓确定并提交镇党委研究",
    "rank_others": "其余单位照常截取",
    "month": "月",
    "quarter": "季度",
    "half_year": "半年",
    "year": "年",
    **{code: name.zh for code, name in WEEKDAY_NAMES.items()},
    "next_working_day": "顺延至下一个工作日",
    "excused": "该周免除",
    "working_days": "工作日",
    "all_days": "自然日",
    "family": "家庭走访",
    "member_and_team": "成员本人和所在领导班子",
    "member": "仅成员本人",
    "finding": "列为问题",
}

#: A code: lower-case Latin words joined by dots. Its edges are checked against Latin
#: letters and digits only, so a code written right after a Chinese character
#: (``由care.x设定``) is found too: ``\b`` would not see an edge there.
_CODE = re.compile(r"(?<![A-Za-z0-9_.])[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*(?![A-Za-z0-9_])")
_SHORT = re.compile(r"[::,,;;((]")


def short_name(text: str, fallback: str) -> str:
    """A Chinese description up to its first colon, comma or bracket (``fallback`` if empty).

    >>> short_name("千分制年度结果的计算方法:sum=各月得分相加", "x")
    '千分制年度结果的计算方法'
    """
    return _SHORT.split(text, 1)[0].strip() or fallback


def parameter_name(path: str) -> str:
    """A parameter's Chinese name (its path when unknown).

    The name is its description up to the first colon, comma or bracket. Where
    that is shared with another parameter, the next part of the description is
    added in brackets, so that no two parameters are named alike.

    >>> parameter_name("supervision.reply_working_days")
    '群众来信来访答复时限'
    >>> parameter_name("care.qiyi_days_before"), parameter_name("care.qiyi_days_after")
    ('“七一”慰问期(七月一日前几日起)', '“七一”慰问期(七月一日后几日止)')
    """
    return _parameter_names().get(path, path)


@functools.cache
def _parameter_names() -> dict[str, str]:
    from collections import Counter

    from orgwork.policy import parameter_names

    texts = parameter_names()
    short = {path: short_name(text, path) for path, text in texts.items()}
    shared = Counter(short.values())
    out = {}
    for path, name in short.items():
        rest = _SHORT.split(texts[path], 1)[1:]
        detail = short_name(rest[0], "") if rest else ""
        out[path] = f"{name}({detail})" if shared[name] > 1 and detail else name
    return out


@functools.cache
def _names() -> dict[str, str]:
    from orgwork.policy import parameter_names
    from orgwork.rules import catalogue

    out: dict[str, str] = {path: f"“{parameter_name(path)}”" for path in parameter_names()}
    for r in catalogue():
        out.setdefault(r.id, f"“{short_name(r.title_zh, r.id)}”")
    out.update(VALUES)
    for value, zh in _enum_labels().items():
        out.setdefault(value, zh)
    return out


def _enum_labels() -> dict[str, str]:
    """Every domain and policy enum member with a Chinese name, by value."""
    import importlib

    out: dict[str, str] = {}
    for module in (
        "orgwork.policy.assessment",
        "orgwork.policy.open_day",
        "orgwork.policy.supervision",
        "orgwork.policy.selection",
        "orgwork.policy.care",
        "orgwork.care",
        "orgwork.supervision",
        "orgwork.selection",
        "orgwork.cadres",
        "orgwork.organizations",
    ):
        mod = importlib.import_module(module)
        for obj in vars(mod).values():
            if isinstance(obj, type) and issubclass(obj, enum.Enum):
                for m in obj:
                    zh = getattr(m, "zh", None)
                    if isinstance(zh, str) and isinstance(m.value, str):
                        out.setdefault(m.value, zh)
    return out


def plain_zh(text: str) -> str:
    """``text`` with every known code (parameter, rule, setting value) said in Chinese."""
    names = _names()

    def swap(m: re.Match[str]) -> str:
        return names.get(m.group(0), m.group(0))

    return _CODE.sub(swap, text)

"""Work lists: the report's findings as a workbook a clerk can hand out, one sheet per list.

[`worklists`][orgwork.report.worklists.worklists] sorts a [`Report`][orgwork.report.Report]'s decisions into
lists (overdue and late replies by handler, missed care duties by
organization with who answers, the ranking and the cut with referred ties,
ledger items overdue or not closable, selection and procedure problems,
the membership matters before the branch, everything else that needs someone's action, what could not be decided,
and the rows the reading reported). [`write_worklists`][orgwork.report.worklists.write_worklists] writes them as
an ``.xlsx`` file whose cells are all values, never formulas.

Examples:
    >>> from orgwork.samples import demo_report
    >>> lists = worklists(demo_report(2025))
    >>> [w.key for w in lists][:3]
    ['replies', 'care', 'ranking']
    >>> sorted({row[0] for row in lists[0].rows})  # handlers ('' for open-day suggestions)
    ['', '唐雨萱', '方志诚', '韩晓东']
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from orgwork._outcomes import outcome_label
from orgwork.assessment import rank, salary_eligibility
from orgwork.care import answerable_head
from orgwork.decision import Decision, Lang, Text
from orgwork.membership import dues_rate
from orgwork.open_day import suggestion_status
from orgwork.report._report import Report
from orgwork.rules import id_of, title
from orgwork.supervision import case_status

__all__ = ["WorkList", "worklists", "write_worklists"]

#: Outcomes that ask someone to act (or to decide).
_ACTION = frozenset(
    {
        "overdue",
        "answered_late",
        "late",
        "missed",
        "undecided",
        "not_closable",
        "open_items",
        "disqualified",
        "short",
        "incomplete",
        "invalid",
        "gaps",
        "unmet",
        "not_competitive",
        "violations",
        "deficient",
        "ineligible",
        "due",
        "not_eligible",
        "rectify",
        "unassigned",
        "vacant",
        "required",
        "substitute",
    }
)


#: Selection, cadre and organization outcomes that put a matter before the committee too: a
#: referral with the facts (a tie of votes at half, a matter with no first contact), a matter
#: closed late, a key post uncovered, a badge missing or wrong, a 任前公示 too short.
_SELECTION_ACTION = _ACTION | {
    "referred",
    "closed_late",
    "uncovered",
    "badge_mismatch",
    "no_badge",
    "too_short",
}

#: Membership outcomes that put a matter before the branch (its committee or its meeting): a
#: referral with the facts, an amount the locality has not set, a condition not met. The
#: others (dues owed, conditions met, probations ending) are facts, not to-dos.
_MEMBERSHIP_ACTION = frozenset(
    {"referred", "undetermined", "not_eligible", "unmet", "short", "deficient"}
)


@dataclass(frozen=True)
class WorkList:
    """One list: its key, its sheet name in each language, its headers and its rows."""

    key: str
    zh: str
    en: str
    headers: tuple[tuple[str, str], ...]
    rows: tuple[tuple[Any, ...], ...]

    def name(self, lang: Lang) -> str:
        """The sheet name in ``lang``."""
        return self.zh if lang == "zh" else self.en


def _rule_of(d: Decision[Any]) -> str:
    return d.rule


def _who(d: Decision[Any]) -> str:
    for attr in ("handler", "assignee", "head", "person", "secretary"):
        v = getattr(d.value, attr, None)
        if isinstance(v, str) and v:
            return v
    return ""


def _row(d: Decision[Any], lang: Lang, who: str = "") -> tuple[Any, ...]:
    reasons = (
        ";".join(r(lang) for r in d.reasons)
        if lang == "zh"
        else "; ".join(r(lang) for r in d.reasons)
    )
    return (who, str(d.subject or ""), outcome_label(d.outcome, lang), d.headline(lang), reasons)


_GENERIC = (
    ("负责人", "who"),
    ("对象", "subject"),
    ("结论", "outcome"),
    ("事项", "finding"),
    ("理由", "because"),
)

#: Each list's sheet name, in the order of the workbook.
#: Who answers for a missed duty no seed or local limit governs: the town committee decides.
_REFERRED = Text(zh="提请镇党委研究", en="referred to the town party committee")

_NAMES: dict[str, Text] = {
    "replies": Text(zh="逾期和超期答复", en="late and overdue replies"),
    "care": Text(zh="未履行的关怀职责", en="missed care duties"),
    "ranking": Text(zh="排名与待遇", en="ranking and salary"),
    "ledger": Text(zh="整改台账待办", en="ledger items"),
    "selection": Text(zh="选任与组织建设问题", en="selection problems"),
    "membership": Text(zh="党员管理待研究事项", en="membership matters"),
    "other": Text(zh="其他待办事项", en="other findings"),
    "undecided": Text(zh="未能判定事项", en="not decided"),
    "reading": Text(zh="读取问题", en="reading problems"),
}

#: The headers of the lists that do not use the generic ones.
_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "care": (("党组织", "organization"), ("承担责任", "answerable"), *_GENERIC[1:]),
    "ranking": (
        ("名次", "rank"),
        ("对象", "subject"),
        ("规则", "rule"),
        ("结论", "outcome"),
        ("事项", "finding"),
    ),
    "undecided": (("", ""), ("部分", "part"), ("说明", "note")),
    "reading": (("工作表", "sheet"), ("行", "row"), ("列", "column"), ("问题", "problem")),
}


def _once_a_member(decisions: list[Decision[Any]]) -> list[Decision[Any]]:
    """A member's monthly dues decisions once per outcome (the first month): one matter, not twelve."""
    seen: set[tuple[str, str]] = set()
    out = []
    for d in decisions:
        if d.rule == id_of(dues_rate):
            key = (str(getattr(d.value, "member", "")), d.outcome)
            if key in seen:
                continue
            seen.add(key)
        out.append(d)
    return out


def _list(key: str, rows: tuple[tuple[Any, ...], ...]) -> WorkList:
    """The list ``key`` with its name, its headers and ``rows``."""
    name = _NAMES[key]
    return WorkList(key, name.zh, name.en, _HEADERS.get(key, _GENERIC), rows)


def worklists(report: Report, lang: Lang = "zh") -> tuple[WorkList, ...]:
    """The report's work lists, in ``lang`` (empty lists included, so every sheet is there)."""
    decisions = [(s.key, d) for s in report.sections for d in s.decisions]
    used: set[int] = set()

    def take(pred: Any) -> list[Decision[Any]]:
        out = []
        for i, (key, d) in enumerate(decisions):
            if i not in used and pred(key, d):
                used.add(i)
                out.append(d)
        return out

    replies = take(
        lambda k, d: (
            d.rule in (id_of(case_status), id_of(suggestion_status))
            and d.outcome in ("overdue", "answered_late")
        )
    )
    replies_rows = sorted((_row(d, lang, _who(d)) for d in replies), key=lambda r: (r[0], r[1]))
    answerable = {  # the head who answers for each organization (its subject); value: the name
        d.subject: d.value if isinstance(d.value, str) else _who(d)
        for _, d in decisions
        if d.rule == id_of(answerable_head)
    }
    care = take(lambda k, d: k == "care" and d.outcome == "missed")
    care_rows = sorted(
        (
            (
                str(getattr(d.value, "organization", "")),
                _REFERRED(lang)
                if getattr(d.value, "referred", False)
                else answerable.get(getattr(d.value, "organization", None), ""),
                *_row(d, lang)[1:],
            )
            for d in care
        ),
        key=lambda r: (r[0], r[2]),
    )
    ranked, salary = id_of(rank), id_of(salary_eligibility)
    ranking = take(lambda k, d: d.rule in (ranked, salary))
    ranking_rows = tuple(
        (
            getattr(d.value, "rank", None) if d.rule == ranked else None,
            str(d.subject or ""),
            title(d.rule, lang),
            outcome_label(d.outcome, lang),
            d.headline(lang),
        )
        for d in ranking
    )
    ledger = take(
        lambda k, d: d.rule.startswith("supervision.rectification") and d.outcome in _ACTION
    )
    selection = take(lambda k, d: k == "selection" and d.outcome in _SELECTION_ACTION)
    membership = _once_a_member(
        take(lambda k, d: k == "membership" and d.outcome in _MEMBERSHIP_ACTION)
    )
    take(lambda k, d: k == "membership")  # the rest are facts: in no list
    others = take(lambda k, d: d.outcome in _ACTION)
    notes = tuple(("", s.title(lang), n(lang)) for s in report.sections for n in s.notes)
    read = tuple(
        (p.sheet, p.row, p.column or "", p.zh if lang == "zh" else p.en)
        for p in report.problems
        if p.severity == "error"
    )
    return (
        _list("replies", tuple(replies_rows)),
        _list("care", tuple(care_rows)),
        _list("ranking", ranking_rows),
        _list("ledger", tuple(_row(d, lang, _who(d)) for d in ledger)),
        _list("selection", tuple(_row(d, lang, _who(d)) for d in selection)),
        _list("membership", tuple(_row(d, lang, _who(d)) for d in membership)),
        _list("other", tuple(_row(d, lang, _who(d)) for d in others)),
        _list("undecided", notes),
        _list("reading", read),
    )


def write_worklists(report: Report, path: str | os.PathLike[str], *, lang: Lang = "zh") -> Path:
    """Write the work lists of ``report`` to the ``.xlsx`` file ``path`` (needs the ``xlsx`` extra).

    Every cell is a value: a text starting with ``=`` stays a text.
    """
    from orgwork._files import checked_path
    from orgwork.records._io import _openpyxl

    out = checked_path(path)  # a TypeError or ValueError naming ``path`` (a folder, a NUL byte)
    if lang not in ("zh", "en"):
        raise ValueError(f"lang: expected 'zh' or 'en', got {lang!r}")
    openpyxl = _openpyxl()
    Font = importlib.import_module("openpyxl.styles").Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for wl in worklists(report, lang):
        ws = wb.create_sheet(wl.name(lang)[:31])
        for j, (zh, en) in enumerate(wl.headers, 1):
            ws.cell(row=1, column=j, value=zh if lang == "zh" else en).font = Font(bold=True)
        for i, row in enumerate(wl.rows, 2):
            for j, v in enumerate(row, 1):
                if v is None or v == "":
                    continue
                cell = ws.cell(row=i, column=j, value=v)
                if isinstance(v, str):
                    cell.data_type = "s"
        ws.freeze_panes = "A2"
    wb.save(out)
    return out

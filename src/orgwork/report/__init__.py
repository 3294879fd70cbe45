"""The town report: every rule family run on a town's records, for a year and a policy.

[`check`][orgwork.report.check] is the library's main job. It takes [`Records`][orgwork.records.Records]
(read from a workbook with [`read_records`][orgwork.records.read_records], or built in
Python), a year and a policy, and returns a [`Report`][orgwork.report.Report]: one
[`Section`][orgwork.report.Section] per rule family with the summary lines a clerk reads, the
explained decisions behind them, and notes on what could not be decided.
A family with no records is skipped with a note. ``orgwork check FILE``
prints it; ``orgwork demo`` is the same report on the bundled sample town.

Examples:
    >>> from orgwork.records import Records
    >>> report = check(Records(year=2025, town="平安乡"))
    >>> [s.key for s in report.sections], len(report.skipped)
    ([], 6)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pydantic import BaseModel

from orgwork._redact import personal_names
from orgwork.decision import Say, Shown, Text, both
from orgwork.errors import OrgworkError
from orgwork.policy import Policy, checked_policy
from orgwork.records._problems import Problem, SheetCount
from orgwork.records._records import FAMILIES, Records
from orgwork.report._report import DEFAULT_POLICY, Report, Section
from orgwork.report.supervision import channel_zh

__all__ = ["FAMILY_TITLES", "Report", "Section", "check", "policy_label"]

#: Each family's name in the report, for the note that skips an empty one.
FAMILY_TITLES: dict[str, Text] = {
    "assessment": Text(zh="千分制考核", en="the assessment"),
    "care": Text(zh="老党员关怀帮扶", en="care of elderly members"),
    "supervision": Text(zh="组工干部监督", en="supervision"),
    "open_day": Text(zh="开放日", en="open days"),
    "selection": Text(
        zh="干部选拔任用、干部管理与党组织建设",
        en="cadre selection, cadre management and party organizations",
    ),
    "membership": Text(zh="党员管理(党费与发展党员)", en="membership (dues and admissions)"),
}


class _CheckTexts:
    """Texts of the town report's header and of the families it skips or cannot complete."""

    policy_file = Say("政策文件 {source}", "policy file {source}")
    policy_file_of = Say("政策文件 {source},{locality}", "policy file {source}, {locality}")
    locality = Say("{locality}", "{locality}")
    skipped = Say("{family}:没有记录,跳过。", "{family}: no records, skipped.")
    not_completed = Say(
        "{family}无法完成:记录不符合规则要求({error})",
        "{family} could not be completed: the records break a rule's requirement ({error})",
    )


def _capitalised(title: Text) -> Shown:
    """A family's title opening a sentence: its English with a capital letter."""
    return both(title.zh, title.en[0].upper() + title.en[1:])


def policy_label(policy: Policy, source: str | None = None) -> Text:
    """政策说明 — how the report's header names the policy in force.

    The file it was read from when given, else the locality it names, else
    the defaults (the seeds' own values).

    Examples:
        >>> policy_label(Policy.default()).zh
        '默认政策(种子材料所定数值)'
        >>> policy_label(Policy.default().override({"locality": "平安乡"})).en
        '平安乡'
        >>> policy_label(Policy.default(), "my-town.toml").zh
        '政策文件 my-town.toml'
    """
    policy = checked_policy(policy)
    if source is not None and not isinstance(source, str):
        raise TypeError(f"source must be a str or None, not {type(source).__name__}")
    named = policy.locality != Policy.default().locality
    if source and named:
        return _CheckTexts.policy_file_of.text(source=source, locality=policy.locality)
    if source:
        return _CheckTexts.policy_file.text(source=source)
    if named:
        return _CheckTexts.locality.text(locality=policy.locality)
    return DEFAULT_POLICY


def _names(records: Records) -> dict[str, str]:
    """The name behind each id the records use: members, organizations, villages; the
    numbered records (letters and visits, suggestions, ledger items) with what they are."""
    out = {m.id: m.name for m in records.care.members}
    out |= {o.id: o.name for o in records.care.organizations}
    out |= {v.id: v.name for v in records.assessment.villages}
    out |= {u.id: u.name for u in records.supervision.units}
    out |= {c.id: f"{channel_zh(c.channel)}{c.id}" for c in records.supervision.cases}
    out |= {s.id: f"开放日意见建议{s.id}" for s in records.open_day.suggestions}
    out |= {i.id: f"整改事项{i.id}" for i in records.supervision.ledger.items}
    return {k: v for k, v in out.items() if k != v}


def _sequence(values: object, name: str) -> tuple[Any, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a sequence, not {type(values).__name__}")
    return tuple(values)


def check(
    records: Records,
    year: int | None = None,
    policy: Policy | None = None,
    *,
    policy_source: str | None = None,
    sheets: Sequence[SheetCount] = (),
    problems: Sequence[Problem] = (),
    progress: Callable[[str], None] | None = None,
) -> Report:
    """核查 — run every rule family on ``records`` for ``year`` under ``policy``.

    ``year`` defaults to the records' own. ``policy`` defaults to
    [`Policy.default`][orgwork.policy.Policy.default]; ``policy_source`` (a file name) is shown in the
    header. ``sheets`` and ``problems`` (from reading a file) are carried
    into the report unchanged. ``progress`` is called with each family's key
    before it runs. A family with no records is skipped with a note; what a
    family cannot decide becomes a note in its section, never an error.

    Raises:
        TypeError: ``records`` is not [`Records`][orgwork.records.Records], or
            ``policy`` is neither a Policy nor None.
    """
    if not isinstance(records, Records):
        raise TypeError(f"records: expected orgwork.records.Records, got {type(records).__name__}")
    policy = checked_policy(policy)
    if progress is not None and not callable(progress):
        raise TypeError(f"progress must be callable or None, not {type(progress).__name__}")
    sheets, problems = _sequence(sheets, "sheets"), _sequence(problems, "problems")
    if policy_source is not None and not isinstance(policy_source, str):
        raise TypeError(f"policy_source must be a str or None, not {type(policy_source).__name__}")
    if year is not None and year != records.year:
        records = records.for_year(year)
    sections: list[Section] = []
    skipped: list[Text] = []
    for key in FAMILIES:
        family: BaseModel = getattr(records, key)
        if family.is_empty():  # type: ignore[attr-defined]
            skipped.append(_CheckTexts.skipped.text(family=_capitalised(FAMILY_TITLES[key])))
            continue
        if progress is not None:
            progress(key)
        module = importlib.import_module(f"orgwork.report.{key}")
        try:
            sections.append(module.section(family, policy))
        except OrgworkError as exc:  # records the family's rules refuse: said, never a crash
            title = FAMILY_TITLES[key]
            note = _CheckTexts.not_completed.text(family=_capitalised(title), error=str(exc))
            sections.append(Section(key=key, title=title, notes=(note,)))
    return Report(
        names=_names(records),
        people=personal_names(records),
        town=records.town,
        year=records.year,
        locality=policy.locality,
        policy=policy_label(policy, policy_source),
        sections=tuple(sections),
        skipped=tuple(skipped),
        sheets=tuple(sheets),
        problems=tuple(problems),
    )

"""The town report: one section per rule family, rendered in Chinese or English, or as JSON."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, InstanceOf, model_validator

from orgwork._zh import plain_zh
from orgwork.decision import Decision, DecisionTable, Lang, Say, Text
from orgwork.records._problems import Problem, SheetCount

__all__ = ["DEFAULT_POLICY", "Report", "Section", "personal_rules"]


@functools.cache
def personal_rules() -> frozenset[str]:
    """The rules whose decisions state a member's personal data: a redacted report keeps only
    their outcome.

    A dues amount is a share of the member's income (the income follows from it), and an
    age check states the date of birth.

    >>> sorted(personal_rules())
    ['membership.dues_rate', 'membership.minimum_age']
    """
    from orgwork import membership
    from orgwork.rules import id_of

    return frozenset(id_of(f) for f in (membership.dues_rate, membership.minimum_age))


#: What a decision of `PERSONAL_RULES` becomes in a redacted report.
_PERSONAL_WITHHELD = Text(
    zh="一项党员个人事项(收入或出生日期等个人细节已略去)",
    en="A member's personal matter (income, date of birth and other details withheld)",
)

#: How the report names the policy in force when it is the default one.
DEFAULT_POLICY = Text(zh="默认政策(种子材料所定数值)", en="the default policy (the seeds' values)")

if TYPE_CHECKING:
    AnyDecision = Decision[Any]
else:
    # Keep each decision's own class (``Decision[SalaryEligibility]``, ...), so that
    # ``type(d).model_validate_json(d.to_json()) == d`` holds for decisions in a report.
    AnyDecision = InstanceOf[Decision]


_YEAR = re.compile(r"[12][0-9]{3}")
_GLUED_YEAR = re.compile(r"(.*[^0-9:])([12][0-9]{3})")
_HALF = re.compile(r"([12][0-9]{3})-H([12])")
_MONTH = re.compile(r"([12][0-9]{3})-([01][0-9])")
_DAY = re.compile(r"([12][0-9]{3})-([01][0-9])-([0-3][0-9])")


def subject_zh(subject: str, names: Mapping[str, str]) -> str:
    """A decision's subject for a Chinese reader: ids by name, a trailing year as 年度.

    A subject is an id or ids joined by ``:`` (``上湾村:2025``,
    ``hospital_visit:M03:2025-09-12``); each part is named from ``names``
    when it can be, and codes are said in Chinese.

    Examples:
        >>> subject_zh("上湾村:2025", {})
        '上湾村(2025年度)'
        >>> subject_zh("2025-H2", {}), subject_zh("2025-03", {})
        ('2025年下半年', '2025年3月')
        >>> subject_zh("云岭市2025", {})
        '云岭市(2025年度)'
        >>> subject_zh("M13", {"M13": "钱木根"})
        '钱木根'
        >>> subject_zh("hospital_visit:M03:2025-09-12", {"M03": "黄守仁"})
        '生病住院看望·黄守仁·2025年9月12日'
        >>> subject_zh("2025-05-21", {})
        '2025年5月21日'
    """
    if half := _HALF.fullmatch(subject):
        return f"{half[1]}年{'上' if half[2] == '1' else '下'}半年"
    parts = [_period_zh(p) or names.get(p, p) for p in subject.split(":")]
    year = ""
    if len(parts) > 1 and _YEAR.fullmatch(parts[-1]):
        year = f"({parts.pop()}年度)"
    elif len(parts) == 1 and (glued := _GLUED_YEAR.fullmatch(parts[0])):  # 云岭市2025
        parts, year = [glued[1]], f"({glued[2]}年度)"
    return plain_zh("·".join(parts)) + year


def _period_zh(part: str) -> str | None:
    """A date (``2025-09-12``) or a month (``2025-09``) said in Chinese; None for anything else."""
    if day := _DAY.fullmatch(part):
        return f"{day[1]}年{int(day[2])}月{int(day[3])}日"
    if month := _MONTH.fullmatch(part):
        return f"{month[1]}年{int(month[2])}月"
    return None


def _plain_decision(d: AnyDecision) -> AnyDecision:
    """``d`` with its Chinese headline and reasons free of codes (``d`` itself if they are)."""
    head = plain_zh(d.headline.zh)
    reasons = tuple(
        r if (z := plain_zh(r.zh)) == r.zh else r.model_copy(update={"zh": z}) for r in d.reasons
    )
    if head == d.headline.zh and all(a is b for a, b in zip(reasons, d.reasons, strict=True)):
        return d
    headline = d.headline if head == d.headline.zh else d.headline.model_copy(update={"zh": head})
    return d.model_copy(update={"headline": headline, "reasons": reasons})


class Section(BaseModel):
    """One rule family's part of the report.

    ``summary`` holds the lines a reader needs (who gets the salary, which
    duties were missed, ...); ``decisions`` holds the explained decisions
    behind them; ``notes`` say what could not be decided and why (a
    missing parameter, a date past the calendar's coverage).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    title: Text
    summary: tuple[Text, ...] = ()
    decisions: tuple[AnyDecision, ...] = ()
    notes: tuple[Text, ...] = ()

    @model_validator(mode="after")
    def _chinese(self) -> Section:
        """Chinese lines say parameters, rules and setting values in Chinese (English keeps codes).

        This holds for the summary and notes, and for each decision's headline and reasons:
        the report's JSON is read by people too.
        """
        for name in ("summary", "notes"):
            texts = getattr(self, name)
            plain = tuple(t.model_copy(update={"zh": plain_zh(t.zh)}) for t in texts)
            if plain != texts:
                object.__setattr__(self, name, plain)
        decisions = tuple(_plain_decision(d) for d in self.decisions)
        if any(a is not b for a, b in zip(decisions, self.decisions, strict=True)):
            object.__setattr__(self, "decisions", decisions)
        return self

    def table(self) -> DecisionTable:
        """The decisions as a table (HTML in notebooks, a DataFrame with pandas)."""
        return DecisionTable(self.decisions)

    def render(
        self, lang: Lang = "zh", *, explain: int = 1, names: Mapping[str, str] | None = None
    ) -> str:
        """The section as text: title, summary lines, notes, and the first ``explain`` decisions.

        ``names`` gives the name behind an id (``M13`` → ``钱木根``): Chinese
        explanations show subjects by name.
        """
        lines = [f"== {self.title(lang)} =="]
        lines.extend(f"  {t(lang)}" for t in self.summary)
        lines.extend(f"  ! {t(lang)}" for t in self.notes)
        for d in self.decisions[:explain]:
            shown = subject_zh(d.subject, names or {}) if lang == "zh" and d.subject else None
            lines.append("")
            lines.extend("  " + line for line in d.explain(lang, subject=shown).splitlines())
        return "\n".join(lines)


class _ReportTexts:
    """Texts of the rendered report: its heading and what was read."""

    heading = Say(
        "{town} {year} 年组织工作规则运行报告(政策:{policy})",
        "{town}: organization-work rules for {year} (policy: {policy})",
    )
    reading = Say("== 读取情况 ==", "== Reading the records ==")
    read = Say(
        "  共{sheets}张表读取{read}行:接受{accepted}行,退回{reported}行(问题{errors}处),"
        "经解读后接受的数值{notes}处。",
        "  {read} rows read from {sheets} sheets: {accepted} accepted, {reported} reported "
        "({errors} problems); {notes} values accepted after interpretation.",
    )
    more = Say("  · ……另有{more}处(见 --json)", "  · … {more} more (see --json)")


class Report(BaseModel):
    """The town report: the header facts, one section per rule family, and what was read.

    ``policy`` names the policy in force (a file, a locality, or the
    defaults); ``sheets`` and ``problems`` say, for a report made from a
    file, how many rows each sheet had and which were reported instead of
    accepted (empty for records built in Python). ``names`` maps the ids the
    records use (members, organizations, villages) to their names, for readers.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    town: str
    year: int
    locality: str
    policy: Text = DEFAULT_POLICY
    sections: tuple[Section, ...]
    skipped: tuple[Text, ...] = ()
    sheets: tuple[SheetCount, ...] = ()
    problems: tuple[Problem, ...] = ()
    names: dict[str, str] = {}
    people: tuple[str, ...] = Field(
        default=(),
        exclude=True,
        repr=False,
        description="The names of the people in the records the report was built on, for "
        "`redacted` (never serialised).",
    )

    def redacted(self, names: Iterable[str] = ()) -> Report:
        """The report for sharing outside the department: people's names masked, health dropped.

        Every name of the records the report was built on (members, secretaries,
        cadres, handlers, visitors, supervisors, candidates: ``people``, filled
        by [`orgwork.report.check`][orgwork.report.check]), and every name in ``names``, is masked
        wherever it occurs (``张三`` → ``张*``, ``欧阳明华`` → ``欧阳**``); health
        wording (a hospital stay, an illness, hardship) becomes neutral (``住院``
        → ``关怀事项``), and a decision that states a health fact keeps only its
        outcome (see [`orgwork.decision.Decision.redacted`][orgwork.decision.Decision.redacted]). Dates of birth
        are dropped. A report read back from JSON has no ``people``: give them
        as ``names``. See ``docs/personal-data.md``.

        Raises:
            TypeError: ``names`` is a string or not an iterable of strings.
        """
        from orgwork._redact import Redactor, redact_decision
        from orgwork.decision import _checked_names

        r = Redactor((*self.people, *_checked_names(names)))

        def _withheld(d: AnyDecision, r: Redactor) -> AnyDecision:
            shared = redact_decision(d, r)
            if d.rule not in personal_rules():
                return shared
            update = {"value": None, "headline": _PERSONAL_WITHHELD, "reasons": ()}
            return shared.model_copy(update={**update, "parameters": {}})

        def text(t: Text) -> Text:
            return Text(zh=r.text(t.zh), en=r.text(t.en))

        sections = tuple(
            Section(
                key=s.key,
                title=text(s.title),
                summary=tuple(text(t) for t in s.summary),
                decisions=tuple(_withheld(d, r) for d in s.decisions),
                notes=tuple(text(t) for t in s.notes),
            )
            for s in self.sections
        )
        return Report(
            town=r.text(self.town),
            year=self.year,
            locality=r.text(self.locality),
            policy=text(self.policy),
            sections=sections,
            skipped=tuple(text(t) for t in self.skipped),
            sheets=self.sheets,
            problems=tuple(
                p.model_copy(update={"zh": r.text(p.zh), "en": r.text(p.en)}) for p in self.problems
            ),
            names={r.text(k): r.text(v) for k, v in self.names.items()},
        )

    def section(self, key: str) -> Section:
        """The section with ``key``."""
        for s in self.sections:
            if s.key == key:
                return s
        raise LookupError(f"no section {key!r}")

    def render(self, lang: Lang = "zh", *, explain: int = 1, redact: bool = False) -> str:
        """The report as readable text, explaining the first ``explain`` decisions of each section.

        ``redact=True`` renders [`redacted`][orgwork.report.Report.redacted] (names masked, health details dropped).
        """
        if redact:
            return self.redacted().render(lang, explain=explain)
        head = _ReportTexts.heading.text(town=self.town, year=self.year, policy=self.policy)
        parts = [head(lang)]
        if self.sheets:
            parts.append(self._reading(lang))
        if self.skipped:
            parts.append("\n".join(f"  ! {t(lang)}" for t in self.skipped))
        parts.extend(s.render(lang, explain=explain, names=self.names) for s in self.sections)
        return "\n\n".join(parts) + "\n"

    def _reading(self, lang: Lang) -> str:
        """读取情况: how many rows were read, accepted and reported, and every reported row."""
        read = sum(s.read for s in self.sheets)
        accepted = sum(s.accepted for s in self.sheets)
        errors = [p for p in self.problems if p.severity == "error"]
        notes = [p for p in self.problems if p.severity == "note"]
        used = [s for s in self.sheets if s.read]
        counts = _ReportTexts.read.text(
            sheets=len(used),
            read=read,
            accepted=accepted,
            reported=read - accepted,
            errors=len(errors),
            notes=len(notes),
        )
        lines = [_ReportTexts.reading.text()(lang), counts(lang)]
        lines.extend(f"  ! {p.message(lang)}" for p in errors)
        lines.extend(f"  · {p.message(lang)}" for p in notes[:20])
        if len(notes) > 20:
            lines.append(_ReportTexts.more.text(more=len(notes) - 20)(lang))
        return "\n".join(lines)

    def to_json(self, *, indent: int | None = 2, redact: bool = False) -> str:
        """The report as JSON (every decision in full); ``redact=True``: of [`redacted`][orgwork.report.Report.redacted]."""
        if redact:
            return self.redacted().to_json(indent=indent)
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent)

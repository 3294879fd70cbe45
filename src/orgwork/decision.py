"""Explained decisions: the common result of every rule.

A [`Decision`][orgwork.decision.Decision] says *what* was decided (``outcome`` and ``value``), *by
which rules* (``rule`` and ``rules``), *with which parameter values*
(``parameters``) and *why* (``reasons``, each in Chinese and English). It is a
frozen pydantic model, so it serialises to JSON and back unchanged.

How a rule returns several decisions
------------------------------------
A rule that decides about one thing returns one ``Decision``. A rule that
decides about many (one per village, one per missed duty) returns a
``tuple`` of decisions, one per subject, with ``subject`` set to the
subject's id, in a documented, deterministic order (the order of the rule's
own result, such as rank order; never dict or set order).

>>> d = Decision[int](
...     rule="local.example",
...     outcome="ok",
...     value=3,
...     headline=Text(zh="共三项", en="Three items"),
...     reasons=(Reason(rule="local.example", zh="计数为三", en="The count is three"),),
...     parameters={"example.limit": 5},
... )
>>> print(d.explain("en"))
Three items
  rule: local.example
  outcome: ok
  because:
    - The count is three [local.example]
  parameters:
    - example.limit = 5
>>> Decision[int].model_validate_json(d.to_json()) == d
True
"""

from __future__ import annotations

import datetime as _dt
import enum
import html
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr, field_validator

from orgwork._display import html_table, ordinal
from orgwork.rules import RuleId

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "Decision",
    "DecisionTable",
    "Lang",
    "ParamValue",
    "Reason",
    "RuleContext",
    "Say",
    "Shown",
    "Text",
    "both",
    "day",
    "explain_all",
    "joined",
    "listed",
    "nth",
    "param_text",
    "param_value",
    "sentence",
]

Lang = Literal["zh", "en"]

V = TypeVar("V")

#: A parameter value as recorded in a decision: JSON scalars only, so that a
#: decision survives a JSON round trip unchanged. Exact numbers (Decimal,
#: Fraction) and dates are recorded as their canonical strings.
ParamValue = (
    StrictBool | StrictInt | StrictStr | None | tuple[StrictBool | StrictInt | StrictStr, ...]
)


def _scalar(value: object) -> bool | int | str | None:
    if isinstance(value, enum.Enum):
        return _scalar(value.value)
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, (Decimal, Fraction)):
        return str(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        raise ValueError(
            f"value: orgwork never records a float parameter ({value!r}); use Decimal or Fraction"
        )
    return str(value)


def param_value(value: object) -> ParamValue:
    """Normalise a parameter value to what a decision records.

    >>> param_value(Decimal("0.80")), param_value(_dt.date(2026, 1, 2)), param_value([1, 2])
    ('0.80', '2026-01-02', (1, 2))
    """
    if isinstance(value, (list, tuple, frozenset, set)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        out: list[bool | int | str] = []
        for item in items:
            s = _scalar(item)
            out.append("" if s is None else s)
        return tuple(out)
    return _scalar(value)


#: One set object for each set of field names a frozen model was built with: pydantic keeps
#: one per instance (``model_fields_set``), and a frozen model never changes it (pydantic
#: copies it before a ``model_copy`` updates it), so equal sets are shared. A decision holds
#: several texts; this saves a set (216 bytes) on each of them.
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


def _share_fields_set(model: BaseModel) -> None:
    own = model.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault(frozenset(own), own)
    if shared is not own:
        object.__setattr__(model, "__pydantic_fields_set__", shared)


class Text(BaseModel):
    """A short text in Chinese and English."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    zh: str
    en: str

    def model_post_init(self, context: Any, /) -> None:
        _share_fields_set(self)

    def __call__(self, lang: Lang = "zh") -> str:
        """The text in ``lang``."""
        return self.zh if lang == "zh" else self.en


class Reason(Text):
    """One step of a decision's reasoning, with the rule id behind it."""

    rule: RuleId = Field(description="Catalogue id of the rule this reason applies.")


_LABELS: dict[str, dict[Lang, str]] = {
    "rule": {"zh": "规则", "en": "rule"},
    "subject": {"zh": "对象", "en": "subject"},
    "outcome": {"zh": "结论", "en": "outcome"},
    "because": {"zh": "理由", "en": "because"},
    "parameters": {"zh": "参数", "en": "parameters"},
    "provisional": {
        "zh": "注意:本决定使用了临时(未经国务院公布)的日历数据,结果仅供参考。",
        "en": "Note: this decision uses provisional (unpublished) calendar data; "
        "treat it as an estimate.",
    },
}


class Decision(BaseModel, Generic[V]):
    """The explained result of applying one or more catalogue rules.

    Attributes:
        rule: the catalogue id of the rule that made the decision.
        subject: the id of what the decision is about (a village, a case), if any.
        outcome: a short machine-readable code (``"eligible"``, ``"overdue"``, ...).
        value: the decided value itself (a date, a rank, a host role, ...).
        headline: one sentence stating the decision, in both languages.
        reasons: the reasoning, step by step, each step naming its rule.
        rules: every catalogue id applied, the deciding rule first.
        parameters: the policy parameter values used, by dotted path.
        provisional: true when the decision rests on provisional data
            (an unpublished holiday year), and so may change.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: RuleId
    subject: str | None = None
    outcome: str
    value: V
    headline: Text
    reasons: tuple[Reason, ...] = ()
    rules: tuple[RuleId, ...] = ()
    parameters: dict[str, ParamValue] = Field(default_factory=dict)
    provisional: bool = False

    @field_validator("parameters", mode="before")
    @classmethod
    def _normalise_parameters(cls, raw: object) -> object:
        if isinstance(raw, Mapping):
            return {str(k): param_value(v) for k, v in raw.items()}
        return raw

    def model_post_init(self, context: Any, /) -> None:
        # The deciding rule always comes first in ``rules``, and every reason's
        # rule is listed; derived here so callers cannot get it wrong.
        listed = [self.rule, *self.rules, *(r.rule for r in self.reasons)]
        object.__setattr__(self, "rules", tuple(dict.fromkeys(listed)))
        _share_fields_set(self)

    def explain(self, lang: Lang = "zh", *, subject: str | None = None) -> str:
        """Render the decision as readable text in ``lang`` (``"zh"`` or ``"en"``).

        ``subject`` shows the subject as a reader knows it (a member's name for
        the id ``M13``); the decision's own ``subject`` otherwise.
        """
        if lang not in ("zh", "en"):
            raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
        from orgwork._outcomes import outcome_label
        from orgwork._zh import parameter_name
        from orgwork.rules import title

        lines = [self.headline(lang)]
        if lang == "zh":
            # Chinese throughout: rule titles, outcome labels and parameter names, no codes
            lines.append(f"  {_LABELS['rule'][lang]}: " + ";".join(title(r) for r in self.rules))
        else:
            lines.append(f"  {_LABELS['rule'][lang]}: {', '.join(self.rules)}")
        if self.subject is not None:
            shown = self.subject if subject is None else subject
            lines.append(f"  {_LABELS['subject'][lang]}: {shown}")
        lines.append(f"  {_LABELS['outcome'][lang]}: {outcome_label(self.outcome, lang)}")
        if self.reasons:
            lines.append(f"  {_LABELS['because'][lang]}:")
            if lang == "zh":
                lines.extend(f"    - {r(lang)}" for r in self.reasons)
            else:
                lines.extend(f"    - {r(lang)} [{r.rule}]" for r in self.reasons)
        if self.parameters:
            lines.append(f"  {_LABELS['parameters'][lang]}:")
            if lang == "zh":
                lines.extend(
                    f"    - {parameter_name(k)} = {_show(v)}" for k, v in self.parameters.items()
                )
            else:
                lines.extend(f"    - {k} = {_show(v)}" for k, v in self.parameters.items())
        if self.provisional:
            lines.append(f"  {_LABELS['provisional'][lang]}")
        if lang == "zh":
            from orgwork._zh import plain_zh

            return plain_zh("\n".join(lines))
        return "\n".join(lines)

    def to_json(self, *, indent: int | None = None, redact: Iterable[str] | None = None) -> str:
        """Serialise to JSON; ``type(d).model_validate_json`` reads it back equal.

        ``redact`` (the names of the people concerned) gives the JSON of
        [`redacted`][orgwork.decision.Decision.redacted] instead, for sharing outside the department.
        """
        if redact is not None:
            return self.redacted(redact).model_dump_json(indent=indent)
        return self.model_dump_json(indent=indent)

    def redacted(self, names: Iterable[str] = ()) -> Decision[Any]:
        """The decision for sharing outside the department: ``names`` masked, health details dropped.

        Every occurrence of each name in ``names`` (the people of the records
        the decision was made on; see [`orgwork.report.Report.redacted`][orgwork.report.Report.redacted])
        in the headline, reasons, subject and value is masked (``张三`` →
        ``张*``, ``欧阳明华`` → ``欧阳**``, a Latin name → its first letter and
        ``***``). A decision that states a health fact (a hospital stay, an
        illness, hardship: the rules ``care.hospital_visit``,
        ``care.illness_aid``, ``care.hardship_visit``, ``care.relief_fund``)
        keeps only its outcome and (masked) subject: "a care duty", without
        the illness. The result is a plain ``Decision[Any]`` whose value is JSON data.

        Examples:
            >>> d = Decision[str](rule="local.x", outcome="ok", value="张三",
            ...                   headline=Text(zh="张三住院", en="张三 in hospital"))
            >>> r = d.redacted(["张三"])
            >>> r.value, r.headline.zh, r.headline.en
            ('张*', '张*关怀事项', '张* with a care matter')

        Raises:
            TypeError: ``names`` is a string or not an iterable of strings.
        """
        from orgwork._redact import Redactor, redact_decision

        return redact_decision(self, Redactor(_checked_names(names)))

    def __str__(self) -> str:
        return self.explain("zh")

    def to_record(self) -> dict[str, Any]:
        """A flat, JSON-compatible row (for tables and data frames)."""
        dumped = self.model_dump(mode="json", include={"value"})
        return {
            "rule": self.rule,
            "subject": self.subject,
            "outcome": self.outcome,
            "value": dumped["value"],
            "headline_zh": self.headline.zh,
            "headline_en": self.headline.en,
            "provisional": self.provisional,
        }

    def _repr_html_(self) -> str:
        esc = html.escape
        rows = [
            f"<tr><th>{esc(_LABELS[k]['zh'])} / {esc(_LABELS[k]['en'])}</th><td>{esc(str(v))}</td></tr>"
            for k, v in (
                ("rule", ", ".join(self.rules)),
                ("subject", self.subject),
                ("outcome", self.outcome),
            )
            if v is not None
        ]
        reasons = "".join(
            f"<li>{esc(r.zh)}<br><small>{esc(r.en)} [{esc(r.rule)}]</small></li>"
            for r in self.reasons
        )
        params = "".join(
            f"<li><code>{esc(k)} = {esc(_show(v))}</code></li>" for k, v in self.parameters.items()
        )
        note = f"<p><em>{esc(_LABELS['provisional']['zh'])}</em></p>" if self.provisional else ""
        return (
            f"<div><strong>{esc(self.headline.zh)}</strong><br>{esc(self.headline.en)}"
            f"<table>{''.join(rows)}</table>"
            + (f"<p>理由 / because</p><ul>{reasons}</ul>" if reasons else "")
            + (f"<p>参数 / parameters</p><ul>{params}</ul>" if params else "")
            + note
            + "</div>"
        )


def _redacted(decision: Decision[Any], redactor: Any) -> Decision[Any]:
    """``decision`` with ``redactor`` (an ``orgwork._redact.Redactor``) applied: see [`Decision.redacted`][orgwork.decision.Decision.redacted]."""
    from orgwork._redact import WITHHELD_EN, WITHHELD_ZH, states_health, withheld_rule

    subject = None if decision.subject is None else redactor.text(decision.subject)
    if states_health(decision):
        return Decision[Any](
            rule=withheld_rule(),
            subject=subject,
            outcome=decision.outcome,
            value=None,
            headline=Text(zh=WITHHELD_ZH, en=WITHHELD_EN),
            provisional=decision.provisional,
        )
    value = decision.model_dump(mode="json", include={"value"})["value"]
    return Decision[Any](
        rule=decision.rule,
        subject=subject,
        outcome=decision.outcome,
        value=redactor.data(value),
        headline=Text(
            zh=redactor.text(decision.headline.zh), en=redactor.text(decision.headline.en)
        ),
        reasons=tuple(
            Reason(rule=r.rule, zh=redactor.text(r.zh), en=redactor.text(r.en))
            for r in decision.reasons
        ),
        rules=decision.rules,
        parameters=dict(decision.parameters),
        provisional=decision.provisional,
    )


def _checked_names(names: object) -> tuple[str, ...]:
    """``names`` (the people to mask) as a tuple of strings; a TypeError naming ``names`` otherwise."""
    if isinstance(names, str) or not isinstance(names, Iterable):
        raise TypeError(
            f"names must be an iterable of names (not a single string), not {type(names).__name__}"
        )
    out = tuple(names)
    for n in out:
        if not isinstance(n, str):
            raise TypeError(f"names must hold strings, not {type(n).__name__}")
    return out


def param_text(value: object) -> str:
    """A parameter value as explanations show it: lists in brackets, ``true``/``false``, ``null``.

    >>> param_text(("a", "b")), param_text(False), param_text(Decimal("0.20")), param_text(None)
    ('[a, b]', 'false', '0.20', 'null')
    """
    return _show(param_value(value))


def _show(value: ParamValue) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(str(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return "null" if value is None else str(value)


def listed(rule: str, zh: str, en: str, ids: Iterable[str]) -> tuple[Reason, ...]:
    """A reason naming ``ids`` after a bilingual label, or no reason when there are none.

    Examples:
        >>> listed("local.x", "超期:", "Overdue: ", ["A", "B"])[0].en
        'Overdue: A, B'
        >>> listed("local.x", "超期:", "Overdue: ", [])
        ()
    """
    for name, label in (("zh", zh), ("en", en)):
        if not isinstance(label, str):
            raise TypeError(f"{name} must be a str, not {type(label).__name__}")
    items = _strings(ids, "ids")
    if not items:
        return ()
    return (Reason(rule=rule, zh=zh + "、".join(items), en=en + ", ".join(items)),)


def _strings(values: object, name: str) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be an iterable of str, not {type(values).__name__}")
    out = tuple(values)
    for v in out:
        if not isinstance(v, str):
            raise TypeError(f"{name} must hold str, not {type(v).__name__}")
    return out


def explain_all(decisions: Iterable[Decision[Any]], lang: Lang = "zh") -> str:
    """Explain several decisions, separated by blank lines.

    Raises:
        TypeError: ``decisions`` is not an iterable of decisions.
    """
    if not isinstance(decisions, Iterable):
        raise TypeError(f"decisions must be an iterable, not {type(decisions).__name__}")
    items = tuple(decisions)
    for d in items:
        if not isinstance(d, Decision):
            raise TypeError(f"decisions must hold Decision objects, not {type(d).__name__}")
    return "\n\n".join(d.explain(lang) for d in items)


class DecisionTable(Sequence[Decision[Any]]):
    """Several decisions shown as one table: in Jupyter, as text, or as a pandas DataFrame.

    Examples:
        >>> t = DecisionTable([Decision[int](rule="local.a", outcome="ok", value=1,
        ...                                  headline=Text(zh="甲", en="A"))])
        >>> t.records()[0]["value"], len(t)
        (1, 1)
    """

    def __init__(self, decisions: Iterable[Decision[Any]]) -> None:
        self._items = tuple(decisions)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: Any) -> Any:
        return self._items[index]

    def __iter__(self) -> Iterator[Decision[Any]]:
        return iter(self._items)

    def records(self) -> list[dict[str, Any]]:
        """One flat row per decision (see [`Decision.to_record`][orgwork.decision.Decision.to_record])."""
        return [d.to_record() for d in self._items]

    def redacted(self, names: Iterable[str] = ()) -> DecisionTable:
        """The table with every decision [`Decision.redacted`][orgwork.decision.Decision.redacted]: ``names`` masked, health dropped.

        Examples:
            >>> t = DecisionTable([Decision[str](rule="local.a", outcome="ok", value="李四",
            ...                                  headline=Text(zh="李四", en="李四"))])
            >>> t.redacted(["李四"]).records()[0]["value"]
            '李*'
        """
        from orgwork._redact import Redactor, redact_decision

        redactor = Redactor(_checked_names(names))
        return DecisionTable(redact_decision(d, redactor) for d in self._items)

    def to_dataframe(self, *, exact: bool = False) -> pd.DataFrame:
        """A ``pandas.DataFrame``, one row per decision, with flat typed columns (requires pandas).

        The columns are ``rule``, ``subject``, ``outcome``, ``provisional``,
        ``headline_zh``, ``headline_en``, then the value's fields as
        ``value.<field>`` (a value that is not a model is one ``value``
        column). Dates are ``datetime64``; points, amounts and rates are
        ``float64`` numbers, or exact ``Decimal``/``Fraction`` objects with
        ``exact=True``; whole numbers are nullable ``Int64`` (see
        ``orgwork._frames``). Without pandas: a ``ModuleNotFoundError`` naming
        the extra to install (``orgwork[pandas]``).
        """
        from orgwork._frames import frame

        rows = (
            {
                "rule": d.rule,
                "subject": d.subject,
                "outcome": d.outcome,
                "provisional": d.provisional,
                "headline_zh": d.headline.zh,
                "headline_en": d.headline.en,
                "value": d.model_dump(include={"value"})["value"],
            }
            for d in self._items
        )
        return frame(rows, exact=exact, what="DecisionTable.to_dataframe")

    def _repr_html_(self) -> str:
        cols = ("subject", "outcome", "value", "headline_zh", "headline_en", "rule")
        return html_table(cols, ([r[c] for c in cols] for r in self.records()))

    def __repr__(self) -> str:
        return f"DecisionTable({len(self)} decisions)"


# -- writing a rule: bilingual templates and the rule context -------------------------------


class Shown:
    """A template value shown as ``zh`` in Chinese and as ``en`` in English.

    What [`day`][orgwork.decision.day], [`nth`][orgwork.decision.nth], [`both`][orgwork.decision.both] and [`joined`][orgwork.decision.joined] give: a
    light pair (not a model) that a [`Say`][orgwork.decision.Say] template shows in each
    language. It is for filling templates; a decision holds [`Text`][orgwork.decision.Text].

    >>> Say("{x}", "{x}").text(x=Shown("甲", "A"))
    Text(zh='甲', en='A')
    """

    __slots__ = ("en", "zh")

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en

    def __call__(self, lang: Lang = "zh") -> str:
        """The value in ``lang``."""
        return self.zh if lang == "zh" else self.en

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Shown) and (self.zh, self.en) == (other.zh, other.en)

    def __hash__(self) -> int:
        return hash((self.zh, self.en))

    def __repr__(self) -> str:
        return f"Shown(zh={self.zh!r}, en={self.en!r})"


def day(value: _dt.date) -> Shown:
    """A date as a template value: ``2025年3月1日`` in Chinese, ``2025-03-01`` in English.

    >>> day(_dt.date(2025, 3, 1))
    Shown(zh='2025年3月1日', en='2025-03-01')
    """
    if not isinstance(value, _dt.date):
        raise TypeError(f"value must be a datetime.date, not {type(value).__name__}")
    return Shown(f"{value.year}年{value.month}月{value.day}日", value.isoformat())


def nth(n: int) -> Shown:
    """An ordinal as a template value: ``15`` in Chinese (第{n}个), ``15th`` in English.

    >>> nth(22)
    Shown(zh='22', en='22nd')
    """
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"n must be an int, not {type(n).__name__}")
    return Shown(str(n), ordinal(n))


def _fields(template: str) -> frozenset[str]:
    import string

    names = set()
    for _, name, _, _ in string.Formatter().parse(template):
        if name is not None:
            if not name or name[0].isdigit():
                raise ValueError(f"template {template!r}: every field must be named")
            names.add(name.split(".")[0].split("[")[0])
    return frozenset(names)


class _ZhDate(_dt.date):
    """A date a Chinese template writes as ``2025年10月11日`` (``{v.due}``); a format spec
    (``{v.due:%Y-%m}``) and its fields (``{v.due.month}``) work as on any date."""

    def __format__(self, spec: str) -> str:
        return day(self).zh if not spec else super().__format__(spec)

    def __str__(self) -> str:
        return day(self).zh


class _Fields:
    """A model as a template sees it (``{v.due}``): in Chinese its dates written as
    [`day`][orgwork.decision.day] writes them, anything else as it is."""

    __slots__ = ("_lang", "_model")

    def __init__(self, model: BaseModel, lang: Lang) -> None:
        self._model, self._lang = model, lang

    def __getattr__(self, name: str) -> object:
        value = getattr(self._model, name)
        if self._lang == "zh" and type(value) is _dt.date:
            return _ZhDate(value.year, value.month, value.day)
        return value

    def __format__(self, spec: str) -> str:
        return format(self._model, spec)

    def __str__(self) -> str:
        return str(self._model)


def _localise(value: object, lang: Lang) -> object:
    if isinstance(value, (Shown, Text)):
        return value.zh if lang == "zh" else value.en
    if isinstance(value, (list, tuple)):
        return ("、" if lang == "zh" else ", ").join(str(_localise(v, lang)) for v in value)
    zh, en = getattr(value, "zh", None), getattr(value, "en", None)
    if isinstance(zh, str) and isinstance(en, str):
        return zh if lang == "zh" else en
    if isinstance(value, BaseModel):
        return _Fields(value, lang)
    return value


def both(zh: object, en: object) -> Shown:
    """A template value shown as ``zh`` in Chinese and as ``en`` in English (either may be empty).

    For a value the two languages show differently: a code in English and a
    name in Chinese, or a detail only one language names.

    >>> Say("{x}", "{x}").text(x=both("甲", "A"))
    Text(zh='甲', en='A')
    """
    return Shown(str(zh), str(en))


def sentence(en: str) -> str:
    """``en`` with its first letter made a capital and the rest kept as written.

    For English that opens a sentence. Unlike ``str.capitalize``, it keeps the
    capitals of names and acronyms inside the text.

    >>> sentence("members of the CPPCC")
    'Members of the CPPCC'
    """
    if not isinstance(en, str):
        raise TypeError(f"en must be a str, not {type(en).__name__}")
    return en[:1].upper() + en[1:]


def joined(items: Iterable[object], zh_sep: str = "、", en_sep: str = ", ") -> Shown:
    """``items`` as one template value, each shown in its language, joined by each language's separator.

    A template joins a list with ``、`` / ``, `` by itself; this is for other
    separators (``;``, ``→``).

    >>> joined([Text(zh="甲", en="A"), "B"], "→", " → ")
    Shown(zh='甲→B', en='A → B')
    """
    for name, sep in (("zh_sep", zh_sep), ("en_sep", en_sep)):
        if not isinstance(sep, str):
            raise TypeError(f"{name} must be a str, not {type(sep).__name__}")
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise TypeError(f"items must be an iterable, not {type(items).__name__}")
    shown_items = tuple(items)
    return Shown(
        zh_sep.join(str(_localise(i, "zh")) for i in shown_items),
        en_sep.join(str(_localise(i, "en")) for i in shown_items),
    )


class Say:
    """A bilingual text template: a Chinese and an English form with the same named fields.

    A rule keeps its texts together, beside it, in a small table of
    ``Say`` templates; the rule fills them with values. A value is shown in
    each language by these conventions: a [`Text`][orgwork.decision.Text] (see [`day`][orgwork.decision.day] and
    [`nth`][orgwork.decision.nth]) or anything with ``zh`` and ``en`` string attributes shows
    its own form; a list or tuple is joined with ``、`` in Chinese and ``, ``
    in English; anything else is formatted as it is (format specs such as
    ``{n:,}`` apply).

    Examples:
        >>> late = Say("{who}逾期{n}天", "{who} is {n} days late")
        >>> late.text(who="A", n=3)
        Text(zh='A逾期3天', en='A is 3 days late')
        >>> Say("{a}与{b}", "{a} and {c}")
        Traceback (most recent call last):
        ...
        ValueError: the Chinese and English templates name different fields: ['b'] / ['c']
    """

    __slots__ = ("en", "fields", "zh")

    def __init__(self, zh: str, en: str) -> None:
        zf, ef = _fields(zh), _fields(en)
        if zf != ef:
            raise ValueError(
                "the Chinese and English templates name different fields: "
                f"{sorted(zf - ef)} / {sorted(ef - zf)}"
            )
        self.zh = zh
        self.en = en
        self.fields = zf

    def pair(self, values: Mapping[str, object]) -> tuple[str, str]:
        """The template filled with ``values``: the (Chinese, English) strings."""
        if self.fields != values.keys():
            missing = sorted(self.fields - values.keys())
            extra = sorted(values.keys() - self.fields)
            raise TypeError(f"template {self.zh!r}: missing fields {missing}, unknown {extra}")
        if not values:
            return self.zh, self.en
        zh: dict[str, object] = {}
        en: dict[str, object] = {}
        for key, value in values.items():
            kind = type(value)
            if kind is str or kind is int:
                zh[key] = en[key] = value
            elif kind is Shown or kind is Text:
                zh[key], en[key] = value.zh, value.en  # type: ignore[attr-defined]
            else:
                zh[key], en[key] = _localise(value, "zh"), _localise(value, "en")
        return self.zh.format_map(zh), self.en.format_map(en)

    def text(self, **values: object) -> Text:
        """The template filled with ``values``, in both languages."""
        zh, en = self.pair(values)
        return Text(zh=zh, en=en)

    def __repr__(self) -> str:
        return f"Say({self.zh!r}, {self.en!r})"


_getters: dict[str, Any] = {}
_modules: dict[str, Any] = {}


def _rules() -> Any:
    """``orgwork.rules`` (imported on first use: it imports this module)."""
    module = _modules.get("rules")
    if module is None:
        import orgwork.rules as module

        _modules["rules"] = module
    return module


_classes: dict[str, Any] = {}


def _decision_classes(annotation: object, found: list[Any]) -> None:
    import typing

    if isinstance(annotation, type) and issubclass(annotation, Decision):
        if annotation not in found:
            found.append(annotation)
        return
    for arg in typing.get_args(annotation):
        _decision_classes(arg, found)


def _decision_class(rule_id: str) -> Any:
    """The ``Decision[X]`` class rule ``rule_id``'s function returns (plain Decision if unclear)."""
    cls = _classes.get(rule_id)
    if cls is None:
        import inspect
        import typing

        from orgwork.rules import function_of

        found: list[Any] = []
        try:
            hints = typing.get_type_hints(inspect.unwrap(function_of(rule_id)))
            _decision_classes(hints.get("return"), found)
        except (NameError, TypeError):  # an annotation that does not resolve at run time
            found = []
        cls = _classes[rule_id] = found[0] if len(found) == 1 else Decision
    return cls


def _getter(path: str) -> Any:
    import operator

    got = _getters.get(path)
    if got is None:
        got = _getters[path] = operator.attrgetter(path)
    return got


class RuleContext:
    """What a rule function uses to decide: its parameters, its reasons, its decisions.

    A context belongs to one catalogue rule (given by its implementing
    function, or its id). [`param`][orgwork.decision.RuleContext.param] reads a policy parameter the rule
    declares in its ``@rule(parameters=...)`` and records the value;
    reading one it does not declare is an
    [`UndeclaredParameterError`][orgwork.errors.UndeclaredParameterError], so a decision can
    never record a parameter its rule does not own. [`say`][orgwork.decision.RuleContext.say] adds a reason
    from a [`Say`][orgwork.decision.Say] template; [`decide`][orgwork.decision.RuleContext.decide] builds the
    [`Decision`][orgwork.decision.Decision] with every reason said and every parameter read.

    The policy is resolved for the day ``on`` (the values in force that day)
    the first time a parameter is read.

    Examples:
        >>> ctx = RuleContext("supervision.reply_deadline", None, on=_dt.date(2025, 3, 3))
        >>> n = ctx.param("supervision.reply_working_days")
        >>> ctx.say(Say("期限为{n}个工作日", "The limit is {n} working days"), n=n)
        >>> due = _dt.date(2025, 3, 24)
        >>> d = ctx.decide("due", due, Say("最迟{due}答复", "Reply by {due}"), due=day(due))
        >>> d.headline.zh, d.parameters, d.reasons[0].en
        ('最迟2025年3月24日答复', {'supervision.reply_working_days': 15}, 'The limit is 15 working days')
        >>> type(d).__name__   # the class the rule function's return annotation names
        'Decision[date]'
        >>> ctx.param("care.memorial_vacancy")
        Traceback (most recent call last):
        ...
        orgwork.errors.UndeclaredParameterError: rule supervision.reply_deadline reads care.memorial_vacancy, which its @rule does not declare
    """

    __slots__ = (
        "_day",
        "_given",
        "_policy",
        "declared",
        "parameters",
        "provisional",
        "reasons",
        "rule",
        "rules",
    )

    def __init__(self, rule: object, policy: Any = None, *, on: _dt.date | None = None) -> None:
        rules = _rules()
        if policy is not None:
            from orgwork.policy import checked_policy

            checked_policy(policy)  # a TypeError naming ``policy`` for anything but a Policy
        self.rule: str = rules.id_of(rule)
        self.declared: tuple[str, ...] = rules.declared_parameters(self.rule)
        self._given = policy
        self._day = on
        self._policy: Any = None
        self.parameters: dict[str, Any] = {}
        self.reasons: list[Reason] = []
        self.rules: list[str] = []
        self.provisional = False

    def fork(self) -> RuleContext:
        """A fresh context of the same rule and policy (for a rule that decides per subject)."""
        new = RuleContext.__new__(RuleContext)
        new.rule, new.declared = self.rule, self.declared
        new._given, new._day, new._policy = self._given, self._day, self._policy
        new.parameters, new.reasons, new.rules, new.provisional = {}, [], [], False
        return new

    @property
    def policy(self) -> Any:
        """The policy in force on the context's day (for passing on to another rule)."""
        if self._policy is None:
            from orgwork.policy import Policy, resolve

            if self._day is not None:
                self._policy = resolve(self._given, self._day)
            else:
                self._policy = self._given if self._given is not None else Policy.default()
        return self._policy

    def _check(self, path: str) -> None:
        if path not in self.declared:
            from orgwork.errors import UndeclaredParameterError

            raise UndeclaredParameterError(
                f"rule {self.rule} reads {path}, which its @rule does not declare"
            )

    def param(self, path: str, given: Any = None) -> Any:
        """The value of parameter ``path`` (``given`` instead, when not None), recorded."""
        self._check(path)
        value = _getter(path)(self.policy) if given is None else given
        self.parameters[path] = value
        return value

    def record(self, path: str, value: Any) -> None:
        """Record ``value`` for declared parameter ``path`` (a value derived from it)."""
        self._check(path)
        self.parameters[path] = value

    def reason(self, template: Say, /, **values: object) -> Reason:
        """A reason of this rule from ``template`` (not added; see [`say`][orgwork.decision.RuleContext.say])."""
        zh, en = template.pair(values)
        return Reason(rule=self.rule, zh=zh, en=en)

    def say(self, template: Say, /, **values: object) -> None:
        """Add a reason of this rule from ``template``."""
        self.reasons.append(self.reason(template, **values))

    def say_list(self, template: Say, items: Iterable[object], /, **values: object) -> None:
        """Add a reason naming ``items`` (template field ``items``); nothing when there are none."""
        listed_items = tuple(items)
        if listed_items:
            self.say(template, items=listed_items, **values)

    def add(self, *reasons: Reason) -> None:
        """Add reasons made elsewhere (by another rule's decision)."""
        self.reasons.extend(reasons)

    def adopt(self, decision: Decision[V], *, reasons: bool = True) -> V:
        """Take in another decision this one rests on; return its value.

        Its parameters, rules and provisional flag are carried over, and its
        reasons too unless ``reasons=False``.
        """
        self.parameters.update(decision.parameters)
        self.rules.extend(decision.rules)
        self.provisional = self.provisional or decision.provisional
        if reasons:
            self.reasons.extend(decision.reasons)
        return decision.value

    def uses(self, *rules: object) -> None:
        """Note other rules (functions or ids) this decision applies."""
        from orgwork.rules import id_of

        self.rules.extend(id_of(r) for r in rules)

    def decide(
        self,
        outcome: str,
        value: V,
        headline: Say | Text,
        /,
        *,
        subject: str | None = None,
        reasons: Iterable[Reason] | None = None,
        provisional: bool = False,
        kind: type[Decision[Any]] | None = None,
        **values: object,
    ) -> Decision[V]:
        """The decision: ``outcome`` and ``value``, the headline filled with ``values``.

        Its reasons are those said so far (or ``reasons``), its parameters
        every parameter read so far. Its class is ``kind``; by default the
        ``Decision[X]`` the rule function's return annotation names, so that
        ``type(d).model_validate_json(d.to_json()) == d``.
        """
        cls = kind or _decision_class(self.rule)
        return cls(
            rule=self.rule,
            subject=subject,
            outcome=outcome,
            value=value,
            headline=headline.text(**values) if isinstance(headline, Say) else headline,
            reasons=tuple(self.reasons if reasons is None else reasons),
            rules=tuple(self.rules),
            parameters=dict(self.parameters),
            provisional=self.provisional or provisional,
        )

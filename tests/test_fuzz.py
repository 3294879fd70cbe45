"""The fuzz suite (issue 14): every public function with hostile values gets only documented errors.

Every catalogue rule (:func:`orgwork.rules.function_of`) and every function in
the ``__all__`` of each domain is called with arguments built from its
signature (``inspect.signature`` and its type hints), so a new function is
covered without a line here. Each argument is a plausible value of its type
(from :mod:`orgwork.strategies` for models, with extreme dates and numbers
mixed in) or, for one argument per call, a hostile value of any kind: ``None``,
``{}``, ``[]``, ``""``, NUL, zero-width characters, huge and negative ints,
``2**63``, NaN and infinities, ``date.min``/``date.max``, a datetime with a
time of day, or a model of the wrong type.

Only documented errors may come out (README, "Errors"):

- :class:`pydantic.ValidationError` and any :class:`~orgwork.errors.OrgworkError`;
- a ``TypeError`` or ``ValueError`` raised on purpose by orgwork (the innermost
  frame is a ``raise`` in orgwork's source) whose message names one of the
  function's parameters.

Anything else (a deep ``AttributeError``, ``KeyError``, ``OverflowError``, a
``TypeError`` from an operator, a call that hangs) fails with the call that
caused it. ``python tests/test_fuzz.py [N]`` runs a survey instead: N examples
per function, and one line per distinct undocumented failure.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import inspect
import math
import re
import signal
import sys
import traceback
import types
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

import orgwork
import orgwork.strategies as ows
from orgwork.calendar import official_calendar
from orgwork.errors import CalendarCoverageError, CalendarDataError, OrgworkError, RecordError
from orgwork.policy import Policy
from orgwork.rules import catalogue, function_of

SRC = Path(orgwork.__file__).resolve().parent

MODULES = (
    "assessment",
    "cadres",
    "care",
    "calendar",
    "membership",
    "organizations",
    "open_day",
    "selection",
    "supervision",
    "supervision.tables",
    "care.tables",
    "assessment.tables",
    "points",
    "decision",
    "report",
    "records",
)

#: Public functions not called here, each with its reason.
SKIP: dict[str, str] = {
    "orgwork.records.write_records": "writes files: writers and paths are fuzzed by the "
    "hostile-file corpus (tests/records), not with arbitrary path strings in the working "
    "directory",
    "orgwork.calendar.load_schedules": "reads a path: paths are fuzzed by the hostile-file corpus",
    "orgwork.calendar.Calendar.with_file": "reads a path (load_schedules)",
    "orgwork.records.read_records": "reads a path: paths are fuzzed by the hostile-file corpus",
    "orgwork.records.read_records_report": "reads a path: paths are fuzzed by the hostile-file "
    "corpus",
}

#: Undocumented failures found here in code outside the domains (decision.py, _display.py,
#: report), reported to its owners in issue 14: expected to fail until they are fixed; remove
#: the entry then (a fixed entry passes, and is shown as XPASS).
KNOWN: dict[str, str] = {}

#: Seconds one call may take before it counts as a hang.
CALL_LIMIT = 10


def _targets() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    for name in MODULES:
        module = importlib.import_module(f"orgwork.{name}")
        for attr in module.__all__:
            obj = getattr(module, attr)
            if inspect.isfunction(obj) or inspect.ismethod(obj):
                found.setdefault(f"orgwork.{name}.{attr}", obj)
    calendar = official_calendar()  # the calendar's own methods are public API too
    for attr, member in vars(type(calendar)).items():
        if inspect.isfunction(member) and not attr.startswith("_"):
            found.setdefault(f"orgwork.calendar.Calendar.{attr}", getattr(calendar, attr))
    for r in catalogue():
        fn = function_of(r.id)
        if all(f is not fn for f in found.values()):
            found[f"{fn.__module__}.{fn.__qualname__}"] = fn
    return {k: v for k, v in sorted(found.items()) if k not in SKIP}


TARGETS = _targets()

# -- values ---------------------------------------------------------------------------


class _Odd:
    """An object of no expected type."""

    def __repr__(self) -> str:
        return "<odd object>"


def _hostile() -> list[object]:
    from orgwork.assessment import MonthlySheet

    sheet = MonthlySheet(unit="V1", town="T", year=2025, month=1, points={"goals": Decimal(1)})
    return [
        None,
        {},
        [],
        (),
        "",
        "\x00",
        "\u200b\ufeff\u2060",
        b"\xff\xfe",
        0,
        -1,
        2**63,
        -(2**63),
        10**30,
        True,
        math.nan,
        math.inf,
        -math.inf,
        1.5,
        Decimal("NaN"),
        Decimal("Infinity"),
        Decimal("-1E+999999"),
        Fraction(1, 3),
        dt.date.min,
        dt.date.max,
        dt.datetime(2025, 6, 30, 12, 0),
        dt.datetime.max,
        _Odd(),
        Policy(),
        official_calendar(),
        sheet,
        [None],
        [{}],
        ["\x00"],
        [sheet],
        {"x": 1},
    ]


HOSTILE = _hostile()

_EXTREME_DATES = [dt.date.min, dt.date.max, dt.date(9999, 6, 1), dt.date(1, 1, 1)]
_EXTREME_INTS = [0, -1, 2**63, -(2**63), 2**31, 10**9]


def _namespace() -> dict[str, Any]:
    ns: dict[str, Any] = {"dt": dt, "_dt": dt, "Decimal": Decimal, "Fraction": Fraction}
    for name, module in list(sys.modules.items()):
        if name.startswith("orgwork") and name != "orgwork.strategies":
            for k, v in vars(module).items():
                if not k.startswith("__"):
                    ns.setdefault(k, v)
    return ns


def _hints(fn: Callable[..., Any]) -> dict[str, Any]:
    ns = {**_namespace(), **getattr(fn, "__globals__", {})}
    try:
        return typing.get_type_hints(fn, globalns=ns)
    except Exception:  # an unresolvable hint: that argument gets hostile values only
        out = {}
        for name, p in inspect.signature(fn).parameters.items():
            try:
                out[name] = (
                    eval(p.annotation, ns) if isinstance(p.annotation, str) else p.annotation
                )
            except Exception:
                continue
        return out


_FIXED_ARGS: dict[str, dict[str, Any]] = {
    "point_adjustments": {"units": ("V01",)},
    "evaluation_rounds": {"year": 2025},
    "open_days": {"year": 2025},
    "unit_visits": {"year": 2025},
}


def _model_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """The model type each strategy in orgwork.strategies draws, and the strategy."""
    out: dict[type, st.SearchStrategy[Any]] = {}
    ns = _namespace()
    for name in ows.__all__:
        f = getattr(ows, name)
        try:
            ret = typing.get_type_hints(f, globalns={**ns, **f.__globals__})["return"]
        except Exception:
            continue
        (inner,) = typing.get_args(ret) or (None,)
        if typing.get_origin(inner) in (list, tuple):
            inner = typing.get_args(inner)[0]
        if not isinstance(inner, type) or not issubclass(inner, BaseModel):
            continue
        sig = inspect.signature(f)
        kwargs = dict(_FIXED_ARGS.get(name, {}))
        if "scheme" in sig.parameters and sig.parameters["scheme"].default is inspect._empty:
            from orgwork.assessment import THOUSAND_POINT

            kwargs["scheme"] = THOUSAND_POINT
        try:
            strategy = f(**kwargs)
        except TypeError:  # it needs arguments we cannot guess
            continue
        if typing.get_origin(typing.get_args(ret)[0]) in (list, tuple):
            strategy = strategy.flatmap(lambda xs: st.sampled_from(xs) if xs else st.nothing())
        out[inner] = st.one_of(out[inner], strategy) if inner in out else strategy
    from orgwork.assessment import AnnualTotal, annual_totals

    out[AnnualTotal] = (
        ows.score_years()
        .map(lambda sheets: [d.value for d in annual_totals(sheets)])
        .flatmap(lambda xs: st.sampled_from(xs) if xs else st.nothing())
    )
    return out


MODEL_STRATEGIES = _model_strategies()


def _plausible(tp: Any) -> st.SearchStrategy[Any]:
    """Values of type ``tp``, extremes included; hostile values where the type is not known."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is type(None) or tp is None:
        return st.none()
    if origin in (typing.Union, types.UnionType):
        return st.one_of([_plausible(a) for a in args])
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin is typing.Annotated:
        return _plausible(args[0])
    if tp is typing.Any or tp is object:
        return st.sampled_from(HOSTILE)
    if origin in (list, tuple, set, frozenset) or (
        origin is not None and getattr(origin, "__module__", "") == "collections.abc"
    ):
        if origin is dict or "Mapping" in getattr(origin, "__name__", ""):
            return st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3)
        if origin is tuple and args and not (len(args) == 2 and args[1] is Ellipsis):
            return st.tuples(*[_plausible(a) for a in args])
        elem = _plausible(args[0]) if args else st.sampled_from(HOSTILE)
        return st.lists(elem, max_size=4).map(tuple if origin is tuple else list)
    if origin is dict:
        return st.dictionaries(_plausible(args[0]), _plausible(args[1]), max_size=3)
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.one_of(st.integers(-3, 40), st.sampled_from(_EXTREME_INTS), st.integers())
    if tp is dt.date:
        return st.one_of(
            st.dates(dt.date(2004, 1, 1), dt.date(2026, 12, 31)),
            st.sampled_from(_EXTREME_DATES),
            st.dates(),
        )
    if tp is dt.datetime:
        return st.datetimes()
    if tp is str:
        return st.one_of(st.sampled_from(["V01", "王副部长", "goals", ""]), st.text(max_size=8))
    if tp is Decimal:
        return st.decimals(allow_nan=True, allow_infinity=True)
    if tp is Fraction:
        return st.fractions()
    if tp is Policy:
        return st.one_of(st.none(), ows.policies())
    if isinstance(tp, type) and tp.__name__ == "Calendar":
        return st.sampled_from([None, official_calendar()])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if isinstance(tp, type) and tp in MODEL_STRATEGIES:
        return MODEL_STRATEGIES[tp]
    return st.sampled_from(HOSTILE)  # a model with no strategy: it gets a hostile value


@st.composite
def _arguments(
    draw: st.DrawFn, fn: Callable[..., Any], *, hostile_one: bool = True
) -> dict[str, Any]:
    sig = inspect.signature(fn)
    hints = _hints(fn)
    params = [p for p in sig.parameters.values() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    names = [None, *(p.name for p in params)] if hostile_one else [None]
    hostile = draw(st.sampled_from(names)) if params else None
    kwargs: dict[str, Any] = {}
    for p in params:
        if p.name == hostile:
            kwargs[p.name] = draw(st.sampled_from(HOSTILE))
        elif p.default is not p.empty and draw(st.booleans()):
            continue  # its default
        elif p.name in hints:
            try:
                kwargs[p.name] = draw(_plausible(hints[p.name]))
            except ValidationError:  # a strategy that drew an invalid model: not this test's
                kwargs[p.name] = draw(st.sampled_from(HOSTILE))
        else:
            kwargs[p.name] = draw(st.sampled_from(HOSTILE))
    return kwargs


# -- the verdict ----------------------------------------------------------------------


class _Hang(BaseException):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _Hang


def _call(fn: Callable[..., Any], kwargs: dict[str, Any]) -> BaseException | None:
    sig = inspect.signature(fn)
    only = inspect.Parameter.POSITIONAL_ONLY
    positional = [kwargs[n] for n, p in sig.parameters.items() if p.kind is only and n in kwargs]
    named = {k: v for k, v in kwargs.items() if sig.parameters[k].kind is not only}
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, CALL_LIMIT)
    try:
        fn(*positional, **named)
    except (Exception, _Hang) as exc:
        return exc
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    return None


def _raised_on_purpose(exc: BaseException) -> bool:
    """The innermost frame is a ``raise`` statement in orgwork's own source."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return False
    last = frames[-1]
    return Path(last.filename).resolve().is_relative_to(SRC) and (
        last.line or ""
    ).lstrip().startswith("raise")


#: Functions that read a path given as a string (Parquet files): a missing file is their
#: documented FileNotFoundError, naming the argument.
PATH_READERS = {
    "case_states",
    "case_rates",
    "overdue_cases",
    "duty_table",
    "missed_table",
    "duty_rates",
    "evaluate_table",
    "score_columns",
}


def undocumented(fn: Callable[..., Any], exc: BaseException | None) -> str | None:
    """Why ``exc`` (raised by ``fn``) is not a documented error; None when it is."""
    if exc is None or isinstance(exc, (ValidationError, OrgworkError)):
        return None
    if (
        type(exc) is FileNotFoundError
        and fn.__module__.endswith(".tables")
        and fn.__name__ in PATH_READERS
        and _raised_on_purpose(exc)
        and any(n in str(exc) for n in inspect.signature(fn).parameters)
    ):
        return None
    if isinstance(exc, _Hang):
        return f"no answer within {CALL_LIMIT} s"
    if type(exc) in (TypeError, ValueError):
        names = list(inspect.signature(fn).parameters)
        if not _raised_on_purpose(exc):
            return "raised by Python or a library, not on purpose by orgwork"
        if not any(n in str(exc) for n in names):
            return f"message names none of the parameters {names}"
        return None
    return f"{type(exc).__name__} is not a documented error"


def where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    last = frames[-1] if frames else None
    if last is None:
        return "?"
    path = Path(last.filename)
    try:
        path = path.resolve().relative_to(SRC.parent)
    except ValueError:
        path = Path(path.name)
    return f"{path}:{last.lineno}"


def _short(kwargs: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v!r:.80}" for k, v in kwargs.items())


#: Examples per function: the profile's, at most 30 (about 100 functions; CI stays near a
#: minute). A function that builds a whole report per call gets fewer.
EXAMPLES = min(settings.default.max_examples if settings.default else 30, 30)
FEWER: dict[str, int] = {"orgwork.report.check": 5}


def _fuzz_settings(name: str) -> settings:
    return settings(
        max_examples=FEWER.get(name, EXAMPLES),
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        # a known failure is not shrunk: it only has to be seen (and shrinking is slow)
        phases=[Phase.explicit, Phase.generate] if name in KNOWN else list(Phase),
    )


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN[n], strict=False)) if n in KNOWN else n
        for n in TARGETS
    ],
)
def test_only_documented_errors(name: str) -> None:
    fn = TARGETS[name]

    @_fuzz_settings(name)
    @given(_arguments(fn))
    def run(kwargs: dict[str, Any]) -> None:
        exc = _call(fn, kwargs)
        why = undocumented(fn, exc)
        assert why is None, (
            f"{name}({_short(kwargs)}) raised {type(exc).__name__}: {exc} at {where(exc)}"  # type: ignore[arg-type]
            f" — {why}"
        )

    run()


def test_the_targets_cover_every_rule_and_domain() -> None:
    assert len(TARGETS) > 80
    fns = set(TARGETS.values())
    assert all(function_of(r.id) in fns for r in catalogue())
    # points holds models only; records' functions read and write paths (SKIP)
    assert {n.split(".")[1] for n in TARGETS} >= {m.split(".")[0] for m in MODULES} - {
        "points",
        "records",
    }
    assert any(n.startswith("orgwork.supervision.tables.") for n in TARGETS)
    assert any(n.startswith("orgwork.care.tables.") for n in TARGETS)


def test_the_verdict() -> None:
    def f(n: int) -> None:
        if n < 0:
            raise ValueError(f"n must be ≥ 0, not {n}")

    assert undocumented(f, ValueError("x")) is not None  # not raised by orgwork
    assert undocumented(f, KeyError("n")) is not None
    assert undocumented(f, ValidationError.from_exception_data("x", [])) is None


def _survey_one(
    name: str, fn: Callable[..., Any], examples: int, seen: set[tuple[str, str, str]]
) -> None:
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(_arguments(fn))
    def run(kwargs: dict[str, Any]) -> None:
        exc = _call(fn, kwargs)
        why = undocumented(fn, exc)
        if why is not None and exc is not None:
            key = (name, type(exc).__name__, where(exc))
            if key not in seen:
                seen.add(key)
                print(
                    f"{name}: {type(exc).__name__}: {str(exc)[:120]} at {where(exc)} "
                    f"[{why}] <- {_short(kwargs)[:200]}",
                    flush=True,
                )

    run()


def survey(examples: int) -> Iterator[str]:
    """One line per distinct undocumented failure: function, error, where."""
    seen: set[tuple[str, str, str]] = set()
    for name, fn in TARGETS.items():
        _survey_one(name, fn, examples, seen)
    yield f"{len(seen)} distinct undocumented failures in {len(TARGETS)} functions"


if __name__ == "__main__":
    for line in survey(int(sys.argv[1]) if len(sys.argv) > 1 else 200):
        print(line)


# -- what the fuzz found, one regression test each (issue 14 points 1, 2, 8) ------------

D = dt.date(2025, 3, 3)


def _ledger() -> Any:
    from orgwork.supervision import RectificationLedger

    return RectificationLedger().open("Q1", on=dt.date(2025, 6, 20), category="作风", round="R1")


def _totals() -> Any:
    from orgwork.assessment import MonthlySheet, annual_totals

    sheets = [
        MonthlySheet(unit="V1", town="T", year=2025, month=m, points={"goals": Decimal(80)})
        for m in range(1, 13)
    ]
    return annual_totals(sheets)


def _columns(**kw: Any) -> Any:
    from orgwork.assessment import ScoreColumns

    return ScoreColumns(
        year=2025,
        units=["V1"] * 12,
        towns=["T"] * 12,
        months=list(range(1, 13)),
        points=[[8000]] * 12,
        **kw,
    )


def _call_with(module: str, name: str, *args: Any, **kwargs: Any) -> Callable[[], Any]:
    return lambda: getattr(importlib.import_module(f"orgwork.{module}"), name)(*args, **kwargs)


#: The parameters the seeds leave open, set (so that the rules reach the code under test).
_SET = Policy.default().override({"supervision.meeting_working_days": 5})


#: (call, the error, what its message must name). Each raised something undocumented before.
REGRESSIONS: dict[str, tuple[Callable[[], Any], type[BaseException], str]] = {
    # calendar= is a Calendar or None; {} was taken for the default, other values crashed
    "add_working_days calendar={}": (
        _call_with("calendar", "add_working_days", D, 1, calendar={}),
        TypeError,
        "calendar",
    ),
    "is_working_day calendar=1.5": (
        _call_with("calendar", "is_working_day", D, calendar=1.5),
        TypeError,
        "calendar",
    ),
    "reply_deadline calendar={}": (
        _call_with("supervision", "reply_deadline", D, calendar={}),
        TypeError,
        "calendar",
    ),
    "meeting_deadline calendar=[]": (
        _call_with("supervision", "meeting_deadline", D, calendar=[], policy=_SET),
        TypeError,
        "calendar",
    ),
    "reception_days calendar=0": (
        _call_with("supervision", "reception_days", 2025, calendar=0),
        TypeError,
        "calendar",
    ),
    "follow_up_deadline calendar=''": (
        _call_with("open_day", "follow_up_deadline", D, calendar=""),
        TypeError,
        "calendar",
    ),
    # date arithmetic past date.max
    "add_days(9999-12-31, 1)": (
        _call_with("calendar", "add_days", dt.date(9999, 12, 31), 1),
        CalendarCoverageError,
        "9999-12-31",
    ),
    "add_days(2025-01-01, 3_000_000)": (
        _call_with("calendar", "add_days", dt.date(2025, 1, 1), 3_000_000),
        CalendarCoverageError,
        "9999-12-31",
    ),
    "anniversary(9999-06-01, 1)": (
        _call_with("cadres", "anniversary", dt.date(9999, 6, 1), 1),
        ValueError,
        "start",
    ),
    # the calendar's own methods and its file reader
    "Calendar.covers(None)": (lambda: official_calendar().covers(None), TypeError, "day"),  # type: ignore[arg-type]
    "Calendar.is_provisional(end=[])": (
        lambda: official_calendar().is_provisional(D, []),  # type: ignore[arg-type]
        TypeError,
        "end",
    ),
    "Calendar.schedule(None)": (lambda: official_calendar().schedule(None), TypeError, "year"),  # type: ignore[arg-type]
    "Calendar.working_days_in(2025, 13)": (
        lambda: official_calendar().working_days_in(2025, 13),
        ValueError,
        "month",
    ),
    "load_schedules(None)": (_call_with("calendar", "load_schedules", None), TypeError, "path"),
    "load_schedules('.') (a directory)": (
        _call_with("calendar", "load_schedules", "."),
        CalendarDataError,
        "path",
    ),
    "load_schedules NUL byte": (
        _call_with("calendar", "load_schedules", "a\x00.toml"),
        CalendarDataError,
        "path",
    ),
    # the argument named, not a deep error
    "next_working_day('x')": (_call_with("calendar", "next_working_day", "x"), TypeError, "day"),
    "add_working_days_batch(0, 1)": (
        _call_with("calendar", "add_working_days_batch", 0, 1),
        TypeError,
        "starts",
    ),
    "provisional_schedule(0)": (
        _call_with("calendar", "provisional_schedule", 0),
        ValueError,
        "year",
    ),
    "annual_totals(None)": (_call_with("assessment", "annual_totals", None), TypeError, "sheets"),
    "annual_totals(adjustments=1)": (
        _call_with("assessment", "annual_totals", [], adjustments=1),
        TypeError,
        "adjustments",
    ),
    "case_summary(None)": (
        _call_with("supervision", "case_summary", None, on=D),
        TypeError,
        "cases",
    ),
    "care_duties(members=None)": (
        _call_with("care", "care_duties", None, D, D),
        TypeError,
        "members",
    ),
    "talks_due(talks=None)": (
        _call_with("cadres", "talks_due", [], on=D, talks=None),
        TypeError,
        "talks",
    ),
    "care_deductions(None)": (_call_with("care", "care_deductions", None), TypeError, "missed"),
    "four_openness_gaps(None)": (
        _call_with("selection", "four_openness_gaps", None, on=D),
        TypeError,
        "published",
    ),
    "four_openness_gaps(department_info=None)": (
        _call_with("selection", "four_openness_gaps", [], department_info=None, on=D),
        TypeError,
        "department_info",
    ),
    "publication_gaps(confidential=None)": (
        _call_with("selection", "publication_gaps", [], on=D, confidential=None),
        TypeError,
        "confidential",
    ),
    "excellent_grade(civil_servants=None)": (
        lambda: _call_with("assessment", "excellent_grade", _totals(), civil_servants=None)(),
        TypeError,
        "civil_servants",
    ),
    "ranking_table(None)": (_call_with("assessment", "ranking_table", None), TypeError, "rankings"),
    "ranking_table(extra=-1)": (
        _call_with("assessment", "ranking_table", [], extra=-1),
        TypeError,
        "extra",
    ),
    "ranking_table(columns=None)": (
        _call_with("assessment", "ranking_table", [], columns=None),
        TypeError,
        "columns",
    ),
    "lead_days(unit=None)": (
        _call_with("open_day", "lead_days", 1, None, half_month_days=15),
        ValueError,
        "unit",
    ),
    "overdue_items({})": (
        _call_with("supervision", "overdue_items", {}, on=D),
        TypeError,
        "ledger",
    ),
    "ledger_summary(b'')": (
        _call_with("supervision", "ledger_summary", b"", on=D),
        TypeError,
        "ledger",
    ),
    "closing_check(None)": (
        _call_with("supervision", "closing_check", None, "Q1", on=D),
        TypeError,
        "ledger",
    ),
    "closing_check(item=Policy())": (
        lambda: _call_with("supervision", "closing_check", _ledger(), Policy(), on=D)(),
        TypeError,
        "item",
    ),
    "evaluate_columns(None)": (
        _call_with("assessment", "evaluate_columns", None),
        TypeError,
        "columns",
    ),
    # a silent wrong answer: np.abs(-2**63) overflows, so two such adjustments passed the
    # size check and cancelled out
    "evaluate_columns two adjustments of -2**63": (
        lambda: _call_with(
            "assessment",
            "evaluate_columns",
            _columns(
                adj_units=["V1", "V1"],
                adj_months=[1, 1],
                adj_items=[-1, -1],
                adj_points=[-(2**63), -(2**63)],
            ),
        )(),
        RecordError,
        "adj_points",
    ),
}


@pytest.mark.parametrize("case", list(REGRESSIONS))
def test_a_documented_error_naming_the_argument(case: str) -> None:
    call, error, named = REGRESSIONS[case]
    with pytest.raises(error) as info:
        call()
    assert named in str(info.value)
    if not isinstance(info.value, (ValidationError, OrgworkError)):
        assert _raised_on_purpose(info.value), where(info.value)


def test_one_adjustment_of_minus_2_to_the_63_is_too_large() -> None:
    from orgwork.assessment import evaluate_columns

    cols = _columns(adj_units=["V1"], adj_months=[1], adj_items=[-1], adj_points=[-(2**63)])
    with pytest.raises(RecordError, match="adj_points: adjustment too large: 1 row"):
        evaluate_columns(cols)
    # a large but representable adjustment still passes (and is clamped by the rules)
    ok = _columns(adj_units=["V1"], adj_months=[1], adj_items=[-1], adj_points=[-(2**40)])
    assert evaluate_columns(ok).records()[0][2] >= 0


def test_past_the_representable_dates_the_coverage_error_says_so() -> None:
    from orgwork.calendar import add_days, add_working_days

    with pytest.raises(CalendarCoverageError, match="outside the dates Python can represent"):
        add_days(dt.date(9999, 12, 31), 1)
    with pytest.raises(CalendarCoverageError) as info:
        add_working_days(dt.date.max, 10**30)
    assert info.value.year == 9999
    # inside the coverage nothing changes
    assert add_days(dt.date(2025, 9, 1), 30) == dt.date(2025, 10, 9)


#: Falsy wrong objects that ``policy or Policy.default()`` would silently take for the default.
_FALSY = ({}, [], 0, "", False)


def _with_parameter(name: str) -> list[str]:
    return [n for n, fn in TARGETS.items() if name in inspect.signature(fn).parameters]


@pytest.mark.parametrize("argument", ["policy", "calendar"])
def test_the_argument_checks_reach_every_function(argument: str) -> None:
    assert len(_with_parameter(argument)) >= (20 if argument == "policy" else 8)


@pytest.mark.parametrize(
    ("name", "argument"),
    [(n, a) for a in ("policy", "calendar") for n in _with_parameter(a)],
)
def test_a_falsy_wrong_policy_or_calendar_is_never_taken_for_the_default(
    name: str, argument: str
) -> None:
    """Issue 14: any falsy object, such as ``{}``, was silently the default policy."""
    fn = TARGETS[name]

    @settings(
        max_examples=8,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
    )
    @given(_arguments(fn, hostile_one=False), st.sampled_from(_FALSY))
    def run(kwargs: dict[str, Any], wrong: object) -> None:
        kwargs[argument] = wrong
        exc = _call(fn, kwargs)
        assert exc is not None, f"{name}({argument}={wrong!r}) was accepted"
        if isinstance(exc, TypeError) and argument not in str(exc):
            # refused for another argument first (one no strategy draws): not this check's
            assert re.match(r"\w+(\[\d+\])?:? (must|expected)", str(exc)), exc

    run()

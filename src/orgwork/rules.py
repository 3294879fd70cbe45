"""The rule catalogue: every rule orgwork implements, registered where it is implemented.

A rule is registered once, by decorating the function that implements it
with [`rule`][orgwork.rules.rule]. The registration records a stable dotted id, a Chinese and
an English title, the source (a seed file and the phrase the rule comes
from, or a named national document), and the policy parameters the rule
reads. [`catalogue`][orgwork.rules.catalogue] returns every registered rule; the docs and
``orgwork rules`` print it from here, never by hand.

>>> r = get("calendar.working_days")
>>> r.function
'orgwork.calendar.add_working_days'
>>> r.source.kind
'external'
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from typing import Annotated, Any, Literal, ParamSpec, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from orgwork.errors import UnknownRuleError

__all__ = [
    "DOMAINS",
    "LOCAL_RULE_PREFIX",
    "SEEDS",
    "Rule",
    "RuleId",
    "Source",
    "catalogue",
    "catalogue_json",
    "checked_rule_id",
    "declared_parameters",
    "describe",
    "function_of",
    "get",
    "id_of",
    "marked_tests",
    "rule",
]

P = ParamSpec("P")
R = TypeVar("R")

#: The five seed work reports, by file name (see ``shared/seeds/README.md``).
SEEDS: dict[str, str] = {
    "000_d6bf9a3c8f5be95e.txt": "五篇经验交流材料(品牌组工、组工干部能力、组工文化、组工信息、组工干部监督)",
    "001_abf17c1f2718a70a.txt": "区委组织部建立健全维护群众利益决策机制工作情况的汇报",
    "002_c27f48baf07b5fdd.txt": "深化改革从严治部 切实加强组织部门自身建设",
    "003_5278913ac78e06dd.txt": "“三个之家”建设(丹阳市委组织部)",
    "004_10bb32bd277cce0c.txt": "合肥组织部门“开放日”活动侧记",
}

#: The modules that register rules; [`catalogue`][orgwork.rules.catalogue] imports them all.
DOMAINS: tuple[str, ...] = (
    "orgwork.calendar",
    "orgwork.assessment",
    "orgwork.care",
    "orgwork.supervision",
    "orgwork.open_day",
    "orgwork.selection",
    "orgwork.cadres",
    "orgwork.organizations",
    "orgwork.membership",
)


class Source(BaseModel):
    """Where a rule comes from.

    ``document`` is a seed file name (a key of `SEEDS`) or, for rules
    taken from national law or regulation, the document's official title.
    ``quote`` is a phrase of the source that states the rule; for seeds it
    appears verbatim in ``shared/seeds/readable/`` (a test checks this).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    document: str
    section: str
    quote: str

    @property
    def kind(self) -> Literal["seed", "external"]:
        """``"seed"`` for one of the five seed reports, ``"external"`` otherwise."""
        return "seed" if self.document in SEEDS else "external"


class Rule(BaseModel):
    """One catalogue entry."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z_]+(\.[a-z0-9_]+)+$")
    title_zh: str
    title_en: str
    source: Source
    parameters: tuple[str, ...] = ()
    function: str = Field(description="Import path of the implementing function.")

    def load(self) -> Callable[..., Any]:
        """Import and return the implementing function."""
        module, _, name = self.function.rpartition(".")
        obj: Any = importlib.import_module(module)
        for part in name.split("."):
            obj = getattr(obj, part)
        return obj  # type: ignore[no-any-return]


_REGISTRY: dict[str, Rule] = {}
_FUNCTIONS: dict[str, Callable[..., Any]] = {}


def rule(
    id: str,
    *,
    zh: str,
    en: str,
    document: str,
    section: str,
    quote: str,
    parameters: tuple[str, ...] = (),
    public_name: str | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register the decorated function as the implementation of rule ``id``.

    This is the one place a rule's id is written. Code that needs the id
    elsewhere asks the function for it ([`id_of`][orgwork.rules.id_of]). The function's public
    import path is derived: its module path up to the first private module,
    then its name (``orgwork.care._memorial.memorial_host`` is
    ``orgwork.care.memorial_host``, which the package re-exports; a test
    checks that every such path imports the function). ``public_name`` is
    accepted for rules defined outside orgwork's layout.
    """

    def register(func: Callable[P, R]) -> Callable[P, R]:
        entry = Rule(
            id=id,
            title_zh=zh,
            title_en=en,
            source=Source(document=document, section=section, quote=quote),
            parameters=parameters,
            function=public_name or _public_name(func),
        )
        known = _REGISTRY.get(id)
        if known is not None and known.function != entry.function:
            raise ValueError(
                f"rule id {id!r} is registered twice: {known.function}, {entry.function}"
            )
        _REGISTRY[id] = entry
        _FUNCTIONS[id] = func
        func.__orgwork_rule__ = id  # type: ignore[attr-defined]
        return func

    return register


def _public_name(func: Callable[..., Any]) -> str:
    first, *rest = func.__module__.split(".")
    public = [first]
    for part in rest:
        if part.startswith("_"):
            break
        public.append(part)
    return ".".join([*public, func.__qualname__])


def id_of(rule: object) -> str:
    """The catalogue id of a rule, given its implementing function (or the id itself).

    Examples:
        >>> from orgwork.calendar import add_working_days
        >>> id_of(add_working_days)
        'calendar.working_days'
        >>> id_of("calendar.working_days")
        'calendar.working_days'
    """
    if isinstance(rule, str):
        return rule
    found = getattr(rule, "__orgwork_rule__", None)
    if not isinstance(found, str):
        raise UnknownRuleError(f"{rule!r} is not a catalogue rule's function")
    return found


def function_of(rule_id: str) -> Callable[..., Any]:
    """The function that implements rule ``rule_id`` (as registered, wherever it lives).

    >>> function_of("care.memorial_host").__name__
    'memorial_host'
    """
    get(rule_id)
    return _FUNCTIONS[rule_id]


def declared_parameters(rule_id: str) -> tuple[str, ...]:
    """The policy parameters rule ``rule_id`` declares it reads.

    >>> declared_parameters("care.memorial_host")
    ('care.memorial_vacancy',)
    """
    entry = _REGISTRY.get(rule_id)
    if entry is None:
        entry = get(rule_id)
    return entry.parameters


def _load_domains() -> None:
    for name in DOMAINS:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real import error inside the module
                raise


#: The marker of a rule a locality adds without registering it: ``local.<name>``
#: (``local.extra_duty``, ``local.town.flood_watch``), lower-case letters, digits
#: and ``_`` in each part. A decision or an adjustment may cite such an id; every
#: other id it cites must be in the catalogue.
LOCAL_RULE_PREFIX = "local."
_LOCAL_RULE = re.compile(r"local(?:\.[a-z0-9_]+)+")


def checked_rule_id(value: str) -> str:
    """``value`` if it names a catalogue rule or is a local marker (``local.<name>``).

    Raises:
        ValueError: any other text, the empty string included.

    >>> checked_rule_id("care.memorial_host")
    'care.memorial_host'
    >>> checked_rule_id("local.flood_watch")
    'local.flood_watch'
    >>> checked_rule_id("memorial")
    Traceback (most recent call last):
    ...
    ValueError: 'memorial' is not a catalogue rule id (see `orgwork rules`) nor a local rule marked 'local.<name>'
    """
    if value in _REGISTRY or _LOCAL_RULE.fullmatch(value):
        return value
    _load_domains()
    if value in _REGISTRY:
        return value
    raise ValueError(
        f"{value!r} is not a catalogue rule id (see `orgwork rules`) "
        f"nor a local rule marked '{LOCAL_RULE_PREFIX}<name>'"
    )


#: A rule id a decision, reason or adjustment may cite ([`checked_rule_id`][orgwork.rules.checked_rule_id]).
RuleId = Annotated[str, AfterValidator(checked_rule_id)]


def catalogue() -> tuple[Rule, ...]:
    """Every registered rule, sorted by id."""
    _load_domains()
    return tuple(_REGISTRY[k] for k in sorted(_REGISTRY))


def get(rule_id: str) -> Rule:
    """The catalogue entry with id ``rule_id``; [`UnknownRuleError`][orgwork.errors.UnknownRuleError] if none."""
    _load_domains()
    try:
        return _REGISTRY[rule_id]
    except KeyError:
        raise UnknownRuleError(f"no rule {rule_id!r} in the catalogue") from None


def title(rule_id: str, lang: str = "zh") -> str:
    """A rule's title in ``lang``; the id itself for an id the catalogue does not know.

    Examples:
        >>> title("calendar.working_days", "en")[:20]
        'Periods counted in w'
        >>> title("local.my_rule")
        'local.my_rule'
    """
    try:
        r = get(rule_id)
    except UnknownRuleError:
        return rule_id
    return r.title_zh if lang == "zh" else r.title_en


def catalogue_json(*, indent: int | None = 2) -> str:
    """The catalogue as a JSON array (what ``orgwork rules --json`` prints)."""
    return json.dumps(
        [r.model_dump(mode="json") for r in catalogue()], ensure_ascii=False, indent=indent
    )


def catalogue_markdown(seeds: Any = None, *, test_pages: bool = False) -> str:
    """The catalogue as Markdown, for the generated docs page: per rule what [`describe`][orgwork.rules.describe] shows.

    ``seeds`` is the folder of the seeds' readable texts (``shared/seeds/readable``):
    given it, a rule quoting a seed links to the paragraph (the line) of
    ``seeds/<file>.md#p<line>`` that holds its quote. ``test_pages=True`` links
    each marked test to ``tests/<folder>/<file>.md#<test>``. The docs build
    (``docs/hooks.py``) generates both kinds of page; without them the
    catalogue names the source and the tests without links. A ``seeds`` that is
    not a path is a `TypeError`, a file a `ValueError`, each naming ``seeds``.

    Examples:
        >>> "### `care.memorial_host`" in catalogue_markdown()
        True
    """
    from pathlib import Path

    from orgwork.policy import Policy

    info = {p.path: p for p in Policy.default().parameters()}
    root = Path(__file__).resolve().parents[2]
    texts: dict[str, str] = {}
    if seeds is not None:
        from orgwork._files import checked_path

        folder = checked_path(seeds, "seeds", folder=True)
        for name in SEEDS:
            f = folder / name
            if f.is_file():
                texts[name] = f.read_text(encoding="utf-8")
    out: list[str] = []
    # the seeds first, report by report, then the national texts, document by document
    seeded = [r for r in catalogue() if r.source.document in SEEDS]
    national = [r for r in catalogue() if r.source.document not in SEEDS]
    order = {name: i for i, name in enumerate(SEEDS)}
    seeded.sort(key=lambda r: (order[r.source.document], r.id))
    national.sort(key=lambda r: (r.source.document, r.id))
    groups = (
        ("From the seed reports (种子报告)", seeded),
        ("From the national regulations (国家法规)", national),
    )
    for heading, rules in groups:
        out.append(f"## {heading}\n")
        out.append(f"{len(rules)} rule(s).\n")
        for r in rules:
            out.extend(_catalogue_entry(r, texts, info, root, test_pages))
    return "\n".join(out)


def _catalogue_entry(
    r: Rule, texts: dict[str, str], info: dict[str, Any], root: Any, test_pages: bool
) -> list[str]:
    """One rule's entry in the catalogue page."""
    from pathlib import Path

    out: list[str] = []
    out.append(f"### `{r.id}`\n")
    out.append(f"**{r.title_zh}** — {r.title_en}\n")
    where = r.source.document
    label = SEEDS.get(where)
    src = f"`{where}` ({label})" if label else where
    line = _seed_line(texts[where], r.source.quote) if where in texts else None
    if line is not None:
        page = f"seeds/{where.removesuffix('.txt')}.md#p{line}"
        src = f"[`{where}` ¶{line}]({page})" + (f" ({label})" if label else "")
    out.append(f"- Source: {src}, {r.source.section}: 「{r.source.quote}」")
    file, at = location(r.id)
    try:
        shown = Path(file).resolve().relative_to(root).as_posix()
    except ValueError:
        shown = Path(file).name
    out.append(f"- Implemented by: [`{r.function}`][{r.function}] (`{shown}`, line {at})")
    if r.parameters:
        out.append("- Parameters:\n")
        out.append("    | parameter | default | kind | source |")
        out.append("    |---|---|---|---|")
        for path in r.parameters:
            p = info[path]
            cells = (f"`{path}`", f"`{_default_text(p.default)}`", p.kind, p.source)
            out.append("    | " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        out.append("")
    tests = marked_tests(r.id)
    if tests:
        out.append(f"- Tests ({len(tests)}):\n")
        out.extend(
            f"    - [`{t}`]({_test_page(t)})" if test_pages else f"    - `{t}`" for t in tests
        )
    out.append("")
    return out


def _seed_line(text: str, quote: str) -> int | None:
    """The line (1-based) of ``text`` where ``quote`` begins, or None when it is not there.

    A seed's readable text has one paragraph a line, so this is the paragraph
    the docs' seed pages anchor as ``#p<line>``.

    >>> _seed_line("第一段\\n第二段,限时办结\\n", "限时办结")
    2
    """
    at = text.find(quote)
    return None if at < 0 or not quote else text.count("\n", 0, at) + 1


def _test_page(marked: str) -> str:
    """The docs page and anchor of a test listed by [`marked_tests`][orgwork.rules.marked_tests].

    ``docs/hooks.py`` shows each test file that holds marked tests as a page
    ``tests/<folder>/<file>.md``, with an anchor per test (``Class--test`` for a
    method).

    >>> _test_page("tests/care/test_memorial.py::TestHost::test_tier (line 12)")
    'tests/care/test_memorial.md#TestHost--test_tier'
    """
    where, _, name = marked.partition("::")
    return f"{where.removesuffix('.py')}.md#{name.split(' (line ', 1)[0].replace('::', '--')}"


def location(rule_id: str) -> tuple[str, int]:
    """Where rule ``rule_id`` is implemented: the source file and the line of its ``def``.

    >>> path, line = location("care.memorial_host")
    >>> path.endswith("care/_memorial.py"), line > 1
    (True, True)
    """
    import inspect

    func = inspect.unwrap(function_of(rule_id))
    code = func.__code__
    line = code.co_firstlineno  # the first decorator's line: step to the def itself
    try:
        with open(code.co_filename, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError:
        return code.co_filename, line
    for i in range(line - 1, len(lines)):
        if lines[i].lstrip().startswith(("def ", "async def ")):
            return code.co_filename, i + 1
    return code.co_filename, line


def _tests_dir() -> Any:
    """The ``tests`` folder of the checkout this package runs from, or None when installed."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    tests = root / "tests"
    return (
        tests if (tests / "conftest.py").is_file() and (root / "pyproject.toml").is_file() else None
    )


def _rule_marks(decorators: list[Any]) -> list[str]:
    import ast

    found: list[str] = []
    for d in decorators:
        # @pytest.mark.rule("id") or pytest.mark.rule("id") in a pytestmark list
        if (
            isinstance(d, ast.Call)
            and isinstance(d.func, ast.Attribute)
            and d.func.attr == "rule"
            and d.args
            and isinstance(d.args[0], ast.Constant)
            and isinstance(d.args[0].value, str)
        ):
            found.append(d.args[0].value)
    return found


_MARKED: dict[str, dict[str, list[str]]] = {}


def _scan_tests(tests: Any) -> dict[str, list[str]]:
    """rule id -> ``path::test`` for every test in ``tests`` marked ``@pytest.mark.rule(id)``."""
    import ast

    key = str(tests)
    if key in _MARKED:
        return _MARKED[key]
    index: dict[str, list[str]] = {}
    for path in sorted(tests.rglob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(tests.parent).as_posix()
        module_marks: list[str] = []
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets
            ):
                value = node.value
                items = value.elts if isinstance(value, (ast.List, ast.Tuple)) else [value]
                module_marks += _rule_marks(items)

        def add(marks: list[str], name: str, lineno: int, rel: str = rel) -> None:
            for m in dict.fromkeys(marks):
                index.setdefault(m, []).append(f"{rel}::{name} (line {lineno})")

        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith(
                "test"
            ):
                add(module_marks + _rule_marks(node.decorator_list), node.name, node.lineno)
            elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
                outer = module_marks + _rule_marks(node.decorator_list)
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and (
                        item.name.startswith("test")
                    ):
                        add(
                            outer + _rule_marks(item.decorator_list),
                            f"{node.name}::{item.name}",
                            item.lineno,
                        )
    _MARKED[key] = index
    return index


def marked_tests(rule_id: str, tests: Any = None) -> tuple[str, ...] | None:
    """The tests marked ``@pytest.mark.rule(rule_id)``, as ``path::name (line N)``.

    ``tests`` is a tests folder; by default the ``tests`` folder of the
    checkout orgwork runs from. None when there is no such folder (orgwork
    installed from a wheel, without its test suite).
    """
    from pathlib import Path

    get(rule_id)
    folder = _tests_dir() if tests is None else Path(tests)
    if folder is None:
        return None
    return tuple(_scan_tests(folder).get(rule_id, ()))


def describe(rule_id: str, lang: str = "en") -> str:
    """Everything about one rule, found from its id: what ``orgwork rules ID`` prints.

    The title, the source (document, section, quote), each parameter with its
    default, kind and source, the implementing function with its file and
    line, and the tests marked with the rule.

    Examples:
        >>> print(describe("care.memorial_host").splitlines()[0])
        care.memorial_host
    """
    from pathlib import Path

    from orgwork.policy import Policy

    r = get(rule_id)
    zh = lang == "zh"
    info = {p.path: p for p in Policy.default().parameters()}
    doc = r.source.document
    label = SEEDS.get(doc)
    out = [r.id, f"  {r.title_zh if zh else r.title_en}"]
    out.append(("来源" if zh else "source") + f": {doc}" + (f" ({label})" if label else ""))
    out.append(("章节" if zh else "section") + f": {r.source.section}")
    out.append(("原文" if zh else "quote") + f": 「{r.source.quote}」")
    out.append(("参数" if zh else "parameters") + (":" if r.parameters else ": —"))
    for path in r.parameters:
        p = info[path]
        if zh:
            from orgwork._zh import parameter_name, plain_zh

            kind = _KIND_ZH[p.kind]
            source = p.source if p.kind != "local" else "原文未给出数值,由本地规定"
            out.append(f"  - {parameter_name(path)}")
            shown = plain_zh(_default_text(p.default))
            out.append(f"      默认值 = {shown};{kind};依据:{source}")
        else:
            out.append(f"  - {path}: {p.en}")
            out.append(
                f"      default = {_default_text(p.default)}; kind: {p.kind}; source: {p.source}"
            )
    file, line = location(r.id)
    root = Path(__file__).resolve().parents[1]
    try:
        shown = Path(file).resolve().relative_to(root).as_posix()
    except ValueError:
        shown = file
    out.append(("实现" if zh else "implemented by") + f": {r.function} ({shown}:{line})")
    tests = marked_tests(r.id)
    heading = "测试" if zh else "tests"
    if tests is None:
        out.append(
            heading
            + (
                ": (未找到测试目录:从源码检出运行时列出)"
                if zh
                else ": (no tests folder: listed when run from a checkout)"
            )
        )
    else:
        out.append(heading + f" ({len(tests)}):")
        out.extend(f"  - {t}" for t in tests)
    return "\n".join(out)


_KIND_ZH = {"seed": "原文所定", "national": "国家规定", "local": "本地选择"}


def _default_text(value: object) -> str:
    from orgwork.decision import param_text

    return "无" if value is None else param_text(value)

"""The API reference renders: no raw Sphinx role, no private base, links that land.

mkdocstrings reads the docstrings as Google style with Markdown: a Sphinx role
(``:func:`x```) is shown as raw text. Docstrings cross-reference with autorefs
(``[`x`][orgwork.module.x]``, checked by ``mkdocs build --strict``) or plain code.

The full build takes ~20 s; it is skipped when mkdocs and mkdocstrings are not
installed (the ``docs`` extra), unless ``ORGWORK_DOCS_REQUIRED`` is set (CI).
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from orgwork.rules import SEEDS, catalogue, catalogue_markdown, marked_tests

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "orgwork"

#: A Sphinx role as reStructuredText writes it (``:func:`name```, ``:py:class:`Name```).
ROLE = re.compile(r":(?:py:)?(?:func|class|meth|mod|data|attr|exc|obj|const):`")
#: What a role looks like once rendered: the role's name left as text before the code.
RENDERED_ROLE = re.compile(r":(?:func|class|meth|mod|data|attr|exc|obj|const):")


def _docstrings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every module, class and function docstring and ``#:`` comment."""
    source = path.read_text(encoding="utf-8")
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            doc = ast.get_docstring(node, clean=False)
            if doc is not None:
                out.append((node.body[0].lineno, doc))
    for i, line in enumerate(source.splitlines(), 1):
        if line.lstrip().startswith("#:"):
            out.append((i, line))
    return out


def test_no_sphinx_role_in_src_docstrings() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {m.group(0)}"
        for path in sorted(SRC.rglob("*.py"))
        for line, text in _docstrings(path)
        for m in ROLE.finditer(text)
    ]
    assert not found, f"{len(found)} Sphinx roles in docstrings:\n" + "\n".join(found[:40])


def test_catalogue_links_each_rule_to_its_seed_paragraph_and_tests(seeds_dir: Path) -> None:
    text = catalogue_markdown(seeds_dir, test_pages=True)
    for r in catalogue():
        block = text.split(f"### `{r.id}`\n", 1)[1].split("\n### ", 1)[0]
        if r.source.document in SEEDS:
            stem = r.source.document.removesuffix(".txt")
            m = re.search(rf"\]\(seeds/{re.escape(stem)}\.md#p(\d+)\)", block)
            assert m, f"{r.id}: no link to its seed paragraph"
            full = (seeds_dir / r.source.document).read_text(encoding="utf-8")
            lines = full.split("\n")
            n = int(m.group(1))
            start = sum(len(line) + 1 for line in lines[: n - 1])
            at = full.find(r.source.quote)
            assert start <= at <= start + len(lines[n - 1]), f"{r.id}: ¶{n} does not hold the quote"
        for t in marked_tests(r.id) or ():
            path, _, name = t.partition("::")
            anchor = name.split(" (line ", 1)[0].replace("::", "--")
            assert f"[`{t}`]({path.removesuffix('.py')}.md#{anchor})" in block, t


def test_catalogue_without_seeds_or_test_pages_has_no_such_links() -> None:
    text = catalogue_markdown()
    assert "](seeds/" not in text
    assert "](tests/" not in text


def test_catalogue_refuses_seeds_that_are_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="seeds"):
        catalogue_markdown(3)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="seeds"):
        catalogue_markdown(tmp_path / "a.txt")


def _hooks() -> ModuleType:
    pytest.importorskip("griffe", reason="docs/hooks.py needs the docs extra (griffe)")
    spec = importlib.util.spec_from_file_location("orgwork_docs_hooks", ROOT / "docs" / "hooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_build_says_so_when_the_seeds_are_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ORGWORK_SEEDS", str(tmp_path / "absent"))
    hooks = _hooks()
    page = hooks.on_page_markdown("<!-- catalogue -->", None)
    assert "were not found" in page
    assert "](seeds/" not in page
    assert hooks._seed_pages() == []


# -- the built site ---------------------------------------------------------------------------


def _need_mkdocs() -> None:
    missing = [
        name
        for name in ("mkdocs", "mkdocstrings_handlers.python")
        if importlib.util.find_spec(name.split(".")[0]) is None
        or importlib.util.find_spec(name) is None
    ]
    if missing:
        if os.environ.get("ORGWORK_DOCS_REQUIRED"):
            pytest.fail(f"{', '.join(missing)} not installed (pip install -e '.[docs]')")
        pytest.skip(f"{', '.join(missing)} not installed (the docs extra)")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _need_mkdocs()
    out = tmp_path_factory.mktemp("site")
    config = str(ROOT / "mkdocs.yml")
    r = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", config, "-d", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    return out


#: Code the docs quote on purpose: code blocks, inline code, signatures.
_QUOTED = re.compile(r"<pre\b.*?</pre>|<code\b.*?</code>", re.S)


def test_built_html_has_no_raw_role(site: Path) -> None:
    found = []
    for page in sorted(site.rglob("*.html")):
        html = _QUOTED.sub("", page.read_text(encoding="utf-8"))
        html = re.sub(r"<script\b.*?</script>", "", html, flags=re.S)
        found += [f"{page.relative_to(site)}: {m.group(0)}" for m in RENDERED_ROLE.finditer(html)]
    assert not found, f"{len(found)} raw roles in the built site:\n" + "\n".join(found[:40])


def test_reference_shows_no_private_base_and_no_hooks_file(site: Path) -> None:
    assert not (site / "hooks.py").exists()
    bases = []
    for page in sorted((site / "reference").rglob("*.html")):
        for p in re.findall(
            r'<p class="doc doc-class-bases">(.*?)</p>', page.read_text(encoding="utf-8"), re.S
        ):
            text = " ".join(re.sub(r"<[^>]+>", "", p).split())
            if re.search(r"(?:^|[\s.,:])_[A-Za-z]", text):
                bases.append(f"{page.relative_to(site)}: {text}")
    assert not bases, "\n".join(bases)


def test_catalogue_page_links_land_on_a_paragraph_or_test(site: Path) -> None:
    rules = site / "rules" / "index.html"
    links = re.findall(r'href="\.\./((?:seeds|tests)/[^"#]*)#([^"]+)"', rules.read_text("utf-8"))
    if SEEDS and (ROOT.parent / "shared" / "seeds" / "readable").is_dir():
        assert any(path.startswith("seeds/") for path, _ in links)
    assert any(path.startswith("tests/") for path, _ in links)
    missing = []
    for path, anchor in sorted(set(links)):
        target = site / path / "index.html"
        if not target.is_file() or f'id="{anchor}"' not in target.read_text("utf-8"):
            missing.append(f"{path}#{anchor}")
    assert not missing, missing


def test_the_catalogue_groups_rules_by_source_the_seeds_then_national() -> None:
    text = catalogue_markdown()
    seeds_at = text.index("## From the seed reports")
    national_at = text.index("## From the national regulations")
    assert seeds_at < national_at
    by_id = {r.id: r for r in catalogue()}
    for rid in re.findall(r"^### `([^`]+)`", text, flags=re.MULTILINE):
        at = text.index(f"### `{rid}`")
        seeded = by_id[rid].source.document in SEEDS
        assert (seeds_at < at < national_at) if seeded else (at > national_at), rid
    assert any(r.source.document not in SEEDS for r in by_id.values())  # both groups hold rules
    assert text.count("### `") == len(by_id)

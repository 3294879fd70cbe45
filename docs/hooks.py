"""MkDocs hook: fill generated pages from the code, so they are never written by hand."""

from __future__ import annotations

from typing import Any


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if "<!-- catalogue -->" in markdown:
        from orgwork.rules import catalogue, catalogue_markdown

        body = f"{len(catalogue())} rules, generated from `orgwork.rules.catalogue()`.\n\n"
        markdown = markdown.replace("<!-- catalogue -->", body + catalogue_markdown())
    if "<!-- policy -->" in markdown:
        from orgwork.policy import Policy

        rows = ["| parameter | default | kind | source |", "|---|---|---|---|"]
        for info in Policy.default().parameters():
            default = "*(none: set it)*" if info.value is None else f"`{info.value}`"
            src = info.source.replace("|", "\\|")
            rows.append(f"| `{info.path}` ({info.zh}) | {default} | {info.kind} | {src} |")
        markdown = markdown.replace("<!-- policy -->", "\n".join(rows))
    return markdown

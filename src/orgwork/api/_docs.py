"""The API's interactive docs page, self-contained: no CDN, no file but itself.

FastAPI's own ``/docs`` loads Swagger UI's script and style from a CDN
(``fastapi.openapi.docs.get_swagger_ui_html`` points at jsdelivr by default),
so it is blank on a county network without internet access. This page is
written from the OpenAPI spec on the server, with its style and a small
script inline: every operation with its parameters, its request body's
model and an example, a form to try it, and every model's JSON Schema.

>>> page = docs_page({"info": {"title": "t", "version": "1"}, "paths": {}})
>>> "<script src" in page, "http://" in page or "https://" in page
(False, False)
"""

from __future__ import annotations

import html
import json
from typing import Any

__all__ = ["docs_page"]

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 70em; padding: 0 1em;
       color: #222; }
h1 small { color: #777; font-weight: normal; }
.op { border: 1px solid #ccc; border-radius: 4px; margin: 0.8em 0; padding: 0.5em 0.8em; }
.method { display: inline-block; min-width: 4em; font-weight: bold; }
.GET { color: #1565c0; } .POST { color: #2e7d32; }
code, pre, textarea { font-family: ui-monospace, monospace; font-size: 0.9em; }
pre { background: #f6f6f6; padding: 0.5em; overflow: auto; max-height: 30em; }
textarea { width: 100%; min-height: 6em; }
table { border-collapse: collapse; } td, th { padding: 0.2em 0.6em; text-align: left;
        border-bottom: 1px solid #eee; }
"""

_SCRIPT = """
async function tryIt(form) {
  const out = form.querySelector('pre.out');
  let path = form.dataset.path;
  const query = new URLSearchParams();
  for (const input of form.querySelectorAll('input[data-in]')) {
    if (input.type === 'file') continue;
    if (input.value === '') continue;
    if (input.dataset.in === 'path') path = path.replace('{' + input.name + '}',
                                                         encodeURIComponent(input.value));
    else query.append(input.name, input.value);
  }
  const init = {method: form.dataset.method, headers: {}};
  const file = form.querySelector('input[type=file]');
  const body = form.querySelector('textarea');
  if (file && file.files.length) {
    const data = new FormData(); data.append('file', file.files[0]); init.body = data;
  } else if (body && body.value.trim() !== '') {
    init.headers['Content-Type'] = 'application/json'; init.body = body.value;
  }
  const url = path + (query.toString() ? '?' + query : '');
  out.textContent = '…';
  try {
    const r = await fetch(url, init);
    const text = await r.text();
    let shown = text;
    try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (e) {}
    out.textContent = r.status + ' ' + r.statusText + '   Orgwork-Version: ' +
      r.headers.get('Orgwork-Version') + '\\n\\n' + shown;
  } catch (e) { out.textContent = String(e); }
  return false;
}
"""


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return None


def _example(schema: Any, schemas: dict[str, Any], depth: int = 0) -> Any:
    """A small example value of ``schema``: required fields only, a placeholder per type."""
    if depth > 6 or not isinstance(schema, dict):
        return None
    name = _ref_name(schema)
    if name is not None:
        return _example(schemas.get(name, {}), schemas, depth + 1)
    if "default" in schema:
        return schema["default"]
    for key in ("anyOf", "oneOf", "allOf"):
        if schema.get(key):
            options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
            return _example(options[0], schemas, depth + 1)
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties", {})
        return {
            k: _example(v, schemas, depth + 1)
            for k, v in props.items()
            if k in schema.get("required", ())
        }
    if kind == "array":
        return [_example(schema.get("items", {}), schemas, depth + 1)]
    if kind == "integer":
        return schema.get("minimum", 1)
    if kind == "boolean":
        return False
    if kind == "number":
        return 1
    if schema.get("format") == "date":
        return "2025-03-03"
    return "…" if kind == "string" else None


def _operation(path: str, method: str, op: dict[str, Any], schemas: dict[str, Any]) -> str:
    esc = html.escape
    m = method.upper()
    parts = [
        f'<div class="op" id="{esc(m + path)}"><span class="method {m}">{m}</span> '
        f"<code>{esc(path)}</code> — {esc(op.get('summary', ''))}"
    ]
    if op.get("description"):
        parts.append(f"<p>{esc(op['description'])}</p>")
    form = [
        f'<form data-path="{esc(path)}" data-method="{m}" onsubmit="tryIt(this); return false;">'
    ]
    rows = []
    for p in op.get("parameters", []):
        where, name = p.get("in", "query"), p.get("name", "")
        schema = p.get("schema", {})
        default = schema.get("default")
        value = (
            "" if default is None else str(default).lower() if default in (True, False) else default
        )
        rows.append(
            f"<tr><td><code>{esc(name)}</code></td><td>{esc(where)}</td>"
            f"<td>{esc(p.get('description', ''))}</td>"
            f'<td><input name="{esc(name)}" data-in="{esc(where)}" value="{esc(str(value))}">'
            "</td></tr>"
        )
    if rows:
        form.append("<table><tr><th>parameter</th><th>in</th><th></th><th></th></tr>")
        form.extend(rows)
        form.append("</table>")
    content = op.get("requestBody", {}).get("content", {})
    if "multipart/form-data" in content:
        form.append('<p>Upload: <input type="file" name="file" data-in="file"></p>')
    if "application/json" in content:
        schema = content["application/json"].get("schema", {})
        name = _ref_name(schema)
        if name:
            parts.append(f'<p>Body: <a href="#schema-{esc(name)}"><code>{esc(name)}</code></a></p>')
        example = _example(schema, schemas) if name else None
        shown = json.dumps(example, ensure_ascii=False, indent=2) if example is not None else ""
        form.append(f"<p>JSON body:</p><textarea>{esc(shown)}</textarea>")
    form.append('<p><button type="submit">Try it</button></p><pre class="out"></pre></form>')
    parts.extend(form)
    parts.append("</div>")
    return "\n".join(parts)


def docs_page(spec: dict[str, Any]) -> str:
    """The HTML docs page of an OpenAPI ``spec``: operations, a form to try each, every schema."""
    esc = html.escape
    info = spec.get("info", {})
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    ops = [
        _operation(path, method, op, schemas)
        for path, methods in spec.get("paths", {}).items()
        for method, op in methods.items()
    ]
    models = [
        f'<details id="schema-{esc(name)}"><summary><code>{esc(name)}</code></summary>'
        f"<pre>{esc(json.dumps(schema, ensure_ascii=False, indent=2))}</pre></details>"
        for name, schema in sorted(schemas.items())
    ]
    title = esc(str(info.get("title", "API")))
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} API</title><style>{_STYLE}</style><script>{_SCRIPT}</script></head>"
        f"<body><h1>{title} <small>{esc(str(info.get('version', '')))}</small></h1>"
        f"<p>{esc(str(info.get('description', '')))}</p>"
        '<p>The spec: <a href="/openapi.json"><code>/openapi.json</code></a>. '
        "This page needs no internet access.</p>"
        "<h2>Operations</h2>"
        + "\n".join(ops)
        + f"<h2>Models ({len(schemas)})</h2>"
        + "\n".join(models)
        + "</body></html>\n"
    )

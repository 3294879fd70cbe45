"""The HTTP API's application. FastAPI is imported inside ``build`` only.

No ``from __future__ import annotations`` here: the endpoints are defined
inside ``build`` with annotations FastAPI reads at run time.

>>> _model_name("supervision.reply_deadline")
'SupervisionReplyDeadline'
"""

import collections.abc
import dataclasses
import inspect
import json
import re
import tempfile
import types
import typing
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, create_model
from pydantic_core import to_jsonable_python

from orgwork.errors import CalendarCoverageError, OrgworkError, UnknownRuleError

__all__ = ["build", "missing_extra"]

Lang = Literal["zh", "en"]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Parameters of rule functions the API does not take: the official calendar is the server's.
_NOT_OVER_HTTP = frozenset({"calendar"})


_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def missing_extra(exc: ModuleNotFoundError) -> ModuleNotFoundError:
    """The error for a missing FastAPI or uvicorn: one line naming the extra to install."""
    name = exc.name or "fastapi"
    return ModuleNotFoundError(
        f'the HTTP API needs {name}, which is not installed: pip install "orgwork[api]"',
        name=name,
    )


class _BadInput(ValueError):
    """Input the API refuses before any rule sees it (answered 422 with its message)."""


class _Unsupported(ValueError):
    """A request body of a media type ``/check`` does not read (answered 415)."""


# -- the ASGI guard: version header and body size limit -------------------------------------


#: At most this much of a refused body is still read (and dropped) before the 413 is sent.
_DRAIN = 1 << 20


async def _drain(receive: Receive, *, more: bool) -> None:
    """Read and drop what the client is still sending of a refused body, up to ``_DRAIN``
    bytes, so that it reads the 413 instead of a connection reset while it is still sending."""
    left = _DRAIN
    while more and left > 0:
        message = await receive()
        if message["type"] != "http.request":
            return
        left -= len(message.get("body", b""))
        more = message.get("more_body", False)


class _Guard:
    """Adds ``Orgwork-Version`` to every response and answers 413 to a body over ``max_body``.

    The body is read (and counted) before the app sees it, whether or not the
    client sent a ``Content-Length``; a declared length over the limit is
    refused without passing anything on. Up to 1 MiB of a refused body is
    still read and dropped first, so that a client still sending it reads
    the 413 rather than a reset connection.
    """

    def __init__(self, app: ASGIApp, *, version: str, max_body: int) -> None:
        self.app = app
        self.header = (b"orgwork-version", version.encode("ascii", "replace"))
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header = self.header

        async def send_versioned(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), header]}
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_body:
            await _drain(receive, more=True)
            await self._too_large(send_versioned)
            return
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_body:
                await _drain(receive, more=message.get("more_body", False))
                await self._too_large(send_versioned)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        given = False

        async def replay() -> Message:
            nonlocal given
            if not given:
                given = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send_versioned)

    async def _too_large(self, send: Send) -> None:
        detail = (
            f"request body too large: the limit is {self.max_body} bytes "
            "(orgwork serve --max-body BYTES)"
        )
        body = json.dumps({"detail": detail}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


# -- rules over HTTP ------------------------------------------------------------------------


def _model_name(rule_id: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[._]", rule_id) if part)


def _http_type(tp: Any) -> Any:
    """``tp`` as the API validates it: an ``Iterable``/``Sequence`` becomes a tuple.

    (pydantic validates an ``Iterable`` lazily, as a generator: errors would
    surface inside the rule instead of as field paths.)
    """
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (collections.abc.Iterable, collections.abc.Sequence) and args:
        return tuple[_http_type(args[0]), ...]  # type: ignore[misc]
    if origin in (typing.Union, types.UnionType):
        return typing.Union[tuple(_http_type(a) for a in args)]  # noqa: UP007
    return tp


@dataclasses.dataclass(frozen=True)
class _RuleRoute:
    """A rule's function, the model of its JSON inputs and the model of its answer."""

    rule_id: str
    function: Callable[..., Any]
    inputs: type[BaseModel]
    answer: type[BaseModel] | None
    shape: Literal["decision", "decisions", "value"]


def _rule_route(rule_id: str) -> _RuleRoute:
    from orgwork.decision import Decision
    from orgwork.rules import function_of

    fn = function_of(rule_id)
    hints = typing.get_type_hints(fn)
    fields: dict[str, Any] = {}
    for p in inspect.signature(fn).parameters.values():
        if p.name in _NOT_OVER_HTTP or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        tp = _http_type(hints.get(p.name, Any))
        fields[p.name] = (tp, ... if p.default is inspect.Parameter.empty else p.default)
    name = _model_name(rule_id)
    doc = f"The inputs of rule {rule_id} ({fn.__module__}.{fn.__name__}), as JSON."
    inputs: type[BaseModel] = create_model(
        f"{name}Input",
        __config__=ConfigDict(frozen=True, extra="forbid"),
        __doc__=doc,
        **fields,
    )
    ret = hints.get("return", Any)
    shape: Literal["decision", "decisions", "value"] = "value"
    body: Any = ret
    origin = typing.get_origin(ret)
    if origin is tuple:
        shape, body = "decisions", tuple[typing.get_args(ret)[0], ...]  # type: ignore[misc]
    elif isinstance(ret, type) and issubclass(ret, Decision):
        shape = "decision"
    answer_fields: dict[str, Any] = {
        "rule": (str, ...),
        "lang": (Lang, ...),
        "explanation": (str | None, None),
        shape: (body, ...),
    }
    answer = _model_or_none(f"{name}Answer", f"What POST /rules/{rule_id} answers.", answer_fields)
    return _RuleRoute(rule_id, fn, inputs, answer, shape)


def _model_or_none(name: str, doc: str, fields: dict[str, Any]) -> type[BaseModel] | None:
    """A model of ``fields`` for the spec, or None if pydantic cannot build one."""
    try:
        model: type[BaseModel] = create_model(name, __doc__=doc, **fields)
    except Exception:  # pragma: no cover - every rule's return type has a schema today
        return None
    return model


def _answer(route: _RuleRoute, result: Any, lang: Lang) -> dict[str, Any]:
    from orgwork.decision import Decision, explain_all

    out: dict[str, Any] = {"rule": route.rule_id, "lang": lang}
    if isinstance(result, Decision):
        out["decision"] = result.model_dump(mode="json")
        out["explanation"] = result.explain(lang)
    elif isinstance(result, tuple) and all(isinstance(d, Decision) for d in result):
        out["decisions"] = [d.model_dump(mode="json") for d in result]
        out["explanation"] = explain_all(result, lang)
    else:
        out["value"] = to_jsonable_python(result)
        out["explanation"] = None
    return out


# -- the read-only endpoints' JSON ----------------------------------------------------------


def _rule_json(rule_id: str, lang: Lang) -> dict[str, Any]:
    """What ``orgwork rules ID --json`` prints, and the text of ``orgwork rules ID``."""
    from orgwork.policy import Policy
    from orgwork.rules import describe, get, location, marked_tests

    r = get(rule_id)
    info = {p.path: p for p in Policy.default().parameters()}
    file, line = location(rule_id)
    root = Path(__file__).resolve().parents[2]
    try:
        shown = Path(file).resolve().relative_to(root).as_posix()
    except ValueError:
        shown = Path(file).name
    record = r.model_dump(mode="json")
    record["parameters"] = [
        {"path": path, **info[path].model_dump(mode="json", exclude={"path", "value"})}
        for path in r.parameters
    ]
    record["file"], record["line"] = shown, line
    tests = marked_tests(rule_id)
    record["tests"] = None if tests is None else list(tests)
    record["description"] = describe(rule_id, lang)
    return record


def _parameters_json(policy: Any) -> list[dict[str, Any]]:
    """Every parameter of ``policy``: its meaning and source, and each dated value."""
    out = []
    for p in policy.parameters():
        record = p.model_dump(mode="json")
        values = [{"from": None, "value": record["value"], "source": p.source}]
        for change in policy.changes:
            if p.path in change.values:
                value = policy.at(change.effective).get(p.path)
                values.append(
                    {
                        "from": change.effective.isoformat(),
                        "value": to_jsonable_python(value),
                        "source": change.source,
                    }
                )
        record["values"] = values
        out.append(record)
    return out


def _calendar_json(year: int) -> dict[str, Any]:
    """The year's arrangement: the JSON of ``orgwork calendar YEAR --json``."""
    from orgwork.calendar import year_json

    return year_json(year)


# -- /check ---------------------------------------------------------------------------------


def _format_of(name: str, data: bytes) -> Literal["xlsx", "json", "csv"]:
    suffix = Path(name).suffix.lower()
    if suffix in (".xlsx", ".json", ".csv"):
        return suffix[1:]  # type: ignore[return-value]
    if data.startswith(b"PK"):
        return "xlsx"
    return "json" if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"


def _check(data: bytes, name: str, year: int | None, strict: bool, policy: Any) -> Any:
    """The report (`orgwork.report.check`) on the records in ``data``, a file called ``name``."""
    from orgwork.records import read_records_report
    from orgwork.report import check

    if not data:
        raise _BadInput("the request holds no records: send a workbook or the records JSON")
    fmt = _format_of(name, data)
    shown = Path(name).name or f"records.{fmt}"
    with tempfile.TemporaryDirectory(prefix="orgwork-api-") as folder:
        path = Path(folder) / f"records.{fmt}"
        path.write_bytes(data)
        try:
            result = read_records_report(path, strict=strict, format=fmt)
        except (OrgworkError, ValueError) as exc:
            raise _BadInput(str(exc).replace(str(path), shown)) from None
    return check(result.records, year, policy, sheets=result.sheets, problems=result.problems)


# -- OpenAPI --------------------------------------------------------------------------------


def _public_models() -> list[type[BaseModel]]:
    """Every public model (``orgwork._public``): all are named in ``/openapi.json``."""
    from orgwork._public import public_models

    return list(public_models().values())


def _with_every_model(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with every public model's schema under ``components/schemas``.

    The schemas FastAPI wrote (the models the endpoints use) stay as they are;
    a public model no endpoint uses is added under its own name, with its
    nested models (pydantic names two models of one name by module path).
    """
    from pydantic.json_schema import models_json_schema

    schemas: dict[str, Any] = spec.setdefault("components", {}).setdefault("schemas", {})
    pairs: list[tuple[type[BaseModel], Literal["validation"]]] = [
        (m, "validation") for m in _public_models()
    ]
    _, top = models_json_schema(pairs, ref_template="#/components/schemas/{model}")
    for name, schema in top.get("$defs", {}).items():
        schemas.setdefault(name, schema)
    return spec


# -- the app --------------------------------------------------------------------------------


def build(*, policy: Any = None, max_body: int = 10 * 1024 * 1024, lang: str = "zh") -> Any:
    """The FastAPI app; see [`orgwork.api.create_app`][orgwork.api.create_app]."""
    try:
        import fastapi
        from fastapi import FastAPI, Query, Request
        from fastapi.exceptions import RequestValidationError
        from fastapi.openapi.utils import get_openapi
        from fastapi.responses import HTMLResponse, JSONResponse, Response
        from starlette.concurrency import run_in_threadpool
        from starlette.exceptions import HTTPException
    except ModuleNotFoundError as exc:
        raise missing_extra(exc) from None

    from orgwork import __version__
    from orgwork.api._docs import docs_page
    from orgwork.policy import checked_policy
    from orgwork.rules import catalogue, get

    the_policy = checked_policy(policy)
    if type(max_body) is not int:
        raise TypeError(f"max_body must be an int, not {type(max_body).__name__}")
    if max_body < 1:
        raise ValueError(f"max_body must be 1 or more, not {max_body}")
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")

    app = FastAPI(
        title="orgwork",
        version=__version__,
        description="The rules of local Party organization-department work (组织工作), over "
        "HTTP: the rule catalogue, the policy parameters, the working-day calendar, each rule "
        "applied to JSON inputs, and the check of a town's records.",
        docs_url=None,  # FastAPI's pages load Swagger UI from a CDN; /docs is self-contained
        redoc_url=None,
    )

    def error(status: int, detail: Any) -> Any:
        return JSONResponse({"detail": detail}, status_code=status)

    async def on_request_invalid(request: Request, exc: Exception) -> Any:
        assert isinstance(exc, RequestValidationError)
        return error(422, _errors(exc.errors()))

    async def on_invalid(request: Request, exc: Exception) -> Any:
        assert isinstance(exc, ValidationError)
        return error(422, _errors(exc.errors(include_url=False)))

    async def on_http(request: Request, exc: Exception) -> Any:
        assert isinstance(exc, HTTPException)
        return JSONResponse(
            {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
        )

    async def on_unknown_rule(request: Request, exc: Exception) -> Any:
        return error(404, str(exc))

    async def on_unsupported(request: Request, exc: Exception) -> Any:
        return error(415, str(exc))

    async def on_bad(request: Request, exc: Exception) -> Any:
        return error(422, _one_line(exc))

    async def on_crash(request: Request, exc: Exception) -> Any:
        # answered outside the middleware (by Starlette's ServerErrorMiddleware): add the header
        return JSONResponse(
            {"detail": "internal error: the server's log has the details"},
            status_code=500,
            headers={"Orgwork-Version": __version__},
        )

    app.add_exception_handler(RequestValidationError, on_request_invalid)
    app.add_exception_handler(ValidationError, on_invalid)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(UnknownRuleError, on_unknown_rule)
    app.add_exception_handler(_Unsupported, on_unsupported)
    for kind in (OrgworkError, ValueError, TypeError, LookupError):
        app.add_exception_handler(kind, on_bad)
    app.add_exception_handler(Exception, on_crash)

    lang_query = Query(lang, description="the language of the text: zh or en")

    @app.get("/", summary="What this server answers")
    def index() -> dict[str, Any]:
        return {
            "name": "orgwork",
            "version": __version__,
            "locality": the_policy.locality,
            "endpoints": [
                "GET /rules",
                "GET /rules/{id}",
                "POST /rules/{id}",
                "GET /parameters",
                "GET /calendar/{year}",
                "POST /check",
                "GET /openapi.json",
                "GET /docs",
            ],
            "max_body": max_body,
        }

    from orgwork.rules import Rule

    @app.get("/rules", summary="The rule catalogue", response_model=list[Rule])
    def rules() -> Any:
        return JSONResponse([r.model_dump(mode="json") for r in catalogue()])

    @app.get("/rules/{rule_id}", summary="One rule in full (what `orgwork rules ID --json` prints)")
    def one_rule(rule_id: str, lang: Lang = lang_query) -> dict[str, Any]:
        return _rule_json(rule_id, lang)

    for entry in catalogue():
        _add_rule_endpoint(app, _rule_route(entry.id), the_policy, lang_query)

    @app.post("/rules/{rule_id}", include_in_schema=False)
    def unknown_rule(rule_id: str) -> Any:
        get(rule_id)  # UnknownRuleError: 404
        return error(404, f"no endpoint for rule {rule_id!r}")  # pragma: no cover

    from orgwork.policy import ParameterInfo

    @app.get(
        "/parameters",
        summary="Every policy parameter, with its dated values and sources",
        response_model=list[ParameterInfo],
    )
    def parameters() -> Any:
        return JSONResponse(_parameters_json(the_policy))

    @app.get("/calendar/{year}", summary="A year's holidays, make-up working days, working days")
    def calendar(year: int = fastapi.Path(ge=1, le=9999)) -> dict[str, Any]:
        try:
            return _calendar_json(year)
        except CalendarCoverageError as exc:
            raise HTTPException(404, detail=_one_line(exc)) from None

    from orgwork.report import Report

    @app.post(
        "/check",
        summary="The report on a town's records (a workbook upload or the records JSON)",
        response_model=Report,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {"file": {"type": "string", "format": "binary"}},
                            "required": ["file"],
                        }
                    },
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "description": "The records JSON (as `orgwork template` writes "
                            "it to a .json file: {'sheets': {...}}).",
                        }
                    },
                    _XLSX: {"schema": {"type": "string", "format": "binary"}},
                },
            }
        },
    )
    async def check_records(
        request: Request,
        year: int | None = Query(None, ge=1949, le=2200, description="the year to check"),
        redact: bool = Query(False, description="mask names, drop health details"),
        strict: bool = Query(False, description="any reported row is an error (422)"),
    ) -> Any:
        data, name = await _upload(request)
        report = await run_in_threadpool(_check, data, name, year, strict, the_policy)
        return Response(report.to_json(redact=redact), media_type="application/json")

    async def _upload(request: Request) -> tuple[bytes, str]:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "multipart/form-data":
            async with request.form(max_files=1, max_fields=10) as form:
                upload = form.get("file")
                if upload is None or isinstance(upload, str):
                    raise _BadInput("multipart body: no file part named 'file'")
                return await upload.read(), upload.filename or "records.xlsx"
        if kind in ("application/json", "text/json"):
            return await request.body(), "records.json"
        if kind in (_XLSX, "application/octet-stream"):
            return await request.body(), "records.xlsx"
        if kind in ("text/csv",):
            return await request.body(), "records.csv"
        raise _Unsupported(
            f"content type {kind or '(none)'!r}: send multipart/form-data (a file part "
            f"'file'), application/json (the records JSON) or {_XLSX}"
        )

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            app.openapi_schema = _with_every_model(spec)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/docs", include_in_schema=False)
    def docs() -> Any:
        return HTMLResponse(docs_page(openapi()))

    app.add_middleware(_Guard, version=__version__, max_body=max_body)
    return app


def _add_rule_endpoint(app: Any, route: _RuleRoute, policy: Any, lang_query: Any) -> None:
    """``POST /rules/<id>``: the rule applied to the JSON body, answered with its decision(s)."""

    from fastapi.responses import JSONResponse

    def endpoint(body: BaseModel, lang: Lang = "zh") -> Any:
        given = {name: getattr(body, name) for name in type(body).model_fields}
        if "policy" in given and given["policy"] is None:
            given["policy"] = policy
        return JSONResponse(_answer(route, route.function(**given), lang))

    endpoint.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(
                "body", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=route.inputs
            ),
            inspect.Parameter(
                "lang",
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                annotation=Lang,
                default=lang_query,
            ),
        ],
        return_annotation=Any,
    )
    endpoint.__name__ = f"apply_{route.rule_id.replace('.', '_')}"
    title = route.function.__doc__ or ""
    app.post(
        f"/rules/{route.rule_id}",
        summary=f"Apply {route.rule_id}",
        description=title.strip().split("\n", 1)[0],
        tags=["rules"],
        response_model=None,
        responses={200: {"model": route.answer}} if route.answer is not None else None,
    )(endpoint)


def _errors(errors: Any) -> list[dict[str, Any]]:
    """pydantic's errors as JSON: the field path (``loc``), the message and the error type."""
    out = []
    for e in errors:
        item = {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
        out.append(item)
    return out


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__

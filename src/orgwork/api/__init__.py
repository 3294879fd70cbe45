"""接口服务 — orgwork over HTTP, for the county systems that are not written in Python.

A small app over the same functions the library exposes, in the manner of
OpenFisca's web API (``openfisca_web_api``: ``/parameters``, ``/variables``,
``/spec``, ``POST /calculate``, a version header on every response): the
API adds no rule of its own. Run it with ``orgwork serve`` (needs the ``api``
extra: ``pip install "orgwork[api]"``, which brings FastAPI and uvicorn).

| endpoint | answer |
|---|---|
| ``GET /rules``, ``GET /rules/{id}`` | the rule catalogue; one rule in full |
| ``POST /rules/{id}`` | the rule applied to the JSON inputs: its decision(s) and explanation |
| ``GET /parameters`` | every policy parameter with its dated values and sources |
| ``GET /calendar/{year}`` | the year's holidays, make-up working days, working days per month |
| ``POST /check`` | a records workbook (``.xlsx``/``.json``/``.csv`` upload) or records JSON in, the report out |
| ``GET /openapi.json``, ``GET /docs`` | the OpenAPI spec; a self-contained docs page (no CDN) |

Every response carries an ``Orgwork-Version`` header. Bad input is a 422
with the field paths (or a 400/404/413/415 with a message), never a stack
trace. See ``docs/api.md``.

This package imports FastAPI only when [`create_app`][orgwork.api.create_app]
is called, so importing it costs nothing and works without the extra.

>>> DEFAULT_MAX_BODY
10485760
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from orgwork.policy import Policy

__all__ = ["DEFAULT_MAX_BODY", "create_app", "serve"]

#: The largest request body (an upload included) the API reads, in bytes: 10 MB.
#: A larger one is answered 413. ``orgwork serve --max-body BYTES`` changes it.
DEFAULT_MAX_BODY = 10 * 1024 * 1024


def create_app(
    *, policy: Policy | None = None, max_body: int = DEFAULT_MAX_BODY, lang: str = "zh"
) -> Any:
    """The ASGI application (a FastAPI app) serving orgwork over HTTP.

    ``policy`` is the policy the rules and ``/check`` apply when a request
    gives none (default: [`Policy.default`][orgwork.policy.Policy.default]); ``/parameters``
    lists its values. ``max_body`` is the body size limit in bytes. ``lang``
    (``"zh"`` or ``"en"``) is the language of explanations when a request
    asks none (``?lang=``).

    Raises:
        ModuleNotFoundError: FastAPI is not installed; the message names the
            extra to install (``pip install "orgwork[api]"``).
        TypeError: ``policy`` is not a Policy or None, or ``max_body`` not an int.
        ValueError: ``max_body`` is less than 1, or ``lang`` is not zh or en.
    """
    from orgwork.api._app import build

    return build(policy=policy, max_body=max_body, lang=lang)


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    policy: Policy | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    lang: str = "zh",
) -> None:
    """Run the API with uvicorn on ``host``:``port`` until interrupted (what ``orgwork serve`` does).

    Raises:
        ModuleNotFoundError: FastAPI or uvicorn is not installed; the message
            names the extra to install (``pip install "orgwork[api]"``).
    """
    from orgwork.api._app import missing_extra

    app = create_app(policy=policy, max_body=max_body, lang=lang)
    try:
        import uvicorn
    except ModuleNotFoundError as exc:
        raise missing_extra(exc) from None
    uvicorn.run(app, host=host, port=port, log_level="info")

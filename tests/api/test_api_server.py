"""The HTTP API against a live uvicorn server on 127.0.0.1 (issue 15, point 6).

Each test talks HTTP to a real server (started once per module in a thread,
on a free port) with the standard library's ``urllib``; nothing is called
in-process. Skipped, with the reason, when the ``api`` extra (fastapi,
uvicorn) is not installed.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason='the api extra is not installed: pip install "orgwork[api]"')
uvicorn = pytest.importorskip(
    "uvicorn", reason='the api extra is not installed: pip install "orgwork[api]"'
)

from orgwork import __version__  # noqa: E402
from orgwork.api import DEFAULT_MAX_BODY, create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


# -- a live server --------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _server(app: Any) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", lifespan="off", ws="none"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the uvicorn server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with _server(create_app()) as url:
        yield url


@pytest.fixture(scope="module")
def small() -> Iterator[str]:
    """A server whose body limit is 2000 bytes."""
    with _server(create_app(max_body=2000)) as url:
        yield url


class Answer:
    def __init__(self, status: int, headers: Any, body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def call(
    url: str,
    method: str = "GET",
    *,
    body: Any = None,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> Answer:
    sent = dict(headers or {})
    if body is not None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        sent.setdefault("Content-Type", "application/json")
    request = urllib.request.Request(url, data=data, method=method, headers=sent)
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            return Answer(r.status, r.headers, r.read())
    except urllib.error.HTTPError as e:
        return Answer(e.code, e.headers, e.read())


def multipart(name: str, content: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    return head + content + f"\r\n--{boundary}--\r\n".encode(), (
        f"multipart/form-data; boundary={boundary}"
    )


def assert_no_trace(a: Answer) -> None:
    assert "Traceback" not in a.text
    assert 'File "' not in a.text


# -- the catalogue --------------------------------------------------------------------------


def test_rules_lists_the_catalogue(base: str) -> None:
    from orgwork.rules import catalogue

    a = call(f"{base}/rules")
    assert a.status == 200
    assert a.headers["Orgwork-Version"] == __version__
    assert [r["id"] for r in a.json()] == [r.id for r in catalogue()]
    assert a.json()[0].keys() >= {"id", "title_zh", "title_en", "source", "parameters"}


def test_one_rule_in_full(base: str) -> None:
    a = call(f"{base}/rules/supervision.reply_deadline?lang=en")
    assert a.status == 200
    r = a.json()
    assert r["id"] == "supervision.reply_deadline"
    assert "并限时在15个工作日内完成" in r["source"]["quote"]
    assert r["parameters"][0]["path"] == "supervision.reply_working_days"
    assert r["parameters"][0]["default"] == 15
    assert r["description"].startswith("supervision.reply_deadline")
    assert "Traceback" not in r["description"]
    assert not Path(r["file"]).is_absolute()


def test_unknown_rule_is_404(base: str) -> None:
    for method in ("GET", "POST"):
        a = call(f"{base}/rules/no.such_rule", method, body={} if method == "POST" else None)
        assert a.status == 404, method
        assert "no.such_rule" in a.json()["detail"]
        assert a.headers["Orgwork-Version"] == __version__


# -- parameters and the calendar ------------------------------------------------------------


def test_parameters_have_dated_values_and_sources(base: str) -> None:
    from orgwork.policy import Policy

    a = call(f"{base}/parameters")
    assert a.status == 200
    params = {p["path"]: p for p in a.json()}
    assert set(params) == {p.path for p in Policy.default().parameters()}
    reply = params["supervision.reply_working_days"]
    assert reply["value"] == 15
    assert reply["kind"] == "seed"
    assert "15个工作日" in reply["source"]
    assert reply["values"] == [{"from": None, "value": 15, "source": reply["source"]}]


def test_parameters_show_a_dated_change() -> None:
    import datetime as dt

    from orgwork.policy import Policy

    policy = Policy.default().with_change(
        dt.date(2027, 1, 1), {"supervision.reply_working_days": 10}, source="某县文件"
    )
    with _server(create_app(policy=policy)) as url:
        params = {p["path"]: p for p in call(f"{url}/parameters").json()}
    assert params["supervision.reply_working_days"]["values"][1] == {
        "from": "2027-01-01",
        "value": 10,
        "source": "某县文件",
    }


def test_calendar_year_matches_the_cli(base: str, capsys: pytest.CaptureFixture[str]) -> None:
    from orgwork.cli import main

    a = call(f"{base}/calendar/2026")
    assert a.status == 200
    assert main(["calendar", "2026", "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert a.json() == cli
    assert "2026-02-28" in a.json()["make_up_working_days"]


def test_calendar_year_not_covered_is_404(base: str) -> None:
    a = call(f"{base}/calendar/1999")
    assert a.status == 404
    assert "1999" in a.json()["detail"]
    a = call(f"{base}/calendar/twenty")
    assert a.status == 422
    assert a.json()["detail"][0]["loc"] == ["path", "year"]


# -- applying a rule ------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "word"), [("zh", "答复"), ("en", "Reply due by")])
def test_rule_answers_its_decision_and_explanation(base: str, lang: str, word: str) -> None:
    a = call(
        f"{base}/rules/supervision.reply_deadline?lang={lang}",
        "POST",
        body={"received_on": "2024-02-08"},
    )
    assert a.status == 200, a.text
    out = a.json()
    assert out["rule"] == "supervision.reply_deadline"
    assert out["decision"]["value"] == "2024-03-06"  # across the 2024 Spring Festival
    assert out["decision"]["parameters"] == {"supervision.reply_working_days": 15}
    assert word in out["explanation"]
    assert a.headers["Orgwork-Version"] == __version__


def test_rule_takes_a_policy(base: str) -> None:
    a = call(
        f"{base}/rules/supervision.reply_deadline",
        "POST",
        body={"received_on": "2024-02-08", "policy": {"supervision": {"reply_working_days": 7}}},
    )
    assert a.status == 200, a.text
    assert a.json()["decision"]["parameters"] == {"supervision.reply_working_days": 7}


def test_rule_over_models_and_tuples(base: str) -> None:
    """A rule over model inputs (ElderlyMember) and one answering a tuple of decisions."""
    from orgwork.samples import records

    died = next(m for m in records(2025).care.members if m.died_on is not None)
    member = died.model_dump(mode="json")
    a = call(f"{base}/rules/care.memorial_host?lang=en", "POST", body={"member": member})
    assert a.status == 200, a.text
    assert a.json()["decision"]["rule"] == "care.memorial_host"
    a = call(f"{base}/rules/supervision.reception_days", "POST", body={"year": 2025})
    assert a.status == 200, a.text
    days = a.json()["decisions"]
    assert len(days) == 12
    assert all(d["rule"] == "supervision.reception_days" for d in days)


def test_rule_answering_a_plain_value(base: str) -> None:
    a = call(f"{base}/rules/calendar.working_days", "POST", body={"start": "2024-02-08", "n": 15})
    assert a.status == 200, a.text
    assert a.json()["value"] == "2024-03-06"


def test_bad_input_is_422_with_field_paths(base: str) -> None:
    url = f"{base}/rules/supervision.reply_deadline"
    a = call(url, "POST", body={"received_on": "2024-02-30"})
    assert a.status == 422
    assert a.json()["detail"][0]["loc"] == ["body", "received_on"]
    a = call(url, "POST", body={})
    assert a.status == 422
    assert a.json()["detail"][0]["loc"] == ["body", "received_on"]
    a = call(url, "POST", body={"received_on": "2024-02-08", "extra": 1})
    assert a.json()["detail"][0]["loc"] == ["body", "extra"]
    a = call(
        url,
        "POST",
        body={"received_on": "2024-02-08", "policy": {"supervision": {"reply_working_days": 0}}},
    )
    assert a.status == 422
    assert a.json()["detail"][0]["loc"] == [
        "body",
        "policy",
        "supervision",
        "reply_working_days",
    ]
    a = call(url, "POST", data=b"{not json", headers={"Content-Type": "application/json"})
    assert a.status == 422
    a = call(f"{url}?lang=fr", "POST", body={"received_on": "2024-02-08"})
    assert a.status == 422
    assert a.json()["detail"][0]["loc"] == ["query", "lang"]
    for answer in (a,):
        assert_no_trace(answer)


def test_nested_model_errors_name_the_path(base: str) -> None:
    from orgwork.samples import records

    member = records(2025).care.members[0].model_dump(mode="json")
    member["died_on"] = "not a date"
    a = call(f"{base}/rules/care.memorial_host", "POST", body={"member": member})
    assert a.status == 422
    assert a.json()["detail"][0]["loc"][:3] == ["body", "member", "died_on"]


def test_a_rule_refusing_its_input_is_a_message_not_a_trace(base: str) -> None:
    """A date the calendar does not cover: the library's error, as 422 with its message."""
    a = call(f"{base}/rules/supervision.reply_deadline", "POST", body={"received_on": "1990-01-02"})
    assert a.status == 422
    assert "1990" in a.json()["detail"]
    assert_no_trace(a)


# -- /check ---------------------------------------------------------------------------------


def _sample(tmp_path: Path, suffix: str) -> bytes:
    from orgwork.records import write_records
    from orgwork.samples import records

    return write_records(records(2025), tmp_path / f"sample{suffix}").read_bytes()


def test_check_an_uploaded_workbook(base: str, tmp_path: Path) -> None:
    pytest.importorskip("openpyxl", reason="the xlsx extra is not installed")
    from orgwork.report import check
    from orgwork.samples import records

    body, kind = multipart("town.xlsx", _sample(tmp_path, ".xlsx"))
    a = call(f"{base}/check", "POST", data=body, headers={"Content-Type": kind})
    assert a.status == 200, a.text
    report = a.json()
    assert [s["key"] for s in report["sections"]] == [s.key for s in check(records(2025)).sections]
    assert report["year"] == 2025
    assert report["sheets"]


def test_check_records_json_and_redact(base: str, tmp_path: Path) -> None:
    from orgwork.samples import records

    data = _sample(tmp_path, ".json")
    plain = call(f"{base}/check", "POST", data=data, headers={"Content-Type": "application/json"})
    assert plain.status == 200, plain.text
    redacted = call(
        f"{base}/check?redact=true",
        "POST",
        data=data,
        headers={"Content-Type": "application/json"},
    )
    assert redacted.status == 200
    name = records(2025).care.members[0].name
    assert name in plain.text
    assert name not in redacted.text


def test_check_bad_files(base: str) -> None:
    body, kind = multipart("town.xlsx", b"PK not really a workbook")
    a = call(f"{base}/check", "POST", data=body, headers={"Content-Type": kind})
    assert a.status == 422
    assert "town.xlsx" in a.json()["detail"]
    assert "orgwork-api-" not in a.json()["detail"]  # no server temp path
    a = call(f"{base}/check", "POST", data=b"[1, 2]", headers={"Content-Type": "application/json"})
    assert a.status == 422
    a = call(f"{base}/check", "POST", data=b"x", headers={"Content-Type": "image/png"})
    assert a.status == 415
    a = call(f"{base}/check?year=1800", "POST", body={"sheets": {}})
    assert a.json()["detail"][0]["loc"] == ["query", "year"]
    for answer in (a,):
        assert_no_trace(answer)


# -- limits, the spec, the docs page --------------------------------------------------------


def _refused(make: Any) -> Any:
    """The answer to an oversized upload. The server may answer 413 and close while the client
    is still sending the rest of the body; the client then sees the connection reset (or a broken pipe)
    before it reads the answer (a race of the two ends, not of the server). Sent again, up to three times."""
    cut = (ConnectionResetError, BrokenPipeError)
    for attempt in range(3):
        try:
            return make()
        except (urllib.error.URLError, *cut) as exc:
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            if not isinstance(reason, cut) or attempt == 2:
                raise
    raise AssertionError("unreachable")


def test_body_over_the_limit_is_413(small: str) -> None:
    big = {"received_on": "2024-02-08", "pad": "x" * 5000}
    a = _refused(lambda: call(f"{small}/rules/supervision.reply_deadline", "POST", body=big))
    assert a.status == 413
    assert "2000" in a.json()["detail"]
    assert a.headers["Orgwork-Version"] == __version__
    # no Content-Length: chunked transfer is counted as it arrives
    a = _refused(
        lambda: call(
            f"{small}/check",
            "POST",
            data=iter([b'{"sheets": {"x": "', b"y" * 3000, b'"}}']),  # type: ignore[arg-type]
            headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        )
    )
    assert a.status == 413
    # under the limit: answered
    a = call(
        f"{small}/rules/supervision.reply_deadline", "POST", body={"received_on": "2024-02-08"}
    )
    assert a.status == 200


def test_default_limit_is_documented() -> None:
    assert DEFAULT_MAX_BODY == 10 * 1024 * 1024
    assert "10 MB" in (ROOT / "docs" / "api.md").read_text(encoding="utf-8")


def test_openapi_names_every_model(base: str) -> None:
    from orgwork.api._app import _public_models
    from orgwork.rules import catalogue

    a = call(f"{base}/openapi.json")
    assert a.status == 200
    assert a.headers["Orgwork-Version"] == __version__
    spec = a.json()
    schemas = spec["components"]["schemas"]
    for model in _public_models():
        assert model.__name__ in schemas or any(
            k.endswith(f"__{model.__name__}") for k in schemas
        ), model
    for r in catalogue():
        assert "post" in spec["paths"][f"/rules/{r.id}"], r.id
    for path in ("/rules", "/rules/{rule_id}", "/parameters", "/calendar/{year}", "/check"):
        assert path in spec["paths"]
    text = json.dumps(spec)
    import re

    assert all(ref in schemas for ref in re.findall(r"#/components/schemas/([^\"]+)", text))


def test_docs_page_works_offline(base: str) -> None:
    a = call(f"{base}/docs")
    assert a.status == 200
    assert a.headers["Content-Type"].startswith("text/html")
    assert a.headers["Orgwork-Version"] == __version__
    page = a.text
    assert "<script src" not in page
    assert "<link" not in page
    assert "cdn" not in page.lower()
    assert "/rules/supervision.reply_deadline" in page
    assert "SupervisionReplyDeadlineInput" in page
    assert call(f"{base}/redoc").status == 404


def test_every_response_has_the_version_header(base: str) -> None:
    for path in ("/", "/rules", "/parameters", "/calendar/2025", "/nowhere", "/openapi.json"):
        a = call(f"{base}{path}")
        assert a.headers["Orgwork-Version"] == __version__, path


# -- the command --------------------------------------------------------------------------


def test_orgwork_serve_runs_uvicorn() -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "orgwork", "serve", "--port", str(port), "--lang", "en", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                a = call(f"http://127.0.0.1:{port}/calendar/2025")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    pytest.fail(f"orgwork serve did not answer: {err}")
                time.sleep(0.2)
        assert a.status == 200
        assert a.headers["Orgwork-Version"] == __version__
        url = f"http://127.0.0.1:{port}"
        assert proc.stdout is not None
        assert json.loads(proc.stdout.readline())["url"] == url
        a = call(
            f"{url}/rules/supervision.reply_deadline", "POST", body={"received_on": "2024-02-08"}
        )
        assert a.json()["lang"] == "en"  # --lang en: the default when a request asks none
        assert "Reply due by" in a.json()["explanation"]
    finally:
        proc.terminate()
        proc.wait(30)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()


def test_serve_rejects_a_bad_port(capsys: pytest.CaptureFixture[str]) -> None:
    from orgwork.cli import main

    assert main(["serve", "--port", "70000"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("orgwork serve: ")


def test_serve_is_listed_and_help_stays_light() -> None:
    code = (
        "import sys, io, contextlib\nfrom orgwork.cli import main\nout = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n        main(['--help'])\n    except SystemExit:\n        pass\n"
        "print('serve' in out.getvalue())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('fastapi', 'uvicorn', 'pydantic')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    listed, loaded = out.stdout.strip().splitlines()[-2:]
    assert listed == "True"
    assert loaded == "[]"


def test_missing_extra_is_one_line() -> None:
    from orgwork.api._app import missing_extra

    err = missing_extra(ModuleNotFoundError("No module named 'fastapi'", name="fastapi"))
    assert 'pip install "orgwork[api]"' in str(err)
    assert err.name == "fastapi"
    assert len(str(err).splitlines()) == 1


def test_a_defect_is_a_500_without_a_trace() -> None:
    app = create_app()

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("a defect, with a secret path /srv/x.py")

    with _server(app) as url:
        a = call(f"{url}/boom")
    assert a.status == 500
    assert a.headers["Orgwork-Version"] == __version__
    assert "secret" not in a.text
    assert_no_trace(a)


def test_create_app_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match="max_body"):
        create_app(max_body=0)
    with pytest.raises(TypeError, match="max_body"):
        create_app(max_body="10MB")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="policy"):
        create_app(policy="my-town.toml")  # type: ignore[arg-type]


def test_serve_rejects_a_bad_body_limit(capsys: pytest.CaptureFixture[str]) -> None:
    from orgwork.cli import main

    assert main(["serve", "--max-body", "0"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["orgwork serve: --max-body 0: expected a number of bytes, 1 or more"]

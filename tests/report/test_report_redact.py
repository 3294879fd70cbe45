"""The redacted report (issue 14 point 7): no name and no health fact of the records in it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgwork._redact import HEALTH_TERMS, mask_name, personal_names
from orgwork.records import Records
from orgwork.report import Report, check
from orgwork.samples import records as sample

#: Names the sample town's reports print today, health facts included (a fixed check beside
#: the collected names: these must be collected).
SAMPLE_PEOPLE = (
    "黄守仁",
    "马长林",
    "刘永福",
    "李桂英",
    "方志诚",
    "韩晓东",
    "宋思远",
    "镇组织干事马小川",
)


def _outputs(report: Report) -> dict[str, str]:
    red = report.redacted()
    return {
        "json": red.to_json(),
        "json(redact=True)": report.to_json(redact=True),
        "zh": report.render("zh", explain=10_000, redact=True),
        "en": report.render("en", explain=10_000, redact=True),
    }


def _leaks(report: Report, names: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(kind, n) for kind, out in _outputs(report).items() for n in names if n in out]


def _health(report: Report) -> list[tuple[str, str]]:
    return [
        (kind, term)
        for kind, out in _outputs(report).items()
        for term in HEALTH_TERMS
        if term.lower() in out.lower()
    ]


@pytest.fixture(scope="module")
def sample_report() -> Report:
    return check(sample(2025))


def test_the_unredacted_sample_report_names_people_and_health(sample_report: Report) -> None:
    text = sample_report.render("zh", explain=10_000)
    assert "黄守仁" in text
    assert "住院" in text


def test_sample_names_are_collected(sample_report: Report) -> None:
    assert set(SAMPLE_PEOPLE) <= set(sample_report.people)


def test_redacted_sample_report_has_no_name_and_no_health_fact(sample_report: Report) -> None:
    assert _leaks(sample_report, sample_report.people) == []
    assert _health(sample_report) == []
    text = sample_report.render("zh", redact=True)
    assert "黄**" in text
    assert "欧阳" not in text
    assert "1973-08-16" not in sample_report.to_json(redact=True)  # a birth date of the records


def test_redacted_report_keeps_what_is_not_personal(sample_report: Report) -> None:
    red = sample_report.redacted()
    assert [s.key for s in red.sections] == [s.key for s in sample_report.sections]
    for a, b in zip(red.sections, sample_report.sections, strict=True):
        assert len(a.decisions) == len(b.decisions)
        assert len(a.summary) == len(b.summary)
    assert "XF2025-033" in red.to_json()  # case numbers, villages and counts stay
    assert "石桥村" in red.to_json()
    assert red.people == ()
    assert "people" not in json.loads(sample_report.to_json())  # never serialised


def test_a_hospital_stay_becomes_a_care_duty(sample_report: Report) -> None:
    red = sample_report.redacted()
    care = red.section("care")
    withheld = [d for d in care.decisions if d.value is None and d.rule == "care.duties"]
    assert withheld, "the missed hospital visit is kept as a care duty"
    assert all(not d.reasons for d in withheld)


def test_names_given_are_masked_too(sample_report: Report) -> None:
    back = Report.model_validate(json.loads(sample_report.to_json()) | {"sections": ()})
    assert back.people == ()
    red = sample_report.redacted(["青石镇"])  # extra names: here a place, to show it works
    assert "青石镇" not in red.render("zh")
    assert mask_name("青石镇") in red.render("zh")


@pytest.mark.parametrize("names", ["黄守仁", 5, [5]])
def test_names_must_be_an_iterable_of_strings(sample_report: Report, names: object) -> None:
    with pytest.raises(TypeError, match="names"):
        sample_report.redacted(names)  # type: ignore[arg-type]


_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐")
_GIVEN = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=2)
_LATIN = st.from_regex(r"[A-Z][a-z]{2,7} [A-Z][a-z]{2,9}", fullmatch=True)
_NAMES = st.one_of(
    st.builds(lambda s, g: s + g, st.sampled_from(_SURNAMES), _GIVEN),
    st.builds(lambda s, g: s + g, st.sampled_from(_COMPOUND), _GIVEN),
    _LATIN,
)


@pytest.fixture(scope="module")
def sample_json() -> tuple[str, tuple[str, ...], str]:
    """The sample's records as JSON, its people, and its redacted report's own wording.

    A drawn name that is an ordinary word of the report (``周一`` in 周一学习日) would be
    found in it whoever is named: such names are not drawn.
    """
    records = sample(2025)
    report = check(records).redacted()
    wording = report.render("zh", explain=10**6) + report.render("en", explain=10**6)
    return records.model_dump_json(), personal_names(records), wording + report.to_json()


def _renamed(dumped: str, people: tuple[str, ...], new: list[str]) -> Records:
    """The sample town's records with each person renamed (everywhere, texts included)."""
    import re

    mapping = dict(zip(people, new, strict=False))
    pattern = re.compile("|".join(re.escape(p) for p in sorted(mapping, key=len, reverse=True)))
    return Records.model_validate_json(pattern.sub(lambda m: mapping[m.group(0)], dumped))


@settings(max_examples=12)
@given(data=st.data())
def test_redacted_report_with_any_names_has_none_of_them(
    sample_json: tuple[str, tuple[str, ...], str], data: st.DataObject
) -> None:
    dumped, people, wording = sample_json
    names = _NAMES.filter(lambda n: n not in wording)
    new = data.draw(st.lists(names, min_size=len(people), max_size=len(people), unique=True))
    records = _renamed(dumped, people, new)
    report = check(records)
    names = personal_names(records)
    assert {n.strip() for n in new} & set(names)  # the drawn names are the records' people
    assert _leaks(report, names) == []
    assert _health(report) == []


@settings(max_examples=10)
@given(st.sampled_from([2005, 2016, 2024, 2026]))
def test_redacted_sample_report_of_any_year(year: int) -> None:
    records = sample(year)
    report = check(records)
    assert _leaks(report, personal_names(records)) == []
    assert _health(report) == []


# -- the command line ----------------------------------------------------------------------


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgwork", *args], capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize("extra", [(), ("--lang", "en"), ("--json",)])
def test_demo_redact(extra: tuple[str, ...]) -> None:
    r = _run("demo", "--redact", *extra)
    assert r.returncode == 0, r.stderr
    people = personal_names(sample(2025))
    assert [n for n in people if n in r.stdout] == []
    out = r.stdout
    if extra == ("--json",):
        data = json.loads(out)
        del data["sheets"]  # the workbook's sheet names (住院情况) and row counts stay
        out = json.dumps(data, ensure_ascii=False)
    assert not [t for t in HEALTH_TERMS if t.lower() in out.lower()]


def test_check_redact(tmp_path: Path) -> None:
    path = tmp_path / "town.json"
    assert _run("template", "--sample", "--year", "2025", str(path)).returncode == 0
    plain = _run("check", str(path))
    red = _run("check", str(path), "--redact")
    red_json = _run("check", str(path), "--redact", "--json")
    assert plain.returncode == red.returncode == red_json.returncode == 0, red.stderr
    assert "黄守仁" in plain.stdout
    data = json.loads(red_json.stdout)
    assert [s["sheet"] for s in data.pop("sheets") if "住院" in s["sheet"]] == [
        "住院情况",
        "干部住院记录",
    ]
    for out in (red.stdout, json.dumps(data, ensure_ascii=False)):
        assert "黄守仁" not in out
        assert "住院" not in out
    assert red.stdout == _run("demo", "--redact").stdout

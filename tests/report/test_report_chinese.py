"""The Chinese report is Chinese throughout: Latin letters only where the records hold them.

The brief: "Chinese output is Chinese throughout, with no English codes." A
parameter path, a rule id, a setting's value or a term like "ISO" in a Chinese
line is a defect. What a clerk typed (a case number ``XF2025-031``, a ledger id
``ZG01``) is quoted data and may stay, and so may a seed's own words (``AB岗``
is the seed's name for the post system). So every Latin word in the report must
occur in the records it was made from or in a quote of the rule catalogue.
"""

from __future__ import annotations

import re

import pytest

from orgwork import samples
from orgwork.policy import Policy
from orgwork.report import check
from orgwork.rules import catalogue

LATIN = re.compile(r"[A-Za-z_]{2,}")


def _latin_not_in_data(year: int, policy: Policy | None = None) -> set[str]:
    records = samples.records(year)
    quoted = " ".join(r.source.quote for r in catalogue())
    data = records.model_dump_json() + quoted
    report = check(records, year, policy)
    shown = report.render("zh", explain=10**6)
    return {word for word in LATIN.findall(shown) if word not in data}


@pytest.mark.parametrize("year", [2004, 2016, 2024, 2025, 2026])
def test_chinese_report_has_no_latin_word_but_the_records(year: int) -> None:
    assert _latin_not_in_data(year) == set()


def test_a_code_right_after_a_chinese_character_is_said_in_chinese() -> None:
    from orgwork._zh import parameter_name, plain_zh

    said = plain_zh("期限由care.hardship_visits_per_month设定")
    assert said == f"期限由“{parameter_name('care.hardship_visits_per_month')}”设定"
    assert LATIN.findall(said) == []


def test_latin_inside_a_word_is_not_taken_for_a_code() -> None:
    from orgwork._zh import plain_zh

    # "Xrefer" and "refer2" are data, not the setting value "refer".
    assert plain_zh("编号Xrefer与refer2") == "编号Xrefer与refer2"
    assert plain_zh("按refer处理") == "按提交研究决定处理"


def test_the_report_json_says_codes_in_chinese_in_every_decision() -> None:
    # a decision's reasons may name a parameter path (written once, so that the English can
    # cite it); the report, which people read in JSON too, says it in Chinese
    report = check(samples.records(2025), 2025)
    zh = [
        t
        for s in report.sections
        for d in s.decisions
        for t in (d.headline.zh, *(r.zh for r in d.reasons))
    ]
    assert zh
    codes = re.compile(r"(?<![A-Za-z0-9_.])[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")
    assert [t for t in zh if codes.search(t)] == []
    # and the English keeps the paths
    en = " ".join(r.en for s in report.sections for d in s.decisions for r in d.reasons)
    assert codes.search(en)

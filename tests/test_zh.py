"""Chinese names of codes: parameters, rules and setting values (``orgwork._zh``)."""

from __future__ import annotations

import re

from orgwork._zh import VALUES, parameter_name, plain_zh
from orgwork.policy import parameter_names

_LATIN = re.compile(r"[A-Za-z]")


#: Latin letters Chinese writing itself uses: 第N名, and the seed's own 重点岗位AB岗.
_USUAL = re.compile(r"第N名|AB岗")


def test_every_parameter_has_a_chinese_name_of_its_own() -> None:
    names = {path: parameter_name(path) for path in parameter_names()}
    assert [p for p, n in names.items() if n == p or _LATIN.search(_USUAL.sub("", n))] == []
    by_name: dict[str, list[str]] = {}
    for path, name in names.items():
        by_name.setdefault(name, []).append(path)
    assert {n: ps for n, ps in by_name.items() if len(ps) > 1} == {}


def test_the_two_ends_of_a_festival_period_are_told_apart() -> None:
    before = parameter_name("care.qiyi_days_before")
    after = parameter_name("care.qiyi_days_after")
    assert before != after
    assert before.startswith("“七一”慰问期")
    assert after.startswith("“七一”慰问期")


def test_every_parameter_path_is_said_in_chinese_wherever_it_stands() -> None:
    for path in parameter_names():
        for text in (f"由{path}设定", f"({path} = 1)", f"{path}", f"参数{path}。"):
            assert path not in plain_zh(text)
            assert parameter_name(path) in plain_zh(text)


def test_setting_values_are_chinese() -> None:
    assert [v for v, zh in VALUES.items() if _LATIN.search(zh)] == []
    assert plain_zh("按refer处理") == "按提交研究决定处理"

"""`st.from_type(Model)` draws valid instances of every public model (issue 15, point 3).

The strategies are registered (``st.register_type_strategy``) by importing
``orgwork.strategies``. They are not registered through hypothesis's entry point:
that would import orgwork and build 138 strategies in every process that imports
hypothesis, orgwork's tests or not (about 3 s here).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from importlib.metadata import entry_points
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

#: orgwork and its public packages: a model exported in one's ``__all__`` is public.
PACKAGES = (
    "orgwork",
    "orgwork.assessment",
    "orgwork.calendar",
    "orgwork.care",
    "orgwork.cadres",
    "orgwork.decision",
    "orgwork.membership",
    "orgwork.open_day",
    "orgwork.organizations",
    "orgwork.points",
    "orgwork.policy",
    "orgwork.records",
    "orgwork.report",
    "orgwork.rules",
    "orgwork.selection",
    "orgwork.supervision",
)

#: How many public models there were when every one got a strategy (issue 15 said "96";
#: counted over the packages above, there are 138).
KNOWN_SIZE = 138


def _public_models() -> list[type[BaseModel]]:
    found: dict[type[BaseModel], None] = {}
    for name in PACKAGES:
        module = importlib.import_module(name)
        for attr in module.__all__:
            obj = getattr(module, attr)
            if isinstance(obj, type) and issubclass(obj, BaseModel):
                found[obj] = None
    return sorted(found, key=lambda m: (m.__module__, m.__qualname__))


MODELS = _public_models()


def test_the_introspected_list_is_at_least_the_known_size() -> None:
    assert len(MODELS) >= KNOWN_SIZE


def test_the_library_lists_the_same_public_models() -> None:
    from orgwork.strategies import public_models

    assert set(public_models()) == set(MODELS)


def _revalidated(model: type[BaseModel], value: BaseModel) -> Any:
    # Validation again from the instance's own fields: the same instance comes back.
    return model.model_validate({k: getattr(value, k) for k in type(value).model_fields})


@pytest.mark.parametrize("model", MODELS, ids=lambda m: f"{m.__module__}.{m.__qualname__}")
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_from_type_draws_valid_instances(model: type[BaseModel], data: st.DataObject) -> None:
    value = data.draw(st.from_type(model))
    assert isinstance(value, model)
    assert _revalidated(model, value) == value


def test_no_entry_point_makes_every_hypothesis_user_import_orgwork() -> None:
    hooks = [e for e in entry_points(group="hypothesis") if e.value.startswith("orgwork")]
    assert hooks == []


def _fresh(code: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    return subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


CASE_EXAMPLE = (
    "from hypothesis import strategies as st\n"
    "from orgwork.supervision import Case\n"
    "print(type(st.from_type(Case).example()).__name__)\n"
)


def test_importing_hypothesis_imports_no_orgwork() -> None:
    done = _fresh("import sys, hypothesis\nprint('orgwork' in sys.modules)\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_importing_the_strategies_registers_them() -> None:
    # The example, once orgwork.strategies is imported (in a conftest.py, say).
    done = _fresh("import orgwork.strategies\n" + CASE_EXAMPLE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Case"


def test_instances_names_what_it_cannot_draw() -> None:
    from orgwork.strategies import instances

    class Odd(BaseModel):
        z: complex

    with pytest.raises(TypeError, match="complex"):
        instances(Odd)
    with pytest.raises(TypeError, match="model"):
        instances("Case")  # type: ignore[arg-type]


def test_results_are_what_the_rules_decide() -> None:
    # A result model is drawn by running its rule on drawn inputs: a ranking's rank is
    # never past the number of units ranked.
    from orgwork.assessment import Ranking

    @settings(max_examples=25)
    @given(st.from_type(Ranking))
    def ranked(r: Ranking) -> None:
        assert r.rank is None or 1 <= r.rank <= r.ranked_units

    ranked()

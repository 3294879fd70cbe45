"""Test configuration: hypothesis profiles and the ``rule`` marker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# CI runs enough examples to matter, never fails on a slow example, and is reproducible
# (derandomize: the same examples every run, so a red CI is never a roll of the dice;
# local runs explore with fresh random examples).
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=60, deadline=None)
# tools/mutation.py: every mutant reruns the tests that reach it, so few examples, and always
# the same ones (a mutant's verdict must not depend on a roll of the dice).
settings.register_profile(
    "mutation",
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


def _find_seeds() -> Path | None:
    """The seed reports: $ORGWORK_SEEDS, or ``shared/seeds/readable`` beside the checkout."""
    env = os.environ.get("ORGWORK_SEEDS")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents[1:4]:
        candidate = parent / "shared" / "seeds" / "readable"
        if candidate.is_dir():
            return candidate
    return None


SEEDS_DIR = _find_seeds()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The seed texts. Outside CI a checkout without them skips; in CI their absence fails."""
    if SEEDS_DIR is None or not SEEDS_DIR.is_dir():
        if os.environ.get("CI"):
            pytest.fail("shared/seeds/readable not found beside the checkout (set ORGWORK_SEEDS)")
        pytest.skip("shared/seeds is not beside this checkout")
    return SEEDS_DIR

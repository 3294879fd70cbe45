"""Test configuration: hypothesis profiles and the ``rule`` marker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# CI runs enough examples to matter and never fails on a slow example.
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

#: The seed reports, when the checkout has ``shared/`` beside it (CI does).
SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "readable"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip("shared/seeds is not beside this checkout")
    return SEEDS_DIR

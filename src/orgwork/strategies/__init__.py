"""Hypothesis strategies for orgwork's models, for testing your own code against orgwork.

Requires hypothesis (``pip install "orgwork[test]"``).

>>> from hypothesis import given
>>> from orgwork import strategies as ows
>>> @given(ows.policies())
... def test_reply_deadline_is_positive(policy):
...     assert policy.supervision.reply_working_days >= 1
>>> test_reply_deadline_is_positive()
"""

from __future__ import annotations

from orgwork.strategies._core import *  # noqa: F403
from orgwork.strategies._core import __all__ as _core

__all__ = [*_core]

"""The hook that registers every public model's strategy with hypothesis.

``orgwork.strategies`` calls it when its import is done. It has the signature of a
hypothesis "third-party registration" hook, but orgwork declares no ``hypothesis``
entry point: that would import orgwork and build every strategy in each process
that imports hypothesis, whether or not it tests orgwork.
"""

from __future__ import annotations

#: Set once `orgwork.strategies` has finished importing.
READY = False


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every public model with `hypothesis.strategies.register_type_strategy`.

    When ``import orgwork.strategies`` is what first imports hypothesis, hypothesis calls
    this while the package is half imported: it then does nothing, and the package
    registers the strategies itself when its import is done.
    """
    if not READY:
        return
    from orgwork.strategies._registry import register

    register()

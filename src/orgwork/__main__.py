"""``python -m orgwork``."""

from orgwork.cli import run

run()

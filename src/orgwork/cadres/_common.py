"""Constants shared by the cadres modules (not public)."""

from __future__ import annotations

__all__ = ["S000", "S002", "S003"]

#: The seed reports these rules come from (file names in shared/seeds/readable).
S000 = "000_d6bf9a3c8f5be95e.txt"
S002 = "002_c27f48baf07b5fdd.txt"
S003 = "003_5278913ac78e06dd.txt"

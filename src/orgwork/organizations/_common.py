"""Constants shared by the organizations modules (not public)."""

from __future__ import annotations

__all__ = ["S001", "S002", "S003"]

#: The seed reports these rules come from (file names in shared/seeds/readable).
S001 = "001_abf17c1f2718a70a.txt"
S002 = "002_c27f48baf07b5fdd.txt"
S003 = "003_5278913ac78e06dd.txt"

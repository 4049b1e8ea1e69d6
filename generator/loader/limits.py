"""Limits on what the loader reads, shared by the JSON and YAML readers (no YAML import here)."""

from __future__ import annotations

import sys

#: how deeply collections may nest (real specs stay below 100)
MAX_DEPTH = 1_000
#: the most decimal digits an integer may have (Python refuses to convert longer ones)
MAX_INT_DIGITS = sys.get_int_max_str_digits() or 4_300

"""Output stage: format, compare with the output folder, write atomically with a manifest.

    result = write_tree(files, options, spec_hash)    # WriteResult; result.describe()
    outcome = check_tree(files, options, spec_hash)   # CheckOutcome; outcome.clean, outcome.describe(n)

`files` maps relative POSIX paths (under `options.output`) to unformatted
text.  Modules: `paths` (path safety), `formatting` (black), `manifest`
(ownership + cache), `plan` (what changed), `writer` + `swap` (atomic
replacement), `check` (drift report).
"""

from __future__ import annotations

from .check import CheckOutcome, check_tree
from .formatting import FormatPool
from .plan import to_prefetch
from .writer import WriteResult, write_tree

__all__ = ["CheckOutcome", "FormatPool", "WriteResult", "check_tree", "to_prefetch", "write_tree"]

"""The validator-stack speed-up answers exactly as the library it replaces."""

from __future__ import annotations

import collections
import pickle
import subprocess
import sys
from pathlib import Path

from generator.validate import library_speedups

ORDERS_SPEC = Path(__file__).resolve().parents[2].parent / "shared" / "specs" / "voucherify-orders.json"


class _Mapping:
    def __contains__(self, key: object) -> bool:
        return False

    def __getitem__(self, key: object) -> object:
        raise KeyError(key)

    def __len__(self) -> int:
        return 0


class _Str(str):
    pass


def test_isinstance_answers_as_the_protocol_for_json_and_other_values() -> None:
    from pathable import accessors, protocols

    assert library_speedups.install()
    assert library_speedups.install()  # idempotent
    assert accessors.Subscriptable is not protocols.Subscriptable
    values = [{}, {"a": 1}, [], [1, 2], "", "text", 0, 7, -1.5, 1e308, True, False, None, b"bytes", (1,),
              {1, 2}, collections.OrderedDict(), _Mapping(), _Str("x"), object(), 3j, len]
    for value in values:
        assert isinstance(value, accessors.Subscriptable) == isinstance(value, protocols.Subscriptable), value


_FINDINGS = """
import pickle, sys, json
from generator.validate import library_speedups, spec_validator
if sys.argv[2] == "fast":
    assert library_speedups.install()
else:  # the validator installs it itself: not this time
    library_speedups.install = lambda: False
doc = json.load(open(sys.argv[1]))
sys.stdout.buffer.write(pickle.dumps(spec_validator.run(doc, "3.0")))
"""


def test_validator_findings_are_the_same_with_and_without_it() -> None:
    def findings(mode: str) -> object:
        out = subprocess.run([sys.executable, "-c", _FINDINGS, str(ORDERS_SPEC), mode],
                             capture_output=True, check=True).stdout
        return pickle.loads(out)

    plain, fast = findings("plain"), findings("fast")
    assert plain == fast
    assert plain[0]  # the orders spec has findings (e.g. `required: []`): the comparison is not empty-vs-empty

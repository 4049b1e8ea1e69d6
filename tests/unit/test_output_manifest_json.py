"""The manifest's JSON is exactly what `json.dumps(sort_keys=True, indent=1, ensure_ascii=True)` writes.

`Manifest.to_json` writes the file list itself (json's indenting encoder is
pure Python and slow on thousands of entries); these tests compare it with
json's own output on hand-picked and random manifests, and check that the
text parses back to the same manifest.
"""

from __future__ import annotations

import json
import random
import string

import pytest

from generator.diagnostics import Diagnostic, Level
from generator.output import manifest as mf
from generator.validate.record import ValidationRecord

ALPHABET = string.ascii_letters + string.digits + "/._- \"\\\x00\x1f\u00e9\u2028\U0001f600"


def _reference(m: mf.Manifest) -> str:
    files = {p: {"render": e.render, "final": e.final, **({"key": e.key} if e.key is not None else {})}
             for p, e in m.files.items()}
    data: dict[str, object] = {"manifest": m.version, "generator": m.generator, "black": m.black, "format": m.format,
                               "package": m.package, "spec": m.spec, "files": files}
    if m.validation is not None:
        data["validation"] = m.validation.to_data()
    if m.inputs is not None:
        data["inputs"] = m.inputs
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=True) + "\n"


def _hex(rng: random.Random) -> str:
    return f"{rng.getrandbits(256):064x}"


def _random_manifest(rng: random.Random) -> mf.Manifest:
    def text(n: int) -> str:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, n)))

    files = {text(16): mf.FileEntry(_hex(rng), _hex(rng), rng.choice([None, _hex(rng)]))
             for _ in range(rng.randrange(0, 8))}
    validation = None
    if rng.random() < 0.5:
        spec = _hex(rng)
        # a finding whose text looks like the placeholder the writer splices the file list into
        findings = (Diagnostic(Level.WARNING, "/x", '"files": "\u0000files\u0000" ' + text(10), code="c"),)
        validation = ValidationRecord(spec, "validator", "0.1", findings)
    return mf.Manifest(files=files, spec=_hex(rng), package=text(8), generator="0.1.0", black="26.10.1",
                       format="black 26.10.1", validation=validation, inputs=rng.choice([None, _hex(rng)]))


@pytest.mark.parametrize("seed", range(200))
def test_to_json_is_jsons_own_output(seed: int) -> None:
    manifest = _random_manifest(random.Random(seed))
    text = manifest.to_json()
    assert text == _reference(manifest)
    if any(mf.path_problem(p) for p in manifest.files):  # parse refuses unsafe paths; the text is still right
        with pytest.raises(ValueError):
            mf.parse(text.encode("ascii"))
    else:
        assert mf.parse(text.encode("ascii")).files == manifest.files


def test_an_empty_file_list() -> None:
    manifest = mf.Manifest(files={}, spec="0" * 64, package="p", generator="0", black="0", format="f")
    assert manifest.to_json() == _reference(manifest)

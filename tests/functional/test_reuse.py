"""Regeneration keeps the files of schemas whose inputs did not change, through the real CLI.

`generate` records a key per render unit (a schema's model module and docs
page) in the manifest; the next `generate` keeps a unit's files without
rendering them when its key is unchanged and the files still hash to what was
written.  Whatever it keeps, the tree must be byte-identical to a cold
generation of the new spec, hand edits must still be caught, and `check`
(which always renders in full) must agree.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from generator.options import MANIFEST_NAME

from test_drift import sdkgen, tree

REPO = Path(__file__).resolve().parents[2]
ORDERS = REPO.parent / "shared" / "specs" / "voucherify-orders.json"
PACKAGE = "voucherify"


def generate(spec: Path, out: Path, *extra: str):  # type: ignore[no-untyped-def]
    return sdkgen("generate", spec, "-o", out, "--package-name", PACKAGE, *extra)


def check(spec: Path, out: Path, *extra: str):  # type: ignore[no-untyped-def]
    return sdkgen("check", spec, "-o", out, "--package-name", PACKAGE, *extra)


def edited(tmp_path: Path, name: str, change: dict) -> Path:
    doc = json.loads(ORDERS.read_text(encoding="utf-8"))
    doc["components"]["schemas"][name].update(change)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path


def manifest(out: Path) -> dict:
    return json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cold(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cold") / "out"
    assert generate(ORDERS, out).returncode == 0
    return out


def fresh_copy(cold: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    for rel, data in tree(cold).items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    return out


def test_every_unit_file_is_recorded_with_a_key(cold: Path) -> None:
    files = manifest(cold)["files"]
    keyed = {p for p, e in files.items() if "key" in e}
    assert f"{PACKAGE}/models/order_item.py" in keyed and "docs/OrderItem.md" in keyed
    assert f"{PACKAGE}/api/orders_api.py" not in keyed and "README.md" not in keyed
    assert all(len(files[p]["key"]) == 64 for p in keyed)


@pytest.mark.parametrize("schema, change", [
    ("OrderItem", {"description": "An edited description."}),
    ("Referrer", {"example": {"id": "ref_1"}}),
    ("OrderCalculatedItem", {"title": "A new title"}),
])
def test_regeneration_equals_a_cold_generation(cold: Path, tmp_path: Path, schema: str, change: dict) -> None:
    spec = edited(tmp_path, schema, change)
    out = fresh_copy(cold, tmp_path)
    run = generate(spec, out)
    assert run.returncode == 0, run.stderr
    reference = tmp_path / "reference"
    assert generate(spec, reference).returncode == 0
    assert tree(out) == tree(reference)
    assert check(spec, out).returncode == 0


def test_a_file_the_manifest_vouches_for_is_kept_without_rendering(cold: Path, tmp_path: Path) -> None:
    """White-box proof that units are reused: a changed file whose manifest entry was updated to match stays."""
    out = fresh_copy(cold, tmp_path)
    page = out / "docs" / "Referrer.md"
    page.write_bytes(page.read_bytes() + b"\nkept as written\n")
    data = manifest(out)
    data["files"]["docs/Referrer.md"]["final"] = hashlib.sha256(page.read_bytes()).hexdigest()
    (out / MANIFEST_NAME).write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    spec = edited(tmp_path, "OrderItem", {"description": "Edited."})
    assert generate(spec, out).returncode == 0
    assert page.read_bytes().endswith(b"kept as written\n")
    # check --no-cache renders in full and sees the difference (plain check trusts the manifest that
    # vouches for the page, as it trusts it for every file), and generate --no-cache rewrites the page
    assert check(spec, out, "--no-cache").returncode == 1
    assert generate(spec, out, "--no-cache").returncode == 0
    assert check(spec, out).returncode == 0


def test_a_unit_with_a_changed_key_is_rendered_again(cold: Path, tmp_path: Path) -> None:
    out = fresh_copy(cold, tmp_path)
    data = manifest(out)
    data["files"]["docs/Referrer.md"]["key"] = "0" * 64
    page = out / "docs" / "Referrer.md"
    original = page.read_bytes()
    page.write_bytes(original + b"\nstale\n")
    data["files"]["docs/Referrer.md"]["final"] = hashlib.sha256(page.read_bytes()).hexdigest()
    (out / MANIFEST_NAME).write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    spec = edited(tmp_path, "OrderItem", {"description": "Edited."})
    assert generate(spec, out).returncode == 0
    assert page.read_bytes() == original


def test_hand_edits_and_deletions_in_kept_units_are_still_seen(cold: Path, tmp_path: Path) -> None:
    out = fresh_copy(cold, tmp_path)
    spec = edited(tmp_path, "OrderItem", {"description": "Edited."})
    model = out / PACKAGE / "models" / "referrer.py"
    model.write_text(model.read_text() + "# mine\n")
    run = generate(spec, out)
    assert run.returncode == 2 and "referrer.py" in run.stderr
    assert generate(spec, out, "--force").returncode == 0
    page = out / "docs" / "Referrer.md"
    page.unlink()
    assert generate(spec, out).returncode == 0
    reference = tmp_path / "reference"
    assert generate(spec, reference).returncode == 0
    assert tree(out) == tree(reference)

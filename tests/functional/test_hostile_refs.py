"""Issue 7: `$ref`s are confined.  No network, no file outside the spec's folder (or `--ref-root`).

`tests/hostile/refs/api/spec.yaml` refers to `../outside.yaml`, `/etc/passwd`,
`file:///etc/passwd`, `http://example.com/x.yaml` and sneakier spellings of
the same.  `generate` must refuse it with exit 2, one message per ref, all in
one run, and nothing written; and the files must never be *opened* nor the
network touched, which an audit hook in the generator's own process checks
(`open` and `socket.*` events), so no code path can read them unnoticed.

The corpus in tests/invalid/ already pins `validate`'s message for a relative
ref out of the folder and an https ref; this file covers the rest: absolute
paths, file:// URLs, encoded and dotted escapes, refs from a referenced file,
symlinked folders, special files, `--ref-root`, and the `generate` command.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "hostile" / "refs"

#: runs the CLI in-process under an audit hook that logs opens of forbidden files and any network use
#: (libraries may probe sockets at import, and the validator reads its bundled schema by a file: URL)
AUDITED = r"""
import json, os, sys
forbidden = set(json.loads(os.environ["FORBIDDEN"]))
log = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.path.realpath(os.fsdecode(args[0]))
        if path in forbidden:
            log.append("open " + path)
    elif event in ("socket.connect", "socket.getaddrinfo", "socket.sendto", "socket.sendmsg", "http.client.connect",
                   "ftplib.connect") or (event == "urllib.Request" and not str(args[0]).startswith("file:")):
        log.append(event + " " + repr(args)[:200])
sys.addaudithook(hook)
from generator.cli import main
code = main(sys.argv[1:])
sys.stdout.write("\n@@AUDIT@@" + json.dumps(log))
sys.exit(code)
"""


#: address space allowed to each run: enough for the generator, not enough for a runaway read to hurt the machine
MEMORY_LIMIT = 3 * 1024**3


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _copy_fixture(tmp_path: Path) -> Path:
    root = tmp_path / "refs"
    shutil.copytree(FIXTURE, root)
    return root


def _run(cwd: Path, args: list[str], forbidden: list[Path], timeout: float = 60) -> tuple[subprocess.CompletedProcess[str], list[str], float]:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(cwd),
           "FORBIDDEN": json.dumps([os.path.realpath(p) for p in forbidden])}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", AUDITED, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, preexec_fn=_limit_memory)
    elapsed = time.monotonic() - started
    audit: list[str] = json.loads(proc.stdout.rsplit("\n@@AUDIT@@", 1)[1]) if "@@AUDIT@@" in proc.stdout else ["no audit"]
    return proc, audit, elapsed


def _lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line and not line.startswith("sdkgen: ")]


def _outside_message(line: int, pointer: str, ref: str, allowed: str, target: Path | str) -> str:
    return (f"spec.yaml:{line}:11: {pointer}: error: $ref '{ref}' points outside the allowed folder '{allowed}': {target} "
            "(external files must be inside the spec's folder; pass --ref-root FOLDER to allow another folder)")


PASSWD = "spec.yaml:27:11: /components/schemas/Thing/properties/passwd/$ref: error: $ref '/etc/passwd' points outside the allowed folder '{allowed}': /etc/passwd (external files must be inside the spec's folder; pass --ref-root FOLDER to allow another folder)"
FILE_URL = "spec.yaml:29:11: /components/schemas/Thing/properties/fileUrl/$ref: error: unsupported $ref 'file:///etc/passwd': only relative file paths and '#/...' pointers are allowed (refer to the file by a path relative to this file)"
REMOTE = "spec.yaml:31:11: /components/schemas/Thing/properties/remote/$ref: error: remote reference 'http://example.com/x.yaml' is not fetched (remote references are not fetched; download the file and refer to it by a relative path)"


def test_generate_refuses_every_escaping_ref_without_opening_or_fetching(tmp_path: Path) -> None:
    root = _copy_fixture(tmp_path)
    api = root / "api"
    outside = (root / "outside.yaml").resolve()
    proc, audit, elapsed = _run(api, ["generate", "spec.yaml", "-o", str(tmp_path / "out"), "--package-name", "p"],
                                [outside, Path("/etc/passwd")])
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    prop = "/components/schemas/Thing/properties"
    assert _lines(proc.stderr) == [
        _outside_message(25, f"{prop}/parent/$ref", "../outside.yaml", ".", outside),
        PASSWD.format(allowed="."),
        FILE_URL,
        REMOTE,
        _outside_message(33, f"{prop}/sneaky/$ref", "inside/../../outside.yaml#/properties/secret", ".", outside),
        _outside_message(35, f"{prop}/encoded/$ref", "..%2Foutside.yaml", ".", outside),
        "inside.yaml:6:5: /components/schemas/inside/properties/escape/$ref: error: $ref '../../refs/outside.yaml' "
        f"points outside the allowed folder '.': {outside} (external files must be inside the spec's folder; "
        "pass --ref-root FOLDER to allow another folder)",
    ]
    assert proc.stderr.rstrip().endswith("sdkgen: 7 problem(s); nothing was written.")
    assert audit == []  # never opened, never fetched
    assert "OUTSIDE-SECRET" not in proc.stdout + proc.stderr
    assert not (tmp_path / "out").exists()
    assert elapsed < 10


def test_ref_root_allows_the_named_folder_but_nothing_beyond_it(tmp_path: Path) -> None:
    root = _copy_fixture(tmp_path)
    proc, audit, _ = _run(root / "api", ["generate", "spec.yaml", "-o", str(tmp_path / "out"), "--package-name", "p",
                                         "--ref-root", ".."], [Path("/etc/passwd")])
    assert proc.returncode == 2
    assert _lines(proc.stderr) == [PASSWD.format(allowed=".."), FILE_URL, REMOTE]
    assert audit == []
    assert not (tmp_path / "out").exists()


def test_a_symlinked_folder_inside_the_spec_folder_cannot_lead_outside(tmp_path: Path) -> None:
    root = _copy_fixture(tmp_path)
    api = root / "api"
    os.symlink("..", api / "up")  # api/up/outside.yaml is ../outside.yaml
    os.symlink("/etc", api / "etc")
    (api / "spec.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {$ref: 'up/outside.yaml'}\n    B: {$ref: 'etc/passwd'}\n    C: {$ref: 'up/api/inside.yaml#/properties/fine'}\n")
    outside = (root / "outside.yaml").resolve()
    proc, audit, _ = _run(api, ["generate", "spec.yaml", "-o", str(tmp_path / "out"), "--package-name", "p"],
                          [outside, Path("/etc/passwd")])
    assert proc.returncode == 2
    lines = _lines(proc.stderr)
    assert [line.split(": error: ")[0] for line in lines] == [
        "spec.yaml:6:9: /components/schemas/A/$ref", "spec.yaml:7:9: /components/schemas/B/$ref"]
    assert all("points outside the allowed folder" in line and "--ref-root" in line for line in lines)
    assert audit == []
    assert not (tmp_path / "out").exists()


def test_a_ref_to_a_fifo_inside_the_spec_folder_does_not_hang(tmp_path: Path) -> None:
    """A named pipe never ends; reading it would block the run (a CI job) forever."""
    root = _copy_fixture(tmp_path)
    api = root / "api"
    os.mkfifo(api / "pipe.yaml")
    (api / "spec.yaml").write_text("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n"
                                   "  schemas:\n    A: {$ref: 'pipe.yaml'}\n")
    try:
        proc, _, elapsed = _run(api, ["generate", "spec.yaml", "-o", str(tmp_path / "out"), "--package-name", "p"],
                                [], timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("generate blocked reading a FIFO named by a $ref")
    assert proc.returncode == 2
    (line,) = _lines(proc.stderr)
    assert line.startswith("spec.yaml:6:9: /components/schemas/A/$ref: error: ")
    assert elapsed < 10


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_as_the_spec_is_refused_quickly(tmp_path: Path, device: str) -> None:
    """A spec path that never ends (a device, a pipe) must hit the size limit, not fill the memory."""
    try:
        proc, _, elapsed = _run(tmp_path, ["validate", device], [], timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail(f"validate {device} did not finish in 20 s")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert _lines(proc.stderr)[0].startswith(f"{device}: /: error: ")
    assert elapsed < 10

"""openapi-spec-validator in a forked child, so the IR, the render and black overlap it.

    job = start(document, version)     # forks (where possible) and returns at once
    ...                                # build the IR, render, format
    findings, crash = job.result()     # exactly what `spec_validator.run` returns

The child sends its findings back through a pipe (pickled) and exits with
`os._exit` (no atexit handlers, no flushing of the parent's buffers); its
stdout and stderr go to /dev/null.  Whenever the child cannot be used (no
`fork`, the fork fails, the child dies or sends garbage), the validator runs
here instead: the result is the same, only slower.

The child is either a fork of this process after loading (`fork=True`: it
sees the same document without copying or re-reading it), or a `Standby`
forked at the very start of the run, which imports the validator's stack
while this process imports ours, and loads the spec itself:

    standby = Standby(spec, ref_root)    # forks now, before our own imports and the load
    ...                                  # load
    child = standby.hand_over(version, loaded.content_hash)   # None: it is gone, fork anew
    job = start(document, version, fork=child or True)
    standby.cancel()                     # a no-op once handed over: kills it when the run does not need it
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
from pathlib import Path

from . import library_speedups, spec_validator
from ..records import Record

Result = tuple[list[spec_validator.Finding], "str | None"]

#: a child's exit status when it sends nothing on purpose (nothing to validate, another document)
_UNUSED = 3
#: how often (seconds) a waiting standby child checks that its parent is still there
_POLL_SECONDS = 0.25
#: the `openapi` value of the document that warms the validator up, per version
_WARM_UP_VERSIONS = {"3.0": "3.0.3", "3.1": "3.1.0"}


class Child(Record):
    """A forked validator child that will send its findings on `fd` and exit."""

    pid: int
    fd: int


class Job:
    """A validator run: forked child or deferred in-process call."""

    def __init__(self, document: dict, version: str, *, fork: "bool | Child" = True) -> None:
        """`fork`: True to fork a child now, a `Child` handed this document already, False for neither."""
        self._document = document
        self._version = version
        self._pid: int | None = None
        self._fd: int | None = None
        self._result: Result | None = None
        if isinstance(fork, Child):
            self._pid, self._fd = fork.pid, fork.fd
        elif fork and _can_fork():
            self._fork()

    def _fork(self) -> None:
        try:
            read_fd, write_fd = os.pipe()
        except OSError:
            return
        _flush()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return
        if pid == 0:  # the child: validate, send, leave without running any cleanup
            code = 0
            try:
                os.close(read_fd)
                _become_child()
                _send(write_fd, pickle.dumps(spec_validator.run(self._document, self._version),
                                             protocol=pickle.HIGHEST_PROTOCOL))
            except BaseException:  # noqa: BLE001 - the parent falls back to validating itself
                code = 1
            finally:
                os._exit(code)
        os.close(write_fd)
        self._pid, self._fd = pid, read_fd

    def result(self) -> Result:
        """Wait for the findings (validating in-process if the child failed)."""
        if self._result is None:
            received = self._receive()
            self._result = received if received is not None else spec_validator.run(self._document, self._version)
            self._document = {}  # the child and the caller hold it; we need it no more
        return self._result

    def _receive(self) -> Result | None:
        if self._pid is None or self._fd is None:
            return None
        chunks = []
        try:
            with os.fdopen(self._fd, "rb") as fh:
                self._fd = None
                while True:
                    chunk = fh.read(1 << 20)
                    if not chunk:
                        break
                    chunks.append(chunk)
        except OSError:
            chunks = []
        status = self._reap()
        if status != 0 or not chunks:
            return None
        try:
            found = pickle.loads(b"".join(chunks))
        except Exception:  # noqa: BLE001 - a truncated message: validate here instead
            return None
        if not (isinstance(found, tuple) and len(found) == 2 and isinstance(found[0], list)):
            return None
        return found  # type: ignore[return-value]

    def _reap(self) -> int:
        pid, self._pid = self._pid, None
        if pid is None:
            return -1
        while True:
            try:
                _, status = os.waitpid(pid, 0)
            except ChildProcessError:
                return -1
            except InterruptedError:  # pragma: no cover - PEP 475 retries for us
                continue
            return os.waitstatus_to_exitcode(status)

    def cancel(self) -> None:
        """Stop the child (the run ended early); harmless when it already finished."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._pid is not None:
            pid, self._pid = self._pid, None
            _kill(pid)


class Standby:
    """A validator child forked at the very start of a run, before the run imports its modules and loads the spec.

    The child loads the spec itself with the run's own call (`load(spec,
    ref_root=ref_root)`) and imports openapi-spec-validator's stack, while the
    run imports its modules and loads the spec too.  Then it waits: it
    validates only once the run hands it over (`hand_over`) with the version
    and content hash of the document the run loaded, and only if its own
    document has that hash (the same bytes, loaded the same way, give the
    same document); otherwise it sends nothing and the run validates its own
    document after all (`Job.result`).  A run that does not need the
    validator (the manifest's record is used, bad input, an exception)
    cancels it: it is killed, having validated nothing.  While it waits it
    checks every `_POLL_SECONDS` that its parent still exists, so it never
    outlives a run that died.
    """

    def __init__(self, spec: Path, ref_root: Path | None = None) -> None:
        self.pid: int | None = None
        self._go: int | None = None  # the parent writes the hand-over message here
        self._fd: int | None = None  # the child writes its findings here
        if _can_fork():
            self._fork(spec, ref_root)

    def _fork(self, spec: Path, ref_root: Path | None) -> None:
        try:
            go_read, go_write = os.pipe()
        except OSError:
            return
        try:
            out_read, out_write = os.pipe()
        except OSError:
            _close(go_read, go_write)
            return
        _flush()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            _close(go_read, go_write, out_read, out_write)
            return
        if pid == 0:
            code = 1
            try:
                _close(go_write, out_read)
                _become_child()
                code = _stand_by(spec, ref_root, go_read, out_write, parent)
            except BaseException:  # noqa: BLE001 - the parent validates without this child
                code = 1
            finally:
                os._exit(code)
        _close(go_read, out_write)
        self.pid, self._go, self._fd = pid, go_write, out_read

    def hand_over(self, version: str, content_hash: str) -> Child | None:
        """Tell the child which document the run validates; None when the child is gone already.

        Afterwards the child belongs to the `Job` made from the `Child` (which reaps it).
        """
        pid, go, fd = self.pid, self._go, self._fd
        self.pid = self._go = self._fd = None
        if pid is None or go is None or fd is None:
            return None
        try:
            exited = os.waitpid(pid, os.WNOHANG)[0] == pid  # reaped if so
        except ChildProcessError:
            exited = True
        if not exited:
            try:
                os.write(go, _message(version, content_hash))  # a few bytes: never blocks, never partial
                os.close(go)
                return Child(pid, fd)
            except OSError:  # it exited meanwhile
                _kill(pid)
        _close(go, fd)
        return None

    def cancel(self) -> None:
        """Kill and reap the child unless it was handed over; harmless when called again."""
        pid, go, fd = self.pid, self._go, self._fd
        self.pid = self._go = self._fd = None
        if go is not None:
            _close(go)
        if fd is not None:
            _close(fd)
        if pid is not None:
            _kill(pid)


def _stand_by(spec: Path, ref_root: Path | None, go: int, out: int, parent: int) -> int:
    """The standby child's work; the exit status."""
    from ..loader import load
    from .document import check_version

    loaded, _ = load(spec, ref_root=ref_root)
    _, version, go_on = check_version(loaded.document)
    if not go_on or version is None:
        return _UNUSED  # the run validates nothing either
    _warm_up(version)
    if _await_message(go, parent) != _message(version, loaded.content_hash):
        return _UNUSED  # the run has another document, or ended
    _send(out, pickle.dumps(spec_validator.run(loaded.document, version), protocol=pickle.HIGHEST_PROTOCOL))
    return 0


def _warm_up(version: str) -> None:
    """Import the validator's stack and build its validators, through a run on an empty document."""
    spec_validator.run({"openapi": _WARM_UP_VERSIONS.get(version, version),
                        "info": {"title": "warm-up", "version": "1"}, "paths": {}}, version)


def _message(version: str, content_hash: str) -> bytes:
    return f"{version}\n{content_hash}\n".encode("ascii", "replace")


def _await_message(fd: int, parent: int) -> bytes | None:
    """The hand-over message (two lines); None when the parent closed the pipe or is gone.

    Others may hold the pipe's write end too (processes the parent forked
    later), so a parent that died is noticed by `getppid`, not by end of file.
    """
    data = b""
    while data.count(b"\n") < 2 and len(data) < 4096:
        ready, _, _ = select.select([fd], [], [], _POLL_SECONDS)
        if not ready:
            if os.getppid() != parent:
                return None
            continue
        chunk = os.read(fd, 4096)
        if not chunk:
            return None
        data += chunk
    return data


def _can_fork() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32"


def _flush() -> None:
    """Flush our buffers before forking, so the child cannot write them out a second time."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def _become_child() -> None:
    """In a child only: default Ctrl-C, no output to the parent's stdout and stderr, no `requests`,
    no pydantic-settings (`library_speedups.install_settings_stand_in`)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    _skip_url_libraries()
    library_speedups.install_settings_stand_in()


def _send(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _close(*fds: int) -> None:
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


def _kill(pid: int) -> None:
    """SIGKILL and reap a child of ours (it may have exited already)."""
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    while True:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            return
        except InterruptedError:  # pragma: no cover - PEP 475 retries for us
            continue
        return


def _skip_url_libraries() -> None:
    """In the child only: make `import requests` fail, so jsonschema_path falls back to urllib.

    jsonschema_path imports `requests` (and with it urllib3, charset_normalizer,
    ...: ~50 ms) for its URL handler when it can.  Our validator classes resolve
    no URL at all (`resolver_handlers` is empty), so the findings cannot depend
    on it; the child exits right after validating, so nothing else sees this.
    """
    if "requests" not in sys.modules:
        sys.modules["requests"] = None  # type: ignore[assignment]


def start(document: dict, version: str, *, fork: "bool | Child" = True) -> Job:
    return Job(document, version, fork=fork)

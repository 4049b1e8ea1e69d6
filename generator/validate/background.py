"""openapi-spec-validator in a forked child, so the IR, the render and black overlap it.

    job = start(document, version)     # forks (where possible) and returns at once
    ...                                # build the IR, render, format
    findings, crash = job.result()     # exactly what `spec_validator.run` returns

The child is a fork of this process after loading, so it sees the same
document without copying or re-reading it; it sends its findings back through
a pipe (pickled) and exits with `os._exit` (no atexit handlers, no flushing of
the parent's buffers).  Whenever the child cannot be used (no `fork`, the
fork fails, the child dies or sends garbage), the validator runs here instead:
the result is the same, only slower.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys

from . import spec_validator

Result = tuple[list[spec_validator.Finding], "str | None"]


class Job:
    """A validator run: forked child or deferred in-process call."""

    def __init__(self, document: dict, version: str, *, fork: bool = True) -> None:
        self._document = document
        self._version = version
        self._pid: int | None = None
        self._fd: int | None = None
        self._result: Result | None = None
        if fork and hasattr(os, "fork") and sys.platform != "win32":
            self._fork()

    def _fork(self) -> None:
        try:
            read_fd, write_fd = os.pipe()
        except OSError:
            return
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
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
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                _skip_url_libraries()
                data = pickle.dumps(spec_validator.run(self._document, self._version),
                                    protocol=pickle.HIGHEST_PROTOCOL)
                view = memoryview(data)
                while view:
                    view = view[os.write(write_fd, view):]
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
            try:
                os.kill(self._pid, signal.SIGKILL)
            except OSError:
                pass
            self._reap()


def _skip_url_libraries() -> None:
    """In the child only: make `import requests` fail, so jsonschema_path falls back to urllib.

    jsonschema_path imports `requests` (and with it urllib3, charset_normalizer,
    ...: ~50 ms) for its URL handler when it can.  Our validator classes resolve
    no URL at all (`resolver_handlers` is empty), so the findings cannot depend
    on it; the child exits right after validating, so nothing else sees this.
    """
    if "requests" not in sys.modules:
        sys.modules["requests"] = None  # type: ignore[assignment]


def start(document: dict, version: str, *, fork: bool = True) -> Job:
    return Job(document, version, fork=fork)

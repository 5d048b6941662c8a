"""Real SPARQL servers on loopback for the server tests: Oxigraph server and `kg serve`."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import require_tool


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


@dataclass
class Server:
    proc: subprocess.Popen
    port: int
    query_url: str
    update_url: str

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start_oxigraph(location: Path, port: int | None = None) -> Server:
    """`oxigraph serve` over a folder, querying the union of named graphs by default."""
    exe = require_tool("oxigraph")
    port = port or free_port()
    location.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_for_port(port, proc)
    base = f"http://127.0.0.1:{port}"
    return Server(proc, port, f"{base}/query", f"{base}/update")


def start_kg_serve(store: Path, *args: str, port: int | None = None) -> Server:
    """`kg serve` as a user runs it, in its own process."""
    port = port or free_port()
    env = {**os.environ, "KG_LOCK_TIMEOUT": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), "serve", "--port", str(port), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    wait_for_port(port, proc)
    base = f"http://127.0.0.1:{port}"
    return Server(proc, port, f"{base}/sparql", f"{base}/update")


@contextmanager
def running(server: Server):
    try:
        yield server
    finally:
        server.stop()

"""irctest server controller for Relay's IRC gateway.

irctest (https://github.com/progval/irctest) runs IRC conformance tests against a
server that a "controller" starts. This module is that controller for Relay: for
every test, irctest picks a free port and this starts

    java -jar relay.jar --host 127.0.0.1 --port 0 --http-port 0 --irc-port PORT
         --instances 1 --flood-rate 0 --max-connections-per-ip 0 --shutdown-grace 0
         [--irc-password PW]

in a fresh temporary directory, waits until PORT answers, and stops it afterwards.
Everything listens on 127.0.0.1 only. TLS and websockets are not offered, so the
tests that need them are reported as skipped. Services are Relay's own accounts (in
the embedded database of that directory): for a test that runs services, the chat
port is a free port of its own, and registerUser registers the nick there with the
line protocol's `/register` (docs/PROTOCOL.md 9); a password Relay would refuse
(under 8 characters) skips the test.

How to run: from a checkout of irctest, with this file's directory on PYTHONPATH
(one server is started per test, so run the files one pytest run at a time):

    cd irctest
    RELAY_JAR=/path/to/relay.jar PYTHONPATH=/path/to/this/dir \\
      python3 -m pytest -p no:cacheprovider --controller relay_controller \\
        -m 'not IRCv3 and not services and not implementation-specific and not deprecated and not strict' \\
        irctest/server_tests/join.py

That needs pytest >= 7.4 for irctest's conftest.py. With Debian 12's pytest 7.2, add
`--noconftest -p irctest_compat` and put the irctest_compat plugin's directory on
PYTHONPATH too (it runs the same conftest under the older pytest). docs/IRC.md 8 has
the command for the whole set of test files Relay is checked with.

Environment:
  RELAY_JAR            the jar to run (default target/relay.jar; give an absolute path)
  RELAY_JAVA_OPTS      JVM options, replacing the defaults below
  RELAY_EXTRA_ARGS     more Relay flags, appended to the command line above
  RELAY_FAKETIME=0     never run Relay under libfaketime (see _faketime_env)
  RELAY_SYNC_SLEEP     seconds irctest waits before reading replies (default 0)
  RELAY_IRCTEST_LOGS   directory that keeps each test's Relay output, one file per test
  RELAY_LOG_LEVEL      Relay's own log level (default INFO; DEBUG with IRCTEST_DEBUG_LOGS=1)
  IRCTEST_DEBUG_LOGS=1 irctest's switch: stream Relay's output into pytest's output instead
Every other RELAY_* variable is removed from Relay's environment, so the caller's
shell cannot change the configuration under test.
"""

from __future__ import annotations

import os
from pathlib import Path
import re
import shutil
import socket
import subprocess
from typing import IO, Dict, Optional, Tuple, Type

from irctest.basecontrollers import (
    BaseServerController,
    DirectoryBasedController,
    ProcessStopped,
)
from irctest.irc_utils.junkdrawer import find_hostname_and_port
from irctest.runner import NotImplementedByController

LOOPBACK = "127.0.0.1"
DEFAULT_JAR = "target/relay.jar"

# Every test starts a new JVM (about 80 in the basic files), so start-up time counts:
# C1 only, the serial GC and class-data sharing bring start-up to about a second.
DEFAULT_JAVA_OPTS = [
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",
    "-Xshare:auto",
    "-XX:-UsePerfData",
    "-Xms32m",
    "-Xmx256m",
]

# RELAY_* variables that are passed on to Relay; all others are dropped.
PASSED_ENV = {"RELAY_LOG_LEVEL", "RELAY_LOG_FORMAT"}

# Relay's rule for a new password (docs/PROTOCOL.md 9.1).
MIN_PASSWORD_CHARACTERS = 8


def _faketime_env(spec: str) -> Optional[Dict[str, str]]:
    """The LD_PRELOAD and FAKETIME that `faketime -f SPEC` would give a program,
    or None when faketime is not installed or disabled with RELAY_FAKETIME=0.

    irctest asks for faketime in list.py (`+1y x30`: a minute of server time per
    two seconds). Checked with OpenJDK 17 and Debian's libfaketime 0.9.10: with its
    default settings the JVM's wall clock (currentTimeMillis, Instant.now) and its
    monotonic clock (nanoTime, timers) both run 30 times faster, consistently, and
    Relay starts and chats normally. Do NOT set FAKETIME_DONT_FAKE_MONOTONIC=1:
    then timed waits (Object.wait) return at once and Relay takes ~10 s to start.

    The library is preloaded into the JVM directly rather than running
    `faketime java ...`: the wrapper dies at once on SIGTERM, which would leave the
    JVM orphaned while it shuts down and leak the wrapper's /dev/shm segment.
    """
    exe = shutil.which("faketime")
    if exe is None or os.environ.get("RELAY_FAKETIME") == "0":
        return None
    # Ask the wrapper instead of guessing the library's path for this platform.
    out = subprocess.run(
        [exe, "-f", spec, "env", "-0"], capture_output=True, text=True, timeout=10
    ).stdout
    env = dict(item.split("=", 1) for item in out.split("\0") if "=" in item)
    if not env.get("LD_PRELOAD"):
        return None
    return {"LD_PRELOAD": env["LD_PRELOAD"], "FAKETIME": env.get("FAKETIME", spec)}


class RelayController(BaseServerController, DirectoryBasedController):
    software_name = "Relay"
    # What Relay supports beyond the basics. Declare an OptionalBehaviors entry only
    # once it is implemented: a declared behaviour turns the test's "skipped" into a
    # failure. Likewise `capabilities` (IRCv3) and `isupport` (tokens tests may check).
    optional_behaviors = frozenset()
    capabilities = frozenset()
    isupport: dict = {}
    supported_sasl_mechanisms: set = set()
    supports_sts = False
    extban_mute_char = None
    # irctest reads replies up to the PONG of its own PING; 0 is right if Relay
    # writes everything a command causes, on every connection, before that PONG.
    sync_sleep_time = float(os.environ.get("RELAY_SYNC_SLEEP", "0"))
    _port_wait_interval = 0.05  # the JVM is up in about a second

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._log: Optional[IO[bytes]] = None
        self._cmd: list = []
        self._chat_port: Optional[int] = None

    def get_hostname_and_port(self) -> Tuple[str, int]:
        # irctest's own choice is ("0.0.0.0", port): keep its port bookkeeping,
        # listen on loopback only.
        _, port = super().get_hostname_and_port()
        return (LOOPBACK, port)

    def run(
        self,
        hostname: str,
        port: int,
        *,
        password: Optional[str],
        ssl: bool,
        run_services: bool,
        faketime: Optional[str] = None,
        websocket_hostname: Optional[str] = None,
        websocket_port: Optional[int] = None,
    ) -> None:
        assert self.proc is None
        for unsupported, name in [
            (ssl, "TLS"),
            (websocket_port is not None, "Websocket"),
        ]:
            if unsupported:
                self.kill()  # give back the port: irctest skips tearDown now
                raise NotImplementedByController(name)

        jar = os.environ.get("RELAY_JAR", DEFAULT_JAR)
        if not os.access(jar, os.R_OK):
            self.kill()
            raise RuntimeError(f"Relay jar not readable: {jar} (build it or set RELAY_JAR)")
        java = shutil.which("java")
        if java is None:
            self.kill()
            raise RuntimeError("no `java` on PATH")

        self.hostname, self.port = LOOPBACK, port
        self.create_config()  # a fresh temporary directory: Relay's working directory
        assert self.directory

        java_opts = os.environ.get("RELAY_JAVA_OPTS")
        # registerUser speaks the line protocol, so it must know the chat port.
        self._chat_port = find_hostname_and_port()[1] if run_services else None
        self._cmd = [
            java,
            *(java_opts.split() if java_opts is not None else DEFAULT_JAVA_OPTS),
            "-jar", jar,
            "--host", LOOPBACK,    # line-protocol port: loopback, any free port
            "--port", str(self._chat_port or 0),
            "--http-port", "0",    # operator HTTP port: any free port (host from env)
            "--irc-port", str(port),
            "--instances", "1",
            "--flood-rate", "0",   # irctest sends bursts and opens many connections
            "--max-connections-per-ip", "0",
            "--shutdown-grace", "0",  # irctest SIGKILLs after 5 s anyway
        ]
        if password is not None:
            self._cmd += ["--irc-password", password]
        self._cmd += os.environ.get("RELAY_EXTRA_ARGS", "").split()

        env = {k: v for k, v in os.environ.items()
               if not k.startswith("RELAY_") or k in PASSED_ENV}
        env["RELAY_HTTP_HOST"] = LOOPBACK  # http.host has no flag
        # irctest expects every server to call itself My.Little.Server (PONG, 004, WHO)
        env["RELAY_IRC_SERVER_NAME"] = "My.Little.Server"
        env.setdefault("RELAY_LOG_LEVEL", "DEBUG" if self.debug_mode else "INFO")
        if faketime:
            fake = _faketime_env(faketime)
            if fake is not None:
                env.update(fake)
                self.faketime_enabled = True  # list.py then sleeps 2 s, not 60 s

        if self.debug_mode:
            output = {}  # irctest streams it into the test's output
        else:
            self._log = (self.directory / "relay.log").open("wb")
            output = {"stdout": self._log, "stderr": self._log}
        # cwd: a conf/relay.json in the caller's directory must not be loaded.
        # execute() starts a new session, so kill() stops the whole group.
        self.proc = self.execute(self._cmd, proc_name="relay", cwd=self.directory,
                                 env=env, **output)
        try:
            # Wait here, so that a Relay that cannot start makes the test an error
            # at set-up with Relay's own message, instead of a failure later on.
            self.wait_for_port()
        except BaseException:
            self.kill()  # irctest does not call tearDown when set-up fails
            raise

    def wait_for_services(self) -> None:
        """Relay's accounts are ready when its ports are."""

    def registerUser(self, case, username: str, password: Optional[str] = None) -> None:  # type: ignore[no-untyped-def]
        """Registers `username` as an account with the line protocol: the alias,
        then `/register PASSWORD`, then `/quit`."""
        if self._chat_port is None:
            raise NotImplementedByController("account registration without services")
        if password is None or len(password) < MIN_PASSWORD_CHARACTERS:
            raise NotImplementedByController(
                f"password {password!r}: Relay's need at least {MIN_PASSWORD_CHARACTERS} characters")
        with socket.create_connection((LOOPBACK, self._chat_port), timeout=10) as conn:
            lines = conn.makefile("rwb")

            def until(wanted: str) -> str:
                while True:
                    line = lines.readline().decode("utf-8").rstrip("\r\n")
                    if not line:
                        raise RuntimeError(f"registering {username}: connection closed")
                    if line.startswith("! "):
                        raise RuntimeError(f"registering {username}: {line}")
                    if line.startswith(wanted):
                        return line

            lines.write(username.encode() + b"\r\n")
            lines.flush()
            until("* You are now connected as ")
            lines.write(f"/register {password}\r\n".encode())
            lines.flush()
            until(f"* {username} is registered to you now")
            lines.write(b"/quit\r\n")
            lines.flush()

    def wait_for_port(self) -> None:
        """irctest's wait, with Relay's output in the error when it does not start.

        The inherited wait connects every 50 ms until the port accepts (giving up
        after 60 s of "connection refused"), checking each time that the process is
        still alive, then sends "QUIT :chkport" and reads until the server closes
        or sends ERROR (or 1 s passes) -- so a pre-registration QUIT should get
        "ERROR :..." and a close, or every test pays that second.
        """
        try:
            super().wait_for_port()
        except ProcessStopped:
            assert self.proc
            raise ProcessStopped(
                f"Relay exited with code {self.proc.returncode} before listening on "
                f"{LOOPBACK}:{self.port}: {self._output_excerpt()}"
            ) from None
        except ConnectionRefusedError:
            raise TimeoutError(
                f"Relay did not listen on {LOOPBACK}:{self.port} within 60 s: "
                f"{self._output_excerpt()}"
            ) from None

    def _output_excerpt(self, head: int = 5, tail: int = 10) -> str:
        """Relay's first output line (usually the error), then more of its output
        on the following lines, then the command line."""
        if self._log is None:
            return "(its output is above: IRCTEST_DEBUG_LOGS=1)"
        self._log.flush()
        lines = Path(self._log.name).read_text(errors="replace").splitlines()
        if len(lines) > 1 + head + tail:
            lines = lines[: 1 + head] + ["[...]"] + lines[-tail:]
        command = " ".join(map(str, self._cmd))
        return "\n".join((lines or ["(no output)"]) + [f"command: {command}"])

    def kill(self) -> None:
        """Stop Relay (SIGTERM to its group, SIGKILL after 5 s), keep its output
        if RELAY_IRCTEST_LOGS is set, and remove the temporary directory."""
        if self.proc:
            self.kill_proc()
        if self._log is not None:
            self._log.close()
            keep = os.environ.get("RELAY_IRCTEST_LOGS")
            if keep:
                # pytest names the running test, e.g. "irctest/server_tests/join.py
                # ::JoinTestCase::testJoinTwice (teardown)"
                test = os.environ.get("PYTEST_CURRENT_TEST", "").split(" ")[0]
                name = re.sub(r"[^A-Za-z0-9_.\[\]-]+", "_", test.split("/")[-1])
                Path(keep).mkdir(parents=True, exist_ok=True)
                shutil.copy(self._log.name, Path(keep) / f"{name or 'relay'}-{self.port}.log")
            self._log = None
        super().kill()  # releases the ports, removes the directory
        self.directory = None
        self._chat_port = None


def get_irctest_controller_class() -> Type[RelayController]:
    return RelayController

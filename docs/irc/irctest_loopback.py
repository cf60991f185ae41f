"""pytest plugin: make irctest's server controllers listen on loopback only.

Upstream irctest picks ports with irctest.irc_utils.junkdrawer.find_hostname_and_port(),
which binds ("", 0) and returns the hostname "0.0.0.0". The InspIRCd controller then
writes <bind address="0.0.0.0" ...> for both the client port and the services (server
link) port, i.e. it listens on every interface. This plugin replaces the helper so that
it returns ("127.0.0.1", <free port>) instead; the config templates then bind to
127.0.0.1, and irctest's ClientMock connects to 127.0.0.1.

Load it with:  PYTHONPATH=/work/irctest-work/plugins  python -m pytest -p irctest_loopback ...
(the irctest checkout itself is left unmodified).
"""

import socket
from typing import Tuple

import pytest

# Register before importing irctest.basecontrollers (conftest.py does the same; doing it
# here first keeps assertion rewriting for irctest.cases when this plugin loads first).
pytest.register_assert_rewrite("irctest.cases")

import irctest.basecontrollers  # noqa: E402
import irctest.irc_utils.junkdrawer  # noqa: E402

LOOPBACK = "127.0.0.1"


def find_loopback_hostname_and_port() -> Tuple[str, int]:
    """Find an available port on 127.0.0.1."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind((LOOPBACK, 0))
    (hostname, port) = s.getsockname()
    s.close()
    return (hostname, port)


irctest.irc_utils.junkdrawer.find_hostname_and_port = find_loopback_hostname_and_port
# basecontrollers did `from .irc_utils.junkdrawer import find_hostname_and_port`,
# so its module-level name must be replaced too (this is the one actually used).
irctest.basecontrollers.find_hostname_and_port = find_loopback_hostname_and_port


def pytest_report_header(config):
    return "irctest_loopback: server controllers bind to 127.0.0.1 only"

"""pytest plugin: run irctest's conftest.py under Debian bookworm's pytest 7.2 / pluggy 1.0.

Upstream irctest/conftest.py declares its last hook with @pytest.hookimpl(wrapper=True),
a "new-style" hook wrapper that needs pluggy >= 1.2 (pytest >= 7.4 / 8). Debian 12 ships
python3-pytest 7.2.1 + python3-pluggy 1.0.0, where importing that conftest fails with
  TypeError: HookimplMarker.__call__() got an unexpected keyword argument 'wrapper'

Usage (irctest checkout left unmodified):
  cd /work/irctest-work/irctest
  PYTHONPATH=/work/irctest-work/plugins /usr/bin/python3 -m pytest \
      --noconftest -p irctest_loopback -p irctest_compat --controller ... ...

This module executes upstream conftest.py up to that hook (options, controller
selection, collection filtering: unchanged) and re-implements the hook as an
old-style hookwrapper with identical semantics.
"""

from pathlib import Path
import unittest

import pytest

_CONFTEST = Path(__file__).resolve().parent.parent / "irctest" / "conftest.py"
_MARKER = "@pytest.hookimpl(wrapper=True)\ndef pytest_runtest_call(item):"

_src = _CONFTEST.read_text()
assert _src.count(_MARKER) == 1, "upstream conftest.py changed; update irctest_compat.py"
_head = _src.split(_MARKER)[0]
exec(compile(_head, str(_CONFTEST), "exec"), globals())  # noqa: S102

from irctest.runner import OptionalBehaviorNotSupported  # noqa: E402


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """Same as upstream: a SkipTest(OptionalBehaviorNotSupported(b)) becomes an error
    when the controller declares b in its optional_behaviors."""
    outcome = yield
    excinfo = outcome.excinfo
    if excinfo is None:
        return
    e = excinfo[1]
    if isinstance(e, unittest.SkipTest) and isinstance(e, OptionalBehaviorNotSupported):
        behavior = e.args[0]
        controller = getattr(item.instance, "controller", None)
        if controller and behavior in controller.optional_behaviors:
            # Raising from an old-style wrapper's teardown propagates out of the hook
            # call with pluggy 1.0, so pytest records the test as failed.
            raise Exception(
                f"Software {controller.software_name} must support behavior "
                f"{behavior} but does not"
            )

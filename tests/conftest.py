"""Test-wide settings: offscreen Qt, and no test touches the user's real directories or keyring."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# Set before anything imports Qt, platformdirs or keyring.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
_sandbox = tempfile.mkdtemp(prefix="clerk-tests-home-")
atexit.register(shutil.rmtree, _sandbox, ignore_errors=True)  # caches and logs of the run go with it
for _var, _sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                   ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"), ("APPDATA", "appdata"),
                   ("LOCALAPPDATA", "localappdata"), ("XDG_RUNTIME_DIR", "runtime")):
    os.environ[_var] = os.path.join(_sandbox, _sub)
    os.makedirs(os.environ[_var], exist_ok=True)
os.chmod(os.environ["XDG_RUNTIME_DIR"], 0o700)  # platformdirs ignores (and warns about) a runtime dir others may read

pytest_plugins = ["tests.helpers.postgres", "tests.helpers.api", "tests.helpers.sync", "tests.helpers.gui"]

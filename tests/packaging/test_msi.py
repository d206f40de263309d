"""The Windows installer's tables, built here with wixl (msitools) from a one-file tree in a second: IT's SERVERURL,
STORE and ENROLLMENTCODE are written as Clerk's policy values, and an upgrade given none of them reads back what
the last install wrote ("remember property": AppSearch over RegLocator rows on the very values the Registry table
writes) while one given on the command line wins. Run by `make package-test`; installing it needs Windows (the CI's
Windows leg installs, upgrades without properties and checks the registry)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

from clerk_app.config import FIELDS

pytestmark = [pytest.mark.package,
              pytest.mark.skipif(not (shutil.which("wixl") and shutil.which("msiinfo")), reason="needs msitools")]

ROOT = Path(__file__).resolve().parents[2]
HKLM = "2"
POLICY_KEY = r"SOFTWARE\Policies\Clerk"
PROPERTIES = {"SERVERURL": "api_url", "STORE": "store_id", "ENROLLMENTCODE": "enrollment_code"}


def _build_msi_module():
    spec = importlib.util.spec_from_file_location("clerk_build_msi", ROOT / "packaging" / "windows" / "build_msi.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def msi(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("msi")
    tree = folder / "tree"
    tree.mkdir()
    (tree / "clerk-app").write_text("not a real app: the tables are the subject\n", encoding="utf-8")
    return _build_msi_module().build(tree, "0.1.0", folder / "clerk.msi")


def table(msi: Path, name: str) -> list[list[str]]:
    text = subprocess.run(["msiinfo", "export", str(msi), name], check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in text.splitlines()[3:] if line]  # after the names, types and keys


def test_each_property_is_written_as_the_policy_value_clerk_reads(msi):
    written = {row[4]: (row[1], row[2], row[3]) for row in table(msi, "Registry")}
    for prop, setting in PROPERTIES.items():
        assert written[f"[{prop}]"] == (HKLM, POLICY_KEY, setting)
        assert setting in FIELDS  # machine_settings.read keeps only known settings


def test_an_upgrade_reads_back_the_values_the_last_install_wrote(msi):
    searches = dict((row[0], row[1]) for row in table(msi, "AppSearch"))
    locators = {row[0]: row[1:4] for row in table(msi, "RegLocator")}
    for prop, setting in PROPERTIES.items():
        assert prop in searches, f"{prop} is not remembered"
        root, key, name = locators[searches[prop]]
        assert (root, key, name) == (HKLM, POLICY_KEY, setting)  # exactly where the Registry table writes it


def test_a_value_on_the_command_line_wins_over_the_remembered_one(msi):
    actions = {row[0]: row[1:4] for row in table(msi, "CustomAction")}
    sequence = {row[0]: (row[1], int(row[2])) for row in table(msi, "InstallExecuteSequence")}
    app_search = sequence["AppSearch"][1]
    for prop in PROPERTIES:
        saves = [a for a, (_type, target, value) in actions.items() if target == f"CMDLINE_{prop}" and value == f"[{prop}]"]
        restores = [a for a, (_type, target, value) in actions.items() if target == prop and value == f"[CMDLINE_{prop}]"]
        assert len(saves) == 1 and len(restores) == 1, prop
        assert sequence[saves[0]][1] < app_search < sequence[restores[0]][1]
        assert sequence[restores[0]][0] == f"CMDLINE_{prop}"  # only when one was given
        # Both set a property (type 51). (wixl drops Execute="firstSequence"; WiX adds it, 0x100: with a UI, the
        # UI sequence saves the command line's value before its own AppSearch, not the execute sequence after it.)
        assert all(int(actions[a][0]) & 0x3F == 51 for a in saves + restores)


def test_the_wxs_keeps_the_enrollment_code_out_of_the_install_log():
    # wixl ignores Hidden (and Secure); WiX turns them into MsiHiddenProperties / SecureCustomProperties.
    text = (ROOT / "packaging" / "windows" / "clerk.wxs").read_text(encoding="utf-8")
    assert '<Property Id="ENROLLMENTCODE" Secure="yes" Hidden="yes">' in text
    assert '<Property Id="CMDLINE_ENROLLMENTCODE" Secure="yes" Hidden="yes" />' in text

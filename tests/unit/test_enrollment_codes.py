"""Enrollment codes as people type them (client side), and the code as a setting that is never saved or shown."""

from __future__ import annotations

import pytest

from central_api import enrollment as server_side
from clerk_app import config
from clerk_app.domain import enrollment_codes
from clerk_app.machine_settings import MachineSettings


@pytest.mark.parametrize("typed", ["K7QD-M3XP-2R", "k7qd-m3xp-2r", "K7QDM3XP2R", " k7qd m3xp 2r ", "K7QD–M3XP–2R",
                                   "K۷QD-M۳XP-۲R", "K٧QD M٣XP ٢R", "\u2066K7QD-M3XP-2R\u2069", "Ｋ７ＱＤＭ３ＸＰ２Ｒ"])
def test_a_code_typed_any_way_is_the_code_the_server_made(typed):
    assert enrollment_codes.normalize(typed) == "K7QDM3XP2R"
    assert enrollment_codes.looks_valid(typed)
    assert enrollment_codes.grouped(typed) == "K7QD-M3XP-2R"


@pytest.mark.parametrize("typed", ["K7QD-M3XP-2R", "k7qd m3xp 2r", "K۷QD-M۳XP-۲R", "K٧QD M٣XP ٢R"])
def test_the_server_reads_the_same_typings_the_same_way(typed):
    assert server_side.normalize(typed) == "K7QDM3XP2R"


@pytest.mark.parametrize("typed", ["", "K7QD-M3XP", "K7QD-M3XP-2R-X", "K0QD-M3XP-2R", "KIQD-M3XP-2R", "K7QD-M3XP-2?"])
def test_what_cannot_be_a_code_is_known_before_asking(typed):
    assert not enrollment_codes.looks_valid(typed)


def test_the_servers_alphabet_has_no_look_alikes():
    assert len(server_side.ALPHABET) == 32 and not set(server_side.ALPHABET) & set("0O1I")


def test_an_enrollment_code_is_never_saved_nor_in_a_repr(tmp_path):
    machine = MachineSettings({"enrollment_code": "K7QD-M3XP-2R", "api_url": "https://central.example"},
                              frozenset(), "test")
    settings = config.load(tmp_path / "settings.toml", env={}, machine=machine,
                           args={"enrollment_code": "ABCD-EFGH-JK"})
    assert settings.enrollment_code == "ABCD-EFGH-JK"
    settings.device_id = "dev_1"
    path = config.save(settings, tmp_path / "settings.toml")
    text = path.read_text(encoding="utf-8")
    assert "dev_1" in text and "enrollment_code" not in text and "ABCD" not in text
    assert "K7QD" not in repr(settings) + repr(machine) and "ABCD" not in repr(settings)

"""Right to left, the fields of Latin-only data (a username, the server's address) still read left to right,
and the quantity stepper is mirrored the way a right-to-left reader expects: + [n] −, more on the left."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from clerk_app import config
from clerk_app.secrets import MemoryStore
from clerk_app.ui.common import language
from clerk_app.ui.pickups.dialogs import MarkReadyDialog
from clerk_app.ui.session.enroll import EnrollDialog
from clerk_app.ui.session.signin import SignInScreen

PICKUP = {"id": "pk_1", "order_number": "CL-1", "status": "picking", "shelf_location": "",
          "lines": [{"sku": "SKU-1", "name": "Oak Mug", "quantity": 3, "picked_quantity": 1}]}


def _left_to_right_field(edit) -> bool:
    return (edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
            and bool(edit.alignment() & Qt.AlignmentFlag.AlignLeft))


def test_the_username_and_the_server_address_read_left_to_right_in_hebrew_and_arabic(qtbot, qapp, clerk, tmp_path):
    for code in ("he", "ar"):
        language.apply(qapp, language.Choice(code))
        screen = SignInScreen(clerk)
        qtbot.addWidget(screen)
        screen.show()
        assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert _left_to_right_field(screen.username)
        # Digits typed on a Persian or Arabic keyboard are the username's 0-9.
        screen.username.setText("")
        screen.username.textEdited.emit("clerk٤٢")
        assert screen.username.text() == "clerk42"

        settings = config.Settings(data_dir=tmp_path / code)
        dialog = EnrollDialog(settings, MemoryStore())
        qtbot.addWidget(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert _left_to_right_field(dialog.username) and _left_to_right_field(dialog.address)
        # The store's and the computer's names are the store's own words, in any script: they follow the language.
        assert dialog.store_name.layoutDirection() == Qt.LayoutDirection.RightToLeft
    language.apply(qapp, language.Choice("en"))
    screen = SignInScreen(clerk)
    qtbot.addWidget(screen)
    assert _left_to_right_field(screen.username)


def _stepper_of(dialog):
    spin = next(iter(dialog.lines.spins.values()))
    box = spin.parentWidget()
    buttons = {b.text(): b for b in box.findChildren(QToolButton)}
    return spin, buttons["−"], buttons["+"]


def _x(widget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_the_quantity_stepper_has_more_on_the_left_right_to_left_and_on_the_right_left_to_right(qtbot, qapp):
    for code, rtl in (("he", True), ("fa", True), ("ru", False), ("en", False)):
        language.apply(qapp, language.Choice(code))
        dialog = MarkReadyDialog(PICKUP)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        spin, fewer, more = _stepper_of(dialog)
        if rtl:  # + [n] −: the count grows towards the end of the line, as a right-to-left reader reads
            assert _x(more) < _x(spin) < _x(fewer), code
        else:
            assert _x(fewer) < _x(spin) < _x(more), code
        # The buttons do what they show, wherever they sit.
        spin.setValue(1)
        more.click()
        assert spin.value() == 2
        fewer.click()
        fewer.click()
        assert spin.value() == 0
        dialog.close()
    # Neither glyph has a mirrored form that a right-to-left line would draw instead.
    assert not unicodedata.mirrored("−") and not unicodedata.mirrored("+")

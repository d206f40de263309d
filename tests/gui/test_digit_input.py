"""Codes, an ID's last four, a shelf and quantities typed in Persian (۰-۹) or Arabic-Indic (٠-٩) digits are
understood: the fields read left to right and hold 0-9, and a hand-over typed so completes on the real server."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from central_api import seed
from clerk_app.ui.common import language
from clerk_app.ui.pickups.dialogs import HandOverDialog, MarkReadyDialog
from tests.gui.test_pickups import server_pickup, wait_confirmed
from tests.helpers.gui import wait_until


def type_text(widget, text: str) -> None:
    """Key presses carrying `text` one character at a time, as a keyboard in any layout sends them
    (QTest's keyClicks takes only Latin-1)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _ready_with_digits(ctx):
    """A ready pickup whose code has a digit in it (so typing it in Persian digits means something)."""
    for pickup in ctx.reader.pickups("ready", 500):
        if any(c.isdigit() for c in pickup["pickup_code"]):
            return pickup
    raise AssertionError(f"no ready pickup with a digit in its code (alphabet {seed.CODE_ALPHABET})")


def test_a_hand_over_typed_in_persian_digits_completes_on_the_server(qtbot, qapp, live_api, signed_in_window):
    window, ctx = signed_in_window, signed_in_window.ctx
    try:
        window.switch_language("fa")
        pickup = _ready_with_digits(ctx)
        code = server_pickup(live_api, pickup["id"])["pickup_code"]
        window.open_record("pickup", pickup["id"], {})
        detail = window.pickups.detail
        wait_until(qtbot, lambda: detail.pickup is not None and detail.pickup["id"] == pickup["id"])
        detail.handover_button.click()
        dialog = detail.dialog
        assert isinstance(dialog, HandOverDialog) and dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for field in (dialog.code, dialog.last4):
            assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight
        typed = code.lower().translate(PERSIAN)
        assert typed != code.lower()
        type_text(dialog.code, typed)
        assert dialog.code.text() == code  # in capitals and 0-9, as it is printed
        dialog.id_check.setCurrentIndex(dialog.id_check.findData("passport"))
        type_text(dialog.last4, "۴۳٢١")  # Persian and Arabic-Indic alike
        assert dialog.last4.text() == "4321"
        dialog.ok.click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        wait_confirmed(qtbot, ctx, pickup["id"], "picked_up")
        server = server_pickup(live_api, pickup["id"])
        assert server["status"] == "picked_up"
        assert server["handover"]["id_check"] == "passport" and server["handover"]["id_last4"] == "4321"
    finally:
        language.apply(qapp, language.Choice("en"))


def test_a_code_set_in_arabic_digits_without_typing_still_matches(qtbot, qapp, signed_in_window):
    ctx = signed_in_window.ctx
    pickup = _ready_with_digits(ctx)
    dialog = HandOverDialog(pickup, code=pickup["pickup_code"].translate(ARABIC))  # as a scanner wedge sends it
    qtbot.addWidget(dialog)
    assert dialog.code.text() == pickup["pickup_code"]
    dialog.code.setText(pickup["pickup_code"].lower().translate(ARABIC))  # set, not typed: folded when read
    dialog.id_check.setCurrentIndex(dialog.id_check.findData("id_card"))
    dialog.last4.setText("٧٧٨٩")
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["pickup_code"] == pickup["pickup_code"] and dialog.values()["id_last4"] == "7789"


def test_shelf_and_quantities_take_persian_and_arabic_indic_digits(qtbot, qapp, signed_in_window):
    ctx = signed_in_window.ctx
    pickup = next(p for p in ctx.reader.pickups("picking", 500) + ctx.reader.pickups("new", 500)
                  if any(int(line["quantity"]) >= 2 for line in p["lines"]))
    for code, digits in (("fa", ARABIC), ("ar", PERSIAN), ("fa", PERSIAN)):
        language.apply(qapp, language.Choice(code))
        try:
            dialog = MarkReadyDialog(pickup)
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.shelf.layoutDirection() == Qt.LayoutDirection.LeftToRight
            type_text(dialog.shelf, "B-07".translate(digits))
            assert dialog.shelf.text() == "B-07"
            line = next(ln for ln in pickup["lines"] if int(ln["quantity"]) >= 2)
            spin = dialog.lines.spins[line["sku"]]
            spin.lineEdit().selectAll()
            type_text(spin.lineEdit(), "1".translate(digits))
            assert spin.value() == 1, (code, spin.text())
            spin.lineEdit().selectAll()
            qtbot.keyClicks(spin.lineEdit(), "9")  # more than was ordered: refused, the count stays
            assert spin.value() == 1
            # Shown in the language's own digits.
            assert spin.textFromValue(1) == language.Choice(code).locale.toString(1)
            values = dialog.values()
            assert values["shelf_location"] == "B-07"
            assert next(q for q in values["picked"] if q["sku"] == line["sku"])["quantity"] == 1
            dialog.close()
        finally:
            language.apply(qapp, language.Choice("en"))


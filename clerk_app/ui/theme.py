"""Clerk's look: the light, dark and high-contrast themes as colour roles, the one style sheet written from them at
the text size chosen, a Fusion base style so it looks the same on every platform, and the computer's choice
followed live."""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Every colour a theme gives: the style sheet's @role names, and what the Python code paints with (colour()).
PALETTES: dict[str, dict[str, str]] = {
    "light": {
        "window": "#f4f6f8", "surface": "#ffffff", "alt": "#f8fafc", "faint": "#eef1f4", "hover": "#f0f3f7",
        "border": "#dde2e8", "control_border": "#c3cbd4", "scroll_handle_hover": "#9aa5b1",
        "text": "#1f2933", "text_strong": "#323f4b", "text_secondary": "#52606d", "muted": "#5b6774",
        "accent": "#1f5fbf", "accent_soft": "#e3ecfa", "accent_border": "#b3c8ee",
        "primary": "#1f5fbf", "primary_hover": "#184c99", "on_primary": "#ffffff", "focus_on_primary": "#000000",
        "disabled_text": "#646f7b", "disabled_bg": "#eef1f4",
        "good_text": "#1e6b34", "good_bg": "#e3f4e8",
        "warn_text": "#8a5300", "warn_bg": "#fff1d6", "warn_border": "#f0c36d",
        "bad_text": "#a1261b", "bad_bg": "#fde4e1", "bad_border": "#eba59d",
        "danger": "#b42318", "danger_border": "#e4a5a0", "conflict_bg": "#fffaf9", "conflict_border": "#f3c7c1",
    },
    "dark": {
        "window": "#14181d", "surface": "#1c2128", "alt": "#20262e", "faint": "#2a313a", "hover": "#262d36",
        "border": "#343d48", "control_border": "#56616e", "scroll_handle_hover": "#7a8694",
        "text": "#e8ecf0", "text_strong": "#dde3e9", "text_secondary": "#b9c3cd", "muted": "#a9b4bf",
        "accent": "#8cb6ff", "accent_soft": "#1e3354", "accent_border": "#3e5b8f",
        "primary": "#2d67c4", "primary_hover": "#2558a8", "on_primary": "#ffffff", "focus_on_primary": "#ffffff",
        "disabled_text": "#98a3ae", "disabled_bg": "#232930",
        "good_text": "#8ad9a0", "good_bg": "#163422",
        "warn_text": "#f2c46e", "warn_bg": "#3a2b0e", "warn_border": "#7d5d1f",
        "bad_text": "#ffa195", "bad_bg": "#461b1b", "bad_border": "#8c3b34",
        "danger": "#ff9485", "danger_border": "#8c3b34", "conflict_bg": "#2a1d1e", "conflict_border": "#6d3631",
    },
    # After the Windows and GNOME high-contrast schemes: white on black, yellow for what is chosen or a link,
    # green for what is disabled; every edge drawn.
    "high-contrast": {
        "window": "#000000", "surface": "#000000", "alt": "#0f0f0f", "faint": "#5c5c5c", "hover": "#1f1f1f",
        "border": "#ffffff", "control_border": "#ffffff", "scroll_handle_hover": "#ffff00",
        "text": "#ffffff", "text_strong": "#ffffff", "text_secondary": "#ffffff", "muted": "#e6e6e6",
        "accent": "#ffff00", "accent_soft": "#1a1a66", "accent_border": "#ffff00",
        "primary": "#ffff00", "primary_hover": "#ffffa0", "on_primary": "#000000", "focus_on_primary": "#000000",
        "disabled_text": "#3ff23f", "disabled_bg": "#000000",
        "good_text": "#7dff8c", "good_bg": "#000000",
        "warn_text": "#ffd24d", "warn_bg": "#000000", "warn_border": "#ffd24d",
        "bad_text": "#ff9a9a", "bad_bg": "#000000", "bad_border": "#ff9a9a",
        "danger": "#ff9a9a", "danger_border": "#ff9a9a", "conflict_bg": "#000000", "conflict_border": "#ff9a9a",
    },
}
THEMES = tuple(PALETTES)
THEME_CHOICES = ("", *THEMES)  # "": the computer's choice
TEXT_SIZES = (100, 115, 130, 150)  # per cent of the usual size

# Every text colour and what it is written on (the contrast test checks each pair in every theme, >= 4.5:1).
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    *((fg, bg) for fg in ("text", "text_strong", "text_secondary", "muted", "accent", "danger", "warn_text")
      for bg in ("window", "surface", "alt", "accent_soft", "hover")),
    ("disabled_text", "disabled_bg"), ("disabled_text", "window"), ("disabled_text", "surface"),
    ("on_primary", "primary"), ("on_primary", "primary_hover"),
    ("text", "faint"), ("text_strong", "faint"),            # a plain badge or pill
    ("good_text", "good_bg"), ("warn_text", "warn_bg"), ("bad_text", "bad_bg"),  # pills, banners, notes
    ("text", "warn_bg"), ("text", "bad_bg"), ("text", "good_bg"), ("accent", "bad_bg"),  # a banner's words and link
    ("text", "conflict_bg"), ("muted", "conflict_bg"), ("accent", "conflict_bg"),
    ("good_text", "surface"), ("good_text", "window"), ("bad_text", "surface"),
)


@dataclass(frozen=True)
class Look:
    """The theme in effect (never "": the computer's choice is resolved) and the text size in per cent."""

    theme: str = "light"
    text_size: int = 100
    chosen: str = ""  # what was asked for: "" follows the computer


_current = Look()


def current() -> Look:
    return _current


def colour(role: str) -> QColor:
    """A colour of the theme in effect, for what Python paints (delegates, charts, rich text)."""
    return QColor(PALETTES[_current.theme][role])


def system_theme() -> str:
    """The computer's choice: high contrast where it asks for it, dark where it is dark, else light."""
    hints = QGuiApplication.styleHints()
    # Qt 6.10 tells a high-contrast preference; before, only the colour scheme (6.5).
    contrast = getattr(hints.accessibility(), "contrastPreference", None) if hasattr(hints, "accessibility") else None
    high = getattr(getattr(Qt, "ContrastPreference", None), "HighContrast", None)
    if contrast is not None and high is not None and contrast() == high:
        return "high-contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def resolve(chosen: str) -> str:
    return chosen if chosen in PALETTES else system_theme()


def style_sheet(theme: str = "light", text_size: int = 100) -> str:
    """theme.qss with every @role in `theme`'s colour and every pt size scaled to `text_size` per cent."""
    colours = PALETTES[theme]
    sheet = resources.files(__package__).joinpath("theme.qss").read_text(encoding="utf-8")
    sheet = re.sub(r"@([a-z_]+)", lambda m: colours[m.group(1)], sheet)
    if text_size != 100:
        sheet = re.sub(r"(\d+(?:\.\d+)?)pt\b", lambda m: f"{float(m.group(1)) * text_size / 100:.1f}pt", sheet)
    icons = _icons_folder(theme)
    # The style sheet names its icons "icons:<file>": made absolute here, wherever the package is installed.
    # Quoted: the folder may hold spaces ("C:/Users/Jane Doe/...").
    return re.sub(r"url\(icons:([^)]+)\)", lambda m: f'url("{icons}/{m.group(1)}")', sheet)


# The colours Clerk's icons (clerk_app/ui/icons/*.svg) are drawn in, each a light-theme colour, and the role
# each is redrawn in under another theme: the light accent's blue on black is hard to see, and high contrast
# wants its own yellow and white. A new icon in a colour not named here is an error (tests/gui/test_icons.py).
ICON_STROKES = {"#1f5fbf": "accent", "#323f4b": "text_strong", "#1e6b34": "good_text",
                "#52606d": "text_secondary", "#9aa5b1": "disabled_text"}


def tinted_svg(svg: str, theme: str) -> str:
    """An icon's SVG with its strokes in `theme`'s colours (as drawn for the light theme)."""
    if theme == "light":
        return svg
    colours = PALETTES[theme]
    return re.sub(r'stroke="(#[0-9a-fA-F]{6})"', lambda m: f'stroke="{colours[ICON_STROKES[m.group(1).lower()]]}"', svg)


_tinted: dict[str, Path] = {}


def _icons_folder(theme: str) -> str:
    """The package's icons for the light theme; for another, the style sheet's chevrons drawn in its colours."""
    package = Path(str(resources.files(__package__).joinpath("icons")))
    if theme == "light":
        return package.as_posix()
    if theme not in _tinted:
        folder = Path(tempfile.mkdtemp(prefix=f"clerk-icons-{theme}-"))
        atexit.register(shutil.rmtree, folder, True)  # a few hundred bytes, gone when Clerk quits
        for name in ("chevron-down.svg", "chevron-down-disabled.svg"):
            (folder / name).write_text(tinted_svg((package / name).read_text(encoding="utf-8"), theme), encoding="utf-8")
        _tinted[theme] = folder
    return _tinted[theme].as_posix()


def palette(theme: str) -> QPalette:
    """Qt's palette for `theme`: what Fusion draws without the style sheet (views' base, menus, check boxes)."""
    c = {role: QColor(value) for role, value in PALETTES[theme].items()}
    p = QPalette()
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    for role, name in ((R.Window, "window"), (R.WindowText, "text"), (R.Base, "surface"), (R.AlternateBase, "alt"),
                       (R.Text, "text"), (R.Button, "surface"), (R.ButtonText, "text"), (R.ToolTipBase, "surface"),
                       (R.ToolTipText, "text"), (R.PlaceholderText, "muted"), (R.Link, "accent"),
                       (R.LinkVisited, "accent"), (R.Highlight, "primary"), (R.HighlightedText, "on_primary"),
                       (R.BrightText, "on_primary"), (R.Light, "surface"), (R.Midlight, "hover"),
                       (R.Mid, "control_border"), (R.Dark, "control_border"), (R.Shadow, "border")):
        p.setColor(role, c[name])
    for role in (R.Text, R.WindowText, R.ButtonText):
        p.setColor(G.Disabled, role, c["disabled_text"])
    p.setColor(G.Disabled, R.Base, c["disabled_bg"])
    p.setColor(G.Disabled, R.Button, c["disabled_bg"])
    return p


def choose(chosen: str | None = None, text_size: int | None = None) -> Look:
    """The look in effect for what Python paints and sizes (colour(), current()), before the style sheet follows
    (apply): a window rebuilt in between is built under the old sheet, whose rules Qt has already matched, and
    then re-polished once, rather than built under a new sheet that Qt matches afresh for every widget."""
    global _current
    chosen = _current.chosen if chosen is None else chosen
    text_size = _current.text_size if text_size is None else text_size
    _current = Look(resolve(chosen), text_size if text_size in TEXT_SIZES else 100,
                    chosen if chosen in PALETTES else "")
    return _current


_applied: Look | None = None  # the look the application's palette and style sheet are in


def apply(app: QApplication, chosen: str | None = None, text_size: int | None = None) -> Look:
    """The theme `chosen` ("" or None: the computer's, followed as it changes) at `text_size` per cent (None: as
    now), on the whole application at once: Qt re-polishes every widget for the new sheet."""
    global _applied
    look = choose(chosen, text_size)
    # Fusion once: under a style sheet app.style() is the sheet's own style, and setting Fusion again would
    # re-style every widget for nothing.
    first = not app.property("clerkFusion")
    if first:
        app.setStyle("Fusion")
        app.setProperty("clerkFusion", True)
    if look == _applied and not first and app.styleSheet():
        return look
    _applied = look
    app.setPalette(palette(look.theme))
    app.setStyleSheet(style_sheet(look.theme, look.text_size))
    _follow_the_computer(app)
    return look


_follower: QObject | None = None


def _follow_the_computer(app: QApplication) -> None:
    """While the theme is the computer's choice, a change of it (dark at dusk, high contrast) re-applies at once."""
    global _follower
    if _follower is not None:
        return
    hints = QGuiApplication.styleHints()
    _follower = QObject(app)

    def changed(*_args: object) -> None:
        if not _current.chosen and resolve("") != _current.theme:
            choose()
            for ref in list(_listeners):  # the window rebuilds what Python painted (see choose)
                listener = ref()
                if listener is None:
                    _listeners.remove(ref)
                else:
                    listener()
            apply(app)

    hints.colorSchemeChanged.connect(changed)
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None and hasattr(accessibility(), "contrastPreferenceChanged"):
        accessibility().contrastPreferenceChanged.connect(changed)
    _follower.changed = changed  # kept for tests, which cannot change the computer's scheme


_listeners: list[weakref.WeakMethod] = []


def on_system_change(method: Callable[[], object]) -> None:
    """Call the bound `method()` after the computer's scheme changed the theme (the window rebuilds what Python
    painted); held weakly, so a closed window is not kept."""
    _listeners.append(weakref.WeakMethod(method))


def set_flag(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheet selects on, and re-polish so the look follows at once. A widget not
    polished yet (one being built) is left alone: its first polish, when it is shown, reads the property, and a
    polish now would only be done again then (under the app's style sheet, the dearest step of building a screen)."""
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)

"""Every text Clerk writes is readable in every theme: the WCAG 2 contrast ratio of each text colour against what it
is written on is at least 4.5:1, computed from the themes' own colours (theme.PALETTES), for the pairs the Python
code paints (theme.TEXT_PAIRS: pills, banners, links, selection, disabled text) and for every rule of the style
sheet that sets a text colour."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from clerk_app.ui import theme

AA = 4.5


def luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of "#rrggbb"."""
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_ratio_is_computed_as_wcag_defines_it():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic lightest AA grey


def _template() -> str:
    return resources.files("clerk_app.ui").joinpath("theme.qss").read_text(encoding="utf-8")


def sheet_pairs() -> set[tuple[str, str]]:
    """(text role, background role) of every style sheet rule that sets a text colour; a rule without its own
    background is read against every background a text may sit on (the window, a card, a table's rows)."""
    pairs: set[tuple[str, str]] = set()
    sheet = re.sub(r"/\*.*?\*/", "", _template(), flags=re.S)
    for body in re.findall(r"\{([^}]*)\}", sheet):
        text = re.search(r"(?<![-\w])color:\s*@(\w+)", body)
        background = re.search(r"background(?:-color)?:\s*@(\w+)", body)
        if text:
            grounds = [background.group(1)] if background else ["window", "surface", "alt"]
            pairs.update((text.group(1), ground) for ground in grounds)
        selection = re.search(r"selection-color:\s*@(\w+)", body)
        selection_ground = re.search(r"selection-background-color:\s*@(\w+)", body)
        if selection and selection_ground:
            pairs.add((selection.group(1), selection_ground.group(1)))
    return pairs


def test_every_theme_gives_every_role_the_style_sheet_uses():
    used = set(re.findall(r"@([a-z_]+)", _template()))
    roles = [set(palette) for palette in theme.PALETTES.values()]
    assert all(r == roles[0] for r in roles), "every theme names the same colour roles"
    assert used <= roles[0], used - roles[0]
    assert {role for pair in theme.TEXT_PAIRS for role in pair} <= roles[0]


def test_the_sheet_is_read_as_it_should():
    pairs = sheet_pairs()
    assert ("on_primary", "primary") in pairs  # a primary button
    assert ("bad_text", "bad_bg") in pairs  # an error note
    assert ("text", "accent_soft") in pairs  # a selected row (selection-color)
    assert ("disabled_text", "disabled_bg") in pairs  # a disabled button, a setting IT locked
    assert len(pairs) > 25


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_text_meets_4_5_to_1_in_every_theme(name):
    palette = theme.PALETTES[name]
    pairs = set(theme.TEXT_PAIRS) | sheet_pairs()
    ratios = {(fg, bg): contrast(palette[fg], palette[bg]) for fg, bg in pairs}
    low = {pair: round(ratio, 2) for pair, ratio in ratios.items() if ratio < AA}
    assert low == {}, f"{name}: below {AA}:1: {low}"
    print(f"{name}: {len(ratios)} pairs, lowest {min(ratios.values()):.2f}:1 ({min(ratios, key=ratios.get)})")


@pytest.mark.parametrize("name", theme.THEMES)
def test_the_generated_sheet_has_no_role_left_and_scales_the_text(name):
    sheet = theme.style_sheet(name, 150)
    assert "@" not in sheet
    assert "font-size: 15.0pt" in sheet  # the 10 pt of every widget, at 150 %
    assert theme.PALETTES[name]["text"] in sheet

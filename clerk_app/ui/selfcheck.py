"""The Qt half of `clerk-app --self-test`: the translations load, and (in a child process) the Qt platform does.

The platform check runs in a child (`clerk-app --qt-check`) because Qt ends the whole process, with no
way to catch it, when no platform plugin can be initialized; the parent reads how the child ended.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator


def check_translations(folder: Path | None = None) -> tuple[bool, str]:
    """Every clerk_*.qm in `folder` (default: the app's) loads and holds words; so does Qt's own qtbase for each."""
    if folder is None:
        from .common.language import TRANSLATIONS

        folder = TRANSLATIONS
    files = sorted(Path(folder).glob("clerk_*.qm"))
    if not any(f.name == "clerk_en.qm" for f in files):
        return False, f"clerk_en.qm is missing from {folder}"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    languages, broken = [], []
    for path in files:
        language = path.stem.removeprefix("clerk_")
        translator = QTranslator()
        # Every language must load and hold words (English: its plural forms); an empty one would leave a
        # clerk with English words in a right-to-left window.
        if not translator.load(str(path)) or translator.isEmpty():
            broken.append(path.name)
            continue
        languages.append(language)
        if language != "en":
            qt = QTranslator()
            if not qt.load(f"qtbase_{language}", qt_folder) or qt.isEmpty():
                broken.append(f"qtbase_{language}.qm (in {qt_folder})")
    if broken:
        return False, "cannot be loaded: " + ", ".join(broken)
    return True, "Clerk's and Qt's own for " + ", ".join(languages)


def qt_check_main() -> int:
    """`clerk-app --qt-check`: open the QApplication as the app does, every screen's module, a chart and an icon."""
    from PySide6.QtCharts import QChart, QChartView
    from PySide6.QtGui import QGuiApplication, QIcon

    from ..system_libs import window_libraries_message

    missing = window_libraries_message()
    if missing:
        print(missing, flush=True)
        return 1
    from . import app as app_module
    from . import main_window  # noqa: F401 - every screen's module imports from here: they are all bundled

    app = app_module.make_application([sys.argv[0]])
    view = QChartView(QChart())
    view.resize(200, 100)
    view.show()
    icon = QIcon(str(Path(app_module.__file__).with_name("icons") / "chevron-down.svg"))
    if icon.pixmap(16, 16).isNull():
        print("the SVG icons cannot be drawn (Qt's svg image format plugin is missing)", flush=True)
        return 1
    app.processEvents()
    print(f"platform {QGuiApplication.platformName()}, charts and icons draw", flush=True)
    view.close()
    return 0

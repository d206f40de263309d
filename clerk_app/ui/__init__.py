"""Everything Qt: windows, views, Qt models over cache queries, and the workers that keep the GUI thread free.

The shell is this folder's top: `app` (QApplication set-up and start-up), `main_window` (the window that wires
the screens together), `theme` (the look) and `crash` (the calm error dialog and the log). Each folder below is
one screen or concern: `session/`, `customers/`, `pickups/`, `manager/`, `printing/`, `activity/`, `demo/`,
`ordering/` (the forms that order for a customer, opened by the window).

How they may depend on each other (tests/unit/test_ui_packages.py checks it):
- a screen package imports `common/`, `theme` and the layers below the UI (domain, cache, sync, api), never
  another screen package's modules; the one exception is `printing/`, a concern only the pickups screen uses;
- `common/` imports only `theme` and the layers below, never a screen;
- the shell imports anything: it builds the screens and connects their signals.
What two screens share moves to `common/`.
"""

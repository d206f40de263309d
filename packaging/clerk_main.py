"""The frozen app's entry (PyInstaller): `clerk-app`, exactly as the installed command."""

import sys

from clerk_app.cli import main

if __name__ == "__main__":
    sys.exit(main())

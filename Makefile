# The two commands of the README's quick start; scripts/dev.py does the work on every OS.
PYTHON ?= python3

.PHONY: demo test openapi screenshots translations package package-test
demo:
	$(PYTHON) scripts/dev.py demo

test:
	$(PYTHON) scripts/dev.py test

# The frozen app (PyInstaller, onedir) in dist/clerk-<version>-<os>-<arch>/ and its archive; on Linux the .deb too.
package:
	$(PYTHON) scripts/dev.py package

# Freeze the app (unless dist/ holds a build newer than the sources) and test the frozen app (.ci/run runs it).
package-test:
	$(PYTHON) scripts/dev.py package-test

# PNGs of the main screens, from the demo data, into docs/screenshots/ (the README shows them).
screenshots:
	$(PYTHON) scripts/dev.py screenshots

# Regenerate resources/openapi.json after changing the server's routes or models.
openapi:
	.venv/bin/clerk-api openapi --output resources/openapi.json

# Refresh resources/translations/*.ts from the code's tr() strings and rebuild the .qm files the app loads.
translations:
	.venv/bin/python scripts/translations.py $(if $(ADD),--add $(ADD))

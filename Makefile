# The two commands of the README's quick start; scripts/dev.py does the work on every OS.
PYTHON ?= python3

.PHONY: demo test openapi screenshots translations
demo:
	$(PYTHON) scripts/dev.py demo

test:
	$(PYTHON) scripts/dev.py test

# PNGs of the main screens, from the demo data, into docs/screenshots/ (the README shows them).
screenshots:
	$(PYTHON) scripts/dev.py screenshots

# Regenerate resources/openapi.json after changing the server's routes or models.
openapi:
	.venv/bin/clerk-api openapi --output resources/openapi.json

# Refresh resources/translations/*.ts from the code's tr() strings and rebuild the .qm files the app loads.
translations:
	.venv/bin/python scripts/translations.py $(ADD)

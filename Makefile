# The two commands of the README's quick start; scripts/dev.py does the work on every OS.
PYTHON ?= python3

.PHONY: demo test openapi
demo:
	$(PYTHON) scripts/dev.py demo

test:
	$(PYTHON) scripts/dev.py test

# Regenerate resources/openapi.json after changing the server's routes or models.
openapi:
	.venv/bin/clerk-api openapi --output resources/openapi.json

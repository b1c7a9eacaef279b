# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
HOST ?= 127.0.0.1
PORT ?= 7860

CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-test ingest bench screenshots clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[test]'
	touch $@ $(STAMP_RUN)

install: $(STAMP_RUN)
install-test: $(STAMP_TEST)

## make run: install, build the knowledge store if missing or stale, serve on http://127.0.0.1:7860
run: install
	$(VENV)/bin/kume serve --host $(HOST) --port $(PORT)

# Debian's Chromium for the browser tests (Playwright's own browser download does not work offline)
$(CHROMIUM):
	$(SUDO) apt-get update -q
	$(SUDO) apt-get install -y -q chromium

## make test: install with test extras and run every test
test: install-test $(CHROMIUM)
	$(VENV)/bin/python -m pytest

## make screenshots: refresh docs/screenshots/ from the browser tests
screenshots: install-test $(CHROMIUM)
	KUME_SCREENSHOTS=1 $(VENV)/bin/python -m pytest tests/ui/test_browser.py -q

ingest: install
	$(VENV)/bin/kume ingest

bench: install-test
	$(VENV)/bin/python scripts/bench.py

clean:
	rm -rf .store .pytest_cache

# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
# Hash-locked dependencies (`make lock` regenerates them): runtime, and runtime + the `test` extra.
LOCK_RUN := requirements.lock
LOCK_TEST := requirements-test.lock
HOST ?= 127.0.0.1
PORT ?= 7860

CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-test lock ingest bench screenshots clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# Exactly the locked versions, every file checked against its sha256; then the project itself, without
# resolving anything (its build backend, setuptools, is in the lock too, hence --no-build-isolation).
# `pip check` catches a lock that no longer satisfies pyproject.toml (a dependency added without `make lock`).
LOCK_STALE := { echo "pip check failed: if kume-asistani lacks a requirement, pyproject.toml changed: run 'make lock'" >&2; exit 1; }
$(STAMP_RUN): $(LOCK_RUN) pyproject.toml | $(PY)
	$(PY) -m pip install -q --require-hashes -r $(LOCK_RUN)
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	$(PY) -m pip check || $(LOCK_STALE)
	touch $@

$(STAMP_TEST): $(LOCK_TEST) pyproject.toml | $(PY)
	$(PY) -m pip install -q --require-hashes -r $(LOCK_TEST)
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	$(PY) -m pip check || $(LOCK_STALE)
	touch $@ $(STAMP_RUN)

install: $(STAMP_RUN)
install-test: $(STAMP_TEST)

## make lock: re-resolve pyproject.toml into the two hash-locked files (Python 3.11, Linux x86_64).
# pip-tools runs from a throwaway venv, never from the project's. Existing pins are kept unless asked:
# `make lock LOCK_ARGS=--upgrade` or `make lock LOCK_ARGS='--upgrade-package gradio'`.
# torch is the CPU build 2.13.0+cpu from this kind of machine's local wheel folder (/opt/wheels, also in
# pip's config here); PyPI's torch 2.13.0 is a CUDA build with another hash and is never taken.
# The test lock is constrained by the runtime lock, so the packages they share have the same versions.
PIP_TOOLS ?= pip-tools==7.6.2
LOCAL_WHEELS ?= /opt/wheels
LOCK_ARGS ?=
LOCK_FLAGS := --quiet --generate-hashes --strip-extras --build-deps-for editable \
	--unsafe-package kume-asistani --no-allow-unsafe --no-emit-index-url \
	--find-links $(LOCAL_WHEELS) --emit-find-links $(LOCK_ARGS)
lock:
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp/venv" && "$$tmp/venv/bin/pip" install -q '$(PIP_TOOLS)' && \
	CUSTOM_COMPILE_COMMAND="make lock" "$$tmp/venv/bin/pip-compile" $(LOCK_FLAGS) \
		-o $(LOCK_RUN) pyproject.toml && \
	CUSTOM_COMPILE_COMMAND="make lock" "$$tmp/venv/bin/pip-compile" $(LOCK_FLAGS) \
		--extra test -c $(LOCK_RUN) -o $(LOCK_TEST) pyproject.toml
	@grep -qE '^torch==[^ ]*\+cpu ' $(LOCK_TEST) && ! grep -qE '^(nvidia-|triton==)' $(LOCK_TEST) || \
		{ echo "$(LOCK_TEST) took a CUDA torch (no CPU wheel in $(LOCAL_WHEELS)?): not a lock for this machine" >&2; exit 1; }

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

## make screenshots: docs/screenshots/ from the real report (its store is built once into $(SHOTS_STORE), ~2 min)
SHOTS_STORE ?= /tmp/kume-shots-store
screenshots: install-test $(CHROMIUM)
	$(VENV)/bin/kume --store $(SHOTS_STORE) ingest
	KUME_SCREENSHOT_STORE=$(SHOTS_STORE) $(VENV)/bin/python -m pytest tests/ui/test_screenshots.py -q -p no:cacheprovider

ingest: install
	$(VENV)/bin/kume ingest

bench: install-test
	$(VENV)/bin/python scripts/bench.py
	$(VENV)/bin/python scripts/bench_answers.py

## make soak: serve 4 clients for 10 minutes while the store is re-ingested every 2 minutes (loopback only)
.PHONY: soak
soak: install
	$(VENV)/bin/python scripts/soak.py

clean:
	rm -rf .store .pytest_cache

# Quick start: `make demo` (set up .venv, run on the seeds) and `make test` (set up, run tests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# torch is pinned to the CPU build on these machines; an unpinned torch pulls a CUDA build of several GB.
TORCH ?= torch==2.13.0

.PHONY: install demo test bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet $(TORCH)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	$(VENV)/bin/crosscheck check seeds/ --out reports/seeds

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) benchmarks/bench.py

eval: install
	$(VENV)/bin/crosscheck eval seeds

clean:
	rm -rf reports/seeds indexes/*/ .pytest_cache

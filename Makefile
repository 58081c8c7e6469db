# Quick start: `make demo` (set up .venv, run on the seeds) and `make test` (set up, run tests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# torch is pinned to the CPU build on these machines; an unpinned torch pulls a CUDA build of several GB.
TORCH ?= torch==2.13.0

.PHONY: install demo test test-fast bench eval train-stance clean

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

# The rules alone (claims, compare, ingest, reports...), without the embedding model: seconds.
test-fast: install
	$(PY) -m pytest -q -m "not model"

# BENCH_ARGS: e.g. --quick, --sizes 100,300, --device cuda (see benchmarks/bench.py --help).
bench: install
	$(PY) benchmarks/bench.py $(BENCH_ARGS)

# The public sets are read from $(EVALDATA) (never copied here); see docs/evaluation.md.
# Each set is added to a .part file, renamed over eval.json only when all have run.
EVALDATA ?= ../shared/evaldata
EVAL_JSON := benchmarks/results/eval.json

eval: install
	rm -f $(EVAL_JSON).part
	$(VENV)/bin/crosscheck eval seeds --into $(EVAL_JSON).part
	$(VENV)/bin/crosscheck eval ans $(EVALDATA)/ans --into $(EVAL_JSON).part
	$(VENV)/bin/crosscheck eval fakes $(EVALDATA)/fa_kes --into $(EVAL_JSON).part
	$(VENV)/bin/crosscheck eval neus $(EVALDATA)/neus_allsides --into $(EVAL_JSON).part
	$(VENV)/bin/crosscheck eval stories $(EVALDATA)/realstories/*/ tests/fixtures/story_*/ --into $(EVAL_JSON).part
	mv $(EVAL_JSON).part $(EVAL_JSON)

# Rebuilds crosscheck/stance/model/ (the shipped stance model) from ANS train, fixed seed, 2 threads;
# about 30 min on 2 cores. STANCE_ARGS: e.g. --out /tmp/stance to leave the shipped one alone.
train-stance: install
	$(PY) -m crosscheck.stance.train $(EVALDATA) $(STANCE_ARGS)

clean:
	rm -rf reports/seeds indexes/*/ .pytest_cache

# Two commands matter: `make run` and `make test`. Both build .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
ARGS ?=
LINT_PATHS := breakup_tui tests $(wildcard benchmarks)

.PHONY: run test check lint bench screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/breakup-tui $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy
	$(BIN)/lint-imports

# Three workers on two cores: a pilot test spends about a third of its time waiting on the
# event loop, which a third worker fills; worksteal moves queued tests off a worker busy
# with a long keyboard walk.
WORKERS := -n 3 --dist worksteal

test: lint
	$(BIN)/python -m pytest $(WORKERS) -q $(PYTEST_ARGS)

# The inner loop: every check but the tests marked slow. `make test` (and CI) runs them all.
check: lint
	$(BIN)/python -m pytest $(WORKERS) -q -m "not slow" $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m benchmarks

screenshots: $(STAMP)
	$(BIN)/python -m tests.screenshots

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache

# Kiji — two commands: `make run` opens the editor on a copy of the sample site,
# `make test` runs the whole suite offscreen. Both build what they need first.

ifeq ($(OS),Windows_NT)
PYTHON ?= python
BIN := .venv/Scripts
else
PYTHON ?= python3
BIN := .venv/bin
endif
VENV_STAMP := .venv/.kiji-installed
PYTEST_ARGS ?=

.PHONY: run test lint format bench system-deps-test system-deps-run package test-package clean

$(VENV_STAMP): pyproject.toml
	$(PYTHON) -m venv .venv
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	@touch $(VENV_STAMP)

system-deps-test:
	@sh packaging/linux/system-deps.sh test

system-deps-run:
	@sh packaging/linux/system-deps.sh run

run: $(VENV_STAMP) system-deps-run
	$(BIN)/kiji --sample

test: $(VENV_STAMP) system-deps-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV_STAMP) system-deps-test
	@for script in benchmarks/bench_*.py; do \
		echo "== $$script"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; \
	done

# Installers: `make package` builds this platform's bundle and installer into dist/
# (Linux: dist/Kiji-<version>-linux-<arch>.tar.gz); `make test-package` also runs the frozen
# app's --self-test offscreen (tests/packaging, marked slow).
PACKAGE_STAMP := .venv/.kiji-package-installed

$(PACKAGE_STAMP): $(VENV_STAMP)
	$(BIN)/python -m pip install --quiet -e ".[package]"
	@touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(BIN)/python packaging/make_installer.py

test-package: package system-deps-test
	KIJI_TEST_PACKAGE=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow tests/packaging $(PYTEST_ARGS)

clean:
	rm -rf .venv build dist .pytest_cache .ruff_cache .mypy_cache

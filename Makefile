# Kiji — two commands: `make run` opens the editor on a copy of the sample site,
# `make test` runs the whole suite: widgets offscreen, and the real app on Xvfb
# (tests/desktop). Both build what they need first.

ifeq ($(OS),Windows_NT)
PYTHON ?= python
BIN := .venv/Scripts
else
PYTHON ?= python3
BIN := .venv/bin
endif
VENV_STAMP := .venv/.kiji-installed
PYTEST_ARGS ?=

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
# Core modules that mark messages with QT_TRANSLATE_NOOP (their UI translates them).
UI_SOURCES := $(shell find editor/app -name "*.py" | sort) $(shell find editor/ui -name '*.py' | sort) editor/core/site/site_errors.py \
	editor/core/export/export_api.py editor/core/export/export_formats.py editor/services/pdf_export.py \
	editor/core/proof/ja_style.py editor/core/proof/spelling.py editor/core/proof/spelling_variants.py \
	editor/services/site_index.py editor/core/post/value_limits.py editor/core/git/git_errors.py \
	editor/core/site/site_server.py editor/core/site/site_checks.py editor/core/post/field_types.py \
	editor/core/site/text_search.py editor/services/yaml_messages.py

# A real textlint for tests/services/test_textlint.py: npm installs textlint and one fixable
# rule into build/textlint (node and npm come from `system-deps.sh test`).
TEXTLINT_STAMP := build/textlint/.installed

.PHONY: textlint-fixture translations update-translations run test lint format bench system-deps-test system-deps-run package test-package clean

$(VENV_STAMP): pyproject.toml
	$(PYTHON) -m venv .venv
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	@touch $(VENV_STAMP)

resources/translations/%.qm: resources/translations/%.ts $(VENV_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# Refresh the catalogues from the code (keeps existing translations; new ones are unfinished).
update-translations: $(VENV_STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts resources/translations/kiji_ja.ts \
		-target-language ja
	# English needs only the plural forms ("1 word", "2 words") of the %n strings.
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly $(UI_SOURCES) \
		-ts resources/translations/kiji_en.ts -source-language en -target-language en

system-deps-test:
	@sh packaging/linux/system-deps.sh test

system-deps-run:
	@sh packaging/linux/system-deps.sh run

run: $(VENV_STAMP) system-deps-run translations
	$(BIN)/kiji --sample

textlint-fixture: $(TEXTLINT_STAMP)

$(TEXTLINT_STAMP): tests/data/textlint/package.json
	mkdir -p build/textlint
	cp tests/data/textlint/package.json build/textlint/package.json
	cd build/textlint && npm install --no-audit --no-fund --silent
	touch $@

test: $(VENV_STAMP) system-deps-test translations textlint-fixture
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy editor
	$(BIN)/mypy --strict editor/core

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

# The frozen bundle's executable; the desktop smoke suite drives it like the installed app.
BUNDLE_EXE := dist/Kiji/kiji

test-package: package system-deps-test
	KIJI_TEST_PACKAGE=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow tests/packaging $(PYTEST_ARGS)
	KIJI_APP=$(abspath $(BUNDLE_EXE)) $(BIN)/python -m pytest tests/desktop $(PYTEST_ARGS)

clean:
	rm -rf .venv build dist .pytest_cache .ruff_cache .mypy_cache

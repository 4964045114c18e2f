# The two commands of the README. Both set up what they need themselves.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SPECTRAL_VERSION := 6.16.3

.PHONY: run test lint-contracts clean

run: $(VENV)/.installed
	$(BIN)/registries serve --demo

test: $(VENV)/.installed-dev .tools/.spectral
	$(BIN)/python -m pytest $(PYTEST_ARGS)

$(VENV)/bin/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

# The NL API Design Rules linter (Spectral) for the contract tests. Without Node.js the
# lint test is skipped locally; CI has Node.js, and there a missing linter fails the run.
.tools/.spectral:
	@if command -v npm >/dev/null 2>&1; then \
		npm install --silent --no-audit --no-fund --prefix .tools @stoplight/spectral-cli@$(SPECTRAL_VERSION) && touch $@; \
	else echo "npm not found: the design-rules lint test will be skipped"; fi

clean:
	rm -rf $(VENV) .tools var

# The two commands of the README. Both set up what they need themselves.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SPECTRAL_VERSION := 6.16.3
# The typed TypeScript clients (clients/typescript) and the portal's browser test (tests/test_portal_e2e.py).
FRONTEND_PACKAGES := openapi-typescript@7.13.0 typescript@5.9.3 playwright-core@1.65.1 axe-core@4.14.1

.PHONY: run test lint-contracts clean clients browser

run: $(VENV)/.installed
	$(BIN)/registries serve --demo

# One test process per core; a test file stays on one process, so its servers start once.
PYTEST_WORKERS ?= -n auto --dist loadfile

test: $(VENV)/.installed-dev .tools/.spectral .tools/.frontend browser
	$(BIN)/python -m pytest $(PYTEST_WORKERS) $(PYTEST_ARGS)

# TypeScript types from every contract in openapi/, checked with the compiler.
clients: .tools/.frontend
	node clients/typescript/generate.mjs
	.tools/node_modules/.bin/tsc --noEmit -p clients/typescript

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

.tools/.frontend:
	@if command -v npm >/dev/null 2>&1; then \
		npm install --silent --no-audit --no-fund --prefix .tools $(FRONTEND_PACKAGES) && touch $@; \
	else echo "npm not found: the TypeScript client and portal browser tests will be skipped"; fi

# Headless Chromium for the portal's browser test: Debian's package (no browser download).
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
		|| { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; \
	else echo "chromium not found and apt-get not usable: the portal browser test will be skipped"; fi

clean:
	rm -rf $(VENV) .tools var

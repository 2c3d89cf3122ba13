# Two commands on a fresh machine:
#   make report   build data/derived/ and render every notebook into reports/
#   make test     the whole test suite (installs Debian's chromium for the browser tests)
# Each creates .venv at the repository root when it is missing and installs the package into it.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
EXTRAS ?= test

.PHONY: report test build render venv chromium bench clean-reports lab notebooks

venv: $(STAMP)

$(STAMP): pyproject.toml
	@echo "==> creating $(VENV) and installing the package with extras [$(EXTRAS)]"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@time $(PY) -m pip install --quiet -e ".[$(EXTRAS)]"
	@# jupyterlab -> jupyter-events -> jsonschema[format-nongpl] pulls rfc3987-syntax, which compiles a
	@# grammar on import (~1.1 s in every notebook run); jsonschema works without it (no IRI format check).
	@$(PY) -m pip uninstall --quiet --yes rfc3987-syntax 2>/dev/null || true
	@touch $(STAMP)

chromium:
	@if command -v chromium >/dev/null 2>&1; then \
		echo "==> chromium present: $$(command -v chromium)"; \
	else \
		echo "==> installing Debian's chromium with apt-get (for the browser tests)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

build: venv
	@echo "==> python -m analysis build: data/raw/ -> data/derived/"
	@$(PY) -m analysis build

report: build
	@echo "==> python -m analysis render: notebooks/ -> reports/"
	@$(PY) -m analysis render

test: venv chromium
	@echo "==> ruff check: pyflakes, bugbear, unused arguments, import order, complexity"
	@$(VENV)/bin/ruff check analysis tests benchmarks
	@echo "==> pytest: unit tests, notebooks (papermill + nbval), browser tests"
	@$(PY) -m pytest

# Re-execute the committed notebooks in place against data/derived (after a change to analysis/
# or the data), so that nbval in `make test` compares them with what the package now produces.
notebooks: build
	@for nb in notebooks/[0-9]*.ipynb; do echo "==> papermill $$nb (in place)"; \
		$(VENV)/bin/papermill --no-progress-bar -k python3 --cwd notebooks "$$nb" "$$nb" || exit 1; done

bench: venv
	@$(PY) -m pip install --quiet -e ".[test,bench]"
	@for script in benchmarks/bench_*.py; do echo "==> $$script"; $(PY) $$script || exit 1; done

# JupyterLab for reading the notebooks: the lab extra is installed once (stamp file, like the venv), the
# server binds to loopback only, and as root (containers) it is started with --allow-root.
LAB_STAMP := $(VENV)/.lab-installed
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

$(LAB_STAMP): $(STAMP) pyproject.toml
	@echo "==> installing the lab extra into $(VENV) (once)"
	@$(PY) -m pip install --quiet -e ".[$(EXTRAS),lab]"
	@$(PY) -m pip uninstall --quiet --yes rfc3987-syntax 2>/dev/null || true
	@touch $(LAB_STAMP)

lab: $(LAB_STAMP)
	$(VENV)/bin/jupyter lab --ip=127.0.0.1 $(ALLOW_ROOT) notebooks/

clean-reports:
	rm -rf reports/

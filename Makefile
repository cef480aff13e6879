# specbench — `make` sets up, bundles, validates and generates; `make test` runs every test.
# Incremental: a second `make` with nothing changed does nothing.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SPECBENCH := $(BIN)/specbench
VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
STAMPS := build/stamps
CHROMIUM := /usr/bin/chromium
WRK := /usr/bin/wrk
# apt-get needs root; elsewhere go through sudo.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

APIS := $(sort $(patsubst specs/%/openapi.yaml,%,$(wildcard specs/*/openapi.yaml)))
TOOL_SOURCES := $(shell find scripts/specbench -name '*.py' -o -name '*.jinja' 2>/dev/null)
# The generated client packages (each folder holding a py.typed), type-checked by `make lint`.
CLIENT_PACKAGES = $(patsubst %/py.typed,%,$(wildcard generated/*-client/*/py.typed))

.DEFAULT_GOAL := all
.PHONY: all help setup bundle validate generate check-generated lint test fuzz bench serve dist clean distclean lock

EXAMPLES ?= 200
# pytest-xdist worker processes for `make test` and `make fuzz` (auto: one per core).
PYTEST_WORKERS ?= auto
# loadgroup: tests marked xdist_group (one shared server per suite) stay on one worker.
# PYTHONDONTWRITEBYTECODE emptied: pytest then caches its rewritten test modules (and Python its
# bytecode) instead of redoing that work in every worker and subprocess on every run.
PYTEST := PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup

all: $(STAMPS)/clients.generated schemathesis.toml ## set up, bundle, validate and generate every API

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sort | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

setup: $(VENV_STAMP) $(NODE_STAMP) ## create .venv and node_modules with the pinned tools

$(VENV_STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,tooling]'
	@touch $@

# --ignore-scripts: no install hook runs (swagger-ui-dist pulls in an analytics postinstall).
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error --ignore-scripts
	@touch $@

# Per API: bundle when any file of its spec changes, validate the bundle; then one process
# generates every client whose bundle changed (or all of them when the templates changed).
define API_RULES
build/specs/$(1)/openapi.json: $$(shell find specs/$(1) -type f) scripts/specbench/bundle.py $(VENV_STAMP) $(NODE_STAMP)
	$(SPECBENCH) bundle $(1)

$(STAMPS)/$(1).valid: build/specs/$(1)/openapi.json $(TOOL_SOURCES)
	$(SPECBENCH) validate $(1)
	@mkdir -p $$(@D) && touch $$@

endef
$(foreach api,$(APIS),$(eval $(call API_RULES,$(api))))

# What a client is generated from besides its bundle; a change to any of it regenerates all.
GENERATOR_SOURCES := scripts/specbench/generate.py scripts/specbench/client_templates_data.py \
	scripts/specbench/openapi.py scripts/specbench/security.py \
	$(wildcard scripts/specbench/pagination/*.py) \
	$(wildcard scripts/specbench/release/*.py) \
	$(wildcard scripts/specbench/client_templates/*)
BUNDLES := $(foreach api,$(APIS),build/specs/$(api)/openapi.json)
# The APIs to regenerate, from the prerequisites newer than the stamp ($?): all of them when the
# venv or a generator source changed, else those whose bundle changed.
stale_apis = $(if $(filter-out $(BUNDLES),$(1)),$(APIS),$(patsubst build/specs/%/openapi.json,%,$(1)))

# A bundle is generated from only once it is valid (order-only: a change to the house rules
# re-validates without regenerating).
$(STAMPS)/clients.generated: $(BUNDLES) $(GENERATOR_SOURCES) $(VENV_STAMP) | $(foreach api,$(APIS),$(STAMPS)/$(api).valid)
	$(SPECBENCH) generate $(call stale_apis,$?)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --force-reinstall \
		$(foreach api,$(call stale_apis,$?),./generated/$(api)-client)
	@touch $@

bundle: $(foreach api,$(APIS),build/specs/$(api)/openapi.json) ## bundle each split spec into build/specs/<api>/

# The business-rule statuses of the mocks, for `st run` (committed; rewritten when they change).
schemathesis.toml: $(foreach api,$(APIS),build/specs/$(api)/openapi.json) $(TOOL_SOURCES)
	$(SPECBENCH) fuzz-config
	@touch $@

validate: bundle ## openapi-spec-validator + house rules + endpoint inventory, every API
	$(SPECBENCH) validate $(APIS)

generate: validate ## regenerate every client into generated/
	$(SPECBENCH) generate $(APIS)

check-generated: bundle ## fail if generated/ differs from a fresh generation
	$(SPECBENCH) check-generated $(APIS)

lint: $(VENV_STAMP) ## ruff and mypy --strict on the tooling and tests; mypy --strict on every client
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/mypy
	$(BIN)/mypy --config-file= --strict --python-version 3.11 $(CLIENT_PACKAGES)

test: all lint dist $(STAMPS)/chromium ## everything above and `make dist`, then the whole test suite (PYTEST_WORKERS)
	$(PYTEST)

# Debian packages a target needs (never a downloaded binary), installed once if missing:
# $(call apt_install,PACKAGE,EXECUTABLE) in the recipe of a stamp.
define apt_install
	@mkdir -p $(@D)
	@if [ ! -x $(2) ]; then \
		echo "installing Debian's $(1) (log: $@.log)"; \
		{ $(SUDO) apt-get update -qq && \
		  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(1); } > $@.log 2>&1 \
		|| { cat $@.log; exit 1; }; \
	fi
	@touch $@
endef

# The browser test drives Debian's chromium (never a downloaded browser).
$(STAMPS)/chromium:
	$(call apt_install,chromium,$(CHROMIUM))

# `make bench` loads the mocks with Debian's wrk (only the benchmark needs it).
$(STAMPS)/wrk:
	$(call apt_install,wrk,$(WRK))

# A longer schemathesis campaign against every mock (or the live server, see docs/contract-testing.md), with a report.
fuzz: all ## contract tests with EXAMPLES (default 200) cases per operation; JUnit in build/reports/
	@mkdir -p build/reports
	SPECBENCH_FUZZ_EXAMPLES=$(EXAMPLES) $(PYTEST) tests/contract/test_schemathesis.py $(FUZZ_ARGS) --junitxml=build/reports/fuzz-junit.xml

# Not part of `make test`: minutes long, and its numbers only mean something on a quiet machine.
bench: all $(STAMPS)/wrk ## our mock vs Prism, fuzzing and pipeline timings → bench/results.{md,json} (BENCH_SECONDS)
	$(SPECBENCH) bench

dist: all ## wheel + sdist of every client and of the tooling (with every bundle) into dist/, twine-checked
	$(SPECBENCH) dist

serve: all ## serve Swagger UI and every API's mock on 127.0.0.1 (PORT, default 8000; SERVE_ARGS)
	$(SPECBENCH) serve $(SERVE_ARGS)

lock: ## re-pin every Python dependency into constraints.txt (after editing pyproject.toml)
	$(BIN)/pip freeze --exclude-editable --disable-pip-version-check | grep -v ' @ file:' > constraints.txt

clean: ## remove build output (bundles, stamps, dist/)
	rm -rf build dist

distclean: clean ## also remove .venv and node_modules
	rm -rf $(VENV) node_modules

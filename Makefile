# Mentorat — every command a developer needs. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
RASA := $(BIN)/rasa
STAMP := $(VENV)/.installed-$(shell cat requirements.lock 2>/dev/null | cksum | cut -d' ' -f1)
MODEL := models/mentorat.tar.gz
TRAIN_INPUTS := config.yml domain.yml $(shell find data components -name '*.yml' -o -name '*.py' 2>/dev/null)

# Python 3.10 (Rasa 3.6 refuses 3.11): pyenv's 3.10 when present, else python3.10 on PATH.
PYTHON310 ?= $(shell (pyenv root >/dev/null 2>&1 && ls -d $$(pyenv root)/versions/3.10.*/bin/python3.10 2>/dev/null | tail -1) || command -v python3.10)

# Rasa must not try to reach the network; endpoints.yml reads the rest from the environment.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL ?= 2
export ACTION_PORT ?= 5055
export RASA_PORT ?= 5005
# rasa_sdk binds to 0.0.0.0 unless SANIC_HOST says otherwise.
export SANIC_HOST ?= 127.0.0.1
export ACTION_ENDPOINT_URL ?= http://127.0.0.1:$(ACTION_PORT)/webhook
export TRACKER_DIALECT ?= sqlite
export TRACKER_DB ?= var/tracker.db
# Empty for SQLite; for PostgreSQL a host, optionally with its port (127.0.0.1:5432).
export TRACKER_HOST ?=
export TRACKER_USER ?=
export TRACKER_PASSWORD ?=
# Connections each process keeps (pool) and may add (overflow) per SQL engine. Rasa reads these
# two for its PostgreSQL tracker store (its own defaults, 50 + 100, exhaust a server quickly);
# the outcomes database engine uses them too.
export SQL_POOL_SIZE ?= 5
export SQL_MAX_OVERFLOW ?= 5
# Lock store: in_memory (one Rasa process); several Rasa processes share Redis through
# rasa_plugins.lock_store.AtomicRedisLockStore (atomic tickets, rasa issue 9213) or Rasa's own `redis`.
export LOCK_STORE_TYPE ?= in_memory
export REDIS_HOST ?= 127.0.0.1
export REDIS_PORT ?= 6379
export REDIS_DB ?= 1
export REDIS_PASSWORD ?=
# The local PostgreSQL that `make services` starts, and the role the scale-out tests log in as.
export PG_HOST ?= 127.0.0.1
export PG_PORT ?= 5432
export PG_USER ?= mentorat
export PG_PASSWORD ?= mentorat
export WEB_PORT ?= 8080
# Public address of the page server: the actions put it in calendar links.
export MENTORAT_PAGE_URL ?= http://localhost:$(WEB_PORT)
# Origins allowed to call the Rasa server from a browser (separated by spaces or commas); never `*`.
# `make run-prod` also refuses every socket.io request from another Origin.
export MENTORAT_ALLOWED_ORIGINS ?= http://localhost:$(WEB_PORT) http://127.0.0.1:$(WEB_PORT)
WIDGET := node_modules/rasa-webchat/lib/index.js
CHROMIUM ?= /usr/bin/chromium
GRAMMALECTE ?= /usr/lib/python3/dist-packages/grammalecte/__init__.py
# Debian's French Hunspell dictionary (hunspell-fr-classical, MPL-2.0), read at run time by spylls.
HUNSPELL_FR ?= /usr/share/hunspell/fr.dic
# pytest workers (pytest-xdist): one test module per worker; e2e and browser modules share one set of servers per worker.
TEST_WORKERS ?= 2
# Workers for `make unit`; `make test` runs those suites in one process (0) while the model trains on the other core.
UNIT_WORKERS ?= $(TEST_WORKERS)
# Runs lint, validate and unit below the others' priority in `make test` (nice): the model's training, and then the
# server suites that wait for it, get the cores first; the checks that need no model fill the time left.
LOW ?=

.PHONY: help install train migrate run run-prod shell test server-tests debian-packages lint unit validate story-test nlu-report nlu-check e2e browser scale services bench clean

help: ## list the commands
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

install: $(STAMP) $(WIDGET) $(HUNSPELL_FR) ## create .venv (Python 3.10), install the locked packages and the widget
$(STAMP): requirements.lock
	@test -n "$(PYTHON310)" || { echo "Python 3.10 not found: install it (pyenv install 3.10.13) or set PYTHON310=/path/to/python3.10"; exit 1; }
	@test -x $(PY) || $(PYTHON310) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --upgrade "pip==24.0" "uv==0.13.8"
	$(BIN)/uv pip install --quiet --python $(PY) -r requirements.lock
	$(BIN)/pip check
	rm -f $(VENV)/.installed-* && touch $@

$(WIDGET): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

$(CHROMIUM):
	@echo "Installing Debian's chromium for the browser tests"
	$(if $(filter 0,$(shell id -u)),,sudo) apt-get update -qq
	$(if $(filter 0,$(shell id -u)),,sudo) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-color-emoji

# Debian's French grammar checker, used by tests/writing on every generated text.
$(GRAMMALECTE):
	@echo "Installing Debian's python3-grammalecte for the writing tests"
	$(if $(filter 0,$(shell id -u)),,sudo) apt-get update -qq
	$(if $(filter 0,$(shell id -u)),,sudo) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-grammalecte

# The French spelling dictionary the assistant checks the mentee's answers with (assistant/common/spelling.py).
$(HUNSPELL_FR):
	@echo "Installing Debian's hunspell-fr-classical (French spelling dictionary)"
	$(if $(filter 0,$(shell id -u)),,sudo) apt-get update -qq
	$(if $(filter 0,$(shell id -u)),,sudo) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends hunspell-fr-classical

train: $(MODEL) ## train the assistant (skipped when config, domain and data did not change)
$(MODEL): $(STAMP) $(TRAIN_INPUTS)
	$(RASA) train --fixed-model-name mentorat --out models
	@touch $@

migrate: $(STAMP) ## apply the database migrations (DATABASE_URL, default var/mentorat.db)
	$(PY) -m assistant migrate

run: $(MODEL) $(WIDGET) $(HUNSPELL_FR) migrate ## start actions, Rasa (rest + socketio) and the page on :8080; Ctrl-C stops all
	bash scripts/run.sh

run-prod: $(MODEL) $(WIDGET) migrate ## the same with the production profile: socket.io only, Origin checked, signed sessions, limits (needs MENTORAT_SESSION_SECRET)
	bash scripts/run.sh --prod

shell: $(MODEL) migrate ## chat in the terminal (starts the action server in the background)
	bash scripts/run.sh --shell

lint: $(STAMP) ## ruff (lint rules, formatting: `ruff format` fixes it) and mypy (types of assistant/ and actions/, mypy.ini)
	$(LOW) $(BIN)/ruff check assistant actions components rasa_plugins tests scripts
	$(LOW) $(BIN)/ruff format --check assistant actions components rasa_plugins tests scripts
	$(LOW) $(BIN)/mypy

unit: $(STAMP) $(GRAMMALECTE) $(HUNSPELL_FR) ## unit, action and writing tests (no Rasa server needed)
	$(LOW) $(BIN)/pytest -q -n $(UNIT_WORKERS) --dist loadfile --durations=10 tests/unit tests/actions tests/writing

validate: $(STAMP) ## rasa data validate, warnings are errors
	$(LOW) $(RASA) data validate --fail-on-warnings

story-test: $(MODEL) ## rasa test on tests/test_stories.yml, any prediction error fails
	$(RASA) test core --model $(MODEL) --stories tests/test_stories.yml --fail-on-prediction-errors --out results

nlu-report: $(MODEL) ## score the model on the held-out and blind sets (tests/nlu, tests/blind), write docs/nlu-report.md
	$(PY) scripts/nlu_report.py --model $(MODEL) --out docs/nlu-report.md

nlu-check: $(MODEL) ## fail when a held-out or blind NLU figure misses its bound (report in results/)
	$(PY) scripts/nlu_report.py --model $(MODEL) --out results/nlu-report.md --check

e2e: $(MODEL) ## end-to-end tests against real action and Rasa servers
	$(BIN)/pytest -q -n $(TEST_WORKERS) --dist loadfile tests/e2e

browser: $(MODEL) $(WIDGET) $(CHROMIUM) ## the widget in headless Chromium (screenshots in results/browser)
	$(BIN)/pytest -q tests/browser

services: ## install (if missing) and start PostgreSQL and Redis on 127.0.0.1, install nginx, for the scale-out tests
	bash scripts/services.sh

scale: $(MODEL) services $(WIDGET) $(CHROMIUM) ## scale-out tests: two Rasa servers on PostgreSQL + Redis, faults, nginx in front (widget in Chromium)
	$(BIN)/pytest -q tests/scale

test: debian-packages $(STAMP) ## everything: lint, data validation, story tests, NLU bounds on held-out and blind sets, all pytest suites
	$(MAKE) --no-print-directory -j4 --output-sync=target UNIT_WORKERS=0 LOW="nice -n 10" lint validate unit story-test nlu-check server-tests

# The suites that talk to running servers (Rasa, actions, page, PostgreSQL, Redis, nginx, Chromium), on both cores.
# Each worker starts one set of servers that the end-to-end and browser modules share (tests/conftest.py); the
# scale-out modules are one group (xdist_group), on one worker, sharing one stack (tests/scale/conftest.py); any other
# module is a group of its own. Groups are handed out in the order named, longest first (pytest-xdist would start with
# those that have the most tests, and the few long ones would end the run on one worker).
LONGEST_E2E = tests/e2e/test_blind_form_slots.py
server-tests: $(MODEL) services $(WIDGET) $(CHROMIUM) $(GRAMMALECTE) $(HUNSPELL_FR) ## the end-to-end, browser and scale-out suites together, on both cores
	$(BIN)/pytest -q -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder --durations=15 \
		$(LONGEST_E2E) tests/scale tests/browser $(filter-out $(LONGEST_E2E),$(sort $(wildcard tests/e2e/test_*.py)))

debian-packages:
	bash scripts/debian_packages.sh

bench: $(STAMP) services ## benchmark vs the stock `rasa init` bot, then 1 vs 2 Rasa servers (~25 min; ARGS='--only scale-out')
	$(PY) scripts/bench.py --out docs/benchmarks.md $(ARGS)

clean: ## remove trained models, test results and local databases
	rm -rf models results var .pytest_cache .mypy_cache

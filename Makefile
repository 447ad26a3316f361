# Two commands on a fresh machine:
#   make demo   installs everything into .venv, ingests the demo corpus, prints the events, writes exports
#   make test   installs everything (and Debian's chromium for the browser test) and runs the tests
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_DB ?= demo.db
OUT    ?= out

.PHONY: install demo test browser bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/fogofwar ingest fogofwar/demo --db $(DEMO_DB)
	$(BIN)/fogofwar events --db $(DEMO_DB)
	mkdir -p $(OUT)
	$(BIN)/fogofwar export --format acled-csv -o $(OUT)/events.csv --db $(DEMO_DB)
	$(BIN)/fogofwar export --format geojson -o $(OUT)/events.geojson --db $(DEMO_DB)
	$(BIN)/fogofwar export --format jsonl -o $(OUT)/events.jsonl --db $(DEMO_DB)
	@echo "Next: $(BIN)/fogofwar serve --db $(DEMO_DB)   (map and API at http://127.0.0.1:8000)"

browser:
	@if [ -x scripts/install-browser.sh ] || [ -f scripts/install-browser.sh ]; then bash scripts/install-browser.sh; fi

test: install browser
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) $(OUT) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm test-output .pytest_cache

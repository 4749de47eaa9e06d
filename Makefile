PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := samples/twente-word.pdf

.PHONY: install demo test samples bench bench-robust fuzz clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

demo: install
	@mkdir -p out
	$(BIN)/regio extract $(SAMPLE) -o out/twente-word.json
	$(BIN)/regio extract $(SAMPLE) --format csv -o out/twente-word.csv
	@echo "wrote out/twente-word.json and out/twente-word.csv; the first cells:"
	@head -n 6 out/twente-word.csv
	$(BIN)/regio check $(SAMPLE) --exit-zero

test: install
	$(BIN)/pytest -q

samples: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[samples]'
	$(BIN)/python -m samples.gen --out samples

bench: install
	$(BIN)/python bench/bench_extract.py

bench-robust: install
	$(BIN)/python bench/bench_robust.py

fuzz: install
	REGIO_FUZZ_EXAMPLES=$${REGIO_FUZZ_EXAMPLES:-500} $(BIN)/pytest -q tests/test_fuzz.py

clean:
	rm -rf out build dist *.egg-info .pytest_cache

PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := samples/twente-word.pdf

.PHONY: install install-camelot constraints demo test lint samples zoo zoo-random bench bench-tables bench-robust fuzz clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

PIP_INSTALL := $(BIN)/pip install --quiet -c constraints.txt

install: $(BIN)/python
	$(PIP_INSTALL) -e '.[test]'

# The camelot baselines of the benchmarks need the optional extra.
install-camelot: install
	$(PIP_INSTALL) -e '.[test,camelot]'

# Pin what is installed now as the tested versions.
constraints: install-camelot
	{ sed -n '1,2p' constraints.txt; $(BIN)/pip freeze --exclude-editable | grep -v '^regio'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt

demo: install
	@mkdir -p out
	$(BIN)/regio extract $(SAMPLE) -o out/twente-word.json
	$(BIN)/regio extract $(SAMPLE) --format csv -o out/twente-word.csv
	@echo "wrote out/twente-word.json and out/twente-word.csv; the first cells:"
	@head -n 6 out/twente-word.csv
	$(BIN)/regio check $(SAMPLE) --exit-zero

test: lint
	$(BIN)/pytest -q

# ruff's rules and mypy's settings are in pyproject.toml.
lint: install
	$(BIN)/ruff check regio
	$(BIN)/mypy

samples: $(BIN)/python
	$(PIP_INSTALL) -e '.[samples]'
	$(BIN)/python -m samples.gen --out samples

# The layout zoo: the same dossiers drawn in other house styles and by other engines.
# The engines come from Debian: apt-get install libreoffice-writer-nogui chromium wkhtmltopdf
#   texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended lmodern abiword weasyprint
#   groff context fop gnumeric poppler-utils ghostscript scribus inkscape libreoffice-impress-nogui
#   libreoffice-calc-nogui ruby-asciidoctor-pdf pandoc texlive-xetex, and Typst from PyPI (pip install typst)
zoo: $(BIN)/python
	$(PIP_INSTALL) -e '.[samples]'
	for d in twente zeeland; do \
	  $(BIN)/python -m samples.gen --zoo --out samples/zoo --dossier samples/$$d/dossier.json --name $$d && \
	  $(BIN)/python -m samples.gen.engines --out samples/zoo --dossier samples/$$d/dossier.json --name $$d; \
	done

# The zoo's house styles on dossiers drawn at random (samples/gen/random_dossier.py): SEEDS
# dossiers, each in every style, read back and scored; per-style totals, then all of them.
# Writes out/zoo-random/ (the dossiers, PDFs, what was read wrong); needs no engine outside PyPI.
# ENGINES=docx,latex,... renders them with those real engines too (each needs its tools, as `zoo`);
# the ones PyPI installs: weasy,fpdf,xhtml2pdf,mupdf,rinoh,borb,qt.
SEEDS ?= 20
ENGINES ?=
zoo-random: $(BIN)/python
	$(PIP_INSTALL) -e '.[samples]'
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python bench/bench_zoo_random.py --seeds 1-$(SEEDS) --engines "$(ENGINES)"

bench-tables: install-camelot
	$(BIN)/python bench/bench_tables.py

bench: install-camelot
	$(BIN)/python bench/bench_extract.py

bench-robust: install
	$(BIN)/python bench/bench_robust.py

fuzz: install
	REGIO_FUZZ_EXAMPLES=$${REGIO_FUZZ_EXAMPLES:-500} $(BIN)/pytest -q tests/test_fuzz.py

clean:
	rm -rf out build dist *.egg-info .pytest_cache

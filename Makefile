# communique: `make analysis` and `make test` set everything up themselves (a local .venv).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    ?= figures
# The analysis needs no NLTK data (its language data comes with the Python packages); JupyterLab
# refuses to run as root without --allow-root (containers, CI).
LAB_FLAGS := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: help setup analysis test bench data lab notebooks e2e clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

setup: $(STAMP)  ## create or refresh .venv from pyproject.toml

analysis: $(STAMP)  ## the whole analysis of seeds/ into figures/
	$(BIN)/communique run seeds/ --out $(OUT)/

test: $(STAMP)  ## the test suite (notebooks and doctests included)
	$(BIN)/python -m pytest -n 2 --dist loadfile -q

bench: $(STAMP)  ## speed and accuracy benchmarks (print their figures)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

data: $(STAMP)  ## download the optional NLTK data (the Brown corpus for --reference brown; needs a network)
	$(BIN)/communique data download

notebooks: $(STAMP)  ## execute the notebooks in a fresh kernel into figures/notebooks/*.html
	@ls notebooks/*.ipynb >/dev/null 2>&1 || { echo "no notebooks in notebooks/"; exit 0; }; \
	MPLBACKEND=Agg $(BIN)/jupyter nbconvert --to html --execute --ExecutePreprocessor.kernel_name=python3 \
	  --ExecutePreprocessor.timeout=600 --output-dir $(OUT)/notebooks notebooks/*.ipynb

e2e: $(STAMP)  ## the real-browser test: JupyterLab + headless Chromium (screenshots in tests/screenshots/)
	$(BIN)/python -m pytest -q -m browser -p no:cacheprovider tests/test_e2e_browser.py

lab: $(STAMP)  ## open JupyterLab on the notebooks
	$(BIN)/jupyter lab $(LAB_FLAGS) notebooks/

clean:  ## remove caches (keeps .venv and figures)
	rm -rf .pytest_cache .hypothesis build src/*.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

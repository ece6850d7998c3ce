# The two commands a user types on a fresh machine: `make run` and `make test`.
# Each creates .venv and installs the project when it is missing or older than pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.install-stamp
RAW ?= data/raw
OUT ?= data/processed
SHARED ?= ../shared

.PHONY: install run test lint eval bench train-ner gazetteer clean-output help

help:
	@echo "make run        process every batch folder in $(RAW)/ into $(OUT)/ (sets up .venv if needed)"
	@echo "make test       lint, then the test suite"
	@echo "make eval       NER, statistics/dates and place-resolution scores (needs $(SHARED))"
	@echo "make bench      throughput and memory of each stage"
	@echo "make train-ner  retrain the shipped NER model from $(SHARED)/corpora"
	@echo "make gazetteer  rebuild models/gazetteer from $(SHARED)/corpora/admin_divisions"
	@echo "make lint       ruff (pipeline, tests) and mypy (pipeline)"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch is pinned in pyproject (2.13.0, CPU wheel); an unpinned torch pulls a multi-GB CUDA build
	$(BIN)/python -m pip install -q -e '.[dev,eval,dask]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	@status=0; found=0; \
	for batch in $(RAW)/*/; do \
	  [ -d "$$batch" ] || continue; found=1; \
	  $(BIN)/python -m pipeline run "$$batch" --out $(OUT) || status=$$?; \
	done; \
	[ $$found = 1 ] || { echo "no batch folders in $(RAW)/"; exit 2; }; \
	exit $$status

# lint first: CI fails on a ruff or mypy error as on a failing test
test: lint
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests
	$(BIN)/mypy pipeline

eval: $(STAMP)
	$(BIN)/python -m pipeline.evaluation

bench: $(STAMP)
	$(BIN)/python -m pipeline.evaluation.bench

# Pretrain character / bigram vectors on the raw news text, then train the tagger on the
# annotated corpora (about 2 hours on 2 cores; checkpoints per epoch in build/ner-ckpt).
train-ner: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[train]'
	$(BIN)/python -m pipeline.training.vectors --corpora $(SHARED)/corpora --out build/ner-vectors
	$(BIN)/python -m pipeline.evaluation.train_ner --corpora $(SHARED)/corpora --out models/ner \
	  --vectors build/ner-vectors --ckpt-dir build/ner-ckpt --threads 2 --epochs 14 --max-minutes 110

gazetteer: $(STAMP)
	$(BIN)/python -m pipeline.nlp.gazetteer build --source $(SHARED)/corpora/admin_divisions

clean-output:
	rm -rf $(OUT)/*/ $(OUT)/.staging $(OUT)/.trash

# The two commands a user types on a fresh machine: `make run` and `make test`.
# Each creates .venv and installs the project when it is missing or older than pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.install-stamp
DEV_STAMP := $(VENV)/.dev-stamp
TORCH_VERSION := 2.13.0
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu
RAW ?= data/raw
OUT ?= data/processed
SHARED ?= ../shared

.PHONY: install install-dev run test lint eval bench train-ner train-objects finetune-ner export-onnx check-install gazetteer gazetteer-index \
	clean-output help

help:
	@echo "make run        process every batch folder in $(RAW)/ into $(OUT)/ (sets up .venv if needed)"
	@echo "make nightly    only the new or changed batch folders of $(RAW)/, a log in $(OUT)/logs/ (for cron)"
	@echo "make test       lint, then the test suite"
	@echo "make eval       NER, statistics/dates and place-resolution scores (needs $(SHARED))"
	@echo "make bench      throughput and memory, end to end and per stage, into BENCHMARKS.md (BENCH_ARGS=--sizes 1,10 for the quick set)"
	@echo "make train-ner  retrain the shipped NER model from $(SHARED)/corpora"
	@echo "make train-objects  retrain the statistics' object model (models/objects)"
	@echo "make export-onnx  export models/ner/model.pt to models/ner/model.onnx (the runtime's)"
	@echo "make check-install  what a fresh 'pip install .' pulls from PyPI: fails on torch/CUDA"
	@echo "make finetune-ner  fine-tune the shipped NER model (local-name augmentation) into build/ner-finetune"
	@echo "make gazetteer  rebuild models/gazetteer from $(SHARED)/corpora/admin_divisions"
	@echo "make gazetteer-index  rebuild the gazetteer's prebuilt name index only (no sources needed)"
	@echo "make lint       ruff (pipeline, tests) and mypy (pipeline)"

# The runtime (make run): onnxruntime runs the NER network; no torch, no CUDA.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $(STAMP)

# Tests, evaluation, training: the dev, eval, dask, train and hanlp extras. torch (train and
# hanlp) first, the CPU build: from a local wheel cache where pip has one (--no-index: nothing
# fetched), else from the CPU index; PyPI's torch is the CUDA build plus ~2 GB of nvidia wheels.
$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q --no-index --no-deps torch==$(TORCH_VERSION) 2>/dev/null || \
	  $(BIN)/python -m pip install -q torch==$(TORCH_VERSION) --index-url $(TORCH_INDEX)
	$(BIN)/python -m pip install -q -e '.[dev,eval,dask,train,hanlp]'
	touch $(DEV_STAMP)

install: $(STAMP)

install-dev: $(DEV_STAMP)

# every batch folder in one process: unchanged batches are skipped from their manifest (no
# model loaded, no table read), models are loaded once for those that changed
run: $(STAMP)
	@set -- $(RAW)/*/; [ -d "$$1" ] || { echo "no batch folders in $(RAW)/"; exit 2; }; \
	status=0; $(BIN)/python -m pipeline run "$$@" --out $(OUT) || status=$$?; \
	$(BIN)/python -m pipeline report $(OUT) || status=$$?; \
	exit $$status

# new or changed batches only; one at a time; exit codes and the crontab line: README "Nightly runs"
.PHONY: nightly
nightly: $(STAMP)
	$(BIN)/python -m pipeline nightly --raw $(RAW) --out $(OUT)

# lint first: CI fails on a ruff or mypy error as on a failing test
test: lint
	$(BIN)/python -m pytest -q

lint: $(DEV_STAMP)
	$(BIN)/ruff check pipeline tests
	$(BIN)/mypy pipeline

eval: $(DEV_STAMP)
	$(BIN)/python -m pipeline.evaluation

bench: $(DEV_STAMP)
	$(BIN)/python -m pipeline.evaluation.bench --corpus $(SHARED)/corpora/news_xwlb $(BENCH_ARGS)

# Pretrain character / bigram vectors on the raw news text, then train the tagger on the
# annotated corpora (about 2 hours on 2 cores; checkpoints per epoch in build/ner-ckpt).
# Training writes model.pt and exports model.onnx from it (pipeline.training.ner_net.save_model).
train-ner: $(DEV_STAMP)
	$(BIN)/python -m pipeline.training.vectors --corpora $(SHARED)/corpora --out build/ner-vectors
	$(BIN)/python -m pipeline.evaluation.train_ner --corpora $(SHARED)/corpora --out models/ner \
	  --vectors build/ner-vectors --ckpt-dir build/ner-ckpt --threads 2 --epochs 14 --max-minutes 110

# The object model (models/objects): the judged objects of pipeline/training/object_labels.tsv, the
# tuned raw_objects parts and the tests' sentences (object_cases.tsv), read through the pipeline;
# a few minutes on one core.
train-objects: $(DEV_STAMP)
	$(BIN)/python -m pipeline.training.objects --shared $(SHARED) --out models/objects/object_choice.json

# model.onnx (what the runtime runs) from model.pt; rerun after replacing model.pt by hand
export-onnx: $(DEV_STAMP)
	$(BIN)/python -m pipeline.training.export_onnx models/ner

# what a user's fresh `pip install .` resolves from PyPI alone (no local wheel cache): no torch,
# no nvidia/CUDA wheel may be among them
check-install: $(STAMP)
	mkdir -p build
	$(BIN)/python -m pip --isolated install -q --dry-run --ignore-installed --report build/install-report.json .
	$(BIN)/python -c "import json, sys; names = sorted(i['metadata']['name'].lower() for i in \
	  json.load(open('build/install-report.json'))['install']); \
	  bad = [n for n in names if n == 'torch' or n.startswith(('nvidia', 'cuda', 'triton'))]; \
	  print(len(names), 'packages:', ' '.join(names)); sys.exit(f'CUDA/torch packages: {bad}' if bad else 0)"

# Warm start from the shipped model: the corpora plus mention-replacement augmentation
# (gazetteer towns, villages, communities and local bodies; pipeline/training/ner_augment.py),
# 15,000 sentences per epoch (a third of them new text), every epoch kept as a model dir in
# build/ner-finetune-ckpt/epochN. Compare the candidates with
# `python -m pipeline.training.ner_compare models/ner build/ner-finetune-ckpt/epoch*` and copy
# the one that wins to models/ner (model.pt, model.onnx, config.json; see models/ner/README.md).
finetune-ner: $(DEV_STAMP)
	$(BIN)/python -m pipeline.evaluation.train_ner --corpora $(SHARED)/corpora --init models/ner \
	  --out build/ner-finetune --ckpt-dir build/ner-finetune-ckpt --save-epochs \
	  --epochs 6 --epoch-sentences 15000 --lr 8e-4 --threads 2 --max-minutes 110

gazetteer: $(STAMP)
	$(BIN)/python -m pipeline.nlp.gazetteer build --source $(SHARED)/corpora/admin_divisions

# the prebuilt name index of the shipped gazetteer (after a change to pipeline/nlp/gazetteer.py,
# pipeline/text.py or a places_* word list; a stale one is ignored, and a test says so)
gazetteer-index: $(STAMP)
	$(BIN)/python -m pipeline.nlp.gazetteer index

clean-output:
	rm -rf $(OUT)/*/ $(OUT)/.staging $(OUT)/.trash

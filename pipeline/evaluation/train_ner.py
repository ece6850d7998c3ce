"""``make train-ner``: train the NER model (pipeline.training.ner, same arguments) with the
gold-page scorer passed in, so the model card gets each convention's gold-page F1 while
training itself never imports the evaluation."""

from __future__ import annotations

from pipeline.evaluation.ner import gold_page_f1
from pipeline.training.ner import main

if __name__ == "__main__":
    main(score=gold_page_f1())

"""The name-character table (``pipeline.training.name_chars``) and the scorer that reads it."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.nlp.components.name_lists import NameScorer


def test_table_counts_surnames_and_given_names() -> None:
    rows = {r[0]: (int(r[1]), int(r[2])) for r in lexicons.rows("ner_name_chars")}
    assert rows["王"][0] > rows["王"][1]  # a surname far more often than in a given name
    assert rows["明"][1] > rows["明"][0]


def test_scorer_prefers_surname_first_cuts() -> None:
    scorer = NameScorer(lexicons.rows("ner_name_chars"), frozenset("王陈李张"),
                        frozenset({"欧阳"}))
    assert scorer.best_cut("王晓明陈立新") == [(0, 3), (3, 6)]
    assert scorer.best_cut("欧阳小明李华") == [(0, 4), (4, 6)]
    assert scorer.best_cut("晓明立新") is None  # no surname starts it

"""Evaluation against the corpora and the gold pages (`make eval`)."""

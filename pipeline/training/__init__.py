"""Training entry points (``python -m pipeline.training.ner``)."""

"""Model loading and spaCy components: NER backends, rule rulers, lexicons."""

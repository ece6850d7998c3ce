"""One module per stage; each a function from records to records, I/O at the edges."""

# The stages `python -m pipeline stage NAME` reruns, in graph order (pipeline.run.STAGES
# defines them; kept here so the CLI can list them without importing the models).
STAGE_NAMES = ("segment", "entities", "dates", "statistics", "roles")

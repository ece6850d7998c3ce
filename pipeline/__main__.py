from pipeline.cli import entry

entry(prog_name="python -m pipeline")

"""Exit codes of the command line (`run`, `nightly`), one scheme for every command: scripts and
cron tell the outcomes apart by these (README "Exit codes")."""

from __future__ import annotations

OK = 0  # every file succeeded, the batch was unchanged, or (nightly) there was nothing to do
FILES_FAILED = 1  # some or all files failed; every other file's rows are written
USAGE = 2  # a bad option value, batch id or NER model: nothing was read
LOCKED = 3  # another run (or nightly run) holds the output directory
EMPTY_BATCH = 4  # the batch folder is missing or holds no files: nothing is changed
WRITE_FAILED = 5  # writing failed (disk full, permissions): the published batch is unchanged
EXECUTOR = 6  # the executor could not start or lost its workers

# A nightly run stops at the first of these: every later batch would fail the same way.
FATAL = (WRITE_FAILED, EXECUTOR)

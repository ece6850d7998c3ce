"""`make eval`: every evaluation, one after the other, printed side by side per task.

Each module also runs alone: python -m pipeline.evaluation.ner | .statistics | .numerals | .places |
.bylines | .page_format
"""

from __future__ import annotations

import runpy
import sys

from rich.console import Console

EVALUATIONS = (
    ("Named entities (issue: NER model vs baselines)", "pipeline.evaluation.ner"),
    ("Statistics, dates and the numeral parser", "pipeline.evaluation.statistics"),
    ("Numeral case list, per category (issue 12)", "pipeline.evaluation.numerals"),
    ("Places resolved to administrative divisions", "pipeline.evaluation.places"),
    ("Bylines: names and roles in every format (issue 11)", "pipeline.evaluation.bylines"),
    ("Page format: stories as clean text and as OCR-wrapped pages", "pipeline.evaluation.page_format"),
)


def main() -> int:
    console = Console()
    failed = []
    for title, module in EVALUATIONS:
        console.rule(f"[bold]{title}")
        try:
            runpy.run_module(module, run_name="__main__", alter_sys=True)
        except SystemExit as done:
            if isinstance(done.code, str):  # the evaluation's own reason (e.g. ../shared not found)
                console.print(f"[red]{module}: {done.code}", highlight=False, soft_wrap=True)
            if done.code not in (0, None):
                failed.append(module)
        except Exception as err:  # one broken evaluation must not hide the others
            console.print(f"[red]{module} failed: {type(err).__name__}: {err}")
            failed.append(module)
    if failed:
        console.print(f"[red]failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.argv = sys.argv[:1]
    raise SystemExit(main())

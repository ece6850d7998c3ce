"""The library API: `import pipeline` stays light, and the README's examples run as shown."""

from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_pipeline_loads_no_model() -> None:
    code = (
        "import sys, pipeline; "
        "heavy = [m for m in ('spacy', 'torch', 'jieba', 'pyarrow', 'pipeline.run') if m in sys.modules]; "
        "assert not heavy, heavy; assert callable(pipeline.parse_numeral)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_readme_library_examples() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Library", 1)[1].split("\n## ", 1)[0]
    examples = "\n".join(block.split("```", 1)[0] for block in section.split("```python")[1:])
    assert ">>> nlp = pipeline.load()" in examples
    test = doctest.DocTestParser().get_doctest(examples, {}, "README Library", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0 and runner.tries >= 8


def test_entities_match_the_entities_stage_on_a_one_sentence_page() -> None:
    import pipeline

    nlp = pipeline.load()
    text = "记者王明报道，娄烦县公安局静游镇派出所民警在腾飞路社区值守。"
    (found,) = nlp.entities([text])
    tables = nlp.analyze(text)
    assert [(m.start, m.end, m.label) for m in found] == [
        (m.start, m.end, m.label) for m in tables["mentions"]
    ]
    assert all(text[m.start : m.end] == m.text for m in found)

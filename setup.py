"""Packaging beyond what pyproject.toml can say: the top-level ``models/`` folder ships inside
the wheel as the ``cnnews_models`` package (pyproject.toml lists its files under package-data),
so ``pip install .`` and ``pipx install .`` give a CLI that runs from any folder.
``pipeline.config.shipped_models_dir`` finds it there when the code runs outside a source tree."""

from setuptools import find_packages, setup

# models/ and its folders (data only, no Python): each a package so that its files are package data
MODEL_PACKAGES = [
    "cnnews_models", "cnnews_models.ner", "cnnews_models.ner.lexicons", "cnnews_models.gazetteer",
    "cnnews_models.objects",
]

setup(
    packages=[
        *find_packages(include=["pipeline", "pipeline.*"]),
        "pipeline.report.templates",  # HTML only (no __init__.py): named so its files ship
        *MODEL_PACKAGES,
    ],
    package_dir={"cnnews_models": "models"},
)

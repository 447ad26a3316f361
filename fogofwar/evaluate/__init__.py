"""Evaluation harness: the extractor measured against human-annotated benchmarks.

- `case`: CASE 2021 Task 2 snippet typing (25 ACLED sub-event types + 5 non-ACLED).
- `acled`: any ACLED export, each distinct note an article, its rows the gold.
- `seeds`: the reference articles' expectations, as a checklist.

Each evaluator is a function returning a JSON-able dict; `fogofwar evaluate ...`
(fogofwar/commands/evaluate.py) prints it.
"""

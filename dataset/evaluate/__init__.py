"""Scoring extracted tables against gold annotations: pure scorers, one module per task.

Scorers take plain rows (dicts) grouped by document and return JSON-ready numbers, so the
`evaluate` stage, `bench/quality.py` and the tests all measure the same way.
"""

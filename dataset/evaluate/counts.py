"""Precision, recall and F1 from match counts, summed over documents (micro average)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass


def ratio(numerator: int, denominator: int) -> float | None:
    """A proportion rounded for stable JSON; None when there is nothing to measure."""
    return round(numerator / denominator, 6) if denominator else None


@dataclass
class Counts:
    """True positives, false positives and false negatives of one comparison.

    Zero denominators give 0.0 for precision/recall/F1 (the usual convention: predicting
    nothing earns no precision), so figures stay numbers `dvc metrics diff` can compare.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return round(self.tp / (self.tp + self.fp), 6) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return round(self.tp / (self.tp + self.fn), 6) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return round(2 * self.tp / denominator, 6) if denominator else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def match_counts(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> Counts:
    """Exact matching of two multisets: a key found twice in gold needs two predictions."""
    gold_counts, predicted_counts = Counter(gold), Counter(predicted)
    tp = sum((gold_counts & predicted_counts).values())
    return Counts(tp=tp, fp=sum(predicted_counts.values()) - tp, fn=sum(gold_counts.values()) - tp)

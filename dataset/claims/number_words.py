"""Number words and their values: one table for the quantities and the claim rules."""

from __future__ import annotations

# Units and tens: "two" → 2, "forty" → 40.
UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Scale words that multiply what comes before: "two hundred", "3 million".
SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
# Vague plurals, valued at the smallest number they can mean ("dozens" → 24).
VAGUE = {
    "tens": 20.0, "dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2e3,
    "millions": 2e6, "billions": 2e9,
}  # fmt: skip

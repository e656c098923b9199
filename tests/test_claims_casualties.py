"""Claims: casualty reports of conflict news cited after their clause, and two sources
set against each other in one sentence."""

from __future__ import annotations

from claim_rows import claims


def test_a_counted_clause_before_its_source_is_a_claim() -> None:
    assert claims("Ten people died, police said.") == [("police", "said", "Ten people died")]
    assert claims("Nobody was hurt, officials said.") == [("officials", "said", "Nobody was hurt")]
    # Three words without a count or a verb stay an introductory phrase.
    assert claims("That same day, officials said the town fell.") == [
        ("officials", "said", "the town fell")
    ]


def test_while_and_another_source_end_the_first_report() -> None:
    text = (
        "Dozens of fighters were killed, a monitoring group said, while the army said only "
        "three soldiers died."
    )
    assert claims(text) == [
        ("a monitoring group", "said", "Dozens of fighters were killed"),
        ("the army", "said", "only three soldiers died"),
    ]
    # The same speaker going on is no second source, and a clause without a report
    # verb after "while" is content.
    assert claims("And so, he said, while members are horrified, they admire him.") == [
        ("he", "said", "while members are horrified, they admire him")
    ]

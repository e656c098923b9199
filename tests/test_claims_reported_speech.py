"""Reported-speech constructions of English news that the claim rules read (issue 3)."""

from __future__ import annotations

from claim_rows import PARAMS, claim_rows
from claim_rows import claims as _claims

from dataset.claims.lexicon import load_lexicon


def test_object_noun_after_a_past_cue_is_no_cue() -> None:
    """ "said praise from X would …", "announced plans to …": the word after a past-tense
    cue that is itself a cue form ("praise", "plans") is the content's noun, so the first
    cue reports and the second makes no claim of its own."""
    text = "Trump said praise from Vladimir Putin would not affect his policy toward Russia."
    assert _claims(text) == [
        ("Trump", "said", "praise from Vladimir Putin would not affect his policy toward Russia")
    ]
    plans = "The next month, a former committee staffer announced plans to sue the panel."
    assert _claims(plans) == [("a former committee staffer", "announced", "plans to sue the panel")]


def test_determiner_after_say_opens_content_despite_a_later_that() -> None:
    """ "said the latest test could change that": "say" takes no listener, so the
    determiner opens the content; a clause-final "that" is a pronoun, not a complementiser."""
    text = "Experts on North Korea said the latest nuclear test could change that."
    assert _claims(text) == [
        ("Experts on North Korea", "said", "the latest nuclear test could change that")
    ]
    told = "The senator told the crowd that the plan would fail."
    assert _claims(told) == [("The senator", "told", "that the plan would fail")]


def test_bare_forms_read_as_cues_only_after_a_subject_or_modal() -> None:
    """ "we know", "experts note", "they appear to …" report; "a note", "the know-how" and
    "appear on television" do not."""
    lexicon = load_lexicon(PARAMS.cue_lexicon, tuple(PARAMS.disabled_cues))
    assert "know" in lexicon.bare and "know" not in lexicon.forms
    assert _claims("We know that the senator grew up in Brooklyn.") == [
        ("We", "know", "that the senator grew up in Brooklyn")
    ]
    assert _claims("They note that the rules allow it.") == [
        ("They", "note", "that the rules allow it")
    ]
    [(claimant, cue, content)] = _claims("The figures appear to be fabricated.")
    assert (claimant, cue, content) == (None, "appear", "The figures appear to be fabricated")
    assert _claims("He left a note that nobody read.") == []
    assert _claims("The two candidates will appear on television tonight.") == []


def test_report_in_a_relative_clause_on_the_subject() -> None:
    """ "X, who said A, said B": A ends at the comma closing the relative clause, and B is
    X's claim (the aside holding a cue is not X's apposition)."""
    text = (
        "Podesta, who said the project was vetted by his firm's counsel, said he was "
        "unaware of any such disagreements."
    )
    assert _claims(text) == [
        ("who", "said", "the project was vetted by his firm's counsel"),
        ("Podesta", "said", "he was unaware of any such disagreements"),
    ]
    # A relative clause at the end of a sentence keeps its content to the sentence end.
    final = "The panel heard from Broaddrick, who said the files were lost, stolen or burned."
    assert _claims(final)[-1][2] == "the files were lost, stolen or burned"


def test_signed_quotation_paragraphs() -> None:
    """A paragraph that is one quotation signed with a dash and a name: the name is the
    claimant of the quotation; a dash before a lower-case phrase signs nothing."""
    text = (
        "Responses from our readers.\n\n"
        "“He represents our greatest shame. We deserve better.” ― Sonya Herridge\n"
        "“Maybe we can build a wall around him.”— Steve Quinlan.\n"
        "“Nothing changes” — or so it seems.\n"
    )
    rows = claim_rows(text)
    signed = [(r["claimant"], r["cue"], r["text"], r["method"]) for r in rows]
    # The quotation is the content (its closing full stop trimmed, as for any claim).
    assert signed == [
        (
            "Sonya Herridge",
            "―",
            "He represents our greatest shame. We deserve better",
            "signed_quote",
        ),
        ("Steve Quinlan", "—", "Maybe we can build a wall around him", "signed_quote"),
    ]
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]


def test_to_before_a_quoted_verb_is_an_infinitive() -> None:
    """ "promises to “end” the Common Core": the quotation marks sit inside the infinitive,
    which is the content as for any "promises to end …"."""
    text = "On his campaign website, Lopez-Cantera promises to “end” the Common Core."
    assert _claims(text) == [("Lopez-Cantera", "promises", "to “end” the Common Core")]


def test_apposition_led_by_a_determiner_before_the_name() -> None:
    """ "When the F.B.I. director, James B. Comey, said …": the title phrase and the name
    between commas are the claimant."""
    text = (
        "When the F.B.I. director, James B. Comey, said on Tuesday that his investigators "
        "had no direct evidence of a hack, experts disagreed."
    )
    [(claimant, cue, content)] = _claims(text)
    assert (claimant, cue) == ("the F.B.I. director, James B. Comey,", "said")
    assert content.startswith("that his investigators had no direct evidence")


def test_report_coordinated_with_a_verb_that_reports_nothing() -> None:
    """ "he stood with X and urged Y to …": the second verb shares the clause's subject,
    also after an opening conjunction and time phrase (the listener is no content)."""
    text = (
        "But on Tuesday, he stood with other GOP leaders and urged Democrats to vote for "
        "the Republican deal instead."
    )
    assert _claims(text) == [
        ("he", "urged", "to vote for the Republican deal instead"),
    ]


def test_question_quoted_before_a_listener_cue() -> None:
    """ "“… who knows?” Trump told ITV in an interview": the question ends its sentence,
    so the speaker and listener open the next; the quotation is their content, also when a
    quotation inside it ends the question."""
    text = (
        "“It looks like we’re not going to have a very good relationship, who knows?” Trump "
        "told Britain’s ITV television station in an interview aired on Monday."
    )
    assert _claims(text) == [
        (
            "Trump",
            "told",
            "It looks like we’re not going to have a very good relationship, who knows",
        )
    ]
    nested = (
        "“Her response has been, ‘What can we do to help?’” Renteria told reporters "
        "during a conference call."
    )
    assert _claims(nested) == [
        ("Renteria", "told", "Her response has been, ‘What can we do to help")
    ]


def test_title_phrase_before_a_full_name() -> None:
    """ "one of the family's attorneys, Justin Bamberg, said": the title phrase and the name
    between commas are the claimant; an age and a place after a name stay an apposition."""
    text = (
        "In a statement, one of the family's attorneys, Justin Bamberg, said the videos "
        "show Scott calmly leaving his car."
    )
    [(claimant, cue, content)] = _claims(text)
    assert (claimant, cue) == ("one of the family's attorneys, Justin Bamberg,", "said")
    assert content == "the videos show Scott calmly leaving his car"


def test_listener_adjunct_then_infinitive() -> None:
    """ "tells his supporters at a rally to …": the infinitive after the listener and an
    adjunct is the content."""
    text = "Trump tells his supporters at a Michigan rally to “go to your place and vote.”"
    assert _claims(text) == [("Trump", "tells", "to “go to your place and vote")]


def test_day_adjunct_before_the_object() -> None:
    """ "announced on Friday the arrest of …": the object after the day is the content;
    "said on Friday." alone still ends the report."""
    text = "Authorities announced on Friday the arrest of a man in the shooting."
    assert _claims(text) == [("Authorities", "announced", "the arrest of a man in the shooting")]
    pronoun = "Durbin said on Thursday he had delivered a letter to the attorney general."
    assert _claims(pronoun) == [
        ("Durbin", "said", "he had delivered a letter to the attorney general")
    ]
    after = "The curfew will stay in force, the mayor said on Friday."
    assert _claims(after) == [("the mayor", "said", "The curfew will stay in force")]


def test_as_clause_attached_to_its_main_clause() -> None:
    """ "As X said, CONTENT" and "CONTENT, as X said": the main clause is what X said; a
    time clause ("As Clinton talked about jobs, …") keeps its own object, and a comparison
    reports nothing."""
    assert _claims("As the senator said on Friday, the bill is dead.") == [
        ("the senator", "said", "the bill is dead")
    ]
    assert _claims("Yet, as Mr. Bown observed, the products would be hard to pick.") == [
        ("Mr. Bown", "observed", "the products would be hard to pick")
    ]
    assert _claims("The bill is dead for this session, as the senator said on Friday.") == [
        ("the senator", "said", "The bill is dead for this session")
    ]
    time_clause = "As Clinton talked about jobs, Trump highlighted crime."
    assert ("Clinton", "talked about", "jobs") in _claims(time_clause)  # its own object
    assert _claims("It was exactly as the senator said.") == []
    assert _claims("As you know, the vote is on Tuesday.") == []  # the reader, no source


def test_put_it_reports_only_in_an_as_clause() -> None:
    """ "As one commander put it, …": "put it" words someone's claim in an "as" clause,
    before or after the main clause; outside one "put it" is handling a thing."""
    assert _claims("As one commander put it, the siege has broken the town.") == [
        ("one commander", "put it", "the siege has broken the town")
    ]
    assert _claims("The truce is paper-thin, as a diplomat puts it.") == [
        ("a diplomat", "puts it", "The truce is paper-thin")
    ]
    assert _claims("The medic put it on the stretcher and ran.") == []


def test_expletive_it_in_a_passive_report_cites_nobody() -> None:
    """ "It was (widely) reported that …": the content has no claimant; "it" as a real
    subject of a quoted clause is untouched."""
    assert _claims("It was reported that the army had retreated from the city.") == [
        (None, "reported", "that the army had retreated from the city")
    ]
    assert _claims("It is widely believed that the talks will fail.") == [
        (None, "believed", "that the talks will fail")
    ]


def test_subject_of_a_participle_report_follows_an_introductory_phrase() -> None:
    """ "Hours later, X did Y, telling …", "Then he …", "Speaking in Salem, N.H., X …": the
    participle's claimant is the main clause's subject, not the opening adverbial."""
    claims = _claims("Hours later, Dana Ortiz returned the compliment, telling us it was off.")
    assert [(claimant, cue) for claimant, cue, _ in claims] == [("Dana Ortiz", "telling")]
    claims = _claims("Then he cut into the governor, calling him a coward.")
    assert [(claimant, cue) for claimant, cue, _ in claims] == [("he", "calling")]
    claims = _claims(
        "Speaking at a diner in Salem, New Hampshire, Ortiz turned to the governor, "
        "calling him a coward."
    )
    assert [(claimant, cue) for claimant, cue, _ in claims] == [("Ortiz", "calling")]


def test_raising_verb_without_its_infinitive_names_no_claimant() -> None:
    """ "The crowd seemed unperturbed", "It appears that …": a raising verb reports an
    impression; its subject is what the impression is of, so the claim has no claimant."""
    claims = _claims("The senator's supporters seemed unperturbed by the news.")
    assert [(claimant, cue) for claimant, cue, _ in claims] == [(None, "seemed")]
    claims = _claims("It appears that the count was wrong.")
    assert [(claimant, cue) for claimant, cue, _ in claims] == [(None, "appears")]


def test_passive_report_names_no_claimant_without_its_agent() -> None:
    """ "X was asked whether …", "Y was accused of …": the passive subject is the one
    addressed or talked about, so the claim has no claimant; a by-agent still is one."""
    claims = _claims("The governor was repeatedly asked whether the budget would pass.")
    assert [(claimant, cue) for claimant, cue, _ in claims] == [(None, "asked")]
    claims = _claims("The mayor was accused of hiding the report.")
    assert [(claimant, cue) for claimant, cue, _ in claims] == [(None, "accused")]
    claims = _claims("The plan was criticized by aid groups.")
    assert [(claimant, cue) for claimant, cue, _ in claims] == [("aid groups", "criticized")]


def test_passive_with_an_adverb_before_its_participle_reads_the_by_agent() -> None:
    """ "X was first reported by Y": an adverb between the auxiliary and the participle
    keeps the passive, whose by-phrase is the claimant and whose subject the content."""
    assert _claims("The merger was first reported by the Ledger.") == [
        ("the Ledger", "reported", "The merger")
    ]


def test_adverb_before_a_passive_participle_is_not_in_the_content() -> None:
    """ "The plan was widely criticised by X": the adverb modifies the verb, so the content
    (the passive subject) ends before the auxiliary; a date in the subject stays in it."""
    assert _claims("The ferry plan was widely criticised by aid groups.") == [
        ("aid groups", "criticised", "The ferry plan")
    ]
    assert _claims("Two men freed in May last year were questioned by police.") == [
        ("police", "questioned", "Two men freed in May last year")
    ]


def test_a_passive_agent_ends_before_the_of_phrase_of_a_charge() -> None:
    """ "X was accused by Y of Z", "X was blamed by Y for Z": the "of" phrase of a charge
    and a "for" phrase of the reason are the verb's complements, not part of the agent
    Y; "the head of the UN" after another verb keeps its "of", and a name goes on past
    "for" in capitals."""
    assert _claims("The militia was accused by residents of looting homes.") == [
        ("residents", "accused", "The militia")
    ]
    assert _claims("The mayor was blamed by traders for the flooding.") == [
        ("traders", "blamed", "The mayor")
    ]
    assert _claims("The raid was condemned by the Centre for Civilian Rights.") == [
        ("the Centre for Civilian Rights", "condemned", "The raid")
    ]
    assert _claims("The deal was criticised by the head of the agency.") == [
        ("the head of the agency", "criticised", "The deal")
    ]
    assert _claims("The navy was accused by the chief of the UN panel of abuses.") == [
        ("the chief of the UN panel", "accused", "The navy")
    ]
    assert _claims("The militia was accused by the Office of the Ombudsman of abuses.") == [
        ("the Office of the Ombudsman", "accused", "The militia")
    ]


def test_a_for_phrase_after_a_plain_report_verb_is_the_agent_s_own() -> None:
    """ "reported by activists for the opposition": only a verb of blame, praise or
    warning takes a reason in a "for" noun phrase; after another verb "for" goes on in
    the agent, and a gerund after "for" is a reason after any verb, a span of time
    ("for weeks", "for the first time") an adjunct after any verb."""
    assert _claims("The shelling was reported by monitors for the opposition.") == [
        ("monitors for the opposition", "reported", "The shelling")
    ]
    assert _claims("The deal was praised by envoys for ending the siege.") == [
        ("envoys", "praised", "The deal")
    ]
    assert _claims("The report was disputed by Cairo for weeks.") == [
        ("Cairo", "disputed", "The report")
    ]
    assert _claims("The blast was confirmed by police for the first time on Friday.") == [
        ("police", "confirmed", "The blast")
    ]
    assert _claims("The outage was reported by villagers for three hours.") == [
        ("villagers", "reported", "The outage")
    ]


def test_a_noun_in_ly_before_a_passive_is_the_subject_s_head() -> None:
    """ "The daily was criticised by X": an -ly word counts as an adverb of the passive
    only right after its auxiliary; before it, it is the subject's head noun."""
    assert _claims("The daily was criticised by the ruling party.") == [
        ("the ruling party", "criticised", "The daily")
    ]
    assert _claims("The weekly was widely criticised by the censors.") == [
        ("the censors", "criticised", "The weekly")
    ]


def test_duration_adjunct_between_cue_and_content() -> None:
    """ "X has said for weeks (that) …": the duration is an adjunct of the cue, and the
    clause after it the content."""
    assert _claims("Ortiz has said for weeks she is the only candidate who can win.") == [
        ("Ortiz", "said", "she is the only candidate who can win")
    ]


def test_claimant_before_an_aside_after_an_adverb_or_led_by_a_modifier() -> None:
    """ "On Friday, however, the director, Jo Ray, said …" and "retired Gen. Jo Ray, who
    led …, said …": a sentence adverb is an introductory phrase, and a lower-case
    modifier may open the claimant's noun phrase."""
    [(claimant, cue, _)] = _claims(
        "On Friday, however, the director of the agency, Jo Ray, said that the files were private."
    )
    assert cue == "said" and claimant is not None and claimant.startswith("the director")
    [(claimant, cue, _)] = _claims(
        "And retired Gen. Jo Ray, who led the forces in the north, said that the plan would fail."
    )
    assert (claimant, cue) == ("retired Gen. Jo Ray", "said")


def test_pronoun_fused_with_has_is_the_claimant() -> None:
    """ "He's said …", "she’s argued …": the contraction is a pronoun and "has" (not a
    possessive before an attributive participle), and the pronoun is the claimant."""
    assert _claims("He's said he gets his ideas from a novel.") == [
        ("He's", "said", "he gets his ideas from a novel")
    ]
    assert _claims("While she’s argued that the tax is unfair, she voted for it.") == [
        ("she’s", "argued", "that the tax is unfair")
    ]


def test_verbs_of_attack_and_portrayal_report_a_stance() -> None:
    """ "assailed", "lambasted", "blasts", "labeled", "portrayed", "chanted": like "blasted"
    and "mocked", they report the subject's stance toward their object."""
    assert _claims("The senator assailed the trade deal.") == [
        ("The senator", "assailed", "the trade deal")
    ]
    assert _claims("The mayor portrayed the council as reckless.") == [
        ("The mayor", "portrayed", "the council as reckless")
    ]
    assert _claims('The crowd chanted "Four more years".') == [
        ("The crowd", "chanted", "Four more years")
    ]


def test_went_after_and_mused_report() -> None:
    """ "went after X" attacks X (a stance, as "blasted"); "mused that …" reports a thought."""
    [(claimant, cue, content)] = _claims("The governor went after the senator on Monday.")
    assert (claimant, cue, content) == ("The governor", "went after", "the senator")
    assert _claims("She mused that the race was over.") == [
        ("She", "mused", "that the race was over")
    ]


def test_inverted_claimant_after_a_quotation_may_carry_a_long_relative_clause() -> None:
    """`"…," said one source who …`: after a quotation the words after the cue are its
    speaker, a noun phrase whose relative clause may run past the claimant length limit."""
    text = (
        '"The account sent a number of emails," said one source who spoke on the condition '
        "of anonymity because of the sensitive nature of the inquiry into the accounts."
    )
    assert _claims(text) == [("one source", "said", "The account sent a number of emails")]


def test_reportedly_attributes_its_clause_to_an_unnamed_source() -> None:
    """ "X is reportedly doing Y", "Reportedly, X did Y": the writer passes on others'
    reports; the clause is the content and no claimant is named."""
    assert _claims("The agency has reportedly moved its offices to the capital.") == [
        (None, "reportedly", "The agency has reportedly moved its offices to the capital")
    ]
    assert _claims("Reportedly, he made the comments to co-workers.") == [
        (None, "Reportedly", "he made the comments to co-workers")
    ]
    assert _claims('"He reportedly left," she said.') == [("she", "said", "He reportedly left")]


def test_clause_after_the_cue_is_no_inverted_claimant() -> None:
    """ "Wynn, chairman of the party, said his district received …": the words after the
    cue make a clause (a finite verb), so they are the content and the name before the
    aside the claimant, not "CONTENT, said X" inverted."""
    text = "Jo Wynn, chairman of the county party, said his district received a flood of forms."
    assert _claims(text) == [
        (
            "Jo Wynn, chairman of the county party,",
            "said",
            "his district received a flood of forms",
        )
    ]
    [(claimant, cue, content)] = _claims('"We lost," said a source involved in the talks.')
    assert (claimant, cue, content) == ("a source involved in the talks", "said", "We lost")


def test_noun_ending_in_ly_ends_a_claimant() -> None:
    """ "attorneys for the family said": "family" is a noun, not an adverb before the cue
    to skip, so the claimant keeps it (and does not end in a bare "the")."""
    assert _claims(
        "The relatives watched the video on Thursday, attorneys for the family said."
    ) == [("attorneys for the family", "said", "The relatives watched the video on Thursday")]


def test_inverted_claimant_after_a_quotation_may_open_with_a_number() -> None:
    """`"…," said 9/11 widow Terry Strada`: a number may open the speaker's description."""
    assert _claims('"They are wrong," said 9/11 widow Jo Ray.') == [
        ("9/11 widow Jo Ray", "said", "They are wrong")
    ]


def test_signed_quotation_with_a_no_break_space_after_the_dash() -> None:
    """`"…" ―\\u00a0Name`: web text often sets a no-break space around the dash of a
    signed quotation; it is a space like any other."""
    text = "Readers wrote in.\n“We can build a wall around him.” ―\u00a0Steve Quinn.\n"
    assert _claims(text) == [("Steve Quinn", "―", "We can build a wall around him")]


def test_aside_naming_a_post_between_claimant_and_cue() -> None:
    """ "Jo Ray, acting director of the Center, which …, said …": an aside that names a
    post ("director of …") sets off the claimant's name like one that opens with "a"."""
    text = (
        "But Jo Ray, acting political director of the Center, which organized the letter, "
        "said the response was weak."
    )
    assert _claims(text) == [("Jo Ray", "said", "the response was weak")]


def test_claimant_before_an_aside_may_open_with_an_age() -> None:
    """ "81-year-old Jo Ray, a retired teacher who …, said …": an age opens the name."""
    text = "81-year-old Jo Ray, a retired teacher who voted twice, said that the race was over."
    assert _claims(text) == [("81-year-old Jo Ray", "said", "that the race was over")]


def test_quoted_title_in_an_introductory_phrase_is_no_content() -> None:
    """`On "Fox News Sunday," Pence said his …`: a quotation closing an introductory
    phrase is a title; the cue's content is the clause after it."""
    text = 'On the broadcast of "Face the Nation," Governor Jo Ray said her rival had lied.'
    assert _claims(text) == [("Governor Jo Ray", "said", "her rival had lied")]


def test_audience_after_told_then_an_adjunct_leaves_the_content_before() -> None:
    """ "CONTENT, X told his closest advisers as …", "…, X told a Senate panel Wednesday":
    a listener phrase whose head names an audience, then only an adjunct, so the cue
    takes the content before it; "told a joke" still has its object as content."""
    text = "The deal is dead, the mayor told his closest advisers as he left the hall."
    assert _claims(text) == [("the mayor", "told", "The deal is dead")]
    text = "The force is growing, Secretary Jo Ray told a Senate panel Wednesday."
    assert _claims(text) == [("Secretary Jo Ray", "told", "The force is growing")]


def test_report_set_off_inside_its_content_leaves_it_open() -> None:
    """ "A, officials said, could unravel …": a report set off by commas inside a sentence
    leaves the content open; a predicate or a clause after it finishes the content, a
    participle is the writer's own continuation."""
    text = "Whatever progress the envoy has made, officials said, could easily be undone."
    assert _claims(text) == [
        (
            "officials",
            "said",
            "Whatever progress the envoy has made, officials said, could easily be undone",
        )
    ]
    clause = "Soon after the hearing, the evidence indicates, the judge rewrote the opinion."
    assert _claims(clause)[0][2] == (
        "Soon after the hearing, the evidence indicates, the judge rewrote the opinion"
    )
    inverted = (
        "Any fair reading of the deal, said Ann Lee, an expert on trade, would call it a loss."
    )
    assert _claims(inverted)[0][2] == (
        "Any fair reading of the deal, said Ann Lee, an expert on trade, would call it a loss"
    )
    participle = "The plan will fail, the mayor said, citing the cost of the new bridge."
    assert _claims(participle)[0][2] == "The plan will fail"


def test_predicate_left_of_a_cue_gives_way_to_its_subject() -> None:
    """ "X, who …, issued a statement saying …": the words left of the participle up to
    the aside open with a finite verb, so they are X's predicate; X is the claimant."""
    text = (
        "Senator Jane Moss, who chairs the panel, issued a statement on Tuesday saying "
        "the bill would pass."
    )
    assert _claims(text) == [("Senator Jane Moss", "saying", "the bill would pass")]


def test_dateline_is_no_claimant() -> None:
    """ "WASHINGTON — The senator …, saying …": the dateline that opens a story names a
    place, not the participle's subject."""
    text = (
        "WASHINGTON — The senator from Ohio spent the day in Iowa, saying the state would decide."
    )
    assert [c[0] for c in _claims(text)] == ["The senator"]


def test_participle_after_an_inverted_cue_shares_its_claimant() -> None:
    """ "'…,' said Anna Cole, a strategist, adding that …": the participle's subject is
    the name after the inverted cue, not the quotation's first words."""
    text = '"It will be close," said Anna Cole, a strategist, adding that the polls were wrong.'
    assert ("Anna Cole", "adding", "that the polls were wrong") in _claims(text)


def test_object_list_runs_past_its_commas() -> None:
    """ "thanked his parents, his siblings and his wife": a nominal cue's object ends at
    its first comma unless short noun phrases follow and the last is joined by "and"/"or"
    (a list); a comma that opens an aside or a clause still ends it."""
    text = "The mayor thanked her parents, her brothers, her husband and her staff."
    assert _claims(text) == [
        ("The mayor", "thanked", "her parents, her brothers, her husband and her staff")
    ]
    aside = "The mayor thanked her parents, two teachers who had moved to Ohio."
    assert _claims(aside)[0][2] == "her parents"
    clause = "The mayor thanked her parents, and her brothers stayed home."
    assert _claims(clause)[0][2] == "her parents"


def test_known_as_names_no_claimant() -> None:
    """ "contests known as Super Tuesday", "are widely known as": "known" is a passive
    participle, whose noun is what is named, not who names it; after "have" it is active
    ("had known the senator")."""
    text = "The vote came in a string of contests known as Super Tuesday."
    assert _claims(text) == [(None, "known", "as Super Tuesday")]
    adverb = "Many of the courses are widely known as goat farms."
    assert _claims(adverb) == [(None, "known", "as goat farms")]
    perfect = "The banker had known the senator for years."
    assert _claims(perfect) == [("The banker", "known", "the senator for years")]


def test_examples_after_a_comma_belong_to_the_object() -> None:
    """ "cited several factors, including …", "favor projects, like …", "the tweets, as
    well as …": examples or an addition after a nominal cue's object are part of it; a
    clause after "especially" is not."""
    text = "The mayor blamed several factors, including budget cuts and a late winter."
    assert _claims(text) == [
        ("The mayor", "blamed", "several factors, including budget cuts and a late winter")
    ]
    clause = "The mayor blamed the council, especially as the vote was close."
    assert _claims(clause)[0][2] == "the council"


def test_gerund_list_after_a_nominal_cue() -> None:
    """ "supported cutting taxes, raising fees and closing schools": a list of gerunds is
    the object; after a noun object an -ing form opens a participle clause instead."""
    text = "The mayor supported cutting taxes, raising fees and closing schools."
    assert _claims(text)[0][2] == "cutting taxes, raising fees and closing schools"
    participle = "The mayor endorsed Smith, leaving the party and its staff."
    assert _claims(participle)[0][2] == "Smith"


def test_cue_word_in_a_compound_noun_is_no_cue() -> None:
    """ "a Facebook post", "his post-convention bounce": a cue word headed by a named
    modifier after a determiner, or joined by a hyphen to the next word, is part of a
    noun; a capitalised plural subject keeps it a verb ("The Republicans show …")."""
    named = "The coach shared a Facebook post that mocked the new law."
    assert [c[1] for c in _claims(named)] == ["mocked"]
    assert _claims("His post-convention bounce faded within a week.") == []
    plural = "The Republicans show how little they care."
    assert _claims(plural) == [("The Republicans", "show", "how little they care")]


def test_cannot_before_a_cue_is_no_part_of_the_claimant() -> None:
    """ "Officials cannot say …": "cannot" is a modal and its negation, skipped like
    "can not" or "can't" between the claimant and the cue."""
    assert _claims("Officials cannot say when the road will reopen.") == [
        ("Officials", "say", "when the road will reopen")
    ]
    assert _claims("I cannot deny that we made mistakes.") == [
        ("I", "deny", "that we made mistakes")
    ]

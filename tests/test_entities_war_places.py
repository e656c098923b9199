"""Entities: the towns of war news, named by what armies do to them."""

from __future__ import annotations

import pytest
from entity_labels import labelled


def test_the_object_of_a_siege_verb_is_a_town() -> None:
    assert labelled("Artillery units shelled Velykivka overnight.").get("Velykivka") == {"GPE"}
    assert labelled("The army retook Dorvanka after a long siege.").get("Dorvanka") == {"GPE"}
    assert labelled("Hundreds of families fled Zarbek on foot.").get("Zarbek") == {"GPE"}


def test_a_town_fighters_are_driven_out_of() -> None:
    found = labelled("The militia was driven out of Qaryatan in March.")
    assert found.get("Qaryatan") == {"GPE"}


def test_a_listed_name_after_a_siege_verb_stays_a_person() -> None:
    assert labelled("Police captured Johnson on Monday.").get("Johnson") == {"PERSON"}


def test_the_arabic_article_ez_joins_a_place_name() -> None:
    found = labelled("Aid convoys reached Deir ez-Zor on Sunday.")
    assert found.get("Deir ez-Zor") == {"GPE"}


def test_an_ing_noun_opening_a_sentence_is_no_person() -> None:
    found = labelled("Shelling killed four civilians, officials said.")
    assert "Shelling" not in found


def test_khan_is_a_surname_not_a_title() -> None:
    """Khan ends the names of millions of people; read as a title it cut them to their
    given name or dropped them."""
    found = labelled("Zafar Khan said the vote was rigged. Khan later left Multan.")
    assert found.get("Zafar Khan") == {"PERSON"}
    assert found.get("Khan") == {"PERSON"}
    assert labelled("Mayor Sadiq Khan spoke.").get("Sadiq Khan") == {"PERSON"}


def test_a_title_word_opening_a_place_name_after_in() -> None:
    found = labelled("Strikes destroyed homes in Khan Dawar and nearby.")
    assert found.get("Khan Dawar") == {"GPE"}


def test_a_sheikhs_possession_after_in_is_no_place() -> None:
    found = labelled("Envoys met in Sheikh Hamad's palace.")
    assert "GPE" not in found.get("Sheikh Hamad", set())


def test_a_town_forces_withdraw_from_or_fight_for() -> None:
    assert labelled("The brigade withdrew from Velykivka at dawn.").get("Velykivka") == {"GPE"}
    assert labelled("The battle for Dorvanka lasted months.").get("Dorvanka") == {"GPE"}
    assert labelled("The siege of Zarbek ended in May.").get("Zarbek") == {"GPE"}


def test_the_subject_of_a_passive_siege_verb_is_a_town() -> None:
    assert labelled("Zarbek was besieged for months.").get("Zarbek") == {"GPE"}


def test_a_run_of_names_after_a_siege_verb_is_a_town() -> None:
    found = labelled("The militants later stormed Spin Boldak.")
    assert found.get("Spin Boldak") == {"GPE"}


def test_a_possessor_after_a_siege_verb_is_no_town() -> None:
    found = labelled("Soldiers stormed Zarbek's compound at night.")
    assert "GPE" not in found.get("Zarbek", set())


def test_a_run_ending_in_a_letter_after_leave_is_no_town() -> None:
    found = labelled("The final count left Measure B trailing by 2,644 votes.")
    assert "GPE" not in found.get("Measure B", set())


def test_leaving_confirms_a_gazetteer_town_only() -> None:
    assert labelled("Troops left Raqqa later.").get("Raqqa") == {"GPE"}
    found = labelled("The singer announced he was leaving Viacom soon.")
    assert "GPE" not in found.get("Viacom", set())


def test_out_of_names_a_town_only_after_a_verb_of_expulsion() -> None:
    found = labelled("One good thing to come out of Balco is honesty.")
    assert "GPE" not in found.get("Balco", set())
    found = labelled("He took on the far-left Militant Tendency in 1983.")
    assert "GPE" not in found.get("Militant Tendency", set())


def test_the_national_romanisation_of_a_ukrainian_town() -> None:
    from dataset.entities import lexicon as lx

    place = lx.load().places["Avdiivka"]
    assert place.canonical == "Avdiivka"
    assert place.population == lx.load().places["Avdiyivka"].population
    assert labelled("Avdiivka fell in February.").get("Avdiivka") == {"GPE"}


def test_a_sheikh_after_in_stays_a_man_and_near_names_a_quarter() -> None:
    found = labelled("Voters kept faith in Sheikh Hasina Wajed last year.")
    assert "GPE" not in found.get("Sheikh Hasina Wajed", set())
    assert labelled("Police deployed near Sheikh Jarrah today.").get("Sheikh Jarrah") == {"GPE"}


def test_an_arabic_noun_of_place_before_the_article_opens_a_place() -> None:
    found = labelled("Clashes spread from Jisr al-Shughur and Ras al-Ain to Bab al-Hawa.")
    assert found.get("Jisr al-Shughur") == {"GPE"}
    assert found.get("Ras al-Ain") == {"GPE"}
    assert found.get("Bab al-Hawa") == {"GPE"}
    assert labelled("Troops climbed Jabal al-Zawiya.").get("Jabal al-Zawiya") == {"LOC"}


def test_the_possessor_of_kin_after_a_place_verb_is_a_person() -> None:
    """A town has no nephew: 'captured X's nephew' names a man, whatever the verb."""
    found = labelled("Soldiers captured Walid Tarbani's nephew at dawn.")
    assert found.get("Walid Tarbani") == {"PERSON"}


def test_a_plural_in_men_opening_a_sentence_is_no_person() -> None:
    found = labelled("Tribesmen blocked the road, residents said.")
    assert "Tribesmen" not in found


def test_a_town_controlled_or_whose_control_is_taken() -> None:
    assert labelled("Insurgents controlled Kal Darra for a year.").get("Kal Darra") == {"GPE"}
    found = labelled("The rebels took control of Tarbanak on Friday.")
    assert found.get("Tarbanak") == {"GPE"}
    assert "GPE" not in labelled("He sold control of Tarbani to investors.").get("Tarbani", set())


def test_a_name_before_a_title_and_its_holder_is_a_body() -> None:
    """'X commander Ali Rahimi': the title is held in X, a force, not a person."""
    found = labelled("Mueller commander Ali Rahimi was killed near the border.")
    assert found.get("Mueller") == {"ORG"}
    assert found.get("Ali Rahimi") == {"PERSON"}


def test_a_name_before_a_known_province_is_a_village_there() -> None:
    """'Sher Ali, Helmand province': the division after the comma places the name."""
    found = labelled("Troops searched Sher Ali, Helmand province, at dawn.")
    assert found.get("Sher Ali") == {"GPE"}
    assert labelled("He met Ahmad Wali, Kunduz province governor.").get("Ahmad Wali") == {"PERSON"}


def test_a_listed_group_with_a_capitalised_arabic_article() -> None:
    """A sentence opens 'Al-Shabab' where the list spells 'al-Shabab'."""
    found = labelled("Al-Shabab fighters ambushed a convoy on Tuesday.")
    assert found.get("Al-Shabab") == {"ORG"}


def test_a_reach_word_and_an_unlisted_name_after_in_is_a_region() -> None:
    found = labelled("Fighting spread into Lower Tarbak overnight.")
    assert found.get("Lower Tarbak") == {"LOC"}


def test_chief_of_a_service_is_one_title_before_the_name() -> None:
    """'Chief of Police' is an office: the name after it is the holder's, whole."""
    found = labelled("Yesterday Provincial Chief of Police Sher Agha Safi visited the post.")
    assert found.get("Sher Agha Safi") == {"PERSON"}
    assert "Police Sher Agha Safi" not in found


def test_only_a_whole_name_before_a_title_is_a_body() -> None:
    """The end of a longer name ("Lib Dem leader"), a word written lower-case in running
    text or a former body names no organisation on its own; after a title word it does."""
    found = labelled(
        "Meanwhile Lib Dem leader Ali Rahimi spoke. Former Mueller boss Omar Kaz left."
    )
    assert "ORG" not in found.get("Dem", set())
    assert found.get("Mueller") == {"ORG"}
    assert "ORG" not in labelled("Good government. Ex-Labour leader Neil Kinnock spoke.").get(
        "Ex-Labour", set()
    )


def test_a_town_an_armed_subject_holds_attacks_or_hits() -> None:
    assert labelled("Separatist fighters held Kovrinka for two years.").get("Kovrinka") == {"GPE"}
    assert labelled("Artillery hit Zoltivka overnight.").get("Zoltivka") == {"GPE"}
    found = labelled("Insurgents attacked Spin Ghundai at dawn.")
    assert found.get("Spin Ghundai") == {"GPE"}


def test_a_gazetteer_town_seized_without_an_armed_subject() -> None:
    assert labelled("The alliance seized Raqqa in 2017.").get("Raqqa") == {"GPE"}


def test_a_listed_name_held_or_attacked_stays_a_person() -> None:
    assert labelled("Rebels held Johnson for a week.").get("Johnson") == {"PERSON"}


def test_an_arabic_noun_of_place_before_an_unlisted_name_opens_a_town() -> None:
    assert labelled("Convoys entered Tell Zaqra on Monday.").get("Tell Zaqra") == {"GPE"}
    assert labelled("Families sheltered in Kafr Dabbus overnight.").get("Kafr Dabbus") == {"GPE"}


def test_a_country_that_strikes_a_name_strikes_a_town() -> None:
    found = labelled("Israel struck Qantara and Dorvanka in southern Lebanon.")
    assert found.get("Qantara") == {"GPE"} and found.get("Dorvanka") == {"GPE"}
    # Not a country: the verb alone says nothing ("the defeat hit Johnson").
    assert labelled("Labour hit Zarbek with a fine.").get("Zarbek") != {"GPE"}


def test_a_country_after_a_sentences_opening_word_strikes_a_town() -> None:
    assert labelled("On Sunday Israel struck Qantara.").get("Qantara") == {"GPE"}
    assert labelled("Then Israel struck Qantara overnight.").get("Qantara") == {"GPE"}
    # A given name before a country's is a person's name, no state.
    assert labelled("Michael Jordan struck Dorvanka with a ball.").get("Dorvanka") != {"GPE"}


def test_the_name_others_give_a_place_takes_its_type() -> None:
    found = labelled("Troops retook Velykivka, which Moscow calls Dorvansk, on Friday.")
    assert found.get("Dorvansk") == {"GPE"}
    found = labelled("Azerbaijan retook Stepanakert, which it calls Khankendi, last year.")
    assert found.get("Khankendi") == {"GPE"}


def test_the_lines_that_divide_armies_are_locations() -> None:
    found = labelled("Troops exchanged fire across the Line of Control in Kashmir.")
    assert found.get("Line of Control") == {"LOC"}
    assert labelled("Jets struck near the Durand Line.").get("Durand Line") == {"LOC"}


def test_a_rank_written_without_its_dot_is_a_title() -> None:
    found = labelled("Lt Gen Sami Sadat said Gen Abdel Fattah al-Burhan had agreed.")
    assert found.get("Sami Sadat") == {"PERSON"}
    assert found.get("Abdel Fattah al-Burhan") == {"PERSON"}
    assert "Gen Abdel Fattah al-Burhan" not in found
    # Before a single letter it opens no name ("Gen Z").
    assert "Z" not in labelled("Gen Z voters turned out in large numbers.")


def test_an_armed_subject_led_by_someone_still_acts_on_a_town() -> None:
    found = labelled("Gangs led by Jimmy Cherizier attacked Pont-Verdel overnight.")
    assert found.get("Pont-Verdel") == {"GPE"}
    found = labelled("Troops loyal to the junta held Dorvalek for a week.")
    assert found.get("Dorvalek") == {"GPE"}


def test_a_name_torched_or_razed_or_burned_by_fighters_is_a_town() -> None:
    assert labelled("Militants torched Vorlenka overnight.").get("Vorlenka") == {"GPE"}
    assert labelled("The army razed Dorvalek.").get("Dorvalek") == {"GPE"}
    found = labelled("Troops had burned Tabayin, witnesses said.")
    assert found.get("Tabayin") == {"GPE"}


def test_each_town_of_a_list_after_a_siege_verb_is_a_town() -> None:
    """The verb before a list of towns acts on every one of them, not on the first."""
    found = labelled("Warplanes hit Tavrin, Kesh Durbat and Olvaran overnight.")
    assert found.get("Kesh Durbat") == {"GPE"}
    assert found.get("Olvaran") == {"GPE"}
    found = labelled("Artillery shelled Velykivka, Orlanka, Zarbek and Dorvanka.")
    assert found.get("Orlanka") == found.get("Dorvanka") == {"GPE"}


def test_a_comma_alone_after_a_siege_verb_joins_no_list() -> None:
    # "Tavrin, Kesh Durbat" with no "and" is a town and the province it is in, or a
    # town and an apposition, not a list: the verb types no more than before.
    found = labelled("Rebels shelled Tavrin, Kesh Durbat said in a statement.")
    assert found.get("Kesh Durbat") == {"PERSON"}


def test_a_kinship_noun_opens_a_town_where_a_cue_of_place_stands() -> None:
    # "Um" (mother of) and "Bint" (daughter of) open towns before a name no list knows
    # after a verb of siege, a preposition of place, or before a town's lot, though a
    # name list knows "Um" as a surname.
    assert labelled("Um Zarqa fell to the RSF on Sunday.").get("Um Zarqa") == {"GPE"}
    assert labelled("The RSF said it had stormed Um Zarqa.").get("Um Zarqa") == {"GPE"}
    assert labelled("Shelling hit Bint Qarun on Sunday.").get("Bint Qarun") == {"GPE"}
    assert labelled("Umm Rawaba was shelled on Monday.").get("Umm Rawaba") == {"GPE"}
    assert labelled("Fighting broke out in Bint Jbeil.").get("Bint Jbeil") == {"GPE"}


def test_a_kinship_noun_without_a_cue_of_place_opens_a_womans_byname() -> None:
    # Before a given name, listed or not, the noun opens a woman's byname.
    found = labelled("Umm Ahmed, a mother of five, said the shelling never stopped.")
    assert found.get("Umm Ahmed") == {"PERSON"}
    for name in ("Khaled", "Rami", "Samir", "Fadi", "Nour"):
        found = labelled(f"Umm {name}, 52, said the shelling never stopped.")
        assert found.get(f"Umm {name}") == {"PERSON"}, name
    assert labelled("Umm Rami said the bombing never stopped.").get("Umm Rami") == {"PERSON"}
    assert "GPE" not in labelled("Umm Kulthum sang in Cairo.").get("Umm Kulthum", set())
    assert labelled("Umm Rami, a mother of four, fell to her knees.").get("Umm Rami") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reporters talked to Umm Hadi, a widow, outside the clinic.", "Umm Hadi"),
        ("A text from Umm Karim told her brother to leave.", "Umm Karim"),
        ("Volunteers brought blankets to Umm Walid, who sleeps in a tent.", "Umm Walid"),
        ("The note was passed to Bint Samir before dawn.", "Bint Samir"),
        ("Gunmen attacked Umm Hadi and her sons on the road.", "Umm Hadi"),
        ("Soldiers attacked Umm Karim as she fetched water.", "Umm Karim"),
        ("Gunmen seized Umm Walid at a roadblock.", "Umm Walid"),
    ],
)
def test_a_kinship_byname_one_speaks_to_or_attacks_with_her_kin_is_no_town(
    text: str, name: str
) -> None:
    # One talks to, hears from and hands things to a woman, and her kin, her doings or
    # the spot she was seized at follow her name: "to", "from" or a verb of attack alone
    # make no town of a kinship noun's name.
    assert "GPE" not in labelled(text).get(name, set())

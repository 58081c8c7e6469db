"""Actors: one id for one actor across spellings and scripts, titles kept for framing."""
import pytest

from crosscheck.claims.actors import ActorBook, actors_in, namings_in, one_edit, same_side


def _ids(text: str) -> list[str]:
    return [m.actor_id for m in actors_in(text)]


@pytest.mark.parametrize("sentence", ["وصل غوتيرش إلى المدينة", "وصل غوتيريش إلى المدينة",
                                      "وصل غوتيريس إلى المدينة", "وصل غويتريس إلى المدينة",
                                      "Guterres arrived in the city"])
def test_transliterations_of_one_name_share_an_id(sentence):
    """غويتريس is not in the seed list: its consonant skeleton is Guterres'."""
    assert _ids(sentence) == ["guterres"]


def test_a_glued_preposition_does_not_hide_a_spelling_the_list_lacks():
    assert "guterres" in _ids("حفتر لغويتريس: العملية مستمرة")


def test_countries_by_name_and_by_adjective_in_both_scripts():
    found = {(m.actor_id, m.adjective) for m in actors_in(
        "ودعت فرنسا والقوات الألمانية والحكومة اليونانية، وقال مسؤول بريطاني إن Turkish troops")}
    assert found == {("france", False), ("germany", True), ("greece", True), ("britain", True), ("turkey", True)}


def test_a_titled_name_outside_the_list_gets_a_skeleton_id_shared_across_scripts():
    [arabic] = actors_in("وقال اللواء أحمد المسماري إن القوات تقدمت")
    [english] = actors_in("Maj. Gen. Ahmed Mismari said the forces advanced")
    assert arabic.actor_id == english.actor_id == "name:msmr"
    assert arabic.title == "اللواء"


def test_a_common_noun_after_a_title_is_no_name():
    """``قائد الجيش``: the army is an office, not a person called الجيش."""
    assert _ids("توجه للقاء قائد الجيش، حفتر") == ["haftar"]


def test_a_hyphenated_name_is_one_mention_with_its_title():
    [salame, sarraj] = actors_in("Envoy Ghassan Salame met Prime Minister Fayez al-Sarraj on Tuesday")
    assert (salame.actor_id, sarraj.actor_id, sarraj.title) == ("ghassan salame", "sarraj", "Prime Minister")


def test_titles_and_force_names_are_read_as_namings_without_clitics():
    namings = {(n.actor, n.descriptor) for n in namings_in(
        "وقال الجنرال المتقاعد خليفة حفتر إن لقوات حفتر حق الرد، بينما تقدمت مليشيات حفتر نحو المدينة")}
    assert namings == {("haftar", "الجنرال المتقاعد"), ("haftar:forces", "قوات"), ("haftar:forces", "مليشيات")}


def test_a_body_that_belongs_to_a_person_names_his_forces():
    assert {(n.actor, n.descriptor) for n in namings_in("تقدم الجيش الوطني الليبي نحو العاصمة")} == {
        ("haftar:forces", "الجيش الوطني الليبي")}


def test_one_side_joins_an_actor_and_the_body_it_belongs_to():
    assert same_side("islamic jihad", "palestine") and same_side("israeli army", "israel")
    assert not same_side("israel", "palestine")


def test_one_edit_between_skeletons():
    assert one_edit("msmr", "msmr") and one_edit("msmr", "msmrk") and one_edit("msmr", "mzmr")
    assert not one_edit("msmr", "mzmk")


def test_the_book_learns_an_alias_from_sentences_of_one_group():
    """Two titled spellings one skeleton edit apart that fill the same place in one group's
    sentences are one actor; names that differ more stay apart."""
    book = ActorBook().learn([[["haftar", "name:msmr"], ["haftar", "name:msmrk"]],
                              [["name:bls"], ["name:brgs"]]])
    assert book.resolve("name:msmrk") == book.resolve("name:msmr")
    assert book.resolve("name:brgs") != book.resolve("name:bls")


def test_the_book_resolves_the_actors_of_a_claim():
    from crosscheck.models import Claim

    book = ActorBook().learn([[["name:msmr"], ["name:msmrk"]]])
    claim = Claim("a", "A", 0, 0, 1, "x", "framing", None, None, None, who="name:msmrk",
                  actors=("name:msmrk", "haftar"))
    resolved = book.applied(claim)
    assert resolved.who == "name:msmr" and resolved.actors == ("name:msmr", "haftar")

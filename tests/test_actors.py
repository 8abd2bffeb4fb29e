"""Actor gazetteer: states, demonyms, capitals, seats, organisations, titled people and later mentions."""

from __future__ import annotations

import pytest

from communique.events.actors import find_actors, find_mentions, find_persons, gazetteer, lookup


@pytest.mark.parametrize(
    ("alias", "code", "kind"),
    [
        ("Russia", "RUS", "state"),
        ("North Korea", "PRK", "state"),
        ("United States", "USA", "state"),
        ("U.S.", "USA", "state"),
        ("France", "FRA", "state"),  # straight from pycountry
        ("North Korean", "PRK", "demonym"),
        ("Russian", "RUS", "demonym"),
        ("Pyongyang", "PRK", "capital"),
        ("Kyiv", "UKR", "capital"),
        ("the Kremlin", "RUS", "seat"),
        ("the White House", "USA", "seat"),
        ("UN", "IGO:UN", "igo"),
        ("European Union", "IGO:EU", "igo"),
        ("NATO", "IGO:NATO", "igo"),
        ("ASEAN", "IGO:ASEAN", "igo"),
        ("G20", "IGO:G20", "igo"),
    ],
)
def test_gazetteer_entries(alias, code, kind):
    entry = lookup(alias)
    assert entry is not None and (entry.code, entry.kind) == (code, kind)


def test_every_state_code_is_iso_alpha3():
    import pycountry

    iso = {c.alpha_3 for c in pycountry.countries} | {"XKX"}  # Kosovo's user-assigned code
    iso |= {c.alpha_3 for c in pycountry.historic_countries}  # former states keep their ISO 3166-3 codes (SUN, YUG)
    codes = {e.code for e in gazetteer().values() if not e.code.startswith(("IGO:", "NGO:"))}
    assert codes <= iso


def test_titled_people_get_their_country_and_later_mentions_link():
    text = ("North Korea Supreme Leader Kim Jong-un met with Russia President Vladimir Putin. "
            "Putin said the Russian president and Kim talked. US President Donald Trump was absent.")
    got = [(m.text, m.code, m.name) for m in find_mentions(text) if m.kind == "person"]
    assert got == [
        ("North Korea Supreme Leader Kim Jong-un", "PRK", "Kim Jong-un"),
        ("Russia President Vladimir Putin", "RUS", "Vladimir Putin"),
        ("Putin", "RUS", "Vladimir Putin"),
        ("the Russian president", "RUS", "Vladimir Putin"),
        ("Kim", "PRK", "Kim Jong-un"),
        ("US President Donald Trump", "USA", "Donald Trump"),
    ]


def test_former_officials_and_people_sharing_a_name():
    text = ("Kim Jong-un met Putin. The last time was when Kim's father Kim Jong-il visited former Russian "
            "President Dmitry Medvedev. Kim thanked the Russian leader.")
    persons = {p.name: p for p in find_persons(text)}
    assert persons["Dmitry Medvedev"].former and persons["Dmitry Medvedev"].code == "RUS"
    mentions = [(m.text, m.name) for m in find_mentions(text) if m.kind == "person"]
    # the short "Kim" goes to the protagonist introduced first, not to his father
    assert ("Kim", "Kim Jong-un") in mentions and ("Kim Jong-il", "Kim Jong-il") in mentions
    assert [n for t, n in mentions if t == "Kim"] == ["Kim Jong-un", "Kim Jong-un"]
    # "the Russian leader" is the current one, not the former president
    assert mentions[-1] == ("the Russian leader", "Vladimir Putin")


def test_organisation_officials_and_seats():
    df = find_actors("UN Secretary-General Antonio Guterres and Kremlin spokesman Dmitry Peskov spoke.")
    assert df[["code", "name"]].values.tolist() == [["IGO:UN", "Antonio Guterres"], ["RUS", "Dmitry Peskov"]]


def test_mentions_do_not_span_lines_and_offsets_trace_back():
    text = "Talks 06:59 PM\n\nNorth Korea Supreme Leader Kim Jong-un arrived in Pyongyang."
    df = find_actors(text, doc_id="d")
    assert all(text[s:e] == t for s, e, t in zip(df.start, df.end, df.text))
    assert "\n" not in "".join(df.text)
    assert df["doc_id"].unique().tolist() == ["d"]


def test_unknown_role_without_a_person_stays_a_state_level_actor():
    (m,) = [m for m in find_mentions("The North Korean leader left.") if m.kind == "role"]
    assert (m.code, m.role) == ("PRK", "leader")


def test_decomposed_letters_match_and_offsets_index_the_original():
    import unicodedata

    from communique.events.actors import scan_text

    text = unicodedata.normalize("NFD", "Recep Tayyip Erdoğan met Mevlüt Çavuşoğlu in Ankara.")
    mentions = scan_text(text)[0]
    assert [m.code for m in mentions] == ["TUR", "TUR", "TUR"]
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_roles_resolve_to_the_office_holder_of_the_article_date():
    from communique.events.actors import scan_text

    def holder(text, dct):
        return [(m.code, m.name) for m in scan_text(text, dct)[0]]

    assert holder("The Russian president spoke.", "2010-06-01") == [("RUS", "Dmitry Medvedev")]
    assert holder("The Russian president spoke.", "2022-06-01") == [("RUS", "Vladimir Putin")]
    assert holder("The foreign minister of Ukraine spoke.", "2022-06-01") == [("UKR", "Dmytro Kuleba")]


def test_institutions_stand_for_their_state_and_adjectives_are_never_the_leader():
    from communique.events.actors import scan_text

    mentions = scan_text("The UK government and the Russian Foreign Ministry disagreed with Russian hackers.")[0]
    assert [(m.text, m.code, m.kind) for m in mentions][:2] == [("The UK government", "GBR", "seat"),
                                                               ("the Russian Foreign Ministry", "RUS", "seat")]
    assert all(m.kind != "person" for m in mentions)

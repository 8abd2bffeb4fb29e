"""Timex classes found with new passages written for issue 16 (news with a history background,
timelines, biographies, ancient history, campaign narratives; none from a corpus), session 2026-12-03."""

from __future__ import annotations

import pytest

from communique.timex import tag


def values(text: str, dct: str = "2025-04-01", genre: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, genre=genre)}


NEWS = ("news", "2025-03-12")
STORY = ("narrative", "2025-04-01")

# (genre and DCT, text, phrase, value): one class a block
VALUES = [
    # "by <date>" with a pluperfect counts up to that date: the story moves on, no look back
    (STORY, "On 26 December 1944 tanks broke through to the town. By mid-January the bulge had been eliminated.",
     "mid-January", "1945-01"),
    (STORY, "On 26 December 1944 tanks broke through to the town. By the end of January, the army had retaken it.",
     "the end of January", "1945-01"),
    (STORY, "On 26 December 1944 tanks broke through to the town. By early January, the army had retaken it.",
     "early January", "1945-01"),
    # a fronted "in" with a pluperfect main clause still looks back
    (STORY, "On 26 December 1944 tanks broke through to the town. In early January the army had retaken it.",
     "early January", "1944-01"),
    # news background: "the end of the year" right after a past year told is that year
    (NEWS, "In March 2011 talks broke down, and by the end of the year troops had moved to the border.",
     "the end of the year", "2011"),
    (NEWS, "Talks broke down in 2011. By the end of the year troops had moved to the border.",
     "the end of the year", "2011"),
    # the year of writing: a plan, or no past year told
    (NEWS, "Sales fell in 2019, the company said, and by the end of the year it will cut jobs.",
     "the end of the year", "2025"),
    (NEWS, "The company expects sales to rise by the end of the year.", "the end of the year", "2025"),
    # news: a decade or a century later, from the date just written, is a date as "two years later" is
    (NEWS, "In September 1978 the two leaders met at the retreat. A decade later the site was used for talks.",
     "A decade later", "1988"),
    (NEWS, "In September 1978 the two leaders met at the retreat. Two decades later the site was used again.",
     "Two decades later", "1998"),
    (NEWS, "The fort fell in 1850. A century later it was rebuilt as a museum.", "A century later", "1950"),
    # news: "the next/following/previous year" after a past year told counts from it, unless a plan
    (NEWS, "In 2016 they resumed talks. Early the next year officials said they were close to a deal.",
     "Early the next year", "2017"),
    (NEWS, "In 2016 they resumed talks. The following year the talks stalled.", "The following year", "2017"),
    (NEWS, "In 2016 they resumed talks. The previous year they had failed.", "The previous year", "2015"),
    (NEWS, "Sales rose in 2019. The next year will be harder, he said.", "The next year", "2026"),
    (NEWS, "Sales rose in 2019, and the company expects the next year to be harder.", "the next year", "2026"),
    # news: a month-day in the same long sentence as a month of a past year
    (NEWS, "In September 1978, the leaders of Egypt and Israel spent thirteen days at the presidential retreat "
           "before signing the accords on September 17.", "September 17", "1978-09-17"),
    # news: "that <month>" right after a month of a past year is in that year
    (NEWS, "The first swap took place in September 2022. A second swap followed that December.",
     "that December", "2022-12"),
    (NEWS, "The first swap took place in September 2022. That December a second followed.",
     "That December", "2022-12"),
    # a report set off by commas does not give the clause its tense
    (("news", "2025-08-20"), "The new transfer will take place in the autumn, officials said, after a ceremony in "
     "Paris in October.", "October", "2025-10"),
    # an obituary: the death without a year is the news, not the last year of the life told
    (("narrative", "2025-01-20"), "Maria Kessler, who has died aged 91, was a diplomat. Born in 1933, she joined "
     "the foreign service in 1957. Her memoir was published in 2012. She died on January 14 at her home.",
     "January 14", "2025-01-14"),
    (("narrative", "2024-12-03"), "Obituary: Helena Marsh, 1940-2024\n\nHelena Marsh, a negotiator, has died at 84. "
     "She died on November 28 in Dublin. Born in Cork in 1940, she worked in camps in the 1960s.",
     "November 28", "2024-11-28"),
    # news: "the following/previous <season>", "that <season>" right after a past year told
    (("news", "2025-06-11"), "In late 2022 the leaders met in Bali. The following spring restrictions began to ease.",
     "The following spring", "2023-SP"),
    (("news", "2025-06-11"), "The leaders met in Bali in 2022. That summer restrictions began to ease.",
     "That summer", "2022-SU"),
    (("news", "2025-06-11"), "The leaders met in March 2022. The previous autumn they had quarrelled.",
     "The previous autumn", "2021-FA"),
    (("news", "2025-06-11"), "The leaders met in Bali in 2022. They will meet again next spring.",
     "next spring", "2026-SP"),
    # "that night" after a flashback day, when the story's own time has no day: the day told
    (STORY, "In the winter of 1812 the army retreated. It had entered the city on 14 September; a fire broke out "
     "that night.", "that night", "1812-09-14TNI"),
    (STORY, "In the winter of 1812 the army retreated. It had entered the city on 14 September. A fire broke out "
     "that night.", "that night", "1812-09-14TNI"),
    # the following/preceding century counts from the story's year, BC too
    (STORY, "The temple was completed c. 450 BC. In the following century the kingdom declined.",
     "the following century", "BC03"),
    (STORY, "The abbey was built in 1150. In the following century it grew rich from wool.",
     "the following century", "12"),
    (STORY, "The abbey was built in 1150. The next century brought war to the valley.", "The next century", "12"),
    (STORY, "The abbey was built in 1150. In the preceding century the valley had been empty.",
     "the preceding century", "10"),
    (("news", "2025-05-10"), "Leaders must plan for the next century.", "the next century", "21"),
    # a bare part of the story's day after a preposition of time
    (STORY, "The brigade crossed on 3 September 1944. The fighting lasted until late afternoon.",
     "late afternoon", "1944-09-03TAF"),
    (STORY, "The brigade crossed on 3 September 1944. By evening the town was taken.", "evening", "1944-09-03TEV"),
    # after dusk, "by morning" is the next day's
    (STORY, "The brigade crossed on 3 September 1944. At dusk it halted; by morning the enemy had gone.",
     "morning", "1944-09-04TMO"),
]


@pytest.mark.parametrize("genre_dct, text, phrase, value", VALUES)
def test_value(genre_dct, text, phrase, value):
    genre, dct = genre_dct
    assert values(text, dct, genre)[phrase] == value


def test_just_after_midnight_is_the_small_hours_of_the_story_day():
    text = ("The invasion began on 6 June 1944. Airborne troops landed shortly after midnight, and at dawn "
            "the bombardment opened. By nightfall the men were ashore. That night tanks moved towards the city; "
            "the next morning aircraft attacked them.")
    got = values(text)
    assert got["dawn"] == "1944-06-06TMO"
    assert got["nightfall"] == "1944-06-06TNI"
    assert got["That night"] == "1944-06-06TNI"
    assert got["the next morning"] == "1944-06-07TMO"
    # midnight that closes a day still leads to the next day's dawn
    assert values("The battle raged on 5 June 1944. At midnight the guns fell silent. At dawn the attack "
                  "resumed.")["dawn"] == "1944-06-06TMO"


@pytest.mark.parametrize("text, found", [
    ("She was the daughter of Henry VIII (1491-1547) and reigned long.", ["1491", "1547"]),
    ("He ruled 1509–1547 in England.", ["1509", "1547"]),
    # a number range is no span of years
    ("It cost 1200-1500 dollars.", []),
])
def test_an_early_span_of_years_has_both_ends(text, found):
    assert [t.text for t in tag(text, "2025-05-10", genre="narrative")] == found


NEWS_BACKGROUND = (
    "GENEVA - Negotiators from the two neighbours resumed talks on Tuesday over the disputed river basin, the "
    "first direct meeting since the collapse of a ceasefire last autumn.\n"
    "The dispute dates back decades. In 1994 the two governments signed a water-sharing accord in Vienna. On "
    "June 12 of that year, a joint commission met for the first time, and two years later it published a survey "
    "of the basin. The accord held until 2008, when a drought prompted both sides to build new dams. In March "
    "2011 talks broke down, and by the end of the year troops had moved to the border.\n"
    "On Tuesday, the foreign ministers shook hands before the cameras. A second round is expected next month, "
    "and officials said a draft text could be ready this week. \"We have waited thirty years for this,\" one "
    "delegate said on Wednesday.")

CAMPAIGN = (
    "The invasion of Normandy began on 6 June 1944. Airborne troops landed shortly after midnight, and at dawn "
    "the naval bombardment opened. By nightfall more than 150,000 men were ashore. That night German armour "
    "moved towards Caen, but the next morning Allied aircraft attacked the columns. Within a week the "
    "beachheads had been joined, and by the end of the month Cherbourg had fallen. The breakout came in late "
    "July; on 25 July the bombers struck west of Saint-Lo, and two days later American tanks reached Coutances.")

ARDENNES = (
    "On the night of 16 December 1944 the German army struck in the Ardennes. On 22 December the American "
    "commander at Bastogne rejected a demand to surrender. The weather cleared the next day, and on 26 December "
    "tanks broke through to the town. By mid-January the bulge had been eliminated. The offensive had lasted six "
    "weeks.")

ANCIENT = (
    "The kingdom reached its height in the 5th century BC. Its first recorded king ruled from about 560 BC, and "
    "in the reign of his grandson the capital was walled. Around 480 BC the city was sacked, but within a decade "
    "it had been rebuilt. The temple was completed c. 450 BC. In the following century the kingdom declined, and "
    "by 330 BC it had fallen to Macedon. Under Roman rule, from 63 BC, the city flourished again; in AD 70 it was "
    "besieged, and in the 3rd century AD it was abandoned.")

REIGN = (
    "Elizabeth I reigned from 1558 to 1603. She was the daughter of Henry VIII (1491-1547), and came to the "
    "throne after the death of her half-sister. In 1588 the Spanish Armada sailed against England; it was "
    "defeated in late July and early August. She died at Richmond on 24 March 1603.")


@pytest.mark.parametrize("text, dct, genre, expected", [
    (NEWS_BACKGROUND, "2025-03-12", "auto", [
        ("Tuesday", "2025-03-11"), ("last autumn", "2024-FA"), ("1994", "1994"),
        ("June 12 of that year", "1994-06-12"), ("two years later", "1996"), ("2008", "2008"),
        ("March 2011", "2011-03"), ("the end of the year", "2011"), ("Tuesday", "2025-03-11"),
        ("next month", "2025-04"), ("this week", "2025-W11"), ("thirty years", "P30Y"),
        ("Wednesday", "2025-03-12")]),
    (CAMPAIGN, "2024-06-06", "auto", [
        ("6 June 1944", "1944-06-06"), ("midnight", "1944-06-06T24:00"), ("dawn", "1944-06-06TMO"),
        ("nightfall", "1944-06-06TNI"), ("That night", "1944-06-06TNI"), ("the next morning", "1944-06-07TMO"),
        ("a week", "P1W"), ("the end of the month", "1944-06"), ("late July", "1944-07"),
        ("25 July", "1944-07-25"), ("two days later", "1944-07-27")]),
    (ARDENNES, "2025-04-01", "auto", [
        ("the night of 16 December 1944", "1944-12-16TNI"), ("22 December", "1944-12-22"),
        ("the next day", "1944-12-23"), ("26 December", "1944-12-26"), ("mid-January", "1945-01"),
        ("six weeks", "P6W")]),
    (ANCIENT, "2025-05-10", "auto", [
        ("the 5th century BC", "BC04"), ("about 560 BC", "BC0560"), ("Around 480 BC", "BC0480"),
        ("a decade", "P10Y"), ("c. 450 BC", "BC0450"), ("the following century", "BC03"), ("330 BC", "BC0330"),
        ("63 BC", "BC0063"), ("AD 70", "0070"), ("the 3rd century AD", "02")]),
    (REIGN, "2025-05-10", "auto", [
        ("1558", "1558"), ("1603", "1603"), ("1491", "1491"), ("1547", "1547"), ("1588", "1588"),
        ("late July", "1588-07"), ("early August", "1588-08"), ("24 March 1603", "1603-03-24")]),
])
def test_passages(text, dct, genre, expected):
    got = [(t.text, t.value) for t in tag(text, dct, genre=genre)]
    assert got == expected


def test_news_a_decade_later_than_planned_is_a_measure():
    got = [(t.text, t.type) for t in tag("The plant opened a decade later than planned.", "2026-01-08", genre="news")]
    assert got == [("a decade", "DURATION")]


TIMELINE = (
    "Key dates in the crisis\n\n"
    "2023\n"
    "October 7: Militants attack border towns.\n"
    "October 27: Ground operations begin.\n"
    "November 24: A first truce takes effect.\n\n"
    "2024\n"
    "January 26: The court issues provisional measures.\n"
    "- May 6: Troops enter the southern city.\n")


def test_a_timeline_s_year_headings_date_its_entries():
    got = [(t.text, t.value) for t in tag(TIMELINE, "2025-10-15", genre="news")]
    assert got == [("2023", "2023"), ("October 7", "2023-10-07"), ("October 27", "2023-10-27"),
                   ("November 24", "2023-11-24"), ("2024", "2024"), ("January 26", "2024-01-26"),
                   ("May 6", "2024-05-06")]
    # a date inside a sentence of news is not an entry: the DCT's year
    assert values("2023\nThe minister said the vote on October 7 would go ahead.", "2025-10-01",
                  "news")["October 7"] == "2025-10-07"


EXPLAINER = (
    "How the treaty came about\n\n"
    "1919 \u2013 The peace conference opens in Paris in January.\n"
    "June 28, 1919 \u2013 The treaty is signed.\n"
    "1936 \u2013 Troops reoccupy the Rhineland in March.\n")


def test_a_timeline_line_opening_with_a_year_dates_its_months():
    got = [(t.text, t.value) for t in tag(EXPLAINER, "2025-02-14", genre="news")]
    # ("came about" in the heading is no modifier of the year under it)
    assert got == [("1919", "1919"), ("January", "1919-01"), ("June 28, 1919", "1919-06-28"), ("1936", "1936"),
                   ("March", "1936-03")]


def test_a_military_clock_is_no_year_for_a_story_without_one():
    # "1400 hours" is a time; the year ahead is the one the text writes later
    text = ("The brigade crossed the river at first light on 3 September. By midday it had reached the town, "
            "and at 1400 hours the attack went in. The operation had begun in August 1944.")
    got = values(text, "2024-10-01")
    assert got["3 September"] == "1944-09-03"
    assert got["1400 hours"] == "1944-09-03T14:00"


@pytest.mark.parametrize("text", [
    "On 3 May 1990 he was approached by Evening Standard reporters.",
    "On 3 May 1990 they met by morning prayers.",
])
def test_a_part_of_day_in_a_name_or_noun_phrase_is_no_time(text):
    assert [t.text for t in tag(text, "2024-10-01", genre="narrative")] == ["3 May 1990"]

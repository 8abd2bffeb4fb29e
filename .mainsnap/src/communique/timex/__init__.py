"""Temporal expressions as TimeML TIMEX3 values resolved against the document creation time
(news) or the story's own moving reference time (``genre="narrative"``; ``"auto"`` decides).

To add a timex rule: add a ``[[rule]]`` to ``timex/data/rules.toml`` (pattern with ``%{fragment}``
placeholders, trigger categories and window, an ``example`` and its ``value``), name a normaliser
(a function in ``handlers.py``, listed in ``NORMALISERS``) and optionally a check (``checks.py``,
``CHECKS``); ``tests/test_timex.py`` runs every example. Holidays, number words, units, decades,
deictic words and set adverbs are one-line entries in the ``.tsv`` files beside it.
"""

from communique.timex.tagger import COLUMNS, GENRES, Timex, detect_genre, tag, find_timexes
from communique.timex.values import ValueInfo, parse_value, value_bounds, coerce_date, shift_date, shift_value
from communique.timex.timeml import GoldTimex, TimeMLDocument, parse_timeml, read_timeml, read_timeml_dir, write_timeml, score_timexes, format_scores, evaluate

__all__ = ["COLUMNS", "GENRES", "GoldTimex", "TimeMLDocument", "Timex", "ValueInfo", "coerce_date", "detect_genre", "evaluate", "find_timexes", "format_scores", "parse_timeml", "parse_value", "read_timeml", "read_timeml_dir", "score_timexes", "shift_date", "shift_value", "tag", "value_bounds", "write_timeml"]

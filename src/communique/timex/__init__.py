"""Temporal expressions as TimeML TIMEX3 values resolved against the document creation time."""

from communique.timex.tagger import COLUMNS, Timex, tag, find_timexes
from communique.timex.values import ValueInfo, parse_value, value_bounds, coerce_date, shift_date, shift_value
from communique.timex.timeml import GoldTimex, TimeMLDocument, parse_timeml, read_timeml, read_timeml_dir, write_timeml, score_timexes, format_scores, evaluate

__all__ = ["COLUMNS", "GoldTimex", "TimeMLDocument", "Timex", "ValueInfo", "coerce_date", "evaluate", "find_timexes", "format_scores", "parse_timeml", "parse_value", "read_timeml", "read_timeml_dir", "score_timexes", "shift_date", "shift_value", "tag", "value_bounds", "write_timeml"]

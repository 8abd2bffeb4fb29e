"""Diplomatic events: actors, CAMEO-coded events with dates and locations, and the merged timeline."""

from communique.events.extract import EVENT_COLUMNS, extract_events, extract_events_many, clause_spans
from communique.events.timeline import TIMELINE_COLUMNS, build_timeline, evidence
from communique.events.actors import Mention, find_actors, find_mentions, gazetteer, lookup
from communique.events.cameo import CameoCode, info, root_of, quad_class_of, goldstein
from communique.events.warm import warm_up

__all__ = ["CameoCode", "EVENT_COLUMNS", "Mention", "TIMELINE_COLUMNS", "build_timeline", "clause_spans", "evidence", "extract_events", "extract_events_many", "find_actors", "find_mentions", "gazetteer", "goldstein", "info", "lookup", "quad_class_of", "root_of", "warm_up"]

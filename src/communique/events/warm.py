"""Loading the event coder's tables and compiling its patterns ahead of use.

The coder builds its regular expressions lazily, each on first use (about a second of compiling
in all). A process that forks workers calls :func:`warm_up` first, so that every worker inherits
them compiled instead of compiling them again.
"""

from __future__ import annotations

import ast
import gc
import inspect
import re
from types import ModuleType

__all__ = ["warm_up"]


def _cached_without_arguments(module: ModuleType):
    """The module's own ``functools.cache`` functions that take no argument."""
    for name, value in sorted(vars(module).items()):
        if not (callable(value) and hasattr(value, "cache_info") and getattr(value, "__module__", None) == module.__name__):
            continue
        try:
            parameters = inspect.signature(value).parameters.values()
        except (TypeError, ValueError):  # pragma: no cover - a builtin's
            continue
        if all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters):
            yield value


_STRING = r"""[rRuU]?(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
_ARGUMENT = rf"{_STRING}(?:\s*{_STRING})*"  # adjacent literals are one string
_LITERAL_CUE_CALL = re.compile(rf"(?<![\w.])cue\(\s*({_ARGUMENT}(?:\s*,\s*{_ARGUMENT})*)\s*,?\s*\)")


def _constant_cue_calls(module: ModuleType):
    """The arguments of the module's calls of :func:`communique.events.lexicon.cue` whose arguments are
    all string literals (``cue("meet_words")``, ``cue("yield", r"^...{}\\b")``), read from its source
    (a scan, not a parse: ``ast`` took 0.3 s for these modules)."""
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):  # pragma: no cover - no source (a frozen or zipped build)
        return
    for m in _LITERAL_CUE_CALL.finditer(source):
        try:
            yield tuple(ast.literal_eval(f"({m.group(1)},)"))
        except (SyntaxError, ValueError):  # pragma: no cover - not a literal after all
            continue


def warm_up() -> None:
    """Load every table and compile every pattern of the event coder that takes no argument, the
    trigger phrases of every head word (:func:`communique.events.triggers.compile_all`) and the cue
    patterns its modules ask for with literal arguments. The results
    are the caches the coder fills on first use anyway, so what it finds does not change."""
    from communique.events import (actors, arguments, cameo, clauses, coding, dating, document, extract,
                                   lexicon, modality, timeline, triggers)

    modules = (lexicon, cameo, triggers, actors, arguments, clauses, coding, dating, document, modality,
               extract, timeline)
    # parsing the patterns makes millions of small objects, kept (the tables) or freed by reference counting (the
    # parse trees): the cyclic collector's passes over them cost 0.07 CPU-s and found some 2,000 objects, which its
    # next pass after this one frees
    collecting = gc.isenabled()
    gc.disable()
    try:
        for module in modules:
            for function in _cached_without_arguments(module):
                function()
        triggers.compile_all()
        for module in modules:
            for args in _constant_cue_calls(module):
                lexicon.cue(*args)
    finally:
        if collecting:
            gc.enable()

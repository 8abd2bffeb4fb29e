"""``communique run``: load the inputs once, then run each analysis stage into one folder.

A stage is a module in :mod:`communique.stages` with ``run(ctx: RunContext) -> None``; it
reads what it needs from the context (articles, the tokens table) and writes figures and
tables through the context so that every output is recorded.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.corpus import Article, LoadError, load_corpus

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

# Order matters: later stages may use tables earlier ones left in ``ctx.tables``.
STAGES: tuple[str, ...] = ("tokens",)


@dataclass(frozen=True)
class RunOptions:
    """Options of a run (every CLI option of ``communique run``)."""

    out: Path
    only: tuple[str, ...] | None = None
    date: str | None = None
    top: int = 30
    random_state: int = 0
    quiet: bool = False
    params: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass
class RunContext:
    """What stages share: the articles, cached tables, and the list of outputs written."""

    articles: list[Article]
    errors: list[LoadError]
    options: RunOptions
    outputs: list[Path] = field(default_factory=list)
    tables: dict[str, Any] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def out(self) -> Path:
        return self.options.out

    def tokens(self) -> pd.DataFrame:
        """The tokens table of every article (computed once)."""
        if "tokens" not in self.tables:
            from communique.tokens import tokenise_many

            self.tables["tokens"] = tokenise_many(self.articles)
        return self.tables["tokens"]

    def save_figure(self, fig: Figure, name: str) -> None:
        from communique.plots import save_figure

        self.outputs.extend(save_figure(fig, self.out, name))

    def save_table(self, table: pd.DataFrame, name: str) -> None:
        from communique.output import write_table

        self.outputs.extend(write_table(table, self.out, name))


def selected_stages(only: Sequence[str] | None) -> list[str]:
    """Stage names to run, validated against :data:`STAGES`."""
    if not only:
        return list(STAGES)
    unknown = sorted(set(only) - set(STAGES))
    if unknown:
        raise ValueError(f"unknown stage(s) {', '.join(unknown)}; choose from {', '.join(STAGES)}")
    return [name for name in STAGES if name in only]


def run_analysis(inputs: Sequence[str | Path], options: RunOptions) -> RunContext:
    """Load ``inputs`` (anything :func:`load_corpus` reads) and run the selected stages."""
    stages = selected_stages(options.only)
    inputs = [Path(p) for p in inputs]
    out = options.out.resolve()
    for source in inputs:
        resolved = source.resolve()
        if out == resolved or (resolved.is_dir() and resolved in out.parents):
            raise ValueError(f"output folder {options.out} lies inside input {source}; choose another --out")
    errors: list[LoadError] = []
    articles = list(load_corpus(inputs, date=options.date, errors=errors))
    ctx = RunContext(articles=articles, errors=errors, options=options)
    options.out.mkdir(parents=True, exist_ok=True)
    for name in stages:
        module = importlib.import_module(f"communique.stages.{name}")
        module.run(ctx)
    if errors:
        import pandas as pd

        table = pd.DataFrame({"path": [e.path for e in errors], "reason": [e.reason for e in errors]})
        ctx.save_table(table.sort_values("path", kind="stable"), "errors")
    ctx.summary.setdefault("documents", len(articles))
    ctx.summary.setdefault("errors", len(errors))
    return ctx

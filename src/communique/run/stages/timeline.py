"""Stage ``timeline``: diplomatic events (CAMEO) and the merged timeline of every article.

Tables: ``events`` and ``timeline`` (CSV + Parquet), with ``day_start``/``day_end`` as datetimes
beside the TIMEX3 ``date`` and the multi-valued timeline cells (``doc_ids``, ``event_ids``,
``sentences``, ``evidence``) as lists (joined by " | " in CSV). Figures: the timeline of each article
with dated events (``timeline-<doc_id>`` for up to ``MAX_ARTICLE_FIGURES`` articles, the
most eventful first), and for a corpus with at least two dated documents
``events-per-month``, ``actor-network`` and ``event-date-lag``. Files: the directed actor
network as ``actor-network.gexf`` and ``actor-network.graphml`` (for Gephi), whenever two
actors meet in an event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd

    from communique.run.context import RunContext
    from communique.run.shards import Shard
    from communique.text.corpus import Article

MAX_ARTICLE_FIGURES = 3


def figure_name(doc_id: str) -> str:
    """A file-name-safe figure name for one article's timeline.

    >>> figure_name("2019-04-25_kim-jong-un-meets-vladimir-putin")
    'timeline-2019-04-25_kim-jong-un-meets-vladimir-putin'
    """
    slug = re.sub(r"[^\w.-]+", "-", doc_id).strip("-")[:80] or "document"
    return f"timeline-{slug}"


# Timeline cells that hold several values, and the separator build_timeline joins them with.
LIST_COLUMNS = {"event_ids": ";", "doc_ids": ";", "sentences": " | ", "evidence": ";"}


def as_written(table: pd.DataFrame) -> pd.DataFrame:
    """The events or timeline table as written: ``day_start``/``day_end`` as datetime64 beside the
    TIMEX3 ``date`` and its ISO bounds, and the multi-valued timeline cells as lists.

    >>> import pandas as pd
    >>> t = as_written(pd.DataFrame({"date": ["2019-04"], "date_start": ["2019-04-01"], "date_end": ["2019-04-30"],
    ...                              "doc_ids": ["a;b"]}))
    >>> t["doc_ids"].tolist(), str(t["day_start"].dtype).startswith("datetime64"), t["date"].tolist()
    ([['a', 'b']], True, ['2019-04'])
    """
    import pandas as pd

    out = table.copy()
    for bound in ("start", "end"):
        column = f"date_{bound}"
        if column in out.columns:
            position = out.columns.get_loc(column) + 1
            out.insert(position, f"day_{bound}", pd.to_datetime(out[column].replace("", None), errors="coerce"))
    for column, sep in LIST_COLUMNS.items():
        if column in out.columns:
            out[column] = out[column].map(lambda v: [x for x in str(v).split(sep) if x] if isinstance(v, str) else v)
    return out


def shard_events(shard: Shard, genre: str = "auto") -> pd.DataFrame:
    """The events of every article of one shard (runs in a worker)."""
    from communique.events.extract import extract_events_many

    return extract_events_many(shard.articles(), genre=genre, repeats=True)  # the timeline counts every mention


def batch_events(articles: Callable[[], list[Article]], genre: str = "auto") -> tuple[list[str], pd.DataFrame]:
    """The ids and the events (as :func:`shard_events` finds them) of the articles ``articles()`` gives
    (runs in a worker)."""
    from communique.events.extract import extract_events_many

    found = articles()
    return [a.id for a in found], extract_events_many(found, genre=genre, repeats=True)


def early(ctx: RunContext, articles: Callable[[], list[Article]]) -> None:
    """A run of one batch (the pipeline calls this before the loading): its events start now, in a process
    of their own, from the batch's articles, while this process loads and tokenises them (the events need
    no tokens). :func:`run` takes them when that batch became the run's one shard with the same documents."""
    ctx.prefetched["early events"] = ctx.runner.aside(batch_events, articles, ctx.options.genre)


def prefetch(ctx: RunContext) -> None:
    """Start the events of every shard in the pool's background as the first stage starts (the
    pipeline calls this when there is a pool): workers find events whenever the earlier stages
    leave them idle, as this process combines their counts or fits the topic model."""
    if "events" not in ctx.prefetched and "early events" not in ctx.prefetched:  # asked again by each earlier stage
        # Imported before the pool forks: the workers inherit the event coder's modules and the TIMEX3
        # tagger's instead of each importing them (0.5 CPU-s of a seed run), and this process needs them
        # for the timeline anyway (its dates are parsed by communique.timex).
        import communique.events.extract  # noqa: F401
        import communique.timex  # noqa: F401

        ctx.prefetched["events"] = [ctx.runner.background(shard_events, shard, ctx.options.genre)
                                    for shard in ctx.shards]


def run(ctx: RunContext) -> None:
    import pandas as pd

    from communique.events.extract import EVENT_COLUMNS
    from communique.plots import timeline as plots
    from communique.events.timeline import build_timeline

    started = ctx.prefetched.pop("events", None)
    parts = None
    early_events = ctx.prefetched.pop("early events", None)
    if early_events is not None:  # the batch's events, found before it became the one shard
        try:
            ids, frame = early_events.result()
        except Exception:  # noqa: BLE001 - e.g. on an article the tokeniser left out: the shard's own run below
            ids = frame = None
        if len(ctx.shards) == 1 and ids == ctx.documents["doc_id"].tolist():  # (none left out by the tokeniser)
            parts = [frame]
    if parts is None and started is not None:  # started on the pool earlier: the shards not begun yet run here
        if not all(future.done() for future in started):
            # This process would wait for the workers: it imports what the actor network needs meanwhile
            # (networkx, 0.3 s) instead of after the events come.
            import networkx  # noqa: F401
        parts = ctx.runner.gather(started, [(shard_events, (shard, ctx.options.genre)) for shard in ctx.shards])
    elif parts is None:
        parts = ctx.map(shard_events, desc="events", genre=ctx.options.genre)
    frames = [f for f in parts if len(f)]
    events = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=EVENT_COLUMNS)
    timeline = build_timeline(events)
    ctx.save_table(as_written(events), "events")
    ctx.save_table(as_written(timeline), "timeline")
    ctx.tables["events"] = events
    ctx.tables["timeline"] = timeline
    ctx.summary["events"] = len(events)
    ctx.summary["timeline entries"] = len(timeline)
    if events.empty:
        return
    by_doc = {a.id: a for a in ctx.article_stubs()}
    # Per-document timelines only for documents with dated events (the corpus timeline is in the report).
    dated = events[events["date_start"].astype(str) != ""]
    counts = dated.groupby("doc_id").size().sort_values(ascending=False, kind="stable")
    for doc_id in list(counts.index[:MAX_ARTICLE_FIGURES]):
        article = by_doc.get(doc_id)
        own = build_timeline(events[events["doc_id"] == doc_id], across_documents=False)
        title = article.title if article and article.title else doc_id
        title = title if len(title) <= 70 else title[:69] + "…"
        ctx.plot(figure_name(doc_id), plots.plot_timeline, own, title=f"Diplomatic events in “{title}”",
                 published=article.dct if article else None)
    graph = plots.actor_graph(events)  # once, for the figure and the files (and networkx imported before its fork)
    dated_docs = set(ctx.documents.loc[ctx.documents["dct"] != "", "doc_id"])
    if len(dated_docs & set(events["doc_id"])) >= 2:
        n = len(dated_docs)
        ctx.plot("events-per-month", plots.plot_events_per_month, events,
                 title=f"Diplomatic events per month by CAMEO root ({n:,} dated documents)")
        # A copy: a drawer's arguments are pickled by the pool's feeder thread while this one goes
        # on, and reading a networkx graph caches its views in the graph's __dict__.
        ctx.plot("actor-network", plots.plot_actor_network, events, graph=graph.copy(),
                 title=f"Who did what to whom ({n:,} documents; edge width = number of events)")
        ctx.plot("event-date-lag", plots.plot_date_lag, events)
    if graph.number_of_edges():  # for Gephi and other network tools
        from communique.output import atomic_write_bytes

        for file_name, data in plots.graph_files(graph).items():
            ctx.outputs.append(atomic_write_bytes(ctx.out / file_name, data))
        ctx.summary["actor network"] = (f"{graph.number_of_nodes():,} actors, {graph.number_of_edges():,} directed "
                                        "pairs (actor-network.gexf / .graphml for Gephi)")

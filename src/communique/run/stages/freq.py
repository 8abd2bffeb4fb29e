"""Stage ``freq``: term frequencies, tf-idf, phrases, collocations, keyness, KWIC, dispersion and tone.

Figures: ``top-terms``, ``word-cloud``, ``dispersion``, ``collocations``, ``keyness-wordfreq``
(keyness against general English as wordfreq counts it; ``--set freq.reference=brown`` asks for
NLTK's Brown corpus instead, ``keyness-brown``, which needs that NLTK data package),
``tone-sentences`` (one document) and, for a corpus with at least two publication dates,
``term-trends`` and ``tone-over-time``. Tables of the same names (CSV + Parquet). What was
skipped and why goes into ``ctx.summary``.

Words you choose (``--set freq.NAME=VALUE`` or ``[params.freq]``): ``stopwords`` (a list, "a,b"
or a file, one word a line) added to the default list, or replacing it with
``stopwords_mode="replace"``; ``reporting_verbs=false`` counts said/told/added again;
``boilerplate=false`` keeps the words recurring in one outlet's documents (table
``boilerplate``, found per source by :mod:`communique.words.boilerplate`); ``watch`` names the
words of the KWIC, dispersion and trend tables (default: the top 8 content words after boilerplate).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.run.context import RunContext


def corpus_label(articles) -> str:
    """How figure titles name the input: the article's title, or "N documents"."""
    if len(articles) == 1:
        title = articles[0].title or articles[0].id
        return f"“{title if len(title) <= 48 else title[:47] + '…'}”"
    return f"{len(articles):,} documents"


def calendar_freq(dates) -> str:
    """A calendar unit that gives a readable number of periods for the span of ``dates``."""
    span = (max(dates) - min(dates)).days
    if span > 3 * 365:
        return "year"
    if span > 120:
        return "month"
    if span > 21:
        return "week"
    return "day"


def run(ctx: RunContext) -> None:
    import communique.run.stages.freq_parts as parts
    import communique.words.keywords as kn
    from communique.run.safety import ConfigError

    top = ctx.options.top
    stubs = ctx.article_stubs()
    label = corpus_label(stubs)
    params = ctx.options.params.get("freq", {})
    reference = str(params.get("reference", "wordfreq"))
    if reference not in kn.REFERENCES:
        raise ConfigError(f"--set freq.reference={reference}: choose one of {', '.join(kn.REFERENCES)}")
    one_document = ctx.n_documents == 1
    stop = run_stop_words(params)

    # Pass 1: counts (and sentence tone, written as it comes, so no corpus-sized table is held).
    totals = parts.FreqTotals()
    scores, article_tones, sentence_parts = [], [], []
    # The writer closes (and so records its table) after keyness, where the report lists it.
    writer = ctx.table_writer("tone-sentences")
    try:
        sample = _topics_sample(ctx)
        for part in ctx.stream(parts.count_shard, desc="counting", stop=stop, sample=sample):
            totals.add(part)
            writer.write(part.sentences)
            scores.append(part.sentences[["doc_id", "compound"]])
            article_tones.append(part.articles_tone)
            if one_document:
                sentence_parts.append(part.sentences)
        # The topics stage's first pass counts the same name candidates over the same tokens
        # (content tokens, the run's stop words): it takes these instead of reading every shard again.
        named = (totals.names, totals.name_words, totals.name_n, totals.documents) if sample is None else (
            totals.sample_names or (Counter(), Counter(), 0, 0))
        ctx.prefetched["name counts"] = (stop, sample, *named)
        if totals.words == 0:
            ctx.summary["freq"] = "no content words; frequencies skipped"
            writer.abort()
            return
        _write_tables(ctx, totals, writer, scores, article_tones, sentence_parts, stubs=stubs, label=label, top=top,
                      reference=reference, stop=stop, params=params)
    except BaseException:
        writer.abort()
        raise


def _topics_sample(ctx: RunContext) -> frozenset[str] | None:
    """The documents the topics stage models when it models a sample of them (else None): the pipeline
    leaves the question in ``ctx.prefetched`` when the run has a topics stage (a stage imports no other)."""
    ask = ctx.prefetched.get("topics sample")
    return ask() if ask is not None else None


def run_stop_words(params) -> frozenset[str]:
    """The run's stop words from the ``freq`` parameters (see the module docstring)."""
    from communique.words.stopwords import stop_words

    mode = str(params.get("stopwords_mode", "add"))
    if mode not in ("add", "replace"):
        raise ValueError(f"--set freq.stopwords_mode={mode}: choose add or replace")
    words = params.get("stopwords")
    return stop_words(words, replace=mode == "replace", reporting=bool(params.get("reporting_verbs", True)))


def watch_words(params, totals, top: int = 8) -> list[str]:
    """The KWIC, dispersion and trend words: ``freq.watch``, else the top content words."""
    from communique.words.stopwords import read_word_list

    chosen = read_word_list(params.get("watch"))
    return chosen or totals.top_alpha(top)


def _write_tables(ctx: RunContext, totals, writer, scores, article_tones, sentence_parts, *, stubs, label: str,
                  top: int, reference: str, stop: frozenset[str], params) -> None:
    """Pass 2 and every table and figure of the stage (after pass 1 counted the corpus)."""
    import pandas as pd

    import communique.run.stages.freq_parts as parts
    import communique.words.association as co
    import communique.words.keywords as kn
    import communique.words.tone as tone
    from communique.run.safety import ConfigError
    import communique.words.trends as tr
    from communique.plots import frequencies as plots
    from communique.words.phrases import kept_phrases, score_phrases, units_of

    one_document = ctx.n_documents == 1
    words = totals.words
    large = words > 50_000

    from communique.words.boilerplate import boilerplate_table, boilerplate_terms

    if totals.boilerplate is not None:
        found = boilerplate_table(totals.boilerplate)
        ctx.save_table(found, "boilerplate")
        ctx.tables["boilerplate"] = found
        if params.get("boilerplate", True):
            dropped = boilerplate_terms(found)
            totals.drop_terms(dropped)
            stop = stop | dropped  # pass 2 (tf-idf, dispersion, KWIC) sees them as stop words too
        if len(found):
            ctx.summary["boilerplate"] = ", ".join(found.loc[found["kind"] == "term", "text"].head(10)) or (
                f"{len(found)} recurring line(s)")

    freqs = totals.term_table()
    ctx.save_table(freqs, "term-frequencies")
    ctx.tables["term-frequencies"] = freqs
    ctx.plot("top-terms", plots.top_terms_plot, freqs, n=top,
             title=f"Most frequent words (stop words excluded) in {label}")
    ctx.plot("word-cloud", plots.word_cloud_plot, freqs, title=f"Word cloud of {label}",
             random_state=ctx.options.seed)
    ctx.summary["top terms"] = ", ".join(freqs["term"].head(10))

    # Pass 2: what needs corpus-wide numbers from pass 1.
    min_count = 5 if large else 2
    phrases = score_phrases(totals.names, totals.name_words, totals.name_n, min_count=min_count)
    kept = kept_phrases(phrases)
    watch = watch_words(params, totals)
    ctx.summary["watch words"] = ", ".join(watch)
    content_words = ctx.documents["content_words"].to_numpy()
    shard_words = ctx.documents.groupby("shard", sort=True)["content_words"].sum()
    offsets = shard_words.cumsum().shift(fill_value=0)
    df = totals.document_frequencies()
    details = ctx.map(_detail, desc="details", watch=watch, stop=stop, offsets=offsets.to_dict(), df=df, units=totals.units,
                      chain_pairs={p for p in kept if len(p) == 2})
    ctx.save_table(parts.combine_tfidf([d.tfidf for d in details]), "tfidf")

    ctx.save_table(phrases.assign(phrase=[" ".join(p) for p in phrases["phrase"]]), "phrases")
    chains: Counter = Counter()
    for d in details:
        chains.update(d.chains)
    units = units_of(kept, chains, min_count=min_count)
    if units:
        ctx.summary["phrases"] = ", ".join(" ".join(p) for p in units[:10])

    colloc = co.score_bigrams(totals.pairs(5 if large else 2), totals.unigrams, totals.tokens,
                              min_freq=5 if large else 2, top=None)
    ctx.save_table(colloc.assign(words=colloc["words"].map(" ".join)), "collocations")
    ctx.plot("collocations", plots.collocation_plot, colloc, n=min(top, 25),
             title=f"Collocations (log-likelihood) in {label}")

    disp = parts.write_dispersion(ctx.table_writer("dispersion"), [d.dispersion for d in details], watch)
    for d in details:
        d.dispersion = None  # written: free it before the figures
    starts = content_words[content_words > 0].cumsum().tolist()[:-1]
    ctx.plot("dispersion", plots.dispersion_plot, disp, words=watch, total=words,
             doc_bounds=starts if len(starts) < 200 else None,
             doc_dates=dict(zip(ctx.documents["doc_id"], ctx.documents["dct"])),
             title=f"Where the most frequent words occur in {label}")
    concordance = parts.concat_parts([d.kwic for d in details])
    if concordance is not None:
        ctx.save_table(concordance, "kwic")

    name = f"keyness-{reference}"
    try:
        # The text's words and the reference's most frequent others: all the rows kept below.
        ref_counts = kn.reference_subset(reference, totals.alpha, others=max(top, 50))
    except LookupError as error:
        ctx.summary["keyness"] = f"skipped: {error}"
    else:
        key = kn.keyness((totals.alpha, words), ref_counts, min_count=3)
        # The full table lists every reference word the text lacks (hundreds of thousands of rows);
        # keep the text's own words and the most strongly under-used ones.
        under = key[key["count"] == 0].head(max(top, 50))
        ctx.save_table(pd.concat([key[key["count"] > 0], under]), name)
        ctx.plot(name, plots.keyness_plot, key, n=min(top, 20), negative=False,
                 title=f"Key words of {label} against {kn.REFERENCE_TITLES[reference]}",
                 reference=kn.REFERENCE_NOTES[reference])
        ctx.summary["key words"] = ", ".join(key.loc[key["key"] == "positive", "term"].head(10))
        ctx.summary["keyness reference"] = kn.REFERENCE_DESCRIPTIONS[reference]

    writer.close()
    sentences = parts.concat_parts(scores)
    tones = parts.concat_parts(article_tones)
    ctx.save_table(tones.sort_values("doc_id", kind="stable").reset_index(drop=True), "tone-articles")
    if one_document:
        ctx.plot("tone-sentences", plots.sentence_tone_plot, parts.concat_parts(sentence_parts),
                 title=f"Tone of each sentence (VADER) in {label}")
    ctx.summary["tone"] = (f"mean VADER compound {sentences['compound'].mean():.3f} "
                           f"over {writer.rows} sentences")

    dates = sorted({a.published for a in stubs if a.published is not None})
    if len({d.date() for d in dates}) >= 2:
        freq = calendar_freq(dates)
        trend_words = watch[:5]
        doc_words = dict(zip(ctx.documents["doc_id"], content_words.tolist()))
        trends = tr.trends_from_counts(doc_words, disp, tr.doc_dates(stubs), trend_words, freq=freq)
        ctx.save_table(trends.assign(period=trends["period"].astype(str)), "term-trends")
        ctx.plot("term-trends", plots.trends_plot, trends, title=f"Frequent words per {freq} in {label}")
        over = tone.tone_over_time(sentences, stubs, freq=freq)
        ctx.save_table(over.assign(period=over["period"].astype(str)), "tone-over-time")
        ctx.plot("tone-over-time", plots.tone_over_time_plot, over, title=f"Tone per {freq} (VADER) in {label}")
    else:
        ctx.summary["trends"] = "skipped: fewer than two publication dates"


def _detail(shard, *, offsets: dict[int, int], **options):
    """Pass 2 of one shard, with the running-word offset of that shard (runs in a worker)."""
    from communique.run.stages.freq_parts import detail_shard

    return detail_shard(shard, offset=int(offsets.get(shard.index, 0)), **options)

"""Stage ``freq``: term frequencies, tf-idf, phrases, collocations, keyness, KWIC, dispersion and tone.

Figures: ``top-terms``, ``word-cloud``, ``dispersion``, ``collocations``, ``keyness-brown`` (when
NLTK's Brown corpus is installed), ``tone-sentences`` (when VADER's lexicon is installed) and, for a
corpus with at least two publication dates, ``term-trends`` and ``tone-over-time``. Tables of the
same names (CSV + Parquet). What was skipped and why goes into ``ctx.summary``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.pipeline import RunContext


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
    import pandas as pd

    from communique import frequencies as fq
    from communique import keyness as kn
    from communique import tone
    from communique.kwic import kwic
    from communique.phrases import find_phrases, phrase_scores
    from communique.plots import frequencies as plots
    from communique.tokens import content_tokens

    top = ctx.options.top
    tokens = content_tokens(ctx.tokens())
    label = corpus_label(ctx.articles)
    if tokens.empty:
        ctx.summary["freq"] = "no content words; frequencies skipped"
        return
    words = fq.word_count(tokens)
    large = words > 50_000

    freqs = fq.term_frequencies(tokens)
    ctx.save_table(freqs, "term-frequencies")
    ctx.tables["term-frequencies"] = freqs
    ctx.save_figure(plots.top_terms_plot(freqs, n=top, title=f"Most frequent words (stop words excluded) in {label}"),
                    "top-terms")
    ctx.save_figure(plots.word_cloud_plot(freqs, title=f"Word cloud of {label}", random_state=ctx.options.random_state),
                    "word-cloud")
    ctx.summary["top terms"] = ", ".join(freqs["term"].head(10))

    ctx.save_table(fq.tfidf(tokens, top=10), "tfidf")

    phrases = phrase_scores(tokens, min_count=5 if large else 2)
    ctx.save_table(phrases.assign(phrase=[" ".join(p) for p in phrases["phrase"]]), "phrases")
    units = find_phrases(tokens, min_count=5 if large else 2)
    if units:
        ctx.summary["phrases"] = ", ".join(" ".join(p) for p in units[:10])

    colloc = fq.collocations(tokens, min_freq=5 if large else 2, top=None)
    ctx.save_table(colloc.assign(words=colloc["words"].map(" ".join)), "collocations")
    ctx.save_figure(plots.collocation_plot(colloc, n=min(top, 25),
                                           title=f"Collocations (log-likelihood) in {label}"), "collocations")

    watch = fq.term_frequencies(tokens, numbers=False, top=8)["term"].tolist()
    disp = fq.dispersion(tokens, watch)
    ctx.save_table(disp, "dispersion")
    starts = tokens[~tokens["is_punct"]].groupby("doc_id", sort=False).size().cumsum().tolist()[:-1]
    ctx.save_figure(plots.dispersion_plot(disp, words=watch, total=words,
                                          doc_bounds=starts if len(starts) < 200 else None,
                                          title=f"Where the most frequent words occur in {label}"), "dispersion")
    articles_by_id = {a.id: a for a in ctx.articles}
    concordance = kwic([articles_by_id[d] for d in tokens["doc_id"].unique()], watch[0], tokens=tokens) \
        if watch else None
    if concordance is not None:
        ctx.save_table(concordance, "kwic")

    if kn.has_brown():
        key = kn.keyness(tokens, kn.brown_counts(), min_count=3)
        # The full table lists every Brown word the text lacks (about 50,000 rows); keep the text's
        # own words and the most strongly under-used ones.
        under = key[key["count"] == 0].head(max(top, 50))
        ctx.save_table(pd.concat([key[key["count"] > 0], under]), "keyness-brown")
        ctx.save_figure(plots.keyness_plot(key, n=min(top, 20), negative=False,
                                           title=f"Key words of {label} against the Brown corpus"), "keyness-brown")
        ctx.summary["key words"] = ", ".join(key.loc[key["key"] == "positive", "term"].head(10))
    else:
        ctx.summary["keyness"] = "skipped: NLTK data package 'brown' not installed (communique data download)"

    sentences = None
    if tone.has_vader():
        sentences = tone.sentence_tone(ctx.articles, tokens=tokens)
        ctx.save_table(sentences, "tone-sentences")
        ctx.save_table(tone.article_tone(sentences), "tone-articles")
        if len(ctx.articles) == 1:
            ctx.save_figure(plots.sentence_tone_plot(
                sentences, title=f"Tone of each sentence (VADER) in {label}"), "tone-sentences")
        ctx.summary["tone"] = f"mean VADER compound {sentences['compound'].mean():.3f} over {len(sentences)} sentences"
    else:
        ctx.summary["tone"] = "skipped: NLTK data package 'vader_lexicon' not installed (communique data download)"

    dates = sorted({a.published for a in ctx.articles if a.published is not None})
    if len({d.date() for d in dates}) >= 2:
        freq = calendar_freq(dates)
        trend_words = watch[:5]
        trends = fq.term_trends(tokens, ctx.articles, trend_words, freq=freq)
        ctx.save_table(trends.assign(period=trends["period"].astype(str)), "term-trends")
        ctx.save_figure(plots.trends_plot(trends, title=f"Frequent words per {freq} in {label}"), "term-trends")
        if sentences is not None:
            over = tone.tone_over_time(sentences, ctx.articles, freq=freq)
            ctx.save_table(over.assign(period=over["period"].astype(str)), "tone-over-time")
            ctx.save_figure(plots.tone_over_time_plot(over, title=f"Tone per {freq} (VADER) in {label}"),
                            "tone-over-time")
    else:
        ctx.summary["trends"] = "skipped: fewer than two publication dates"

"""Words that matter: frequencies, tf-idf, collocations, trends, multi-word names, KWIC, keyness, tone."""

from communique.words.frequencies import as_tokens, corpus_summary, freq_dist, select_terms, term_frequencies, term_table, tfidf
from communique.words.association import bigram_counts, collocations, ngrams, score_bigrams
from communique.words.trends import dispersion, term_trends, trends_from_counts
from communique.words.phrases import find_phrases, merge_phrases, phrase_counts
from communique.words.concordance import KWIC_COLUMNS, kwic, format_kwic
from communique.words.keywords import KEYNESS_COLUMNS, keyness, term_counts
from communique.words.tone import sentence_tone, article_tone, tone_over_time, polarity

__all__ = ["KEYNESS_COLUMNS", "KWIC_COLUMNS", "article_tone", "as_tokens", "bigram_counts", "collocations", "corpus_summary", "dispersion", "find_phrases", "format_kwic", "freq_dist", "keyness", "kwic", "merge_phrases", "ngrams", "phrase_counts", "polarity", "score_bigrams", "select_terms", "sentence_tone", "term_counts", "term_frequencies", "term_table", "term_trends", "tfidf", "tone_over_time", "trends_from_counts"]

"""Loading and tokenising: articles with their parts, tokens with character offsets, dates, language resources."""

from communique.text.corpus import Article, Paragraph, LoadError, CONTENT_KINDS, load_article, load_corpus, load_table, read_text, article_from_text, paragraph_spans
from communique.text.tokens import TOKEN_COLUMNS, sentence_spans, token_spans, tokenise, tokenise_many, content_tokens
from communique.text.inputs import as_sources, corpus_frame
from communique.text.dates import parse_date, parse_date_in_name
from communique.text.regex_trie import alternation

__all__ = ["Article", "CONTENT_KINDS", "LoadError", "Paragraph", "TOKEN_COLUMNS", "alternation", "as_sources", "corpus_frame", "article_from_text", "content_tokens", "load_article", "load_corpus", "load_table", "paragraph_spans", "parse_date", "parse_date_in_name", "read_text", "sentence_spans", "token_spans", "tokenise", "tokenise_many"]

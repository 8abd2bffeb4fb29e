"""communique: analyse news about diplomacy.

Word frequencies, topics, temporal expressions and timelines of diplomatic events,
each traceable to character offsets in the source text. Importing the package does
no work; heavy libraries load when a function needs them.
"""

from communique.text.corpus import Article, LoadError, Paragraph, load_article, load_corpus
from communique.text.inputs import corpus_frame
from communique.text.tokens import content_tokens, sentence_spans, tokenise, tokenise_many

__all__ = [
    "Article",
    "LoadError",
    "Paragraph",
    "content_tokens",
    "corpus_frame",
    "load_article",
    "load_corpus",
    "sentence_spans",
    "tokenise",
    "tokenise_many",
]
__version__ = "0.1.0"

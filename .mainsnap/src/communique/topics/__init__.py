"""Topic models (NMF/LDA, scikit-learn style) with coherence, stability, labels and topics over time."""

from communique.topics.documents import DOCUMENT_COLUMNS, merge_names, stratified_sample, topic_documents
from communique.topics.model import TopicModel, choose_n_topics
from communique.topics.labels import topic_labels
from communique.topics.time import document_periods, topic_terms_over_time, topics_over_time
from communique.topics.search import find_topics, topic_map
from communique.topics.coherence import npmi_coherence, npmi_matrix, match_topics, stability_table

__all__ = ["DOCUMENT_COLUMNS", "TopicModel", "choose_n_topics", "document_periods", "find_topics", "topic_map", "match_topics", "merge_names", "npmi_coherence", "npmi_matrix", "stability_table", "stratified_sample", "topic_documents", "topic_labels", "topic_terms_over_time", "topics_over_time"]

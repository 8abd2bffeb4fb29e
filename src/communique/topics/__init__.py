"""Topic models (NMF/LDA, scikit-learn style) with coherence, stability, labels and topics over time."""

from communique.topics.model import DOCUMENT_COLUMNS, TopicModel, choose_n_topics, topic_documents, topic_labels, document_periods, topics_over_time, topic_terms_over_time, stratified_sample, merge_names
from communique.topics.coherence import npmi_coherence, npmi_matrix, match_topics, stability_table

__all__ = ["DOCUMENT_COLUMNS", "TopicModel", "choose_n_topics", "document_periods", "match_topics", "merge_names", "npmi_coherence", "npmi_matrix", "stability_table", "stratified_sample", "topic_documents", "topic_labels", "topic_terms_over_time", "topics_over_time"]

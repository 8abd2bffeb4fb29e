"""One rerunnable run: options, stages over Parquet shards, cache, manifest and report."""

from communique.run.pipeline import STAGES, RunOptions, RunContext, run_analysis, selected_stages
from communique.run.manifest import MANIFEST_NAME, read_manifest, compare_manifests
from communique.run.report import REPORT_NAME, write_report
from communique.run.count import count_corpus, count_files

__all__ = ["MANIFEST_NAME", "REPORT_NAME", "RunContext", "RunOptions", "STAGES", "compare_manifests", "count_corpus", "count_files", "read_manifest", "run_analysis", "selected_stages", "write_report"]

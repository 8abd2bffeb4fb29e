"""One rerunnable run: options, stages over Parquet shards, cache, manifest and report."""

from communique.run.options import STAGES, RunOptions, reproduce_command, selected_stages
from communique.run.context import RunContext, Stage
from communique.run.pipeline import run_analysis
from communique.run.manifest import MANIFEST_NAME, read_manifest, compare_manifests
from communique.run.report import REPORT_NAME, write_report
from communique.run.count import count_corpus, count_files

__all__ = ["MANIFEST_NAME", "REPORT_NAME", "RunContext", "RunOptions", "STAGES", "Stage", "compare_manifests", "count_corpus", "count_files", "read_manifest", "reproduce_command", "run_analysis", "selected_stages", "write_report"]

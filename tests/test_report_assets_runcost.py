"""The report's libraries gzipped ahead (run/assets/libraries/*.gz) are what gzipping the installed
wheels' files gives, and the report uses them only while they match."""

from __future__ import annotations

import gzip

from communique.run import report


def test_stored_copies_match_the_installed_libraries(tmp_path):
    sources = report.library_sources()
    made = {p.stem: p.read_bytes() for p in report.write_library_assets(tmp_path)}
    from importlib import resources

    folder = resources.files("communique.run").joinpath(report.LIBRARY_ASSETS)
    for name in sources:  # regenerate with report.write_library_assets() after an upgrade
        assert folder.joinpath(f"{name}.gz").read_bytes() == made[name], name


def test_library_scripts_are_those_packed_here():
    assert report.library_scripts() == "".join(report._script(n, t) for n, t in report.library_sources().items())


def test_a_stale_copy_is_not_used():
    text = "console.log('not the stored library');"
    html = report._library_script("lib-plotly", text)
    assert html == report._script("lib-plotly", text)
    assert gzip.decompress(__import__("base64").b64decode(html.split(">", 1)[1].split("<", 1)[0])).decode() == text

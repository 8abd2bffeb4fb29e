"""pyproject.toml is the single dependency list; environment.yml must agree with it."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT

# conda-forge names where they differ from PyPI's (extras become separate packages).
CONDA_NAMES = {"dask[distributed]": ["dask", "distributed"]}


def _pyproject_requirements() -> set[tuple[str, str]]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    project = data["project"]
    reqs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        reqs.extend(extra)
    out = set()
    for req in reqs:
        name, spec = re.match(r"^([A-Za-z0-9_.\-\[\]]+)\s*(.*)$", req).groups()
        for conda_name in CONDA_NAMES.get(name.lower(), [name.lower()]):
            out.add((conda_name, spec.replace(" ", "")))
    return out


def _environment_requirements() -> set[tuple[str, str]]:
    out = set()
    text = (ROOT / "environment.yml").read_text()
    for line in text[text.index("dependencies:") :].splitlines():
        match = re.match(r"^  - ([A-Za-z0-9_.\-]+)\s*([<>=!~].*)?$", line)
        if match and match.group(1) not in ("python", "pip"):
            out.add((match.group(1).lower(), (match.group(2) or "").replace(" ", "")))
    return out


def test_environment_yml_matches_pyproject():
    assert _environment_requirements() == _pyproject_requirements()


def test_environment_yml_python_matches_requires_python():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert data["project"]["requires-python"] == ">=3.11"
    assert "  - python>=3.11" in (ROOT / "environment.yml").read_text().splitlines()

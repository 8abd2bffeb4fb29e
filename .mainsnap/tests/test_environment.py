"""pyproject.toml is the single dependency list; environment.yml must agree with it and install as written."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

from conftest import ROOT

# conda-forge names where they differ from PyPI's (extras become separate packages).
CONDA_NAMES = {"dask[distributed]": ["dask", "distributed"], "playwright": ["playwright-python"]}


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


def _environment() -> dict:
    import yaml

    return yaml.safe_load((ROOT / "environment.yml").read_text())


def _pip_lines() -> list[str]:
    pip = [d["pip"] for d in _environment()["dependencies"] if isinstance(d, dict) and "pip" in d]
    assert len(pip) == 1, "one pip section"
    return list(pip[0])


def test_environment_yml_parses_and_names_conda_forge_only():
    env = _environment()
    assert env["name"] == "communique" and env["channels"] == ["conda-forge"]
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    assert {name for name, _ in _environment_requirements()} | {"python", "pip"} == {
        re.match(r"[A-Za-z0-9_.\-]+", d).group(0).lower() for d in conda}


def test_environment_yml_pip_lines_are_valid_requirement_lines(tmp_path):
    """pip itself parses the pip section, as conda hands it to pip (a requirements file beside
    environment.yml); ``pip freeze -r`` reads a requirements file without building or fetching."""
    from packaging.requirements import Requirement

    lines = _pip_lines()
    assert lines
    for line in lines:
        editable = re.fullmatch(r"-e\s+(\S+)", line)
        target = editable.group(1) if editable else line
        if target.startswith((".", "/")):
            assert (ROOT / target / "pyproject.toml").is_file(), f"{line}: no project at {target}"
        else:
            assert not editable, line
            Requirement(target)  # raises on anything that is not a PEP 508 requirement
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("\n".join(lines) + "\n")
    done = subprocess.run([sys.executable, "-m", "pip", "freeze", "--disable-pip-version-check", "-r",
                           str(requirements)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0 and "Invalid requirement" not in done.stderr, done.stderr


def test_pip_check_rejects_the_old_line(tmp_path):
    """The check above can fail: pip rejects the line environment.yml used to have."""
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("--no-deps -e .\n")
    done = subprocess.run([sys.executable, "-m", "pip", "freeze", "--disable-pip-version-check", "-r",
                           str(requirements)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode != 0 and "Invalid requirement" in done.stderr

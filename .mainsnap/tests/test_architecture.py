"""The shape of the package, read from its imports with ``ast`` (nothing is imported or run).

Every ``import`` and ``from ... import`` counts, wherever it stands (module level, inside a
function, under ``TYPE_CHECKING``), and so does ``importlib.import_module("communique....")``
with a literal name (an f-string counts up to its first placeholder, naming the package it loads
from). The rules:

- no import circle between modules; a wing's face (``__init__.py``) importing its own
  submodules is how a face works and does not count, but a module importing the face of its
  own wing does (the face imports it back);
- no module uses another module's ``_private`` name (``from x import _name`` or ``x._name``);
  a private *module* of the same wing (``words/_coding.py``) is the scikit-learn shape and fine;
- the analysis wings never import ``run/`` or ``cli/``.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "communique"
ANALYSIS_WINGS = ("text", "words", "topics", "timex", "events", "plots")

# Known offenders that other branches are fixing concurrently; each entry is (importing module,
# "defining.module:_name"). The lead empties this list when those branches merge: an entry that no
# longer occurs makes the test fail, so the list cannot go stale.
KNOWN_PRIVATE_IMPORTS: set[tuple[str, str]] = set()


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES: dict[str, Path] = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
PACKAGES = {name for name, path in MODULES.items() if path.name == "__init__.py"}


def _package_of(module: str) -> str:
    return module if module in PACKAGES else module.rpartition(".")[0]


def _resolve(module: str, level: int, name: str | None) -> str:
    """The absolute module a (maybe relative) ``from`` import names."""
    if not level:
        return name or ""
    base = _package_of(module).split(".")
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def _known(dotted: str) -> str | None:
    """The longest prefix of ``dotted`` that is a module of the package."""
    parts = dotted.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in MODULES:
            return candidate
    return None


class Imports(ast.NodeVisitor):
    """The package modules one module imports, and the private names it takes from others."""

    def __init__(self, module: str) -> None:
        self.module = module
        self.targets: set[str] = set()
        self.private: set[tuple[str, str]] = set()
        self.aliases: dict[str, str] = {}  # local name -> package module it stands for

    def _add(self, dotted: str) -> str | None:
        target = _known(dotted)
        if target is not None and target != self.module:
            self.targets.add(target)
        return target

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            target = self._add(alias.name)
            if target is not None:
                self.aliases[alias.asname or alias.name.split(".")[0]] = target if alias.asname else alias.name.split(".")[0]
            for part in alias.name.split(".")[2:]:
                if part.startswith("_") and not part.startswith("__"):
                    self._private(alias.name.rpartition(".")[0], part)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        source = _resolve(self.module, node.level, node.module)
        if not (source == "communique" or source.startswith("communique.")):
            return
        for alias in node.names:
            submodule = f"{source}.{alias.name}"
            if submodule in MODULES:  # ``from package import module``
                self._add(submodule)
                self.aliases[alias.asname or alias.name] = submodule
                if alias.name.startswith("_") and _package_of(submodule) != _package_of(self.module):
                    self._private(source, alias.name)
            else:
                self._add(source)
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    self._private(source, alias.name)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        # ``x._name`` where x names a package module (``import communique.words.frequencies as fq``).
        chain, value = [node.attr], node.value
        while isinstance(value, ast.Attribute):
            chain.append(value.attr)
            value = value.value
        if isinstance(value, ast.Name) and value.id in self.aliases:
            dotted = ".".join([self.aliases[value.id], *reversed(chain)])
            owner = _known(dotted.rpartition(".")[0]) if dotted.rpartition(".")[0] in MODULES else None
            if owner is not None and node.attr.startswith("_") and not node.attr.startswith("__"):
                if f"{owner}.{node.attr}" not in MODULES or _package_of(owner + "." + node.attr) != _package_of(self.module):
                    self._private(owner, node.attr)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name in ("import_module", "__import__") and node.args:
            arg = node.args[0]
            text = None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value
            elif isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
                text = str(arg.values[0].value).rstrip(".")  # f"communique.run.stages.{name}": that package
            if text and text.startswith("communique"):
                target = _known(text)
                if target is not None and isinstance(arg, ast.JoinedStr):
                    # Any module of the package named by the prefix may be loaded.
                    for candidate in MODULES:
                        if candidate.startswith(target + ".") and candidate != self.module:
                            self.targets.add(candidate)
                else:
                    self._add(text)
        self.generic_visit(node)

    def _private(self, owner: str, name: str) -> None:
        if owner != self.module:
            self.private.add((self.module, f"{owner}:{name}"))


def read_imports() -> tuple[dict[str, set[str]], set[tuple[str, str]]]:
    graph: dict[str, set[str]] = defaultdict(set)
    private: set[tuple[str, str]] = set()
    for name, path in MODULES.items():
        visitor = Imports(name)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        graph[name] = visitor.targets
        private |= visitor.private
    return graph, private


GRAPH, PRIVATE = read_imports()


def _arrows(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The import graph without a face's arrows into its own wing (and without the root face)."""
    arrows: dict[str, set[str]] = {}
    for module, targets in graph.items():
        if module in PACKAGES:
            targets = {t for t in targets if not t.startswith(module + ".")}
        arrows[module] = targets
    return arrows


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                group.append(item)
                if item == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_reader_sees_every_kind_of_import():
    # Guards the test itself: the arrows it must see, of each kind.
    assert "communique.run.context" in GRAPH["communique.run.pipeline"]                 # module level
    assert "communique.run.stages.freq" in GRAPH["communique.run.pipeline"]             # importlib f-string
    assert "communique.words.phrases" in GRAPH["communique.topics.documents"]           # inside a function
    assert "communique.run.context" in GRAPH["communique.run.stages.tokens"]            # under TYPE_CHECKING
    assert "communique.words._coding" in GRAPH["communique.words.frequencies"]          # from package import module
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_circle():
    cycles = find_cycles(_arrows(GRAPH))
    assert not cycles, "import circles: " + "; ".join(" <-> ".join(c) for c in cycles)


def test_no_module_uses_another_modules_private_names():
    found = PRIVATE - KNOWN_PRIVATE_IMPORTS
    assert not found, "private names used across modules: " + ", ".join(f"{m} uses {n}" for m, n in sorted(found))
    stale = KNOWN_PRIVATE_IMPORTS - PRIVATE
    assert not stale, f"remove these fixed entries from KNOWN_PRIVATE_IMPORTS: {sorted(stale)}"


@pytest.mark.parametrize("wing", ANALYSIS_WINGS)
def test_analysis_wings_never_import_run_or_cli(wing):
    prefix = f"communique.{wing}"
    wrong = sorted(f"{m} -> {t}" for m, targets in GRAPH.items() if m == prefix or m.startswith(prefix + ".")
                   for t in targets if t.startswith(("communique.run", "communique.cli")))
    assert not wrong, wrong


def test_every_wing_has_a_face_that_states_its_public_names():
    for wing in (*ANALYSIS_WINGS, "run", "cli"):
        tree = ast.parse((PACKAGE / wing / "__init__.py").read_text(encoding="utf-8"))
        names = [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets
                 if isinstance(t, ast.Name)]
        assert "__all__" in names, f"communique/{wing}/__init__.py has no __all__"


def test_every_stage_meets_the_stage_contract_and_imports_only_the_context_of_run():
    from communique.run.options import STAGES

    for name in STAGES:
        module = f"communique.run.stages.{name}"
        tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
        runs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "run"]
        assert runs and [a.arg for a in runs[0].args.args] == ["ctx"], f"{module} has no run(ctx)"
        run_imports = {t for t in GRAPH[module] if t.startswith("communique.run.") and not t.startswith(
            "communique.run.stages.")}
        assert run_imports <= {"communique.run.context", "communique.run.shards", "communique.run.safety"}, (module, run_imports)

"""Whether two trees give the same timexes: every BBC article (genres auto and narrative) and 300
UNGDC speeches (auto, narrative, news), every column of ``timex.tag``, plus one ``find_timexes``
table per corpus. For speed work on the tagger (issue 19): the output must not change.

Run: ``python benchmarks/timex_identity.py BASE_TREE [NEW_TREE]`` (NEW_TREE defaults to this tree).
Corpora: ``../shared/corpora`` (see ``_common.py``).
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
from pathlib import Path

from _common import CORPORA, ROOT

CHILD = r"""
import random, sys, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from communique.text.corpus import load_corpus
from communique.timex.tagger import find_timexes, tag
corpora = Path(sys.argv[1])
bbc = list(load_corpus([corpora / "bbc"], errors=[]))
un = sorted(load_corpus([corpora / "ungdc" / "TXT"], errors=[]), key=lambda a: a.id)
random.Random(19).shuffle(un)
out = sys.stdout
for label, arts, genres in (("bbc", bbc, ("auto", "narrative")), ("ungdc", un[:300], ("auto", "narrative", "news"))):
    for a in arts:
        for genre in genres:
            for t in tag(a.text, a.dct, genre=genre):
                out.write(f"{label}\t{genre}\t{a.id}\t{t.start}\t{t.end}\t{t.text!r}\t{t.type}\t{t.value}\t{t.mod}\t{t.anchor}\n")
    out.write(find_timexes(arts[0].text, arts[0].dct, doc_id=arts[0].id).to_csv(sep="\t"))
"""


def timexes(tree: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    done = subprocess.run([sys.executable, "-c", CHILD, str(CORPORA)], env=env, check=True,
                          capture_output=True, text=True)
    return done.stdout.splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("new", type=Path, nargs="?", default=ROOT)
    args = parser.parse_args()
    base, new = timexes(args.base), timexes(args.new)
    if base == new:
        print(f"identical: {len(base)} lines")
        return 0
    sys.stdout.writelines(line + "\n" for line in list(difflib.unified_diff(base, new, "base", "new", lineterm=""))[:60])
    return 1


if __name__ == "__main__":
    raise SystemExit(main())

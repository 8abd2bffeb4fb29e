"""Word frequencies on the whole BBC corpus (5 MB, 2,225 articles): communique against NLTK.

Measured in the same run on the same tokens table, so the ratios hold on a shared machine:
term counts (Counter over the tokens table vs nltk.FreqDist), bigram collocations (communique's
counting + NLTK's association measures vs NLTK's BigramCollocationFinder.from_words), keyness of
politics against the rest (vectorised G2 vs a plain Python loop), phrases and a KWIC.
Run: ``make bench`` or ``python benchmarks/bench_frequencies.py``.
"""

from __future__ import annotations

import math
import sys
import time
from collections import Counter

from _common import load_bbc, print_rows, timed
import communique.words.association as co
import communique.words.frequencies as fq
import communique.words.trends as tr
from communique.words.keywords import keyness
from communique.words.concordance import kwic
from communique.words.phrases import find_phrases
from communique.text.tokens import content_tokens, tokenise_many


def nltk_freqdist(tokens):
    from nltk import FreqDist

    words = tokens.loc[~tokens["is_stop"] & ~tokens["is_punct"], "norm"].tolist()
    return FreqDist(words)


def nltk_collocations(tokens):
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    finder = BigramCollocationFinder.from_words(tokens["norm"].tolist())
    stop = set(tokens.loc[tokens["is_stop"] | tokens["is_punct"], "norm"])
    finder.apply_freq_filter(5)
    finder.apply_word_filter(lambda w: w in stop)
    return finder, finder.score_ngrams(BigramAssocMeasures.likelihood_ratio)


def python_keyness(target, reference):
    a_counts, c = Counter(fq.select_terms(target, numbers=False)["term"]), fq.word_count(target)
    b_counts, d = Counter(fq.select_terms(reference, numbers=False)["term"]), fq.word_count(reference)
    out = {}
    for term in set(a_counts) | set(b_counts):
        a, b = a_counts[term], b_counts[term]
        if a + b < 3:
            continue
        e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
        out[term] = 2 * ((a * math.log(a / e1) if a else 0) + (b * math.log(b / e2) if b else 0))
    return sorted(out.items(), key=lambda kv: -kv[1])[:30]


def main() -> int:
    articles = load_bbc()
    if articles is None:
        print("skipped: ../shared/corpora/bbc is absent")
        return 0
    mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    start = time.perf_counter()
    tokens = content_tokens(tokenise_many(articles, lemmas=False))
    tokenise_s = time.perf_counter() - start
    print(f"BBC: {len(articles):,} articles, {mb:.1f} MB, {len(tokens):,} content tokens "
          f"(tokenised once in {tokenise_s:.1f} s, lemmas off)")
    politics = tokens["doc_id"].isin([a.id for a in articles if "/politics/" in a.path.replace("\\", "/")])
    target, reference = tokens[politics], tokens[~politics]

    ours_counts = fq.term_frequencies(tokens)
    same_counts = dict(nltk_freqdist(tokens)) == dict(zip(ours_counts["term"], ours_counts["count"]))
    colloc = co.collocations(tokens, min_freq=5, top=None)
    finder, scored = nltk_collocations(tokens)
    reference_colloc = dict(scored)
    # NLTK also pairs the last word of a title with the first of the body; communique keeps
    # n-grams inside a sentence, so compare scores where both counted a bigram alike.
    shared = [(tuple(w), s) for w, s, c in zip(colloc["words"], colloc["likelihood_ratio"], colloc["count"])
              if tuple(w) in reference_colloc and finder.ngram_fd[tuple(w)] == c]
    same = all(abs(reference_colloc[w] - s) <= 1e-6 * max(1, abs(s)) for w, s in shared)
    differ = sum(1 for w, c in zip(colloc["words"], colloc["count"]) if finder.ngram_fd[tuple(w)] != c)
    rows = []
    for task, ours, baseline, name in [
        ("term frequencies", lambda: fq.term_frequencies(tokens, top=30), lambda: nltk_freqdist(tokens),
         "nltk.FreqDist"),
        ("bigram collocations (min 5)", lambda: co.collocations(tokens, min_freq=5, top=30),
         lambda: nltk_collocations(tokens), "NLTK BigramCollocationFinder"),
        ("keyness politics vs rest", lambda: keyness(target, reference, top=30),
         lambda: python_keyness(target, reference), "plain Python G2 loop"),
    ]:
        t_ours = timed(ours, repeats=3)
        t_base = timed(baseline, repeats=3)
        rows.append({"task": task, "communique s": f"{t_ours:.2f}", "baseline": name,
                     "baseline s": f"{t_base:.2f}", "speed-up": f"{t_base / t_ours:.1f}x"})
    for task, func in [
        ("trigram collocations (min 5)", lambda: co.collocations(tokens, n=3, min_freq=5, top=30)),
        ("tf-idf per document", lambda: fq.tfidf(tokens, top=10)),
        ("phrases (names, min 5)", lambda: find_phrases(tokens, min_count=5)),
        ("KWIC 'election'", lambda: kwic(articles, "election", tokens=tokens)),
        ("dispersion of 5 words", lambda: tr.dispersion(tokens, ["labour", "blair", "election", "film", "game"])),
    ]:
        rows.append({"task": task, "communique s": f"{timed(func, repeats=1):.2f}", "baseline": "-",
                     "baseline s": "-", "speed-up": "-"})
    print_rows(rows, ["task", "communique s", "baseline", "baseline s", "speed-up"])
    print(f"term counts equal nltk.FreqDist's: {same_counts}")
    print(f"log-likelihood equals NLTK's on all {len(shared):,} bigrams counted alike: {same} "
          f"({differ} bigrams counted differently: NLTK pairs words across sentence/paragraph ends)")
    key = keyness(target, reference, top=10)
    print("politics key words:", ", ".join(key.loc[key["key"] == "positive", "term"]))
    print("top collocations:", ", ".join(colloc["ngram"].head(10)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

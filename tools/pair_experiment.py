"""Would a trained pair classifier beside the rules find more meetings on new text? (An experiment:
it measures and writes nothing; the package does not use it.)

    python tools/pair_experiment.py            # 6 to 13 minutes on two cores

For every sentence naming two or more actors, each pair of them is one example: its features are
the words between and around the two names, their kinds, the distance, the lexicon's hits and where
they fall, and what the rules made of the sentence (the pair in one meeting, one of them in a
meeting, a third party...); its label, whether a gold meeting of the article has both. A logistic
regression (scikit-learn) is trained leaving one corpus out, and its scores then

- veto a rule meeting whose weakest participant pair scores below a threshold, and
- add a meeting for the pairs (joined into groups) above another threshold that no meeting holds,

both thresholds chosen on the training corpora alone (nested leave-one-corpus-out). The table gives
each held-out corpus's meeting F1, rules alone against rules with the classifier.

Result (33ca40a, 16 corpora, 7,842 pairs): the classifier ranks pairs far better than the rules'
own decision (pair ROC AUC 0.90-0.98 against 0.67-0.90 per held-out corpus), but meeting F1 does not
move (pooled 0.690 -> 0.691): added meetings are mostly wrong (at 0.5, 18 right against 89 wrong,
many a pair out of a larger gold meeting), and the vetoes remove about as many right meetings as
wrong ones. What the rules miss is not a pair the words around it give away. (The corpora list is
tools/train_confidence.py's, which has grown since: a rerun scores more corpora.)

It reads the extractor's sentence views through its private ``_read`` (no public interface gives
them), so it may need mending when that changes.
"""
from __future__ import annotations

import collections
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from train_confidence import TRAIN  # noqa: E402

C = 0.3
VETO = (None, 0.05, 0.1, 0.15, 0.2, 0.3)
ADD = (None, 0.5, 0.6, 0.7, 0.8, 0.9)


def _bucket(d: int) -> str:
    for lim, name in ((0, "0"), (1, "1"), (2, "2"), (5, "3-5"), (10, "6-10"), (20, "11-20")):
        if d <= lim:
            return name
    return "21+"


def _words(toks, i: int, j: int) -> list[str]:
    out = []
    for t in toks[max(i, 0):j]:
        out.append(t.punct or t.key)
        if not t.punct and len(t.variants) > 1 and t.variants[-1] != t.key:
            out.append("~" + t.variants[-1])        # an Arabic word's stem without its prefixes
    return out


def pair_features(view, gaz, a: str, b: str, lang: str) -> tuple[str, str, dict[str, float]]:
    """The two actors in text order, and the features of their nearest pair of mentions."""
    kind = lambda x: gaz.actors[x].type if x in gaz.actors else "person"  # noqa: E731

    def side(x: str) -> str:
        act = gaz.actors.get(x)
        return act.affiliation if act is not None and act.type == "person" and act.affiliation else x
    _, x, y = min(((abs((n.i - m.j) if m.i < n.i else (m.i - n.j)), m, n)
                   for m in view.mentions if m.actor == a for n in view.mentions if n.actor == b),
                  key=lambda t: t[0])
    if y.i < x.i:
        x, y = y, x
    toks = view.tokens
    f: dict[str, float] = {"bias": 1, f"lang:{lang}": 1, f"types:{kind(x.actor)}-{kind(y.actor)}": 1,
                           f"via:{x.via}-{y.via}": 1, "dist:" + _bucket(max(y.i - x.j, 0)): 1}
    if side(x.actor) == side(y.actor):
        f["same_side"] = 1
    inner = {m.actor for m in view.mentions if m.actor and m.actor not in (x.actor, y.actor) and x.j <= m.i and m.j <= y.i}
    f["between_actors:" + _bucket(len(inner))] = 1
    f["n_actors:" + _bucket(len({m.actor for m in view.mentions if m.actor}))] = 1
    if view.sentence.headline:
        f["headline"] = 1
    between = _words(toks, x.j, y.i)
    for w in between[:8] + between[-8:] if len(between) > 16 else between:
        f["btw:" + w] = 1
    for w in _words(toks, x.i - 3, x.i):
        f["bef:" + w] = 1
    for w in _words(toks, y.j, y.j + 3):
        f["aft:" + w] = 1
    for w in _words(toks, max(x.j, y.i - 1), y.i):
        f["prevY:" + w] = 1
    for h in view.hits:
        if h.kind.startswith("cue:") or h.kind == "clause_breaks":
            continue
        pos = "btw" if x.j <= h.i and h.j <= y.i else "bef" if h.j <= x.i else "aft" if h.i >= y.j else "in"
        f[f"hit:{pos}:{h.kind}"] = f["hit:" + h.kind] = 1
    return x.actor, y.actor, f


def article_examples(gold, gaz0) -> dict:
    """The rules' meetings, the gold meetings and every co-named pair of one gold article."""
    import kg.extract as kx
    from kg.evaluate import _canonical
    from kg.model import Meeting

    seen: dict = {}
    read = kx._read

    def keep_views(article, gaz, new):
        # the views before the quiet sentences are dropped: a pair may sit where no lexicon word does
        out = read(article, gaz, new)
        seen["gaz"] = out[2]
        return out
    stating = kx._stating

    def all_views(views, tokenized):
        seen["views"] = views
        return stating(views, tokenized)
    kx._read, kx._stating = keep_views, all_views
    try:
        pred = kx.extract(gold.article, gaz0)
    finally:
        kx._read, kx._stating = read, stating
    ren = _canonical(gold, pred)
    r = lambda a: ren.get(a, a)  # noqa: E731
    text, lang = gold.article.text, gold.article.language or "ar"
    rule = []
    for st in pred.statements:
        if isinstance(st, Meeting):
            starts = {text.find(ev.quote) for ev in st.evidence} - {-1}
            rule.append({"parts": frozenset(map(r, st.participants)), "starts": starts, "sents": [],
                         "third": {r(t) for t in st.hosts + st.mediators + st.sponsors}})
    gold_sets = [frozenset(st.participants) for st in gold.statements if isinstance(st, Meeting)]
    pairs = []
    for v in seen["views"]:
        acts = list(dict.fromkeys(m.actor for m in v.mentions if m.actor))
        s = v.sentence
        here = [m for m in rule if any(s.start <= q < s.end for q in m["starts"])]
        for m in here:
            m["sents"].append(s.index)
        for a, b in itertools.combinations(acts, 2):
            x, y, f = pair_features(v, seen["gaz"], a, b, lang)
            rx, ry = r(x), r(y)
            if rx == ry:
                continue
            if any(rx in m["parts"] and ry in m["parts"] for m in here):
                f["rule:pair"] = 1
            elif any((rx in m["parts"]) != (ry in m["parts"]) for m in here):
                f["rule:one_in"] = 1
            else:
                f["rule:other_meeting" if here else "rule:none"] = 1
            if any(rx in m["third"] or ry in m["third"] for m in here):
                f["rule:third"] = 1
            pairs.append({"sent": s.index, "a": rx, "b": ry, "f": f, "y": int(any(rx in k and ry in k for k in gold_sets))})
    return {"rule": rule, "gold": gold_sets, "pairs": pairs}


def fit(data: dict, corpora: list[str]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    ex = [p for c in corpora for a in data[c] for p in a["pairs"]]
    dv = DictVectorizer()
    return dv, LogisticRegression(C=C, max_iter=3000).fit(dv.fit_transform([p["f"] for p in ex]), [p["y"] for p in ex])


def predict(model, articles: list[dict]) -> list[dict]:
    dv, clf = model
    out = []
    for a in articles:
        ps = clf.predict_proba(dv.transform([p["f"] for p in a["pairs"]]))[:, 1] if a["pairs"] else []
        out.append({(p["sent"], p["a"], p["b"]): float(s) for p, s in zip(a["pairs"], ps)})
    return out


def decode(a: dict, scores: dict, veto: float | None, add: float | None) -> list[frozenset]:
    """The article's meetings: the rules' less those vetoed, plus the groups of strong pairs."""
    by_sent: dict[int, dict[frozenset, float]] = collections.defaultdict(dict)
    for (s, x, y), p in scores.items():
        by_sent[s][frozenset((x, y))] = p
    out = []
    for m in a["rule"]:
        weakest = None
        for s in sorted(m["sents"]):
            got = [by_sent[s].get(frozenset(q)) for q in itertools.combinations(m["parts"], 2)]
            if got and None not in got:
                weakest = min(got)
                break
        if veto is None or weakest is None or weakest >= veto:
            out.append(m["parts"])
    if add is not None:
        for s, pairs in sorted(by_sent.items()):
            links: dict[str, set[str]] = collections.defaultdict(set)
            for k, p in pairs.items():
                if p >= add:
                    x, y = tuple(k)
                    links[x].add(y), links[y].add(x)
            done: set[str] = set()
            for n in list(links):
                if n in done:
                    continue
                group, todo = set(), [n]
                while todo:
                    u = todo.pop()
                    if u not in group:
                        group.add(u), todo.extend(links[u] - group)
                done |= group
                if not any(len(group & e) >= 2 for e in out):
                    out.append(frozenset(group))
    return out


def counts(articles: list[dict], preds: list[dict], veto, add) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for a, sc in zip(articles, preds):
        want = collections.Counter(a["gold"])
        for k in decode(a, sc, veto, add):
            if want[k] > 0:
                want[k] -= 1
                tp += 1
            else:
                fp += 1
        fn += sum(want.values())
    return tp, fp, fn


def f1(t: tuple[int, int, int]) -> float:
    return 2 * t[0] / max(2 * t[0] + t[1] + t[2], 1)


def main() -> None:
    from sklearn.metrics import roc_auc_score

    from kg.gazetteer import Gazetteer
    from kg.handcoded import load_statements

    gaz = Gazetteer.default()
    data = {c: [article_examples(load_statements(p, gaz), gaz) for p in sorted((ROOT / "tests" / c / "gold").glob("*.yaml"))]
            for c in TRAIN if (ROOT / "tests" / c / "gold").is_dir()}
    names = list(data)
    print(f"{sum(len(a['pairs']) for c in names for a in data[c])} pairs in {len(names)} corpora")
    print(f"{'held out':16} {'pair AUC rules':>14} {'classifier':>10}  {'veto, add':>12}  {'meeting F1 rules':>16} {'with it':>7}")
    grid = [(v, a) for v in VETO for a in ADD]
    total = [[0, 0, 0], [0, 0, 0]]
    for c in names:
        others = [o for o in names if o != c]
        inner = {o: predict(fit(data, [x for x in others if x != o]), data[o]) for o in others}
        best = max(grid, key=lambda g: f1(tuple(map(sum, zip(*(counts(data[o], inner[o], *g) for o in others))))))
        preds = predict(fit(data, others), data[c])
        ys = [p["y"] for a in data[c] for p in a["pairs"]]
        rule = [p["f"].get("rule:pair", 0) for a in data[c] for p in a["pairs"]]
        learned = [sc[(p["sent"], p["a"], p["b"])] for a, sc in zip(data[c], preds) for p in a["pairs"]]
        before, after = counts(data[c], preds, None, None), counts(data[c], preds, *best)
        for t, got in zip(total, (before, after)):
            t[:] = [u + v for u, v in zip(t, got)]
        print(f"{c:16} {roc_auc_score(ys, rule):>14.3f} {roc_auc_score(ys, learned):>10.3f}  {str(best):>12}  "
              f"{f1(before):>16.3f} {f1(after):>7.3f}", flush=True)
    print(f"{'pooled':16} {'':>14} {'':>10}  {'':>12}  {f1(total[0]):>16.3f} {f1(total[1]):>7.3f}"
          f"   (tp, fp, fn {tuple(total[0])} -> {tuple(total[1])})")


if __name__ == "__main__":
    main()

"""Train the calibration of extracted meetings' confidence (data/confidence.yaml) on the gold corpora.

    python tools/train_confidence.py            # train, write data/confidence.yaml, print the tables
    python tools/train_confidence.py --check    # train, compare with the shipped file, write nothing

Each meeting the rules extract from a gold article (``extract_scored``, the rules' own scores) is one
example: its features (kg.extract.confidence.meeting_features) and whether a gold meeting has
exactly its participants (kg.evaluate.meetings_found). A logistic regression (scikit-learn, L2) is
fitted on every annotated corpus. To measure it on text it never saw, each corpus is scored by a
model trained on the others, against the rules' own scores: ranking (ROC AUC), Brier score, and
precision and recall of meetings kept at each threshold. Needs scikit-learn (in the ``test``
extra); the package itself only scores.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# every annotated corpus; each is also scored by a model trained on all the others
TRAIN = ("corpus", "corpus-dev2", "corpus-dev3", "corpus-holdout", "corpus-blind", "corpus-blind2", "corpus-blind3",
         "corpus-blind4", "corpus-blind5", "corpus-blind6", "corpus-blind7", "corpus-blind8", "corpus-blind9",
         "corpus-blind10", "corpus-blind11", "corpus-blind12", "corpus-blind13", "corpus-blind14",
         "corpus-blind15", "corpus-blind16", "corpus-blind17", "corpus-blind18", "corpus-blind19",
         "corpus-blind20", "corpus-blind21", "corpus-blind22", "corpus-blind23", "corpus-blind24",
         "corpus-blind25", "corpus-blind26", "corpus-blind27", "corpus-blind28", "corpus-blind29",
         "corpus-blind30", "corpus-blind31", "corpus-blind32", "corpus-blind33", "corpus-blind34",
         "corpus-blind35", "corpus-blind36", "corpus-blind37", "corpus-blind38", "corpus-blind39", "corpus-blind40",
         "corpus-blind41", "corpus-blind42", "corpus-blind43", "corpus-blind44", "corpus-blind45",
         "corpus-blind46", "corpus-blind47", "corpus-blind48", "corpus-blind49", "corpus-blind50",
         "corpus-blind51", "corpus-blind52", "corpus-blind53", "corpus-blind54",
         "corpus-blind55", "corpus-blind56", "corpus-blind57", "corpus-blind58", "corpus-blind59", "corpus-blind60", "corpus-blind61", "corpus-blind62",
         "corpus-blind63", "corpus-blind64", "corpus-blind65", "corpus-blind66", "corpus-blind67", "corpus-blind68", "corpus-blind69", "corpus-blind70",
         "corpus-blind71", "corpus-blind72", "corpus-blind73", "corpus-blind74",
         "corpus-blind75", "corpus-blind76", "corpus-blind77", "corpus-blind78", "corpus-blind79", "corpus-blind80",
         "corpus-blind81", "corpus-blind82", "corpus-blind83", "corpus-blind84", "corpus-blind85", "corpus-blind86",
         "corpus-blind87", "corpus-blind88", "corpus-blind89", "corpus-blind90", "corpus-blind91", "corpus-blind92")
C = 0.1            # inverse regularisation strength: chosen by leave-one-corpus-out ranking (0.03-0.3 within 0.005)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def examples(corpus: Path) -> tuple[list[list[float]], list[int], list[float]]:
    """Features, labels and rule scores of every meeting extracted from a gold corpus folder."""
    from kg.evaluate import meetings_found
    from kg.extract import extract_scored
    from kg.extract.confidence import FEATURES
    from kg.gazetteer import Gazetteer
    from kg.handcoded import load_statements
    from kg.model import Meeting

    gaz = Gazetteer.default()
    xs, ys, rule = [], [], []
    for path in sorted((corpus / "gold").glob("*.yaml")):
        gold = load_statements(path, gaz)
        pred, features = extract_scored(gold.article, gaz)
        meetings = [s for s in pred.statements if isinstance(s, Meeting)]
        for st, f, ok in zip(meetings, features, meetings_found(gold, pred)):
            xs.append([f[name] for name in FEATURES])
            ys.append(int(ok))
            rule.append(float(st.confidence or 0))
    return xs, ys, rule


def fit(xs: list[list[float]], ys: list[int]) -> dict:
    """The logistic model (features standardised, so the penalty weighs them alike), with the
    scaling folded into the weights, as the YAML structure data/confidence.yaml holds (rounded)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    from kg.extract.confidence import FEATURES

    scaler = StandardScaler().fit(xs)
    clf = LogisticRegression(C=C, max_iter=5000).fit(scaler.transform(xs), ys)
    scale = [s if s > 0 else 1.0 for s in scaler.scale_]
    weights = [w / sd for w, sd in zip(clf.coef_[0], scale)]
    intercept = clf.intercept_[0] - sum(w * mu for w, mu in zip(weights, scaler.mean_))
    return {"intercept": round(float(intercept), 4),
            "weights": {f: round(float(w), 4) for f, w in zip(FEATURES, weights)}}


def score(model: dict, xs: list[list[float]]) -> list[float]:
    """The model's chance for each example (the package's own scoring, unrounded)."""
    from kg.extract.confidence import FEATURES, chance

    return [chance(model, dict(zip(FEATURES, x))) for x in xs]


def report(name: str, ys: list[int], rule: list[float], learned: list[float]) -> list[str]:
    """AUC and Brier of both scores, then precision / recall of meetings kept at each threshold."""
    from sklearn.metrics import brier_score_loss, roc_auc_score

    right = sum(ys)
    lines = [f"{name}: {len(ys)} extracted meetings, {right} right (precision {right / max(len(ys), 1):.2f})"]
    if 0 < right < len(ys):
        lines.append(f"  ROC AUC  rules {roc_auc_score(ys, rule):.3f}   calibrated {roc_auc_score(ys, learned):.3f}")
        lines.append(f"  Brier    rules {brier_score_loss(ys, rule):.3f}   calibrated {brier_score_loss(ys, learned):.3f}")
    lines.append("  keep if >=   rules: kept  precision  recall of right   calibrated: kept  precision  recall of right")
    for t in THRESHOLDS:
        row = f"  {t:>9.2f}"
        for scores in (rule, learned):
            kept = [y for y, s in zip(ys, scores) if s >= t]
            prec = sum(kept) / len(kept) if kept else float("nan")
            row += f"   {len(kept):>14}  {prec:>9.2f}  {sum(kept) / max(right, 1):>15.2f}"
        lines.append(row)
    return lines


def train(root: Path = ROOT) -> tuple[dict, list[str]]:
    """The model trained on every corpus, and the tables: each corpus scored by a model trained on
    the others, then those scores pooled (all corpora; the blind ones, new text to the rules)."""
    data = {c: examples(root / "tests" / c) for c in TRAIN if (root / "tests" / c / "gold").is_dir()}
    names = [c for c in TRAIN if c in data and data[c][1]]
    model = fit([x for c in names for x in data[c][0]], [y for c in names for y in data[c][1]])
    total = sum(len(data[c][1]) for c in names)
    lines = [f"trained on {len(names)} corpora, {total} extracted meetings "
             f"({sum(sum(data[c][1]) for c in names)} right)", "",
             "each corpus scored by a model trained on the others:"]
    from sklearn.metrics import roc_auc_score
    pooled: tuple[list, list, list] = ([], [], [])     # labels, rule scores, calibrated scores
    blind: tuple[list, list, list] = ([], [], [])
    for c in names:
        others = [k for k in names if k != c]
        m = fit([x for k in others for x in data[k][0]], [y for k in others for y in data[k][1]])
        cx, cy, cr = data[c]
        learned = score(m, cx)
        for into in (pooled, blind) if "blind" in c else (pooled,):
            into[0].extend(cy), into[1].extend(cr), into[2].extend(learned)
        if 0 < sum(cy) < len(cy):
            lines.append(f"  {c:16} n={len(cy):4}  AUC rules {roc_auc_score(cy, cr):.3f}  calibrated "
                         f"{roc_auc_score(cy, learned):.3f}")
    lines += [""] + report("pooled, all corpora (each scored by a model that never saw it)", *pooled) + [""]
    count = sum(1 for c in names if "blind" in c)
    lines += report(f"pooled, the {count} blind corpora (text the rules were not written on)", *blind) + [""]
    return {"meeting": model}, lines


HEADER = """\
# Calibration of extracted meetings' confidence (kg.extract.confidence): a logistic model over the
# rules' score and plain facts of each meeting, giving the chance that its participants are exactly
# right. Written by tools/train_confidence.py from the gold corpora ({corpora});
# do not edit by hand: retrain after changing the extractor (the test suite checks it is current).
"""


def dump(model: dict) -> str:
    import yaml

    return HEADER.format(corpora=", ".join(TRAIN)) + yaml.safe_dump(model, sort_keys=False, allow_unicode=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with data/confidence.yaml; write nothing")
    args = parser.parse_args()
    model, lines = train()
    print("\n".join(lines))
    path = ROOT / "data" / "confidence.yaml"
    text = dump(model)
    if args.check:
        same = path.is_file() and path.read_text(encoding="utf-8") == text
        print("data/confidence.yaml is current" if same else "data/confidence.yaml is out of date: retrain")
        sys.exit(0 if same else 1)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

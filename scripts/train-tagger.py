#!/usr/bin/env python3
"""Trains the tagger's learned model: one L2-regularised logistic regression per category over
the tagger's unit features (Sources/SummaryKit/Tagging/Tagger+Features.swift), on the TRAINING
splits only (ids whose number is not divisible by 3) of Corpus/ and, when present, of the real
development set ../shared/realdev (whose texts never enter this repository; only the learned
numbers do). Writes the weights and per-category thresholds into
Sources/SummaryKit/Resources/tagger-model.json, keeping the lexical parameters already there.

Deterministic: features come from `summarykit eval --dump-features`; the fit is Newton's method
from zero; the regularisation strength, the thresholds and the anchors of the structural sections
(TaggerModel.anchors) are chosen by 5-fold cross-validation
over the training files (folds by sorted file id), never by the test splits.

Usage: scripts/train-tagger.py [--bin PATH] [--realdev DIR] [--realdev-weight W] [--only CATEGORY] [--dry-run]
Needs numpy.
"""
import argparse, json, os, subprocess, sys, tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "SummaryKit", "Resources", "tagger-model.json")
CATS = ["study", "discipline", "member_development", "mass_work", "shortcomings", "plans"]
LAMBDAS = [0.3, 1.0, 3.0, 10.0]
THRESHOLDS = [round(0.1 + 0.05 * k, 2) for k in range(13)]   # 0.10 … 0.70
# Anchors (TaggerModel.anchors): the score one unit of a summary must reach before any of its
# units keeps the tag. Only for the structural sections, which a branch writes as a block (a
# 存在问题 list, a 下一步 plan, a meeting's requirements); a content topic may fill one paragraph.
ANCHORS = [0.0, 0.3, 0.4, 0.5, 0.6]
STRUCTURAL = {"shortcomings", "plans"}


def is_test(file_id):
    parts = file_id.split("-")
    return len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) % 3 == 0


def dump(binary, corpus, model_path):
    with tempfile.NamedTemporaryFile("r", suffix=".jsonl", delete=False) as f:
        path = f.name
    try:
        cmd = [binary, "eval", corpus, "--split", "train", "--dump-features", path]
        if model_path:
            cmd += ["--model", model_path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        with open(path, encoding="utf-8") as f:
            lines = [json.loads(line) for line in f if line.strip()]
    finally:
        os.unlink(path)
    return lines[0]["features"], lines[1:]


def fit(X, y, w, lam, iterations=30):
    """Weighted L2 logistic regression (intercept unpenalised) by Newton's method."""
    n, d = X.shape
    Xb = np.hstack([np.ones((n, 1)), X])
    beta = np.zeros(d + 1)
    penalty = np.full(d + 1, lam)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(Xb @ beta)))
        gradient = Xb.T @ (w * (p - y)) + penalty * beta
        hessian = (Xb * (w * p * (1 - p))[:, None]).T @ Xb + np.diag(penalty) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return beta


def predict(beta, X):
    return 1.0 / (1.0 + np.exp(-(beta[0] + X @ beta[1:])))


def anchored(p, groups, anchor):
    """`p` with every score of a group (a file's summary) zeroed when none of its scores reaches `anchor`."""
    if anchor <= 0:
        return p
    best = {}
    for g, v in zip(groups, p):
        best[g] = max(best.get(g, 0.0), v)
    return np.where(np.array([best[g] >= anchor for g in groups]), p, 0.0)


def f1(y, p, w, threshold):
    hit = p >= threshold
    tp = np.sum(w * (hit & (y == 1)))
    fp = np.sum(w * (hit & (y == 0)))
    fn = np.sum(w * (~hit & (y == 1)))
    return 2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "summarykit"))
    parser.add_argument("--realdev", default=os.path.join(os.path.dirname(ROOT), "shared", "realdev"))
    parser.add_argument("--realdev-weight", type=float, default=2.0,
                        help="weight of a real unit against one of ours (the target is real text)")
    parser.add_argument("--drop", action="append", default=[], metavar="FEATURE",
                        help="leave a feature out (its weight stays 0), for ablations; repeatable")
    parser.add_argument("--only", action="append", default=[], metavar="CATEGORY", choices=CATS,
                        help="retrain just this category (repeatable); the others keep the shipped weights, threshold and anchor")
    parser.add_argument("--dry-run", action="store_true", help="print the cross-validated figures, write nothing")
    args = parser.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin}: build it first (swift build -c release --product summarykit)")

    # Features of the lexical part only: the learned weights are dropped for the dump, so that
    # the features do not depend on the previous fit.
    with open(OUT, encoding="utf-8") as f:
        shipped = json.load(f)
    base = {k: v for k, v in shipped.items() if k not in ("linear", "anchors")}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(base, f)
        base_path = f.name
    sources = [(os.path.join(ROOT, "Corpus"), 1.0)]
    if os.path.isdir(os.path.join(args.realdev, "labels")):
        sources.append((args.realdev, args.realdev_weight))
    else:
        print(f"note: {args.realdev} not found; training on Corpus/ alone", file=sys.stderr)
    names, rows = None, []
    try:
        for corpus, weight in sources:
            feature_names, lines = dump(args.bin, corpus, base_path)
            names = names or feature_names
            assert names == feature_names
            tag = os.path.basename(os.path.normpath(corpus))
            for line in lines:
                assert not is_test(line["file"])
                # Only units the gold labels call headings or paragraphs: titles, chrome and
                # separators are never tagged once the structure finds them, and where it takes
                # one for content (a page outline's 存在的问题) it would teach that such words
                # count for nothing.
                if line["kind"] in ("heading", "paragraph"):
                    rows.append((tag + "/" + line["file"], weight, line))
    finally:
        os.unlink(base_path)

    X = np.array([r[2]["features"] for r in rows], dtype=float)
    for name in args.drop:
        if name not in names:
            sys.exit(f"--drop {name}: no such feature")
        X[:, names.index(name)] = 0.0
    weights = np.array([r[1] for r in rows])
    files = sorted({r[0] for r in rows})
    fold_of_file = {name: k % 5 for k, name in enumerate(files)}
    folds = np.array([fold_of_file[r[0]] for r in rows])
    groups = [f"{r[0]}#{r[2]['summary']}" for r in rows]
    print(f"{len(rows)} training units from {len(files)} files, {X.shape[1]} features")

    model = {"features": names, "weights": {}, "bias": {}}
    thresholds = {}
    anchors = {}
    previous = shipped.get("linear")
    if args.only and (previous is None or previous.get("features") != names):
        sys.exit("--only needs a shipped model over the same features; retrain every category")
    for c in CATS:
        if args.only and c not in args.only:
            model["weights"][c] = previous["weights"][c]
            model["bias"][c] = previous["bias"][c]
            thresholds[c] = shipped["thresholds"][c]
            anchors[c] = shipped.get("anchors", {}).get(c, 0.0)
            print(f"{c:20s} kept as shipped")
            continue
        y = np.array([1.0 if c in r[2]["gold"] else 0.0 for r in rows])
        keep = np.array([c not in r[2]["optional"] for r in rows])
        best = None
        sources_masks = [keep & np.array([r[0].split("/")[0] == tag for r in rows]) for tag in sorted({r[0].split("/")[0] for r in rows})]
        for lam in LAMBDAS:
            p = np.zeros(len(rows))
            for k in range(5):
                train = keep & (folds != k)
                beta = fit(X[train], y[train], weights[train], lam)
                held = folds == k
                p[held] = predict(beta, X[held])
            for anchor in (ANCHORS if c in STRUCTURAL else [0.0]):
                # Anchors are read over the summary's kept units (an optional unit still counts).
                q = anchored(p, groups, anchor)
                for t in THRESHOLDS:
                    # Each source counts alike, however many units it has: the real texts are what
                    # the tool is for, our own corpus holds shapes they lack.
                    score = np.mean([f1(y[m], q[m], np.ones(m.sum()), t) for m in sources_masks])
                    if best is None or score > best[0] + 1e-12:
                        best = (score, lam, t, anchor)
        score, lam, t, anchor = best
        # The same cross-validated predictions, on each source alone (the real texts are the target).
        p = np.zeros(len(rows))
        for k in range(5):
            train = keep & (folds != k)
            p[folds == k] = predict(fit(X[train], y[train], weights[train], lam), X[folds == k])
        p = anchored(p, groups, anchor)
        per_source = []
        for tag in sorted({r[0].split("/")[0] for r in rows}):
            mask = keep & np.array([r[0].startswith(tag + "/") for r in rows])
            per_source.append(f"{tag} {f1(y[mask], p[mask], np.ones(mask.sum()), t):.3f}")
        beta = fit(X[keep], y[keep], weights[keep], lam)
        train_f1 = f1(y[keep], anchored(predict(beta, X), groups, anchor)[keep], weights[keep], t)
        print(f"{c:20s} selection cv F1 {score:.3f} ({', '.join(per_source)})  train F1 {train_f1:.3f}  lambda {lam}  threshold {t}  anchor {anchor}  positives {int(y[keep].sum())}")
        model["weights"][c] = [round(float(v), 6) for v in beta[1:]]
        model["bias"][c] = round(float(beta[0]), 6)
        thresholds[c] = t
        anchors[c] = anchor
    if args.dry_run:
        return
    shipped["linear"] = model
    shipped["thresholds"] = thresholds
    shipped["anchors"] = anchors
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(shipped, f, indent=2, sort_keys=True)
        f.write("\n")
    print(f"wrote {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()

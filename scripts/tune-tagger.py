#!/usr/bin/env python3
"""Tunes the paragraph tagger's weights and thresholds on the TRAINING split of Corpus/ only
(ids whose number is not divisible by 3) by random search, and writes the best model to
Sources/SummaryKit/Resources/tagger-model.json. The test split is evaluated once at the end,
for the record; it never guides the search.

Usage: scripts/tune-tagger.py [--trials N] [--seed S]   (builds the release binary first)
"""
import argparse, json, os, random, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "summarykit")
OUT = os.path.join(ROOT, "Sources", "SummaryKit", "Resources", "tagger-model.json")
CATS = ["study", "discipline", "member_development", "mass_work", "shortcomings", "plans"]

SPACE = {
    "minWeight": [0.2, 0.25, 0.3, 0.35, 0.45],
    "repeatDecay": [0.3, 0.4, 0.5, 0.6, 0.7],
    "lengthScale": [80, 120, 150, 200, 300],
    "gain": [1.0, 1.3, 1.6, 2.0, 2.5],
    "lengthExponent": [0.5, 0.75, 1.0],
    "negatedToShortcomings": [0.3, 0.6, 0.9],
    "headingWeight": [0.3, 0.45, 0.55, 0.7],
    "grandHeadingWeight": [0.0, 0.15, 0.25, 0.35],
    "structuralHeadingWeight": [0.6, 0.9, 1.2],
    "neighbourWeight": [0.0, 0.1, 0.15, 0.25],
    "childrenWeight": [0.3, 0.5, 0.7, 0.9],
    "structuralDamping": [0.2, 0.35, 0.45, 0.6, 0.8],
}
THRESHOLDS = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65]


def evaluate(model, split):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(model, f)
        path = f.name
    try:
        out = subprocess.run([BIN, "eval", "--corpus", os.path.join(ROOT, "Corpus"), "--split", split,
                              "--format", "json", "--model", path], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    report = json.loads(out)
    # What the tagger is judged by: content-category macro F1 for each language, then all six
    # categories, then the checklist statuses.
    languages = report.get("languages") or {}
    content = sum(l["content_macro_f1"] for l in languages.values()) / max(1, len(languages))
    return content + 0.5 * report["macro_f1"] + 0.5 * report["status_accuracy"], report


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "summarykit"], cwd=ROOT, check=True)
    rng = random.Random(args.seed)
    # Start from the better of the hand-set defaults and the model shipped now (on train).
    best_model, best_score, best_report = {}, *evaluate({}, "train")
    if os.path.exists(OUT):
        with open(OUT) as f:
            shipped = json.load(f)
        score, report = evaluate(shipped, "train")
        if score > best_score:
            best_model, best_score, best_report = shipped, score, report
    print(f"start: objective {best_score:.4f} macro F1 {best_report['macro_f1']:.3f} statuses {best_report['status_accuracy']:.3f}", file=sys.stderr)
    for trial in range(args.trials):
        # Mutate the best model found so far in one to three places.
        model = dict(best_model)
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.3:
                thresholds = dict(model.get("thresholds", {c: 0.5 for c in CATS}))
                thresholds[rng.choice(CATS)] = rng.choice(THRESHOLDS)
                model["thresholds"] = thresholds
            else:
                key = rng.choice(list(SPACE))
                model[key] = rng.choice(SPACE[key])
        score, report = evaluate(model, "train")
        if score > best_score:
            best_model, best_score, best_report = model, score, report
            print(f"trial {trial}: objective {score:.4f} macro F1 {report['macro_f1']:.3f} statuses {report['status_accuracy']:.3f}", file=sys.stderr)
    with open(OUT, "w") as f:
        json.dump(best_model, f, indent=2, sort_keys=True)
        f.write("\n")
    _, test = evaluate(best_model, "test")
    print(json.dumps({"train": {k: best_report[k] for k in ("macro_f1", "micro_f1", "status_accuracy")},
                      "test": {k: test[k] for k in ("macro_f1", "micro_f1", "status_accuracy")},
                      "model": best_model}, indent=2))


if __name__ == "__main__":
    main()

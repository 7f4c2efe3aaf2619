#!/usr/bin/env python3
"""Generates a synthetic corpus for `summarykit stats` from Corpus/texts: the texts repeated with
variations (place names, years and digits replaced, body lines shuffled in every third copy,
a sentence dropped in every fifth) until the texts add up to at least --mb megabytes (10^6
bytes of UTF-8 text). Reproducible: the same --seed and --mb give the same bytes.

Writes JSON Lines ({"id": ..., "text": ...} per line, UTF-8, not ASCII-escaped) to --jsonl, and
optionally the same texts one after another (each followed by a blank line) to --text, for a
bare ICU segmentation baseline over the same bytes. Nothing it writes belongs in the repository.

    scripts/make-stats-corpus.py --mb 200 --jsonl /tmp/stats-200.jsonl --text /tmp/stats-200.txt
    scripts/make-stats-corpus.py --count 0 --jsonl corpus.jsonl     # Corpus/texts once, unchanged
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["青山", "柳河", "石桥", "杏花", "南湖", "北岭", "东坡", "西园", "龙潭", "白沙", "红旗", "新华"]
ENGLISH_PLACES = ["Maple", "Riverside", "Stone Bridge", "Apricot", "South Lake", "North Ridge", "Willow", "Pine Hill"]
SENTENCE_END = re.compile(r"(?<=[。！？.!?])")


def templates(folder):
    paths = sorted(p for p in Path(folder).iterdir() if p.suffix == ".txt")
    if not paths:
        sys.exit(f"make-stats-corpus: no .txt files in {folder}")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def vary(text, i, rng):
    place = rng.choice(PLACES)
    text = (text.replace("20xx", str(rng.randint(2016, 2024))).replace("x村", place + "村")
            .replace("XX", place).replace("xx", rng.choice(ENGLISH_PLACES)))
    text = re.sub(r"[0-9]", lambda _: str(rng.randint(1, 9)), text)
    lines = text.split("\n")
    if len(lines) > 4 and i % 3 == 1:
        body = lines[2:-1]
        rng.shuffle(body)
        lines[2:-1] = body
    if len(lines) > 4 and i % 5 == 2:
        k = rng.randrange(2, len(lines) - 1)
        sentences = SENTENCE_END.split(lines[k])
        if len(sentences) > 2:
            del sentences[rng.randrange(len(sentences) - 1)]
            lines[k] = "".join(sentences)
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=0, help="at least this many MB of text (10^6 bytes)")
    parser.add_argument("--count", type=int, help="exactly this many varied copies (0: the texts once, unchanged)")
    parser.add_argument("--jsonl", required=True, help="JSON Lines output ('-' for stdout)")
    parser.add_argument("--text", help="also write the plain texts here")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--source", default=str(ROOT / "Corpus" / "texts"))
    args = parser.parse_args()

    sources = templates(args.source)
    rng = random.Random(args.seed)
    out = sys.stdout if args.jsonl == "-" else open(args.jsonl, "w", encoding="utf-8")
    plain = open(args.text, "w", encoding="utf-8") if args.text else None
    target = int(args.mb * 1e6)
    written = count = 0
    while True:
        if args.count is not None:
            if args.count == 0 and count == len(sources):
                break
            if args.count > 0 and count == args.count:
                break
        elif written >= target:
            break
        stem, template = sources[count % len(sources)]
        if args.count == 0:
            record_id, text = f"{stem}.txt", template
        else:
            record_id, text = f"synthetic/{count:07d}-{stem}", vary(template, count, rng)
        out.write(json.dumps({"id": record_id, "text": text}, ensure_ascii=False) + "\n")
        if plain:
            plain.write(text + "\n\n")
        written += len(text.encode("utf-8"))
        count += 1
    if out is not sys.stdout:
        out.close()
    if plain:
        plain.close()
    print(f"make-stats-corpus: {count} texts, {written / 1e6:.1f} MB of text", file=sys.stderr)


if __name__ == "__main__":
    main()

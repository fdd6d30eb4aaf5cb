#!/usr/bin/env python3
"""Sanity checker for the independent dev set (gold.json + dev_*.txt).

Checks: files exist and are UTF-8; every cue / negative / dont_care cue is an
exact substring of the NFC-normalised text; pairs are ISO alpha-2, upper case
and sorted; event pairs belong to the document's pairs or optional_pairs;
dates are well formed and agree with their precision; types are from the
allowed set.  With --coverage it also lists every year-like token in each
document (Latin or Bengali digits) that lies outside all gold cues, negatives
and dont_care cues, so an annotator can confirm nothing dated was missed.

Usage: python3 check_gold.py [--coverage]
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"recognition", "relations_established", "embassy", "visit", "agreement",
         "aid", "trade", "military", "conflict", "other"}
PRECISIONS = {"day", "month", "year", "range", "undated"}
SINGLE = {
    "year": re.compile(r"^\d{4}$"),
    "month": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
    "day": re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"),
}
ANY_SINGLE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
YEAR_RE = re.compile(r"(?<!\d)(1[6-9]\d\d|20[0-4]\d)(?!\d)")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def check_date(ev, errs, where):
    d, p = ev.get("date"), ev.get("precision")
    if p not in PRECISIONS:
        errs.append(f"{where}: bad precision {p!r}")
        return
    if p == "undated":
        if d is not None:
            errs.append(f"{where}: undated event must have date null")
        return
    if not isinstance(d, str):
        errs.append(f"{where}: date must be a string")
        return
    if p == "range":
        parts = d.split("/")
        if len(parts) != 2 or not all(ANY_SINGLE.match(x) for x in parts):
            errs.append(f"{where}: bad range {d!r}")
        elif parts[0] > parts[1]:
            errs.append(f"{where}: range start after end {d!r}")
        return
    if not SINGLE[p].match(d):
        errs.append(f"{where}: date {d!r} does not match precision {p}")


def spans(text, needles):
    out = []
    for n in needles:
        n = nfc(n)
        start = 0
        while True:
            i = text.find(n, start)
            if i < 0:
                break
            out.append((i, i + len(n)))
            start = i + 1
    return out


def main():
    coverage = "--coverage" in sys.argv
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    errs = []
    total = 0
    for doc in gold["documents"]:
        f = doc["file"]
        path = HERE / f
        if not path.exists():
            errs.append(f"{f}: missing file")
            continue
        text = nfc(path.read_text(encoding="utf-8"))
        if not (2000 <= len(text) <= 9000):
            errs.append(f"{f}: length {len(text)} outside 2000-9000")
        pairs = [tuple(p) for p in doc["pairs"]] + [tuple(p) for p in doc.get("optional_pairs", [])]
        for p in pairs:
            if len(p) != 2 or list(p) != sorted(p) or not all(re.fullmatch(r"[A-Z]{2}", c) for c in p):
                errs.append(f"{f}: bad pair {p}")
        for c in doc.get("other_countries", []):
            if not re.fullmatch(r"[A-Z]{2}", c) or any(c in p for p in pairs):
                errs.append(f"{f}: bad other_country {c}")
        for k, ev in enumerate(doc["events"]):
            where = f"{f} event {k}"
            total += 1
            if ev.get("type") not in TYPES:
                errs.append(f"{where}: bad type {ev.get('type')!r}")
            check_date(ev, errs, where)
            if tuple(ev.get("pair", ())) not in pairs:
                errs.append(f"{where}: pair {ev.get('pair')} not in document pairs")
            if nfc(ev["cue"]) not in text:
                errs.append(f"{where}: cue not found: {ev['cue'][:60]!r}")
        cue_spans = spans(text, [e["cue"] for e in doc["events"]])
        for n in doc.get("negatives", []):
            if nfc(n) not in text:
                errs.append(f"{f}: negative not found: {n!r}")
            for a, b in spans(text, [n]):
                if any(a < y and x < b for x, y in cue_spans):
                    errs.append(f"{f}: negative {n!r} overlaps an event cue")
        for dc in doc.get("dont_care", []):
            if nfc(dc["cue"]) not in text:
                errs.append(f"{f}: dont_care cue not found: {dc['cue'][:60]!r}")
        if coverage:
            covered = spans(text, [e["cue"] for e in doc["events"]]
                            + doc.get("negatives", [])
                            + [d["cue"] for d in doc.get("dont_care", [])])
            latin = text.translate(BN_DIGITS)
            for m in YEAR_RE.finditer(latin):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    ctx = text[max(0, m.start() - 40):m.end() + 40].replace("\n", " ")
                    print(f"UNCOVERED {f} @{m.start()}: …{ctx}…")
    for e in errs:
        print("ERROR", e)
    print(f"{len(gold['documents'])} documents, {total} events, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

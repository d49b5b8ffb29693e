#!/usr/bin/env python3
"""Second evaluation corpus for the copy check (issue 17): same JSONL format as ../shared/corpus (pledges + labels),
its own phrase bank (phrases.py), other proportions and lengths, every edit operation of ../shared/corpus/README.md
plus MERGE_TWO_SOURCES (half of the text from each of two colleagues) and CLAUSE_REWORD (clauses reworded), and an
ISO-8601 submittedAt on most lines. Deterministic by seed.

    python3 bench/corpus2/generate.py [--seed 17] [--out bench/corpus2/data]
"""
import argparse
import hashlib
import json
import os
import random
import re
import unicodedata
from datetime import datetime, timedelta, timezone

import phrases as P

SECTIONS = ["tuTuongChinhTri", "daoDucLoiSong", "yThucToChucKyLuat", "tacPhongLeLoiLamViec", "thucHienChucTrachNhiemVu",
            "trachNhiemNeuGuong", "hanCheKhuyetDiemNamTruoc", "bienPhapKhacPhuc", "noiDungLamTheo"]
HEADINGS = {"tuTuongChinhTri": "1. Về tư tưởng chính trị", "daoDucLoiSong": "2. Về phẩm chất đạo đức, lối sống",
            "yThucToChucKyLuat": "3. Về ý thức tổ chức kỷ luật", "tacPhongLeLoiLamViec": "4. Về tác phong, lề lối làm việc",
            "thucHienChucTrachNhiemVu": "5. Về thực hiện chức trách, nhiệm vụ được giao",
            "trachNhiemNeuGuong": "6. Về trách nhiệm nêu gương", "hanCheKhuyetDiemNamTruoc": "7. Hạn chế, khuyết điểm năm {prev}",
            "bienPhapKhacPhuc": "8. Biện pháp khắc phục", "noiDungLamTheo": "9. Nội dung đăng ký làm theo năm {year}"}
YEARS = [2023, 2024, 2025, 2026]
# (primary operation, count, params): other proportions than ../shared/corpus, and the two kinds it lacks.
PLAN = [("EXACT_RENAMED", 30, {}), ("SENTENCE_SHUFFLE", 30, {}), ("SYNONYM_SWAP", 35, {}), ("PARTIAL", 60, {"f": 0.3}),
        ("PARTIAL", 25, {"f": 0.5}), ("PARTIAL", 15, {"f": 0.7}), ("INSERT_DELETE", 30, {}), ("NO_DIACRITICS", 25, {}),
        ("NFD", 20, {}), ("OLD_TONE", 20, {}), ("TYPOS", 30, {}), ("SELF_PREVIOUS_YEAR", 40, {}),
        ("MERGE_TWO_SOURCES", 80, {}), ("CLAUSE_REWORD", 45, {})]
SURFACE = ["TYPOS", "NO_DIACRITICS", "NFD", "OLD_TONE", "SYNONYM_SWAP", "SENTENCE_SHUFFLE"]
ORIGINALS = 2470


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.counter = 0

    def ident(self, prefix):
        self.counter += 1
        return prefix + hashlib.sha1(f"{prefix}{self.counter}{self.rng.random()}".encode()).hexdigest()[:10]

    def member(self, position=None):
        rng = self.rng
        commune_id, commune = rng.choice(P.COMMUNES)
        hamlet = rng.choice(P.HAMLETS)
        branch = "ap-" + re.sub(r"[^a-z]+", "-", strip(hamlet).lower()).strip("-")
        pos = position or rng.choice(P.POSITIONS)
        return {"memberId": self.ident("m2-"), "committeeId": commune_id, "branchId": f"{commune_id}/{branch}",
                "commune": commune, "hamlet": hamlet, "position": pos,
                "fullName": f"{rng.choice(P.FAMILY)} {rng.choice(P.MIDDLE)} {rng.choice(P.GIVEN)}",
                "birthYear": rng.randint(1958, 2000)}

    def fill(self, text, m, year):
        rng = self.rng
        month = rng.randint(1, 9)
        return text.format(year=year, prev=year - 1, n=rng.randint(2, 9), d=rng.randint(5, 25),
                           name=f"{rng.choice(P.FAMILY)} {rng.choice(P.MIDDLE)} {rng.choice(P.GIVEN)}",
                           given=rng.choice(P.GIVEN), weekday=rng.choice(P.WEEKDAYS), month=month,
                           month2=month + rng.randint(1, 3), season=rng.choice(P.SEASONS),
                           hamlet=self.rng.choice(P.HAMLETS) if self.rng.random() < 0.5 else m["hamlet"],
                           commune=m["commune"], position=m["position"][0].lower())

    def composed(self, key, m, year):
        rng = self.rng
        specific = rng.choice(P.SPECIFICS) if rng.random() < 0.6 else ""
        parts = [rng.choice(P.OPENINGS[key]), rng.choice(P.ACTIONS[key]), specific or rng.choice(P.DETAILS),
                 rng.choice(P.PURPOSES)]
        sentence = " ".join(p for p in parts if p)
        return self.fill(sentence, m, year).rstrip() + "."

    def section(self, key, m, year):
        rng = self.rng
        long_section = key in ("thucHienChucTrachNhiemVu", "noiDungLamTheo")
        n = rng.randint(3, 7) if long_section else rng.randint(2, 5)
        out = []
        if rng.random() < 0.6:
            out.append(rng.choice(P.STOCK[key]))
        if long_section and rng.random() < 0.7:
            out += rng.sample(m["position"][3], rng.randint(1, 2))
        while len(out) < n:
            out.append(self.composed(key, m, year))
        rng.shuffle(out)
        return out

    def original(self, m, year):
        return {k: self.section(k, m, year) for k in SECTIONS}


def strip(text):
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", text.replace("đ", "d").replace("Đ", "D"))


TONES = "\u0300\u0301\u0303\u0309\u0323"


def old_tone(text):
    """Modern placement (hoà, thuỷ, khoẻ) -> the old one (hòa, thủy, khỏe) and back: the tone moves between the vowels."""
    def move(match):
        if match.group(0).lower().startswith("qu"):
            return match.group(0)  # "qu" is one consonant: quý has one vowel
        word = unicodedata.normalize("NFD", match.group(0))
        tone = next((c for c in word if c in TONES), None)
        if tone is None:
            return match.group(0)
        bare = word.replace(tone, "")
        vowels = [i for i, c in enumerate(bare) if c.lower() in "oua"
                  or c.lower() in "ey"]
        if len(vowels) < 2:
            return match.group(0)
        at = vowels[0] if word.index(tone) > vowels[1] else vowels[1]
        return unicodedata.normalize("NFC", bare[:at + 1] + tone + bare[at + 1:])
    return re.sub(r"\b\w*(?:oà|oá|oả|oã|oạ|uỳ|uý|uỷ|uỹ|uỵ|oè|oé|oẻ|oẽ|oẹ|òa|óa|ỏa|õa|ọa|ùy|úy|ủy|ũy|ụy|òe|óe|ỏe|õe|ọe)\b",
                  move, text)


def typos(text, rng, rate=0.05):
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 2 and rng.random() < rate:
            j = rng.randrange(len(w) - 1)
            kind = rng.randrange(3)
            words[i] = (w[:j] + w[j + 1] + w[j] + w[j + 2:]) if kind == 0 else (w[:j] + w[j + 1:]) if kind == 1 \
                else (w[:j] + w[j] + w[j:])
    return " ".join(words)


def synonym_swap(sentences, rng, p):
    replaced = replaceable = 0
    out = []
    for s in sentences:
        for a, b in P.SYNONYMS:
            for src, dst in ((a, b), (b, a)):
                if src in s:
                    replaceable += 1
                    if rng.random() < p:
                        s = s.replace(src, dst, 1)
                        replaced += 1
        out.append(s)
    return out, {"p": p, "replaced": replaced, "replaceable": replaceable}


def clause_reword(sentence, rng):
    for a, b in P.CLAUSE_REWRITES:
        if a in sentence and rng.random() < 0.7:
            sentence = sentence.replace(a, b, 1)
    if ", " in sentence and rng.random() < 0.4:
        head, tail = sentence.rstrip(".").split(", ", 1)
        sentence = tail[0].upper() + tail[1:] + ", " + head[0].lower() + head[1:] + "."
    return sentence


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "data"))
    args = ap.parse_args()
    g = Gen(args.seed)
    rng = g.rng
    docs = []  # dict(id, member, year, sections(list per key), submitted)

    def when(year, after=None):
        if after is not None:
            return after + timedelta(days=rng.randint(1, 30), minutes=rng.randint(0, 600))
        return datetime(year, 1, 5, 1, 0, tzinfo=timezone.utc) + timedelta(days=rng.randint(0, 80), minutes=rng.randint(0, 720))

    for _ in range(ORIGINALS):
        m = g.member()
        year = rng.choice(YEARS)
        docs.append({"id": g.ident("c2-"), "member": m, "year": year, "sections": g.original(m, year),
                     "submitted": when(year)})
    originals = list(docs)
    labels = []
    # A member writes one pledge a year: a source copied by its own author into the next year is taken once (a second
    # self-copy would be a second pledge of one member in one year, which the import rightly rejects).
    self_copied = set()
    for op, count, params in PLAN:
        for _ in range(count):
            src = rng.choice(originals)
            ops = [op]
            op_params = {op: dict(params)}
            sources = [src]
            year = src["year"]
            if op == "SELF_PREVIOUS_YEAR":
                while src["year"] == 2026 or src["id"] in self_copied:
                    src = rng.choice(originals)
                self_copied.add(src["id"])
                sources, year, m = [src], src["year"] + 1, src["member"]
                kind = "SELF_COPY"
            else:
                m = g.member()
                kind = "COPY"
            secs = {k: list(v) for k, v in src["sections"].items()}
            copied = total = 0
            if op == "PARTIAL":
                own = g.original(m, year)
                taken = []
                for k in SECTIONS:
                    for s in secs[k]:
                        taken.append((k, s))
                keep = set(rng.sample(range(len(taken)), max(1, round(params["f"] * len(taken)))))
                for i, (k, s) in enumerate(taken):
                    if i in keep:
                        own[k].insert(rng.randint(0, len(own[k])), s)
                copied = len(keep)
                secs = own
            elif op == "MERGE_TWO_SOURCES":
                other = rng.choice([d for d in rng.sample(originals, 20) if d is not src] or originals)
                sources = [src, other]
                # Half of the copy from each; what share of each source that is varies (30-60% of its sentences).
                share_a, share_b = rng.uniform(0.3, 0.6), rng.uniform(0.3, 0.6)
                taken_a = [(k, s) for k in SECTIONS for s in src["sections"][k]]
                taken_b = [(k, s) for k in SECTIONS for s in other["sections"][k]]
                n = min(round(share_a * len(taken_a)), round(share_b * len(taken_b)))
                keep_a = set(rng.sample(range(len(taken_a)), n))
                keep_b = set(rng.sample(range(len(taken_b)), n))
                secs = {k: [] for k in SECTIONS}
                for kept, taken in ((keep_a, taken_a), (keep_b, taken_b)):
                    for i, (k, s) in enumerate(taken):
                        if i in kept:
                            secs[k].append(s)
                for k in SECTIONS:
                    if not secs[k]:
                        secs[k].append(g.composed(k, m, year))
                op_params[op] = {"sentencesFromEach": n}
                year = max(src["year"], other["year"])
            elif op == "INSERT_DELETE":
                deleted = inserted = 0
                for k in SECTIONS:
                    kept = [s for s in secs[k] if rng.random() > 0.15 or len(secs[k]) < 2]
                    deleted += len(secs[k]) - len(kept)
                    if rng.random() < 0.4:
                        kept.insert(rng.randint(0, len(kept)), g.composed(k, m, year))
                        inserted += 1
                    secs[k] = kept
                op_params[op] = {"deleted": deleted, "inserted": inserted}
            elif op == "SELF_PREVIOUS_YEAR":
                for k in SECTIONS:
                    secs[k] = [s.replace(str(year - 1), str(year)).replace(str(year - 2), str(year - 1)) for s in secs[k]]
                    if rng.random() < 0.3:
                        secs[k][rng.randrange(len(secs[k]))] = g.composed(k, m, year)
            elif op == "CLAUSE_REWORD":
                secs = {k: [clause_reword(s, rng) for s in v] for k, v in secs.items()}
            if op not in ("PARTIAL",):
                total = sum(len(v) for v in secs.values())
                copied = total
            # A second, surface operation on a third of the copies.
            extra = rng.choice(SURFACE) if rng.random() < 0.33 and op not in SURFACE else None
            for o in [op, extra] if extra else [op]:
                if o == "SENTENCE_SHUFFLE":
                    for k in SECTIONS:
                        rng.shuffle(secs[k])
                elif o == "SYNONYM_SWAP":
                    p = round(rng.choice([0.2, 0.35, 0.5]), 2)
                    for k in SECTIONS:
                        secs[k], stats = synonym_swap(secs[k], rng, p)
                    op_params[o] = {"p": p}
                elif o == "TYPOS":
                    secs = {k: [typos(s, rng) for s in v] for k, v in secs.items()}
                    op_params.setdefault(o, {})
            if extra:
                ops.append(extra)
                op_params.setdefault(extra, {})
            total = sum(len(v) for v in secs.values())
            after = max(s["submitted"] for s in sources)
            submitted = when(year, after) if rng.random() < 0.85 else when(year, after - timedelta(days=45))
            doc = {"id": g.ident("c2-"), "member": m, "year": year, "sections": secs, "submitted": submitted,
                   "surface": [o for o in ops if o in ("NO_DIACRITICS", "NFD", "OLD_TONE")]}
            docs.append(doc)
            labels.append({"copyId": doc["id"], "sourceIds": [s["id"] for s in sources], "kind": kind, "ops": ops,
                           "opParams": op_params, "copiedFraction": round(min(1.0, copied / max(1, total)), 3)})
    rng.shuffle(docs)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "dev-pledges.jsonl"), "w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps(render(d, rng), ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "dev-labels.jsonl"), "w", encoding="utf-8") as out:
        for l in labels:
            out.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"{len(docs)} pledges ({len(docs) - len(labels)} originals, {len(labels)} copies) in {args.out}")


def render(d, rng):
    m, year = d["member"], d["year"]
    sections = {}
    for k in SECTIONS:
        text = " ".join(d["sections"][k])
        for o in d.get("surface", []):
            text = strip(text) if o == "NO_DIACRITICS" else unicodedata.normalize("NFD", text) if o == "NFD" else old_tone(text)
        sections[k] = text
    title, code, duties, _ = m["position"]
    line = {"id": d["id"], "year": year, "memberId": m["memberId"], "branchId": m["branchId"],
            "committeeId": m["committeeId"], "templateKind": "PARTY_MEMBER",
            "title": f"BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN VÀ LÀM THEO GƯƠNG BÁC NĂM {year}",
            "header": {"fullName": m["fullName"], "birthYear": m["birthYear"], "position": title,
                       "positionCode": code, "assignedDuties": duties, "branchName": f"Chi bộ ấp {m['hamlet']}",
                       "committeeName": f"Đảng bộ xã {m['commune']}"},
            "headings": {k: HEADINGS[k].format(year=year, prev=year - 1) for k in SECTIONS},
            "sections": sections}
    if rng.random() < 0.9:
        line["submittedAt"] = d["submitted"].strftime("%Y-%m-%dT%H:%M:%SZ")
    return line


if __name__ == "__main__":
    main()

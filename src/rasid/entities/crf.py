"""A CRF named-entity tagger (sklearn-crfsuite) for names neither the KB nor the rules know.

Trained on any CoNLL-format Arabic NER corpus (``token TAG`` per line, blank line between
sentences, BIO tags such as ANERcorp's ``B-PERS``/``I-ORG``; learned as BILOU). Features: the word and
its clitic-stripped stem, affixes of both, shape, the wordfreq frequency band, membership in the KB
alias index, the given-name lexicons (plus ``data/crf_given_names.txt``) and the title/head lists, the
role of the word in a registry package's person-name index and the full names of that index it lies in
(:func:`rasid.entities.lexicon.registry_names`), a jack-knifed training-corpus gazetteer (word type, name position, multi-word names as BIO spans), and
the same for the neighbours (±2, stems and cues ±3); quotes and a bracketed country after the word;
the KB/rule span each word lies in (with BIO position); and document context: the span types the same
word got within :data:`DOC_WINDOW` sentences, and whether it follows a title there.
Text is tagged a document at a time (:meth:`NERModel.tag_doc`) so that context is available.

At analysis time the model is used only when a model file exists (``RASID_NER_MODEL`` or
``~/.cache/rasid/ner.crfsuite``); its spans are added under the KB and rule mentions.
"""

from __future__ import annotations

import bisect
import math
import os
import pickle
import stat
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rasid.arabic import normalize
from rasid.entities.kb import KB, load_kb
from rasid.entities.lexicon import lexicon, registry_full_names, registry_names, zipf
from rasid.entities.tokens import GAP_HARD, Word, clitic_forms

#: ANERcorp-style tags → rasid entity types (MISC has no rasid type and is not emitted)
TAG_TYPES = {"PERS": "PERSON", "PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "GPE", "GPE": "GPE"}
DEFAULT_MODEL = Path.home() / ".cache" / "rasid" / "ner.crfsuite"

Sentence = list[tuple[str, str]]


def read_conll(path: str | Path) -> list[Sentence]:
    """Sentences of ``(token, tag)`` from a CoNLL-style file (extra columns: first and last are used)."""
    sents: list[Sentence] = []
    cur: Sentence = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        if len(parts) == 1:
            parts = [parts[0], "O"]
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


@cache
def _gazetteer(kb_key: int) -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """Words of KB aliases: first words, other words, and the type of single-word aliases."""
    kb = _KBS[kb_key]
    first: set[str] = set()
    inner: set[str] = set()
    single: dict[str, str] = {}
    for alias, ids in kb.alias_index.items():
        toks = alias.split()
        if not toks:
            continue
        typ = kb.entries[ids[0]].type
        first.add(toks[0])
        inner.update(toks[1:])
        if len(toks) == 1:
            single.setdefault(toks[0], typ)
            if toks[0].startswith("ال"):
                single.setdefault(toks[0][2:], typ)
    return frozenset(first), frozenset(inner), single


_KBS: dict[int, KB] = {}


#: sentences on each side whose KB/rule spans inform a token (document context feature)
DOC_WINDOW = 15
#: words more frequent than this (zipf) get no document context feature
DOC_MAX_ZIPF = 4.5
#: registry dictionary names at least this frequent (zipf) are also common words (feature value suffix 'c')
PKG_COMMON_ZIPF = 4.0


def _shape(tok: str) -> str:
    """Coarse word shape: Latin capitalised / Latin / digits / Arabic / other (IBM, Apple in Arabic text)."""
    if tok.isascii() and tok.isalpha():
        return "Lu" if tok[:1].isupper() else "l"
    if any(c.isdigit() for c in tok):
        return "d"
    return "a" if any(c.isalpha() for c in tok) else "p"


@cache
def _extra_given() -> dict[str, bool]:
    """CRF-only given names (``data/crf_given_names.txt``): normalised name → strong (True) / weak (False)."""
    path = Path(__file__).resolve().parent.parent / "data" / "crf_given_names.txt"
    out: dict[str, bool] = {}
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for w in line.split():
            out[normalize(w.rstrip("!"))] = not w.endswith("!")
    return out


_QUOTES = frozenset('"«»“”')


def _quoted(toks: list[str]) -> list[bool]:
    """Per token: between two quote marks of the sentence (titles, products, programmes)."""
    out = [False] * len(toks)
    marks = [i for i, t in enumerate(toks) if t in _QUOTES]
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        if b - a <= 8:
            for k in range(a + 1, b):
                out[k] = True
    return out


def _band(z: float) -> str:
    return str(int(math.floor(z))) if z > 0 else "rare"


class Featurizer:
    """Token features; cached per word form because corpora repeat words a lot."""

    def __init__(self, kb: KB | None = None, gazetteer: dict[str, str] | None = None) -> None:
        kb = kb or load_kb()
        #: word → entity type it mostly carries in the training corpus (learned by :func:`train`)
        self.gazetteer = gazetteer or {}
        _KBS[id(kb)] = kb
        self.first, self.inner, self.single = _gazetteer(id(kb))
        self.kb = kb
        self.lex = lexicon()
        self._cache: dict[str, dict[str, Any]] = {}
        self._phrase_max = max((k.count(" ") + 1 for k in self.gazetteer), default=1)
        self._finder: Any = None
        #: person-name words of registry packages' name dictionaries (word → g/s) and their full names
        self.pkg_names = registry_names()
        self.pkg_full = registry_full_names()

    def word_feats(self, tok: str) -> dict[str, Any]:
        f = self._cache.get(tok)
        if f is not None:
            return f
        n = normalize(tok)
        forms, plen = clitic_forms(n)
        bare = forms[-1]
        stem = bare[2:] if bare.startswith("ال") and len(bare) > 4 else bare
        lex = self.lex
        f = {
            "w": n, "stem": stem, "p2": n[:2], "p3": n[:3], "s2": n[-2:], "s3": n[-3:], "len": min(len(n), 8),
            "al": bare.startswith("ال"), "clitic": plen > 0, "digit": n.isdigit(), "latin": tok.isascii() and tok.isalpha(),
            "punct": not any(c.isalnum() for c in tok), "band": _band(zipf(n)), "bandstem": _band(zipf(bare)),
            "given": n in lex.given_strong or bare in lex.given_strong or _extra_given().get(bare) is True,
            "gweak": n in lex.given_weak or _extra_given().get(bare) is False,
            # where the word stands in training-corpus names: mostly first (جورج) or inside/last (بوش)
            "trainpos": self.gazetteer.get("<" + n, "-"),
            "title": any(x in lex.person_titles for x in forms), "orghead": any(x in lex.org_heads for x in forms),
            "placehead": any(x in lex.place_heads for x in forms),
            "stop": n in lex.stop_words, "nat": self.kb.nationality_of(n) is not None,
            "kbfirst": bare in self.first or n in self.first, "kbinner": bare in self.inner or n in self.inner,
            "kbtype": self.single.get(bare) or self.single.get(n) or "-",
            "p4": n[:4], "s4": n[-4:], "traintype": self.gazetteer.get(n, "-"),
            # the training type of the clitic-stripped forms (لسولانا → سولانا)
            "ttstem": self.gazetteer.get(bare) or self.gazetteer.get(stem) or "-",
            # affixes of the clitic-stripped stem (وبوش → بوش): names keep their shape under clitics
            "sp2": stem[:2], "sp3": stem[:3], "ss2": stem[-2:], "ss3": stem[-3:],
            "shape": _shape(tok), "_bare": bare,
            # role in the registry name dictionaries (g given, s family name), 'c' when also a common word
            "pkg": self._pkg_role(forms),
            # words that may carry document context: not function words, not frequent common words
            "doc_ok": len(stem) >= 3 and zipf(bare) < DOC_MAX_ZIPF and n not in lex.stop_words,
        }
        self._cache[tok] = f
        return f

    def _pkg_role(self, forms: tuple[str, ...]) -> str:
        """Role of the word (or its first clitic-stripped form found) in the registry name dictionaries.

        Words the KB knows as a place or an organisation (لبنان, باريس are also given names there) and
        nationality adjectives get none: the dictionaries would only blur what the KB features say."""
        for x in forms:
            role = self.pkg_names.get(x)
            if role is None:
                continue
            kbt = self.single.get(x)
            if (kbt is not None and kbt != "PERSON") or self.kb.nationality_of(x) is not None:
                return "-"
            return role + "c" if zipf(x) >= PKG_COMMON_ZIPF else role
        return "-"

    def pkg_full_feats(self, base: list[dict[str, Any]]) -> list[str]:
        """Per token: ``B``/``I`` inside a full name of the registry name index (2-4 words), else ``O``."""
        full = self.pkg_full
        tags = ["O"] * len(base)
        if not full:
            return tags
        n = len(base)
        i = 0
        while i < n:
            hit = 0
            for ln in range(min(4, n - i), 1, -1):
                rest = " ".join(base[k]["w"] for k in range(i + 1, i + ln))
                if base[i]["w"] + " " + rest in full or base[i]["_bare"] + " " + rest in full:
                    hit = ln
                    break
            if hit:
                tags[i] = "B"
                for k in range(i + 1, i + hit):
                    tags[k] = "I"
                i += hit
            else:
                i += 1
        return tags

    def span_feats(self, toks: list[str]) -> list[str]:
        """Per token: the KB-match or rule-match it lies in (``B-ORG``, ``I-PERSON`` ...) or ``O``.

        The stage's own matcher and name finder, run over the sentence, become CRF features: the
        CRF learns how far to trust them instead of re-learning clitics, titles and head words.
        """
        from rasid.entities.matcher import matcher
        from rasid.entities.namefinder import NameFinder
        from rasid.entities.tokens import words

        text = " ".join(toks)
        starts = []
        pos = 0
        for t in toks:
            starts.append(pos)
            pos += len(t) + 1
        tags = ["O"] * len(toks)

        def mark(start: int, end: int, typ: str, src: str) -> None:
            first = True
            for k, st in enumerate(starts):
                if start <= st < end or (st < start < st + len(toks[k])):
                    if tags[k] == "O":
                        tags[k] = f"{src}{'B' if first else 'I'}-{typ}"
                    first = False

        for m in matcher(self.kb).find(text):
            e = self.kb.entries[m.ids[0]]
            mark(m.start, m.end, e.type, "kb")
        ws = words(text)
        covered = [tags[max(bisect.bisect_right(starts, w.start) - 1, 0)] != "O" for w in ws]
        if self._finder is None:
            self._finder = NameFinder(self.kb, self.lex)
        nf = self._finder
        for f in nf.persons(ws, covered) + nf.orgs(ws, covered) + nf.places(ws, covered):
            mark(ws[f.i].start, ws[f.j - 1].end, f.type, "rule")
        return tags

    def doc_feats(self, sents: list[list[str]]) -> list[list[dict[str, Any]]]:
        """Features of consecutive sentences of one text, with document context.

        Names repeat: ``ياسر عرفات`` found by the rules (a given name) or the KB in one sentence makes
        a later bare ``عرفات`` likely a person too. For every token we add the entity types that the
        KB/rule spans gave the same word within :data:`DOC_WINDOW` sentences (``doc:PERSON``), and
        whether the word follows a person title anywhere in that window (``doc:titled``).
        """
        spans = [self.span_feats(t) for t in sents]
        bases = [[self.word_feats(t) for t in toks] for toks in sents]
        typed: list[dict[str, set[str]]] = []
        titled: list[set[str]] = []
        for base, sp in zip(bases, spans, strict=True):
            seen: dict[str, set[str]] = {}
            tt: set[str] = set()
            for i, (f, tag) in enumerate(zip(base, sp, strict=True)):
                if f["doc_ok"]:
                    if tag != "O":
                        seen.setdefault(f["stem"], set()).add(tag.split("-", 1)[1])
                    if i > 0 and base[i - 1]["title"]:
                        tt.add(f["stem"])
            typed.append(seen)
            titled.append(tt)
        out = []
        n = len(sents)
        for si, toks in enumerate(sents):
            lo, hi = max(0, si - DOC_WINDOW), min(n, si + DOC_WINDOW + 1)
            feats = self.sent_feats(toks, spans[si], bases[si])
            for f, d in zip(bases[si], feats, strict=True):
                if not f["doc_ok"]:
                    continue
                st = f["stem"]
                types: set[str] = set()
                for k in range(lo, hi):
                    types |= typed[k].get(st, set())
                    if st in titled[k]:
                        d["doc:titled"] = True
                for t in types:
                    d["doc:" + t] = True
            out.append(feats)
        return out

    def phrase_feats(self, base: list[dict[str, Any]]) -> list[str]:
        """Per token: the multi-word training-corpus entity it lies in (``B-ORG``, ``I-ORG``) or ``O``.

        Longest match first; the first word may carry clitics (وأولمبيك آسفي)."""
        gz = self.gazetteer
        maxlen = self._phrase_max
        tags = ["O"] * len(base)
        i = 0
        n = len(base)
        while i < n:
            hit = 0
            typ = ""
            for ln in range(min(maxlen, n - i), 1, -1):
                rest = " ".join(base[k]["w"] for k in range(i + 1, i + ln))
                for first in (base[i]["w"], base[i]["_bare"]):
                    t = gz.get(first + " " + rest)
                    if t:
                        hit, typ = ln, t
                        break
                if hit:
                    break
            if hit:
                tags[i] = "B-" + typ
                for k in range(i + 1, i + hit):
                    tags[k] = "I-" + typ
                i += hit
            else:
                i += 1
        return tags

    def sent_feats(self, toks: list[str], spans: list[str] | None = None,
                   base: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
        base = base if base is not None else [self.word_feats(t) for t in toks]
        spans = spans if spans is not None else self.span_feats(toks)
        out = []
        tph = self.phrase_feats(base)
        pfull = self.pkg_full_feats(base)
        quoted = _quoted(toks)
        for i, f in enumerate(base):
            d: dict[str, Any] = {"bias": 1.0, "span": spans[i], "tph": tph[i], "quoted": quoted[i], "first": i == 0,
                                "pkgfull": pfull[i]}
            # a name followed by a country in brackets: a club or a company (برشلونة ( إسبانيا ))
            if i + 2 < len(base) and toks[i + 1] == "(":
                d["paren:kbtype"] = base[i + 2]["kbtype"]
                d["paren:nat"] = base[i + 2]["nat"]
            if i > 0:
                d["-1:span"] = spans[i - 1]
            if i + 1 < len(base):
                d["+1:span"] = spans[i + 1]
            for k, v in f.items():
                if k[0] != "_":
                    d[k] = v
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < len(base):
                    g = base[j]
                    p = f"{off}:"
                    d[p + "w"] = g["w"]
                    d[p + "stem"] = g["stem"]
                    for k in ("title", "given", "orghead", "placehead", "nat", "kbfirst", "kbinner", "kbtype",
                              "band", "punct", "al", "stop", "traintype", "trainpos", "ttstem", "pkg"):
                        d[p + k] = g[k]
                else:
                    d[f"{off}:pad"] = True
            for off in (-3, 3):  # a wider window of stems and name cues (الرئيس الفلسطيني ياسر عرفات)
                j = i + off
                if 0 <= j < len(base):
                    d[f"{off}:stem"] = base[j]["stem"]
                    d[f"{off}:given"] = base[j]["given"]
                    d[f"{off}:title"] = base[j]["title"]
            if i > 0:
                d["bigram-1"] = base[i - 1]["w"] + "|" + f["w"]
                d["stembigram-1"] = base[i - 1]["stem"] + "|" + f["stem"]
            if i + 1 < len(base):
                d["bigram+1"] = f["w"] + "|" + base[i + 1]["w"]
            out.append(d)
        return out


@dataclass
class NERModel:
    """A trained CRF plus the information needed to use it."""

    crf: Any
    featurizer: Featurizer

    def tag(self, toks: list[str]) -> list[str]:
        if not toks:
            return []
        return to_bio(self.crf.predict_single(self.featurizer.sent_feats(toks)))

    def tag_doc(self, sents: list[list[str]]) -> list[list[str]]:
        """Tags of consecutive sentences of one text (with document context features)."""
        if not sents:
            return []
        feats = self.featurizer.doc_feats(sents)
        tags = [to_bio(self.crf.predict_single(f)) if f else [] for f in feats]
        return propagate([[f["w"] for f in s] for s in feats], tags)

    def spans(self, text: str, ws: list[Word], covered: list[bool]) -> Iterator[tuple[int, int, str]]:
        """(start, end, rasid type) of predicted entities over uncovered words, sentence by sentence."""
        sents: list[list[int]] = []
        sent: list[int] = []
        for k, w in enumerate(ws):
            if w.gap_before == GAP_HARD and sent:
                sents.append(sent)
                sent = []
            sent.append(k)
        if sent:
            sents.append(sent)
        all_tags = self.tag_doc([[ws[k].text for k in idx] for idx in sents])
        for idx, tags in zip(sents, all_tags, strict=True):
            yield from self._spans_of(ws, idx, covered, tags)

    def _spans_of(self, ws: list[Word], idx: list[int], covered: list[bool],
                  tags: list[str]) -> Iterator[tuple[int, int, str]]:
        for (a, b, typ) in bio_spans(tags):
            rtype = TAG_TYPES.get(typ)
            ks = idx[a:b]
            if rtype is None or any(covered[k] for k in ks):
                continue
            yield ws[ks[0]].start, ws[ks[-1]].end, rtype


def propagate(words: list[list[str]], tags: list[list[str]], window: int = DOC_WINDOW) -> list[list[str]]:
    """Label consistency: an entity tagged in one sentence is tagged the same where its words recur untagged
    within ``window`` sentences (a later bare ``عرفات``, a club named again). ``words`` are normalised.

    Single-word entities must be rare words (zipf < :data:`DOC_MAX_ZIPF`, 3+ letters). On dev splits of
    ANERcorp train (either end) this added 0.006 / 0.012 F1 (recall up, precision flat).
    """
    tags = [list(t) for t in tags]
    ents = []
    for si, t in enumerate(tags):
        for a, b, typ in bio_spans(t):
            ws = words[si][a:b]
            if b - a == 1 and (len(ws[0]) < 3 or zipf(ws[0]) >= DOC_MAX_ZIPF):
                continue
            ents.append((si, ws, typ))
    for si0, ws, typ in ents:
        n = len(ws)
        for si in range(max(0, si0 - window), min(len(tags), si0 + window + 1)):
            tw, tt = words[si], tags[si]
            for i in range(len(tw) - n + 1):
                if tw[i] != ws[0] or tw[i:i + n] != ws or any(tt[k] != "O" for k in range(i, i + n)):
                    continue
                if i + n < len(tt) and tt[i + n].startswith("I-"):
                    continue
                tt[i] = "B-" + typ
                for k in range(i + 1, i + n):
                    tt[k] = "I-" + typ
    return tags


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans (start, end, type) from BIO tags, CoNLL style (an I- after O starts an entity)."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    typ = ""
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                out.append((start, i, typ))
                start, typ = None, ""
            if t != "O":
                start, typ = i, t[2:]
    return out


def to_bilou(tags: list[str]) -> list[str]:
    """BIO → BILOU (``U-`` single-word entity, ``L-`` last word): the CRF learns entity ends explicitly."""
    out = ["O"] * len(tags)
    for a, b, typ in bio_spans(tags):
        if b - a == 1:
            out[a] = "U-" + typ
            continue
        out[a] = "B-" + typ
        for k in range(a + 1, b - 1):
            out[k] = "I-" + typ
        out[b - 1] = "L-" + typ
    return out


def to_bio(tags: Iterable[str]) -> list[str]:
    """BILOU (or BIO) → BIO."""
    return ["B-" + t[2:] if t[:2] == "U-" else "I-" + t[2:] if t[:2] == "L-" else t for t in tags]


#: consecutive parts of the training corpus for the jack-knifed training gazetteer (see :func:`train`)
JACKKNIFE_FOLDS = 4


def train(sentences: list[Sentence], *, max_iterations: int = 100, c1: float = 0.5, c2: float = 0.1,
          kb: KB | None = None) -> NERModel:
    """Fit a CRF (L-BFGS) on CoNLL sentences, with BILOU tags (predictions are turned back into BIO).

    Strong L1 (``c1``): on ANERcorp's sequential split (test text unlike the training text) sparser
    models generalise better — c1 0.01/0.05/0.2/0.5/1.0 gave F1 0.678/0.688/0.694/0.697/0.682 at 50
    iterations. On a dev split (last 15% of train.txt, 100 iterations): c2 0.01 → 0.1 +0.005,
    BIO → BILOU +0.009, c1 0.2/0.5/1.0 0.698/0.703/0.691, 200 iterations no better than 100.
    Tried on dev and left out (within ±0.004 or worse): two-stage stacking of 3-fold first-stage predictions
    aggregated over the document (+0.003 at twice the training time), KB-name substitution copies of 15% of
    the sentences (-0.004), topic-cue features (sport/economy), an arramooz dictionary feature, posterior
    decoding with a down-weighted O label, feature min_freq 2 (+0.007 on one dev end, -0.012 on the other).
    Kept: the registry person-name index features (``pkg``, ``pkgfull``): dev F1 +0.009 (PERS +0.026), the
    other dev end -0.007 but +0.005 without the one document whose place name (بلنسية) propagation lost;
    arabnamer's foreign-name list on top gave +0.003 on dev (left out: it drags in xgboost).
    """
    import sklearn_crfsuite

    # jack-knifed training-corpus gazetteer: each of JACKKNIFE_FOLDS consecutive parts is featurised with
    # the gazetteer of the other parts, so the feature is about as informative in training as it will be
    # on unseen text (4 parts rather than halves: dev F1 +0.004 / +0.001 on the two dev ends of ANERcorp train)
    k_parts = min(JACKKNIFE_FOLDS, len(sentences) // 50)
    n = len(sentences)
    parts = ([sentences[n * k // k_parts:n * (k + 1) // k_parts] for k in range(k_parts)] if k_parts >= 2
             else [sentences])
    x = []
    for k, part in enumerate(parts):
        other = [s for j, p in enumerate(parts) if j != k for s in p] if len(parts) > 1 else part
        fzk = Featurizer(kb, training_gazetteer(other))
        x += fzk.doc_feats([[t for t, _ in s] for s in part])
    fz = Featurizer(kb, training_gazetteer(sentences))
    y = [to_bilou([tag for _, tag in s]) for s in sentences]
    crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=c1, c2=c2, max_iterations=max_iterations,
                               all_possible_transitions=True)
    crf.fit(x, y)
    return NERModel(crf, fz)


def training_gazetteer(sentences: list[Sentence], min_count: int = 2, min_share: float = 0.5) -> dict[str, str]:
    """Words tagged as one entity type in most of their training occurrences (``word → type``).

    A standard CRF feature: the model sees "this word is usually a person" for words whose identity
    weight L1 regularisation would otherwise drop, and it transfers to unseen contexts. The same dict
    also holds ``"<word" → "B"/"I"`` (the word mostly starts / continues multi-word names) and
    multi-word entities (``"word word" → type``, the first word without clitics) for
    :meth:`Featurizer.phrase_feats`.
    """
    from collections import Counter, defaultdict

    total: Counter[str] = Counter()
    typed: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sentences:
        for tok, tag in sent:
            n = normalize(tok)
            total[n] += 1
            if tag != "O" and "-" in tag:
                typed[n][tag.split("-", 1)[1]] += 1
    out = {}
    for w, c in typed.items():
        typ, k = c.most_common(1)[0]
        if k >= min_count and k / total[w] >= min_share:
            out[w] = typ
    # position in multi-word training names (``<word`` → B or I), for words seen at least twice in names
    pos: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sentences:
        for a, b, _typ in bio_spans([t for _, t in sent]):
            if b - a >= 2:
                for k in range(a, b):
                    pos[normalize(sent[k][0])]["B" if k == a else "I"] += 1
    for w, c in pos.items():
        p, k = c.most_common(1)[0]
        if k >= 2 and k >= 0.7 * sum(c.values()):
            out["<" + w] = p
    # multi-word entities, keyed by their normalised words joined by spaces (never a word key)
    phrases: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sentences:
        for a, b, typ in bio_spans([t for _, t in sent]):
            if b - a >= 2:
                ws = [normalize(t) for t, _ in sent[a:b]]
                ws[0] = clitic_forms(ws[0])[0][-1]
                phrases[" ".join(ws)][typ] += 1
    for ph, c in phrases.items():
        out[ph] = c.most_common(1)[0][0]
    return out


def evaluate(model: NERModel, sentences: list[Sentence]) -> dict[str, dict[str, float]]:
    """CoNLL entity-level precision/recall/F1, overall (micro) and per type."""
    gold = [[tag for _, tag in s] for s in sentences]
    pred = model.tag_doc([[t for t, _ in s] for s in sentences])
    return conll_scores(gold, pred)


def conll_scores(gold: Iterable[list[str]], pred: Iterable[list[str]]) -> dict[str, dict[str, float]]:
    from collections import Counter

    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs = set(bio_spans(g))
        ps = set(bio_spans(p))
        for s in ps:
            (tp if s in gs else fp)[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    out: dict[str, dict[str, float]] = {}
    for typ in sorted(set(tp) | set(fp) | set(fn)):
        out[typ] = _prf(tp[typ], fp[typ], fn[typ])
    out["overall"] = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def save(model: NERModel, path: str | Path) -> None:
    """Pickle the CRF (crfsuite keeps its weights in memory after fitting)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump({"format": 1, "crf": model.crf, "gazetteer": model.featurizer.gazetteer}, fh)


def load(path: str | Path, kb: KB | None = None) -> NERModel:
    with Path(path).open("rb") as fh:
        data = pickle.load(fh)  # noqa: S301 - a model file the user trained and pointed us at
    if isinstance(data, dict):
        return NERModel(data["crf"], Featurizer(kb, data.get("gazetteer")))
    return NERModel(data, Featurizer(kb))


def model_path() -> Path | None:
    """The model file to use at analysis time, if any."""
    found = _model_file()
    return found[0] if found else None


#: seconds a model-file look-up is trusted: a stat per article costs ~1 % of the whole analysis, and a
#: model trained or replaced while a server runs is still picked up within a second
_LOOKUP_TTL = 1.0
#: RASID_NER_MODEL value → (monotonic time of the look-up, (path, mtime) or None)
_LOOKUPS: dict[str | None, tuple[float, tuple[Path, float] | None]] = {}


def _model_file() -> tuple[Path, float] | None:
    env = os.environ.get("RASID_NER_MODEL")
    now = time.monotonic()
    cached = _LOOKUPS.get(env)
    if cached is not None and now - cached[0] < _LOOKUP_TTL:
        return cached[1]
    path = (Path(env) if env else None) if env is not None else DEFAULT_MODEL
    found: tuple[Path, float] | None = None
    if path is not None:
        try:
            st = path.stat()
        except OSError:
            st = None
        if st is not None and stat.S_ISREG(st.st_mode):
            found = (path, st.st_mtime)
    _LOOKUPS[env] = (now, found)
    return found


@cache
def _load_default(path: str, mtime: float) -> NERModel | None:
    try:
        return load(path)
    except (OSError, pickle.UnpicklingError, AttributeError, EOFError):
        return None


def default_model() -> NERModel | None:
    """The analysis-time model (loaded once), or None when no model file exists."""
    found = _model_file()
    if found is None:
        return None
    return _load_default(str(found[0]), found[1])

"""Time the NLP pass (``analyzer.nlp.features.extract``) on many varied chat messages.

The messages are made from the hand-written gold sentences (tests/nlp/gold/ for English,
tests/langgold/<code>/ for another language), combined one or two at a time, with random names,
times, typos, elongations and emoji, plus a share of short acknowledgements ("ok", "lol", "👍";
for another language, the minimal replies and laughter of its pack) as real chats have. Almost
every text is distinct, so the pass cannot lean on its duplicate-text shortcut more than a real
chat would.

    python benchmarks/nlp.py [--messages 200000] [--n-process auto|1|2] [--seed 1]
                             [--language en]

Target (docs/design.md, section 6): under 15 s for 200k messages on a 2-core machine, memory under
1 GB. ``--n-process`` defaults to "auto", as ``analyze()`` does (2 workers for this many distinct
texts on a 2-CPU machine). Prints the machine load, the blank tokenizer's own time on the same
texts, the pass time, CPU time (this process and workers) and the peak resident memory
(ru_maxrss, this process and the largest worker).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.schema import normalize_messages  # noqa: E402

SHORT = [
    "ok", "k", "lol", "haha", "👍", "😂", "yeah", "sure", "ok cool", "lmao", "❤️", "omg", "nice",
    "yep", "kk",
]  # fmt: skip
NAMES = ["sam", "jo", "alex", "mia", "tom", "priya", "lee", "ana", "ben", "kai", "noor", "eli"]
EMOJI = ["😂", "😭", "❤️", "🙄", "👍", "🥺", "😅", "🤗", "💀", "🔥", "😍", "🙏"]
TAILS = ["", "", "", " lol", " haha", " tbh", " ngl", " rn", "!!", "??", " x", " 😂", " ok?"]


def _gold_files(language: str) -> list[Path]:
    """The gold sets written in ``language`` (LABELS | CONTEXT | MESSAGE lines)."""
    if language == "en":
        return [ROOT / "tests" / "nlp" / "gold" / n for n in ("messages.txt", "heldout.txt")]
    folder = ROOT / "tests" / "langgold" / language
    return sorted(p for p in (folder / "dev.txt", folder / "frozen.txt") if p.exists())


def _sentences(language: str = "en") -> list[str]:
    out = []
    files = _gold_files(language)
    if not files:
        raise SystemExit(f"no gold sentences in {language!r} in the repository")
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                _, context, text = line.split(" | ")
                out.append(text.strip())
                if context.strip() != "-":
                    out.append(context.strip())
    return sorted(set(out))


def _short(language: str) -> list[str]:
    """Short acknowledgements: English's fixed list, or the pack's minimal replies and laughter
    (with the same emoji)."""
    if language == "en":
        return SHORT
    from analyzer.nlp.pack import available, load_pack

    if language not in available():
        return SHORT
    words = load_pack(language).words
    picked = sorted(words["minimal_words"])[:10] + sorted(words["laugh_words"])[:3]
    return picked + ["👍", "😂", "❤️"]


def _vary(rng: random.Random, s: str) -> str:
    words = s.split()
    r = rng.random()
    if r < 0.15 and words:  # elongate a word
        i = rng.randrange(len(words))
        w = words[i]
        if w[-1:].isalpha():
            words[i] = w + w[-1] * rng.randint(2, 4)
    elif r < 0.25 and words:  # drop a letter (typo)
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3:
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1 :]
    elif r < 0.35:
        words.insert(rng.randrange(len(words) + 1), rng.choice(NAMES))
    elif r < 0.45:
        words.append(f"{rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])}")
    if rng.random() < 0.3:
        words = [w.lower() for w in words]
    return " ".join(words)


def make_texts(n: int, seed: int = 1, language: str = "en") -> list[str]:
    rng = random.Random(seed)
    pool = _sentences(language)
    short = _short(language)
    out = []
    for _ in range(n):
        if rng.random() < 0.12:
            out.append(rng.choice(short))
            continue
        k = 1 if rng.random() < 0.6 else 2
        text = " ".join(_vary(rng, rng.choice(pool)) for _ in range(k))
        text += rng.choice(TAILS)
        if rng.random() < 0.15:
            text += " " + rng.choice(EMOJI)
        out.append(text)
    return out


def annotated_frame(texts: list[str]) -> pd.DataFrame:
    n = len(texts)
    rng = np.random.default_rng(0)
    authors = np.where(rng.random(n) < 0.5, "Ana", "Ben")
    ts = pd.Timestamp("2022-01-01") + pd.to_timedelta(np.arange(n) * 90, unit="s")
    msgs = normalize_messages(pd.DataFrame({"timestamp": ts, "author": authors, "text": texts}))
    session = np.arange(n) // 40
    change = np.r_[True, (authors[1:] != authors[:-1]) | (session[1:] != session[:-1])]
    turn = np.cumsum(change) - 1
    return msgs.assign(session_id=session.astype("int64"), turn_id=turn.astype("int64"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--n-process", default="auto", help='"auto" (default) or a worker count')
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--language", default="en", help="language code of the messages (default en)"
    )
    args = parser.parse_args()
    print(f"load average (1, 5, 15 min): {os.getloadavg()}; cpus: {os.cpu_count()}")
    texts = make_texts(args.messages, args.seed, args.language)
    words = sum(len(t.split()) for t in texts)
    print(
        f"{len(texts)} messages, {words} words, {len(set(texts)) / len(texts):.1%} distinct texts"
    )
    ann = annotated_frame(texts)

    import spacy

    from analyzer.nlp import features

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    from analyzer.nlp.pack import available, load_pack

    lang = args.language if args.language in available() else "en"
    if lang != args.language:
        print(f"no language pack for {args.language!r}: its messages are read without one")
    features.build_pipeline(None, lang)  # load the pack (and VADER) once, outside the timing
    tok = spacy.blank(load_pack(lang).spacy_lang)
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in tok.pipe(sorted(set(texts)), batch_size=2000):
        pass
    t_tok, c_tok = time.perf_counter() - t0, time.process_time() - c0
    print(f"blank tokenizer alone over the distinct texts: {t_tok:.1f} s ({c_tok:.1f} s CPU)")
    t0 = time.perf_counter()
    c0 = time.process_time()
    feats = features.extract(ann, n_process=args.n_process)
    t_all = time.perf_counter() - t0
    cpu = time.process_time() - c0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"CPU time: {cpu:.1f} s in this process, {kids.ru_utime + kids.ru_stime:.1f} s in workers"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = features.resolve_processes(args.n_process, len(set(texts)))
    print(
        f"NLP pass (n_process={args.n_process} -> {workers}): {t_all:.1f} s"
        f"  ({len(texts) / t_all:,.0f} messages/s)"
    )
    kid_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"peak RSS: {rss:.0f} MB in this process (before the pass: {rss0:.0f} MB),"
        f" largest worker {kid_rss:.0f} MB"
    )
    f = feats.frame
    print(
        f"language={feats.language} languages={feats.languages} "
        f"lexicon_applied={feats.lexicon_applied} feeling={f['feeling'].mean():.3f} "
        f"question={f['question'].mean():.3f} "
        f"followup={f['followup'].mean():.3f} minimal={f['minimal'].mean():.3f} "
        f"tier>=2={(f['tier'] >= 2).mean():.3f}"
    )
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()

"""Valence against emotion labels on the train splits (never dev): the share of sad rows read
negative and of joyful rows read positive (|valence| > 0.05).

    python -m tests.realtext.valence_sign

GoEmotions train: sadness or grief (and not joy or love) against joy or love (and not sadness or
grief); BRIGHTER English train: sadness without joy against joy without sadness."""

from __future__ import annotations

from analyzer.nlp import components
from analyzer.nlp.features import build_pipeline
from tests.realtext import brighter, goemotions

SAD = frozenset({"sadness", "grief"})
JOY = frozenset({"joy", "love"})


def main() -> None:
    nlp = build_pipeline()
    lexicon = nlp.get_pipe("depth_lexicon").lexicon
    scorer = nlp.get_pipe("chat_valence").scorer

    def val(t: str) -> float:
        return components.analyse_doc(nlp.make_doc(t), t, lexicon, scorer)[-1]

    def report(name: str, sad: list[str], joy: list[str]) -> None:
        sv = [val(t) for t in sad]
        jv = [val(t) for t in joy]
        neg = sum(v < -0.05 for v in sv) / len(sv)
        pos = sum(v > 0.05 for v in sv) / len(sv)
        joy_pos = sum(v > 0.05 for v in jv) / len(jv)
        print(
            f"{name}: sad n={len(sv)} read negative {neg:.4f}, read positive {pos:.4f}, "
            f"mean {sum(sv) / len(sv):+.4f} | joy n={len(jv)} read positive {joy_pos:.4f}, "
            f"mean {sum(jv) / len(jv):+.4f}"
        )

    g = goemotions.load("train")
    report(
        "GoEmotions train",
        g[g.labels.map(lambda s: bool(s & SAD) and not s & JOY)].text.tolist(),
        g[g.labels.map(lambda s: bool(s & JOY) and not s & SAD)].text.tolist(),
    )
    b = brighter.rows("train", "eng")
    report(
        "BRIGHTER eng train",
        b[(b.sadness == 1) & (b.joy == 0)].text.tolist(),
        b[(b.joy == 1) & (b.sadness == 0)].text.tolist(),
    )


if __name__ == "__main__":
    main()

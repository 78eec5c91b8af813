"""Time the PDF's layout with text shaping (a Hindi report), with and without the memo of shaped
text widths (``analyzer.report.pdf_fonts._memoise_shaped_widths``).

    python benchmarks/pdf_shaping.py [--chat sample_chats/hi/android_en_in.txt]
                                     [--report-language hi] [--repeat 3]

Reads and measures the chat, builds the view, the figures and their PNGs once, then renders the
PDF ``--repeat`` times each way, the two ways taking turns, and prints the CPU time of each
render (best first) and whether the two ways gave the same bytes (they must). The machine is
shared: the load average is printed before and after; compare the two ways within one run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--chat", type=Path, default=HERE.parent / "sample_chats/hi/android_en_in.txt"
    )
    parser.add_argument("--report-language", default="hi")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from analyzer.parsers.registry import load_chat
    from analyzer.pipeline import analyze
    from analyzer.report import i18n, pdf_fonts
    from analyzer.report import view as view_module
    from analyzer.report.pdf import figure_png, render_pdf, stand_ins_longest_first

    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    result = analyze(load_chat([args.chat]))
    language = args.report_language
    with i18n.for_chat(language, result.measures.language):
        figures = view_module.figures(result)
        view = view_module.build(result)
        names = stand_ins_longest_first(result)
        pngs = {key: figure_png(fig, names) for key, fig in figures.items()}

    memo = pdf_fonts._memoise_shaped_widths
    ways = {"without the memo": lambda pdf: None, "with the memo": memo}
    times: dict[str, list[float]] = {way: [] for way in ways}
    pdfs: dict[str, bytes] = {}
    try:
        for _ in range(args.repeat):
            for way, setup in ways.items():
                pdf_fonts._memoise_shaped_widths = setup
                t = time.process_time()
                pdfs[way] = render_pdf(
                    result,
                    figures=figures,
                    view=view,
                    png=pngs.__getitem__,
                    report_language=language,
                )
                times[way].append(time.process_time() - t)
    finally:
        pdf_fonts._memoise_shaped_widths = memo
    print(f"{args.chat.name}, report in {language!r}: render_pdf CPU time, best of {args.repeat}")
    for way, secs in times.items():
        print(f"  {way:<17} {min(secs):6.2f} s  ({' '.join(f'{s:.2f}' for s in sorted(secs))})")
    print(f"same bytes: {len(set(pdfs.values())) == 1}")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

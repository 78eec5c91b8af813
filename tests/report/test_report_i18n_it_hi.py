"""The report in Italian and in Hindi, end to end: an Italian chat gets an Italian report and a
Hindi chat a Hindi one in Devanagari, whether the chat is written in Devanagari or in Latin
letters (``--report-language`` left at auto). The catalogue, formatting and plot checks of every
language, Italian and Hindi included, are in test_report_i18n.py."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from tests.report.test_report_i18n import DE_FR_SHOWN, EN_SHOWN, _visible

runner = CliRunner()


# ---------------------------------------------------------------- an Italian and a Hindi chat


@pytest.fixture(scope="module")
def it_hi(tmp_path_factory):
    """``chat-balance report`` (``--report-language`` left at auto) of the hand-written Italian
    chat (tests/report/it_chat.py) and of the Hindi chat in Devanagari and in Latin letters
    (tests/no_pack_chats.py): HTML and JSON of each."""
    from tests.no_pack_chats import write as write_hindi
    from tests.report.it_chat import write as write_italian

    folder = tmp_path_factory.mktemp("it_hi")
    chats = {
        "it": write_italian(folder),
        "hi_deva": write_hindi(folder, "hi_deva"),
        "hi_latn": write_hindi(folder, "hi_latn"),
    }
    out = {}
    for name, chat in chats.items():
        html, js = folder / f"{name}.html", folder / f"{name}.json"
        result = runner.invoke(app, ["report", str(chat), "-o", str(html), "-o", str(js), "-q"])
        assert result.exit_code == 0, result.output
        out[name] = (html.read_text("utf-8"), js.read_text("utf-8"))
    return out


#: Sentences of each report's first page and method section, as a reader sees them; the first
#: is the first finding's lead.
IT_HI_SHOWN = {
    "it": [
        "Sentimenti accolti con una risposta premurosa: la totalità per Ana; per Ben, zero.",
        "Ana 100% su 9 espressioni emotive, Ben 0% su 14 espressioni emotive; sbilanciato quando "
        "le persone differiscono di 30 punti percentuali o più; condividere conta come sicuro "
        "quando almeno 50% trova premura.",
        "Rapporto sull'equilibrio della chat",
        "Ana e Ben · 3 mar 2025 – 10 mag 2025",
        "105 messaggi, 527 parole",
        "L'equilibrio in breve",
        "Conversazioni avviate",
        "pende verso Ana",
        "potrebbe ancora essere equilibrato",
        "Cosa spicca",
        "Ana avvia la parte maggiore delle conversazioni: 63%.",
        "Le risposte arrivano presto: di solito in circa 2 minuti, da entrambe le parti.",
        "I segnali in breve",
        "Qualcuno è dalla tua parte",
        "Lingua del rapporto",
        "Italiano (la lingua della chat)",
    ],
    "hi_deva": [
        # the Hindi pack reads feelings with the verb last ("udaas hoon"): 13 of 17 are Ana's,
        # which now leads what stands out
        "भावनाएँ बाँटने में ज़्यादा हिस्सा Ana का है: लगभग तीन-चौथाई।",
        "सवालों में ज़्यादा हिस्सा Ben का है: लगभग पाँच में से तीन।",
        "Ben 62%, Ana 38% (68 सवालों में से); Ben के लिए संभवतः 53% से 69%; 65% से एकतरफ़ा।",
        "चैट संतुलन रिपोर्ट",
        "Ana और Ben · 3 मार्च 2025 से 10 मई 2025 तक",
        "105 संदेश, 491 शब्द",
        "संतुलन एक नज़र में",
        "शुरू की गई बातचीतें",
        "क्या उभरकर आता है",
        "जवाब जल्दी आते हैं: दोनों ओर से आम तौर पर लगभग 2 मिनट।",
        "संकेत एक नज़र में",
        "कोई आपके साथ खड़ा है",
        "रिपोर्ट की भाषा",
        "हिन्दी (चैट की भाषा)",
    ],
    "hi_latn": [
        "भावनाएँ बाँटने में ज़्यादा हिस्सा Ana का है: लगभग दो-तिहाई।",
        # "thik hai, bread bhi le aana" (five times) is a request, no question: 73 -> 68
        "सवालों में ज़्यादा हिस्सा Ben का है: लगभग पाँच में से तीन।",
        "Ben 62%, Ana 38% (68 सवालों में से); Ben के लिए संभवतः 53% से 69%; 65% से एकतरफ़ा।",
        "चैट संतुलन रिपोर्ट",
        "Ana और Ben · 3 मार्च 2025 से 10 मई 2025 तक",
        "105 संदेश, 483 शब्द",
        "बातचीतें जो हल्की-फुल्की बातों से भावनाओं तक जाती हैं: लगभग आधी।",
        "परवाह भरा जवाब पाने वाली भावनाएँ: Ana के लिए आधे से थोड़ा ज़्यादा; Ben के लिए आधी।",
        # questions about the other are even: "doctor ne kya kaha?" after Ben's visit to the doctor
        # asks about his news (the Hindi pack's "X ne kya kaha", dev3), so Ana asks as many as Ben
        "Ana 50% · Ben 50% · दूसरे के बारे में 18 सवाल; कोई अंतराल नहीं मापा गया",
        "एकतरफ़ा: Ana",
        "रिपोर्ट की भाषा",
        "हिन्दी (चैट की भाषा)",
    ],
}


@pytest.mark.parametrize("name", ["it", "hi_deva", "hi_latn"])
def test_auto_gives_italian_and_hindi(it_hi, name):
    """An Italian chat gets an Italian report; a Hindi chat gets a Hindi report in Devanagari,
    whichever script the chat is written in."""
    import json

    page, js = it_hi[name]
    shown = _visible(page)
    assert [s for s in IT_HI_SHOWN[name] if s not in shown] == []
    assert f'<html lang="{name[:2]}">' in page
    assert [s for s in EN_SHOWN if s in shown] == []
    others = [s for other in ("de", "fr") for s in DE_FR_SHOWN[other]]
    others += IT_HI_SHOWN["hi_deva" if name == "it" else "it"]
    assert [s for s in others if s in shown] == []
    assert json.loads(js)["stands_out"][0]["lead"] == IT_HI_SHOWN[name][0]

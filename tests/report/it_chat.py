"""An Italian chat for the report in Italian (``--report-language auto`` picks Italian now that
it has a pack and a catalogue). Written by hand for these tests (our own lines, no source): eight
everyday conversations between Ana and Ben, with greetings, errands, a football evening, feelings
said outright and worries met with care, played on the timeline of :mod:`tests.no_pack_chats`
(35 conversations, 210 messages, 105 each). The Hindi chats of the same tests are
:data:`tests.no_pack_chats.HINDI` (Devanagari and Latin letters).
"""

from __future__ import annotations

from pathlib import Path

from tests.no_pack_chats import A, B, play

IT = (
    ((A, "ciao amore, come stai?"), (B, "bene, e tu?"),
     (A, "sono stanca, la giornata è stata pesante"), (B, "oh no... vuoi parlarne?"),
     (A, "più tardi, adesso devo dormire"), (B, "va bene, dormi bene ❤️")),
    ((A, "hai visto la partita ieri?"), (B, "sì!! che gol ahah"),
     (A, "l'arbitro era un disastro"), (B, "non me ne parlare, ero così arrabbiato"),
     (A, "sabato giocano di nuovo, vieni da me?"), (B, "certo, porto io la birra")),
    ((B, "mi manchi tantissimo"), (A, "anche tu, la settimana prossima ci vediamo"),
     (B, "conto i giorni"), (A, "ho paura del colloquio di domani"),
     (B, "andrà bene, io ci sono per te"), (A, "grazie, davvero")),
    ((A, "hai comprato il pane?"), (B, "dimenticato 🤦"), (A, "sul serio? di nuovo?"),
     (B, "scusa, passo subito dal fornaio"), (A, "ok"), (B, "arrivo tra 10 minuti")),
    ((B, "com'è andata dalla dottoressa?"), (A, "bene, dice che non è niente di grave"),
     (B, "che sollievo! sono stato in pensiero tutto il giorno"),
     (A, "ahah rilassati, va tutto bene"), (B, "dimmi se ti serve qualcosa"),
     (A, "promesso")),
    ((A, "oggi il mio capo mi ha urlato contro davanti a tutti"),
     (B, "ma è assurdo, cosa ti ha detto?"), (A, "che non sto mai attenta"),
     (B, "non è vero, lavori tantissimo"), (A, "mi sono sentita umiliata"),
     (B, "mi dispiace, vuoi che passo da te dopo il lavoro?")),
    ((B, "buongiorno ☀️"), (A, "buongiornooo"), (B, "hai dormito bene?"),
     (A, "così così, mi sono svegliata un paio di volte"),
     (B, "oggi prenditi un caffè bello forte ahah"), (A, "ne ho già bevuti due ahah")),
    ((A, "domenica andiamo al compleanno di carla?"), (B, "a che ora?"),
     (A, "alle quattro, da sua madre"), (B, "perfetto, il regalo lo prendo io"),
     (A, "perfetto, ti amo"), (B, "anch'io ti amo")),
)  # fmt: skip


def write(folder: Path) -> Path:
    path = folder / "WhatsApp Chat with Ben (it).txt"
    path.write_text("\n".join(play(IT)) + "\n", encoding="utf-8")
    return path

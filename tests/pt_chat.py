"""A Brazilian Portuguese chat for end-to-end tests of a language that is read (the report in
Portuguese, the Portuguese pack in the whole pipeline). Written by hand (our own lines, no
source): the eight everyday conversations between Ana and Ben that stood for "a language without
a pack" before Portuguese had one, played on the timeline of :mod:`tests.no_pack_chats` (35
conversations, 210 messages, 105 each).
"""

from __future__ import annotations

from pathlib import Path

from tests.no_pack_chats import A, B, play

PT = (
    ((A, "oi amor, tudo bem?"), (B, "tudo sim e vc?"), (A, "to cansada, o dia foi puxado"),
     (B, "imagina... quer conversar sobre isso?"), (A, "depois te conto, agora preciso dormir"),
     (B, "tá bom, dorme bem ❤️")),
    ((A, "vc viu o jogo ontem?"), (B, "vi!! que golaço kkkkk"), (A, "o juiz roubou demais"),
     (B, "nem fala, fiquei puto"), (A, "sábado tem de novo, vem assistir aqui?"),
     (B, "bora, levo a cerveja")),
    ((B, "sinto muita falta de você"), (A, "eu também, semana que vem a gente se vê"),
     (B, "tô contando os dias"), (A, "tenho medo da entrevista de amanhã"),
     (B, "vai dar tudo certo, estou aqui para você"), (A, "obrigada, de verdade")),
    ((A, "comprou o pão?"), (B, "esqueci 🤦"), (A, "sério? de novo?"),
     (B, "desculpa, passo na padaria agora"), (A, "ok"), (B, "chego em 10 min")),
    ((B, "como foi a consulta com a médica?"), (A, "foi bem, ela disse que não é nada grave"),
     (B, "que alívio! fiquei preocupado o dia todo"), (A, "rsrs relaxa, tá tudo certo"),
     (B, "me avisa se precisar de alguma coisa"), (A, "pode deixar")),
    ((A, "hoje minha chefe brigou comigo na frente de todo mundo"),
     (B, "que absurdo, o que ela falou?"), (A, "que eu não presto atenção em nada"),
     (B, "isso não é verdade, você trabalha demais"), (A, "me senti humilhada"),
     (B, "sinto muito, quer que eu passe aí depois do trabalho?")),
    ((B, "bom dia ☀️"), (A, "bom diaaa"), (B, "dormiu bem?"),
     (A, "mais ou menos, acordei várias vezes"), (B, "toma um café forte hoje haha"),
     (A, "já tomei dois kkk")),
    ((A, "vamos no aniversário da Carla no domingo?"), (B, "que horas?"),
     (A, "às quatro, na casa da mãe dela"), (B, "pode ser, eu levo o presente"),
     (A, "perfeito, te amo"), (B, "também te amo")),
)  # fmt: skip


def write(folder: Path) -> Path:
    path = folder / "WhatsApp Chat with Ben (pt).txt"
    path.write_text("\n".join(play(PT)) + "\n", encoding="utf-8")
    return path

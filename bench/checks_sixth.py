"""A sixth held-out set (issue 9, fifth pass), committed BEFORE any rule of this pass and never used to
tune one (its misses are not read while writing rules; report them as "held out, never tuned"):

* a new small language group no earlier set had (is, sq, mk, bg, hy, mn, ne, si, my, te, ml, uz, so, cy,
  eu, ca): "read also" teasers, follow prompts and newsletter sign-ups in each;
* three defect kinds no earlier pass planted: an audio-player widget line at the body's start ("Listen to
  this article 4 min", in several languages), a location + timestamp dateline line at the start
  ("BERLIN, 12.03.2020 14:35"), and a photo-gallery counter line in the middle ("Photo 3 of 12").
"""

from __future__ import annotations

from checks_defects import _BOILERPLATE, Defect, Rotated, braced, language_set, line_at

SIXTH_LINES = (
    "Lestu einnig: Ríkisstjórnin kynnti ný fjárlög fyrir næsta ár",
    "Lexoni edhe: Qeveria miratoi buxhetin e ri për vitin e ardhshëm",
    "Прочитајте и: Владата донесе нов закон за образованието",
    "Прочетете още: Парламентът прие новия бюджет за следващата година",
    "Կարդացեք նաև: Երևանում բացվել է նոր մանկական հիվանդանոց",
    "Мөн уншаарай: Улаанбаатарт шинэ гүүр ашиглалтад орлоо",
    "यो पनि पढ्नुहोस्: काठमाडौंमा नयाँ अस्पताल सञ्चालनमा",
    "මෙයත් කියවන්න: කොළඹ නව රෝහලක් විවෘත කෙරේ",
    "ဆက်စပ်သတင်း: ရန်ကုန်တွင် မိုးသည်းထန်စွာ ရွာသွန်း",
    "ఇది కూడా చదవండి: హైదరాబాద్‌లో భారీ వర్షం హెచ్చరిక",
    "ഇതുകൂടി വായിക്കൂ: കൊച്ചിയിൽ പുതിയ മെട്രോ പാത തുറന്നു",
    "Shuningdek o'qing: Toshkentda yangi metro bekati ochildi",
    "Akhri sidoo kale: Dowladda oo ansixisay miisaaniyadda cusub",
    "Darllenwch hefyd: Y llywodraeth yn cyhoeddi cynllun newydd",
    "Irakurri ere: Gobernuak aurrekontu berriak onartu ditu",
    "Llegiu també: El Govern aprova els nous pressupostos",
    "Fylgdu okkur á Facebook",
    "Na ndiqni në Instagram",
    "Следете не на Фејсбук",
    "Последвайте ни във Facebook",
    "Հետևեք մեզ Telegram-ում",
    "Биднийг Facebook-ээр дагаарай",
    "Skráðu þig á fréttabréfið okkar",
    "Абонирайте се за нашия бюлетин",
    "Tanysgrifiwch i'n cylchlythyr",
    "Harpidetu zaitez gure buletinera",
    "Subscriu-te al nostre butlletí",
)
#: an audio-player widget line left at the body's start
AUDIO_WIDGETS = (
    "Listen to this article 4 min",
    "Listen to this story · 6:12",
    "Artikel anhören · 5 Min.",
    "Écouter cet article 3 min",
    "Escuchar este artículo 00:04:21",
    "Ascolta l'articolo 2 min",
    "Слушать статью 4 мин",
    "Posłuchaj artykułu 5 min",
)
#: a location + timestamp dateline line at the body's start (the line alone, not the lead's prefix)
DATELINE_LOCATIONS = (
    "BERLIN, 12.03.2020 14:35",
    "NEW DELHI | Updated: 4 May 2020 08:30 IST",
    "Paris, le 3 mars 2020 à 10h15",
    "MADRID, 04/05/2020 - 09:12 CET",
    "Sydney, Monday 4 May 2020 6:05pm AEST",
    "LONDON — 14:02 GMT, 3 March 2020",
)
#: a photo-gallery counter line between two paragraphs
GALLERY_COUNTERS = (
    "Photo 3 of 12",
    "1 / 12",
    "Bild 4 von 15",
    "Foto 2 de 9",
    "Image 5 sur 18",
    "Zdjęcie 7 z 20",
    "< Previous | Next >  3/10",
)


def sixth() -> dict[str, tuple[Defect | Rotated, frozenset[str]]]:
    bp = _BOILERPLATE
    name = "sixth set, never tuned (is, sq, mk, bg, hy, mn, ne, si, my, te, ml, uz, so, cy, eu, ca)"
    return {
        **language_set(name, SIXTH_LINES),
        "audio-player widget line (start), never tuned": (line_at(braced(AUDIO_WIDGETS), "start"), bp),
        "location + timestamp dateline (start), never tuned": (
            line_at(braced(DATELINE_LOCATIONS), "start"),
            bp,
        ),
        "photo-gallery counter line (middle), never tuned": (
            line_at(braced(GALLERY_COUNTERS), "middle"),
            bp,
        ),
    }


"""A seventh held-out set (issue 9, sixth pass), committed BEFORE any rule of this pass and never used to
tune one (its misses are not read while writing rules; report them as "held out, never tuned"):

* a new small language group no earlier set had (lo, gu, pa, kn, mr, or, ti, dv, ps, ky, tg, be): "read
  also" teasers, follow prompts and newsletter sign-ups in each;
* three defect kinds no earlier pass planted: an "Updated: <date time>" line between two paragraphs (in
  several languages and scripts), a rating / stars line ("★★★★☆ 4.2 (318 reviews)") between two
  paragraphs, and a gallery counter in scripts the sixth set did not use ("Фото 3 из 12", "写真 2/9")
  at the body's end.
"""

from __future__ import annotations

from checks_defects import _BOILERPLATE, Defect, Rotated, braced, language_set, line_at, sparse

SEVENTH_LINES = (
    "ອ່ານຕື່ມ: ລັດຖະບານອະນຸມັດງົບປະມານໃໝ່ສຳລັບປີໜ້າ",
    "ຕິດຕາມພວກເຮົາທາງ Facebook",
    "આ પણ વાંચો: અમદાવાદમાં નવી મેટ્રો લાઇન શરૂ",
    "અમને ફેસબુક પર ફોલો કરો",
    "ਇਹ ਵੀ ਪੜ੍ਹੋ: ਲੁਧਿਆਣਾ ਵਿੱਚ ਨਵਾਂ ਹਸਪਤਾਲ ਖੁੱਲ੍ਹਿਆ",
    "ਸਾਡੇ ਨਿਊਜ਼ਲੈਟਰ ਦੀ ਗਾਹਕੀ ਲਓ",
    "ಇದನ್ನೂ ಓದಿ: ಬೆಂಗಳೂರಿನಲ್ಲಿ ಭಾರೀ ಮಳೆ ಎಚ್ಚರಿಕೆ",
    "ಟೆಲಿಗ್ರಾಮ್‌ನಲ್ಲಿ ನಮ್ಮನ್ನು ಅನುಸರಿಸಿ",
    "हेही वाचा: पुण्यात नवीन उड्डाणपूल खुला",
    "ଏହା ମଧ୍ୟ ପଢନ୍ତୁ: ଭୁବନେଶ୍ୱରରେ ନୂଆ ହସ୍ପିଟାଲ ଖୋଲିଲା",
    "ተወሳኺ ኣንብቡ: ኣብ ኣስመራ ሓድሽ ሆስፒታል ተኸፊቱ",
    "މިވެސް ކިޔާލައްވާ: މާލޭގައި އައު ހޮސްޕިޓަލެއް ހުޅުވައިފި",
    "دا هم ولولئ: په کابل کې نوی روغتون پرانیستل شو",
    "Ошондой эле окуңуз: Бишкекте жаңы көпүрө ачылды",
    "Инчунин хонед: Дар Душанбе пули нав кушода шуд",
    "Чытайце таксама: У Мінску адкрылі новую бальніцу",
    "Падпісвайцеся на наш Telegram-канал",
    "Бизге Instagram'да кошулуңуз",
    "Обуна шавед ба хабарномаи мо",
)
#: an "updated" stamp left between two paragraphs
UPDATED_STAMPS = (
    "Updated: 04.05.2020 18:42",
    "Last updated 3 May 2020, 09:15",
    "Aktualisiert am 12.03.2020 um 16:20 Uhr",
    "Mis à jour le 03/03/2020 à 10:47",
    "Actualizado: 04/05/2020 12:30",
    "Обновлено 12.03.2020 14:35",
    "更新：2020年5月4日 08:30",
    "עודכן: 04.05.2020 18:42",
)
#: a rating / stars widget line between two paragraphs
RATINGS = (
    "★★★★☆ 4.2 (318 reviews)",
    "Rating: 4.5/5",
    "4.7 ★ · 1,204 ratings",
    "Bewertung: 3,8 von 5 Sternen",
    "Note : 4/5",
    "Оценка: 4.6 из 5",
    "☆☆☆☆☆ 0 votes",
)
#: a gallery counter in scripts the sixth set did not use, at the body's end
COUNTERS_OTHER_SCRIPTS = (
    "Фото 3 из 12",
    "写真 2/9",
    "사진 4 / 15",
    "תמונה 5 מתוך 18",
    "صورة 7 من 20",
    "Φωτογραφία 2 από 9",
    "ภาพที่ 3 จาก 10",
)


def seventh() -> dict[str, tuple[Defect | Rotated, frozenset[str]]]:
    bp = _BOILERPLATE
    name = "seventh set, never tuned (lo, gu, pa, kn, mr, or, ti, dv, ps, ky, tg, be)"
    updated = line_at(braced(UPDATED_STAMPS), "middle")
    return {
        **language_set(name, SEVENTH_LINES),
        "'Updated: <date time>' line (middle), never tuned": (updated, bp),
        "'Updated: <date time>' line (middle), 1 page in 8 per run, never tuned": (sparse(updated, 8), bp),
        "rating / stars line (middle), never tuned": (line_at(braced(RATINGS), "middle"), bp),
        "gallery counter in other scripts (end), never tuned": (
            line_at(braced(COUNTERS_OTHER_SCRIPTS), "end"),
            bp,
        ),
    }


"""A fourth held-out set (issue 9, fourth pass), committed BEFORE any rule of this pass and never used
to tune one: lines in languages no earlier set had (hu, cs, ro, lv, az, kk, zu, ha, yo, km, sl) and two
defect kinds no earlier pass planted (a share-button row and a "Tags:"/"Sources:" line list). Their
misses are reported as "held out, never tuned" and must not be looked at while writing rules.
"""

from __future__ import annotations

from checks_defects import _BOILERPLATE, Defect, Rotated, block_at_end, language_set, line_at

FOURTH_LINES = (
    "Olvassa el ezt is: A kormány új adótörvényt fogadott el",
    "Kövessen minket a Facebookon",
    "Čtěte také: Praha otevřela nový most přes Vltavu",
    "Citește și: Guvernul a aprobat noul buget pentru anul viitor",
    "Urmăriți-ne pe Instagram",
    "Lasiet arī: Rīgā atklāta jauna bērnu slimnīca",
    "Həmçinin oxuyun: Bakıda yeni metro stansiyası açıldı",
    "Сондай-ақ оқыңыз: Астанада жаңа мектеп ашылды",
    "Funda futhi: Uhulumeni umemezele uhlelo olusha lwezemfundo",
    "Karanta kuma: Gwamnati ta kaddamar da sabon shirin noma",
    "Ka siwaju sii: Ijọba kede eto tuntun fun awọn agbẹ",
    "អានបន្ថែម៖ រដ្ឋាភិបាលអនុម័តច្បាប់ថ្មីស្តីពីចរាចរណ៍",
    "Preberite tudi: V Ljubljani odprli novo knjižnico",
)
#: "Share this article" rows, in local scripts and words (one line, button labels run together)
SHARE_ROWS = (
    "Megosztás Facebook Twitter E-mail",
    "Sdílet  Facebook  X  E-mail  Tisk",
    "Distribuie: Facebook | WhatsApp | Email",
    "Dalīties  Facebook  X  E-pasts",
    "Бөлісу: Facebook · Telegram · WhatsApp",
    "Yabelana: Facebook Twitter WhatsApp",
)
#: a tag/source list left at the end: a label line then short items, one a line
TAG_LISTS = (
    ("Címkék:", "gazdaság", "adó", "kormány"),
    ("Štítky:", "doprava", "Praha", "most"),
    ("Etichete:", "buget", "guvern", "economie"),
    ("Zdroje:", "ČTK", "Reuters"),
    ("Tagi:", "ekonomika", "nodokļi"),
)


def fourth() -> dict[str, tuple[Defect | Rotated, frozenset[str]]]:
    bp = _BOILERPLATE
    name = "fourth set, never tuned (hu, cs, ro, lv, az, kk, zu, ha, yo, km, sl)"
    return {
        **language_set(name, FOURTH_LINES),
        "share-button row in local words, never tuned (end)": (line_at(SHARE_ROWS, "end"), bp),
        "share-button row in local words, never tuned (middle)": (line_at(SHARE_ROWS, "middle"), bp),
    }


def tuned_since() -> dict[str, tuple[Defect | Rotated, frozenset[str]]]:
    """Kinds of this set that a later pass tuned on (its rule, ``boilerplate.tag_list``, was written
    looking at them): reported with the tuned kinds, no longer as held out."""
    return {
        "tag / source list appended (held out in the fourth pass, tuned in the fifth)": (
            block_at_end(TAG_LISTS),
            _BOILERPLATE,
        )
    }

"""The record's language against its body's own words: ``language.word_mismatch``.

``language.script_mismatch`` catches ``en`` over Chinese; it cannot see ``de`` over English, both Latin. Every
language's most frequent words are its function words (articles, prepositions, conjunctions, pronouns), and
a text of a hundred words holds dozens of them. For 24 languages this module knows about 20 of them each,
its most frequent (some shared with a neighbour: "de" is Spanish, Portuguese and French alike). The record's
language is wrong when its own words are under ``_OWN_MAX`` of the body's first words while another
language's are at least ``_OTHER_MIN`` and ``_RATIO`` times as many. Neighbours that share most of their
function words (Danish, Norwegian and Swedish; Spanish, Catalan and Portuguese; Czech and Slovak; Indonesian
and Malay; Russian and Ukrainian) are never called wrong for each other. A language with no list, a body
under ``_MIN_WORDS`` words, or a tag that is not a language is left to the other checks.
"""

from __future__ import annotations

from typing import Any

from harness.checks.emit import Emitter

CHECK = "language.word_mismatch"
_SAMPLE = 3000  # characters of the body read
_QUICK = 800  # characters read first: a body whose own words are plain there is not read further
_MIN_WORDS = 60
_OWN_MAX = 0.03
_OTHER_MIN = 0.15
_RATIO = 5.0

_FUNCTION_WORDS: dict[str, str] = {
    "en": "the of and to in is that for it was with on as are be this by have from not they which were",
    "de": "der die und das ist nicht den mit ein eine dem auch sich des auf für von wird sind werden bei",
    "fr": "le la les et de des est une dans que pour pas qui sur au du avec ce sont par mais elle à il",
    "es": "de el la los las del que en y por con una para es se al lo como pero más sus fue",
    "pt": "de a o e os da do das dos em não uma com para que por mais como foi ao pelo pela são",
    "it": "il la di e a che è in non per una con del della gli sono le si anche alla nel",
    "nl": "de het een en van is dat niet op te zijn met voor ook aan er maar bij naar wordt",
    "sv": "och att det som en är på av för med inte den till har var om ett jag från",
    "da": "og at det som en er på af for med ikke den til har var om et jeg fra de",
    "no": "og at det som en er på av for med ikke den til har var om et jeg fra de",
    "fi": "ja on että ei se oli hän ovat mutta kun myös tai joka sen ole niin vain kuin",
    "pl": "i w nie na się że to z do jest jak po o co ale od przez dla tak są",
    "cs": "a v se na je že to s z do o jako by ale pro není jsou podle také které",
    "sk": "a v sa na je že to s z do o ako by ale pre nie sú podľa aj ktoré",
    "ro": "și în de la că nu cu o pe un este se din care mai pentru sunt sau au",
    "hu": "a az és hogy nem is egy meg van de csak már ki el ez mint volt még",
    "tr": "ve bir bu da de için ile çok olarak daha gibi ama ne var olan en kadar sonra",
    "id": "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke ada karena oleh",
    "ms": "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke ada kerana oleh",
    "ca": "el la els les i de que en per amb una és no al del als més com però",
    "ru": "и в не на что с по это как он к из но за от для так же все его",
    "uk": "і в не на що з по це як він до та за від для так але його які у",
    "vi": "và của là có được trong cho không với những các người này một đã khi",
    "sw": "na ya wa kwa katika ni la za kuwa hii cha kama hiyo lakini pia",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
#: each listed word -> the languages whose list holds it: one look-up a word counts every language at once
_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _table in _WORDS.items():
    for _word in _table:
        _INDEX[_word] = (*_INDEX.get(_word, ()), _lang)
#: languages close enough to share most function words: never called wrong for each other
_KIN = (
    frozenset({"da", "no", "sv"}),
    frozenset({"es", "ca", "pt"}),
    frozenset({"cs", "sk"}),
    frozenset({"id", "ms"}),
    frozenset({"ru", "uk"}),
)


# the listed words that can end a clause (verbs, pronouns, negations, adverbs): a headline may stop on them
# ("Wait for it…"), so only the others (articles, prepositions, conjunctions) leave a phrase open
_CLAUSE_ENDS: dict[str, str] = {
    "en": "is that it was are be this have not they which were",
    "de": "das ist nicht auch sich wird sind werden",
    "fr": "est pas qui sont il elle ce",
    "es": "es fue más lo se",
    "pt": "não foi são mais",
    "it": "è non sono si anche",
    "nl": "is niet zijn ook er wordt",
    "sv": "är inte har var jag det den",
    "da": "er ikke har var jeg det den de",
    "no": "er ikke har var jeg det den de",
    "fi": "on ei oli hän ovat ole se sen vain niin",
    "pl": "nie się jest to są tak co",
    "cs": "je není jsou to se by",
    "sk": "je nie sú to sa by",
    "ro": "nu este se sunt au mai",
    "hu": "nem is van volt még már ki el ez csak",
    "tr": "var bu ne da de en daha sonra çok için ile gibi kadar olarak olan",
    "id": "ini itu ada tidak akan juga",
    "ms": "ini itu ada tidak akan juga",
    "ca": "és no més",
    "ru": "не это он его все же так",
    "uk": "не це він його так",
    "vi": "là có được không này đã người",
    "sw": "ni hii hiyo pia",
}
_OPEN: dict[str, frozenset[str]] = {
    lang: table - frozenset(_CLAUSE_ENDS.get(lang, "").split()) for lang, table in _WORDS.items()
}
_OPEN_ANY = frozenset().union(*_OPEN.values())


def leaves_open(word: str, language: Any = None) -> bool:
    """Whether ``word`` (lowercased) is an article, a preposition or a conjunction of ``language``, or of
    any listed language when ``language`` is not a listed one: a phrase cannot end on it."""
    code = language.strip().lower().replace("_", "-").split("-")[0] if isinstance(language, str) else ""
    table = _OPEN.get(code)
    return word in table if table is not None else word in _OPEN_ANY


def _kin(a: str, b: str) -> bool:
    return any(a in group and b in group for group in _KIN)


def shares(body: str) -> dict[str, float] | None:
    """Each listed language's share of the body's first words, or None for a body too short to judge."""
    # split on white space: a word a punctuation mark touches is missed, for every language alike, and the
    # function words are rarely those (a regex over the words costs three times as much)
    words = body[:_SAMPLE].lower().split()
    if len(words) < _MIN_WORDS:
        return None
    counts = dict.fromkeys(_WORDS, 0)
    for word in words:
        for lang in _INDEX.get(word, ()):
            counts[lang] += 1
    return {lang: count / len(words) for lang, count in counts.items()}


def _plainly_own(table: frozenset[str], body: str) -> bool:
    """The language's own words are twice the threshold in the body's first ``_QUICK`` characters: the usual
    case, decided without reading further or counting the other languages (the same answer as the whole
    count on every outside page measured, docs/checks-accuracy.md)."""
    words = body[:_QUICK].lower().split()
    return len(words) >= _MIN_WORDS // 2 and sum(1 for w in words if w in table) >= 2 * _OWN_MAX * len(words)


def word_mismatch(language: str, body: str) -> tuple[str, float, float] | None:
    """``(other language, own share, other share)`` when ``body`` is plainly written in another listed
    language than ``language``; None otherwise (see the module's docstring)."""
    own_code = language.strip().lower().replace("_", "-").split("-")[0]
    if own_code == "nb" or own_code == "nn":
        own_code = "no"
    if own_code not in _WORDS or _plainly_own(_WORDS[own_code], body):
        return None
    found = shares(body)
    if found is None:
        return None
    own = found[own_code]
    if own >= _OWN_MAX:
        return None
    other, best = max(
        ((lang, share) for lang, share in found.items() if not _kin(lang, own_code)), key=lambda item: item[1]
    )
    if other == own_code or best < _OTHER_MIN or best < _RATIO * max(own, 0.001):
        return None
    return other, own, best


def check_language_words(emit: Emitter, language: Any, body: str) -> None:
    """``language.word_mismatch``: the record says one language, the body's words say another."""
    if not isinstance(language, str) or not emit.on(CHECK):
        return
    found = word_mismatch(language, body)
    if found is None:
        return
    other, own, best = found
    emit.add(
        CHECK,
        "$.language",
        f"language {language!r}, but its common words are {100 * own:.0f}% of the body's first words and "
        f"{other!r}'s are {100 * best:.0f}%",
        language,
    )

"""Every check the harness knows: stable id, default severity, where it runs and how.

``stage`` says whether a check looks at one page (``page``) or at the whole run (``dataset``);
``engine`` says whether it is plain Python or a Great Expectations expectation validated in the run's
single batch. Ids are stable: configuration, results files and reports refer to them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from harness.model import Severity

Stage = Literal["page", "dataset"]
Engine = Literal["python", "gx"]
CHECK_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")


@dataclass(frozen=True, slots=True)
class CheckSpec:
    id: str
    severity: Severity
    stage: Stage
    engine: Engine
    summary: str


#: Default severities follow measured precision (docs/checks-accuracy.md): a check that is right at least
#: 99% of the time on the corpus's clean ground truth is an error; mixed evidence is split into a strong
#: id (error) and a weak one (warning) instead of being averaged. A warning must still be right on at least
#: 95% of clean records, because a NEW warning fails a page (``fail_on_new``); a check noisier than that is
#: ``info``, shown but never gated, until it earns more (``boilerplate.chrome_weak`` 18%,
#: ``body.ends_mid_sentence`` 6% false alarms).
_SPECS = (
    CheckSpec(
        "page.not_an_article",
        "error",
        "page",
        "python",
        'the record is an error, bot-check or consent page\'s ("Just a moment...", "Seite nicht gefunden",'
        ' "verify you are human"), not an article',
    ),
    CheckSpec("title.missing", "error", "page", "python", "the record has no title"),
    CheckSpec("title.site_name", "error", "page", "python", "the title is the site's name, not a headline"),
    CheckSpec("title.site_suffix", "error", "page", "python", "the site's name left in the title"),
    CheckSpec("title.repeated_in_body", "error", "page", "python", "the body starts with the title again"),
    CheckSpec("title.date_only", "error", "page", "python", "the title is only a date, not a headline"),
    CheckSpec(
        "title.markup_leak",
        "error",
        "page",
        "python",
        "HTML tags, entities, code or a template's placeholder ({{ title }}, undefined) left in the title",
    ),
    CheckSpec(
        "title.not_a_headline",
        "error",
        "page",
        "python",
        "the title is a web or e-mail address, or a URL's slug",
    ),
    CheckSpec("title.doubled", "error", "page", "python", "the title is one headline twice"),
    CheckSpec(
        "title.kicker_joined",
        "error",
        "page",
        "python",
        'a kicker run into the headline with no space ("ExclusiveCity council ...")',
    ),
    CheckSpec(
        "title.byline_joined",
        "error",
        "page",
        "python",
        'the byline run onto the end of the title ("... | By Jane Miller", "... 김민수 기자")',
    ),
    CheckSpec(
        "title.comment_count",
        "error",
        "page",
        "python",
        'the comment link\'s count run onto the end of the title ("... (47 comments)", "... [댓글 12]")',
    ),
    CheckSpec(
        "title.running_time",
        "error",
        "page",
        "python",
        'a video\'s running time run onto the end of the title ("... Video 3:45", "... ▶ 03:12")',
    ),
    CheckSpec(
        "title.paywall_badge",
        "error",
        "page",
        "python",
        'a subscriber-only badge left at one end of the title ("[Abo]", "Réservé aux abonnés : ...")',
    ),
    CheckSpec(
        "title.standfirst_joined",
        "error",
        "page",
        "python",
        "the standfirst run onto the headline with no space (\"... KurzurlaubDie Entscheidung fällt ...\"),"
        " the glued pair nowhere in the body",
    ),
    CheckSpec(
        "title.wire_slug",
        "error",
        "page",
        "python",
        "a news agency's version slug left in the title (\"UPDATE 1-...\", \"ROUNDUP 2/...\","
        " \"... (Zusammenfassung 16.24 Uhr)\")",
    ),
    CheckSpec(
        "title.page_number", "error", "page", "python", 'a page number left in the title ("... - Page 2")'
    ),
    CheckSpec(
        "title.truncated",
        "error",
        "page",
        "python",
        'the title cut short: an ellipsis after a comma, a colon or a function word ("Trump says he'
        " will…\"), or where the page's own title goes on (replay)",
    ),
    CheckSpec(
        "title.too_long", "error", "page", "python", "a title as long as a paragraph (300+ characters)"
    ),
    CheckSpec("title.mojibake", "error", "page", "python", "the title shows mis-decoded text (ftfy)"),
    CheckSpec(
        "title.accents_stripped",
        "error",
        "page",
        "python",
        "a plain-ASCII title whose words the body writes only with accents (a headline folded to ASCII)",
    ),
    CheckSpec(
        "title.all_caps",
        "warning",
        "page",
        "python",
        "the title in capitals throughout (a headline styled in upper case, read from the rendered page)",
    ),
    CheckSpec("title.duplicate", "error", "dataset", "gx", "the same title on different URLs of one site"),
    CheckSpec(
        "title.duplicate_across_sites", "info", "dataset", "gx", "the same title on pages of different sites"
    ),
    CheckSpec(
        "title.template",
        "error",
        "dataset",
        "gx",
        "the same title over three different stories or more on pages of several sites (a template's string)",
    ),
    CheckSpec(
        "authors.not_a_name",
        "error",
        "page",
        "python",
        "an author entry that is a link, a date or a sentence",
    ),
    CheckSpec("authors.duplicate", "error", "page", "python", "the same author twice in the list"),
    CheckSpec(
        "language.not_a_language",
        "error",
        "page",
        "python",
        "the language is a region's code, not a language ('US', 'GB', '419'; no ISO 639 code)",
    ),
    CheckSpec(
        "language.script_mismatch", "error", "page", "python", "the body is not in the language's script"
    ),
    CheckSpec(
        "language.word_mismatch",
        "error",
        "page",
        "python",
        "the body's common words are another language's than the record's (de over English; 24 languages)",
    ),
    CheckSpec("date.missing", "error", "page", "python", "no publication date"),
    CheckSpec("date.unparseable", "error", "page", "python", "the date is not ISO 8601"),
    CheckSpec("date.future", "error", "page", "python", "the date is after the page was captured"),
    CheckSpec("date.too_old", "error", "page", "python", "the date is before the configured earliest date"),
    CheckSpec(
        "date.swapped",
        "error",
        "page",
        "python",
        "the date's day and month swapped against the date in the URL (a 04/03 stamp read the other way)",
    ),
    CheckSpec(
        "date.url_mismatch",
        "error",
        "page",
        "python",
        "the date is more than a day before, or a week after, the day the URL's path holds",
    ),
    CheckSpec(
        "date.year_only",
        "error",
        "dataset",
        "python",
        "a year alone taken for the date: 1 January without a time, piled up over years in a site or the run",
    ),
    CheckSpec(
        "date.month_only",
        "error",
        "dataset",
        "python",
        "a month alone taken for the date: the first of a month without a time, piled up in a site or run",
    ),
    CheckSpec("date.no_timezone", "info", "page", "python", "a date-time without a UTC offset"),
    CheckSpec("date.coverage", "error", "dataset", "gx", "rate gate: too few pages of a site have a date"),
    CheckSpec(
        "boilerplate.recurring",
        "error",
        "dataset",
        "python",
        "lines that recur on many pages of the same site (learned from the run)",
    ),
    CheckSpec(
        "boilerplate.teaser",
        "error",
        "dataset",
        "python",
        "lines, or 'Label: headline' teasers, recurring on pages of several sites after different lines",
    ),
    CheckSpec(
        "boilerplate.social",
        "error",
        "page",
        "python",
        "a short line naming a social platform (a follow or share prompt, in any language)",
    ),
    CheckSpec(
        "boilerplate.edge",
        "error",
        "page",
        "python",
        "a byline or a date stamp among the first or last two lines of the body",
    ),
    CheckSpec(
        "boilerplate.other_title",
        "error",
        "dataset",
        "python",
        "a body line that is the title of another page of the run (a related-headlines list)",
    ),
    CheckSpec(
        "boilerplate.credit",
        "error",
        "page",
        "python",
        "a photo credit line before the body's last line (a caption kept; credit words in many languages)",
    ),
    CheckSpec(
        "boilerplate.tag_list",
        "error",
        "page",
        "python",
        "a tag or source list left at the end of the body (a label and short items, or bare items)",
    ),
    CheckSpec(
        "boilerplate.widget",
        "error",
        "page",
        "python",
        "a short non-prose line round a time, date, duration or counter (player, dateline, counter, rating)",
    ),
    CheckSpec(
        "boilerplate.off_topic",
        "error",
        "page",
        "python",
        "a labelled line with a value, or a bare one at the body's first or last line, whose words the rest"
        " of the article does not share (a box kept from the page: a word of the day, a court's calendar; no"
        " word list)",
    ),
    CheckSpec(
        "boilerplate.notice",
        "error",
        "page",
        "python",
        "the page speaking about itself: a script, ad-blocker, availability or refresh notice, a copied-link"
        " confirmation, a loading placeholder, a close control, a file name, a control's label alone"
        " ('Load more', 'Artikel merken'), a footer's link, an ad's label (interface words, 26 languages)",
    ),
    CheckSpec(
        "boilerplate.link_row",
        "error",
        "page",
        "python",
        "a row of three or more short items between one separator: a menu, breadcrumb, language switcher or"
        " share bar kept as a line (shape only, any script)",
    ),
    CheckSpec(
        "boilerplate.foreign_line",
        "error",
        "page",
        "python",
        "a short line in a script the rest of the body (almost) never uses (a template's prompt or label)",
    ),
    CheckSpec(
        "boilerplate.foreign_line_weak",
        "warning",
        "page",
        "python",
        "a short Latin-script line amid a body in another script (a prompt, or a product name or title)",
    ),
    CheckSpec(
        "boilerplate.foreign_letters",
        "error",
        "page",
        "python",
        "a short line with 2+ accented letters an otherwise plain-ASCII body never uses (another language)",
    ),
    CheckSpec(
        "boilerplate.tail",
        "error",
        "page",
        "python",
        "a last line that is template, not article: a count, an arrow link, a 'Label: headline', a prompt",
    ),
    CheckSpec(
        "boilerplate.tail_weak",
        "info",
        "page",
        "python",
        "a 'Label: headline' last line sharing words with the article (its own list item, or a link)",
    ),
    CheckSpec(
        "boilerplate.symbol_line",
        "error",
        "page",
        "python",
        "a line led by a pictograph no other line leads with, a star rating, or a row of hashtags/handles",
    ),
    CheckSpec(
        "boilerplate.lone_label",
        "error",
        "page",
        "python",
        "the one 'Label: headline' line of a body, amid its other lines (a teaser, in any language)",
    ),
    CheckSpec(
        "boilerplate.lone_label_weak",
        "info",
        "page",
        "python",
        "a lone 'Label: headline' line sharing words with the article (a subheading, or a teaser)",
    ),
    CheckSpec(
        "boilerplate.pattern",
        "error",
        "dataset",
        "gx",
        "lines of a high-precision boilerplate family (subscribe, share, cookies, related, masthead...)",
    ),
    CheckSpec(
        "boilerplate.pattern_weak",
        "warning",
        "dataset",
        "gx",
        "lines matching a weak boilerplate pattern (credits, datelines, print/email, ad labels...)",
    ),
    CheckSpec(
        "boilerplate.chrome",
        "error",
        "page",
        "python",
        "a body line that sits in the page's chrome (nav, footer, aside, link list, share/related block)",
    ),
    CheckSpec(
        "boilerplate.chrome_weak",
        "info",
        "page",
        "python",
        "a body line that sits in a link-heavy or chrome-like block of the page (weaker evidence)",
    ),
    CheckSpec(
        "boilerplate.truth_snippet",
        "error",
        "page",
        "python",
        "ground-truth text that must not be in the body is there",
    ),
    CheckSpec("body.empty", "error", "page", "python", "no body text"),
    CheckSpec("body.too_short", "warning", "dataset", "gx", "body shorter than the minimum"),
    CheckSpec("body.too_long", "warning", "dataset", "gx", "body longer than the maximum"),
    CheckSpec("body.doubled", "error", "page", "python", "the whole body appears twice"),
    CheckSpec(
        "body.repeated_paragraph", "error", "page", "python", "the same prose paragraph twice in one body"
    ),
    CheckSpec(
        "body.repeated_line", "warning", "page", "python", "the same short line twice in one body (lists)"
    ),
    CheckSpec(
        "body.nav_menu", "error", "page", "python", "the body is a menu: many short link-like lines, no prose"
    ),
    CheckSpec(
        "body.truncated",
        "error",
        "page",
        "python",
        "the body is cut: it stops mid-sentence where the page goes on, opens mid-word (a drop cap lost),"
        " or is a feed's excerpt ending with '[…]'",
    ),
    CheckSpec(
        "body.stops_early",
        "error",
        "page",
        "python",
        "a short body where the page's article goes on for more paragraphs (a lead served as the article)",
    ),
    CheckSpec("body.ends_mid_sentence", "info", "page", "python", "the body's last line stops mid-sentence"),
    CheckSpec(
        "body.hard_wrapped",
        "error",
        "page",
        "python",
        "every paragraph broken into lines of one width, most stopping mid-sentence (a converter's wrap)",
    ),
    CheckSpec(
        "body.glued",
        "error",
        "page",
        "python",
        "sentences run together with no space three times or more ('Sunday.Police'): paragraph breaks lost",
    ),
    CheckSpec("body.duplicated", "error", "dataset", "gx", "the same body on different URLs of one site"),
    CheckSpec(
        "page.duplicate_url",
        "error",
        "dataset",
        "python",
        "two inputs are one page: their responses come from the same URL (a redirect, a tracking parameter)",
    ),
    CheckSpec(
        "body.markup_leak",
        "error",
        "page",
        "python",
        "HTML tags, entities, script, CSS or JSON text, a template's placeholders, lorem ipsum or a program's"
        " empty value (undefined, null) as a line in the body",
    ),
    CheckSpec("body.mojibake", "error", "page", "python", "mis-decoded text (ftfy), or U+FFFD"),
    CheckSpec(
        "body.title_mismatch", "error", "page", "python", "the body shares no word with a title of 4+ words"
    ),
    CheckSpec(
        "body.title_mismatch_weak", "info", "page", "python", "the body shares no word with a short title"
    ),
    CheckSpec(
        "rate.boilerplate", "error", "dataset", "gx", "rate gate: too many pages of a site carry boilerplate"
    ),
    CheckSpec(
        "rate.title_duplicate", "error", "dataset", "gx", "rate gate: too many pages of a site share a title"
    ),
    CheckSpec(
        "rate.body_too_short", "error", "dataset", "gx", "rate gate: too many pages of a site are too short"
    ),
)

CATALOG: Mapping[str, CheckSpec] = {spec.id: spec for spec in _SPECS}
FAMILIES: frozenset[str] = frozenset(spec.id.split(".")[0] for spec in _SPECS)
GX_CHECKS: frozenset[str] = frozenset(spec.id for spec in _SPECS if spec.engine == "gx")

assert all(CHECK_ID.match(check) for check in CATALOG)


def expand(name: str) -> tuple[str, ...]:
    """Check ids named by ``name``: an exact id, or a family such as ``boilerplate``; empty when unknown."""
    if name in CATALOG:
        return (name,)
    if name in FAMILIES:
        return tuple(check for check in CATALOG if check.split(".")[0] == name)
    return ()

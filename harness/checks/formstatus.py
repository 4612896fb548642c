"""A web form's status messages kept in the body: ``boilerplate.notice``.

A page's forms (e-mail this article to a friend, the newsletter's sign-up, the comment box) carry their
answers hidden in the page until the reader sends them: "Your email has been sent.", "Something went
wrong. Please try again.", "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.", "이메일이
전송되었습니다.". An extractor that ignores the style that hides them keeps them as lines of the story
(grangier/python-goose#143). The evidence, on a line of at most ``_MAX_WORDS`` words:

* a **sent** message of a form ("your email has been sent", "ihre e-mail wurde versendet", "ваше письмо
  отправлено"), alone;
* or a **try again** request ("please try again", "bitte versuchen sie es erneut", "inténtalo de nuevo",
  "다시 시도해 주세요") with a word for an error or a failure on the same line ("an error occurred",
  "Fehler", "erro", "ошибка", "오류", "خطأ"): a story that quotes someone who will "try again" has no error
  message beside it.

The phrases are found by the pass of :class:`harness.checks.linewords.LineWords`
(:mod:`harness.checks.pagenotes`); only the lines holding one are read. Written from the thirtieth blind
set's e-mail dialog (docs/checks-accuracy.md, "Twenty-ninth pass").
"""

from __future__ import annotations

import re

NOTICE = "boilerplate.notice"
_MAX_WORDS = 30

_SENT = """
your email has been sent
your e-mail has been sent
your message has been sent
your message was sent
email sent successfully
ihre e-mail wurde versendet
ihre e-mail wurde gesendet
ihre nachricht wurde versendet
ihre nachricht wurde gesendet
tu correo ha sido enviado
su correo ha sido enviado
tu mensaje ha sido enviado
su mensaje ha sido enviado
o seu e-mail foi enviado
seu e-mail foi enviado
sua mensagem foi enviada
la tua e-mail è stata inviata
il tuo messaggio è stato inviato
votre e-mail a été envoyé
votre message a été envoyé
je e-mail is verzonden
uw e-mail is verzonden
twój e-mail został wysłany
twoja wiadomość została wysłana
ваше письмо отправлено
ваше сообщение отправлено
ваш лист надіслано
e-postanız gönderildi
mesajınız gönderildi
이메일이 전송되었습니다
메시지가 전송되었습니다
تم إرسال رسالتك
邮件已发送
您的邮件已发送
メールを送信しました
メールが送信されました
"""
_AGAIN = """
please try again
try again later
bitte versuchen sie es erneut
bitte versuche es erneut
versuchen sie es später erneut
inténtalo de nuevo
inténtelo de nuevo
vuelve a intentarlo
vuelva a intentarlo
tente novamente
tente de novo
riprova
réessayez
veuillez réessayer
spróbuj ponownie
spróbuj jeszcze raz
probeer het opnieuw
probeer het later opnieuw
попробуйте ещё раз
попробуйте еще раз
повторите попытку
спробуйте ще раз
다시 시도해 주세요
다시 시도하세요
يرجى المحاولة مرة أخرى
حاول مرة أخرى
lütfen tekrar deneyin
tekrar deneyin
请重试
请稍后再试
请再试一次
もう一度お試しください
再度お試しください
försök igen
prøv igen
prøv igjen
yritä uudelleen
zkuste to znovu
próbálja újra
încercați din nou
silakan coba lagi
vui lòng thử lại
δοκιμάστε ξανά
"""
#: the kinds' bits in the pass of :class:`harness.checks.linewords.LineWords` (after the bits of
#: :mod:`harness.checks.prompts`, :mod:`harness.checks.anylang` and :mod:`harness.checks.mandatory`)
SENT = 8192
AGAIN = 16384
LISTS = {
    SENT: tuple(line.strip() for line in _SENT.strip().splitlines()),
    AGAIN: tuple(line.strip() for line in _AGAIN.strip().splitlines()),
}
#: a word for an error or a failure, in the languages of ``_AGAIN``
_ERROR = re.compile(
    r"(?i)\berror|\bfehler|\berro[rs]?\b|\berrore|\berreur|\bbłąd|\bfout\b|\bошибк|\bпомилк|오류|خطأ|\bhata"
    r"|错误|出错|失败|エラー|失敗|\bfel\b|\bfejl|\bfeil\b|\bvirhe|\bchyb|\bhib[aá]|\beroare|\bkesalahan|\blỗi"
    r"|σφάλμα|went wrong|schiefgelaufen|schiefgegangen|salió mal|andato storto|problème est survenu"
    r"|poszło nie tak|ging iets mis|пошло не так|\bfailed\b|\bfehlgeschlagen|\bno se pudo|\bnão foi"
    r"|\bnon è stat|n'a pas pu|\bnie udało|\bне удалось|\bне вдалося|실패|失敗しました"
)


def status_notes(body_lines: list[str], kinds: dict[int, int]) -> list[tuple[str, str]]:
    """(line, message) for :mod:`harness.checks.pagenotes`: the lines whose words (``kinds``, of the pass)
    are a form's status message (see the module's docstring)."""
    out = []
    for i, held in sorted(kinds.items()):
        if not held & (SENT | AGAIN) or body_lines[i].count(" ") >= _MAX_WORDS:
            continue
        if held & SENT or _ERROR.search(body_lines[i]):
            out.append((body_lines[i], "a web form's status message (its answer, hidden until it is sent)"))
    return out

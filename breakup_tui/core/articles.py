"""Italian puts an article before a day of the month, and the article depends on the number.

"il 18 dicembre", but "l'8 dicembre" and "l'11 dicembre" (otto and undici start
with a vowel), and the first of the month is written "il 1°" (read "il primo").
After di, a, da, in, su the article merges with the preposition: "dell'8",
"al 1°", "dall'11". English needs none of this, so these helpers return the date
unchanged for any other language. The letter (Babel dates) and the screens
(catalogue dates) share them, so both write the same Italian.
"""

from __future__ import annotations

# Preposition + article, as Italian contracts them: (before a consonant, before a vowel).
_CONTRACTED = {
    "": ("il ", "l'"),
    "di": ("del ", "dell'"),
    "a": ("al ", "all'"),
    "da": ("dal ", "dall'"),
    "in": ("nel ", "nell'"),
    "su": ("sul ", "sull'"),
}


def day_number(day: int, language: str) -> str:
    """The day of the month as written in a date: "1°" in Italian, "1" elsewhere."""
    if language == "it" and day == 1:
        return "1°"
    return str(day)


def day_article(day: int, preposition: str = "") -> str:
    """The Italian article (merged with ``preposition`` where Italian merges them) for ``day``.

    ``day_article(8)`` is "l'", ``day_article(18, "di")`` is "del ", ``day_article(1, "entro")``
    is "entro il ". The result ends with the space or apostrophe that joins it to the number.
    """
    vowel = day in (8, 11)
    if preposition in _CONTRACTED:
        return _CONTRACTED[preposition][1 if vowel else 0]
    # Any other preposition stands apart from its article: "entro il", "per l'".
    return f"{preposition} " + ("l'" if vowel else "il ")


def with_article(date_text: str, day: int, language: str, preposition: str = "") -> str:
    """``date_text`` (which starts with the day's number) with its Italian article in front.

    For any other language the text comes back as it is: the catalogue's own
    words ("on", "by") carry the meaning there.
    """
    if language != "it":
        return date_text
    return day_article(day, preposition) + date_text

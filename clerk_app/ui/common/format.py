"""How dates, times, numbers, ages and money read, on screen and on paper, in the clerk's language.

Every screen and printout formats through here, so that the language's conventions hold everywhere: its locale's
date order and names, its digits (Persian digits in Persian, the locale's in Arabic, Latin where a store asks
for them) and its calendar (Solar Hijri in Persian by default). PySide6 has no QLocale.toString(date, format,
calendar) with a format string, so dates use the locale's own short and long formats with a QCalendar.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from ...domain import deadlines
from . import language

# One reading of the server's ISO times for the whole app (None when missing or unreadable).
parse_time = deadlines.parse
Short = QLocale.FormatType.ShortFormat
Long = QLocale.FormatType.LongFormat


_SERVER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")


def server_word(value: object) -> str:
    """A value this Clerk has no words for (an enumeration value a newer server added, API.md "Evolution"),
    shown as the server spells it: "marketplace" reads "Marketplace", "on_hold" "On hold"; a value that
    is not a name reads "Other", and a missing one "" (as the known values' tables give for None)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str) and _SERVER_NAME.fullmatch(value):
        text = re.sub(r"[_-]+", " ", value).strip()
        return text[:1].upper() + text[1:]
    return QCoreApplication.translate("Format", "Other")


def digits(text: str) -> str:
    """`text` in the chosen digits: the locale's own, or Latin where the store asks for them."""
    return language.to_latin_digits(text) if language.current().latin_digits else text


def number(value: int | float, decimals: int | None = None) -> str:
    """1234 as "1,234", "1 234", "١٬٢٣٤" or "۱٬۲۳۴", as the language writes it."""
    locale = QLocale()
    text = locale.toString(value) if decimals is None else locale.toString(float(value), "f", decimals)
    return digits(text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: date | QDate, fmt: QLocale.FormatType = Short) -> str:
    """A calendar day in the language's calendar: 2025-03-21 is "۱۴۰۴/۱/۱" (short) or "جمعه ۱ فروردین ۱۴۰۴"
    (long) in Persian."""
    qdate = day if isinstance(day, QDate) else _qdate(day)
    calendar = QCalendar(language.current().calendar_system)
    return digits(QLocale().toString(qdate, fmt, calendar))


def day_month_year(day: date | QDate) -> str:
    """The day with the month's name and no weekday: "21 March 2025", "1 فروردین 1404" (in Persian digits)."""
    qdate = day if isinstance(day, QDate) else _qdate(day)
    calendar = QCalendar(language.current().calendar_system)
    parts = calendar.partsFromDate(qdate)
    locale = QLocale()
    month = calendar.monthName(locale, parts.month, parts.year, Long)
    day_text, year_text = locale.toString(parts.day), locale.toString(parts.year).replace(locale.groupSeparator(), "")
    if locale.language() in (QLocale.Language.English,) and locale.territory() == QLocale.Country.UnitedStates:
        return digits(f"{month} {day_text}, {year_text}")
    return digits(f"{day_text} {month} {year_text}")


def day_of_month(day: date | QDate, weekday: bool = False) -> str:
    """A chart's day label in the language's calendar: "21", or "Fri 21" ("جمعه ۱" in Persian)."""
    qdate = day if isinstance(day, QDate) else _qdate(day)
    parts = QCalendar(language.current().calendar_system).partsFromDate(qdate)
    locale = QLocale()
    text = locale.toString(parts.day)
    if weekday:
        text = f"{locale.dayName(qdate.dayOfWeek(), Short)} {text}"
    return digits(text)


def date_field_locale() -> QLocale:
    """The locale for a date field (QDateEdit): the language's, or, where the store chose Latin digits, one that
    writes them. The field keeps the language's short format and calendar (`setDisplayFormat`, `setCalendar`);
    that format is all numbers in every language Clerk speaks, so no month name comes out in English."""
    if language.current().latin_digits and QLocale().zeroDigit() != "0":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale()


def percent(ratio: float) -> str:
    return digits(QLocale().toString(ratio * 100, "f", 0) + QLocale().percent())


def _local(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(_qdate(local.date()), QTime(local.hour, local.minute, local.second),
                     QTimeZone.systemTimeZone())


def local_time(text: str | None, fmt: QLocale.FormatType = Short) -> str:
    """A server time as the clerk's local date and time ("21/11/2026 10:42"), in the language's calendar."""
    moment = parse_time(text)
    if moment is None:
        return ""
    calendar = QCalendar(language.current().calendar_system)
    return digits(QLocale().toString(_local(moment), fmt, calendar))


def local_date(text: str | None, fmt: QLocale.FormatType = Short) -> str:
    """A server time's local day alone."""
    moment = parse_time(text)
    return date_text(moment.astimezone().date(), fmt) if moment else ""


def clock_time(text: str | None) -> str:
    moment = parse_time(text)
    if moment is None:
        return ""
    local = moment.astimezone()
    return digits(QLocale().toString(QTime(local.hour, local.minute), Short))


def native_digits(text: str) -> str:
    """`text`'s 0-9 in the language's own digits (unless the store chose Latin ones)."""
    zero = QLocale().zeroDigit()
    if language.current().latin_digits or zero == "0":
        return text
    return text.translate({ord("0") + i: ord(zero) + i for i in range(10)})


def sortable_time(text: str | None) -> str:
    """A server time as the clerk's local date and time for a spreadsheet cell: year, month, day, hour, minute,
    zero-padded, so that the column sorts as it reads, in the language's calendar and digits.

    Gregorian in 0-9 it is the ISO form ("2026-11-20 14:03") that Excel and LibreOffice read as a date and time in
    every locale. In another calendar or in native digits no spreadsheet reads it as a date anyway, so it is the
    form offices write by hand there, with slashes: "۱۴۰۵/۰۸/۲۹ ۱۴:۰۳" (Solar Hijri, Persian digits),
    "٢٠٢٦/١١/٢٠ ١٤:٠٣" (a slash, unlike a hyphen, keeps Arabic-Indic digits in one run right to left)."""
    moment = parse_time(text)
    if moment is None:
        return ""
    local = moment.astimezone()
    system = language.current().calendar_system
    parts = QCalendar(system).partsFromDate(_qdate(local.date()))
    latin = language.current().latin_digits or QLocale().zeroDigit() == "0"
    mark = "-" if latin and system == QCalendar.System.Gregorian else "/"
    plain = f"{parts.year:04d}{mark}{parts.month:02d}{mark}{parts.day:02d} {local.hour:02d}:{local.minute:02d}"
    return native_digits(plain)


def ago(text: str | None, now: datetime) -> str:
    """"just now", "2 min ago", "3 h ago", "4 days ago"."""
    moment = parse_time(text)
    if moment is None:
        return QCoreApplication.translate("format", "never")
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("format", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("format", "%n min ago", None, int(seconds // 60))
    if seconds < 86400:
        return QCoreApplication.translate("format", "%n h ago", None, int(seconds // 3600))
    return QCoreApplication.translate("format", "%n d ago", None, int(seconds // 86400))


def duration(seconds: float) -> str:
    """A countdown or overrun, compact: "1 h 05 min", "12 min", "2 d 3 h"."""
    seconds = abs(int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return (QCoreApplication.translate("format", "%1 d %2 h").replace("%1", number(days))
                .replace("%2", number(hours)))
    if hours:
        return (QCoreApplication.translate("format", "%1 h %2 min").replace("%1", number(hours))
                .replace("%2", digits(QLocale().toString(minutes).rjust(2, QLocale().zeroDigit()))))
    return QCoreApplication.translate("format", "%n min", None, minutes)


def money(cents: int | None, currency: str | None) -> str:
    if cents is None:
        return ""
    # Always two decimals: a locale whose own currency has none (Persian's rial) must not round $12.50 to $13.
    return digits(QLocale().toCurrencyString(cents / 100, _symbol(currency or ""), 2))


def _symbol(currency: str) -> str:
    return {"EUR": "€", "USD": "$", "GBP": "£", "ILS": "₪", "AED": "د.إ"}.get(currency, currency)


def utc_now() -> datetime:
    return datetime.now(UTC)

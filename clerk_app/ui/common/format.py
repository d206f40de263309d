"""How times, ages and money read on screen, in the user's locale."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain import deadlines

# One reading of the server's ISO times for the whole app (None when missing or unreadable).
parse_time = deadlines.parse


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


def local_time(text: str | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A server time as the clerk's local date and time ("21/11/2026 10:42")."""
    moment = parse_time(text)
    if moment is None:
        return ""
    return QLocale().toString(moment.astimezone(), fmt)


def clock_time(text: str | None) -> str:
    moment = parse_time(text)
    return QLocale().toString(moment.astimezone().time(), QLocale.FormatType.ShortFormat) if moment else ""


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
        return QCoreApplication.translate("format", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return QCoreApplication.translate("format", "%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    return QCoreApplication.translate("format", "%n min", None, minutes)


def money(cents: int | None, currency: str | None) -> str:
    if cents is None:
        return ""
    return QLocale().toCurrencyString(cents / 100, _symbol(currency or ""))


def _symbol(currency: str) -> str:
    return {"EUR": "€", "USD": "$", "GBP": "£", "ILS": "₪", "AED": "د.إ"}.get(currency, currency)


def utc_now() -> datetime:
    return datetime.now(UTC)

"""Reading one parsed TOML table with checks, so every error names the offending key."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from breakup_tui.core.i18n import t
from breakup_tui.core.limits import EARLIEST_DATE, LATEST_DATE, amount_in_range, date_in_range


class PlanError(ValueError):
    """The data is not a plan this app can read; ``str()`` is the reason."""


class FutureSchemaError(PlanError):
    """The file was written by a newer version of the app."""


T = TypeVar("T")


class TableReader:
    """Reads one table, naming the offending key in every error."""

    def __init__(self, data: Any, path: str) -> None:
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise PlanError(t("file_error.not_a_table", key=path or "(top)"))
        self.data = data
        self.path = path

    def where(self, key: str) -> str:
        """How an error names ``key`` of this table: its path from the top of the file."""
        return f"{self.path}.{key}" if self.path else key

    def _typed(self, key: str, kinds: tuple[type, ...], expected: str) -> Any:
        """The value of ``key`` when it is one of ``kinds``; ``expected`` (a catalogue key) names them.

        The name is looked up only for the error: a file's read checks every key it has.
        """
        value = self.data.get(key)
        if value is None:
            return None
        # bool is an int in Python, but never a valid number here.
        if isinstance(value, bool) and bool not in kinds:
            raise PlanError(t("file_error.wrong_type", key=self.where(key), expected=t(expected)))
        if not isinstance(value, kinds):
            raise PlanError(t("file_error.wrong_type", key=self.where(key), expected=t(expected)))
        return value

    def text(self, key: str, default: str = "") -> str:
        value = self._typed(key, (str,), "file_error.type_text")
        return default if value is None else str(value)

    def optional_text(self, key: str) -> str | None:
        value = self._typed(key, (str,), "file_error.type_text")
        return None if value is None else str(value)

    def integer(self, key: str, low: int | None = None, high: int | None = None) -> int | None:
        value = self._typed(key, (int,), "file_error.type_number")
        if value is None:
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            raise PlanError(t("file_error.out_of_range", key=self.where(key), low=low, high=high))
        return int(value)

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self._typed(key, (bool,), "file_error.type_bool")
        return default if value is None else bool(value)

    def day(self, key: str) -> date | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, datetime):
            return self._in_range(key, value.date())
        if isinstance(value, date):
            return self._in_range(key, date(value.year, value.month, value.day))
        raise PlanError(t("file_error.wrong_type", key=self.where(key), expected=t("file_error.type_date")))

    def _in_range(self, key: str, day: date) -> date:
        if not date_in_range(day):
            raise PlanError(
                t(
                    "file_error.date_out_of_range",
                    key=self.where(key),
                    low=EARLIEST_DATE.isoformat(),
                    high=LATEST_DATE.isoformat(),
                )
            )
        return day

    def moment(self, key: str) -> datetime | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, datetime):
            self._in_range(key, value.date())
            return datetime(
                value.year,
                value.month,
                value.day,
                value.hour,
                value.minute,
                value.second,
                value.microsecond,
                tzinfo=value.tzinfo,
            )
        raise PlanError(
            t("file_error.wrong_type", key=self.where(key), expected=t("file_error.type_datetime"))
        )

    def choice(self, key: str, allowed: tuple[str, ...], default: str | None) -> str | None:
        value = self.optional_text(key)
        if value is None:
            return default
        if value not in allowed:
            raise PlanError(
                t(
                    "file_error.not_one_of",
                    key=self.where(key),
                    value=value,
                    allowed=", ".join(allowed),
                )
            )
        return value

    def texts(self, key: str) -> list[str]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PlanError(
                t(
                    "file_error.wrong_type",
                    key=self.where(key),
                    expected=t("file_error.type_text_list"),
                )
            )
        return [str(v) for v in value]

    def table(self, key: str) -> TableReader:
        return TableReader(self.data.get(key), self.where(key))

    def tables(self, key: str) -> list[TableReader]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise PlanError(
                t(
                    "file_error.wrong_type",
                    key=self.where(key),
                    expected=t("file_error.type_table_list"),
                )
            )
        return [TableReader(item, f"{self.where(key)}[{i + 1}]") for i, item in enumerate(value)]

    def money(self, key: str) -> Decimal:
        value = self.data.get(key)
        if value is None:
            return Decimal("0")
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise PlanError(
                t(
                    "file_error.wrong_type",
                    key=self.where(key),
                    expected=t("file_error.type_amount"),
                )
            )
        try:
            # Go through str so a float in a hand-edited file keeps its written digits.
            amount = Decimal(str(value))
        except InvalidOperation:
            raise PlanError(
                t(
                    "file_error.wrong_type",
                    key=self.where(key),
                    expected=t("file_error.type_amount"),
                )
            ) from None
        if not amount.is_finite():
            raise PlanError(
                t(
                    "file_error.wrong_type",
                    key=self.where(key),
                    expected=t("file_error.type_amount"),
                )
            )
        if not amount_in_range(amount):
            raise PlanError(t("file_error.amount_too_large", key=self.where(key)))
        return amount

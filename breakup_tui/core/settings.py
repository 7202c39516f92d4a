"""The user's own details and preferences, as the app uses them (the store reads and writes them)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Settings:
    your_name: str = ""
    business: str = ""
    email: str = ""
    signature: str = ""
    language: str | None = None  # interface language; None follows the environment
    # The default for new clients; None: the language the app speaks.
    letter_language: str | None = None
    theme: str = "textual-dark"
    # ISO 3166 code whose public holidays are not working days; None follows the locale.
    country: str | None = None
    # A random id made once per installation, so calendar events from two installations never clash.
    installation_id: str = ""
    # The letter asks for the sender's details once; after that only Settings does.
    sender_asked: bool = False
    # The folder the last export went to; empty: the documents folder (or home, without one).
    export_folder: str = ""
    # Binding id -> keys, so a user can remap any key (Textual's keymap).
    keys: dict[str, str] = field(default_factory=dict)

    def has_sender(self) -> bool:
        return bool(self.your_name.strip())

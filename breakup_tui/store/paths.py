"""Every path the app uses, in one place."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "breakup-tui"
DATA_ENV = "BREAKUP_TUI_DATA_DIR"
CONFIG_ENV = "BREAKUP_TUI_CONFIG_DIR"


@dataclass(frozen=True)
class Locations:
    data_dir: Path
    config_dir: Path

    @property
    def clients_dir(self) -> Path:
        return self.data_dir / "clients"

    @property
    def trash_dir(self) -> Path:
        return self.data_dir / "trash"

    @property
    def locks_dir(self) -> Path:
        return self.data_dir / "locks"

    @property
    def referrals_file(self) -> Path:
        return self.data_dir / "referrals.toml"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def cache_file(self) -> Path:
        return self.data_dir / "summary-cache.json"


def locate(
    data_dir: str | os.PathLike[str] | None = None,
    config_dir: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Locations:
    """The flag wins, then the environment variable, then the platform's usual folder."""
    env = os.environ if env is None else env
    data = data_dir or env.get(DATA_ENV) or platformdirs.user_data_dir(APP_NAME)
    config = config_dir or env.get(CONFIG_ENV) or platformdirs.user_config_dir(APP_NAME)
    return Locations(Path(data).expanduser(), Path(config).expanduser())


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the user alone."""
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    # mkdir's mode is masked by the umask; set it explicitly on what we created.
    for created in missing:
        os.chmod(created, 0o700)
    return path

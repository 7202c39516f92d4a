"""The wheel a user installs: built, installed into a fresh environment, and run from there."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from breakup_tui.store.clients import ClientStore
from tests.factories import filled_plan

ROOT = Path(__file__).resolve().parent.parent
# Every file the package needs at run time that is not Python.
DATA_FILES = ["breakup_tui/locales/en.toml", "breakup_tui/locales/it.toml", "breakup_tui/ui/app.tcss"]
DATA_FILES += ["breakup_tui/locales/en.json", "breakup_tui/locales/it.json"]
DATA_FILES += sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "breakup_tui/ui/styles").glob("*.tcss"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # No build isolation and no dependencies: nothing is fetched, the dev environment's hatchling builds it.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    [built] = out.glob("breakup_tui-*.whl")
    return built


def test_the_wheel_holds_the_licence_the_metadata_and_every_data_file(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        [metadata_name] = [n for n in names if n.endswith(".dist-info/METADATA")]
        metadata = Parser().parsestr(archive.read(metadata_name).decode())
    assert all(name in names for name in DATA_FILES)
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("Classifier") and metadata["Keywords"]
    requirements = metadata.get_all("Requires-Dist") or []
    assert "rich>=14.2" in requirements and "textual==8.2.8" in requirements


def test_the_installed_wheel_runs(wheel: Path, tmp_path: Path, store: ClientStore) -> None:
    store.create(filled_plan("Acme Studio"))
    venv = tmp_path / "venv"
    # The fresh environment sees this one's packages as its "system" ones: the dependencies, offline.
    base = subprocess.run(
        [sys.executable, "-c", "import sys; print(sys.base_prefix)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    python = Path(base) / "bin" / "python3"
    subprocess.run([str(python), "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    site = venv / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    # The fresh environment also sees this one's packages (a .pth line): the dependencies, offline.
    (site / "dev-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        check=True,
        timeout=300,
    )
    installed = site / "breakup_tui"
    assert all((site / name).is_file() for name in DATA_FILES)
    env = {**os.environ, "PYTHONPATH": ""}
    run_from = tmp_path / "elsewhere"  # not the source tree, so that only the installed copy can be found
    run_from.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(venv / "bin" / "python"), "-m", "breakup_tui", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=run_from,
            stdin=subprocess.DEVNULL,
        )

    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import breakup_tui; print(breakup_tui.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=run_from,
        check=True,
    ).stdout.strip()
    assert Path(where).parent == installed
    assert run("--version").stdout.startswith("breakup-tui ")
    listed = run("list")
    assert listed.returncode == 0 and "Acme Studio" in listed.stdout
    exported = run("export", "acme studio", "--lang", "it", "--what", "plan")
    assert exported.returncode == 0 and exported.stdout.startswith("# ")
    missing = run("export", "nobody")
    assert missing.returncode == 1 and "nobody" in missing.stderr
    helped = run("--demo", "--help")
    assert helped.returncode == 0 and "--demo" in helped.stdout

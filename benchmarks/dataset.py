"""Realistic client folders for the benchmarks, written the way the app writes them.

Each plan is random but seeded, so every run measures the same files: some
clients are undecided, some are ending with incidents, projects, invoices and a
hand-edited letter, a few names carry markup, accents or emoji, and about one
file in a thousand is damaged (as a sync tool's half-written copy would be).
Folders are kept between runs in the system's temporary folder, since rendering
ten thousand files with tomlkit takes a while; a change to the generator or to
the file format makes a new folder.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import tempfile
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import tomlkit

from breakup_tui.core.codec import plan_to_data
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import (
    HANDOVER_ITEMS,
    HANDOVER_STATES,
    PUSHBACK_KINDS,
    REASONS,
    STEP_IDS,
    Account,
    Incident,
    Invoice,
    Plan,
    Project,
    Pushback,
    Referral,
    Status,
    Verdict,
)
from breakup_tui.store.slug import slugify, unique_slug
from breakup_tui.store.toml_doc import render

# Bump when the generated content changes on purpose.
GENERATOR_VERSION = 1
SEED = 20261126
TODAY = date(2026, 11, 26)

_FIRST = [
    "Acme",
    "Bellini",
    "Corvo",
    "Delta",
    "Ember",
    "Fiore",
    "Granite",
    "Helix",
    "Isola",
    "Juniper",
    "Kappa",
    "Lumen",
    "Marea",
    "Nodo",
    "Orbit",
    "Pietra",
    "Quarzo",
    "Riva",
    "Sole",
    "Tessera",
]
_SECOND = ["Studio", "SRL", "& Co", "Labs", "Design", "Media", "Bakery", "Consulting", "Group", "Atelier"]
_ODD_NAMES = ["[bold]Loud[/] Ltd", "Café Ünïcode", "Rocket 🚀 Shop", "Slash/Dot. Inc", "Tab\tCo"]
_WORDS = (  # noqa: SIM905 (a sentence reads better than a column of words)
    "work project invoice late paid brief deadline scope call meeting change website logo campaign "
    "newsletter budget review feedback launch copy design print social ads report"
).split()


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _day(rng: random.Random, low: int, high: int) -> date:
    return TODAY + timedelta(days=rng.randint(low, high))


def realistic_plan(rng: random.Random, index: int) -> Plan:
    """A client somewhere along the way, with the history a real one accumulates."""
    if rng.random() < 0.005:
        name = f"{rng.choice(_ODD_NAMES)} {index}"
    else:
        name = f"{rng.choice(_FIRST)} {rng.choice(_SECOND)} {index}"
    plan = Plan.new(
        name, contact="Jane Doe", email=f"client{index}@example.com", language=rng.choice(["en", "it"])
    )
    plan.client.income_share = rng.randint(1, 60)
    reached = rng.randint(0, len(STEP_IDS) - 1)
    plan.progress.current = STEP_IDS[reached]
    for step in STEP_IDS[:reached]:
        plan.progress.status[step] = Status.DONE
    plan.progress.status[STEP_IDS[reached]] = Status.IN_PROGRESS
    tz = timezone(timedelta(hours=1))
    plan.progress.updated = datetime(2026, 11, 26, 9, 0, tzinfo=tz) - timedelta(
        hours=rng.randint(0, 24 * 700)
    )
    d = plan.decide
    d.verdict = rng.choices(list(Verdict), weights=[4, 4, 1, 1])[0]
    d.reasons = rng.sample(REASONS, rng.randint(0, 3))
    d.impact_creativity = rng.randint(1, 5)
    d.impact_income = rng.randint(1, 5)
    d.notes = _sentence(rng, rng.randint(5, 30))
    d.incidents = [
        Incident(_day(rng, -400, -1), rng.choice(REASONS), _sentence(rng, rng.randint(3, 12)))
        for _ in range(rng.randint(0, 6))
    ]
    if reached >= 1:
        plan.converse.expectations = _sentence(rng, 15)
        plan.converse.what_changed = _sentence(rng, 12)
        if rng.random() < 0.6:
            plan.converse.meeting_on = _day(rng, -30, 20)
            plan.converse.channel = rng.choice(["call", "video", "in_person"])
    n = plan.notice
    n.weeks = rng.choice([1, 2, 2, 2, 3, 4])
    n.projects = [
        Project(
            f"{rng.choice(_WORDS).title()} {rng.choice(_WORDS)} {p}",
            _day(rng, -10, 90),
            rng.choice(["finish", "hand_over"]),
        )
        for p in range(rng.randint(0, 4))
    ]
    if n.projects and rng.random() < 0.5:
        n.stopping_point = n.projects[0].name
    if rng.random() < 0.1:
        n.last_day = _day(rng, 5, 60)
    n.invoices = [
        Invoice(
            f"INV-{index}-{i}",
            Decimal(rng.randint(100, 900_000)) / 100,
            rng.choice(["EUR", "EUR", "USD"]),
            _day(rng, -60, 60),
            rng.random() < 0.4,
        )
        for i in range(rng.randint(0, 6))
    ]
    o = plan.options
    o.keep_referring = rng.random() < 0.5
    o.handover = {item: rng.choice(HANDOVER_STATES) for item in HANDOVER_ITEMS}
    o.accounts = [Account(f"{rng.choice(_WORDS).title()} admin") for _ in range(rng.randint(0, 3))]
    o.referrals = [Referral("Mario Rossi", "mario@example.com", "WordPress")] if rng.random() < 0.3 else []
    if reached >= 4:
        plan.waffle.commitment = _sentence(rng, 10)
        plan.waffle.pushback = [Pushback(k, _sentence(rng, 8)) for k in rng.sample(PUSHBACK_KINDS, 2)]
    if reached >= 5:
        plan.thank.thanks = _sentence(rng, 14)
        plan.thank.reason_if_asked = _sentence(rng, 10)
    if reached == 6 and rng.random() < 0.5:
        plan.writing.subject = "Our work together"
        plan.writing.body = "\n\n".join(_sentence(rng, 40) for _ in range(5))
    return plan


def client_file_text(plan: Plan) -> str:
    """The text ``ClientStore.create`` writes for a new client."""
    header = tomlkit.document()
    header.add(tomlkit.comment(t("file.header")))
    return render(header, plan_to_data(plan))[1]


def _fingerprint() -> str:
    # The generator, the codec and the file writer decide the bytes on disk.
    import breakup_tui.core.codec as codec
    import breakup_tui.store.toml_doc as toml_doc

    digest = hashlib.sha256(str(GENERATOR_VERSION).encode())
    for module in (codec, toml_doc):
        digest.update(Path(str(module.__file__)).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:12]


# Set by ``python -m benchmarks`` for itself and its children: a folder removed when the run ends.
SCRATCH_ENV = "BREAKUP_TUI_BENCH_SCRATCH"


def scratch_folder(prefix: str) -> Path:
    """A fresh folder for one run's throwaway files (config, a typing client, a save)."""
    return Path(tempfile.mkdtemp(prefix=prefix, dir=os.environ.get(SCRATCH_ENV)))


def damaged_count(n: int) -> int:
    return n // 1000


def remove_outdated(current: Path) -> None:
    """Delete the client folders an older generator, codec or file writer made (tens of MB each)."""
    for folder in current.parent.glob("breakup-tui-bench-*"):
        if folder != current and re.fullmatch(r"breakup-tui-bench-[0-9a-f]{12}", folder.name):
            shutil.rmtree(folder, ignore_errors=True)


def data_folder(n: int, progress: bool = True) -> Path:
    """A data folder holding ``n`` client files (made once, then reused)."""
    root = Path(tempfile.gettempdir()) / f"breakup-tui-bench-{_fingerprint()}" / f"clients-{n}"
    done = root / ".complete"
    if done.exists():
        return root
    remove_outdated(root.parent)
    clients = root / "clients"
    clients.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(root, 0o700)
    rng = random.Random(SEED + n)
    stems: set[str] = set()
    damaged = set(rng.sample(range(n), damaged_count(n))) if n else set()
    for index in range(n):
        plan = realistic_plan(rng, index)
        stem = slugify(plan.client.name)
        if stem in stems:
            stem = unique_slug(plan.client.name, stems)
        stems.add(stem)
        text = client_file_text(plan)
        if index in damaged:
            # Cut mid-file and garbled, as an interrupted copy can leave it.
            text = text[: len(text) // 2] + "\nthis line is not toml\n"
        path = clients / f"{stem}.toml"
        path.write_text(text, encoding="utf-8")
        os.chmod(path, 0o600)
        if progress and index % 1000 == 999:
            print(f"  generated {index + 1}/{n} clients in {root}", flush=True)
    done.touch()
    return root

"""The store keeps files safe: comments survive, damage is reported and left alone, names stay inside."""

from __future__ import annotations

import os
import stat
import tomllib

import pytest

from breakup_tui.core.codec import plan_from_data, plan_to_data
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore, DamagedClient, StoreError
from breakup_tui.store.slug import slugify, unique_slug
from tests.factories import filled_plan


def test_a_filled_plan_round_trips_through_its_file(store: ClientStore) -> None:
    plan = filled_plan()
    stem = store.create(plan)
    loaded = store.load(stem).plan
    assert plan_to_data(loaded) == plan_to_data(plan)


def test_hand_written_comments_and_unknown_keys_survive_a_save(store: ClientStore) -> None:
    stem = store.create(filled_plan())
    path = store.path_of(stem)
    text = path.read_text()
    text = text.replace("[notice]", "# my own note about notice\n[notice]\nmy_key = 'kept'  # mine")
    path.write_text(text)
    client = store.open(stem)
    client.plan.notice.weeks = 3
    store.save(client)
    store.close(client)
    saved = path.read_text()
    assert "# my own note about notice" in saved
    assert "my_key = 'kept'  # mine" in saved
    assert tomllib.loads(saved)["notice"]["weeks"] == 3


def test_cleared_optional_keys_leave_the_file(store: ClientStore) -> None:
    plan = filled_plan()
    from datetime import date

    plan.notice.last_day = date(2026, 12, 18)
    stem = store.create(plan)
    client = store.open(stem)
    client.plan.notice.last_day = None
    store.save(client)
    store.close(client)
    assert "last_day" not in tomllib.loads(store.path_of(stem).read_text())["notice"]


def test_files_and_folders_are_private(store: ClientStore) -> None:
    stem = store.create(Plan.new("Acme"))
    assert stat.S_IMODE(os.stat(store.path_of(stem)).st_mode) == 0o600
    for folder in (store.locations.data_dir, store.folder, store.locations.trash_dir):
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


def test_a_damaged_file_is_listed_with_its_reason_and_never_written(store: ClientStore) -> None:
    path = store.folder / "old.toml"
    path.write_bytes(b"schema_version = 1\n[client\nname = 'x'\n")
    before = path.read_bytes()
    [summary] = store.summaries()
    assert summary.damaged and summary.file == "old"
    assert "TOML" in (summary.error or "")
    with pytest.raises(DamagedClient):
        store.open("old")
    assert path.read_bytes() == before


def test_wrong_types_are_reported_by_key(store: ClientStore) -> None:
    (store.folder / "typed.toml").write_text(
        'schema_version = 1\n[client]\nname = "X"\n[notice]\nweeks = "two"\n'
    )
    [summary] = store.summaries()
    assert summary.damaged
    assert "notice.weeks" in (summary.error or "")


def test_a_newer_schema_opens_read_only_and_is_never_overwritten(store: ClientStore) -> None:
    path = store.folder / "future.toml"
    path.write_text('schema_version = 99\n[client]\nname = "Future"\n')
    before = path.read_bytes()
    client = store.open("future")
    assert client.read_only and "newer" in client.read_only
    with pytest.raises(StoreError):
        store.save(client)
    assert path.read_bytes() == before


def test_a_second_editor_opens_read_only_until_the_first_closes(store: ClientStore) -> None:
    stem = store.create(Plan.new("Acme"))
    first = store.open(stem)
    second = store.open(stem)
    assert first.read_only is None
    assert second.read_only is not None
    with pytest.raises(StoreError):
        store.save(second)
    store.close(first)
    third = store.open(stem)
    assert third.read_only is None
    store.close(third)


def test_a_change_made_outside_the_app_is_not_overwritten(store: ClientStore) -> None:
    stem = store.create(Plan.new("Acme"))
    client = store.open(stem)
    path = store.path_of(stem)
    path.write_text(path.read_text() + "\n# edited by hand meanwhile\n")
    os.utime(path, ns=(1, 1))
    with pytest.raises(StoreError):
        store.save(client)
    assert "edited by hand meanwhile" in path.read_text()
    store.close(client)


def test_hostile_names_stay_inside_the_clients_folder(store: ClientStore) -> None:
    for name in ["[bold]Acme[/] ../../etc", "../..", "/etc/passwd", "CON", "nul", ".hidden", "C:\\x"]:
        stem = store.create(Plan.new(name))
        path = store.path_of(stem)
        assert path.parent == store.folder
        assert not stem.startswith(".")
        assert store.load(stem).plan.client.name == name


def test_delete_moves_to_trash_and_restore_brings_it_back(store: ClientStore) -> None:
    stem = store.create(Plan.new("Acme"))
    trashed = store.delete(stem)
    assert store.stems() == []
    assert trashed in store.trash()
    restored = store.restore(trashed)
    assert store.load(restored).plan.client.name == "Acme"


def test_slugs_avoid_device_names_and_collisions() -> None:
    assert slugify("CON") == "con-client"
    assert slugify("Ünïcödé Café") == "unicode-cafe"
    assert slugify("🙂") == "client"
    assert unique_slug("Acme", ["acme", "acme-2"]) == "acme-3"


def test_plan_from_data_rejects_non_tables() -> None:
    from breakup_tui.core.codec import PlanError

    with pytest.raises(PlanError):
        plan_from_data({"schema_version": 1, "client": "nope"})


def test_a_damaged_settings_file_is_set_aside_not_overwritten(dirs) -> None:  # type: ignore[no-untyped-def]
    from breakup_tui.core.settings import Settings
    from breakup_tui.store.paths import locate
    from breakup_tui.store.settings import load_settings, save_settings

    locations = locate(dirs.data, dirs.config)
    locations.config_dir.mkdir(parents=True)
    locations.settings_file.write_text("your_name = 'Ada'\n[keys\n")
    assert load_settings(locations) == Settings()
    save_settings(locations, Settings(your_name="Grace"))
    [aside] = list(locations.config_dir.glob("settings.toml.damaged-*"))
    assert aside.read_text() == "your_name = 'Ada'\n[keys\n"
    assert load_settings(locations).your_name == "Grace"

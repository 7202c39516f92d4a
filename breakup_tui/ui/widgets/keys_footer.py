"""Textual's footer, rebuilt only when the keys it shows change."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeysFooter(Footer):
    """A ``Footer`` that keeps its keys while they stay the same.

    Textual's footer takes every change of a screen's bindings (each focus change, each
    ``refresh_bindings``) as a reason to build all its keys again. While a screen starts that
    happened three to five times for the very same keys, and it happens with each Tab in a form.
    """

    # What the footer shows now: each shown key's text, action, state and group, and the palette's.
    shown: tuple[object, ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        # The footer rebuilds only under these conditions (Footer.bindings_changed); only then is
        # what it will show worth remembering.
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            wanted = self.keys_of(screen)
            if wanted == self.shown:
                return
            self.shown = wanted
        super().bindings_changed(screen)

    def keys_of(self, screen: Screen[object]) -> tuple[object, ...]:
        app = screen.app
        return tuple(
            (
                key,
                app.get_key_display(binding),
                binding.description,
                binding.action,
                binding.group,
                enabled,
                tooltip,
                binding.tooltip,
            )
            for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
            if binding.show or key == app.COMMAND_PALETTE_BINDING
        )

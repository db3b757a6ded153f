"""The accessibility tree of a running IURC Desktop, as a screen reader reads it (AT-SPI, the bus Orca uses).

Runs under the system Python, which has gi and Atspi (Debian: python3-gi, gir1.2-atspi-2.0); the app runs
from the project's venv. Usage: atspi_walk.py PID FOLDER. Follows the app's screen tour (ui/a11y_tour.py):
for each `screen-N` in FOLDER it reads every showing element of the app and prints one JSON line
{"screen": name, "elements": [{"role", "name", "description", "states", "path"}]}, then writes `done-N`.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

MAX_CHILDREN = 80  # long lists: the first rows say enough, and each property is a D-Bus round trip
MAX_DEPTH = 40


def find_app(pid: int, timeout: float = 60.0) -> Atspi.Accessible:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and app.get_process_id() == pid:
                return app
        time.sleep(0.3)
    raise SystemExit(f"the app (pid {pid}) never appeared on the accessibility bus")


def element(node: Atspi.Accessible, path: str) -> dict[str, object]:
    states = node.get_state_set()
    return {
        "role": node.get_role_name(),
        "name": node.get_name() or "",
        "description": node.get_description() or "",
        "states": [s.value_nick for s in Atspi.StateType.__enum_values__.values() if states.contains(s)],
        "path": path,
    }


def walk(node: Atspi.Accessible, path: str, depth: int, out: list[dict[str, object]]) -> None:
    try:
        states = node.get_state_set()
        if not states.contains(Atspi.StateType.SHOWING):
            return
        out.append(element(node, path))
        count = min(node.get_child_count(), MAX_CHILDREN)
    except gi.repository.GLib.Error:  # the element went away while being read
        return
    if depth >= MAX_DEPTH:
        return
    for index in range(count):
        child = node.get_child_at_index(index)
        if child is not None:
            walk(child, f"{path}/{child.get_role_name()}[{index}]", depth + 1, out)


def screen_elements(app: Atspi.Accessible) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for index in range(app.get_child_count()):
        window = app.get_child_at_index(index)
        if window is not None:
            walk(window, f"{window.get_role_name()}[{index}]", 0, out)
    return out


def listen_for_announcements(pid: int, heard: list[str]) -> Atspi.EventListener:
    """What the app says to screen readers (object:announcement), as Orca would hear it."""

    def on_event(event: Atspi.Event) -> None:
        try:
            if event.source.get_process_id() == pid:
                heard.append(str(event.any_data) if event.any_data is not None else "")
        except GLib.Error:
            pass

    listener = Atspi.EventListener.new(on_event)
    listener.register("object:announcement")
    return listener


def pump() -> None:
    context = GLib.MainContext.default()
    while context.iteration(False):
        pass


def main(pid: int, folder: Path) -> None:
    app = find_app(pid)
    heard: list[str] = []
    listener = listen_for_announcements(pid, heard)
    index = 0
    while True:
        screen = folder / f"screen-{index}"
        while not screen.exists():
            if (folder / "finished").exists():
                listener.deregister("object:announcement")
                return
            pump()
            time.sleep(0.1)
        pump()
        name = screen.read_text(encoding="utf-8")
        print(json.dumps({"screen": name, "elements": screen_elements(app), "announcements": heard[:]}))
        heard.clear()
        sys.stdout.flush()
        (folder / f"done-{index}").write_text("", encoding="utf-8")
        index += 1


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]))

"""Before Qt opens a window on Linux/X11: the system libraries its xcb platform plugin needs, read
from the plugin's ELF dependencies and loaded the way the dynamic linker will; what is missing,
and the one command that installs it. Qt itself would abort naming only one of them, or the wrong one.
No Qt here: this runs before PySide6's libraries are loaded."""

from __future__ import annotations

import os
import re
import struct
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

# The package that ships each library the plugin and Qt's GUI libraries link to (outside Qt itself),
# on Debian/Ubuntu and on Fedora. Read from `readelf -d` of PySide6's libqxcb.so, libQt6XcbQpa,
# libQt6Gui, libQt6Widgets, libQt6Core and libQt6DBus.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libz.so.1": ("zlib1g", "zlib"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
}
APT, DNF = "apt", "dnf"
COMMANDS = {APT: "sudo apt install {packages}", DNF: "sudo dnf install {packages}"}
PLUGIN = ("plugins", "platforms", "libqxcb.so")
_DT_NEEDED, _DT_RPATH, _DT_RUNPATH = 1, 15, 29
_SHT_DYNAMIC = 6


def elf_links(path: str) -> tuple[list[str], list[str]]:
    """What an ELF file asks the dynamic linker for: the library names (DT_NEEDED) and the
    folders to look in first (DT_RUNPATH/DT_RPATH, ``$ORIGIN`` expanded). Read through the section
    headers of a 64-bit little-endian file; anything else gives nothing."""
    with open(path, "rb") as fh:
        head = fh.read(64)
        if head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
            return [], []
        shoff = struct.unpack_from("<Q", head, 0x28)[0]
        shentsize, shnum = struct.unpack_from("<HH", head, 0x3A)
        fh.seek(shoff)
        table = fh.read(shentsize * shnum)
        # (name, type, flags, addr, offset, size, link, info, addralign, entsize)
        sections = [struct.unpack_from("<IIQQQQIIQQ", table, i * shentsize) for i in range(shnum)]
        dynamic = next((s for s in sections if s[1] == _SHT_DYNAMIC), None)
        if dynamic is None:
            return [], []
        fh.seek(dynamic[4])
        entries = fh.read(dynamic[5])
        strtab = sections[dynamic[6]]
        fh.seek(strtab[4])
        strings = fh.read(strtab[5])

    def string(offset: int) -> str:
        return strings[offset:strings.index(b"\0", offset)].decode("utf-8", "replace")

    needed: list[str] = []
    runpath: list[str] = []
    for tag, value in struct.iter_unpack("<qQ", entries[:len(entries) // 16 * 16]):
        if tag == _DT_NEEDED:
            needed.append(string(value))
        elif tag in (_DT_RUNPATH, _DT_RPATH):
            origin = os.path.dirname(os.path.realpath(path))
            runpath += [p.replace("${ORIGIN}", origin).replace("$ORIGIN", origin)
                        for p in string(value).split(":") if p]
    return needed, runpath


def qt_folder() -> Path | None:
    """PySide6's Qt folder (``…/PySide6/Qt``), found without importing PySide6."""
    import importlib.util
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location) / "Qt"
        if folder.is_dir():
            return folder
    return None


def system_requirements(plugin: Path, extra_folders: Iterable[Path] = ()) -> list[str]:
    """The libraries ``plugin`` needs from the system, directly or through the Qt libraries
    beside it: every DT_NEEDED name not found in a folder of the app (a RUNPATH, the bundle)."""
    folders = [str(f) for f in extra_folders]
    todo, seen, system = [str(plugin)], {plugin.name}, []
    while todo:
        needed, runpath = elf_links(todo.pop())
        for name in needed:
            if name in seen:
                continue
            seen.add(name)
            local = next((p for f in (*runpath, *folders) if os.path.isfile(p := os.path.join(f, name))),
                         None)
            if local is not None:
                todo.append(local)
            else:
                system.append(name)
    return system


def dlopen_error(name: str) -> str | None:
    """Load a library by name as the dynamic linker will for Qt; None when it loads, else the
    name of the library that could not be found (it may be one this one needs)."""
    import ctypes
    try:
        ctypes.CDLL(name)
    except OSError as exc:
        found = re.match(r"([^\s:]+\.so[.\d]*): cannot open shared object file", str(exc))
        return os.path.basename(found.group(1)) if found else name
    return None


def missing_libraries(required: Iterable[str], load_error: Callable[[str], str | None] = dlopen_error) -> list[str]:
    """The libraries among ``required`` (and those they need) that cannot be loaded, in order."""
    missing: list[str] = []
    for name in required:
        error = load_error(name)
        if error is not None and error not in missing:
            missing.append(error)
    return missing


def package_manager(os_release: str) -> str | None:
    """apt, dnf, or None, from the text of /etc/os-release."""
    ids = set()
    for line in os_release.splitlines():
        key, _sep, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids.update(value.strip().strip('"').lower().split())
    if ids & {"debian", "ubuntu"}:
        return APT
    if ids & {"fedora", "rhel", "centos"}:
        return DNF
    return None


def install_command(manager: str, libraries: Iterable[str]) -> str:
    """``sudo apt install …`` (or dnf) for the packages of ``libraries``; a library of unknown
    package is left out (the message names it)."""
    column = 0 if manager == APT else 1
    packages = dict.fromkeys(PACKAGES[name][column] for name in libraries if name in PACKAGES)
    return COMMANDS[manager].format(packages=" ".join(packages)) if packages else ""


def missing_message(libraries: list[str], manager: str | None) -> str:
    """What to tell a person whose system lacks ``libraries``, in the interface language."""
    from relations_desktop.i18n import _
    lines = [_("Relations Desktop cannot open its window: these system libraries are missing:"),
             "  " + " ".join(libraries), ""]
    commands = [(m, install_command(m, libraries)) for m in ((manager,) if manager else (APT, DNF))]
    commands = [(m, c) for m, c in commands if c]
    if commands:
        lines.append(_("Install them with:") if manager else _("Install them with (Debian, Ubuntu; Fedora):"))
        lines += [f"  {command}" for _m, command in commands]
        lines.append(_("Then start Relations Desktop again."))
    return "\n".join(lines)


def uses_xcb(environ: dict[str, str] | os._Environ[str], argv: list[str]) -> bool:
    """Whether Qt will load its xcb plugin: not for offscreen, Wayland and other chosen platforms,
    nor in a Wayland session (Qt prefers Wayland there)."""
    platform = ""
    if "-platform" in argv[:-1]:
        platform = argv[argv.index("-platform") + 1]
    platform = platform or environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].split(":")[0].strip() == "xcb"
    return not (environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"))


def check(argv: list[str] | None = None) -> str | None:
    """The message for a Linux system that lacks what the xcb plugin needs; None when the app
    can start (or runs elsewhere, or on another platform plugin)."""
    if not sys.platform.startswith("linux") or not uses_xcb(os.environ, argv or []):
        return None
    qt = qt_folder()
    plugin = qt.joinpath(*PLUGIN) if qt else None
    if plugin is None or not plugin.is_file():
        return None
    bundle = [Path(sys._MEIPASS)] if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS") else []
    missing = missing_libraries(system_requirements(plugin, [qt / "lib", *bundle]))
    if not missing:
        return None
    from relations_desktop import i18n
    i18n.set_language(i18n.system_language())      # the settings need Qt: the system's language
    try:
        release = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
    except OSError:
        release = ""
    return missing_message(missing, package_manager(release))

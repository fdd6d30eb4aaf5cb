"""Smaller ICU data in the bundle (Linux): Qt's ICU data library is rebuilt, and the copy of the
data built into libzim is cut down in place, both to root, English, Bengali and Hindi.

The PySide6 wheels for Linux ship ICU, and its data library (32 MB) is a quarter of the
bundle. Qt uses ICU for collation (QCollator, the file dialog's sort), time-zone names and
legacy text codecs; it has its own tables for locales, case and text boundaries. libzim links
its own ICU statically, with 11 MB of data inside libzim.so: reading an archive never uses it,
and its writer and title search need only the normalisation and case tables compiled into
ICU's code. Both keep root, English, Bengali and Hindi only, without converters,
transliterators and the CJK/South-East Asian word dictionaries; other locales fall back to root.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

from relations_desktop.packaging.bundle import STRIP, BuildError

ICU_LANGUAGES = frozenset({"en", "bn", "hi"})
# Shared libraries with ICU's data built in: their file names, by the distribution that ships them.
BUILTIN_ICU_LIBRARIES = {"libzim": re.compile(r"libzim\.so\.\d+")}
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*$")
_ELF_MACHINES = {62: ("elf64-x86-64", "i386:x86-64"), 183: ("elf64-littleaarch64", "aarch64")}
_DATA_SYMBOL = re.compile(r"icudt\d+_dat")
PT_LOAD, PT_NOTE, SHT_DYNSYM = 1, 4, 11
_PHDR, _SHDR, _SYM = "<IIQQQQQQ", "<IIQQQQIIQQ", "<IBBHQQ"


def keep_icu_item(name: str) -> bool:
    """Whether an item of ICU's common data (e.g. ``icudt73l/coll/de.res``) stays in."""
    parts = name.split("/")[1:]
    folder, filename = ("/".join(parts[:-1]), parts[-1]) if parts else ("", name)
    stem, _dot, suffix = filename.rpartition(".")
    if folder == "translit" or suffix in ("cnv", "dict"):
        return False
    locale = _LOCALE.match(stem)
    return not (suffix == "res" and locale and locale.group(1) not in ICU_LANGUAGES)


def filter_icu_data(blob: bytes) -> bytes:
    """ICU common data ("CmnD", offset table of contents) with only the items keep_icu_item keeps."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise BuildError("ICU data: not a common data package")
    toc = blob[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _name, offset in entries[1:]] + [len(toc)]
    items = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        name = toc[name_offset:toc.index(b"\0", name_offset)]
        if keep_icu_item(name.decode("ascii")):
            items.append((name, toc[data_offset:end]))
    # Same layout as ICU's own packager: count, (name, data) offsets, names, 16-byte aligned items.
    names_start = 4 + 8 * len(items)
    name_offsets, names = [], b""
    for name, _data in items:
        name_offsets.append(names_start + len(names))
        names += name + b"\0"
    position = -(-(names_start + len(names)) // 16) * 16
    data_offsets, body = [], b""
    for _name, data in items:
        data_offsets.append(position + len(body))
        body += data + b"\0" * (-len(data) % 16)
    out = struct.pack("<I", len(items))
    out += b"".join(struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    out += names
    out += b"\0" * (position - len(out))
    return blob[:header_size] + out + body


# ----- ELF files (64-bit little-endian)

def _elf_tables(data: bytes) -> tuple[list[list[int]], list[list[int]]]:
    """Program headers (type, flags, offset, vaddr, paddr, filesz, memsz, align) and section
    headers (name, type, flags, addr, offset, size, link, info, addralign, entsize)."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise BuildError("not a 64-bit little-endian ELF file")
    phoff, shoff = struct.unpack_from("<QQ", data, 0x20)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", data, 0x36)
    phdrs = [list(struct.unpack_from(_PHDR, data, phoff + i * phentsize)) for i in range(phnum)]
    shdrs = [list(struct.unpack_from(_SHDR, data, shoff + i * shentsize)) for i in range(shnum)]
    return phdrs, shdrs


def _find_symbol(data: bytes, shdrs: list[list[int]], wanted: re.Pattern[str]) -> tuple[str, int, int]:
    """The first exported data symbol whose name matches: (name, file offset, size)."""
    for sec in shdrs:
        if sec[1] != SHT_DYNSYM or not sec[9]:
            continue
        strings = shdrs[sec[6]][4]
        for j in range(sec[5] // sec[9]):
            name_at, _info, _other, shndx, value, size = struct.unpack_from(_SYM, data, sec[4] + j * sec[9])
            name = data[strings + name_at:data.index(b"\0", strings + name_at)].decode("ascii", "replace")
            if size and wanted.fullmatch(name):
                target = shdrs[shndx]
                return name, target[4] + value - target[3], size
    raise BuildError(f"no exported symbol matching {wanted.pattern}")


def elf_symbol(data: bytes, symbol: str) -> tuple[bytes, int]:
    """The bytes of an exported symbol of a 64-bit little-endian ELF file, and its e_machine."""
    _phdrs, shdrs = _elf_tables(data)
    _name, start, size = _find_symbol(data, shdrs, re.compile(re.escape(symbol)))
    return data[start:start + size], struct.unpack_from("<H", data, 0x12)[0]


def replace_symbol_data(data: bytes, symbol: str, content: bytes) -> bytes:
    """The library with ``symbol``'s bytes replaced by ``content`` followed by zeros, and the
    whole pages of those zeros left out of the file.

    The loadable segment holding the symbol is split in two: the first part's memory size
    runs on over the left-out pages, which the loader maps as zeros (as it does for .bss);
    virtual addresses do not change, only the file offsets after the gap. One PT_NOTE header
    (the build id, not needed to load) makes room for the second segment. The result must not
    be stripped or edited again: the section headers still describe the old file layout.
    """
    phdrs, shdrs = _elf_tables(data)
    _name, offset, size = _find_symbol(data, shdrs, re.compile(re.escape(symbol)))
    if len(content) > size:
        raise BuildError(f"{symbol}: the new content is larger than the old")
    out = bytearray(data)
    out[offset:offset + size] = content + b"\0" * (size - len(content))
    index = next(i for i, p in enumerate(phdrs)
                 if p[0] == PT_LOAD and p[2] <= offset and offset + size <= p[2] + p[5])
    seg = phdrs[index]
    vaddr = seg[3] + offset - seg[2]
    page = max(seg[7], 4096)
    low = -(-(vaddr + len(content)) // page) * page
    high = (vaddr + size) // page * page
    notes = [i for i, p in enumerate(phdrs) if p[0] == PT_NOTE]
    if high - low < page or not notes or seg[5] != seg[6]:
        return bytes(out)
    gap, cut_from, cut_to = high - low, seg[2] + low - seg[3], seg[2] + high - seg[3]
    first = [*seg[:5], low - seg[3], high - seg[3], seg[7]]
    second = [seg[0], seg[1], cut_from, high, seg[4] + high - seg[3], seg[5] - (high - seg[3]),
              seg[6] - (high - seg[3]), seg[7]]
    new_phdrs: list[list[int]] = []
    for i, p in enumerate(phdrs):
        if i == notes[0]:
            continue
        if i == index:
            new_phdrs += [first, second]
            continue
        if p[2] >= cut_to:
            p = [*p[:2], p[2] - gap, *p[3:]]
        elif p[5] and p[2] + p[5] > cut_from:
            raise BuildError(f"{symbol}: a segment overlaps the data")
        new_phdrs.append(p)
    phoff, shoff = struct.unpack_from("<QQ", data, 0x20)
    phentsize, shentsize = struct.unpack_from("<H", data, 0x36)[0], struct.unpack_from("<H", data, 0x3A)[0]
    for i, p in enumerate(new_phdrs):
        struct.pack_into(_PHDR, out, phoff + i * phentsize, *p)
    if shoff >= cut_to:
        shoff -= gap
    for s in shdrs:
        if s[4] >= cut_to:
            s[4] -= gap
    del out[cut_from:cut_to]
    struct.pack_into("<Q", out, 0x28, shoff)
    for i, s in enumerate(shdrs):
        struct.pack_into(_SHDR, out, shoff + i * shentsize, *s)
    return bytes(out)


# The library loaded in a separate process, so a broken file fails the build with a message.
_CHECK_LOADED = """
import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
address = ctypes.addressof(ctypes.c_char.in_dll(lib, sys.argv[2]))
expected = open(sys.argv[3], "rb").read()
sys.exit(0 if address % 16 == 0 and ctypes.string_at(address, len(expected)) == expected else 3)
"""


def _check_loaded(library: Path, symbol: str, expected: bytes) -> None:
    """Load the library and compare the symbol's bytes: a wrong layout would only show at run time."""
    reference = library.with_name(library.name + ".expected")
    reference.write_bytes(expected)
    proc = subprocess.run([sys.executable, "-c", _CHECK_LOADED, str(library), symbol, str(reference)],
                          capture_output=True, text=True)
    reference.unlink()
    if proc.returncode != 0:
        raise BuildError(f"{library.name} does not hold the filtered ICU data once loaded "
                         f"(exit {proc.returncode}) {proc.stderr.strip()[-500:]}")


def _rebuild_icu_library(binaries: list, work: Path) -> list:
    """Replace libicudataNN with a rebuilt, smaller one. Needs objcopy and ld (binutils, which
    PyInstaller needs on Linux anyway)."""
    found = [b for b in binaries if re.fullmatch(r"libicudata\.so\.\d+", Path(b[0]).name)]
    if not found:
        return binaries
    dest, src, kind = found[0]
    soname = Path(dest).name
    version = soname.rsplit(".", 1)[1]
    symbol = f"icudt{version}_dat"
    blob, machine = elf_symbol(Path(src).read_bytes(), symbol)
    if machine not in _ELF_MACHINES:
        print(f"note: ICU data kept whole (no rule for ELF machine {machine})")
        return binaries
    fmt, arch = _ELF_MACHINES[machine]
    dat = f"icudt{version}l.dat"
    (work / dat).write_bytes(filter_icu_data(blob))
    mangled = re.sub(r"\W", "_", dat)
    for cmd in (["objcopy", "-I", "binary", "-O", fmt, "-B", arch,
                 "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
                 "--set-section-alignment", ".data=16", f"--redefine-sym=_binary_{mangled}_start={symbol}",
                 f"--strip-symbol=_binary_{mangled}_end", f"--strip-symbol=_binary_{mangled}_size",
                 dat, "icudata.o"],
                ["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", soname, "icudata.o"]):
        try:
            subprocess.run(cmd, cwd=work, check=True, capture_output=True, text=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            raise BuildError(f"rebuilding the ICU data library: {' '.join(cmd[:1])} failed: "
                             f"{getattr(exc, 'stderr', '') or exc}") from None
    expected = (work / dat).read_bytes()
    _check_loaded(work / soname, symbol, expected)
    print(f"ICU data  {soname}: {len(blob) / 1e6:.1f} MB -> {len(expected) / 1e6:.1f} MB")
    return [(dest, str(work / soname), kind) if b[0] == dest else b for b in binaries]


def cut_builtin_icu(data: bytes) -> tuple[bytes, str, bytes]:
    """A library with ICU's data built in, that data filtered and its freed pages left out of
    the file (replace_symbol_data): (the library, the data's symbol, its bytes once loaded).
    Raises BuildError if the library has no ICU data symbol."""
    _phdrs, shdrs = _elf_tables(data)
    symbol, offset, size = _find_symbol(data, shdrs, _DATA_SYMBOL)
    filtered = filter_icu_data(data[offset:offset + size])
    return replace_symbol_data(data, symbol, filtered), symbol, filtered + b"\0" * (size - len(filtered))


def _cut_builtin_icu(binaries: list, datas: list, work: Path) -> tuple[list, list]:
    """Libraries with ICU's data built in are stripped here, cut, and collected as data files:
    PyInstaller must not strip them again (see replace_symbol_data)."""
    found = [(dist, b) for b in binaries for dist, name in BUILTIN_ICU_LIBRARIES.items()
             if name.fullmatch(Path(b[0]).name)]
    for dist, entry in found:
        dest, src, _kind = entry
        library = work / Path(dest).name
        shutil.copyfile(src, library)
        if STRIP:
            try:
                subprocess.run(["strip", str(library)], check=True, capture_output=True, text=True)
            except (OSError, subprocess.CalledProcessError) as exc:
                raise BuildError(f"strip {library.name} failed: {getattr(exc, 'stderr', '') or exc}") from None
        data = library.read_bytes()
        try:
            cut, symbol, expected = cut_builtin_icu(data)
        except BuildError as exc:
            print(f"note: {library.name} kept whole ({exc})")
            continue
        library.write_bytes(cut)
        _check_loaded(library, symbol, expected)
        print(f"ICU data  {library.name} (built in): file {len(data) / 1e6:.1f} MB -> {len(cut) / 1e6:.1f} MB")
        notice = work / f"{library.name}.MODIFIED.txt"
        notice.write_text(MODIFIED_NOTICE.format(library=library.name, date=_build_date()), encoding="utf-8")
        binaries = [b for b in binaries if b is not entry]
        datas = [*datas, (dest, str(library), "DATA"), (f"licenses/{dist}/MODIFIED.txt", str(notice), "DATA")]
    return binaries, datas


# GPL-3.0 section 5(a): a modified libzim carries a notice saying so, with a date.
MODIFIED_NOTICE = """{library} in this bundle is modified: when the bundle was built ({date}), the ICU data
built into it was cut down to the root, English, Bengali and Hindi items and the freed pages
were left out of the file; like every library in the bundle, it is also stripped of its symbol
tables. Nothing else changed. The program that does it is
src/relations_desktop/packaging/icu.py in the Relations Desktop source; libzim's own source is
published by the openZIM project.
"""


def _build_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return moment.date().isoformat()


def trim_icu_data(binaries: list, datas: list, workdir: Path) -> tuple[list, list]:
    """Smaller ICU data (see the module docstring) in PyInstaller's TOCs; other platforms: unchanged."""
    if not sys.platform.startswith("linux"):
        return binaries, datas
    work = workdir / "icu"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    binaries = _rebuild_icu_library(binaries, work)
    return _cut_builtin_icu(binaries, datas, work)

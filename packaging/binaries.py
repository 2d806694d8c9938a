"""The libraries a binary links to (ELF ``DT_NEEDED``, PE import and delay-import tables).

Read directly from the file, one level deep (``ldd`` would list every library further down
the chain, and on Linux only), so that ``bundle_config.prune_orphans`` can tell which
libraries of the bundle are still linked to by something kept, on Linux and for Windows
DLLs alike (``windows_estimate.py`` reads the Windows wheels here). Standard library only.
"""

from __future__ import annotations

import struct
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
SHT_DYNAMIC = 6
DT_NEEDED = 1


def needed_libraries(path: Path | str) -> set[str]:
    """File names of the libraries *path* links to; empty for anything not ELF or PE."""
    data = Path(path).read_bytes()
    if data[:4] == ELF_MAGIC:
        return _elf_needed(data)
    if data[:2] == b"MZ":
        return _pe_imports(data)
    return set()


def _elf_needed(data: bytes) -> set[str]:
    is64, little = data[4] == 2, data[5] == 1
    order = "<" if little else ">"
    if is64:
        shoff, = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        section, dyn, dyn_size = order + "IIQQQQIIQQ", order + "qQ", 16
    else:
        shoff, = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        section, dyn, dyn_size = order + "IIIIIIIIII", order + "iI", 8
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    names: set[str] = set()
    for _name, kind, _flags, _addr, offset, size, link, *_ in sections:
        if kind != SHT_DYNAMIC:
            continue
        strings = sections[link][4]  # the offset of the linked string table (.dynstr)
        for position in range(offset, offset + size, dyn_size):
            tag, value = struct.unpack_from(dyn, data, position)
            if tag == 0:
                break
            if tag == DT_NEEDED:
                end = data.index(b"\0", strings + value)
                names.add(data[strings + value:end].decode())
    return names


def _pe_imports(data: bytes) -> set[str]:
    pe, = struct.unpack_from("<I", data, 0x3C)
    if data[pe:pe + 4] != b"PE\0\0":
        return set()
    sections_count, = struct.unpack_from("<H", data, pe + 6)
    optional_size, = struct.unpack_from("<H", data, pe + 20)
    optional = pe + 24
    magic, = struct.unpack_from("<H", data, optional)
    directories = optional + (112 if magic == 0x20B else 96)  # PE32+ or PE32
    table = optional + optional_size
    sections = [struct.unpack_from("<8xIIII", data, table + 40 * i) for i in range(sections_count)]

    def offset(rva: int) -> int | None:
        for virtual_size, address, raw_size, raw_offset in sections:
            if address <= rva < address + max(virtual_size, raw_size):
                return rva - address + raw_offset
        return None

    def name_at(rva: int) -> str:
        start = offset(rva)
        if start is None:
            return ""
        return data[start:data.index(b"\0", start)].decode("ascii", "replace")

    names: set[str] = set()
    # Directory 1: imports (descriptors of 20 bytes, the name at +12); 13: delay imports
    # (descriptors of 32 bytes, the name at +4).
    for index, size, name_field in ((1, 20, 12), (13, 32, 4)):
        rva, _length = struct.unpack_from("<II", data, directories + 8 * index)
        start = offset(rva) if rva else None
        while start is not None and start + size <= len(data):
            name_rva, = struct.unpack_from("<I", data, start + name_field)
            if name_rva == 0:
                break
            names.add(name_at(name_rva))
            start += size
    names.discard("")
    return names

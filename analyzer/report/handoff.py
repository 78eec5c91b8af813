"""Handing the PDF's plot images from the process that writes the HTML to the one that writes the
PDF.

When the report writes HTML and PDF together on a machine with two CPUs, the PDF is laid out in
a forked process while this one draws the SVGs. Drawing a figure's PNG right after its SVG is
cheap (the layout is already computed), so this process draws the PNGs too and hands each one
over as soon as it exists; the PDF process meanwhile lays out its text and takes each PNG when
its page reaches the figure, drawing it itself only if this process could not.

The PNGs go through files in a private temporary folder; a pipe carries only the keys of the
finished ones (short lines, written whole), so neither side ever waits for the other to read.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


class PngHandoff:
    """Create before forking; the child calls :meth:`receiver`, the parent :meth:`sender`."""

    def __init__(self, draw: Callable[[str], bytes]):
        self._draw = draw  # key -> PNG, the same drawing on either side
        self._folder = Path(tempfile.mkdtemp(prefix="chat-balance-"))
        self._read, self._write = os.pipe()

    # -- the PDF's side (the forked child)
    def receiver(self) -> Callable[[str], bytes]:
        """``png(key)``: the PNG the parent handed over, waiting for it if it is still being
        drawn; drawn here if the parent stopped handing over without it."""
        os.close(self._write)
        self._write = None
        pipe = os.fdopen(self._read, "rb")
        ready: set[str] = set()
        done = False
        cache: dict[str, bytes] = {}

        def png(key: str) -> bytes:
            nonlocal done
            if key in cache:
                return cache[key]
            while key not in ready and not done:
                line = pipe.readline()
                if not line:
                    done = True
                else:
                    ready.add(line.decode("utf-8").rstrip("\n"))
            data = (self._folder / f"{key}.png").read_bytes() if key in ready else self._draw(key)
            cache[key] = data
            return data

        return png

    # -- the HTML's side (this process)
    def sender(self) -> Callable[..., None]:
        """``send(key, figure)``: draw the figure's PNG and hand it over (nothing once the child
        has gone: its exit status tells why). Its arguments are those of ``figure_svgs(each=)``."""
        os.close(self._read)

        def send(key: str, _figure: object = None) -> None:
            if self._write is None:
                return
            data = self._draw(key)
            part = self._folder / f"{key}.png.part"
            try:
                part.write_bytes(data)
                part.replace(self._folder / f"{key}.png")
                os.write(self._write, f"{key}\n".encode())
            except OSError:  # the child has finished or failed; the HTML goes on
                self.close()

        return send

    def close(self) -> None:
        """The parent hands over nothing more: a child still waiting draws the rest itself."""
        if self._write is not None:
            try:
                os.close(self._write)
            except OSError:
                pass
            self._write = None

    def remove(self) -> None:
        """Delete the folder (the parent, once the child has finished)."""
        self.close()
        shutil.rmtree(self._folder, ignore_errors=True)

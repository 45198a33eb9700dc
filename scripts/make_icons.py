"""Render the app icon from resources/icons/app.svg for installers and desktops.

Writes into the given folder (default build/icons):
  hicolor/<N>x<N>/apps/<APP_ID>.png for the freedesktop sizes, hicolor/scalable/apps/<APP_ID>.svg,
  smartklasse.ico (Windows: 16-256 px) and smartklasse.icns (macOS: 16-1024 px).
Qt draws the SVG (the same renderer the app uses); Pillow, a build-only dependency,
writes the .ico and .icns. Run by scripts/build.sh:
  python scripts/make_icons.py [OUT_DIR]
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from smartklasse import APP_ID  # noqa: E402

SOURCE = ROOT / "resources" / "icons" / "app.svg"
#: The sizes desktops look for in the hicolor theme.
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at ``size`` pixels square, as a Pillow RGBA image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main(out: Path) -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    images = {size: render(renderer, size) for size in {*HICOLOR_SIZES, *ICO_SIZES, *ICNS_SIZES}}
    for size in HICOLOR_SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        images[size].save(folder / f"{APP_ID}.png")
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable / f"{APP_ID}.svg")
    largest = images[max(ICO_SIZES)]
    largest.save(
        out / "smartklasse.ico",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES],
    )
    images[max(ICNS_SIZES)].save(
        out / "smartklasse.icns", append_images=[images[size] for size in ICNS_SIZES]
    )
    print(f"icons written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons")

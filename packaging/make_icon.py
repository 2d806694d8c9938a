"""Draw the app icon: a red square with a yellow five-pointed star and "SCB".

Writes ``resources/icons/sochibo.png`` (256 px, the window icon) and
``resources/icons/sochibo.ico`` (16-256 px, the Windows executable and shortcuts).
Run once after changing the design: ``uv run python packaging/make_icon.py``; both files are
committed so a build needs nothing but this repository.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
RED = (218, 37, 29, 255)  # the flag's red
YELLOW = (255, 222, 0, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
SIZE = 1024  # drawn large, scaled down with antialiasing


def _star(cx: float, cy: float, outer: float) -> list[tuple[float, float]]:
    inner = outer * math.sin(math.radians(18)) / math.sin(math.radians(54))
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.radians(-90 + i * 36)
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, SIZE - 1, SIZE - 1), radius=SIZE // 8, fill=RED)
    pen.polygon(_star(SIZE / 2, SIZE * 0.40, SIZE * 0.30), fill=YELLOW)
    font = ImageFont.load_default(size=int(SIZE * 0.22))  # Pillow's own font: same on any PC
    pen.text((SIZE / 2, SIZE * 0.86), "SCB", font=font, fill=YELLOW, anchor="ms")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "sochibo.png", optimize=True)
    image.save(OUT / "sochibo.ico", sizes=ICO_SIZES)
    print(f"wrote {OUT / 'sochibo.png'} and {OUT / 'sochibo.ico'}")


if __name__ == "__main__":
    main()

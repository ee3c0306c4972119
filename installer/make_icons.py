"""Draw EmbedTune's icons and write every size Windows, macOS and Linux want.

The design: a rounded-square tile in deep indigo with two translucent discs (teal and coral)
that overlap in the middle, where their overlap glows lighter: two sentences whose meanings
come together, which is what fine-tuning an embedding model does. The project-file icon is a
white page with a folded corner carrying the same two discs.

Everything is drawn at 1024 px with Pillow (4x supersampled, then downscaled) so the small
sizes stay crisp. Run from the repository root:

    python installer/make_icons.py

Outputs (in ``resources/icons/``): ``app-1024.png``, ``app.png`` (256), ``app-{16..512}.png``,
``app.ico`` (16-256, multi-size), ``app.icns``, ``project.png``, ``project.ico``,
``project.icns``.
"""

from __future__ import annotations

import io
import struct
import sys
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
MASTER = 1024
SUPERSAMPLE = 4
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

INDIGO_TOP = (49, 46, 129)
INDIGO_BOTTOM = (30, 27, 75)
TEAL = (45, 212, 191)
CORAL = (251, 113, 133)
GLOW = (254, 243, 199)


def _vertical_gradient(
    size: int, top: tuple[int, int, int], bottom: tuple[int, int, int]
) -> Image.Image:
    """Return a square RGBA image fading from ``top`` to ``bottom``."""
    column = Image.new("RGBA", (1, size))
    for y in range(size):
        t = y / max(size - 1, 1)
        rgb = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        column.putpixel((0, y), (*rgb, 255))
    return column.resize((size, size))


def _disc_mask(size: int, centre: tuple[float, float], radius: float) -> Image.Image:
    """Return an L mask with a filled disc."""
    mask = Image.new("L", (size, size), 0)
    cx, cy = centre
    ImageDraw.Draw(mask).ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=255)
    return mask


def _two_discs(size: int, origin: tuple[float, float], scale: float) -> Image.Image:
    """Return the two overlapping discs (teal, coral, light overlap) on a transparent layer.

    Args:
        size: Side of the square layer in pixels.
        origin: Centre of the motif in pixels.
        scale: Radius of each disc in pixels.
    """
    ox, oy = origin
    offset = scale * 0.62
    left = _disc_mask(size, (ox - offset, oy + offset * 0.25), scale)
    right = _disc_mask(size, (ox + offset, oy - offset * 0.25), scale)
    overlap = ImageChops.multiply(left, right)

    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    layer.paste(Image.new("RGBA", (size, size), (*TEAL, 255)), (0, 0), left)
    layer.paste(Image.new("RGBA", (size, size), (*CORAL, 235)), (0, 0), right)
    layer.paste(Image.new("RGBA", (size, size), (*GLOW, 255)), (0, 0), overlap)
    return layer


def draw_app_icon() -> Image.Image:
    """Return the 1024 px app icon (RGBA)."""
    big = MASTER * SUPERSAMPLE
    # macOS-style margins: the tile fills ~80% of the canvas, so it sits well with other icons.
    margin = round(big * 0.09)
    radius = round(big * 0.2)
    tile_mask = Image.new("L", (big, big), 0)
    ImageDraw.Draw(tile_mask).rounded_rectangle(
        (margin, margin, big - margin, big - margin), radius=radius, fill=255
    )
    canvas = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    # A soft shadow under the tile.
    shadow = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    shadow_mask = tile_mask.filter(ImageFilter.GaussianBlur(big * 0.015))
    shadow.paste(Image.new("RGBA", (big, big), (0, 0, 0, 90)), (0, round(big * 0.012)), shadow_mask)
    canvas = Image.alpha_composite(canvas, shadow)
    tile = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    tile.paste(_vertical_gradient(big, INDIGO_TOP, INDIGO_BOTTOM), (0, 0), tile_mask)
    canvas = Image.alpha_composite(canvas, tile)
    canvas = Image.alpha_composite(canvas, _two_discs(big, (big / 2, big / 2), big * 0.22))
    return canvas.resize((MASTER, MASTER), Image.Resampling.LANCZOS)


def draw_project_icon() -> Image.Image:
    """Return the 1024 px document icon for project files (RGBA)."""
    big = MASTER * SUPERSAMPLE
    left, top, right, bottom = big * 0.17, big * 0.06, big * 0.83, big * 0.94
    fold = big * 0.18
    canvas = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    page = [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)]
    draw = ImageDraw.Draw(canvas)
    draw.polygon(page, fill=(248, 250, 252, 255), outline=(148, 163, 184, 255))
    draw.line([*page, page[0]], fill=(148, 163, 184, 255), width=round(big * 0.008))
    draw.polygon(
        [(right - fold, top), (right - fold, top + fold), (right, top + fold)],
        fill=(203, 213, 225, 255),
    )
    canvas = Image.alpha_composite(canvas, _two_discs(big, (big / 2, big * 0.56), big * 0.17))
    return canvas.resize((MASTER, MASTER), Image.Resampling.LANCZOS)


#: ICNS entry types and the pixel size of each (PNG payloads; @2x types hold double size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def write_icns(image: Image.Image, path: Path) -> None:
    """Write a macOS .icns holding every size from 16 to 1024 px (1x and @2x) as PNGs.

    Pillow's own ICNS writer leaves out the 1x 16 and 32 px entries that Finder's list view
    uses; the format is simple enough to write in full here.
    """
    chunks = []
    for kind, size in ICNS_TYPES:
        buffer = io.BytesIO()
        _shrink(image, size).save(buffer, format="PNG", optimize=True)
        data = buffer.getvalue()
        chunks.append(kind + struct.pack(">I", len(data) + 8) + data)
    body = b"".join(chunks)
    path.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def _shrink(image: Image.Image, size: int) -> Image.Image:
    """Downscale with a little sharpening for the tiny sizes."""
    small = image.resize((size, size), Image.Resampling.LANCZOS)
    if size <= 32:
        small = small.filter(ImageFilter.UnsharpMask(radius=0.6, percent=60, threshold=0))
    return small


def write_icons(out_dir: Path = ICONS_DIR) -> list[Path]:
    """Draw the icons and write every file; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    app = draw_app_icon()
    app.save(out_dir / "app-1024.png", optimize=True)
    written.append(out_dir / "app-1024.png")
    for size in PNG_SIZES:
        path = out_dir / f"app-{size}.png"
        _shrink(app, size).save(path, optimize=True)
        written.append(path)
    _shrink(app, 256).save(out_dir / "app.png", optimize=True)
    written.append(out_dir / "app.png")
    app.save(out_dir / "app.ico", sizes=ICO_SIZES)
    write_icns(app, out_dir / "app.icns")
    written += [out_dir / "app.ico", out_dir / "app.icns"]

    project = draw_project_icon()
    _shrink(project, 256).save(out_dir / "project.png", optimize=True)
    project.save(out_dir / "project.ico", sizes=ICO_SIZES)
    write_icns(project, out_dir / "project.icns")
    written += [out_dir / "project.png", out_dir / "project.ico", out_dir / "project.icns"]
    return written


def main() -> int:
    """Write the icons and list them."""
    for path in write_icons():
        print(f"{path.relative_to(ICONS_DIR.parent.parent)}  {path.stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

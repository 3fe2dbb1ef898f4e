#!/usr/bin/env python3
"""Draws the portal's icon, two Andean peaks on the design system's dark blue, as wwwroot/icon.svg and as
wwwroot/favicon.ico (16, 32 and 48 px PNGs). Plain Python, so the icon can be redrawn anywhere; run it from
this folder after changing a shape or a colour. The icon is the portal's own: no flag, wordmark or signature."""
import struct
import zlib

BACKGROUND = (0x26, 0x37, 0x4A)  # gcds text-primary
PEAKS = (0xFF, 0xFF, 0xFF)
RADIUS = 0.18
# One polygon in a unit square: two peaks, the left one higher.
MOUNTAIN = [(0.10, 0.80), (0.40, 0.26), (0.53, 0.49), (0.65, 0.36), (0.90, 0.80)]


def inside_rounded_square(x, y):
    cx = min(max(x, RADIUS), 1 - RADIUS)
    cy = min(max(y, RADIUS), 1 - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def inside_polygon(x, y, points):
    hit = False
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            hit = not hit
    return hit


def pixels(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter: none
        for px in range(size):
            r = g = b = a = 0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    if not inside_rounded_square(x, y):
                        continue
                    colour = PEAKS if inside_polygon(x, y, MOUNTAIN) else BACKGROUND
                    r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
            n = samples * samples
            row += bytes([r // a, g // a, b // a, 255 * a // n] if a else [0, 0, 0, 0])
        rows.append(bytes(row))
    return b"".join(rows)


def png(size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels(size), 9)) + chunk(b"IEND", b"")


def ico(sizes):
    images = [png(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, image in zip(sizes, images):
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return out + b"".join(images)


def svg():
    points = " ".join(f"{x * 64:g},{y * 64:g}" for x, y in MOUNTAIN)
    colour = "#%02x%02x%02x" % BACKGROUND
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
        f'<rect width="64" height="64" rx="{RADIUS * 64:g}" fill="{colour}"/>'
        f'<polygon points="{points}" fill="#fff"/></svg>\n'
    )


if __name__ == "__main__":
    with open("../wwwroot/favicon.ico", "wb") as f:
        f.write(ico([16, 32, 48]))
    with open("../wwwroot/icon.svg", "w") as f:
        f.write(svg())
    with open("../wwwroot/apple-touch-icon.png", "wb") as f:
        f.write(png(180))

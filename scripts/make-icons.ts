/**
 * Draws the add-in icons (a white house on a rounded green square) and writes them as PNG files to
 * assets/icon-<size>.png. Pure Node: the PNG is assembled by hand and compressed with zlib, so the icons
 * can be regenerated without an image library. Run with `npx tsx scripts/make-icons.ts [outDir]`.
 *
 * The PNGs are committed; rerun this only when the design changes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

/** Sizes Office asks for: 16/32/80 on the ribbon, 32/64 for IconUrl/HighResolutionIconUrl, 128 for stores. */
const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [0x1f, 0x6f, 0x5c]; // deep teal-green, readable on light and dark ribbons
const HOUSE: Rgb = [0xff, 0xff, 0xff];

/** Every shape is described in unit coordinates (0..1 across the icon), so one design serves all sizes. */
function insideRoundedSquare(x: number, y: number): boolean {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideRoof(x: number, y: number): boolean {
  const apexY = 0.17;
  const baseY = 0.5;
  const halfBase = 0.37;
  if (y < apexY || y > baseY) return false;
  const half = (halfBase * (y - apexY)) / (baseY - apexY);
  return Math.abs(x - 0.5) <= half;
}

function insideHouse(x: number, y: number): boolean {
  const body = x >= 0.24 && x <= 0.76 && y >= 0.46 && y <= 0.84;
  const door = x >= 0.43 && x <= 0.57 && y >= 0.6 && y <= 0.84;
  return (insideRoof(x, y) || body) && !door;
}

/** Renders one icon as RGBA rows, anti-aliased by 4×4 supersampling. */
function renderIcon(size: number): Buffer {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bgHits = 0;
      let houseHits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(x, y)) continue;
          bgHits++;
          if (insideHouse(x, y)) houseHits++;
        }
      }
      const total = samples * samples;
      const alpha = bgHits / total;
      // Colour of the covered part: house and background mixed by their share of the covered samples.
      const houseShare = bgHits === 0 ? 0 : houseHits / bgHits;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        const value = (HOUSE[c] ?? 0) * houseShare + (BACKGROUND[c] ?? 0) * (1 - houseShare);
        rgba[offset + c] = Math.round(value);
      }
      rgba[offset + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as an 8-bit truecolour-with-alpha PNG (filter type 0 on every row). */
function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main(): void {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const outDir = resolve(process.argv[2] ?? join(repoRoot, "assets"));
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

main();

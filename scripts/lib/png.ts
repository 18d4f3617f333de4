/**
 * Just enough of PNG for the store images (scripts/store.ts) and their tests: the IHDR header (size, bit depth, colour type —
 * 2 is RGB without alpha, 6 is RGBA) and, for 8-bit RGB/RGBA non-interlaced files, the pixels.
 */
import { deflateSync, inflateSync } from 'node:zlib'

export interface PngHeader {
  width: number
  height: number
  bitDepth: number
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  colorType: number
  interlace: number
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunks(png: Buffer): Array<{ type: string; data: Buffer }> {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file')
  const out: Array<{ type: string; data: Buffer }> = []
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at)
    out.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) })
    at += 12 + length
  }
  return out
}

export function pngHeader(png: Buffer): PngHeader {
  const ihdr = chunks(png)[0]
  if (ihdr?.type !== 'IHDR') throw new Error('PNG without IHDR first')
  const d = ihdr.data
  return {
    width: d.readUInt32BE(0),
    height: d.readUInt32BE(4),
    bitDepth: d[8] ?? 0,
    colorType: d[9] ?? 0,
    interlace: d[12] ?? 0,
  }
}

/** Whether the file has any alpha information: an alpha channel or a transparency chunk. */
export function pngHasAlpha(png: Buffer): boolean {
  const { colorType } = pngHeader(png)
  return colorType === 4 || colorType === 6 || chunks(png).some((c) => c.type === 'tRNS')
}

/** RGBA pixels (alpha 255 for RGB files) of an 8-bit, non-interlaced RGB or RGBA PNG. */
export function pngPixels(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  const h = pngHeader(png)
  if (h.bitDepth !== 8 || h.interlace !== 0 || (h.colorType !== 2 && h.colorType !== 6))
    throw new Error(
      `unsupported PNG: depth ${h.bitDepth}, colour type ${h.colorType}, interlace ${h.interlace}`,
    )
  const channels = h.colorType === 6 ? 4 : 3
  const raw = inflateSync(
    Buffer.concat(
      chunks(png)
        .filter((c) => c.type === 'IDAT')
        .map((c) => c.data),
    ),
  )
  const stride = h.width * channels
  const rows = new Uint8Array(h.height * stride)
  for (let y = 0; y < h.height; y++) {
    const filter = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] ?? 0
      const a = x >= channels ? (rows[y * stride + x - channels] ?? 0) : 0
      const b = y > 0 ? (rows[(y - 1) * stride + x] ?? 0) : 0
      const c = x >= channels && y > 0 ? (rows[(y - 1) * stride + x - channels] ?? 0) : 0
      const p = a + b - c
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0
      rows[y * stride + x] = (v + predictor) & 0xff
    }
  }
  const rgba = new Uint8Array(h.width * h.height * 4)
  for (let i = 0; i < h.width * h.height; i++) {
    for (let k = 0; k < 3; k++) rgba[i * 4 + k] = rows[i * channels + k] ?? 0
    rgba[i * 4 + 3] = channels === 4 ? (rows[i * channels + 3] ?? 0) : 255
  }
  return { width: h.width, height: h.height, rgba }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/**
 * The same picture as a 24-bit PNG without alpha (colour type 2), as the Chrome Web Store wants its screenshots
 * and tiles. Any transparency is composited over `background` (white by default).
 */
export function pngWithoutAlpha(png: Buffer, background: [number, number, number] = [255, 255, 255]): Buffer {
  const { width, height, rgba } = pngPixels(png)
  const raw = Buffer.alloc(height * (width * 3 + 1))
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    raw[row] = 0 // filter: none
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const a = (rgba[i + 3] ?? 255) / 255
      for (let k = 0; k < 3; k++)
        raw[row + 1 + x * 3 + k] = Math.round((rgba[i + k] ?? 0) * a + background[k as 0 | 1 | 2] * (1 - a))
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // colour type: RGB
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

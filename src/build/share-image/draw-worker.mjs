// @ts-check
/**
 * A share-card drawing worker (a worker thread, started by draw-pool.ts): satori lays out the card,
 * resvg rasterises it, the card's pictures are pasted on, and the pixels are encoded as PNG.
 *
 * Plain JavaScript, run by Node from its file in src/ (draw-pool.ts finds it from the project's
 * root), not through Vite: it imports no file of its own, and satori and resvg are found from
 * `workerData.resolveFrom`, a file inside the project.
 *
 * Its source text is part of every card's cache key (drawing-code.ts): any edit here draws every
 * card again.
 *
 * workerData: DrawWorkerData (draw-pool.ts). Message in: a CardDrawing (drawing.ts).
 * Reply: { result: Uint8Array } (the PNG) or { error: string }, one reply per message, in order
 * (src/build/worker-pool.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';

const { resolveFrom, fontFiles, width, height } = workerData;
const require = createRequire(resolveFrom);
const satori = require('satori').default;
const { Resvg } = require('@resvg/resvg-js');

// Read once per worker; satori also keeps its parsed fonts per array, so pass the same array each time.
const fonts = fontFiles.map((/** @type {{ name: string, weight: number, path: string }} */ font) => ({
  name: font.name,
  weight: font.weight,
  style: 'normal',
  data: readFileSync(font.path),
}));

// satori draws text as paths, so resvg needs no fonts: by default it would scan the system's on
// every card (about 1.5 ms each).
const RESVG_OPTIONS = { font: { loadSystemFonts: false } };

/** Rasterised pictures by SVG text: the article cards of a language all show the same world map. */
const pictures = new Map();
const PICTURES_KEPT = 16;

/** @param {string} svg */
function rasterisePicture(svg) {
  let image = pictures.get(svg);
  if (!image) {
    const rendered = new Resvg(svg, RESVG_OPTIONS).render();
    image = { pixels: rendered.pixels, width: rendered.width, height: rendered.height };
    // Oldest first out: a map stops being needed once its language's cards are drawn.
    if (pictures.size >= PICTURES_KEPT) pictures.delete(pictures.keys().next().value);
    pictures.set(svg, image);
  }
  return image;
}

/**
 * Copies a picture's pixels row by row over the card's.
 * @param {Buffer} card RGBA pixels, `width` wide
 * @param {{ svg: string, left: number, top: number, size: number }} picture
 */
function paste(card, picture) {
  const image = rasterisePicture(picture.svg);
  if (image.width !== picture.size || image.height !== picture.size) {
    throw new Error(`a picture is ${image.width}x${image.height} pixels, not the ${picture.size}x${picture.size} its box expects`);
  }
  if (picture.left < 0 || picture.top < 0 || picture.left + picture.size > width || picture.top + picture.size > height) {
    throw new Error(`a picture at (${picture.left}, ${picture.top}) does not fit on the card`);
  }
  const row = picture.size * 4;
  for (let y = 0; y < picture.size; y++) {
    image.pixels.copy(card, ((picture.top + y) * width + picture.left) * 4, y * row, (y + 1) * row);
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * @param {string} type
 * @param {Buffer} data
 */
function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return [head, data, crc];
}

/** The card's pixels: one buffer per worker, painted afresh for each card (encodePng copies it out). */
const card = Buffer.alloc(width * height * 4);

/**
 * Paints the whole card `background` (#rrggbb), then copies the laid-out text's pixels over its
 * left part.
 * @param {string} background
 * @param {{ pixels: Buffer, width: number, height: number }} text
 */
function paintCard(background, text) {
  const colour = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (!colour) throw new Error(`the background "${background}" is not a #rrggbb colour`);
  card.fill(Buffer.from([...colour.slice(1).map((hex) => parseInt(hex, 16)), 255]));
  const row = text.width * 4;
  for (let y = 0; y < height; y++) text.pixels.copy(card, y * width * 4, y * row, (y + 1) * row);
  return card;
}

/** The PNG's rows, each behind its filter byte: one buffer per worker, as for the card. */
const rows = Buffer.alloc(height * (width * 4 + 1));

/**
 * RGBA pixels as a PNG. resvg's own encoder took about 10 ms a card; zlib at level 3 with no row
 * filter takes about 4 ms and makes files of much the same size (50-110 KB).
 * resvg's pixels are premultiplied; that equals plain RGBA here because every card is opaque (the
 * layout paints its background over the whole card, and pictures are opaque).
 * @param {Buffer} pixels
 */
function encodePng(pixels) {
  const stride = width * 4;
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0; // filter type: none
    pixels.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA; compression, filter and interlace bytes stay 0
  return Buffer.concat([PNG_SIGNATURE, ...pngChunk('IHDR', header), ...pngChunk('IDAT', deflateSync(rows, { level: 3 })), ...pngChunk('IEND', Buffer.alloc(0))]);
}

/** @param {{ layout: unknown, layoutWidth: number, background: string, pictures: { svg: string, left: number, top: number, size: number }[] }} drawing */
async function draw(drawing) {
  const { layoutWidth } = drawing;
  if (!Number.isInteger(layoutWidth) || layoutWidth < 1 || layoutWidth > width) throw new Error(`the layout is ${layoutWidth} pixels wide, not a whole number from 1 to ${width}`);
  const svg = await satori(drawing.layout, { width: layoutWidth, height, fonts });
  const text = new Resvg(svg, RESVG_OPTIONS).render();
  if (text.width !== layoutWidth || text.height !== height) throw new Error(`the layout drew ${text.width}x${text.height} pixels, not ${layoutWidth}x${height}`);
  const pixels = paintCard(drawing.background, { pixels: text.pixels, width: text.width, height: text.height });
  for (const picture of drawing.pictures) paste(pixels, picture);
  return encodePng(pixels);
}

if (!parentPort) throw new Error('draw-worker.mjs runs only as a worker thread (see draw-pool.ts)');
const port = parentPort;
port.on('message', async (drawing) => {
  try {
    const png = await draw(drawing);
    // Copied, not transferred: about 0.1 ms, and never the risk of handing over a pooled buffer.
    port.postMessage({ result: png });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

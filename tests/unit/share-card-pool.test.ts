/** The share-card drawing workers: a real PNG, and errors that fail fast instead of hanging. */
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { shareCard } from '../../src/build/share-image/card.ts';
import { DrawPool } from '../../src/build/share-image/draw-pool.ts';
import { cardFonts } from '../../src/build/share-image/fonts.ts';
import { COLOURS } from '../../src/build/share-image/palette.ts';

const options = { resolveFrom: import.meta.url, fontFiles: cardFonts(), width: 1200, height: 630 };
const card = shareCard({
  siteName: 'Haiti Mission Explained',
  kicker: 'KENYA',
  title: 'Kenya’s lead role',
  footer: 'As of 26 September 2023',
  map: { viewBox: '0.0 0.0 100.0 100.0', land: [{ d: 'M10,10L90,10L90,90Z', highlighted: true }], markers: [{ x: 50, y: 50, r: 5, highlighted: true }] },
});

describe('DrawPool', () => {
  const pool = new DrawPool(1, options);
  afterAll(() => pool.close());

  it('draws a card as a 1200x630 PNG', async () => {
    const png = Buffer.from(await pool.draw(card));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('paints the card’s background beyond the laid-out text, under the pasted map', async () => {
    const png = Buffer.from(await pool.draw(card));
    // The workers write one IDAT chunk of unfiltered RGBA rows (filter byte 0), so reading a pixel is simple.
    const idat = png.indexOf('IDAT', 8, 'latin1');
    const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const pixel = (x: number, y: number) => '#' + rows.subarray(y * (1200 * 4 + 1) + 1 + x * 4, y * (1200 * 4 + 1) + 1 + x * 4 + 3).toString('hex');
    expect(card.layoutWidth).toBeLessThan(1200);
    // Right of the layout, above the map; at the card's far right edge; in the layout's own padding.
    for (const [x, y] of [[1000, 20], [1199, 629], [10, 10]] as const) expect(pixel(x, y)).toBe(COLOURS.background);
    expect(rows.length).toBe(630 * (1200 * 4 + 1));
  });

  it('fails only the card that cannot be drawn, then goes on drawing', async () => {
    const broken = { ...card, pictures: card.pictures.map((picture) => ({ ...picture, size: 100 })) };
    await expect(pool.draw(broken)).rejects.toThrow(/Could not draw a share card: .*not the 100x100 its box expects/s);
    await expect(pool.draw({ ...card, layoutWidth: 1300 })).rejects.toThrow(/the layout is 1300 pixels wide, not a whole number from 1 to 1200/);
    await expect(pool.draw({ ...card, background: 'navy' })).rejects.toThrow(/the background "navy" is not a #rrggbb colour/);
    expect((await pool.draw(card)).length).toBeGreaterThan(1000);
  });

  it('fails every card, with the worker’s error, when a worker cannot start', async () => {
    const lost = new DrawPool(1, { ...options, resolveFrom: '/nowhere/file.js' });
    await expect(Promise.all([lost.draw(card), lost.draw(card)])).rejects.toThrow(/drawing worker failed: .*satori/s);
    await expect(lost.draw(card)).rejects.toThrow(/drawing worker failed/);
    await lost.close();
  });
});

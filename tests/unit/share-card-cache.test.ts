/** The share-card cache: keys that change with everything a card shows, and files that are always whole. */
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardCacheKey, stableJson } from '../../src/build/share-image/cache-key.ts';
import { CardCache, shareCardCacheDir } from '../../src/build/share-image/card-cache.ts';
import { shareCard, type CardContent } from '../../src/build/share-image/card.ts';
import { drawingCodeId } from '../../src/build/share-image/drawing-code.ts';
import { cardFonts } from '../../src/build/share-image/fonts.ts';

const CODE = 'drawing-code-v1';

/** Built afresh each call, so equal keys come from equal content, not from the same objects. */
function content(): CardContent {
  return {
    siteName: 'Haiti Mission Explained',
    kicker: 'KENYA',
    title: 'Kenya’s lead role',
    detail: 'Up to 1,000 police officers',
    footer: 'As of 26 September 2023',
    map: {
      viewBox: '0.0 0.0 100.0 100.0',
      land: [
        { d: 'M1,1L9,1L9,9Z', highlighted: false },
        { d: 'M20,20L30,20L30,30Z', highlighted: true },
      ],
      markers: [{ x: 25, y: 25, r: 4, highlighted: true }],
    },
  };
}

const keyOf = (card: CardContent, code = CODE) => cardCacheKey(shareCard(card), code);

describe('cardCacheKey', () => {
  it('gives the same content the same key', () => {
    expect(keyOf(content())).toBe(keyOf(content()));
    expect(keyOf(content())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with every field the card shows, and with the drawing code', () => {
    const changed: Record<string, string> = {
      siteName: keyOf({ ...content(), siteName: 'Haïti : la mission expliquée' }),
      kicker: keyOf({ ...content(), kicker: 'HAITI' }),
      title: keyOf({ ...content(), title: 'Kenya’s lead role, updated' }),
      detail: keyOf({ ...content(), detail: 'Up to 2,000 police officers' }),
      'no detail': (() => {
        const { detail: _detail, ...rest } = content();
        return keyOf(rest);
      })(),
      footer: keyOf({ ...content(), footer: 'As of 27 September 2023' }),
      'map view': keyOf({ ...content(), map: { ...content().map, viewBox: '10.0 0.0 100.0 100.0' } }),
      'map highlight': keyOf({ ...content(), map: { ...content().map, land: content().map.land.map((shape) => ({ ...shape, highlighted: false })) } }),
      'map marker': keyOf({ ...content(), map: { ...content().map, markers: [{ x: 26, y: 25, r: 4, highlighted: true }] } }),
      'drawing code': keyOf(content(), 'drawing-code-v2'),
    };
    const keys = [keyOf(content()), ...Object.values(changed)];
    expect(new Set(keys).size, JSON.stringify(changed, null, 1)).toBe(keys.length);
  });

  it('does not depend on the order an object’s keys were written in', () => {
    expect(stableJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe(stableJson({ a: { c: 3, d: [2, { e: 0, f: 1 }] }, b: 1 }));
  });

  it('hashes the drawing code and fonts the same way every time', () => {
    const fonts = cardFonts();
    expect(drawingCodeId(fonts)).toBe(drawingCodeId(cardFonts()));
    expect(drawingCodeId(fonts.slice(0, 1))).not.toBe(drawingCodeId(fonts));
  });
});

describe('CardCache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'share-card-cache-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads back what it wrote, and nothing it did not', async () => {
    const cache = new CardCache(join(dir, 'cards')); // made on first write
    expect(cache.has('a')).toBe(false);
    expect(await cache.read('a')).toBeUndefined();
    await cache.write('a', new Uint8Array([1, 2, 3]));
    expect(cache.has('a')).toBe(true);
    expect(await cache.read('a')).toEqual(new Uint8Array([1, 2, 3]));
    await cache.write('a', new Uint8Array([4]));
    expect(await cache.read('a')).toEqual(new Uint8Array([4]));
    // Written through a temporary file renamed into place: none is left behind.
    expect(await readdir(join(dir, 'cards'))).toEqual(['a.png']);
  });

  it('prunes the cards a build does not use, and temporary files only once they are old', async () => {
    const cache = new CardCache(dir);
    for (const key of ['keep', 'old']) await cache.write(key, new Uint8Array([0]));
    await writeFile(join(dir, 'keep.1-0-1.tmp'), 'being written by another build');
    await writeFile(join(dir, 'old.2-0-1.tmp'), 'left by an interrupted build');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(join(dir, 'old.2-0-1.tmp'), twoHoursAgo, twoHoursAgo);
    expect(await cache.prune(new Set(['keep']))).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['keep.1-0-1.tmp', 'keep.png']);
    expect(await new CardCache(join(dir, 'missing')).prune(new Set())).toBe(0);
  });

  it('lives under .cache/share-cards unless SHARE_CARD_CACHE_DIR says otherwise', () => {
    const before = process.env['SHARE_CARD_CACHE_DIR'];
    try {
      delete process.env['SHARE_CARD_CACHE_DIR'];
      expect(shareCardCacheDir()).toBe(join(process.cwd(), '.cache', 'share-cards'));
      process.env['SHARE_CARD_CACHE_DIR'] = dir;
      expect(shareCardCacheDir()).toBe(dir);
    } finally {
      if (before === undefined) delete process.env['SHARE_CARD_CACHE_DIR'];
      else process.env['SHARE_CARD_CACHE_DIR'] = before;
    }
  });
});

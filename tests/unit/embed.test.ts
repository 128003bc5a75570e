/** The embed's messages between frame and host page, and the code editors paste. */
import { describe, expect, it } from 'vitest';
import { embedSnippet, heightFromMessage, HEIGHT_MESSAGE, MAX_HEIGHT, MIN_HEIGHT } from '../../src/shared/embed/messages.ts';

describe('heightFromMessage', () => {
  it('reads the frame’s height, rounded up', () => {
    expect(heightFromMessage({ type: HEIGHT_MESSAGE, height: 640.2 })).toBe(641);
  });
  it('ignores anything that is not our message or not a number', () => {
    for (const data of [null, 'height', 640, { type: 'other', height: 640 }, { type: HEIGHT_MESSAGE, height: '640' }, { type: HEIGHT_MESSAGE, height: Number.NaN }, { type: HEIGHT_MESSAGE, height: Infinity }]) {
      expect(heightFromMessage(data), JSON.stringify(data)).toBeUndefined();
    }
  });
  it('keeps a height within what a map could be, so a bad message cannot blow up the host page', () => {
    expect(heightFromMessage({ type: HEIGHT_MESSAGE, height: 1e9 })).toBe(MAX_HEIGHT);
    expect(heightFromMessage({ type: HEIGHT_MESSAGE, height: -5 })).toBe(MIN_HEIGHT);
  });
});

describe('embedSnippet', () => {
  const [frame, script] = embedSnippet('https://news.example/fr/embed/map/', 'Carte : « qui offre quoi » & co').split('\n');
  it('gives a frame with a shape that fits without the script, and the script from the same site', () => {
    expect(frame).toMatch(/^<iframe src="https:\/\/news\.example\/fr\/embed\/map\/" /);
    expect(frame).toContain('aspect-ratio:4/3');
    expect(frame).toContain('loading="lazy"');
    expect(script).toBe('<script src="https://news.example/embed/resize.js" async></script>');
  });
  it('escapes the title so it cannot break out of its attribute', () => {
    expect(frame).toContain('title="Carte : « qui offre quoi » &amp; co"');
    expect(embedSnippet('https://x.example/embed/map/', 'a"b<c')).toContain('title="a&quot;b&lt;c"');
  });
});

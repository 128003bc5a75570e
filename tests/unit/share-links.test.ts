import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share-links';

describe('shareLinks', () => {
  const links = shareLinks('https://example.org/countries/belize/', 'Belize & the mission');
  const href = (id: string) => links.find((l) => l.id === id)!.href;

  it('offers the five usual apps, in a fixed order', () => {
    expect(links.map((l) => l.id)).toEqual(['whatsapp', 'x', 'facebook', 'linkedin', 'email']);
  });
  it('encodes the address and title so "&" and spaces cannot break the link', () => {
    expect(href('facebook')).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fcountries%2Fbelize%2F');
    expect(href('x')).toBe('https://x.com/intent/tweet?text=Belize%20%26%20the%20mission&url=https%3A%2F%2Fexample.org%2Fcountries%2Fbelize%2F');
    expect(new URL(href('whatsapp')).searchParams.get('text')).toBe('Belize & the mission https://example.org/countries/belize/');
    expect(href('email')).toMatch(/^mailto:\?subject=Belize%20%26%20the%20mission&body=/);
  });
});

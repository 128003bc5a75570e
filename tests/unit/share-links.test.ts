import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/shared/share-links.ts';

describe('shareLinks', () => {
  const links = shareLinks('https://example.org/countries/belize/', 'Belize & the mission');
  const href = (id: string) => links.find((l) => l.id === id)!.href;

  it('offers the usual apps, in a fixed order', () => {
    expect(links.map((l) => l.id)).toEqual(['whatsapp', 'telegram', 'x', 'facebook', 'linkedin', 'email']);
  });
  it('encodes the address and title so "&" and spaces cannot break the link', () => {
    expect(href('facebook')).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fcountries%2Fbelize%2F');
    expect(href('x')).toBe('https://x.com/intent/tweet?text=Belize%20%26%20the%20mission&url=https%3A%2F%2Fexample.org%2Fcountries%2Fbelize%2F');
    expect(new URL(href('whatsapp')).searchParams.get('text')).toBe('Belize & the mission https://example.org/countries/belize/');
    expect(href('email')).toMatch(/^mailto:\?subject=Belize%20%26%20the%20mission&body=/);
  });
});

describe('shareLinks with a text (the page’s key figure)', () => {
  const url = 'https://example.org/countries/belize/';
  const text = 'Belize: up to 50 uniformed personnel (offered), with conditions';
  const links = shareLinks(url, 'Belize and the mission', 'E-mail', text);
  const href = (id: string) => new URL(links.find((l) => l.id === id)!.href);

  it('puts the text before the link in WhatsApp, Telegram, X and the e-mail body, the title in the subject', () => {
    expect(href('whatsapp').searchParams.get('text')).toBe(`${text} ${url}`);
    expect(href('telegram').searchParams.get('text')).toBe(text);
    expect(href('telegram').searchParams.get('url')).toBe(url);
    expect(href('x').searchParams.get('text')).toBe(text);
    const mail = links.find((l) => l.id === 'email')!.href;
    expect(decodeURIComponent(/subject=([^&]*)/.exec(mail)![1]!)).toBe('Belize and the mission');
    expect(decodeURIComponent(/body=([^&]*)/.exec(mail)![1]!)).toBe(`${text}\n\n${url}`);
  });
});

/** Languages, dictionaries and per-language formatting. */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, fill } from '../../src/i18n/index.ts';
import { countryName } from '../../src/i18n/country-names.ts';
import { formatter } from '../../src/i18n/format.ts';
import { LANGUAGES, localePath, splitLocale } from '../../src/i18n/languages.ts';

/** Every key path of a dictionary, with "()n" for a function of n parameters. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()${value.length}`];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => shape(inner, `${path}.${key}`));
  return [path];
}

describe('the dictionaries', () => {
  it('have the same keys, and functions with the same parameters, in every language', () => {
    const english = shape(DICTIONARIES.en).sort();
    expect(english.length).toBeGreaterThan(200);
    for (const lang of LANGUAGES) expect(shape(DICTIONARIES[lang]).sort(), lang).toEqual(english);
  });
  it('translate every string (no English sentence left in French or Kreyòl)', () => {
    // Compared key path by key path, never by position, so a key added to one language only
    // cannot shift every comparison after it.
    const strings = (lang: keyof typeof DICTIONARIES) =>
      new Map(shape(DICTIONARIES[lang]).filter((k) => !k.includes('()')).map((k) => [k, k.slice(1).split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], DICTIONARIES[lang]) as string]));
    const english = strings('en');
    expect(english.size).toBeGreaterThan(100);
    for (const lang of ['fr', 'ht'] as const) {
      const same = [...strings(lang)].filter(([key, s]) => typeof s === 'string' && s === english.get(key) && s.split(' ').length > 2).map(([key]) => key);
      expect(same, lang).toEqual([]);
    }
  });
  it('keep the browser templates’ placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, template] of Object.entries(DICTIONARIES.en.client)) {
      for (const lang of LANGUAGES) expect(placeholders(DICTIONARIES[lang].client[key as keyof typeof DICTIONARIES.en.client]), `${lang} ${key}`).toEqual(placeholders(template));
    }
  });
});

describe('fill', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Link to {name} copied: {url}', { name: 'Belize', url: 'x' })).toBe('Link to Belize copied: x');
    expect(fill('{missing}', {})).toBe('{missing}');
  });
});

describe('addresses', () => {
  it('prefix every language but English, and read the prefix back', () => {
    expect(localePath('en', '/map/')).toBe('/map/');
    expect(localePath('ht', '/map/')).toBe('/ht/map/');
    expect(splitLocale('/ht/map/')).toEqual({ lang: 'ht', path: '/map/' });
    expect(splitLocale('/fr/')).toEqual({ lang: 'fr', path: '/' });
    expect(splitLocale('/map/')).toEqual({ lang: 'en', path: '/map/' });
    // A path that only looks like a prefix is English.
    expect(splitLocale('/frontier/')).toEqual({ lang: 'en', path: '/frontier/' });
  });
});

describe('formatting per language', () => {
  it('writes French as Intl does', () => {
    expect(formatter('fr').number(1000).replace(/\s/g, ' ')).toBe('1 000');
    expect(formatter('fr').date('2023-09-26')).toBe('26 septembre 2023');
    expect(formatter('fr').usd(100_000_000).replace(/\s/g, ' ')).toBe('100 millions de dollars américains');
    expect(formatter('fr').list(['Kenya', 'Belize', 'Pérou'])).toBe('Kenya, Belize et Pérou');
  });
  it('writes Kreyòl from its own table, since Intl falls back to English for "ht"', () => {
    expect(new Intl.DateTimeFormat('ht', { month: 'long', timeZone: 'UTC' }).format(new Date('2023-09-26T00:00:00Z'))).toBe('September');
    expect(formatter('ht').date('2023-09-26')).toBe('26 septanm 2023');
    expect(formatter('ht').month('2023-08-01')).toBe('out 2023');
    expect(formatter('ht').number(2000).replace(/\s/g, ' ')).toBe('2 000');
    expect(formatter('ht').usd(100_000_000).replace(/\s/g, ' ')).toBe('100 milyon dola ameriken');
    expect(formatter('ht').list(['Kenya', 'Beliz', 'Pewou'])).toBe('Kenya, Beliz ak Pewou');
  });
  it('writes a span of days saying the shared month and year once', () => {
    expect(formatter('en').range('2023-09-18', '2023-09-24')).toBe('18 to 24 September 2023');
    expect(formatter('fr').range('2023-09-23', '2023-09-24')).toBe('les 23 et 24 septembre 2023');
    expect(formatter('fr').range('2023-09-18', '2023-09-24')).toBe('du 18 au 24 septembre 2023');
    expect(formatter('fr').range('2023-08-15', '2023-09-26')).toBe('du 15 août au 26 septembre 2023');
    expect(formatter('fr').range('2022-09-26', '2022-12-26')).toBe('du 26 septembre au 26 décembre 2022');
    expect(formatter('fr').range('2022-12-30', '2023-01-02')).toBe('du 30 décembre 2022 au 2 janvier 2023');
    expect(formatter('ht').range('2023-08-15', '2023-09-26')).toBe('soti 15 out rive 26 septanm 2023');
  });
  it('names countries in each language', () => {
    expect(countryName('en', 'USA', 'United States')).toBe('United States');
    expect(countryName('fr', 'USA', 'United States')).toBe('États-Unis');
    expect(countryName('ht', 'USA', 'United States')).toBe('Etazini');
    expect(countryName('ht', 'HTI', 'Haiti')).toBe('Ayiti');
    expect(countryName('ht', 'JAM', 'Jamaica')).toBe('Jamayik');
  });
});

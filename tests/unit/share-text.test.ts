/**
 * Share texts carry the key figure exactly as strong as the record: checked on every country of
 * the real content (read from content/countries/, since getCollection is empty under Vitest).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { standingLabel } from '../../src/shared/format.ts';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import type { Country } from '../../src/domain/schemas/country.ts';
import { articleShareText, keyFigure, keyOffer, SHARE_TEXT_LIMIT } from '../../src/shared/share-text.ts';
import { projectRoot } from '../support/paths.ts';

const dir = join(projectRoot, 'content/countries');
const countries = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ id: file.slice(0, -5), ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Country) }));
const byId = (id: string) => countries.find((c) => c.id === id)!;

describe('keyFigure', () => {
  it('reads the real content (a list that is not empty)', () => {
    expect(countries.length).toBeGreaterThan(10);
  });

  it('gives Belize’s figure with its qualifier, its standing and its conditions, in each language', () => {
    expect(keyFigure(byId('belize'), 'en')).toBe('Belize: up to 50 uniformed personnel (offered), with conditions');
    expect(keyFigure(byId('belize'), 'fr')).toBe('Belize : jusqu’à 50 membres du personnel en tenue (proposés), sous conditions');
    expect(keyFigure({ ...byId('belize'), name: 'Beliz' }, 'ht')).toBe('Beliz: jiska 50 pèsonèl an inifòm (ofri), ak kondisyon');
  });

  it('never lets a figure only discussed read as offered', () => {
    const rwanda = keyFigure(byId('rwanda'), 'en');
    expect(rwanda).toBe('Rwanda: up to 500 uniformed personnel (discussed, one source said; not described as an offer)');
    expect(rwanda).not.toMatch(/\boffered\b/);
  });

  it('keeps money as money, still to be sought, and counts the offers it leaves out', () => {
    expect(keyFigure(byId('united-states'), 'en')).toBe('United States: US$100 million (to be sought, not yet secured), with conditions; 1 more offer');
  });

  it('says there is no figure, or the country’s role, rather than inventing one', () => {
    expect(keyFigure(byId('guatemala'), 'en')).toBe('Guatemala: no figure given in the report, with conditions');
    expect(keyFigure(byId('haiti'), 'en')).toBe('Haiti: the country the mission would help');
  });

  it.each(LANGUAGES)('in %s, states every country’s standing as the record has it, within a chat preview’s length', (lang) => {
    const words = t(lang);
    for (const country of countries) {
      const text = keyFigure(country, lang);
      expect(text.length, country.id).toBeLessThanOrEqual(SHARE_TEXT_LIMIT);
      const offer = keyOffer(country);
      // The standing as every table gives it: with who says so, or said of what was stated when there is no figure.
      if (offer) expect(text, country.id).toContain(offer.quantity === 'not stated' ? words.offerWithoutFigure[offer.standing] : `(${standingLabel(offer, lang)})`);
      // Only an offer the record calls offered may read as one.
      if (lang === 'en' && offer?.standing !== 'offered') expect(text, country.id).not.toMatch(/\boffered\b/);
      if (country.conditions.length + (offer?.conditions.length ?? 0) > 0) expect(text, country.id).toContain(words.shareText.conditions);
    }
  });
});

describe('articleShareText', () => {
  it('adds the figure of the first country the article names that has one', () => {
    expect(articleShareText('Kenya’s lead role', [byId('haiti'), byId('kenya'), byId('belize')], 'en')).toBe('Kenya’s lead role — Kenya: 1,000 police officers and troops (expected), with conditions');
  });
  it('keeps the title alone when no country has a figure, or when the two would be too long', () => {
    expect(articleShareText('Why Haiti asked', [byId('haiti'), byId('guatemala')], 'en')).toBe('Why Haiti asked');
    expect(articleShareText('x'.repeat(190), [byId('kenya')], 'en')).toBe('x'.repeat(190));
  });
});

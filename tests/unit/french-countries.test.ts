/** The French country table and the French messages built on it (issue 18: whole messages that agree). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { agree, FR_COUNTRIES, frenchCountry, ofName, theName, TheName, toName } from '../../src/i18n/french-countries.ts';
import { HT_COUNTRY_NAMES } from '../../src/i18n/kreyol.ts';
import { formatOffer } from '../../src/shared/format.ts';
import { projectRoot } from '../support/paths.ts';

const fr = DICTIONARIES.fr;
const ht = DICTIONARIES.ht;
const named = (iso3: string) => ({ iso3, name: FR_COUNTRIES[iso3]?.name ?? iso3 });
const records = readdirSync(join(projectRoot, 'content/countries')).map((file) => JSON.parse(readFileSync(join(projectRoot, 'content/countries', file), 'utf8')) as { iso3: string; name: string });

describe('the French country table', () => {
  it('has a row for every country a record names, and for every country the Kreyòl table names', () => {
    expect(records.length).toBeGreaterThan(10);
    for (const record of records) expect(FR_COUNTRIES[record.iso3], record.name).toBeDefined();
    expect(Object.keys(FR_COUNTRIES).sort()).toEqual(Object.keys(HT_COUNTRY_NAMES).sort());
  });
  it('gives each country its article, its "of" and its "in"', () => {
    const forms = (iso3: string) => {
      const c = FR_COUNTRIES[iso3]!;
      return [theName(c), ofName(c), c.in, toName(c)];
    };
    expect(forms('KEN')).toEqual(['le Kenya', 'du Kenya', 'au Kenya', 'au Kenya']);
    expect(forms('JAM')).toEqual(['la Jamaïque', 'de la Jamaïque', 'en Jamaïque', 'à la Jamaïque']);
    expect(forms('BHS')).toEqual(['les Bahamas', 'des Bahamas', 'aux Bahamas', 'aux Bahamas']);
    expect(forms('ESP')).toEqual(['l’Espagne', 'de l’Espagne', 'en Espagne', 'à l’Espagne']);
    expect(forms('USA')).toEqual(['les États-Unis', 'des États-Unis', 'aux États-Unis', 'aux États-Unis']);
    expect(forms('ATG')).toEqual(['Antigua-et-Barbuda', 'd’Antigua-et-Barbuda', 'à Antigua-et-Barbuda', 'à Antigua-et-Barbuda']);
    expect(forms('HTI')).toEqual(['Haïti', 'd’Haïti', 'en Haïti', 'à Haïti']);
    expect(forms('TTO')).toEqual(['Trinité-et-Tobago', 'de Trinité-et-Tobago', 'à Trinité-et-Tobago', 'à Trinité-et-Tobago']);
    expect(forms('ECU')).toEqual(['l’Équateur', 'de l’Équateur', 'en Équateur', 'à l’Équateur']);
    expect(TheName(FR_COUNTRIES['BHS']!)).toBe('Les Bahamas');
  });
  it('agrees with gender and number', () => {
    expect(['KEN', 'JAM', 'BHS', 'USA'].map((iso3) => agree(FR_COUNTRIES[iso3]!, 'mis', 'mise'))).toEqual(['mis', 'mise', 'mises', 'mis']);
  });
  it('falls back to the shown name with no article for a code it lacks (never a wrong article)', () => {
    expect(theName(frenchCountry({ iso3: 'XXX', name: 'Atlantide' }))).toBe('Atlantide');
  });
});

describe('French messages with a country', () => {
  it('say what each country offers with the right article and verb', () => {
    expect(fr.country.offers(named('KEN'))).toBe('Ce que propose le Kenya');
    expect(fr.country.offers(named('BHS'))).toBe('Ce que proposent les Bahamas');
    expect(fr.country.offers(named('JAM'))).toBe('Ce que propose la Jamaïque');
    expect(fr.country.articles(named('BHS'))).toBe('Nos décryptages sur les Bahamas');
    expect(fr.country.articles(named('USA'))).toBe('Nos décryptages sur les États-Unis');
    expect(fr.country.title(named('JAM'))).toBe('Le rôle et l’offre de la Jamaïque');
    // Haïti offers nothing: its title says what it is in the story instead.
    expect(fr.country.title(named('HTI'))).toBe('Haïti, le pays que la mission aiderait');
    expect(fr.country.seeOnMap(named('ESP'))).toBe('Voir l’Espagne sur la carte complète');
    expect(fr.country.noArticles(named('KEN'))).toBe("Aucun de nos décryptages n’est consacré en détail au Kenya ; voir notre décryptage sur");
    expect(fr.country.shareTitle(named('BHS'))).toBe('La mission dirigée par le Kenya en Haïti : les Bahamas');
  });
  it('write a count they build in words under ten, figures from ten', () => {
    expect(fr.count(14, 2)).toBe('14 pays qui offrent ou envisagent une aide, et deux autres cités pour un autre rôle');
    expect(fr.count(1, 1)).toBe('un pays qui offre ou envisage une aide, et un autre cité pour un autre rôle');
    expect(fr.shareText.more(1)).toBe('une autre offre');
    expect(fr.shareText.more(3)).toBe('trois autres offres');
    expect(fr.shareText.more(12)).toBe('12 autres offres');
  });
  it('agree participles with the country', () => {
    expect(fr.country.compactMapLabel(named('BHS'))).toMatch(/où les Bahamas sont mises en évidence$/);
    expect(fr.country.compactMapLabel(named('KEN'))).toMatch(/où le Kenya est mis en évidence$/);
    expect(fr.country.compactMapLabel(named('USA'))).toMatch(/où les États-Unis sont mis en évidence$/);
    expect(fr.filters.destination(named('HTI'))).toBe('Haïti, destination de la mission, reste toujours affichée.');
  });
  it('agree the standing with what a figure counts', () => {
    const offer = (unit: 'personnel' | 'uniformed-personnel' | 'USD', standing: 'announced' | 'discussed' | 'to-be-sought') =>
      formatOffer({ kind: unit === 'USD' ? 'funding' : 'personnel', quantity: { value: unit === 'USD' ? 100_000_000 : 150, qualifier: 'exact', unit }, standing, conditions: [] }, 'fr');
    expect(offer('personnel', 'announced')).toMatch(/150 personnes \(annoncées\)$/);
    expect(offer('uniformed-personnel', 'discussed')).toMatch(/150 membres du personnel en tenue \(évoqués, pas présentés comme une offre\)$/);
    expect(offer('USD', 'to-be-sought')).toMatch(/100 millions de dollars américains \(à obtenir, pas encore acquis\)$/);
    expect(offer('personnel', 'to-be-sought')).toMatch(/\(à obtenir, pas encore acquises\)$/);
  });
  it('keep one pair of brackets on a timeline date that has its own', () => {
    expect(fr.wholeMessages.whenWithNote('Près d’un an avant (pas de date exacte)', 'date déduite')).toBe('Près d’un an avant (pas de date exacte ; date déduite)');
    expect(fr.wholeMessages.whenWithNote('Semaine du 18 septembre 2023', 'date déduite')).toBe('Semaine du 18 septembre 2023 (date déduite)');
  });
  it('name the desk in French in the byline, article in lower case after "Par"', () => {
    expect(fr.article.by(fr.wholeMessages.desk)).toBe('Par le service Décryptage');
    expect(fr.article.by('Jacqueline Charles')).toBe('Par Jacqueline Charles');
  });
  it('say "date déduite", never a bare "(déduite)"', () => {
    expect(fr.source.workedOut).toBe('(date déduite)');
  });
});

describe('Kreyòl messages with a country', () => {
  it('use the Kreyòl name with no article, and "Pa mansyone" for none stated', () => {
    const bahamas = { iso3: 'BHS', name: HT_COUNTRY_NAMES['BHS']! };
    expect(ht.country.offers(bahamas)).toBe('Sa Bahamas ofri');
    expect(ht.offers.noneStated).toBe('Pa mansyone');
  });
});

/**
 * French country names with what a sentence needs around them: the article (le Kenya, la Jamaïque,
 * l'Espagne, les Bahamas, none for Haïti or Antigua-et-Barbuda), gender and number (for agreeing
 * "mis en évidence", "proposent") and the preposition of place (au Kenya, en Jamaïque, aux Bahamas,
 * à Antigua-et-Barbuda). Every country a record, an article or the map names has a row; the unit
 * test holds the table to that list (the Kreyòl table in kreyol.ts has the same codes).
 * Imported by the French dictionary only, so the browser never carries it.
 */

export type FrenchArticle = 'le' | 'la' | 'l’' | 'les' | null;

export interface FrenchCountry {
  /** The name alone, as a heading or a list shows it: "Bahamas", "États-Unis". */
  name: string;
  article: FrenchArticle;
  gender: 'm' | 'f';
  number: 'singular' | 'plural';
  /** Where something happens: "au Kenya", "en Jamaïque", "aux Bahamas", "à Antigua-et-Barbuda". */
  in: string;
}

const row = (name: string, article: FrenchArticle, gender: 'm' | 'f', number: 'singular' | 'plural', preposition: 'au' | 'en' | 'aux' | 'à'): FrenchCountry => ({ name, article, gender, number, in: `${preposition} ${name}` });

/** By ISO 3166-1 alpha-3 code. */
export const FR_COUNTRIES: Record<string, FrenchCountry> = {
  ATG: row('Antigua-et-Barbuda', null, 'f', 'singular', 'à'),
  BHS: row('Bahamas', 'les', 'f', 'plural', 'aux'),
  BLZ: row('Belize', 'le', 'm', 'singular', 'au'),
  COD: row('République démocratique du Congo', 'la', 'f', 'singular', 'en'),
  ECU: row('Équateur', 'l’', 'm', 'singular', 'en'),
  ESP: row('Espagne', 'l’', 'f', 'singular', 'en'),
  GTM: row('Guatemala', 'le', 'm', 'singular', 'au'),
  HTI: row('Haïti', null, 'f', 'singular', 'en'),
  ITA: row('Italie', 'l’', 'f', 'singular', 'en'),
  JAM: row('Jamaïque', 'la', 'f', 'singular', 'en'),
  KEN: row('Kenya', 'le', 'm', 'singular', 'au'),
  MNG: row('Mongolie', 'la', 'f', 'singular', 'en'),
  PER: row('Pérou', 'le', 'm', 'singular', 'au'),
  RWA: row('Rwanda', 'le', 'm', 'singular', 'au'),
  SEN: row('Sénégal', 'le', 'm', 'singular', 'au'),
  SUR: row('Suriname', 'le', 'm', 'singular', 'au'),
  TTO: row('Trinité-et-Tobago', null, 'f', 'singular', 'à'),
  USA: row('États-Unis', 'les', 'm', 'plural', 'aux'),
};

/** What the French messages are given: a record's code and the name the page shows. */
export interface NamedCountry {
  iso3: string;
  name: string;
}

/** The table's row, or, for a code it lacks, the shown name with no article (never a wrong one). */
export function frenchCountry(country: NamedCountry): FrenchCountry {
  return FR_COUNTRIES[country.iso3] ?? { name: country.name, article: null, gender: 'm', number: 'singular', in: `à ${country.name}` };
}

const startsWithVowelSound = (name: string) => /^[aeiouyàâéèêëîïôöûüh]/i.test(name.normalize('NFC'));

/** "le Kenya", "la Jamaïque", "l’Espagne", "les Bahamas", "Haïti". */
export function theName(country: FrenchCountry): string {
  return country.article === null ? country.name : country.article === 'l’' ? `l’${country.name}` : `${country.article} ${country.name}`;
}

/** The same, capitalised to open a sentence: "Le Kenya", "Les Bahamas", "Haïti". */
export function TheName(country: FrenchCountry): string {
  const name = theName(country);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "du Kenya", "de la Jamaïque", "de l’Espagne", "des Bahamas", "d’Haïti", "de Trinité-et-Tobago". */
export function ofName(country: FrenchCountry): string {
  switch (country.article) {
    case 'le':
      return `du ${country.name}`;
    case 'les':
      return `des ${country.name}`;
    case null:
      return startsWithVowelSound(country.name) ? `d’${country.name}` : `de ${country.name}`;
    default:
      return `de ${theName(country)}`;
  }
}

/** "au Kenya", "à la Jamaïque", "à l’Espagne", "aux Bahamas", "à Haïti" (to, not in: "consacré au Kenya"). */
export function toName(country: FrenchCountry): string {
  if (country.article === 'le') return `au ${country.name}`;
  if (country.article === 'les') return `aux ${country.name}`;
  return `à ${theName(country)}`;
}

/** A past participle or adjective agreed with the country: agree(c, 'mis', 'mise') → "mis", "mise", "mis", "mises". */
export function agree(country: FrenchCountry, masculine: string, feminine: string): string {
  const word = country.gender === 'f' ? feminine : masculine;
  // "mis" stays "mis" in the plural: a word already ending in s or x takes no second one.
  return country.number === 'plural' && !/[sx]$/.test(word) ? `${word}s` : word;
}

/** The verb with the country as subject: verb(c, 'propose', 'proposent'). */
export function verb(country: FrenchCountry, singular: string, plural: string): string {
  return country.number === 'plural' ? plural : singular;
}

/**
 * The project's own Kreyòl locale table. Node's ICU has no Haitian Creole data: Intl falls back to
 * English for "ht" (September 26, 2023; United States), so months, number style, list joining and
 * country names come from here, in the standard orthography.
 */
export const HT_MONTHS = ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'] as const;

/** Thousands grouped with a no-break space, as the Haitian press writes them: 1 000, 2 000. */
export function htNumber(value: number): string {
  const [whole, fraction] = String(Math.round(value * 10) / 10).split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** "Kenya, Beliz ak Pewou". */
export function htList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ak ${items.at(-1)}`;
}

/** Country names in Kreyòl by ISO 3166-1 alpha-3 code: every country a record or the map names. */
export const HT_COUNTRY_NAMES: Record<string, string> = {
  ATG: 'Antigwa ak Babouda',
  BHS: 'Bahamas',
  BLZ: 'Beliz',
  COD: 'Repiblik Demokratik Kongo',
  ECU: 'Ekwatè',
  ESP: 'Espay',
  GTM: 'Gwatemala',
  HTI: 'Ayiti',
  ITA: 'Itali',
  JAM: 'Jamayik',
  KEN: 'Kenya',
  MNG: 'Mongoli',
  PER: 'Pewou',
  RWA: 'Rwanda',
  SEN: 'Senegal',
  SUR: 'Sirinam',
  TTO: 'Trinidad ak Tobago',
  USA: 'Etazini',
};

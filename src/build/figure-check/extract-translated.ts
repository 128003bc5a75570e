/**
 * The figure extractor for the translations (French, Kreyòl): the same figures as
 * extract.ts finds in English, read the way each language writes them ("1 000", "80 %",
 * "100 millions de dollars", "omwen yon douzèn", "26 septanm 2023"). Months come back as their
 * English names, so a translated sentence is checked against the same table of report figures.
 * Translators write figures in digits (content/translations/README in the project README), so
 * the word tables below need only the few phrases the report's figures are written with.
 */
import type { Lang } from '../../i18n/languages.ts';
import { MONTHS, type Figures } from './extract.ts';

interface FigureWords {
  months: readonly string[];
  /** Phrases that state a figure, longest first, with the canonical figure they state. */
  phrases: readonly (readonly [string, string])[];
  /** Words that scale a number: "100 millions" → 100000000. */
  scales: Readonly<Record<string, number>>;
  /** Words that join a day range: "23 et 24 septembre". */
  and: string;
}

const WORDS: Record<Exclude<Lang, 'en'>, FigureWords> = {
  fr: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    phrases: [
      ['des dizaines de milliers', 'tens of thousands'],
      ['des centaines de milliers', 'hundreds of thousands'],
      ['deux douzaines', '24'],
      ['une douzaine', '12'],
      ['douzaine', '12'],
      ['des milliers', 'thousands'],
      ['des centaines', 'hundreds'],
      ['à deux reprises', '2'],
      ['moitié', '0.5'],
      ['deux', '2'],
      ['trois', '3'],
      ['quatre', '4'],
      ['cinq', '5'],
      ['six', '6'],
      ['sept', '7'],
      ['huit', '8'],
      ['neuf', '9'],
      ['dix', '10'],
      ['onze', '11'],
      ['douze', '12'],
    ],
    scales: { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
    and: 'et',
  },
  ht: {
    months: ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'],
    phrases: [
      ['plizyè dizèn milye', 'tens of thousands'],
      ['dizèn milye', 'tens of thousands'],
      ['plizyè santèn milye', 'hundreds of thousands'],
      ['de douzèn', '24'],
      ['yon douzèn', '12'],
      ['douzèn', '12'],
      ['plizyè milye', 'thousands'],
      ['plizyè santèn', 'hundreds'],
      ['de fwa', '2'],
      ['mwatye', '0.5'],
      // "de" alone is also the preposition ("depann de", "pale de"): only these phrases count it as two.
      ['de lòt', '2'],
      ['de peyi', '2'],
      ['twa', '3'],
      ['senk', '5'],
      ['sis', '6'],
      ['sèt', '7'],
      ['uit', '8'],
      ['nèf', '9'],
      ['dis', '10'],
      ['onz', '11'],
      ['douz', '12'],
    ],
    scales: { milyon: 1e6, milya: 1e9 },
    and: 'ak',
  },
};

const pad = (n: number) => String(n).padStart(2, '0');
const canonical = (value: number) => String(Number(value.toPrecision(12)));
/** Digits grouped by spaces (plain, no-break or narrow no-break), as French and Kreyòl write them. */
const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:,\d+)?`;
const parse = (text: string) => Number(text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
/** Letters of these languages, for word boundaries that \b (ASCII-only) gets wrong around "è" or "é". */
const edge = (phrase: string) => new RegExp(`(?<![\\p{L}\\d])${phrase.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu');

function consume(text: string, pattern: RegExp, found: (match: RegExpExecArray) => void): string {
  return text.replace(pattern, (...args) => {
    found(args.slice(0, -2) as unknown as RegExpExecArray);
    return ' '.repeat(String(args[0]).length);
  });
}

export function extractTranslatedFigures(text: string, lang: Exclude<Lang, 'en'>): Figures {
  const words = WORDS[lang];
  const numbers = new Set<string>();
  const months = new Set<string>();
  const days = new Set<string>();
  const monthAlternatives = words.months.join('|');
  const englishMonth = (name: string) => MONTHS[words.months.indexOf(name.toLowerCase())] ?? name;
  const addDay = (day: string, month: string, year?: string) => {
    const m = pad(words.months.indexOf(month.toLowerCase()) + 1);
    days.add(year ? `${year}-${m}-${pad(Number(day))}` : `--${m}-${pad(Number(day))}`);
  };

  let rest = consume(text, new RegExp(`(?<!\\d)(\\d{1,2})(?:\\s*(?:–|-|${words.and})\\s*(\\d{1,2}))?\\s+(${monthAlternatives})(?:\\s+(\\d{4}))?(?![\\p{L}])`, 'giu'), (m) => {
    addDay(m[1]!, m[3]!, m[4]);
    if (m[2]) addDay(m[2], m[3]!, m[4]);
  });
  rest = consume(rest, new RegExp(`(?<![\\p{L}])(${monthAlternatives})(?![\\p{L}])(?:\\s+(\\d{4}))?`, 'giu'), (m) => {
    months.add(englishMonth(m[1]!));
    if (m[2]) numbers.add(canonical(Number(m[2])));
  });
  const scaleWords = Object.keys(words.scales).sort((a, b) => b.length - a.length).join('|');
  rest = consume(rest, new RegExp(`(${NUMBER})\\s+(${scaleWords})(?![\\p{L}])`, 'giu'), (m) => numbers.add(canonical(parse(m[1]!) * words.scales[m[2]!.toLowerCase()]!)));
  rest = consume(rest, new RegExp(NUMBER, 'g'), (m) => numbers.add(canonical(parse(m[0]))));
  for (const [phrase, figure] of words.phrases) rest = consume(rest, edge(phrase), () => numbers.add(figure));
  return { numbers: [...numbers], months: [...months], days: [...days], relative: [] };
}

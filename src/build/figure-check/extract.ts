/**
 * Finds the figures in a piece of English prose: numbers (in digits or words), sums of money,
 * percentages, dates and months, and the relative dates a news report uses ("on Friday", "last
 * week"). The same extractor reads the report (to build the table of what each paragraph states,
 * content/sources.json → figures) and the site's own text (to check it against that table), so a
 * figure is recognised the same way on both sides. Pure; unit tested.
 */
import type { RelativeDate } from '../../domain/vocabulary.ts';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** What one piece of prose states. Numbers are canonical strings ("1000", "0.5", "tens of thousands"). */
export interface Figures {
  numbers: string[];
  /** Month names mentioned without a day, e.g. "August". */
  months: string[];
  /** Calendar days written out, as YYYY-MM-DD when the year is given or "--MM-DD" when not. */
  days: string[];
  relative: RelativeDate[];
}

const SMALL: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
/** Vague amounts are figures too: "tens of thousands" must not become "thousands" or "hundreds". */
const VAGUE = ['tens of thousands', 'hundreds of thousands', 'thousands', 'hundreds', 'dozens'] as const;

const MONTH = MONTHS.join('|');
const DAY_DATE = new RegExp(`\\b(\\d{1,2})(?:\\s*(?:–|-|and|to)\\s*(\\d{1,2}))?\\s+(${MONTH})(?:,?\\s+(\\d{4}))?\\b`, 'g');
const US_DATE = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g');
const MONTH_ALONE = new RegExp(`\\b(${MONTH})\\b(?:\\s+(\\d{4}))?`, 'g');
const MONEY = /(?:US)?\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|thousand))?/g;
const SCALED = /\b(\d[\d,]*(?:\.\d+)?)\s+(million|billion)\b/g;
const DIGITS = /\d[\d,]*(?:\.\d+)?/g;
const WORD_NUMBER = new RegExp(
  // "two dozen" and "a hundred" first: an alternation takes the first branch that matches.
  `\\b(?:(?:two\\s+|a\\s+)?dozen|a\\s+(?:hundred|thousand|million|billion)|(?:${[...Object.keys(TENS), ...Object.keys(SMALL)].join('|')})(?:[-\\s](?:${Object.keys(SMALL).slice(0, 8).join('|')}))?(?:\\s+(?:hundred|thousand|million|billion))*)\\b`,
  'gi',
);

const RELATIVE_PATTERNS: [RelativeDate, RegExp][] = [
  ['friday', /\bFriday\b/],
  ['monday', /\bMonday\b/],
  ['weekend', /\bweekend\b/i],
  ['last-week', /\blast week\b/i],
  ['recent-weeks', /\brecent weeks\b/i],
  ['nearly-a-year', /\bnearly a year\b/i],
];

/** "1,000" → "1000", "1.50" → "1.5". */
function canonical(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** "thirty-four" → 34, "two dozen" → 24, "five hundred" → 500, "a dozen" → 12. */
export function wordsToNumber(words: string): number {
  const parts = words.toLowerCase().split(/[\s-]+/);
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part === 'a') current = current || 1;
    else if (part === 'dozen') current = (current || 1) * 12;
    else if (part in SMALL) current += SMALL[part]!;
    else if (part in TENS) current += TENS[part]!;
    else if (part === 'hundred') current = (current || 1) * 100;
    else if (part in SCALES) {
      total += (current || 1) * SCALES[part]!;
      current = 0;
    }
  }
  return total + current;
}

/** Replaces each match with spaces of the same length, so later patterns cannot match it again. */
function consume(text: string, pattern: RegExp, found: (match: RegExpExecArray) => void): string {
  return text.replace(pattern, (...args) => {
    const match = args.slice(0, -2) as unknown as RegExpExecArray;
    found(match);
    return ' '.repeat(String(args[0]).length);
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every figure stated in `text` (plain prose: strip Markdown links and footnote markers first). */
export function extractFigures(text: string): Figures {
  const numbers = new Set<string>();
  const months = new Set<string>();
  const days = new Set<string>();
  const relative = new Set<RelativeDate>();

  for (const [key, pattern] of RELATIVE_PATTERNS) if (pattern.test(text)) relative.add(key);

  const addDay = (day: string, month: string, year?: string) => {
    const m = pad(MONTHS.indexOf(month as (typeof MONTHS)[number]) + 1);
    days.add(year ? `${year}-${m}-${pad(Number(day))}` : `--${m}-${pad(Number(day))}`);
  };
  let rest = consume(text, DAY_DATE, (m) => {
    addDay(m[1]!, m[3]!, m[4]);
    if (m[2]) addDay(m[2], m[3]!, m[4]);
  });
  rest = consume(rest, US_DATE, (m) => addDay(m[2]!, m[1]!, m[3]));
  rest = consume(rest, MONTH_ALONE, (m) => {
    months.add(m[1]!);
    if (m[2]) numbers.add(canonical(Number(m[2])));
  });
  rest = consume(rest, MONEY, (m) => numbers.add(canonical(parseDigits(m[1]!) * (m[2] ? SCALES[m[2]]! : 1))));
  rest = consume(rest, SCALED, (m) => numbers.add(canonical(parseDigits(m[1]!) * SCALES[m[2]!]!)));
  rest = consume(rest, DIGITS, (m) => numbers.add(canonical(parseDigits(m[0]))));
  for (const vague of VAGUE) rest = consume(rest, new RegExp(`\\b${vague}\\b`, 'gi'), () => numbers.add(vague));
  rest = consume(rest, /\btwice\b/gi, () => numbers.add('2'));
  rest = consume(rest, /\bhalf\b/gi, () => numbers.add('0.5'));
  consume(rest, WORD_NUMBER, (m) => numbers.add(canonical(wordsToNumber(m[0]))));

  return { numbers: [...numbers], months: [...months], days: [...days], relative: [...relative] };
}

/**
 * Markdown reduced to the words a reader sees: footnote markers and link targets dropped, link
 * texts kept. Dates written as a link to the method page's section on worked-out dates are
 * returned separately, since the check treats them differently.
 */
export function plainText(markdown: string, workedOutHref: string): { text: string; workedOut: string[] } {
  const workedOut: string[] = [];
  const text = markdown
    .replace(/\[\^[^\]]+\]/g, ' ')
    .replace(/!?\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, (_, label: string, href: string) => {
      if (href === workedOutHref) {
        workedOut.push(label);
        return ' ';
      }
      return label;
    })
    .replace(/[*_`|]/g, ' ');
  return { text, workedOut };
}

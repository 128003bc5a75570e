/**
 * Labels backed by the report's words. A country's `status` and each offer's `standing` carry the
 * short phrase of a cited paragraph that justifies them (`statusEvidence`, `standingEvidence`).
 * The check holds each phrase to two things: it is in one of its paragraphs (as recorded in
 * content/sources.json "wording", which a test re-derives from the report), and it belongs to
 * the label given, by the table below. So marking Kenya's offer "offered" on the strength of
 * "is expected to be" stops the build. An offer of "personnel" (police or military not
 * specified) also fails when its paragraph names police or troops.
 */
import type { Country } from '../../domain/schemas/country.ts';
import type { Evidence } from '../../domain/schemas/evidence.ts';
import type { Source } from '../../domain/schemas/source.ts';
import type { Standing, Status } from '../../domain/vocabulary.ts';
import type { ContentError } from '../../domain/errors.ts';

/** Which of the report's phrases can justify which standing. A phrase is the report's own words. */
export const STANDING_PHRASES = {
  offered: ['offered to deploy up to'],
  announced: ['announced a deployment of', 'had previously announced their intent'],
  expected: ['is expected to be'],
  discussed: ['has discussed sending up to'],
  considering: ['looking at deploying'],
  'to-be-sought': ['work with Congress to secure'],
  prepared: ['is also prepared to provide'],
} as const satisfies Record<Standing, readonly string[]>;

/** Which of the report's phrases can justify which status (how the report knows of a country's part). */
export const STATUS_PHRASES = {
  'stated-in-public': ['publicly expressed his support', 'had previously announced their intent', 'announced a deployment of', 'saying only that as the lead nation', 'U.S. officials announced'],
  'diplomatic-sources': ['learned through several diplomatic sources', 'a source knowledgeable about the offer'],
  'under-discussion': ['has discussed sending up to', 'looking at deploying'],
  'not-a-contributor': ['along with Ecuador has authored', 'help Haiti tackle'],
} as const satisfies Record<Status, readonly string[]>;

/** Words that name the kind of people sent: an offer whose paragraph has one is not "not specified". */
export const PERSONNEL_NAMING_PHRASES = ['police officers', 'border police', 'troops', 'soldiers'] as const;

/** Words that put a figure on one source's word: an offer resting on them carries `attribution: "one-source"`, and only then. */
export const SINGLE_SOURCE_PHRASES = ['One source said'] as const;

/** Every phrase the wording table records, in one fixed order (the order sources.json lists them in). */
export const WORDING_PHRASES: readonly string[] = [
  ...new Set<string>([...Object.values(STANDING_PHRASES).flat(), ...Object.values(STATUS_PHRASES).flat(), ...PERSONNEL_NAMING_PHRASES, ...SINGLE_SOURCE_PHRASES]),
];

/** The phrases of the table one paragraph of the report contains: what sources.json "wording" keeps for it. */
export function paragraphWording(paragraph: string): string[] {
  const text = paragraph.replace(/[’‘]/g, "'");
  return WORDING_PHRASES.filter((phrase) => text.includes(phrase));
}

interface CountryInput {
  file: string;
  data: Pick<Country, 'status' | 'statusEvidence' | 'statusNote' | 'offers' | 'sources'>;
}

const quote = (phrase: string) => `“${phrase}”`;
const list = (phrases: readonly string[]) => phrases.map(quote).join(', ');
const paragraphsText = (ps: readonly number[]) => (ps.length === 1 ? `paragraph ${ps[0]}` : `paragraphs ${ps.join(', ')}`);

export function checkStandingEvidence(countries: readonly CountryInput[], sources: readonly { data: Source }[]): ContentError[] {
  const errors: ContentError[] = [];
  const wordingOf = new Map(sources.map((s) => [s.data.id, s.data.wording ?? {}]));

  for (const country of countries) {
    const cited = new Set(country.data.sources.flatMap((s) => s.paragraphs));
    // The report's phrases in the paragraphs this record cites (its sources name the report).
    const phrasesIn = (p: number) => country.data.sources.flatMap((s) => wordingOf.get(s.source)?.[String(p)] ?? []);

    /** One label's evidence: present, of that label, in a cited paragraph. Returns the paragraphs it is in. */
    const checkEvidence = (evidence: Evidence | undefined, field: string, label: string, allowed: readonly string[], other: Record<string, readonly string[]>): number[] => {
      if (!evidence) {
        errors.push({ file: country.file, field, message: `is missing: give the phrase of a cited paragraph that makes it "${label}" (one of ${list(allowed)}) and its paragraph` });
        return [];
      }
      if (!allowed.includes(evidence.phrase)) {
        const belongs = Object.entries(other).filter(([, phrases]) => phrases.includes(evidence.phrase)).map(([name]) => `"${name}"`);
        const why = belongs.length ? `it justifies ${belongs.join(' or ')}, not "${label}"` : `it is not a phrase that can justify "${label}"`;
        errors.push({ file: country.file, field: `${field}.phrase`, message: `${quote(evidence.phrase)}: ${why} (phrases for "${label}": ${list(allowed)}); a label may be no firmer than its paragraph` });
      }
      evidence.paragraphs.forEach((p, i) => {
        if (!cited.has(p)) errors.push({ file: country.file, field: `${field}.paragraphs[${i}]`, message: `paragraph ${p} must also be listed in "sources"` });
      });
      const holding = evidence.paragraphs.filter((p) => phrasesIn(p).includes(evidence.phrase));
      if (holding.length === 0) {
        errors.push({ file: country.file, field: `${field}.phrase`, message: `${quote(evidence.phrase)} is not in ${paragraphsText(evidence.paragraphs)} of the report (content/sources.json "wording" lists what each paragraph says)` });
      }
      return evidence.paragraphs;
    };

    country.data.statusNote?.paragraphs.forEach((p, i) => {
      if (!cited.has(p)) errors.push({ file: country.file, field: `statusNote.paragraphs[${i}]`, message: `paragraph ${p} must also be listed in "sources"` });
    });
    checkEvidence(country.data.statusEvidence, 'statusEvidence', country.data.status, STATUS_PHRASES[country.data.status], STATUS_PHRASES);
    country.data.offers.forEach((offer, i) => {
      const field = `offers[${i}].standingEvidence`;
      const paragraphs = checkEvidence(offer.standingEvidence, field, offer.standing, STANDING_PHRASES[offer.standing], STANDING_PHRASES);
      // A figure the report gives on one source's word says so in every label (the attribution field).
      const singleSource = paragraphs.some((p) => phrasesIn(p).some((phrase) => (SINGLE_SOURCE_PHRASES as readonly string[]).includes(phrase)));
      if (singleSource && offer.attribution !== 'one-source') {
        errors.push({ file: country.file, field: `offers[${i}].attribution`, message: `${paragraphsText(paragraphs)} ${paragraphs.length === 1 ? 'gives' : 'give'} this on one source's word (${list(SINGLE_SOURCE_PHRASES)}): add "attribution": "one-source" so every label says so` });
      } else if (!singleSource && offer.attribution === 'one-source') {
        errors.push({ file: country.file, field: `offers[${i}].attribution`, message: `"one-source": none of ${paragraphsText(paragraphs)} says the figure rests on one source` });
      }
      if (offer.kind !== 'personnel') return;
      for (const p of paragraphs) {
        const naming = phrasesIn(p).filter((phrase) => (PERSONNEL_NAMING_PHRASES as readonly string[]).includes(phrase));
        if (naming.length) {
          errors.push({
            file: country.file,
            field: `offers[${i}].kind`,
            message: `"personnel" says police or military is not specified, but paragraph ${p} names them (${list(naming)}): use "police", "military" or "police-and-military"`,
          });
        }
      }
    });
  }
  return errors;
}

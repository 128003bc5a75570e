/**
 * Finds English left on a French or Kreyòl page or data file: any string of the English dictionary
 * longer than two words, or any sentence of the English data note, in the text a reader sees or
 * hears (text, alt, title, aria-label, text metas), in the map's words (data-map-strings), in the
 * structured data, or in a data file. A quotation marked lang="en" (the speaker's own words, with a
 * translation beside it) is not counted. Pure; the build test runs it over dist/fr and dist/ht.
 */
import { decode, HUMAN_ATTRIBUTES, HUMAN_META, RAW, TAG, VOID } from '../i18n/typeset-files.ts';

/** Every plain string of a dictionary, and the fixed parts of its browser templates ("{name}" cut out). */
export function dictionaryStrings(dictionary: unknown): string[] {
  if (typeof dictionary === 'string') return dictionary.split(/\{\w+\}/);
  if (dictionary && typeof dictionary === 'object') return Object.values(dictionary).flatMap(dictionaryStrings);
  return [];
}

/** What a check looks for: English phrases of more than two words, spaces and apostrophes normalised. */
export function englishPhrases(dictionary: unknown, dataNote: string): string[] {
  const sentences = dataNote.split(/(?<=[.:])\s+/);
  return [...new Set([...dictionaryStrings(dictionary), ...sentences].map(normalise).filter((text) => text.split(' ').length > 2))];
}

const normalise = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/’/g, "'").replace(/^[\s.:;,(]+|[\s.:;,)]+$/g, '');

/** The human text of a page or feed: text nodes and human attributes, outside <script>/<style>/<code> and lang="en". Plus its data: the map's words and JSON-LD. */
export function humanTextOf(markup: string): string[] {
  const found: string[] = [];
  const lower = markup.toLowerCase();
  const english: string[] = [];
  const tags = new RegExp(TAG.source, 'g');
  let last = 0;
  for (let match = tags.exec(markup); match; match = tags.exec(markup)) {
    if (!english.length) found.push(decode(markup.slice(last, match.index)));
    const tag = match[0];
    last = match.index + tag.length;
    if (tag.startsWith('<!') || tag.startsWith('<?')) continue;
    const name = /^<\/?([A-Za-z][\w:-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (tag.startsWith('</')) {
      if (english.at(-1) === name) english.pop();
      continue;
    }
    if (!english.length) {
      const metaName = /^<meta\b/i.test(tag) ? /\s(?:name|property)="([^"]*)"/i.exec(tag)?.[1] : undefined;
      for (const [, attribute, value] of tag.matchAll(/\s([\w:-]+)="([^"]*)"/g)) {
        const key = attribute!.toLowerCase();
        if (HUMAN_ATTRIBUTES.has(key) || (key === 'content' && metaName && HUMAN_META.test(metaName))) found.push(decode(value!));
        if (key === 'data-map-strings') found.push(...dataStrings(JSON.parse(decode(value!))));
      }
    }
    if (tag.endsWith('/>') || VOID.has(name)) continue;
    if (RAW.has(name)) {
      const end = lower.indexOf(`</${name}`, last);
      const stop = end === -1 ? markup.length : end;
      if (/type="application\/ld\+json"/.test(tag)) found.push(...dataStrings(JSON.parse(markup.slice(last, stop))));
      last = stop;
      tags.lastIndex = stop;
      continue;
    }
    if (english.length || /\slang="en(?:-[\w-]+)?"/i.test(tag)) english.push(name);
  }
  if (!english.length) found.push(decode(markup.slice(last)));
  return found.filter((text) => text.trim() !== '');
}

/** Every string value of a JSON document (keys are names for programs, not text). */
export function dataStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(dataStrings);
  return [];
}

/** The English phrases found in the given texts, each with where it was found. */
export function englishLeft(texts: readonly string[], phrases: readonly string[]): { phrase: string; in: string }[] {
  const joined = texts.map(normalise);
  return phrases.flatMap((phrase) => {
    const hit = joined.find((text) => text.includes(phrase));
    return hit === undefined ? [] : [{ phrase, in: hit.slice(0, 160) }];
  });
}

/**
 * Articles are untrusted input: their Markdown may not carry raw HTML, links other than https:,
 * mailto: and paths on this site, or images from another site (a reader's browser would fetch
 * them), in any form Markdown has (inline, reference, autolink, image reference). Links stay in
 * the article's language (an English article does not send readers to /fr/, a French one links
 * /fr/…), whether written as a path or as this site's full address. A heading may not take an id
 * the page already uses (reserved-ids.ts). The text Markdown decodes (character references such as
 * "&#x202E;") is held to the same characters as the file (normalise-text.ts). Each problem names
 * its line, so an editor can find it. The Markdown pipeline also sanitises what it renders
 * (src/build/markdown/processor.ts), so nothing unsafe reaches a page even if this is bypassed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import GithubSlugger from 'github-slugger';
import { DEFAULT_SITE_URL } from '../../domain/consts.ts';
import { characterProblem, markOnDigitProblem } from './normalise-text.ts';
import { reservedIdProblem } from './reserved-ids.ts';
import { withWritePath } from '../write-failure.ts';

export interface MarkdownProblem {
  line: number;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Paths on this site, fragments, https: and mailto:; nothing else (no http:, javascript:, data:,
 * file:). A backslash is refused anywhere in a URL: browsers read "/\\evil.example" as "//evil.example".
 * A mailto: link is an address (with a subject or body at most); an https: link starts "https://"
 * and has no user name ("https://this-site@evil.example/").
 */
function safeLink(url: string): boolean {
  const trimmed = url.trim();
  if (/[\\\s]/.test(trimmed)) return false;
  if (/^(?:\/(?!\/)|#)/.test(trimmed)) return true;
  if (/^mailto:/i.test(trimmed)) return /^mailto:[^@/:?]+@[a-z0-9.-]+\.[a-z]{2,}(?:\?.*)?$/i.test(trimmed) && mailHeadersSafe(trimmed);
  // "https:evil.example" (no slashes) is a path on an https: page, and another host on any other.
  if (!/^https:\/\//i.test(trimmed)) return false;
  try {
    // A user name before the host ("https://this-site@evil.example/") makes a link look like another.
    const parsed = new URL(trimmed);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && namedHost(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * A host a reader can read: a name, not an address ("https://127.0.0.1/", "https://[::1]/" lead to
 * the reader's own machine or network) and not punycode ("xn--80ak6aa92e.com" is shown by browsers
 * in letters that may imitate another name).
 */
function namedHost(hostname: string): boolean {
  return hostname.includes('.') && !/^[\d.]+$/.test(hostname) && !hostname.startsWith('[') && !/(?:^|\.)xn--/i.test(hostname) && !/^localhost\.?$/i.test(hostname);
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' && parsed.username === '' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Link text written as an address must be where the link leads: "[https://this-site/](https://evil.example/)"
 * shows one site and opens another.
 */
function shownAddressProblem(text: string, url: string): string | undefined {
  const shown = /^\s*(?:https?:\/\/|www\.)([^\s/?#:]+)/i.exec(text)?.[1]?.toLowerCase();
  if (!shown) return undefined;
  let actual: string;
  try {
    actual = new URL(url.trim(), DEFAULT_SITE_URL).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const bare = (host: string) => host.replace(/^www\./, '');
  return bare(shown) === bare(actual) ? undefined : `the link text shows the address ${JSON.stringify(text.trim().slice(0, 60))}, but the link leads to ${actual}: write the address it leads to, or plain words`;
}

/**
 * A mailto: link may fill in a subject and a body, nothing else: a cc, bcc or to header would copy
 * a reader's mail to an address the link does not show.
 */
function mailHeadersSafe(url: string): boolean {
  const query = url.indexOf('?');
  if (query === -1) return true;
  return [...new URLSearchParams(url.slice(query + 1)).keys()].every((name) => /^(?:subject|body)$/i.test(name));
}

/** A path on this site; an image from anywhere else would be requested from another server. */
function localImage(url: string): boolean {
  return !/[\\\s]/.test(url.trim()) && /^\/(?!\/)/.test(url.trim());
}

type Lang = 'en' | 'fr' | 'ht';
const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', fr: 'French', ht: 'Kreyòl' };

/** The path a link leads to on this site, whether written "/x/" or "https://<this site>/x/"; undefined for other sites. */
function sitePath(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^\/(?!\/)/.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol === 'https:' && parsed.host === new URL(DEFAULT_SITE_URL).host) return parsed.pathname + parsed.search + parsed.hash;
  } catch {
    // Not an absolute URL: not this site's.
  }
  return undefined;
}

/**
 * Why a link to a path on this site leaves the article's language, with the path it should be;
 * undefined when it stays. Downloads (/data/, /og/) are shared by every language.
 */
export function crossLanguageProblem(written: string, lang: Lang): string | undefined {
  if (written.startsWith('#')) return undefined;
  // Where the browser really goes: "/fr/../about/" is /about/, "/%66r/" is /fr/, "/FR/" is no page of /fr/.
  let path = written;
  try {
    const resolved = new URL(written, 'https://site.invalid/');
    path = decodeURIComponent(resolved.pathname) + resolved.search + resolved.hash;
  } catch {
    // Not decodable: judged as written.
  }
  const prefix = /^\/(fr|ht)(?=\/|$|[?#])/i.exec(path)?.[1]?.toLowerCase() as Lang | undefined;
  const target: Lang = prefix ?? 'en';
  if (target === lang) return undefined;
  if (!prefix && /^\/(?:data|og)\//.test(path)) return undefined;
  const rest = prefix ? path.slice(prefix.length + 1) || '/' : path;
  const fixed = lang === 'en' ? rest : `/${lang}${rest}`;
  return `the link ${written} leads to the ${LANGUAGE_NAMES[target]} page: write ${fixed}`;
}

/** The images of a body that are paths on this site (inline and reference), with their lines. */
export function localImagesIn(body: string, lineOffset = 0): { line: number; path: string }[] {
  if (!body.includes('![')) return [];
  const tree = parser.parse(body) as Root;
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier.toLowerCase())) definitions.set(node.identifier.toLowerCase(), node.url);
  });
  const images: { line: number; path: string }[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const url = node.type === 'image' ? node.url : definitions.get(node.identifier.toLowerCase());
    if (url !== undefined && localImage(url)) images.push({ line: (node.position?.start.line ?? 1) + lineOffset, path: url.trim() });
  });
  return images;
}

/** What an answer is kept under: the text and its language. */
export const markdownAnswerKey = (body: string, lang: Lang): string => createHash('sha256').update(`${lang}\n${body}`).digest('base64');

export function markdownProblems(body: string, lineOffset: number, lang: Lang): MarkdownProblem[] {
  const key = kept && markdownAnswerKey(body, lang);
  let found = key ? kept!.answers.get(key) : undefined;
  if (!found) {
    found = problemsIn(body, lang);
    if (key) {
      kept!.answers.set(key, found);
      kept!.changed = true;
    }
  }
  return found.map((problem) => ({ ...problem, line: problem.line + lineOffset }));
}

/**
 * Parsing is most of what the content check costs on a large site (3,000 article files at 1,000
 * articles in three languages). The build keeps each text's answer in a file between builds,
 * keyed by a hash of the text; `version` names this checker (its code and its parsers' versions),
 * and a different one starts afresh. Off unless asked for (the build asks; tests do not).
 */
let kept: { file: string; version: string; answers: Map<string, MarkdownProblem[]>; changed: boolean } | undefined;

export function keepMarkdownAnswersIn(file: string, version: string): void {
  let answers = new Map<string, MarkdownProblem[]>();
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; answers?: Record<string, MarkdownProblem[]> };
    if (saved.version === version && saved.answers) answers = new Map(Object.entries(saved.answers));
  } catch {
    // No file yet, or an unreadable one: start afresh.
  }
  kept = { file, version, answers, changed: false };
}

/**
 * The build renders each body once and runs these rules on the tree it renders from
 * (src/build/markdown/remark-safety-rules.ts); it keeps their answers here, so that the content check
 * finds them and parses no body a second time.
 */
export function hasMarkdownAnswer(body: string, lang: Lang): boolean {
  return kept?.answers.has(markdownAnswerKey(body, lang)) ?? false;
}

export function keepMarkdownAnswer(body: string, lang: Lang, problems: MarkdownProblem[]): void {
  if (!kept) return;
  kept.answers.set(markdownAnswerKey(body, lang), problems);
  kept.changed = true;
}

/**
 * Writes the kept answers back (only when there are new ones), then stops keeping them. With
 * `only` (answer keys), the answers of texts no longer in content/ are dropped first.
 */
export function saveMarkdownAnswers(only?: ReadonlySet<string>): void {
  if (kept && only) {
    for (const key of kept.answers.keys()) if (!only.has(key) && kept.answers.delete(key)) kept.changed = true;
  }
  if (kept?.changed) {
    const { file, version, answers } = kept;
    const temporary = `${file}.${process.pid}.tmp`;
    withWritePath(temporary, () => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ version, answers: Object.fromEntries(answers) }));
      renameSync(temporary, file);
    });
  }
  kept = undefined;
}

/** A heading's text as rehype-slug reads it: every text inside it, joined. */
function toString(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(toString).join('') : '';
}

function problemsIn(body: string, lang: Lang): MarkdownProblem[] {
  return markdownTreeProblems(parser.parse(body) as Root, lang);
}

/** The rules, on a text already parsed (remark-parse with remark-gfm, before any transform). */
export function markdownTreeProblems(tree: Root, lang: Lang): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  const at = (node: Nodes) => node.position?.start.line ?? 1;
  // Reference-style images take their URL from a definition, which may be anywhere in the text.
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier.toLowerCase())) definitions.set(node.identifier.toLowerCase(), node.url);
  });
  const slugger = new GithubSlugger();
  /** Text Markdown decoded (character references included) is held to the file's rules. */
  const checkText = (node: Nodes, text: string | null | undefined, what: string) => {
    if (!text) return;
    for (const char of text) {
      const problem = char === '\n' || char === '\t' ? undefined : characterProblem(char);
      if (problem) {
        problems.push({ line: at(node), message: `${what}: ${problem}` });
        return;
      }
    }
    const onDigit = markOnDigitProblem(text);
    if (onDigit) {
      problems.push({ line: at(node), message: `${what}: ${onDigit}` });
      return;
    }
    if (text.normalize('NFC') !== text) problems.push({ line: at(node), message: `${what} writes a letter as a character reference with a separate accent: write the letter itself` });
  };
  const checkLink = (node: Nodes, url: string) => {
    if (!safeLink(url)) {
      const why = /^mailto:[^?]*\?/i.test(url.trim())
        ? 'a mailto: link may fill in a subject and a body only, never a cc, bcc or other address the reader does not see'
        : /^https:(?!\/\/)/i.test(url.trim())
          ? 'write https:// in full'
          : hostOf(url) !== undefined && !namedHost(hostOf(url)!)
            ? 'link to a site by its name (not a number, localhost or an xn-- name)'
            : 'use https:, mailto: or a path on this site starting with /';
      problems.push({ line: at(node), message: `the link to ${JSON.stringify(url.slice(0, 60))} is not allowed: ${why}` });
      return;
    }
    const path = sitePath(url);
    const wrong = path === undefined ? undefined : crossLanguageProblem(path, lang);
    if (wrong) problems.push({ line: at(node), message: wrong });
  };
  visit(tree, (node: Nodes) => {
    if (node.type === 'html') {
      problems.push({ line: at(node), message: `raw HTML is not allowed (${JSON.stringify(node.value.slice(0, 40))}): write it in Markdown` });
    } else if (node.type === 'link' || node.type === 'definition') {
      checkLink(node, node.url);
      const shown = node.type === 'link' ? shownAddressProblem(toString(node), node.url) : undefined;
      if (shown) problems.push({ line: at(node), message: shown });
      checkText(node, node.url, 'the link');
      checkText(node, node.title, 'the link title');
      // A title is shown on hover but never read by the figure check: no figures there.
      if (node.title && /\d/.test(node.title)) problems.push({ line: at(node), message: `the link title "${node.title.slice(0, 40)}" holds a figure: write it in the text, where the figure check reads it` });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      const label = node.type === 'image' ? undefined : node.identifier;
      const url = label === undefined ? (node as { url: string }).url : definitions.get(label.toLowerCase());
      if (url === undefined) problems.push({ line: at(node), message: `the image reference [${label}] has no definition: images must be files of this site, as a path starting with /` });
      else if (!localImage(url)) problems.push({ line: at(node), message: `the image ${JSON.stringify(url.slice(0, 60))} is not on this site: images must be files of this site, as a path starting with /` });
      checkText(node, node.alt, 'the image description');
      if (node.type === 'image') checkText(node, node.title, 'the image title');
      if (node.type === 'image' && node.title && /\d/.test(node.title)) problems.push({ line: at(node), message: `the image title "${node.title.slice(0, 40)}" holds a figure: write it in the text, where the figure check reads it` });
    } else if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      checkText(node, node.value, 'the text');
    } else if (node.type === 'heading' && node.depth === 1) {
      problems.push({ line: at(node), message: `the heading "${toString(node).slice(0, 60)}" is a level-1 heading (#), which only the page's title may be: use ## for a section` });
    } else if (node.type === 'heading') {
      const problem = reservedIdProblem(slugger.slug(toString(node)));
      if (problem) problems.push({ line: at(node), message: `the heading "${toString(node).slice(0, 60)}" ${problem}` });
    }
  });
  return problems;
}

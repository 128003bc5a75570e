/**
 * Articles are untrusted input: their Markdown may not carry raw HTML, links with a scheme other
 * than http(s) or mailto, or images from another site (a reader's browser would fetch them). Each
 * problem names its line, so an editor can find it. The Markdown pipeline also sanitises what it
 * renders (src/lib/markdown/processor.ts), so nothing unsafe reaches a page even if this is bypassed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface MarkdownProblem {
  line: number;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Paths on this site, fragments, and the web and mail schemes; nothing else (no javascript:, data:, file:). */
function safeLink(url: string): boolean {
  return /^(?:\/(?!\/)|#|https?:\/\/|mailto:)/i.test(url.trim());
}

/** A path on this site; an image from anywhere else would be requested from another server. */
function localImage(url: string): boolean {
  return /^\/(?!\/)/.test(url.trim());
}

export function markdownProblems(body: string, lineOffset = 0): MarkdownProblem[] {
  const key = kept && createHash('sha256').update(body).digest('base64');
  let found = key ? kept!.answers.get(key) : undefined;
  if (!found) {
    found = problemsIn(body);
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

/** Writes the kept answers back (only when there are new ones), then stops keeping them. */
export function saveMarkdownAnswers(): void {
  if (kept?.changed) {
    mkdirSync(dirname(kept.file), { recursive: true });
    const temporary = `${kept.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: kept.version, answers: Object.fromEntries(kept.answers) }));
    renameSync(temporary, kept.file);
  }
  kept = undefined;
}

function problemsIn(body: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  const tree = parser.parse(body) as Root;
  const at = (node: Nodes) => node.position?.start.line ?? 1;
  visit(tree, (node: Nodes) => {
    if (node.type === 'html') {
      problems.push({ line: at(node), message: `raw HTML is not allowed (${JSON.stringify(node.value.slice(0, 40))}): write it in Markdown` });
    } else if ((node.type === 'link' || node.type === 'definition') && !safeLink(node.url)) {
      problems.push({ line: at(node), message: `the link to ${JSON.stringify(node.url.slice(0, 60))} is not allowed: use https:, mailto: or a path on this site starting with /` });
    } else if (node.type === 'image' && !localImage(node.url)) {
      problems.push({ line: at(node), message: `the image ${JSON.stringify(node.url.slice(0, 60))} is not on this site: images must be files of this site, as a path starting with /` });
    }
  });
  return problems;
}

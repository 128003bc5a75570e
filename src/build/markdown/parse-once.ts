/**
 * Each Markdown body parsed once per build. The content guard calls this before the content check:
 * every body not yet rendered under this build's fingerprint (or whose safety answer is not kept)
 * is read, parsed, checked by the Markdown safety rules on that parse (remark-safety-rules.ts) and
 * rendered, on a worker per core (render-pool.ts). The rules' answers are kept in the content
 * check's answer file, under the same fingerprint (markdown-safety.ts), and the content check then
 * finds every body's answer there and parses none. The check reports the problems as it always
 * has, with every other problem in content/, before any page is built; nothing rendered is used
 * unless it passes (the loaders collect the bodies).
 *
 * A body whose answer is not known after rendering (it failed to render) is simply parsed by the
 * check, so a fault here can never let a problem through unreported.
 */
import { readContent } from '../content-check/read-content.ts';
import { hasMarkdownAnswer, keepMarkdownAnswer, keepMarkdownAnswersIn, markdownAnswerKey, saveMarkdownAnswers } from '../content-check/markdown-safety.ts';
import { bodiesOf, renderAhead } from './render-pool.ts';
import { bodyKey, renderedBodyKeys } from './rendered-bodies.ts';

/**
 * Renders ahead what this build needs and keeps the safety rules' answers in `answersFile` for the
 * check. `fingerprint`: the build's (build-fingerprint.ts), which keys both.
 */
export async function renderAndCheckMarkdown(root: string, fingerprint: string, answersFile: string): Promise<void> {
  keepMarkdownAnswersIn(answersFile, fingerprint);
  try {
    const bodies = bodiesOf(readContent(root).files);
    const onDisk = renderedBodyKeys(root);
    const toRender = bodies.filter(({ body, lang }) => !onDisk.has(bodyKey(fingerprint, body, lang)) || !hasMarkdownAnswer(body, lang));
    const problems = await renderAhead(root, fingerprint, toRender);
    toRender.forEach(({ body, lang }, index) => {
      const found = problems[index];
      if (found) keepMarkdownAnswer(body, lang, found);
    });
    // Only the texts content/ holds now: the file does not grow with every edit.
    saveMarkdownAnswers(new Set(bodies.map(({ body, lang }) => markdownAnswerKey(body, lang))));
  } finally {
    // Never left half-kept for whatever runs next in this process.
    saveMarkdownAnswers();
  }
}

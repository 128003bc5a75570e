/**
 * An entry's Markdown body rendered as Astro's content layer renders it (the `renderMarkdown` a
 * loader is given: the configured processor with Astro's defaults, then the headings and image
 * paths it reports), with the processor of the entry's language (processor.ts), together with
 * the Markdown safety rules' problems found on the same parse (remark-safety-rules.ts). The
 * rendering workers use this. Unit tests hold the workers' output to this renderer run in-process, and check
 * that Astro's defaults apply (typographic quotes, GFM, the heading list).
 */
import type { LoaderContext } from 'astro/loaders';
import { markdownConfigDefaults, parseFrontmatter } from '@astrojs/markdown-remark';
import type { Lang } from '../../i18n/languages.ts';
import type { MarkdownProblem } from '../content-check/markdown-safety.ts';
import { MARKDOWN_SETTINGS, markdownProcessor } from './processor.ts';
import { MARKDOWN_PROBLEMS, type ProblemCarrier } from './remark-safety-rules.ts';

/** What a loader's renderMarkdown gives (Astro does not export the type by name). */
export type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/**
 * A body rendered, and the safety rules' problems on it (lines counted from the body's first line).
 * `problems` is undefined for a body that opens with front matter: Astro renders it without, so
 * the lines would not be the file's; the content check then parses that one itself.
 */
export interface BodyRendering {
  rendered: RenderedContent;
  problems: MarkdownProblem[] | undefined;
}

export type BodyRenderer = (body: string, lang: Lang) => Promise<BodyRendering>;

type Renderer = Awaited<ReturnType<ReturnType<typeof markdownProcessor>['createRenderer']>>;

export async function createBodyRenderer(): Promise<BodyRenderer> {
  // Each language's processor is made the first time an entry in that language asks for it.
  const renderers = new Map<Lang, Promise<Renderer>>();
  const rendererOf = (lang: Lang) => {
    let renderer = renderers.get(lang);
    if (!renderer) renderers.set(lang, (renderer = markdownProcessor(lang).createRenderer({ ...markdownConfigDefaults, ...MARKDOWN_SETTINGS })));
    return renderer;
  };
  return async (body, lang) => {
    // As Astro's renderMarkdown does: a body that opens with front matter has it taken off first.
    const { frontmatter, content } = parseFrontmatter(body);
    const carrier: ProblemCarrier = frontmatter;
    const { code, metadata } = await (await rendererOf(lang)).render(content, { frontmatter: carrier });
    const problems = carrier[MARKDOWN_PROBLEMS];
    if (!problems) throw new Error('The Markdown safety rules did not run on this body (remark-safety-rules.ts): Astro no longer hands the front matter object through');
    delete carrier[MARKDOWN_PROBLEMS];
    return {
      rendered: { html: code, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } },
      problems: content === body ? problems : undefined,
    };
  };
}

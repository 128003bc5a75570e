/**
 * An entry's Markdown body rendered as Astro's content layer renders it (the `renderMarkdown` a
 * loader is given: the configured processor with Astro's defaults, then the headings and image
 * paths it reports), then put into the entry's language (localise-rendered.ts). The rendering
 * workers use this. Unit tests hold the workers' output to this renderer run in-process, and check
 * that Astro's defaults apply (typographic quotes, GFM, the heading list).
 */
import type { LoaderContext } from 'astro/loaders';
import { markdownConfigDefaults, parseFrontmatter } from '@astrojs/markdown-remark';
import type { Lang } from '../../i18n/languages';
import { localiseRendered } from './localise-rendered';
import { MARKDOWN_SETTINGS, markdownProcessor } from './processor';

/** What a loader's renderMarkdown gives (Astro does not export the type by name). */
export type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

export type BodyRenderer = (body: string, lang: Lang) => Promise<RenderedContent>;

export async function createBodyRenderer(): Promise<BodyRenderer> {
  const renderer = await markdownProcessor().createRenderer({ ...markdownConfigDefaults, ...MARKDOWN_SETTINGS });
  return async (body, lang) => {
    // As Astro's renderMarkdown does: a body that opens with front matter has it taken off first.
    const { frontmatter, content } = parseFrontmatter(body);
    const { code, metadata } = await renderer.render(content, { frontmatter });
    return {
      html: localiseRendered(code, lang),
      metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] },
    };
  };
}

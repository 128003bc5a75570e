import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { DEFAULT_SITE_URL } from '../../domain/consts.ts';
import { t } from '../../i18n/index.ts';
import { LANGUAGE_INFO, langParams, localePath, type Lang } from '../../i18n/languages.ts';
import { FEED_ITEMS, latest } from '../../shared/paginate.ts';
import { getArticles } from '../../build/site-content.ts';

export const getStaticPaths = langParams;

/**
 * /rss.xml, /fr/rss.xml, /ht/rss.xml: the latest articles in each language, for feed readers: the
 * FEED_ITEMS newest (see src/shared/paginate.ts for why a feed holds only these), newest first.
 */
export const GET: APIRoute = async ({ site, props }) => {
  const { lang } = props as { lang: Lang };
  const words = t(lang).site;
  const articles = latest(await getArticles(lang), FEED_ITEMS, (article) => article.data.published);
  return rss({
    title: words.name,
    description: words.description,
    // The channel links to the home page in the feed's language (items' paths already carry it).
    site: new URL(localePath(lang, '/'), site ?? DEFAULT_SITE_URL).href,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.standfirst,
      pubDate: article.data.published,
      link: localePath(lang, `/articles/${article.id}/`),
      categories: [article.data.section],
    })),
    customData: `<language>${LANGUAGE_INFO[lang].tag}</language>`,
  });
};

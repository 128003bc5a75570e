import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { DEFAULT_SITE_URL, SITE } from '../consts';
import { getArticles } from '../lib/site-content';

/** /rss.xml: the articles, newest change first, for feed readers. */
export const GET: APIRoute = async ({ site }) => {
  const articles = await getArticles();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: site ?? DEFAULT_SITE_URL,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.standfirst,
      pubDate: article.data.published,
      link: `/articles/${article.id}/`,
      categories: [article.data.section],
    })),
    customData: `<language>${SITE.locale}</language>`,
  });
};

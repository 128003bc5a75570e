/**
 * The Markdown pipeline writes a few words of its own into every article (the footnotes heading,
 * "Back to reference", the citation markers' labels, the section links, the scrolling table's
 * name, the worked-out date tag). It writes them in English, from the English dictionary; this
 * puts a translated article's into its own language. Pure; unit tested.
 */
import { t } from '../../i18n';
import { en } from '../../i18n/dictionaries/en';
import type { Lang } from '../../i18n/languages';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function localiseRendered(html: string, lang: Lang): string {
  if (lang === 'en') return html;
  const words = t(lang).source;
  const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html
    .replace(/(<h2[^>]*id="footnote-label"[^>]*>)[^<]*(<\/h2>)/g, `$1${words.footnotes}$2`)
    .replace(new RegExp(`aria-label="${escape(en.source.backToReference)} (\\d+(?:-\\d+)?)"`, 'g'), (_, n: string) => `aria-label="${attribute(words.backToReference)} ${n}"`)
    .replace(new RegExp(`aria-label="${escape(en.source.citeLabel(0)).replace('0', '(\\d+)')}"`, 'g'), (_, n: string) => `aria-label="${attribute(words.citeLabel(Number(n)))}"`)
    .replaceAll(`aria-label="${en.source.sectionLink}"`, `aria-label="${attribute(words.sectionLink)}"`)
    .replaceAll(`aria-label="${en.source.tableScroll}"`, `aria-label="${attribute(words.tableScroll)}"`)
    .replaceAll(`data-scroll-hint="${en.source.tableScroll}"`, `data-scroll-hint="${attribute(words.tableScroll)}"`)
    .replaceAll(`title="${en.source.workedOutTitle}"`, `title="${attribute(words.workedOutTitle)}"`)
    .replaceAll(` ${en.source.workedOut}</span>`, ` ${words.workedOut}</span>`);
}

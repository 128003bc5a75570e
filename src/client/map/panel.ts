/**
 * The details panel: everything the report says of the selected country, in the page (not a
 * floating popup) so keyboard, touch and screen-reader users all reach it. Built with
 * textContent only: no data is ever parsed as HTML.
 */
import { fill } from '../../i18n/fill.ts';
import type { MapStrings } from './strings.ts';
import type { MapCountry } from '../../shared/map/map-country.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href: string, text: string, target?: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  if (target) a.target = target;
  return a;
}

export interface PanelActions {
  onClose: () => void;
  onCopyLink: () => void;
  /** "_top" inside an embed, so links leave the iframe. */
  linkTarget?: string;
  /** The page's words (with, from issue 18, the colon as the page's language spaces it). */
  words: MapStrings;
}

export function renderPanel(panel: HTMLElement, country: MapCountry, actions: PanelActions): void {
  panel.replaceChildren();
  const heading = el('h2', country.name, 'panel-title');
  heading.id = 'map-panel-title';
  heading.tabIndex = -1;

  const facts = el('dl', undefined, 'facts');
  const fact = (term: string, value: Node | string) => {
    facts.append(el('dt', term));
    const dd = el('dd');
    dd.append(value);
    facts.append(dd);
  };
  const { words } = actions;
  fact(words.role, country.roleLabel);
  const badge = el('span', country.statusLabel, `status status--${country.status}`);
  fact(words.status, badge);
  fact(words.asOf, country.asOfText);

  const offers = el('div', undefined, 'panel-offers');
  offers.append(el('h3', words.offer));
  if (country.offerNote !== null) {
    offers.append(el('p', country.offerNote));
  } else {
    const list = el('ul');
    for (const offer of country.offers) {
      const item = el('li');
      item.append(el('strong', `${offer.kind}${words.colon ?? ': '}`), offer.amount);
      if (offer.detail) item.append(el('p', offer.detail, 'detail'));
      list.append(item);
    }
    offers.append(list);
  }

  const conditionBlock = el('div');
  conditionBlock.append(el('h3', words.conditions));
  if (country.conditions.length) {
    const list = el('ul');
    country.conditions.forEach((c) => list.append(el('li', `${c.text} (${c.paragraphsText})`)));
    conditionBlock.append(list);
  } else if (country.status !== 'not-a-contributor') {
    conditionBlock.append(el('p', words.noConditions));
  } else {
    conditionBlock.replaceChildren();
  }

  const source = el('p', fill(words.source, { source: country.sourceText }), 'source-ref');
  const links = el('ul', undefined, 'panel-links');
  const pageItem = el('li');
  pageItem.append(link(country.page, fill(words.fullRecord, { name: country.name }), actions.linkTarget));
  links.append(pageItem);
  for (const article of country.articles) {
    const item = el('li');
    item.append(link(article.url, article.title, actions.linkTarget));
    links.append(item);
  }

  const buttons = el('div', undefined, 'panel-buttons');
  const copy = el('button', words.copyCountryLink);
  copy.type = 'button';
  copy.addEventListener('click', actions.onCopyLink);
  const close = el('button', words.close);
  close.type = 'button';
  close.setAttribute('aria-label', fill(words.closeLabel, { name: country.name }));
  close.addEventListener('click', actions.onClose);
  buttons.append(copy, close);

  // The buttons right under the name and the offer next: on a phone the details are a sheet over
  // the bottom of the screen, and neither Close nor the figure may be a scroll away.
  panel.append(heading, buttons, offers, facts, el('p', country.summary), conditionBlock, source, el('h3', words.readMore), links);
  panel.setAttribute('aria-labelledby', heading.id);
  panel.hidden = false;
}

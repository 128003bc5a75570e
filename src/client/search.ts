/**
 * Site search with Pagefind's index (built into dist/pagefind/ after `astro build`). Pagefind's
 * code is fetched only when the reader starts a search, and results are plain links in a list.
 * Pagefind keeps one index per language (from each page's <html lang>) and searches the one of
 * the page it runs on, so a search on /ht/search/ finds Kreyòl pages.
 */
import { fill } from '../i18n/fill.ts';

/** The page's words for the status line, written into the form by search.astro. */
interface SearchStrings {
  searching: string;
  noResults: string;
  oneResult: string;
  results: string;
}

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on first use. The path is built at run time so the bundler leaves it alone. */
function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return pagefind;
}

/** Pagefind marks matches with <mark>; keep that and only that, as text. */
function appendExcerpt(target: HTMLElement, excerpt: string) {
  for (const [index, part] of excerpt.split(/<\/?mark>/).entries()) {
    const text = part.replace(/<[^>]*>/g, '');
    target.append(index % 2 === 1 ? Object.assign(document.createElement('mark'), { textContent: text }) : document.createTextNode(text));
  }
}

export function enableSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const suggest = document.querySelector<HTMLElement>('[data-search-suggest]');
  if (!form || !input || !status || !list) return;
  const words = JSON.parse(form.dataset['searchStrings'] ?? '{}') as SearchStrings;

  let latest = 0;
  async function run(query: string) {
    const ticket = ++latest;
    if (!query.trim()) {
      list!.replaceChildren();
      status!.textContent = '';
      if (suggest) suggest.hidden = true;
      return;
    }
    status!.textContent = words.searching;
    const engine = await loadPagefind();
    const found = await engine.search(query);
    const results = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    if (ticket !== latest) return; // a newer search has started
    list!.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url });
        const excerpt = document.createElement('p');
        appendExcerpt(excerpt, result.excerpt);
        item.append(link, excerpt);
        return item;
      }),
    );
    const count = found.results.length;
    if (suggest) suggest.hidden = count > 0;
    status!.textContent = fill(count === 0 ? words.noResults : count === 1 ? words.oneResult : words.results, { query, count });
  }

  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });

  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

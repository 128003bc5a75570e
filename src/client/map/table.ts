/**
 * The contributor table next to the map: sort by personnel or money, and a "Show on map" button
 * per row. Without JavaScript the table is still complete, in reading order.
 */
import type { ClientStrings } from '../../i18n/dictionaries/en.ts';
import { compareAmounts } from '../../shared/compare.ts';

function amount(row: HTMLElement, key: string): number | null {
  const value = row.dataset[key];
  return value === undefined || value === '' ? null : Number(value);
}

/**
 * Adds a "Sort" bar above the list: reading order, or largest first by any column marked
 * data-sort-key (people, money). A bar rather than header buttons because on phones the list
 * turns into cards and its header row is hidden. The sorted column gets aria-sort.
 */
export function enableSorting(table: HTMLTableElement, words: Pick<ClientStrings, 'sortLabel' | 'sort' | 'readingOrder'>): void {
  const body = table.tBodies[0];
  const scroller = table.closest('.table-scroll') ?? table;
  if (!body) return;
  const readingOrder = [...body.rows];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  const bar = document.createElement('div');
  bar.className = 'sort-bar';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', words.sortLabel);
  bar.append(`${words.sort} `);
  const buttons: HTMLButtonElement[] = [];
  const addButton = (label: string, sort: () => HTMLTableRowElement[], header?: HTMLTableCellElement) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.setAttribute('aria-pressed', String(buttons.length === 0));
    button.addEventListener('click', () => {
      body.append(...sort());
      buttons.forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
      headers.forEach((h) => (h === header ? h.setAttribute('aria-sort', 'descending') : h.removeAttribute('aria-sort')));
    });
    buttons.push(button);
    bar.append(button);
  };
  addButton(words.readingOrder, () => readingOrder);
  for (const header of headers) {
    const key = header.dataset['sortKey'] ?? '';
    addButton(header.textContent ?? key, () => [...body.rows].sort((a, b) => compareAmounts(amount(a, key), amount(b, key))), header);
  }
  scroller.before(bar);
}

/** Reveals each row's "Show on map" button and calls back with the row's country. */
export function enableRowSelection(table: HTMLTableElement, onSelect: (id: string, opener: HTMLElement) => void): void {
  for (const button of table.querySelectorAll<HTMLButtonElement>('button[data-select-country]')) {
    button.hidden = false;
    button.addEventListener('click', () => onSelect(button.dataset['selectCountry'] ?? '', button));
  }
}

export function markSelectedRow(table: HTMLTableElement, id: string | null): void {
  for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-country]')) {
    row.classList.toggle('is-selected', row.dataset['country'] === id);
  }
}

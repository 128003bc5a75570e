/**
 * The contributor table next to the map: sort by personnel or money, and a "Show on map" button
 * per row. Without JavaScript the table is still complete, in reading order.
 */
import { compareAmounts } from '../../lib/countries';

type Direction = 'descending' | 'ascending';

function amount(row: HTMLElement, key: string): number | null {
  const value = row.dataset[key];
  return value === undefined || value === '' ? null : Number(value);
}

/** Turns each sortable column heading into a button that sorts the rows by it. */
export function enableSorting(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  for (const header of headers) {
    const key = header.dataset['sortKey'] ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = header.textContent ?? '';
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const direction: Direction = header.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      header.setAttribute('aria-sort', direction);
      const rows = [...body.rows].sort((a, b) => compareAmounts(amount(a, key), amount(b, key), direction));
      body.append(...rows);
    });
  }
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

/**
 * The "Save for offline reading" button: asks the service worker to save this language whole, shows
 * the progress and the size, and asks first when the reader has turned on a data saver.
 */
import { fill } from '../../i18n/fill.ts';
import type { SaveReport } from '../../shared/offline/messages.ts';

interface SaveStrings {
  saveDataAsk: string;
  saveDataYes: string;
  progress: string;
  saved: string;
  alreadySaved: string;
  failed: string;
  outdated: string;
}

const kb = (bytes: number) => String(Math.max(1, Math.round(bytes / 1024)));

export function enableSaveOffline(): void {
  const block = document.querySelector<HTMLElement>('[data-save-offline]');
  if (!block) return;
  // Shown from the first paint wherever scripts run (global.css), so the page below never moves;
  // a browser without a service worker could not save, so there it goes.
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    block.hidden = true;
    return;
  }
  const words = JSON.parse(block.dataset['offlineStrings'] ?? '{}') as SaveStrings;
  const lang = block.dataset['lang'];
  const button = block.querySelector<HTMLButtonElement>('[data-save-button]')!;
  const anyway = block.querySelector<HTMLButtonElement>('[data-save-anyway]')!;
  const progress = block.querySelector<HTMLProgressElement>('[data-save-progress]')!;
  const status = block.querySelector<HTMLElement>('[data-save-status]')!;

  // The marker lives in the current build's cache only (a new build deletes it with the old cache).
  void caches.match(block.dataset['savedMarker'] ?? '').then((saved) => saved && (status.textContent = words.alreadySaved), () => undefined);

  const save = async () => {
    button.disabled = true;
    anyway.hidden = true;
    const worker = (await navigator.serviceWorker.ready).active;
    if (!worker) return;
    const channel = new MessageChannel();
    progress.hidden = false;
    channel.port1.onmessage = (event: MessageEvent<SaveReport>) => {
      const report = event.data;
      if (report.type === 'progress' || report.type === 'saved') {
        progress.max = report.total;
        progress.value = report.done;
        const values = { done: String(report.done), total: String(report.total), kb: kb(report.bytes), totalKb: kb(report.totalBytes) };
        status.textContent = fill(report.type === 'saved' ? words.saved : words.progress, values);
        if (report.type === 'saved') block.dataset['saved'] = 'true';
      } else {
        status.textContent = report.type === 'outdated' ? words.outdated : words.failed;
        progress.hidden = true;
      }
      if (report.type !== 'progress') button.disabled = false;
    };
    worker.postMessage({ type: 'save', lang }, [channel.port2]);
  };

  button.addEventListener('click', () => {
    // Data saver on: say the size and wait for a second, explicit yes.
    const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
    if (connection?.saveData && anyway.hidden) {
      status.textContent = fill(words.saveDataAsk, { kb: block.dataset['kb'] ?? '' });
      anyway.hidden = false;
      anyway.focus();
      return;
    }
    void save();
  });
  anyway.addEventListener('click', () => void save());
}

import { fill } from '../i18n/fill.ts';

/** The page's words for the controls, written into the block by ShareLinks.astro. */
interface ShareStrings {
  copied: string;
  copiedButton: string;
  copy: string;
  failed: string;
}

/** Brings the share controls to life where the browser supports them; without it they stay hidden. */
export function enableShareControls(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const words = JSON.parse(block.dataset['shareStrings'] ?? '{}') as ShareStrings;
    const url = block.dataset['shareUrl'] ?? window.location.href;
    const title = block.dataset['shareTitle'] ?? document.title;
    const text = block.dataset['shareText'] ?? title;
    const status = block.querySelector<HTMLElement>('[data-share-status]');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };

    const native = block.querySelector<HTMLButtonElement>('[data-share-native]');
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title, text, url }).catch(() => {
          // The reader closed the share sheet: nothing to report.
        });
      });
    }

    const copy = block.querySelector<HTMLButtonElement>('[data-share-copy]');
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(url);
          say(fill(words.copied, { url }));
          copy.textContent = words.copiedButton;
          setTimeout(() => (copy.textContent = words.copy), 3000);
        } catch {
          say(fill(words.failed, { url }));
        }
      });
    }
  }
}

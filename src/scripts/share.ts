/** Brings the share controls to life where the browser supports them; without it they stay hidden. */
export function enableShareControls(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const url = block.dataset['shareUrl'] ?? window.location.href;
    const title = block.dataset['shareTitle'] ?? document.title;
    const status = block.querySelector<HTMLElement>('[data-share-status]');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };

    const native = block.querySelector<HTMLButtonElement>('[data-share-native]');
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title, url }).catch(() => {
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
          say(`Link copied: ${url}`);
          copy.textContent = 'Link copied';
          setTimeout(() => (copy.textContent = 'Copy link'), 3000);
        } catch {
          say(`Could not copy automatically. The link is ${url}`);
        }
      });
    }
  }
}

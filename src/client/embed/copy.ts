/** "Copy embed code" on the map page: the code is a readable <textarea> without JavaScript; this adds the button. */
export function enableEmbedCopy(): void {
  const block = document.querySelector<HTMLElement>('[data-embed-code]');
  const code = block?.querySelector<HTMLTextAreaElement>('textarea');
  const button = block?.querySelector<HTMLButtonElement>('[data-copy-embed]');
  const status = block?.querySelector<HTMLElement>('[data-copy-status]');
  if (!block || !code || !button || !status || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = block.dataset['copied'] ?? '';
    } catch {
      code.select();
      status.textContent = block.dataset['copyFailed'] ?? '';
    }
  });
}

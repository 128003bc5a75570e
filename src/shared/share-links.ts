/**
 * Plain share links for the apps readers use. They are ordinary links: no third-party script,
 * no tracking parameters, and they work without JavaScript.
 */
export interface ShareLink {
  id: 'whatsapp' | 'telegram' | 'x' | 'facebook' | 'linkedin' | 'email';
  label: string;
  href: string;
}

/**
 * `emailLabel` is the one label that is a word, not a brand: the page's language gives it.
 * `text` is what a chat or an e-mail says above the link (src/shared/share-text.ts: the page's key
 * figure with its standing); the title when there is none. Facebook and LinkedIn take only the
 * address: their preview is built from the page's own description, which carries the figure too.
 */
export function shareLinks(url: string, title: string, emailLabel = 'Email', text = title): ShareLink[] {
  const u = encodeURIComponent(url);
  return [
    { id: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}` },
    { id: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${encodeURIComponent(text)}` },
    { id: 'x', label: 'X', href: `https://x.com/intent/tweet?text=${encodeURIComponent(text)}&url=${u}` },
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { id: 'email', label: emailLabel, href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${text}\n\n${url}`)}` },
  ];
}

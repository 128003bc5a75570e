/**
 * Plain share links for the apps readers use. They are ordinary links: no third-party script,
 * no tracking parameters, and they work without JavaScript.
 */
export interface ShareLink {
  id: 'whatsapp' | 'x' | 'facebook' | 'linkedin' | 'email';
  label: string;
  href: string;
}

/** `emailLabel` is the one label that is a word, not a brand: the page's language gives it. */
export function shareLinks(url: string, title: string, emailLabel = 'Email'): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { id: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { id: 'x', label: 'X', href: `https://x.com/intent/tweet?text=${t}&url=${u}` },
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { id: 'email', label: emailLabel, href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
  ];
}

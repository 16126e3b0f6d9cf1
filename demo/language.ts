/**
 * The demo page's language switch (nl/en): sets `<html lang>`, the `locale` of every `wmebv-form`
 * and the page's own few words, and keeps the choice in the URL (`?lang=en`) so that a link or a
 * reload keeps it. Nothing goes to localStorage.
 */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const TEXTS: Record<Locale, Record<string, string>> = {
  nl: {
    title: 'Bezwaar maken – Gemeente Voorbeeld',
    heading: 'Bezwaar maken tegen een besluit',
    fallback: 'Werkt dit formulier niet? Bel',
    skip: 'Direct naar het formulier',
    languages: 'Taal',
    tagline: 'Digitaal loket',
    contact: 'Contact',
    privacy: 'Privacyverklaring',
    accessibility: 'Toegankelijkheidsverklaring',
    fictional: 'Gemeente Voorbeeld bestaat niet: dit is een demonstratie van wmebv-forms.',
  },
  en: {
    title: 'Lodge an objection – Gemeente Voorbeeld',
    heading: 'Lodge an objection to a decision',
    fallback: 'Is this form not working? Call',
    skip: 'Skip to the form',
    languages: 'Language',
    tagline: 'Online services',
    contact: 'Contact',
    privacy: 'Privacy statement',
    accessibility: 'Accessibility statement',
    fictional: 'Gemeente Voorbeeld does not exist: this is a demonstration of wmebv-forms.',
  },
};

/** The locale in the URL (`?lang=en`), Dutch when absent or unknown. */
export function localeFromUrl(url: URL): Locale {
  const lang = url.searchParams.get('lang');
  return (LOCALES as readonly string[]).includes(lang ?? '') ? (lang as Locale) : 'nl';
}

/** Applies `locale` to the page; with `updateUrl`, records it in the address bar (Dutch is the default, without parameter). */
export function applyLocale(locale: Locale, { updateUrl = false } = {}): void {
  document.documentElement.lang = locale;
  document.title = TEXTS[locale]['title']!;
  for (const form of document.querySelectorAll('wmebv-form')) form.setAttribute('locale', locale);
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = TEXTS[locale][element.dataset['text']!] ?? element.textContent;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-label]')) {
    element.setAttribute('aria-label', TEXTS[locale][element.dataset['label']!] ?? '');
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale]')) {
    if (link.dataset['locale'] === locale) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  if (updateUrl) {
    const url = new URL(location.href);
    if (locale === 'nl') url.searchParams.delete('lang');
    else url.searchParams.set('lang', locale);
    history.replaceState(history.state, '', url);
  }
}

/** Wires the switch links: a click switches in place, without reloading (the form keeps its answers). */
export function setUpLanguageSwitch(): void {
  applyLocale(localeFromUrl(new URL(location.href)));
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      applyLocale(link.dataset['locale'] as Locale, { updateUrl: true });
    });
  }
}

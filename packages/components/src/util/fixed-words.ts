import { getTranslator, type SupportedLocale, type Translate } from '@wmebv/core';

const words = new Map<SupportedLocale, Map<string, string>>();

/**
 * A message without parameters in `locale`, translated once: the fixed words every field repeats on
 * every render ("(niet verplicht)", "Fout: ", "Waarom vragen we dit?"), 200 times in a long form.
 * Elements render only once their language's messages are there (`WmebvElement`), so the first
 * lookup already gets the final text.
 */
export function fixedWord(locale: SupportedLocale, key: Parameters<Translate>[0]): string {
  let known = words.get(locale);
  if (!known) words.set(locale, (known = new Map()));
  let word = known.get(key);
  if (word === undefined) known.set(key, (word = getTranslator(locale)(key)));
  return word;
}

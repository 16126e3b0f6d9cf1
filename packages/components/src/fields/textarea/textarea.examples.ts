/** Examples of `wmebv-textarea`. */

/** A text of exactly `length` characters (code points), for character-count stories. */
export function textOfLength(length: number): string {
  const sentence = 'De dakkapel aan de achterkant is vanaf de straat niet te zien en past bij de andere dakkapels in de rij. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

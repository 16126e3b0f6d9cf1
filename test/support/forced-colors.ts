/**
 * The style rules the page's adopted style sheets apply only in forced-colors mode (Windows high
 * contrast), as text (`CSSStyleRule.cssText`). @web/test-runner cannot switch forced colours on under
 * Puppeteer, so tests read the rules the library ships for it.
 */
export function forcedColorsRules(): string[] {
  const forced: string[] = [];
  const walk = (rules: CSSRuleList, inForced: boolean): void => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) walk(rule.cssRules, inForced || rule.conditionText.includes('forced-colors: active'));
      else if (rule instanceof CSSLayerBlockRule) walk(rule.cssRules, inForced);
      else if (inForced && rule instanceof CSSStyleRule) forced.push(rule.cssText);
    }
  };
  for (const sheet of document.adoptedStyleSheets) walk(sheet.cssRules, false);
  return forced;
}

// The CSS opt-out (issue 11): a page that links wmebv.css and loads the unstyled bundle is styled by
// that file alone and downloads the rules once. Checked on the plain page before its flow runs:
// a rule of wmebv.css applies (the primary button's shadow, from styles/base.css), the elements
// adopted no stylesheet of their own, and no script the page fetched carries the CSS.
const WAIT = { timeout: 30_000 };

/** @param {import('playwright').Page} page @returns a line saying what was checked */
export async function stylesOnce(page, url) {
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().then((text) => [response.url(), text]));
  });
  await page.goto(url);
  const button = page.locator('wmebv-form').getByRole('button', { name: /Volgende stap/ });
  await button.waitFor(WAIT);
  const shadow = await button.evaluate((element) => element.ownerDocument.defaultView.getComputedStyle(element).boxShadow);
  if (!shadow || shadow === 'none') throw new Error('the button has no box-shadow: wmebv.css did not style the form');
  const adopted = await page.evaluate(() => document.adoptedStyleSheets.length);
  if (adopted !== 0) throw new Error(`the elements adopted ${adopted} stylesheet(s) although the page links wmebv.css`);
  const fetched = await Promise.all(scripts);
  const withCss = fetched.filter(([, text]) => text.includes('@layer wmebv')).map(([address]) => address);
  if (withCss.length > 0) throw new Error(`CSS downloaded a second time, inside ${withCss.join(', ')}`);
  return `styled by wmebv.css alone, 0 adopted sheets, ${fetched.length} script(s) without CSS`;
}

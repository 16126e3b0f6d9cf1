// @ts-check
/**
 * `wmebv-page`: what a test asks of its own Chromium page through the DevTools protocol, which a page
 * cannot do itself (the test runner's launcher is puppeteer-core):
 *
 *   executeServerCommand('wmebv-page', { action: 'throttle', uploadBytesPerSecond: 32_768 })
 *       CDP Network.emulateNetworkConditions on this page: upload limited, download not, no latency
 *   … { action: 'unthrottle' }   back to the network as it is
 *   … { action: 'pdf' }          → { base64 } the page printed by Chromium (page.pdf(), A4, 15 mm margins, print media)
 *   … { action: 'pdf', html }    → { base64 } the same for a separate page holding `html`
 *   … { action: 'offline', urls: ['*form/definition-parse.*'] }
 *       CDP Fetch on this page: every request whose address matches one of the patterns (`*` any text)
 *       fails as it does offline (net::ERR_INTERNET_DISCONNECTED) until `online`; a lazy chunk's import() rejects
 *   … { action: 'online' }       those requests go through again
 *
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function pagePlugin() {
  /** @type {Map<string, any>} CDP sessions by test session id */
  const cdpSessions = new Map();
  /** @type {Map<string, any>} the CDP sessions that fail requests (`offline`), by test session id */
  const offlineSessions = new Map();
  // A4 with 15 mm margins, as a browser's print dialog gives by default (a page's `@page` may set its own).
  const PDF = /** @type {const} */ ({ format: 'A4', printBackground: true, margin: { top: '15mm', right: '15mm', bottom: '15mm', left: '15mm' } });
  return {
    name: 'wmebv-page',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wmebv-page') return undefined;
      const { action, uploadBytesPerSecond, html } = /** @type {any} */ (payload ?? {});
      const page = /** @type {import('puppeteer-core').Page} */ (/** @type {any} */ (session.browser).getPage(session.id));
      if (action === 'throttle' || action === 'unthrottle') {
        let cdp = cdpSessions.get(session.id);
        if (!cdp) {
          cdp = await page.createCDPSession();
          await cdp.send('Network.enable');
          cdpSessions.set(session.id, cdp);
        }
        const upload = action === 'throttle' ? Number(uploadBytesPerSecond) : -1;
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: upload });
        return { throttled: action === 'throttle' };
      }
      if (action === 'offline') {
        await offlineSessions.get(session.id)?.detach();
        const cdp = await page.createCDPSession();
        offlineSessions.set(session.id, cdp);
        const patterns = /** @type {string[]} */ (/** @type {any} */ (payload).urls).map((urlPattern) => ({ urlPattern }));
        cdp.on('Fetch.requestPaused', (/** @type {{ requestId: string }} */ { requestId }) =>
          cdp.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' }).catch(() => {}),
        );
        // Served from the HTTP cache (an earlier test file fetched the chunk), a request is never
        // paused: the cache is off while this session lasts.
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Fetch.enable', { patterns });
        return { offline: true };
      }
      if (action === 'online') {
        await offlineSessions.get(session.id)?.detach();
        offlineSessions.delete(session.id);
        return { offline: false };
      }
      if (action === 'pdf') {
        if (typeof html !== 'string') {
          // Print media whatever an earlier test emulated on this page (emulateMedia({ media: 'screen' })
          // makes page.pdf() print the screen styles).
          await page.emulateMediaType('print');
          try {
            return { base64: Buffer.from(await page.pdf(PDF)).toString('base64') };
          } finally {
            await page.emulateMediaType(undefined);
          }
        }
        const other = await page.browserContext().newPage();
        try {
          await other.setContent(html, { waitUntil: 'load' });
          return { base64: Buffer.from(await other.pdf(PDF)).toString('base64') };
        } finally {
          await other.close();
        }
      }
      throw new Error(`wmebv-page: unknown action ${action}`);
    },
  };
}

import { expect } from '@open-wc/testing';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { field, type, until } from '../../../../test/support/user.js';
import { staleAfterRestore } from './page-restore.js';
import { FormSession } from './session-store.js';
import { REPORT_SESSION_KEY, reportJson } from './form.examples.js';
import { mountForm } from './form.fixtures.js';

// Issue 15 item 13: a page restored from the back/forward cache after a send or a wipe clears
// itself. Playwright's and the test runner's Chromium run without that cache, so the rule is
// tested here as a unit: `pageshow` with `persisted`, after what another document of the tab did
// to sessionStorage (the back/forward path through sessionStorage: test/process/back-forward).

const KEY = REPORT_SESSION_KEY;

const render = (): Promise<WmebvForm> => mountForm(reportJson, { waitFor: '[data-field-id="wat"] input' });

const input = (form: WmebvForm) => field(form, 'wat').querySelector('input')!;
const pageshow = (persisted: boolean) => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted }));

describe('wmebv-form back from the back/forward cache (issue 15 item 13)', function () {
  this.timeout(120_000);
  afterEach(() => sessionStorage.clear());

  it('clears the answers it still shows when the session no longer holds them (wiped or sent elsewhere)', async () => {
    const form = await render();
    await type(form, 'wat', 'Losse stoeptegel');
    await until(() => sessionStorage.getItem(KEY)?.includes('Losse stoeptegel'), 'the answer saved');
    await new FormSession(reportJson).whenParsable(); // its reader, loaded on the first save, is there
    sessionStorage.removeItem(KEY); // what "Wis mijn gegevens" or a send in a later document of this tab does
    pageshow(true);
    await form.updateComplete;
    expect(input(form).value).to.equal('');
  });

  it('keeps the answers on a pageshow that is not from the cache, and when the session still holds them', async () => {
    const form = await render();
    await type(form, 'wat', 'Losse stoeptegel');
    await until(() => sessionStorage.getItem(KEY)?.includes('Losse stoeptegel'), 'the answer saved');
    await new FormSession(reportJson).whenParsable(); // its reader, loaded on the first save, is there
    pageshow(true); // nothing changed meanwhile
    await form.updateComplete;
    expect(input(form).value).to.equal('Losse stoeptegel');
    sessionStorage.removeItem(KEY);
    pageshow(false); // a normal load: the page starts afresh anyway
    await form.updateComplete;
    expect(input(form).value).to.equal('Losse stoeptegel');
  });

  it('decides from the session: stale without stored answers or with another receipt, never when storage cannot be read', async () => {
    sessionStorage.clear();
    const session = new FormSession(reportJson);
    expect(staleAfterRestore(session, undefined), 'nothing stored, form shown').to.equal(true);
    session.saveProgress(
      { values: { wat: 'x' }, position: { step: 0, returnToReview: false }, declarations: {}, lateReason: '', filesToReattach: [], fileNames: {} },
      undefined,
    );
    await session.whenParsable();
    expect(staleAfterRestore(session, undefined), 'answers stored, form shown').to.equal(false);
    expect(staleAfterRestore(session, 'MLD-AAAA-BBBB'), 'receipt shown, none stored (wiped)').to.equal(true);
    const blocked = Object.assign(Object.create(FormSession.prototype) as FormSession, { readable: () => false });
    expect(staleAfterRestore(blocked, undefined), 'storage blocked').to.equal(false);
  });
});

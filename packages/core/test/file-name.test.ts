import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FALLBACK_FILE_NAME, FILE_NAME_MAX_BYTES, FILE_NAME_MAX_LENGTH, normaliseFileName } from '@wmebv/core';

// Issue 12 item 6: the names a security officer sent, and what is stored instead.
describe('normaliseFileName', () => {
  const cases: [string, string, string][] = [
    ['path parts', '../../etc/passwd', 'passwd'],
    ['a Windows path', 'C:\\Users\\jan\\besluit.pdf', 'besluit.pdf'],
    ['only dots and slashes', '../..', FALLBACK_FILE_NAME],
    ['NUL before a second extension', 'besluit.pdf\u0000.exe', 'besluit.pdf_.exe'],
    ['CR/LF and header text', 'besluit.pdf\r\nContent-Disposition: inline', 'besluit.pdf Content-Disposition_ inline'],
    ['a slash anywhere makes the rest a path', 'besluit.pdf\r\nContent-Type: text/html', 'html'],
    ['markup', '<img src=x onerror=alert(1)>.pdf', '_img src=x onerror=alert(1)_.pdf'],
    ['a right-to-left override disguising an executable', 'rapport\u202Efdp.exe', 'rapport_fdp.exe'],
    ['other control characters', 'a\u0007b\u007Fc\u0085.png', 'a_b_c_.png'],
    ['a Windows device name', 'NUL.pdf', 'NUL_.pdf'],
    ['trailing dots and spaces', 'besluit.pdf. . ', 'besluit.pdf'],
    ['a plain name', 'Besluit gemeente 2026-03-16.pdf', 'Besluit gemeente 2026-03-16.pdf'],
  ];
  for (const [what, name, stored] of cases) {
    it(`${what}: ${JSON.stringify(name)} → ${JSON.stringify(stored)}`, () => {
      expect(normaliseFileName(name)).to.equal(stored);
    });
  }

  it('composes to NFC: the same name typed on macOS and Windows is one name', () => {
    const decomposed = 'be\u0301sluit.pdf';
    expect(normaliseFileName(decomposed)).to.equal('b\u00e9sluit.pdf');
    expect(normaliseFileName(decomposed)).to.equal(normaliseFileName('b\u00e9sluit.pdf'));
  });

  it('bounds a long name and keeps its extension', () => {
    const stored = normaliseFileName(`${'a'.repeat(250)}.pdf`);
    expect(stored.length).to.equal(FILE_NAME_MAX_LENGTH);
    expect(stored.endsWith('.pdf')).to.equal(true);
  });

  it('bounds a name of multi-byte characters to 255 UTF-8 bytes without splitting a character', () => {
    const stored = normaliseFileName(`${'漢'.repeat(200)}.pdf`);
    expect(new TextEncoder().encode(stored).length).to.be.at.most(FILE_NAME_MAX_BYTES);
    expect(stored.endsWith('.pdf')).to.equal(true);
    expect(stored).to.match(/^漢+\.pdf$/);
  });

  it('bounds a name whose "extension" alone is too long', () => {
    expect(normaliseFileName(`a.${'b'.repeat(300)}`).length).to.be.at.most(FILE_NAME_MAX_LENGTH);
  });

  it('any input: never empty, bounded, no control or reserved characters, idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (name) => {
        const stored = normaliseFileName(name);
        expect(stored.length).to.be.within(1, FILE_NAME_MAX_LENGTH);
        expect(new TextEncoder().encode(stored).length).to.be.at.most(FILE_NAME_MAX_BYTES);
        expect(stored).not.to.match(/[\p{Cc}<>:"/\\|?*]|(?!\u200D)\p{Cf}/u);
        expect(stored.normalize('NFC')).to.equal(stored);
        expect(normaliseFileName(stored)).to.equal(stored);
      }),
      { numRuns: 500 },
    );
  });
});

import { expect } from '@open-wc/testing';
import { getTranslator, hasMessages, loadMessages, type MessageKey } from '@wmebv/core';
import { en, i18nInstance, nl, provideAllMessages } from '@wmebv/core/messages';

/** Every `[key, template]` of a resource, with dotted keys. */
function messages(resource: object, prefix = ''): [string, string][] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : messages(value as object, `${prefix}${key}.`),
  );
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Parameters for every placeholder of `template`: text, or a nested key's last part for `$t(...)`. */
function paramsFor(template: string, count: number): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [, name] of template.matchAll(/\{\{\s*([^},]+)/g)) params[name!.trim()] = `«${name!.trim()}»`;
  // `$t(findings.expected.{{expected}})`: the parameter names a key under findings.expected.
  for (const [, name] of template.matchAll(/\.\{\{(\w+)\}\}\)/g)) params[name!] = 'string';
  if ('count' in params || /count/.test(template)) params.count = count;
  return params;
}

describe('messages in browsers: compiled functions, held to i18next', () => {
  it('speaks Dutch from what the modules provide, and English only after loadMessages', async () => {
    // validation/message.ts provides the Dutch validation namespace when it loads.
    expect(getTranslator('nl')('validation.requiredDeclaration')).to.equal(nl.validation.requiredDeclaration);
    expect(hasMessages('en')).to.equal(false);
    expect(getTranslator('en')('validation.requiredDeclaration'), 'Dutch until English is here').to.equal(nl.validation.requiredDeclaration);
    await loadMessages('en');
    expect(hasMessages('en')).to.equal(true);
    expect(getTranslator('en')('validation.requiredDeclaration')).to.equal(en.validation.requiredDeclaration);
  });

  for (const [locale, resource] of [
    ['nl', nl],
    ['en', en],
  ] as const) {
    it(`renders every ${locale} message exactly as i18next does, for counts 0, 1, 2 and 1234.5`, () => {
      provideAllMessages();
      const ours = getTranslator(locale);
      const theirs = i18nInstance.getFixedT(locale);
      const keys = new Set(messages(resource).map(([key]) => key.replace(PLURAL, '')));
      let compared = 0;
      for (const key of keys) {
        const templates = messages(resource)
          .filter(([k]) => k === key || k.replace(PLURAL, '') === key)
          .map(([, t]) => t)
          .join(' ');
        for (const count of [0, 1, 2, 1234.5]) {
          const params = paramsFor(templates, count);
          expect(ours(key as MessageKey, params), `${locale} ${key} ${JSON.stringify(params)}`).to.equal(theirs(key, params));
          compared++;
        }
        expect(ours(key as MessageKey), `${locale} ${key} without parameters`).to.equal(theirs(key));
      }
      expect(compared).to.be.greaterThan(400);
    });
  }

  it('answers an unknown key with the key itself, as i18next does', () => {
    expect(getTranslator('en')('nope.nothing' as MessageKey)).to.equal('nope.nothing');
    expect(i18nInstance.getFixedT('en')('nope.nothing')).to.equal('nope.nothing');
  });
});

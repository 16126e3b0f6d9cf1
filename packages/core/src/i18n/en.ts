import type { Resources } from './resources.js';
import { enBrowser } from './en-browser.js';
import { enFindings } from './en-findings.js';

/** Every string a user sees, in English; the same keys as Dutch. */
export const en: Resources = {
  ...enBrowser,
  findings: enFindings,
  mail: {
    subject: 'Receipt {{reference}}: {{formTitle}}',
    greeting: 'Dear sender,',
    received: 'We have received your {{messageType}} through the form "{{formTitle}}".',
    noAnswers:
      'Your answers are not in this e-mail. You could download a copy of what you sent after sending it. Did you not send this message? Then you can ignore this e-mail.',
    closing: 'Kind regards,\n{{organisation}}',
  },
  cli: {
    errors: '{{count}} errors',
    errors_one: '1 error',
    warnings: '{{count}} warnings',
    warnings_one: '1 warning',
    files: '{{count}} files',
    files_one: '1 file',
    summary: '{{errors}} and {{warnings}} in {{files}}.',
    clean: 'No problems found in {{files}}.',
    unreadable: 'Cannot read the file: {{detail}}',
    noFiles: 'Name one or more files: wmebv lint FORM.json',
    unknownCommand: 'Unknown command "{{command}}".',
    unknownOption: 'Unknown option "{{option}}".',
    didYouMean: 'Did you mean "{{suggestion}}"?',
    jsonSyntax: {
      InvalidSymbol: 'a character JSON does not know',
      InvalidNumberFormat: 'a number that is not written correctly',
      PropertyNameExpected: 'a property name in double quotes belongs here (or there is one comma too many)',
      ValueExpected: 'a value belongs here (or there is one comma too many)',
      ColonExpected: 'a colon (:) belongs here',
      CommaExpected: 'a comma (,) belongs here',
      CloseBraceExpected: 'a closing brace (}) belongs here',
      CloseBracketExpected: 'a closing bracket (]) belongs here',
      EndOfFileExpected: 'there is more text after the end of the JSON',
      InvalidCommentToken: 'JSON has no comments',
      UnexpectedEndOfComment: 'JSON has no comments',
      UnexpectedEndOfString: 'a string without its closing quote',
      UnexpectedEndOfNumber: 'a number that is not finished',
      InvalidUnicode: 'an invalid \\u escape in a string',
      InvalidEscapeCharacter: 'an invalid character after a \\ in a string',
      InvalidCharacter: 'a character a JSON string may not hold (such as a tab or a line break)',
    },
  },
};

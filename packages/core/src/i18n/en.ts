import type { Resources } from './resources.js';
import { enBrowser } from './en-browser.js';

/** Every string a user sees, in English; the same keys as Dutch. */
export const en: Resources = {
  ...enBrowser,
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
  },
};

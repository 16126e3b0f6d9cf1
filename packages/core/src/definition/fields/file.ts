import { provideMessages } from '../../i18n/catalog.js';
import { format } from '../../i18n/nl.js';
import { fileProblem, maxFilesOf, tooManyFiles } from '../../answers/files.js';
import { formatBytes } from '../../i18n/format.js';
import { getTranslator } from '../../i18n/translate.js';
import { defineFieldType, rejected, type FieldProblem } from './field-type.js';
import type { FileField } from './file.schema.js';

// The Dutch words this module speaks (English arrives whole with loadMessages).
provideMessages('nl', { format });

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const FILE_RULES = ['maxFiles', 'attachment', 'fileType', 'fileEmpty', 'fileSize', 'fileInfected'] as const;

type FileRule = (typeof FILE_RULES)[number];

export const fileFieldType = defineFieldType<FileField>()({
  type: 'file',
  // fileInfected: only the server's malware scan reports it (docs/server.md, "Malware scanning").
  rules: FILE_RULES,
  requiredKey: 'validation.requiredFile',
  check(field, raw, { attachments }) {
    if (!Array.isArray(raw) || raw.some((id) => typeof id !== 'string')) return rejected('type');
    const ids = raw as string[];
    if (tooManyFiles(field, ids.length)) return rejected('maxFiles', ids, { max: maxFilesOf(field), count: ids.length });
    const problems: FieldProblem<FileRule>[] = [];
    for (const id of ids) {
      const attachment = attachments.find((candidate) => candidate.id === id && candidate.field === field.id);
      const problem = attachment ? fileProblem(field, attachment) : undefined;
      if (!attachment) problems.push({ rule: 'attachment', params: { id } });
      else if (problem) problems.push({ rule: problem.rule, params: problem.params });
    }
    return { value: ids, problems };
  },
  review(_field, value, { locale, attachments }) {
    const t = getTranslator(locale);
    return (Array.isArray(value) ? value : []).map((id) => {
      const attachment = attachments.find((candidate) => candidate.id === id);
      return attachment ? t('format.fileAnswer', { name: attachment.name, size: formatBytes(attachment.size, locale) }) : id;
    });
  },
});

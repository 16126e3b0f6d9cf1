// The Dutch `cli` namespace in a file of its own: esbuild puts a whole file in one chunk, so
// namespaces that the first screen does not show stay out of the form's first load (see ../nl.ts).
export const nlCli = {
  errors: '{{count}} fouten',
  errors_one: '1 fout',
  warnings: '{{count}} waarschuwingen',
  warnings_one: '1 waarschuwing',
  files: '{{count}} bestanden',
  files_one: '1 bestand',
  summary: '{{errors}} en {{warnings}} in {{files}}.',
  clean: 'Geen problemen gevonden in {{files}}.',
  unreadable: 'Kan het bestand niet lezen: {{detail}}',
  noFiles: 'Geef een of meer bestanden op: wmebv lint FORMULIER.json',
  unknownCommand: 'Onbekende opdracht "{{command}}".',
  unknownOption: 'Onbekende optie "{{option}}".',
};

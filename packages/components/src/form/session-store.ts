import {
  allFields,
  restorePosition,
  type FieldValues,
  type FlowPosition,
  type FormDefinition,
  type SavedProgress,
  type SavedReceipt,
} from '@wmebv/core';

export type { SavedProgress, SavedReceipt } from '@wmebv/core';

/** Core's parsing of stored state (`session-parse.ts`), once loaded. */
let parser: typeof import('./session-parse.js') | undefined;
let parserLoad: Promise<boolean> | undefined;

/**
 * Loads the parser of stored state once; resolves whether it is there. A failed load is logged and
 * tried again on the next call.
 */
function loadParser(): Promise<boolean> {
  parserLoad ??= import('./session-parse.js').then(
    (loaded) => Boolean((parser = loaded)),
    (error: unknown) => {
      parserLoad = undefined;
      console.error('wmebv-form: could not load the reading of its saved session', error);
      return false;
    },
  );
  return parserLoad;
}

/**
 * One form's session: its progress and, once sent, its receipt, in `sessionStorage` only (AVG:
 * personal data never in long-lived storage), so both are gone when the tab closes. Progress is
 * cleared after a successful send and by "Wis mijn gegevens"; the receipt stays so that a reload of
 * the receipt page shows it again. Files are not kept: they cannot be stored without reading them
 * into storage. Storage that is full or blocked (private mode) is ignored: the form works on.
 *
 * Keys: `wmebv-form:<id>@<version><instance>` (progress) and `wmebv-receipt:<id>@<version><instance>`
 * (receipt), where `<instance>` tells apart the same form twice on one page (`instanceSuffix`:
 * `#<element id>`, `[<order>]`, or nothing for the first without an id).
 */
export class FormSession {
  private readonly progressKey: string;
  private readonly receiptKey: string;
  /** Stored text this session could not read (its parser did not load): kept, never written over. */
  private notRead = false;

  constructor(form: Pick<FormDefinition, 'id' | 'version'>, instance = '') {
    this.progressKey = `wmebv-form:${form.id}@${form.version}${instance}`;
    this.receiptKey = `wmebv-receipt:${form.id}@${form.version}${instance}`;
  }

  /**
   * Resolves once what is stored can be read (false when its parser could not load); undefined when
   * it already can (nothing stored, or the parser is there), so a caller goes on at once. Call
   * before `loadProgress` and `loadReceipt`.
   */
  whenParsable(): Promise<boolean> | undefined {
    if (parser || (read(this.progressKey) === null && read(this.receiptKey) === null)) return undefined;
    return loadParser();
  }

  /** The saved progress, parsed; undefined when there is none or it is not of this shape. */
  loadProgress(): SavedProgress | undefined {
    const stored = this.stored(this.progressKey);
    return stored && stored.parser.readSavedProgress(stored.text);
  }

  /**
   * Saves where the user is (the step of the position), the answers, declarations, late reason and
   * idempotency key, and the names (never the contents) of the files chosen and still to choose again.
   */
  saveProgress(
    progress: Omit<RestoredProgress, 'idempotencyKey'>,
    idempotencyKey: SavedProgress['idempotencyKey'],
    files: Readonly<Record<string, readonly File[]>> = {},
  ): void {
    const { values, position, declarations, lateReason, filesToReattach, fileNames } = progress;
    const names = Object.fromEntries([
      ...filesToReattach.filter((id) => fileNames[id]?.length).map((id) => [id, fileNames[id]!] as const),
      ...Object.entries(files)
        .filter(([id, chosen]) => id in values && chosen.length > 0)
        .map(([id, chosen]) => [id, chosen.map((file) => file.name)] as const),
    ]);
    const saved: SavedProgress = { values, stepIndex: position.step, declarations, idempotencyKey, lateReason: lateReason || undefined };
    if (Object.keys(names).length > 0) saved.fileNames = names;
    if (this.notRead) return;
    write(this.progressKey, saved);
    // A page shown again from the back/forward cache reads this back (page-restore.ts): load the parser now, not then.
    void loadParser();
  }

  /**
   * Whether something is stored that this session could not read (the parser did not load when
   * `loadProgress` or `loadReceipt` asked): the answers are kept, not written over, until a read
   * with the parser there or `clearProgress`.
   */
  get unread(): boolean {
    return this.notRead;
  }

  /** Whether this page can read `sessionStorage` at all (blocked storage reads as "nothing saved"). */
  readable(): boolean {
    try {
      sessionStorage.getItem(this.progressKey);
      return true;
    } catch {
      return false;
    }
  }

  clearProgress(): void {
    this.notRead = false;
    remove(this.progressKey);
  }

  /** The saved receipt and envelope, parsed; undefined when there is none or it is not of this shape. */
  loadReceipt(): SavedReceipt | undefined {
    const stored = this.stored(this.receiptKey);
    return stored && stored.parser.readSavedReceipt(stored.text);
  }

  /** After a successful send: the receipt is kept, the progress (answers) is not. */
  saveReceipt(saved: SavedReceipt): void {
    this.clearProgress();
    write(this.receiptKey, saved);
    void loadParser();
  }

  /**
   * The text stored under `key` with the parser to read it; undefined when nothing is stored. Without
   * the parser (its load failed) stored text is not read, and the progress is not written over, so
   * a later page still finds the answers.
   */
  private stored(key: string): { text: string; parser: NonNullable<typeof parser> } | undefined {
    const text = read(key);
    if (text === null) return undefined;
    this.notRead = !parser;
    return parser && { text, parser };
  }
}

/** The progress as the form takes it up again after a reload. */
export interface RestoredProgress {
  values: FieldValues;
  position: FlowPosition;
  declarations: Record<string, string>;
  lateReason: string;
  idempotencyKey?: string;
  /** File fields that had files: files are never kept, so these answers are dropped and the user is asked to choose them again. */
  filesToReattach: string[];
  /** Field id → the names of the files chosen there before, to name them when asking to choose them again. */
  fileNames: Record<string, string[]>;
}

/** Takes saved progress up again for a definition (nothing saved: the start). */
export function restoreProgress(form: FormDefinition, saved: SavedProgress | undefined): RestoredProgress {
  const values = saved?.values ?? {};
  const filesToReattach = allFields(form)
    .filter(({ field }) => field.type === 'file' && Array.isArray(values[field.id]) && (values[field.id] as string[]).length > 0)
    .map(({ field }) => field.id);
  return {
    values: Object.fromEntries(Object.entries(values).filter(([id]) => !filesToReattach.includes(id))),
    position: restorePosition(form, saved?.stepIndex),
    declarations: saved?.declarations ?? {},
    lateReason: saved?.lateReason ?? '',
    ...(saved?.idempotencyKey ? { idempotencyKey: saved.idempotencyKey } : {}),
    filesToReattach,
    fileNames: Object.fromEntries(filesToReattach.filter((id) => saved?.fileNames?.[id]).map((id) => [id, saved!.fileNames![id]!])),
  };
}

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null; // storage blocked
  }
}

function write(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked (private mode): the form works on without it.
  }
}

function remove(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}

import { open, mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { checkStorageKey, type FileStorage, type StoredObject } from './file-storage.js';

/**
 * Files in a local folder (the default: `<data folder>/files`). A file is written under a temporary
 * name, fsynced, renamed into place and its folder fsynced, so after `put` resolves the file and its
 * name survive a power loss (issue 12 item 2); a half-written file never appears under its key.
 */
export class LocalFolderStorage implements FileStorage {
  readonly kind = 'local';

  constructor(readonly root: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.#path(key);
    const folder = path.dirname(file);
    await mkdir(folder, { recursive: true });
    const temporary = path.join(folder, `.${path.basename(file)}.${randomUUID()}.tmp`);
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
    await syncFolder(folder);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.#path(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }

  async *list(): AsyncIterable<StoredObject> {
    let entries;
    try {
      entries = await readdir(this.root, { recursive: true, withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      // `parentPath` is Node 20.12+; `path` is its older name.
      const parent = (entry as { parentPath?: string }).parentPath ?? entry.path;
      const file = path.join(parent, entry.name);
      const key = path.relative(this.root, file).split(path.sep).join('/');
      yield { key, modifiedAt: (await stat(file)).mtime };
    }
  }

  #path(key: string): string {
    return path.join(this.root, ...checkStorageKey(key).split('/'));
  }
}

/** fsync of a folder, so that a new or renamed entry in it is durable. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

import path from 'node:path';
import type { FileStorage } from '../files/file-storage.js';
import { LocalFolderStorage } from '../files/local-folder.js';
import { S3Storage } from '../files/s3-storage.js';
import type { Settings } from './variables.js';

/** The configured file storage: the S3-compatible bucket when `WMEBV_S3_BUCKET` is set, else `files/` in the data folder. */
export function fileStorageFromSettings(settings: Settings, dataDir: string): FileStorage {
  if (!settings.s3Bucket) return new LocalFolderStorage(path.join(dataDir, 'files'));
  return new S3Storage({
    bucket: settings.s3Bucket,
    endpoint: settings.s3Endpoint,
    region: settings.s3Region,
    prefix: settings.s3Prefix,
    forcePathStyle: settings.s3PathStyle,
    checksums: settings.s3Checksums,
  });
}

/** The real file system for electron/backup (auto-backup.ts takes it injected). */
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import type { BackupFs } from './auto-backup';

export const nodeBackupFs: BackupFs = {
  readText: (p) => readFile(p, 'utf8'),
  writeText: (p, text) => writeFile(p, text, { encoding: 'utf8', mode: 0o600 }),
  writeFile: (p, bytes) => writeFile(p, bytes, { mode: 0o600 }),
  rename: (from, to) => rename(from, to),
  readdir: (p) => readdir(p),
  unlink: (p) => unlink(p),
  mkdir: async (p) => {
    await mkdir(p, { recursive: true });
  },
};

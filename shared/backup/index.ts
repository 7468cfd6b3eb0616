/** Encrypted full backups of the local database (issue 7 item 3; docs/backup.md). */
export * from './format';
export * from './typed-json';
export * from './registry-numbers';

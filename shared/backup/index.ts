/** Encrypted full backups of the local database (issue 7 item 3, issue 13; docs/backup.md). */
export * from './envelope';
export * from './format';
export * from './auto-format';
export * from './typed-json';
export * from './registry-numbers';

/** Personal data at rest (issue 13): data key, field envelopes, blind indexes. Design: docs/security.md. */
export * from './errors';
export * from './data-key';
export * from './keys';
export * from './field';
export * from './blind-index';
export * from './sync';

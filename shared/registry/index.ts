/** Registry exchange: file format, export, import pipeline and merge planning (pure; nothing writes). */
export * from './codes';
export * from './container';
export * from './export';
export * from './import';
export * from './inspect';
export * from './manifest';
export * from './merge';
export * from './ownership';
export * from './plan';
export * from './payload';
export { sealPayload, openPayload } from './seal';

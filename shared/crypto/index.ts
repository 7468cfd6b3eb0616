/** Office identity: keys, cards, fingerprints, trust store, wrapped keys for storage and backup. */
export * from './bytes';
export * from './canonical-json';
export * from './ecdsa';
export * from './hash';
export * from './key-wrap';
export * from './office-card';
export * from './office-keys';
export * from './random';
export * from './sha256';
export * from './trust-store';

/** Complaints (digest 3.1 §§21-26): the journal of appeals, its numbers, term, review and counts. Pure. */
export * from './number';
export * from './term';
export * from './record';
export * from './transitions';
export * from './validate';
export * from './access';
export * from './journal';
export * from './stats';

/** Why a data key or a field could not be opened; never says which byte or which secret. */
export type AtRestRefusalCode = 'wrong-secret' | 'invalid' | 'tampered';

export class AtRestRefusal extends Error {
  override name = 'AtRestRefusal';
  constructor(readonly code: AtRestRefusalCode) {
    super(code);
  }
}

/**
 * Randomness is injected so tests can fix file ids and IVs; production uses the platform CSPRNG.
 * Key generation itself always uses WebCrypto's own generator (it cannot be seeded).
 */
export type RandomSource = (length: number) => Uint8Array;

export const cryptoRandom: RandomSource = (length) => {
  const out = new Uint8Array(length);
  // getRandomValues is limited to 65,536 bytes per call.
  for (let i = 0; i < length; i += 65536)
    crypto.getRandomValues(out.subarray(i, Math.min(length, i + 65536)));
  return out;
};

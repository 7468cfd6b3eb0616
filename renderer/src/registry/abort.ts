/**
 * Ending registry work early with a reason a person is shown: thrown inside a Dexie transaction it
 * rolls everything back; `caughtAbort` turns it into the `{ ok: false, error }` result.
 */
export class Abort<E extends string = string> extends Error {
  constructor(
    readonly error: E,
    readonly caseId?: string,
  ) {
    super(error);
  }
}

export async function caughtAbort<E extends string, T>(
  work: () => Promise<T>,
): Promise<T | { ok: false; error: E; caseId?: string }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Abort)
      return { ok: false, error: error.error as E, ...(error.caseId ? { caseId: error.caseId } : {}) };
    throw error;
  }
}

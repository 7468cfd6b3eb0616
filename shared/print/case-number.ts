/**
 * The case number arrives twice: the digits that the barcode encodes and the grouped form people
 * read. They must agree, or a receipt would promise one number and scan as another.
 */
export interface PrintCaseNumber {
  digits: string;
  display: string;
}

export function checkCaseNumber(n: PrintCaseNumber): void {
  if (!/^\d{4,}$/.test(n.digits)) throw new RangeError(`Case number must be digits only: "${n.digits}"`);
  if (n.display.replace(/\D/g, '') !== n.digits)
    throw new RangeError(`Case number display "${n.display}" does not match digits "${n.digits}"`);
}

/**
 * The global keyboard-wedge listener: feeds every keydown to shared/scan/wedge.ts and reports
 * finished scans. A burst of digits is only known to be a scan when Enter ends it, so in a text
 * field the digits are let through (a fast typist loses nothing) and the field is put back as it
 * was when the scan finishes; elsewhere the scan's keys are kept from the page.
 */
import {
  DEFAULT_WEDGE_OPTIONS,
  EMPTY_WEDGE,
  feedWedge,
  type WedgeOptions,
  type WedgeState,
} from '@shared/scan/wedge';

type TextField = HTMLInputElement | HTMLTextAreaElement;

function textFieldOf(target: EventTarget | null): TextField | null {
  if (!target || typeof (target as Element).tagName !== 'string') return null;
  const el = target as Element;
  const tag = el.tagName.toLowerCase();
  return tag === 'input' || tag === 'textarea' ? (el as TextField) : null;
}

/** Sets a field's value the way React notices (the native setter, then an input event). */
export function restoreFieldValue(field: TextField, value: string): void {
  if (field.value === value) return;
  const proto = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export interface WedgeListener {
  /** Removes the listener. */
  stop(): void;
}

export function listenForScans(
  target: Window,
  onScan: (digits: string) => void,
  opts: WedgeOptions = DEFAULT_WEDGE_OPTIONS,
): WedgeListener {
  let state: WedgeState = EMPTY_WEDGE;
  /** The field and its value before the first digit of a possible scan. */
  let before: { field: TextField; value: string } | null = null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.repeat || e.ctrlKey || e.altKey || e.metaKey) {
      state = EMPTY_WEDGE;
      before = null;
      return;
    }
    const step = feedWedge(state, { code: e.code, at: e.timeStamp }, opts);
    if (step.state.digits.length === 1) {
      // A new run of digits begins: remember the field as it is before this key types into it.
      const field = textFieldOf(e.target);
      before = field ? { field, value: field.value } : null;
    } else if (step.state.digits.length === 0 && step.scan === null) {
      before = null;
    }
    state = step.state;
    // In a field, only the scan's Enter is held back; its digits are undone by the restore below.
    if (step.consumed && (step.scan !== null || !textFieldOf(e.target))) {
      e.preventDefault();
      e.stopPropagation();
    }
    if (step.scan !== null) {
      const leaked = before;
      before = null;
      if (leaked) restoreFieldValue(leaked.field, leaked.value);
      onScan(step.scan);
    }
  };
  // Capture phase: the scan is taken before any field or form handler sees Enter.
  target.addEventListener('keydown', onKeyDown, true);
  return { stop: () => target.removeEventListener('keydown', onKeyDown, true) };
}

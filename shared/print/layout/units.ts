/** PDF user space is in points (1/72 inch); paper is specified in millimetres. */
export const PT_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * PT_PER_MM;

export interface Size {
  width: number;
  height: number;
}

export const A4: Size = { width: mm(210), height: mm(297) };
export const A4_LANDSCAPE: Size = { width: A4.height, height: A4.width };
/** Package label: fits the common 100×50 mm thermal labels and also prints on plain paper. */
export const LABEL_100x50: Size = { width: mm(100), height: mm(50) };

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const margins = (all: number): Margins => ({ top: all, right: all, bottom: all, left: all });

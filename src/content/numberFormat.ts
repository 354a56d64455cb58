/** How numbers are written in every language: comma thousands separators and decimal size units. */
export const grouped = (n: number) => n.toLocaleString('en-US');

/** Bytes in the largest sensible unit, e.g. 12.3 MB (decimal units, as download sizes are given). */
export function bytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = n / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) { value /= 1000; unit++; }
  return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/**
 * A value that is not a finite number as a reader sees it, the same in every language: "NaN", "∞"
 * or "−∞" (a diverged network's activations); null for a finite number, which each view writes its own way.
 */
export function nonFiniteText(n: number): string | null {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '∞';
  if (n === -Infinity) return '−∞';
  return null;
}

/** A grid value: up to three decimals, no trailing zeros, and a real minus sign. */
export const gridNumber = (n: number) => nonFiniteText(n) ?? (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(3)))).replace('-', '−');

/** A gate or state value in the unrolled view and its screen-reader text: always three decimals. */
export const threeDecimals = (n: number) => nonFiniteText(n) ?? n.toFixed(3);

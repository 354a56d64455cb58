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

/** A grid value: up to three decimals, no trailing zeros, and a real minus sign. */
export const gridNumber = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(3)))).replace('-', '−');

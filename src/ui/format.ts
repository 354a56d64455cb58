/** Number formats shared by readouts and charts (plain text, e.g. "97.31%"). */
export const percent = (v: number, digits = 2) => `${(v * 100).toFixed(digits)}%`;
export const integer = (v: number) => Math.round(v).toLocaleString('en-US');
/** Four decimals; an exploded loss in powers of ten so it fits its readout. */
export const lossText = (v: number) => (Math.abs(v) >= 1e5 ? v.toExponential(2) : v.toFixed(4));
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Okabe–Ito colours: distinguishable with every common form of colour blindness. */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  sky: '#56B4E9',
  purple: '#CC79A7',
  yellow: '#F0E442',
  ink: '#1f2933',
  /** The text colour of whatever theme is showing (SVG only; canvases need a real colour). */
  text: 'currentColor',
  muted: '#6b7785',
  grid: '#e3e8ee',
} as const;

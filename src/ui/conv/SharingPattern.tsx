import { kernelIdAt, type SharingVariant } from '../../engine/explain';
import { PALETTE } from '../../viz/palette';

const COLOURS = [PALETTE.sky, PALETTE.orange, PALETTE.green, PALETTE.yellow, PALETTE.purple, PALETTE.blue, PALETTE.vermillion];
/** The small example every picture uses: a 6 × 6 input and a 3 × 3 kernel. */
const SIDE: Record<SharingVariant, number> = { fullyConnected: 4, convolution: 4, strided: 2, full: 8, unshared: 4, tiled: 4 };
const CELL = 22;

/**
 * Which kernel each output position of a small map uses, as numbered squares: one number
 * everywhere means one shared kernel. Colour repeats the number for quick reading, never replaces it.
 */
export function SharingPattern({ variant, tiles, label }: { variant: SharingVariant; tiles: number; label: string }) {
  const side = SIDE[variant];
  const cell = variant === 'full' ? CELL * 0.62 : CELL;
  const ids = Array.from({ length: side * side }, (_v, i) => kernelIdAt(variant, side, tiles, Math.floor(i / side), i % side));
  const shared = variant !== 'unshared' && variant !== 'fullyConnected';
  return (
    <svg className="sharing-pattern" width={side * cell} height={side * cell} role="img" aria-label={label}>
      {ids.map((id, i) => {
        const x = (i % side) * cell;
        const y = Math.floor(i / side) * cell;
        return (
          <g key={i}>
            <rect x={x + 0.5} y={y + 0.5} width={cell - 1} height={cell - 1} fill={shared ? COLOURS[id % COLOURS.length] : 'var(--surface)'} stroke="currentColor" strokeOpacity={0.35} />
            {cell >= CELL && <text x={x + cell / 2} y={y + cell / 2 + 4} textAnchor="middle" fontSize={11} fill={shared ? PALETTE.ink : 'currentColor'}>{id + 1}</text>}
          </g>
        );
      })}
    </svg>
  );
}

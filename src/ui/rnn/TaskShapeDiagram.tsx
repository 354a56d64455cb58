import type { SequenceShape } from '../../data/tasks/taskTypes';
import { PALETTE } from '../../viz/palette';

const BOX = 22;
const GAP = 14;
const SHOWN_STEPS = 4;

/**
 * The notes' sequence-shape picture, small: input boxes below, the recurrent cells in the middle
 * passing their state to the right, and output boxes above where the task answers.
 */
export function TaskShapeDiagram({ shape, label }: { shape: SequenceShape; label: string }) {
  const steps = shape === 'oneToOne' ? 1 : SHOWN_STEPS;
  const width = steps * (BOX + GAP) + GAP;
  const height = 3 * BOX + 2 * GAP + 8;
  const hasInput = (t: number) => shape !== 'oneToMany' || t === 0;
  const hasOutput = (t: number) => shape === 'manyToMany' || shape === 'oneToMany' || t === steps - 1;
  const x = (t: number) => GAP + t * (BOX + GAP);
  return (
    <svg className="shape-diagram" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {Array.from({ length: steps }, (_v, t) => (
        <g key={t}>
          {hasOutput(t) && <rect x={x(t)} y={4} width={BOX} height={BOX} rx={4} fill={PALETTE.green} />}
          {hasOutput(t) && <line x1={x(t) + BOX / 2} x2={x(t) + BOX / 2} y1={4 + BOX} y2={4 + BOX + GAP} stroke={PALETTE.text} />}
          <rect x={x(t)} y={4 + BOX + GAP} width={BOX} height={BOX} rx={4} fill={PALETTE.sky} />
          {t > 0 && <line x1={x(t) - GAP} x2={x(t)} y1={4 + 1.5 * BOX + GAP} y2={4 + 1.5 * BOX + GAP} stroke={PALETTE.text} strokeWidth={2} />}
          {hasInput(t) && <line x1={x(t) + BOX / 2} x2={x(t) + BOX / 2} y1={4 + 2 * BOX + GAP} y2={4 + 2 * BOX + 2 * GAP} stroke={PALETTE.text} />}
          {hasInput(t) && <rect x={x(t)} y={4 + 2 * BOX + 2 * GAP} width={BOX} height={BOX} rx={4} fill={PALETTE.orange} />}
        </g>
      ))}
    </svg>
  );
}

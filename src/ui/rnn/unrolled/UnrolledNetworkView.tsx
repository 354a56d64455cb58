import { useCallback, useMemo } from 'react';
import { en } from '../../../content/en';
import type { Unrolled } from '../../../store/rnn/unrollSlice';
import { scaleFor } from '../../../viz/colorScales';
import type { GateCell } from '../../../viz/gateHeatmap';
import { useRnn } from '../rnnContext';
import { DirectionBlock, formatValue } from './DirectionBlock';
import { HeatmapRow } from './HeatmapRow';

const u = en.rnn.unrolled;

/** Columns wide enough to click, narrow enough that 100 steps still fit a laptop screen with a little scrolling. */
export function cellWidthFor(steps: number): number {
  if (steps <= 30) return 20;
  if (steps <= 60) return 12;
  return 8;
}

/** Rows tall enough to see each unit, short enough that six gates of 64 units fit a screen or two. */
export function cellHeightFor(units: number): number {
  if (units <= 8) return 10;
  if (units <= 16) return 6;
  if (units <= 32) return 4;
  if (units <= 64) return 2;
  return 1;
}

function StepAxis({ steps, cellWidth }: { steps: number; cellWidth: number }) {
  const every = steps <= 30 ? 5 : 10;
  const ticks = Array.from({ length: steps }, (_v, t) => t).filter((t) => t % every === 0 || t === steps - 1);
  return (
    <div className="unrolled-row step-axis" aria-hidden="true">
      <div className="row-label">{u.step}</div>
      <div className="row-heatmap" style={{ width: steps * cellWidth }}>
        {ticks.map((t) => <span key={t} style={{ left: t * cellWidth, width: cellWidth }}>{t}</span>)}
      </div>
    </div>
  );
}

/** The whole network unrolled: the input, every layer and direction's gates, and the per-step outputs. */
export function UnrolledNetworkView({ unrolled }: { unrolled: Unrolled }) {
  const network = useRnn((s) => s.network);
  const rowMnist = useRnn((s) => s.task.id === 'rowMnist');
  const perStep = useRnn((s) => s.task.id === 'signal');
  const selected = useRnn((s) => s.selectedCell);
  const selectCell = useRnn((s) => s.selectCell);
  const { steps, features, inputs } = unrolled;
  const cellWidth = cellWidthFor(steps);
  const cellHeight = cellHeightFor(network.units);
  const selectedStep = Math.min(selected.step, steps - 1);
  const selectStep = useCallback((cell: GateCell) => selectCell({ ...selected, step: cell.step }), [selectCell, selected]);
  const inputScale = useMemo(() => scaleFor(inputs), [inputs]);
  const inputLabel = useCallback((step: number, feature: number, value: number) => u.inputCell(step, feature, formatValue(value)), []);
  const outputLabel = useCallback((step: number, _unit: number, value: number) => u.outputCell(step, formatValue(value)), []);
  const outputScale = useMemo(() => scaleFor(unrolled.network.output), [unrolled.network.output]);
  return (
    <div className="unrolled-scroll">
      <StepAxis steps={steps} cellWidth={cellWidth} />
      <HeatmapRow id="rnn-input" symbol="x" name={rowMnist ? u.inputRowMnist : u.input} values={inputs} steps={steps} units={features}
        scale={inputScale} cellWidth={cellWidth} cellHeight={Math.max(2, Math.min(6, Math.floor(96 / features)))} selectedStep={selectedStep}
        selected={null} cellLabel={inputLabel} gridLabel={u.inputGrid} onSelect={selectStep} />
      {unrolled.network.layers.map((layer) => layer.directions.map((direction) => (
        <DirectionBlock key={`${layer.layer}-${direction.direction}`} layer={layer.layer} layers={network.layers} bidirectional={network.bidirectional}
          direction={direction} cellWidth={cellWidth} cellHeight={cellHeight} selected={{ ...selected, step: selectedStep }} />
      )))}
      {perStep && (
        <HeatmapRow id="rnn-output" symbol="ŷ" name={u.output} values={unrolled.network.output} steps={steps} units={1}
          scale={outputScale} cellWidth={cellWidth} cellHeight={12} selectedStep={selectedStep} selected={null}
          cellLabel={outputLabel} gridLabel={u.outputGrid} onSelect={selectStep} />
      )}
    </div>
  );
}

import { useCallback, useMemo } from 'react';
import { createCellStatePath, wipedSteps, type CellStatePathData } from '../../../viz/cellStatePath';
import { useViz } from '../../hooks/useViz';
import { useText } from '../../useText';
import { Explain } from '../../common/Explain';

interface Props extends Omit<CellStatePathData, 'label'> {
  /** The first step and unit drawn (the view may show only a window of a big network). */
  stepOffset: number;
  unitOffset: number;
}

/** The LSTM cell state drawn as a continuous path through time, below its heatmap row. */
export function CellStateRow({ cell, forget, steps, units, cellWidth, selectedUnit, selectedStep, stepOffset, unitOffset }: Props) {
  const t = useText();
  const u = t.rnn.unrolled;
  const create = useCallback((element: HTMLDivElement) => createCellStatePath(element), []);
  const data = useMemo<CellStatePathData>(() => ({
    cell, forget, steps, units, cellWidth, selectedUnit, selectedStep,
    label: selectedUnit < 0 ? u.conveyorLabelNone
      : u.conveyorLabel(selectedUnit + unitOffset, wipedSteps(forget, steps, units, selectedUnit).map((t) => t + stepOffset)),
  }), [cell, forget, steps, units, cellWidth, selectedUnit, selectedStep, stepOffset, unitOffset, u]);
  const ref = useViz(create, data);
  return (
    <div className="unrolled-row conveyor-row">
      <div className="row-label">{u.conveyor} <Explain about={u.conveyor}>{u.conveyorNote}</Explain></div>
      <div ref={ref} className="row-heatmap" />
    </div>
  );
}

import type { ViewWindow } from './viewWindow';
import { useText } from '../../useText';

interface Props {
  frame: ViewWindow;
  steps: number;
  units: number;
  layers: number;
  /** The layer drawn, or null when every layer is drawn. */
  layerShown: number | null;
  moveSteps(by: number): void;
  moveUnits(by: number): void;
  showLayer(layer: number): void;
}

/** Moves the unrolled view's frame over a network too big to draw whole. */
export function WindowControls({ frame, steps, units, layers, layerShown, moveSteps, moveUnits, showLayer }: Props) {
  const t = useText();
  const u = t.rnn.unrolled;
  const stepsCut = frame.stepCount < steps;
  const unitsCut = frame.unitCount < units;
  if (!stepsCut && !unitsCut && layerShown === null) return null;
  return (
    <div className="frame-controls" role="group" aria-label={u.windowNote}>
      {unitsCut && (
        <span className="frame-control">
          <button type="button" onClick={() => moveUnits(-frame.unitCount)} disabled={frame.unitStart === 0}>{u.earlierUnits}</button>
          <span>{u.windowUnits(frame.unitStart, frame.unitStart + frame.unitCount - 1, units)}</span>
          <button type="button" onClick={() => moveUnits(frame.unitCount)} disabled={frame.unitStart + frame.unitCount >= units}>{u.laterUnits}</button>
        </span>
      )}
      {stepsCut && (
        <span className="frame-control">
          <button type="button" onClick={() => moveSteps(-frame.stepCount)} disabled={frame.stepStart === 0}>{u.earlierSteps}</button>
          <span>{u.windowSteps(frame.stepStart, frame.stepStart + frame.stepCount - 1, steps)}</span>
          <button type="button" onClick={() => moveSteps(frame.stepCount)} disabled={frame.stepStart + frame.stepCount >= steps}>{u.laterSteps}</button>
        </span>
      )}
      {layerShown !== null && (
        <label className="frame-control">
          {u.layerShown}{' '}
          <select value={layerShown} onChange={(e) => showLayer(Number(e.target.value))}>
            {Array.from({ length: layers }, (_v, l) => <option key={l} value={l}>{u.layerOption(l)}</option>)}
          </select>
        </label>
      )}
    </div>
  );
}

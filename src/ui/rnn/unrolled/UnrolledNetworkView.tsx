import { useCallback, useMemo, useState } from 'react';
import { CELL_ROWS } from '../../../engine/recurrent/unroll';
import type { Unrolled } from '../../../store/rnn/unrollSlice';
import { scaleFor } from '../../../viz/colorScales';
import type { GateCell } from '../../../viz/gateHeatmap';
import { useRnn } from '../rnnContext';
import { DirectionBlock, formatValue } from './DirectionBlock';
import { HeatmapRow } from './HeatmapRow';
import { clampWindow, sliceWindow, type ViewWindow } from './viewWindow';
import { WindowControls } from './WindowControls';
import { CharacterRow, visibleCharacter, type StepCharacter } from './CharacterRow';
import { percent } from '../../format';
import { useText } from '../../useText';
import type { Dictionary } from '../../../content/dictionaries';

/** Above this many labelled cells, the layers of a stacked network are drawn one at a time. */
const ALL_LAYERS_CELL_BUDGET = 40_000;

/** Columns wide enough to click, narrow enough that 100 steps still fit a laptop screen with a little scrolling. */
export function cellWidthFor(steps: number, characters = false): number {
  if (steps <= 30 || (characters && steps <= 60)) return 20;
  if (steps <= 60) return 12;
  return 8;
}

/** Rows tall enough to see each unit, short enough that six gates of 64 units fit a screen or two. */
export function cellHeightFor(units: number): number {
  if (units <= 8) return 10;
  if (units <= 16) return 6;
  if (units <= 32) return 4;
  return 2;
}

/** The characters read at each step, and at each step the model's most likely next character (right when it is the text's). */
function characterRows(unrolled: Unrolled, characters: string[], u: Dictionary['rnn']['unrolled']): { read: StepCharacter[]; guessed: StepCharacter[] } {
  const vocabulary = unrolled.vocabulary ?? [];
  const symbols = vocabulary.length;
  const { output } = unrolled.network;
  const labels = unrolled.targets.kind === 'classes' ? unrolled.targets.labels : new Int32Array(0);
  const read = characters.map((character, step) => ({ character, label: u.readCharacter(step, visibleCharacter(character)) }));
  const guessed = characters.map((_c, step) => {
    let best = 0;
    for (let k = 1; k < symbols; k++) if (output[step * symbols + k]! > output[step * symbols + best]!) best = k;
    const character = vocabulary[best] ?? '?';
    const probability = percent(output[step * symbols + best] ?? 0, 0);
    return { character, label: u.guessedCharacter(step, visibleCharacter(character), probability), right: labels[step] === best };
  });
  return { read, guessed };
}

function StepAxis({ frame, cellWidth }: { frame: ViewWindow; cellWidth: number }) {
  const t = useText();
  const u = t.rnn.unrolled;
  const every = frame.stepCount <= 30 ? 5 : 10;
  const last = frame.stepCount - 1;
  // Every 5th or 10th step, and the last one unless it would crowd the tick before it.
  const ticks = Array.from({ length: frame.stepCount }, (_v, s) => s)
    .filter((s) => (frame.stepStart + s) % every === 0 || (s === last && (frame.stepStart + s) % every >= every / 2));
  return (
    <div className="unrolled-row step-axis" aria-hidden="true">
      <div className="row-label">{u.step}</div>
      <div className="row-heatmap" style={{ width: frame.stepCount * cellWidth }}>
        {ticks.map((s) => <span key={s} style={{ left: s * cellWidth, width: cellWidth }}>{frame.stepStart + s}</span>)}
      </div>
    </div>
  );
}

/**
 * The whole network unrolled: the input, every layer and direction's gates, and the per-step
 * outputs. Sizes come from the answer itself, so a stale answer can never be drawn as another
 * network. Big networks are drawn through a frame (viewWindow.ts).
 */
export function UnrolledNetworkView({ unrolled }: { unrolled: Unrolled }) {
  const t = useText();
  const u = t.rnn.unrolled;
  const selected = useRnn((s) => s.selectedCell);
  const selectCell = useRnn((s) => s.selectCell);
  const [start, setStart] = useState({ step: 0, unit: 0 });
  const [layerChoice, setLayerChoice] = useState(0);
  const { steps, features, inputs } = unrolled;
  const layers = unrolled.network.layers;
  const units = layers[0]!.directions[0]!.units;
  const directions = layers[0]!.directions.length;
  const perStep = unrolled.network.outputShape.length === 2;
  const frame = useMemo(() => clampWindow(steps, units, start.step, start.unit), [steps, units, start.step, start.unit]);
  const rows = CELL_ROWS[layers[0]!.directions[0]!.cell].length;
  const oneLayerAtATime = layers.length > 1 && layers.length * directions * rows * frame.unitCount * frame.stepCount > ALL_LAYERS_CELL_BUDGET;
  const layerShown = oneLayerAtATime ? Math.min(layerChoice, layers.length - 1) : null;
  const characters = unrolled.characters;
  const cellWidth = cellWidthFor(frame.stepCount, characters !== null);
  const textRows = useMemo(() => (characters ? characterRows(unrolled, characters, u) : null), [unrolled, characters, u]);
  const cellHeight = cellHeightFor(frame.unitCount);
  const selectedStep = Math.min(selected.step, steps - 1);
  const stepInWindow = selectedStep - frame.stepStart;
  const visibleStep = stepInWindow >= 0 && stepInWindow < frame.stepCount ? stepInWindow : null;
  const selectStep = useCallback((cell: GateCell) => selectCell({ ...selected, step: cell.step + frame.stepStart }), [selectCell, selected, frame.stepStart]);
  const inputFrame = useMemo(() => ({ ...frame, unitStart: 0, unitCount: features }), [frame, features]);
  const shownInputs = useMemo(() => sliceWindow(inputs, features, inputFrame), [inputs, features, inputFrame]);
  const shownOutputs = useMemo(() => sliceWindow(unrolled.network.output, 1, { ...inputFrame, unitCount: 1 }), [unrolled.network.output, inputFrame]);
  const inputScale = useMemo(() => scaleFor(inputs), [inputs]);
  const outputScale = useMemo(() => scaleFor(unrolled.network.output), [unrolled.network.output]);
  const inputLabel = useCallback((step: number, feature: number, value: number) => u.inputCell(step + frame.stepStart, feature, formatValue(value)), [frame.stepStart, u]);
  const outputLabel = useCallback((step: number, _unit: number, value: number) => u.outputCell(step + frame.stepStart, formatValue(value)), [frame.stepStart, u]);
  return (
    <>
      <WindowControls frame={frame} steps={steps} units={units} layers={layers.length} layerShown={layerShown}
        moveSteps={(by) => setStart({ ...start, step: frame.stepStart + by })} moveUnits={(by) => setStart({ ...start, unit: frame.unitStart + by })}
        showLayer={setLayerChoice} />
      <div className="unrolled-scroll">
        <StepAxis frame={frame} cellWidth={cellWidth} />
        {textRows ? (
          <CharacterRow id="rnn-input-text" name={u.inputText} items={textRows.read} frame={frame} cellWidth={cellWidth} selectedStep={visibleStep}
            onSelect={(step) => selectStep({ step, unit: selected.unit })} />
        ) : (
          <HeatmapRow id="rnn-input" symbol="x" name={unrolled.pixels ? u.inputRowMnist : u.input} values={shownInputs} steps={frame.stepCount} units={features}
            scale={inputScale} cellWidth={cellWidth} cellHeight={Math.max(2, Math.min(6, Math.floor(96 / features)))} selectedStep={visibleStep}
            selected={null} cellLabel={inputLabel} gridLabel={u.inputGrid} onSelect={selectStep} />
        )}
        {layers.filter((layer) => layerShown === null || layer.layer === layerShown).map((layer) => layer.directions.map((direction) => (
          <DirectionBlock key={`${layer.layer}-${direction.direction}`} layer={layer.layer} layers={layers.length} bidirectional={directions === 2}
            direction={direction} frame={frame} cellWidth={cellWidth} cellHeight={cellHeight} selected={{ ...selected, step: selectedStep }} />
        )))}
        {textRows && (
          <CharacterRow id="rnn-output-text" name={u.predictedText} items={textRows.guessed} frame={frame} cellWidth={cellWidth} selectedStep={visibleStep}
            onSelect={(step) => selectStep({ step, unit: selected.unit })} />
        )}
        {perStep && !textRows && (
          <HeatmapRow id="rnn-output" symbol="ŷ" name={u.output} values={shownOutputs} steps={frame.stepCount} units={1}
            scale={outputScale} cellWidth={cellWidth} cellHeight={12} selectedStep={visibleStep} selected={null}
            cellLabel={outputLabel} gridLabel={u.outputGrid} onSelect={selectStep} />
        )}
      </div>
    </>
  );
}

import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useText } from '../useText';
import { OutputTable } from '../explain/OutputTable';
import { StepControls } from '../explain/StepControls';
import { usePlayback } from '../explain/usePlayback';
import { useConv } from './convContext';
import { useConvComputation } from './useConvComputation';
import { ConvGrids } from './ConvGrids';
import { StepArithmetic } from './StepArithmetic';
import { OutputSizeFormula } from './OutputSizeFormula';

/** The grids, the output filling in step by step, the controls, the step's arithmetic and the size formula. */
export function ConvWorkbench() {
  const t = useText();
  const c = t.explainers.conv;
  const { geometry, output, total, shown } = useConvComputation();
  const state = useConv(useShallow((s) => ({
    position: s.position, playing: s.playing, speed: s.speed, activation: s.activation, channels: s.input.channels, filters: s.kernels.length, paddingMode: s.paddingMode,
  })));
  const actions = useConv(useShallow((s) => ({
    setPlaying: s.setPlaying, stepBack: s.stepBack, stepForward: s.stepForward, runToEnd: s.runToEnd, setPosition: s.setPosition, setSpeed: s.setSpeed,
  })));
  usePlayback(state.playing, state.speed, actions.stepForward);
  const startOver = useCallback(() => actions.setPosition(0), [actions]);
  const position = Math.min(state.position, total);
  const current = shown && position > 0 ? { channel: shown.filter, row: shown.outRow, col: shown.outCol } : null;
  return (
    <div className="conv-workbench">
      <ConvGrids geometry={geometry.ok ? geometry.geometry : null} shown={shown} />
      {!geometry.ok ? (
        <div className="explain-problem" role="alert">
          <p>{c.problemText(geometry.problem)}</p>
          <p className="hint">{c.kept}</p>
        </div>
      ) : (
        <>
          <div className="conv-output" tabIndex={0}>
            <OutputTable label={c.output} caption={c.outputCaption(geometry.geometry.outRows, geometry.geometry.outCols, state.filters)}
              output={output!} computed={position} current={current} rowName={c.outputRow} />
            <p className="hint">{c.outputHint}</p>
          </div>
          <StepControls playing={state.playing} setPlaying={actions.setPlaying} back={actions.stepBack} forward={actions.stepForward}
            startOver={startOver} runToEnd={actions.runToEnd} position={position} total={total} scrub={actions.setPosition}
            speed={state.speed} setSpeed={actions.setSpeed} />
          <StepArithmetic step={shown} position={position} total={total} activation={state.activation} channels={state.channels} filters={state.filters} />
          <OutputSizeFormula geometry={geometry.geometry} samePadding={state.paddingMode === 'same'} />
        </>
      )}
    </div>
  );
}

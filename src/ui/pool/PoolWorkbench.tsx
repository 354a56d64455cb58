import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { GridTable } from '../explain/GridTable';
import { OutputTable } from '../explain/OutputTable';
import { StepControls } from '../explain/StepControls';
import { usePlayback } from '../explain/usePlayback';
import { useText } from '../useText';
import { usePool } from './poolContext';
import { usePoolComputation } from './usePoolComputation';
import { WindowArithmetic } from './WindowArithmetic';
import { PoolSizeFormula } from './PoolSizeFormula';

/**
 * The editable input (each channel), the whole pooled output (pick a cell, or step through them),
 * the selected window highlighted with its winner, its arithmetic and the size formula.
 */
export function PoolWorkbench() {
  const t = useText();
  const p = t.explainers.pool;
  const g = t.explainers.grid;
  const { geometry, output, window } = usePoolComputation();
  const s = usePool(useShallow((state) => ({
    input: state.input, kind: state.kind, size: state.size, padding: state.padding, selected: state.selected, playing: state.playing, speed: state.speed,
  })));
  const actions = usePool(useShallow((state) => ({
    setCell: state.setCell, select: state.select, moveSelection: state.moveSelection, setPlaying: state.setPlaying, setSpeed: state.setSpeed,
  })));
  const forward = useCallback(() => actions.moveSelection(1), [actions]);
  const back = useCallback(() => actions.moveSelection(-1), [actions]);
  const startOver = useCallback(() => actions.select({ channel: 0, row: 0, col: 0 }), [actions]);
  usePlayback(s.playing, s.speed, forward);
  const windowCells = useMemo(() => new Set(window?.cells.map((c) => `${c.row},${c.col}`) ?? []), [window]);
  const winner = window && s.kind === 'max' ? window.cells[window.winner] : null;
  const deep = s.input.channels > 1;
  const channelName = (ch: number) => (deep ? `${p.input}, ${g.channel(ch + 1)}` : p.input);

  const perChannel = output ? output.rows * output.cols : 0;
  const total = perChannel * s.input.channels;
  const position = output ? s.selected.channel * perChannel + s.selected.row * output.cols + s.selected.col + 1 : 0;
  return (
    <div className="pool-workbench">
      <div className="conv-grids">
        <figure className="grid-figure">
          <figcaption>{p.input} ({s.input.rows} × {s.input.cols}{deep ? ` × ${s.input.channels}` : ''})</figcaption>
          <div className="grid-stack">
            {Array.from({ length: s.input.channels }, (_v, ch) => {
              const mine = window?.channel === ch;
              return (
                <GridTable key={ch} label={channelName(ch)} cellName={channelName(ch)} volume={s.input} channel={ch}
                  highlight={mine ? windowCells : undefined} strong={mine && winner ? `${winner.row},${winner.col}` : null}
                  onEdit={(r, q, v) => actions.setCell(ch, r, q, v)} />
              );
            })}
          </div>
        </figure>
      </div>
      {!geometry.ok || !output ? (
        <div className="explain-problem" role="alert">
          <p>{p.problem(s.size, s.input.rows, s.input.cols)}</p>
          <p className="hint">{t.explainers.conv.kept}</p>
        </div>
      ) : (
        <>
          <div className="conv-output" tabIndex={0}>
            <OutputTable label={p.output} caption={p.outputCaption(output.rows, output.cols, output.channels)} output={output}
              computed={total} current={s.selected} rowName={p.outputRow} onSelect={actions.select} selectLabel={p.selectCell} />
          </div>
          <StepControls playing={s.playing} setPlaying={actions.setPlaying} back={back} forward={forward} startOver={startOver}
            position={position} total={total} speed={s.speed} setSpeed={actions.setSpeed}
            names={{ back: p.previous, forward: p.next }} startAt={1} />
          {window && <WindowArithmetic window={window} kind={s.kind} size={s.size} deep={deep} />}
          <PoolSizeFormula geometry={geometry.geometry} padding={s.padding} global={s.kind === 'globalAverage'} />
        </>
      )}
    </div>
  );
}

import { useRnn } from '../rnnContext';
import { ExamplePicker } from './ExamplePicker';
import { AnswerReadout } from './AnswerReadout';
import { SignalPlot } from './SignalPlot';
import { UnrolledNetworkView } from './UnrolledNetworkView';
import { GateEquations } from './GateEquations';
import { DigitRows } from './DigitRows';
import { useUnrolled } from './useUnrolled';
import { useText } from '../../useText';
import { Explain } from '../../common/Explain';


function Legends() {
  const t = useText();
  const u = t.rnn.unrolled;
  return (
    <div className="legend">
      <span className="legend-bar legend-gate" aria-hidden="true" /> {u.gateLegend}
      <span className="legend-bar legend-state" aria-hidden="true" /> {u.stateLegend}
    </div>
  );
}

/** The "Unrolled network" region; hiding its views stops the unroll requests (and their cost) entirely. */
export function UnrolledPanel() {
  const t = useText();
  const u = t.rnn.unrolled;
  const open = useRnn((s) => s.viewsOpen.unrolled);
  const setViewOpen = useRnn((s) => s.setViewOpen);
  return (
    <section className="panel panel-unrolled" aria-labelledby="rnn-unrolled-heading">
      <div className="panel-heading">
        <h2 id="rnn-unrolled-heading">{u.region}</h2>
        <span className="heading-actions">
          <button type="button" className="toggle" aria-expanded={open} aria-controls="rnn-unrolled-views" onClick={() => setViewOpen('unrolled', !open)}>
            {open ? u.hide : u.show}
          </button>
          <Explain about={u.region}>{u.toggleTip}</Explain>
        </span>
      </div>
      <div id="rnn-unrolled-views">{open ? <UnrolledViews /> : <p className="hint">{u.hidden}</p>}</div>
    </section>
  );
}

/** Pick a test example and see every gate of every step for it. */
function UnrolledViews() {
  const t = useText();
  const u = t.rnn.unrolled;
  const unrolled = useUnrolled();
  const valid = useRnn((s) => s.networkProblems.length === 0 && s.taskProblems.length === 0);
  const configured = useRnn((s) => s.configured);
  const step = useRnn((s) => Math.min(s.selectedCell.step, (unrolled?.steps ?? 1) - 1));
  const shown = valid && configured && unrolled ? unrolled : null;
  return (
    <>
      <p>{u.intro}</p>
      <h3>{u.examples}</h3>
      <ExamplePicker />
      {!shown && <p className="hint">{valid ? u.waiting : u.fixSettings}</p>}
      {shown && (
        <>
          <div className="unrolled-summary">
            {shown.pixels && <DigitRows pixels={shown.pixels} step={step} label={u.digitButton(shown.example, shown.targets.kind === 'classes' ? shown.targets.labels[0]! : 0)} />}
            <div>
              <AnswerReadout unrolled={shown} />
              <p className="hint">{u.atStep(shown.step)} {u.keyboard}</p>
              <Legends />
            </div>
          </div>
          {shown.targets.kind === 'values' && shown.targets.values.length > 1 && <SignalPlot unrolled={shown} />}
          <UnrolledNetworkView unrolled={shown} />
          <GateEquations unrolled={shown} />
        </>
      )}
    </>
  );
}

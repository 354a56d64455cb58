/**
 * The "Gradients through time" region: ‖∂L/∂hₜ‖ at every step of the chosen test example, the
 * figures of the top layer (first, last, their ratio, the factor per step back) and an
 * explanation written with the current model's own numbers.
 */
import { useCallback, useMemo } from 'react';
import { magnitude } from '../../../content/timeText';
import type { Unrolled } from '../../../store/rnn/unrollSlice';
import { createStepGradientChart, type StepGradientData, type StepGradientOptions } from '../../../viz/stepGradientChart';
import { PALETTE } from '../../../viz/palette';
import { useViz } from '../../hooks/useViz';
import { Readout } from '../../lab/Readouts';
import { useRnn } from '../rnnContext';
import { GradientExplanation } from './GradientExplanation';
import { gradientFigures } from './gradientFigures';
import { useText } from '../../useText';
import { FieldLabel } from '../../common/FieldLabel';
import { Explain } from '../../common/Explain';

const SERIES_COLOURS = [PALETTE.blue, PALETTE.orange, PALETTE.green, PALETTE.purple, PALETTE.sky, PALETTE.vermillion];

/** The toggle and region around the chart; hiding it (with the unrolled view) stops the requests. */
export function GradientsPanel({ idPrefix = 'rnn', heading }: { idPrefix?: string; heading?: string }) {
  const t = useText();
  const g = t.time.gradients;
  const open = useRnn((s) => s.viewsOpen.gradients);
  const setViewOpen = useRnn((s) => s.setViewOpen);
  const headingId = `${idPrefix}-gradients-heading`;
  return (
    <section className="panel panel-gradients" aria-labelledby={headingId}>
      <div className="panel-heading">
        <h2 id={headingId}>{heading ?? g.region}</h2>
        <span className="heading-actions">
          <button type="button" className="toggle" aria-expanded={open} aria-controls={`${idPrefix}-gradients-views`} onClick={() => setViewOpen('gradients', !open)}>
            {open ? g.hide : g.show}
          </button>
          <Explain about={g.region}>{g.toggleTip}</Explain>
        </span>
      </div>
      <div id={`${idPrefix}-gradients-views`}>{open ? <GradientsView idPrefix={idPrefix} /> : <p className="hint">{g.hidden}</p>}</div>
    </section>
  );
}

/** The chart, the chosen step's numbers and the explanation, for the latest unrolled example. */
export function GradientsView({ idPrefix, compact = false }: { idPrefix: string; compact?: boolean }) {
  const t = useText();
  const g = t.time.gradients;
  const unrolled = useRnn((s) => s.unrollHolder.current);
  const valid = useRnn((s) => s.networkProblems.length === 0 && s.taskProblems.length === 0 && s.configured);
  if (!unrolled || !valid) return <p className="hint">{g.waiting}</p>;
  return (
    <>
      {!compact && <p>{g.intro}</p>}
      <GradientChartWithFigures unrolled={unrolled} idPrefix={idPrefix} compact={compact} />
    </>
  );
}

function GradientChartWithFigures({ unrolled, idPrefix, compact }: { unrolled: Unrolled; idPrefix: string; compact: boolean }) {
  const t = useText();
  const g = t.time.gradients;
  const network = useRnn((s) => s.network);
  const perStepAnswers = useRnn((s) => s.task.id === 'signal' || s.task.id === 'text');
  const chosen = useRnn((s) => s.gradientStep);
  const chooseStep = useRnn((s) => s.chooseGradientStep);
  const { gradients } = unrolled;
  const steps = gradients.steps;
  const selected = chosen === null ? 0 : Math.min(chosen, steps - 1);
  const names = gradients.layers.map((l) => g.series(l.layer, network.layers, l.direction, network.bidirectional));
  const top = gradients.layers.findIndex((l) => l.layer === network.layers - 1 && l.direction === 'forward');
  const topNorms = gradients.layers[top]?.norms ?? new Float32Array(0);
  const figures = gradientFigures(topNorms);

  const nonFiniteLabel = t.charts.notANumber;
  const options = useMemo<StepGradientOptions>(() => ({ xLabel: g.xAxis, yLabel: g.yAxis, formatY: magnitude, onHover: chooseStep, nonFiniteLabel }), [chooseStep, g, nonFiniteLabel]);
  const create = useCallback((el: HTMLDivElement) => createStepGradientChart(el, options), [options]);
  const data = useMemo<StepGradientData>(() => ({
    steps, selected,
    series: gradients.layers.map((l, k) => ({ name: names[k]!, color: SERIES_COLOURS[k % SERIES_COLOURS.length]!, dashed: l.direction === 'backward', values: l.norms })),
  }), [gradients, steps, selected, names]);
  const ref = useViz(create, data);
  const id = (name: string) => `${idPrefix}-gradient-${name}`;
  const selectedValue = topNorms[selected] ?? Number.NaN;
  return (
    <div className="gradients">
      <figure className="chart" aria-label={g.region}>
        <div ref={ref} className="chart-body" />
        <p className="visually-hidden">{g.chartSummary(steps, magnitude(figures.last), magnitude(figures.first), magnitude(figures.ratio))}</p>
      </figure>
      <div className="field gradient-step">
        <FieldLabel htmlFor={id('step')} label={g.stepPicker} tip={g.stepPickerTip} />
        <input id={id('step')} type="range" min={0} max={steps - 1} step={1} value={selected}
          onChange={(e) => chooseStep(Number(e.target.value))} />
      </div>
      <p className="gradient-at-step" aria-live="polite">{g.atStep(selected, magnitude(selectedValue), magnitude(selectedValue / figures.last))}</p>
      {names.length > 1 && top >= 0 && <p className="hint">{g.ofLayer(names[top]!)}</p>}
      <div className="readouts">
        <Readout id={id('first')} label={g.firstStep} value={magnitude(figures.first)} note={g.stepNote(0)} />
        <Readout id={id('last')} label={g.lastStep} value={magnitude(figures.last)} note={g.stepNote(steps - 1)} />
        <Readout id={id('ratio')} label={g.ratio} value={magnitude(figures.ratio)} tip={g.ratioTip} />
        <Readout id={id('per-step')} label={g.perStep} value={Number.isFinite(figures.perStep) ? `×${figures.perStep.toFixed(3)}` : '—'} tip={g.perStepTip} />
      </div>
      {!compact && <GradientExplanation unrolled={unrolled} figures={figures} perStepAnswers={perStepAnswers} />}
    </div>
  );
}

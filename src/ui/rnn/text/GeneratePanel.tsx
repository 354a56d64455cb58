/**
 * The "Generate text" region of the text task: a seed, a temperature and a length; the model's
 * continuation appears one character at a time, each character titled with the probability the
 * model gave it.
 */
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type Generation } from '../../../store/rnn/generationSlice';
import { TEMPERATURE_RANGE } from '../../../engine/sampling';
import { NumberField } from '../../lab/NumberField';
import { useRnn } from '../rnnContext';
import { useText } from '../../useText';
import { FIELD_RULES } from '../../../store/fieldRules';
import { FieldLabel } from '../../common/FieldLabel';


const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How many characters are shown so far: all at once for reduced motion, else a few per frame (about 3 s in all). */
function useTypewriter(generation: Generation | null): number {
  const [progress, setProgress] = useState({ requestId: 0, shown: 0 });
  useEffect(() => {
    if (!generation || prefersReducedMotion()) return undefined;
    const total = generation.characters.length;
    const perFrame = Math.max(1, Math.ceil(total / 180));
    let count = 0;
    let handle = 0;
    const tick = () => {
      count = Math.min(total, count + perFrame);
      setProgress({ requestId: generation.requestId, shown: count });
      if (count < total) handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(handle);
  }, [generation]);
  if (!generation) return 0;
  if (prefersReducedMotion()) return generation.characters.length;
  return progress.requestId === generation.requestId ? progress.shown : 0;
}

export function GeneratePanel() {
  const t = useText().time.text.generate;
  const s = useRnn(useShallow((state) => ({
    seedText: state.seedText, temperature: state.temperature, generateLength: state.generateLength, generating: state.generating,
    generation: state.generation, problem: state.generationProblem, setOptions: state.setGenerationOptions, generate: state.generate,
  })));
  const shown = useTypewriter(s.generation);
  const writing = s.generating !== null || (s.generation !== null && shown < s.generation.characters.length);
  const temperatureText = t.temperatureValue(s.temperature.toFixed(2).replace(/\.?0+$/, '') || '0');
  return (
    <section className="panel panel-generate" aria-labelledby="rnn-generate-heading">
      <h2 id="rnn-generate-heading">{t.region}</h2>
      <p>{t.intro}</p>
      <form className="hyper-form generate-form" onSubmit={(e) => { e.preventDefault(); s.generate(); }}>
        <div className="field field-wide">
          <FieldLabel htmlFor="rnn-seed-text" label={t.seed} tip={t.seedTip} />
          <input id="rnn-seed-text" type="text" value={s.seedText} onChange={(e) => s.setOptions({ seedText: e.target.value })} />
        </div>
        <div className="field">
          <FieldLabel htmlFor="rnn-temperature" label={t.temperature} tip={t.temperatureTip} />
          <input id="rnn-temperature" type="range" max={TEMPERATURE_RANGE.max} step={TEMPERATURE_RANGE.step}
            value={s.temperature} aria-valuetext={temperatureText}
            onChange={(e) => s.setOptions({ temperature: Number(e.target.value) })} />
          <span className="field-value" aria-hidden="true">{temperatureText}</span>
        </div>
        <div className="field">
          <NumberField id="rnn-generate-length" label={t.length} visibleLabel value={s.generateLength} tip={t.lengthTip}
            rule={FIELD_RULES.generateLength} onCommit={(v) => s.setOptions({ generateLength: v })} />
        </div>
        <div className="field field-button">
          <button type="submit" className="primary" disabled={s.generating !== null}>{s.generating !== null ? t.writing : t.button}</button>
        </div>
      </form>
      {s.problem && <p className="problem" role="alert">{t.problems[s.problem.code]}</p>}
      <output className="generated-text" aria-label={t.output} aria-busy={writing}>
        {s.generation ? (
          <>
            <span className="generated-seed">{s.generation.seedText}</span>
            {s.generation.characters.slice(0, shown).map((c, i) => (
              <span key={i} title={`${(s.generation!.probabilities[i]! * 100).toFixed(1)}%`}>{c}</span>
            ))}
            {writing && <span className="generated-caret" aria-hidden="true">▍</span>}
          </>
        ) : <span className="hint">{t.empty}</span>}
      </output>
      {s.generation && !writing && (
        <p className="hint">
          {t.done(s.generation.characters.length, s.generation.step)}
          {s.generation.unknownSeedCharacters > 0 && ` ${t.seedNote(s.generation.unknownSeedCharacters)}`}
        </p>
      )}
    </section>
  );
}

import { useEffect, useId } from 'react';
import { useShortcutTarget } from '../shell/shortcutTarget';
import { useText } from '../useText';
import { FieldLabel } from '../common/FieldLabel';

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

interface StepControlsProps {
  playing: boolean;
  setPlaying(playing: boolean): void;
  back(): boolean;
  forward(): boolean;
  startOver(): void;
  /** Absent where everything is always computed (pooling). */
  runToEnd?(): void;
  /** Steps done and their number, for the scrubber. */
  position: number;
  total: number;
  scrub?(position: number): void;
  speed: number;
  setSpeed(speed: number): void;
  /** Names for the buttons when they move a highlight rather than compute (pooling). */
  names?: { back: string; forward: string };
  /** The first position (1 where something is always selected, as in pooling). */
  startAt?: number;
}

/**
 * Play, pause, one step back or forward, run to the end, and a scrubber; they also answer the
 * playground's keys while the screen is shown (Space plays or pauses, → steps, R starts over).
 */
export function StepControls(props: StepControlsProps) {
  const s = useText().explainers.steps;
  const id = useId();
  const target = useShortcutTarget();
  const { playing, setPlaying, back, forward, startOver, runToEnd, position, total, scrub, speed, setSpeed, names, startAt = 0 } = props;
  const canPlay = total > 0;
  useEffect(() => {
    target.register({
      toggleTraining: () => (canPlay ? (setPlaying(!playing), true) : false),
      step: () => forward(),
      reset: () => (startOver(), true),
    });
    return () => target.register(null);
  }, [target, canPlay, playing, setPlaying, forward, startOver]);
  return (
    <div className="step-controls" role="group" aria-label={s.controls}>
      <div className="step-buttons">
        <button type="button" onClick={() => setPlaying(!playing)} disabled={!canPlay}>{playing ? s.pause : s.play}</button>
        <button type="button" onClick={back} disabled={position <= startAt}>{names?.back ?? s.back}</button>
        <button type="button" onClick={forward} disabled={position >= total}>{names?.forward ?? s.forward}</button>
        {runToEnd && <button type="button" onClick={runToEnd} disabled={position >= total}>{s.runToEnd}</button>}
        <button type="button" onClick={startOver} disabled={position <= startAt}>{s.startOver}</button>
      </div>
      {scrub && (
        <div className="step-scrub">
          <label htmlFor={`${id}-scrub`}>{s.position}</label>
          <input id={`${id}-scrub`} type="range" min={0} max={total} step={1} value={position} disabled={!canPlay}
            aria-valuetext={s.positionText(position, total)} onChange={(e) => scrub(Number(e.target.value))} />
          <output htmlFor={`${id}-scrub`}>{s.positionText(position, total)}</output>
        </div>
      )}
      <div className="step-speed">
        <FieldLabel htmlFor={`${id}-speed`} label={s.speed} tip={s.speedTip} />
        <select id={`${id}-speed`} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((v) => <option key={v} value={v}>{s.speedOption(v)}</option>)}
        </select>
      </div>
      <p className="hint">{s.keys}</p>
    </div>
  );
}

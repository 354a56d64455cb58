import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLab } from '../storeContext';
import { useText } from '../useText';
import { Explain } from '../common/Explain';
import { useShortcutTarget } from '../shell/shortcutTarget';
import { MilestoneAnnouncer } from './MilestoneAnnouncer';

type ButtonName = 'train' | 'pause' | 'step' | 'reset';

/**
 * Train, Pause, Step and Reset for the lab's session; `blocker` says why training cannot start.
 * A pressed button that becomes disabled (Train once training starts, Pause once it stops) hands
 * the focus to the one that now does the opposite, so a keyboard user never lands on the page body.
 * The same four actions answer the keyboard shortcuts while this lab is on screen.
 */
export function TrainingControls({ blocker }: { blocker: string | null }) {
  const t = useText();
  const status = useLab((s) => s.status);
  const configured = useLab((s) => s.configured);
  const pausedOnLeave = useLab((s) => s.pausedOnLeave);
  const { train, pause, step1, reset } = useLab(useShallow((s) => ({ train: s.train, pause: s.pause, step1: s.step1, reset: s.reset })));
  const training = status === 'training';
  const canTrain = blocker === null && !training;
  const canReset = configured || blocker === null;
  const buttons = useRef<Partial<Record<ButtonName, HTMLButtonElement | null>>>({});
  const pressed = useRef<ButtonName | null>(null);
  const target = useShortcutTarget();

  useEffect(() => {
    // Runs after the status changed: if the focused control (or the one just pressed, whose focus
    // the browser dropped to the body) is now disabled, the next useful one takes the focus.
    const { train: trainButton, pause: pauseButton, step: stepButton, reset: resetButton } = buttons.current;
    const active = document.activeElement;
    const ownDisabled = [trainButton, pauseButton, stepButton, resetButton].some((b) => b === active && b?.disabled);
    const dropped = active === document.body && pressed.current !== null;
    if (!ownDisabled && !dropped) return;
    pressed.current = null;
    const order = training ? [pauseButton, resetButton] : [trainButton, stepButton, resetButton];
    order.find((b) => b && !b.disabled)?.focus();
  }, [training, canTrain]);

  useEffect(() => {
    target.register({
      toggleTraining() {
        if (training) pause();
        else if (canTrain) train();
        else return false;
        return true;
      },
      step() {
        if (!canTrain) return false;
        step1();
        return true;
      },
      reset() {
        if (!canReset) return false;
        reset();
        return true;
      },
    });
    return () => target.register(null);
  }, [target, training, canTrain, canReset, train, pause, step1, reset]);

  const l = t.lab;
  const hint = blocker ?? (!configured ? l.blockers.building : training ? l.training : pausedOnLeave ? l.pausedOnLeave : status === 'paused' ? l.paused : l.ready);
  return (
    <div className="controls">
      <div className="button-row" role="group" aria-label={l.controlsGroup}>
        <button ref={(b) => { buttons.current.train = b; }} type="button" className="primary" onClick={() => { pressed.current = 'train'; train(); }} disabled={!canTrain}>{l.train}</button>
        <button ref={(b) => { buttons.current.pause = b; }} type="button" onClick={() => { pressed.current = 'pause'; pause(); }} disabled={!training}>{l.pause}</button>
        <button ref={(b) => { buttons.current.step = b; }} type="button" onClick={() => { pressed.current = 'step'; step1(); }} disabled={!canTrain}>{l.step}</button>
        <button ref={(b) => { buttons.current.reset = b; }} type="button" onClick={() => { pressed.current = 'reset'; reset(); }} disabled={!canReset}>{l.reset}</button>
        <Explain about={l.controlsGroup}>
          <span className="explain-item"><strong>{l.train}</strong>: {t.controls.train}</span>
          <span className="explain-item"><strong>{l.pause}</strong>: {t.controls.pause}</span>
          <span className="explain-item"><strong>{l.step}</strong>: {t.controls.step}</span>
          <span className="explain-item"><strong>{l.reset}</strong>: {t.controls.reset}</span>
          <span className="explain-item">{t.shortcuts.summary}</span>
        </Explain>
      </div>
      <p className="hint">{hint}</p>
      <MilestoneAnnouncer />
    </div>
  );
}

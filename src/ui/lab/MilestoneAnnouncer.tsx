import { useState } from 'react';
import { useLab } from '../storeContext';
import { useText } from '../useText';
import { percent } from '../format';

/** Tasks without epochs are announced every this many steps. */
export const MILESTONE_STEPS = 1000;

/**
 * What a screen reader hears while training runs: one sentence per milestone (an epoch's full test
 * evaluation, or every 1,000 steps where there are no epochs), never the figures that change every
 * moment. Divergence is announced by its own alert banner.
 */
export function MilestoneAnnouncer() {
  const m = useText().milestones;
  const epoch = useLab((s) => s.epoch);
  const fullTest = useLab((s) => (s.test?.scope === 'full' ? s.test : null));
  const stepMilestone = useLab((s) => (s.epoch === null ? Math.floor(s.step / MILESTONE_STEPS) : 0));
  const key = fullTest ? `epoch-${fullTest.step}` : stepMilestone > 0 ? `steps-${stepMilestone}` : '';
  const [announced, setAnnounced] = useState({ key: '', text: '' });
  // The sentence is fixed when its milestone is reached; later figures do not rewrite (and re-announce) it.
  if (key !== announced.key) {
    const text = fullTest ? m.epoch(epoch ?? 0, percent(fullTest.accuracy), fullTest.count) : stepMilestone > 0 ? m.steps(stepMilestone * MILESTONE_STEPS) : '';
    setAnnounced({ key, text });
  }
  return <p className="visually-hidden" role="status">{announced.text}</p>;
}

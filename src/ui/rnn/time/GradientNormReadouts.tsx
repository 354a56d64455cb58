/** The latest global gradient norm and how many steps clipping has acted on. */
import { magnitude } from '../../../content/timeText';
import { Readout } from '../../lab/Readouts';
import { useLab } from '../../storeContext';
import { integer } from '../../format';
import { useText } from '../../useText';


export function GradientNormReadouts({ idPrefix }: { idPrefix: string }) {
  const t = useText();
  const c = t.time.clipping;
  const norm = useLab((s) => s.gradientNorm);
  const clipped = useLab((s) => s.clippedSteps);
  const steps = useLab((s) => s.step);
  const clipping = useLab((s) => s.hyper.clipping);
  return (
    <>
      <Readout id={`${idPrefix}-readout-gradient-norm`} label={c.gradientNorm} value={norm === null ? '—' : magnitude(norm)} tip={c.gradientNormTip} />
      {(clipping || clipped > 0) && (
        <Readout id={`${idPrefix}-readout-clipped`} label={c.clippedSteps} value={integer(clipped)} tip={c.clippedStepsTip} note={c.clippedNote(steps)} />
      )}
    </>
  );
}

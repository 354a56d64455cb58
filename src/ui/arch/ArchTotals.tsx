import { countAsReference } from '../../engine/architectures';
import { useShellStore } from '../storeContext';
import { cnnStoreFor } from '../cnn/cnnStore';
import { screenHref } from '../shell/useHashRoute';
import { Explain } from '../common/Explain';
import { useText } from '../useText';
import type { ArchAnalysis } from './useArchAnalysis';
import type { Dictionary } from '../../content/dictionaries';

/** Why the lab would not train this network, each kind of reason once (e.g. batch norm, too many parameters). */
function trainingReasons(summary: ArchAnalysis['summary'], t: Dictionary): string {
  const settingName = (setting: string) => (t.cnn.table.settingNames as Record<string, string>)[setting] ?? setting;
  const seen = new Set<string>();
  const reasons: string[] = [];
  for (const { problem } of summary.problems) {
    const key = problem.code === 'analysisOnlyLayer' ? `${problem.code}:${problem.type}` : problem.code;
    if (seen.has(key)) continue;
    seen.add(key);
    reasons.push(t.cnn.shapeProblem(problem, settingName));
  }
  return reasons.join('; ');
}

/** The lab's LeNet-5 preset: the one classic network small enough to train here. */
const LENET_PRESET = 'lenet5';

/** The totals, the published figure they are checked against, and (for LeNet-5) the way into the lab. */
export function ArchTotals({ analysis }: { analysis: ArchAnalysis }) {
  const shell = useShellStore();
  const t = useText();
  const a = t.arch;
  const g = a.grouped;
  const { summary, info } = analysis;
  const trained = summary.totalParams - summary.totalNonTrainableParams;
  // torchvision counts only what gradient descent trains; Keras counts the running statistics too.
  const comparable = info ? countAsReference(summary, info.reference) : summary.totalParams;
  const reference = info ? a.references[info.id] : null;
  const openLeNet = () => {
    cnnStoreFor(shell).getState().choosePreset(LENET_PRESET);
    window.location.hash = screenHref('cnn');
  };
  return (
    <section className="arch-totals" aria-labelledby="arch-totals-heading">
      <h3 id="arch-totals-heading">{a.totals}</h3>
      <dl className="readouts">
        <div className="readout"><dt className="readout-label">{a.params}</dt><dd className="readout-value" aria-label={a.params}>{g(summary.totalParams)}</dd></div>
        <div className="readout"><dt className="readout-label">{a.multiplyAdds}</dt><dd className="readout-value">{g(summary.totalMultiplyAdds)}</dd></div>
        <div className="readout"><dt className="readout-label">{a.memory}</dt><dd className="readout-value">{a.bytes(summary.totalActivations * 4)}</dd></div>
        <div className="readout"><dt className="readout-label">{a.layerCount}</dt><dd className="readout-value">{g(summary.layers.length)}</dd></div>
      </dl>
      {summary.totalNonTrainableParams > 0 && <p className="hint">{a.counted(g(trained), g(summary.totalNonTrainableParams))}</p>}
      {info && reference && (
        <div className="arch-reference">
          <p>{a.published(g(info.reference.params), reference.source)}</p>
          {analysis.atReference
            ? <p className={comparable === info.reference.params ? 'arch-match' : 'problem'}>{comparable === info.reference.params ? a.matches : a.differs(g(comparable), g(info.reference.params))}</p>
            : <p className="hint">{a.publishedAt(info.defaultInputSize)}</p>}
          <p className="hint">{reference.convention}</p>
        </div>
      )}
      {summary.valid && !summary.trainable && <p className="hint">{a.notTrainable(trainingReasons(summary, t))}</p>}
      {info?.id === 'lenet5' && (
        <p className="arch-train">
          <button type="button" className="primary" onClick={openLeNet}>{a.trainLeNet}</button>
          <Explain about={a.trainLeNet}>{a.trainLeNetTip}</Explain>
        </p>
      )}
    </section>
  );
}

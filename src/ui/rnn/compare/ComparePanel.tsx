/**
 * The compare mode's region: a button opens it (and builds the two networks the first time); the
 * two networks keep their training when it closes, paused.
 */
import { useState } from 'react';
import { compareActions, createComparePair } from '../../../store/rnn/compareStores';
import { labStoreCache } from '../../lab/labStores';
import { useShellStore } from '../../storeContext';
import { CompareLab } from './CompareLab';
import { useText } from '../../useText';
import { Explain } from '../../common/Explain';

const pairFor = labStoreCache(createComparePair);

export function ComparePanel() {
  const t = useText();
  const c = t.time.compare;
  const shell = useShellStore();
  const [open, setOpen] = useState(false);
  const toggle = () => {
    if (open) compareActions.close(pairFor(shell));
    setOpen(!open);
  };
  return (
    <section className="panel panel-compare" aria-labelledby="compare-heading">
      <div className="panel-heading">
        <h2 id="compare-heading">{c.region}</h2>
        <span className="heading-actions">
          <button type="button" className="toggle" aria-expanded={open} aria-controls="compare-views" onClick={toggle}>
            {open ? c.close : c.open}
          </button>
          <Explain about={c.region}>{c.toggleTip}</Explain>
        </span>
      </div>
      <div id="compare-views">{open ? <CompareLab pair={pairFor(shell)} /> : <p className="hint">{c.toggleTip}</p>}</div>
    </section>
  );
}

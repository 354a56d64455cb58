/** The training settings both labs share, as they appear in a link. */
import { OPTIMIZER_NAMES } from '../../engine/optimizerNames';
import type { Hyperparameters } from '../../workers/protocol';
import { FIELD_RULES } from '../fieldRules';
import { FieldReader, isObject, type SharedField } from './shareFields';

export function readHyper(value: unknown, fallback: Hyperparameters): { hyper: Hyperparameters; replaced: SharedField[] } {
  const reader = new FieldReader(isObject(value) ? value : {});
  if (value !== undefined && !isObject(value)) reader.replaced.push('hyper');
  const hyper: Hyperparameters = {
    learningRate: reader.number('learningRate', FIELD_RULES.learningRate, fallback.learningRate),
    batchSize: reader.number('batchSize', FIELD_RULES.batchSize, fallback.batchSize),
    optimizer: reader.choice('optimizer', OPTIMIZER_NAMES, fallback.optimizer),
    l2: reader.number('l2', FIELD_RULES.l2, fallback.l2),
    expandedData: reader.boolean('expandedData', fallback.expandedData),
    clipping: reader.boolean('clipping', fallback.clipping),
    clipThreshold: reader.number('clipThreshold', FIELD_RULES.clipThreshold, fallback.clipThreshold),
  };
  return { hyper, replaced: reader.replaced };
}

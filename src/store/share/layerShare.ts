/**
 * A CNN layer stack from a link: every layer rebuilt field by field from what the editor itself
 * can produce (known types, names, settings within the fields' rules), so nothing odd reaches the
 * editor or the engine. Whether the stack fits together is the engine's to say, as it is when the
 * user edits the same stack by hand.
 */
import { ACTIVATIONS, LAYER_TYPES, POOL_KINDS, type Activation, type LabLayerType, type LayerSpec } from '../../engine/spec';
import { FIELD_RULES, isAllowed, type NumberRule } from '../fieldRules';
import { isObject, type SharedObject } from './shareFields';

export const MAX_SHARED_LAYERS = 32;
const MAX_NAME_LENGTH = 40;

const numberOf = (layer: SharedObject, key: string, rule: NumberRule): number | null => (isAllowed(layer[key], rule) ? (layer[key] as number) : null);
const activationOf = (layer: SharedObject): Activation | null => (ACTIVATIONS.includes(layer.activation as Activation) ? (layer.activation as Activation) : null);

/** A layer reads at most this many others (enough for any Inception module). */
const MAX_SHARED_INPUTS = 8;

/** `inputs` as the editor writes it: absent, or a short list of names (which must exist is the engine's call). */
function inputsOf(value: SharedObject): { inputs?: string[] } | null {
  const { inputs } = value;
  if (inputs === undefined) return {};
  if (!Array.isArray(inputs) || inputs.length === 0 || inputs.length > MAX_SHARED_INPUTS) return null;
  if (!inputs.every((n) => typeof n === 'string' && n.trim() !== '' && n.length <= MAX_NAME_LENGTH)) return null;
  return { inputs: [...inputs] as string[] };
}

function readLayer(value: unknown): LayerSpec | null {
  if (!isObject(value)) return null;
  const inputs = inputsOf(value);
  const layer = inputs && readSettings(value);
  return layer && { ...layer, ...inputs } as LayerSpec;
}

function readSettings(value: SharedObject): LayerSpec | null {
  const { type, name } = value;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) return null;
  if (!LAYER_TYPES.includes(type as LabLayerType)) return null;
  switch (type as LabLayerType) {
    case 'conv2d': {
      const filters = numberOf(value, 'filters', FIELD_RULES.filters);
      const kernel = numberOf(value, 'kernel', FIELD_RULES.kernel);
      const stride = numberOf(value, 'stride', FIELD_RULES.stride);
      const activation = activationOf(value);
      const padding = value.padding === 'valid' || value.padding === 'same' ? value.padding : null;
      if (filters === null || kernel === null || stride === null || activation === null || padding === null) return null;
      return { type: 'conv2d', name, filters, kernel, stride, padding, activation };
    }
    case 'pool': {
      const kind = POOL_KINDS.find((k) => k === value.kind) ?? null;
      const size = numberOf(value, 'size', FIELD_RULES.poolSize);
      const stride = numberOf(value, 'stride', FIELD_RULES.stride);
      const padding = value.padding === undefined || value.padding === 'valid' || value.padding === 'same' ? value.padding : null;
      if (kind === null || size === null || stride === null || padding === null) return null;
      return { type: 'pool', name, kind, size, stride, ...(padding ? { padding } : {}) };
    }
    case 'zeroPad': {
      const padding = numberOf(value, 'padding', FIELD_RULES.zeroPadding);
      return padding === null ? null : { type: 'zeroPad', name, padding };
    }
    case 'flatten':
      return { type: 'flatten', name };
    case 'dense': {
      const units = numberOf(value, 'units', FIELD_RULES.units);
      const activation = activationOf(value);
      return units === null || activation === null ? null : { type: 'dense', name, units, activation };
    }
    case 'dropout': {
      const rate = numberOf(value, 'rate', FIELD_RULES.dropoutRate);
      return rate === null ? null : { type: 'dropout', name, rate };
    }
    case 'activation': {
      const activation = activationOf(value);
      return activation === null ? null : { type: 'activation', name, activation };
    }
    case 'add':
    case 'concatenate':
      // A merge layer without its list of inputs is not one (the list comes back from inputsOf).
      return Array.isArray(value.inputs) ? { type: type as 'add' | 'concatenate', name, inputs: [] } : null;
  }
}

/** The whole stack, or null when any layer cannot be read (half a network would mislead). */
export function readLayers(value: unknown): LayerSpec[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_SHARED_LAYERS) return null;
  const layers = value.map(readLayer);
  return layers.every((layer): layer is LayerSpec => layer !== null) ? layers : null;
}

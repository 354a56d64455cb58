/** The architectures explorer in a link: the network by id, the input size and the width multiplier. */
import { ARCHITECTURES } from '../../engine/architectures';
import { DEFAULT_ARCH_CONFIG, INPUT_SIZE_RULE, LAB_NETWORK, WIDTH_MULTIPLIERS, type ArchConfig } from '../arch/archStore';
import { isAllowed } from '../fieldRules';
import { FieldReader, type SharedField, type SharedObject } from './shareFields';

const ARCHITECTURE_IDS: readonly string[] = [...ARCHITECTURES.map((a) => a.id), LAB_NETWORK];

export function readArchShared(source: SharedObject): { value: ArchConfig; replaced: SharedField[] } {
  const reader = new FieldReader(source);
  const size = reader.raw('inputSize');
  return {
    value: {
      architecture: reader.choice('architecture', ARCHITECTURE_IDS, DEFAULT_ARCH_CONFIG.architecture),
      inputSize: size === null || size === undefined ? null : isAllowed(size, INPUT_SIZE_RULE) ? size : reader.replace('inputSize', null),
      widthMultiplier: reader.parse('widthMultiplier', (v) => (WIDTH_MULTIPLIERS.find((w) => w === v) ?? null), 1),
    },
    replaced: reader.replaced,
  };
}

export const archSharedToJson = (config: ArchConfig): SharedObject => ({ ...config });

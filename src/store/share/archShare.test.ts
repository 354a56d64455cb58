import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCH_CONFIG, type ArchConfig } from '../arch/archStore';
import { archSharedToJson, readArchShared } from './archShare';

describe('the architectures explorer in a link', () => {
  it('round-trips every architecture, input size and width', () => {
    const configs: ArchConfig[] = [
      DEFAULT_ARCH_CONFIG,
      { architecture: 'mobilenetV2', inputSize: 160, widthMultiplier: 0.5 },
      { architecture: 'lab', inputSize: 28, widthMultiplier: 1 },
      { architecture: 'resnet50', inputSize: null, widthMultiplier: 0.75 },
    ];
    for (const config of configs) {
      const read = readArchShared(JSON.parse(JSON.stringify(archSharedToJson(config))) as Record<string, unknown>);
      expect(read).toEqual({ value: config, replaced: [] });
    }
  });

  it('each unusable field falls back to its default and is named', () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ architecture: 'inception-v9' }, ['architecture']],
      [{ architecture: 'vgg16', inputSize: 4 }, ['inputSize']],
      [{ inputSize: 2000 }, ['inputSize']],
      [{ inputSize: '224' }, ['inputSize']],
      [{ inputSize: 100.5 }, ['inputSize']],
      [{ widthMultiplier: 0.3 }, ['widthMultiplier']],
      [{ architecture: 42, widthMultiplier: 'x' }, ['architecture', 'widthMultiplier']],
    ];
    for (const [source, replaced] of cases) {
      const read = readArchShared(source);
      expect(read.replaced, JSON.stringify(source)).toEqual(replaced);
      expect(read.value.architecture === 'vgg16' || !replaced.includes('architecture')).toBe(true);
      if (replaced.includes('inputSize')) expect(read.value.inputSize).toBeNull();
      if (replaced.includes('widthMultiplier')) expect(read.value.widthMultiplier).toBe(1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { summarizeNetwork, type NetworkSummary } from '../shapes';
import { buildModel } from '../buildModel';
import { PRESETS } from '../presets';
import { ARCHITECTURES, countAsReference, findArchitecture, type ArchitectureId } from './index';
import { makeDivisible } from './mobilenet';
import { compareInceptionModules } from './inceptionComparison';

const summaryOf = (id: ArchitectureId, inputSize?: number, widthMultiplier?: number): NetworkSummary => {
  const info = findArchitecture(id)!;
  return summarizeNetwork(info.build({ inputSize: inputSize ?? info.defaultInputSize, widthMultiplier }));
};
const sideOf = (s: NetworkSummary, name: string) => s.layers.find((l) => l.name === name)!.outputShape;

/**
 * The published figures, written here again so that the index cannot drift from them, and the
 * convention each is counted in: "all" = every stored number (Keras count_params(), batch norm's
 * γ, β, moving mean and variance); "trained" = PyTorch parameters() (running statistics are
 * buffers), compared with totalParams − totalNonTrainableParams.
 */
const PUBLISHED: [ArchitectureId, string, number, 'all' | 'trained'][] = [
  ['lenet5', "tfjs model.countParams() of the lab's preset", 61_706, 'all'],
  ['alexnet', 'torchvision alexnet()', 61_100_840, 'trained'],
  ['vgg16', 'Keras VGG16', 138_357_544, 'all'],
  ['vgg19', 'Keras VGG19', 143_667_240, 'all'],
  ['googlenet', 'torchvision googlenet(aux_logits=False)', 6_624_904, 'trained'],
  ['resnet18', 'torchvision resnet18()', 11_689_512, 'trained'],
  ['resnet34', 'torchvision resnet34()', 21_797_672, 'trained'],
  ['resnet50', 'Keras ResNet50', 25_636_712, 'all'],
  ['mobilenetV1', 'Keras MobileNet(alpha=1)', 4_253_864, 'all'],
  ['mobilenetV2', 'Keras MobileNetV2(alpha=1)', 3_538_984, 'all'],
];

describe('the classic architectures match their published parameter counts exactly', () => {
  it('lists the ten architectures with their display names', () => {
    expect(ARCHITECTURES.map((a) => [a.id, a.name])).toEqual([
      ['lenet5', 'LeNet-5'], ['alexnet', 'AlexNet'], ['vgg16', 'VGG-16'], ['vgg19', 'VGG-19'],
      ['googlenet', 'GoogLeNet (Inception v1)'], ['resnet18', 'ResNet-18'], ['resnet34', 'ResNet-34'],
      ['resnet50', 'ResNet-50'], ['mobilenetV1', 'MobileNet v1'], ['mobilenetV2', 'MobileNet v2'],
    ]);
    expect(ARCHITECTURES.filter((a) => a.widthMultiplier).map((a) => a.id)).toEqual(['mobilenetV1', 'mobilenetV2']);
    expect(findArchitecture('nope')).toBeUndefined();
  });

  it.each(PUBLISHED)('%s equals %s: %i (%s)', (id, _source, published, convention) => {
    const info = findArchitecture(id)!;
    const s = summaryOf(id);
    expect(s.valid).toBe(true);
    expect(s.trainable).toBe(id === 'lenet5');
    const counted = convention === 'all' ? s.totalParams : s.totalParams - s.totalNonTrainableParams;
    expect(counted).toBe(published);
    expect(info.reference.params).toBe(published);
    expect(info.reference.countsNonTrainable).toBe(convention === 'all');
    expect(countAsReference(s, info.reference)).toBe(published);
  });

  it('torchvision ResNet-18: the 9,600 left out are the running mean and variance of 4,800 batch-norm channels', () => {
    const s = summaryOf('resnet18');
    // Stem 64; layer1: 4 BN × 64; layers 2–4: 4 BN + 1 in the downsample, × 128, 256, 512.
    const bnChannels = 64 + 4 * 64 + 5 * 128 + 5 * 256 + 5 * 512;
    expect(s.totalNonTrainableParams).toBe(2 * bnChannels);
    expect(s.totalParams).toBe(11_689_512 + 2 * 4_800);
  });

  it('every architecture builds at its default size without a problem other than "not trainable here"', () => {
    for (const info of ARCHITECTURES) {
      const s = summarizeNetwork(info.build({ inputSize: info.defaultInputSize }));
      expect(s.valid, info.id).toBe(true);
      expect(s.problems.every((p) => ['analysisOnlyLayer', 'tooManyParams', 'tooWideToTrain'].includes(p.problem.code)), info.id).toBe(true);
    }
  });
});

describe('shapes, written out by hand', () => {
  it('VGG-16 at 224×224', () => {
    const s = summaryOf('vgg16');
    expect(s.layers.map((l) => [l.name, l.outputShape])).toEqual([
      ['block1_conv1', [224, 224, 64]], ['block1_conv2', [224, 224, 64]], ['block1_pool', [112, 112, 64]],
      ['block2_conv1', [112, 112, 128]], ['block2_conv2', [112, 112, 128]], ['block2_pool', [56, 56, 128]],
      ['block3_conv1', [56, 56, 256]], ['block3_conv2', [56, 56, 256]], ['block3_conv3', [56, 56, 256]], ['block3_pool', [28, 28, 256]],
      ['block4_conv1', [28, 28, 512]], ['block4_conv2', [28, 28, 512]], ['block4_conv3', [28, 28, 512]], ['block4_pool', [14, 14, 512]],
      ['block5_conv1', [14, 14, 512]], ['block5_conv2', [14, 14, 512]], ['block5_conv3', [14, 14, 512]], ['block5_pool', [7, 7, 512]],
      ['flatten', [25_088]], ['fc1', [4096]], ['fc2', [4096]], ['predictions', [1000]],
    ]);
  });

  it('AlexNet (torchvision padding): 224 → 55 → 27 → 27 → 13 → 13 → 13 → 13 → 6, then 9,216 features', () => {
    const s = summaryOf('alexnet');
    expect(['conv1', 'pool1', 'conv2', 'pool2', 'conv3', 'conv4', 'conv5', 'pool5', 'flatten'].map((n) => sideOf(s, n))).toEqual([
      [55, 55, 64], [27, 27, 64], [27, 27, 192], [13, 13, 192], [13, 13, 384], [13, 13, 256], [13, 13, 256], [6, 6, 256], [9216],
    ]);
    // 55·55 positions × 11·11·3 weights × 64 filters.
    expect(s.layers.find((l) => l.name === 'conv1')!.multiplyAdds).toBe(55 * 55 * 11 * 11 * 3 * 64);
  });

  it('GoogLeNet: 224 → 112 → 56 → 28 → 14 → 7 at the stem and the max pools; modules 3a = 256, 3b = 480, 5b = 1024 channels', () => {
    const s = summaryOf('googlenet');
    expect(['conv1_relu', 'maxpool1', 'conv3_relu', 'maxpool2', 'inception3a_output', 'inception3b_output', 'maxpool3', 'inception4e_output', 'maxpool4', 'inception5b_output'].map((n) => sideOf(s, n))).toEqual([
      [112, 112, 64], [56, 56, 64], [56, 56, 192], [28, 28, 192], [28, 28, 256], [28, 28, 480], [14, 14, 480], [14, 14, 832], [7, 7, 832], [7, 7, 1024],
    ]);
    expect(s.layers.filter((l) => l.type === 'concatenate')).toHaveLength(9);
  });

  it('GoogLeNet at 225 follows PyTorch\'s ceil_mode: 113 → 56 (every window fits: valid), where a \'same\' pool would give 57', () => {
    const s = summaryOf('googlenet', 225);
    expect(['conv1_relu', 'maxpool1', 'maxpool2', 'maxpool3', 'maxpool4'].map((n) => sideOf(s, n)![0])).toEqual([113, 56, 28, 14, 7]);
  });

  it('ResNet-50: 16 residual sums, 4 projection shortcuts, 7×7×2048 before the global pool', () => {
    const s = summaryOf('resnet50');
    expect(s.layers.filter((l) => l.type === 'add')).toHaveLength(3 + 4 + 6 + 3);
    expect(s.layers.filter((l) => /_0_conv$/.test(l.name)).map((l) => l.outputShape)).toEqual([[56, 56, 256], [28, 28, 512], [14, 14, 1024], [7, 7, 2048]]);
    expect(sideOf(s, 'pool1_pool')).toEqual([56, 56, 64]);
    expect(sideOf(s, 'avg_pool')).toEqual([2048]);
  });

  it('MobileNet v2: the first block has no expansion, and 10 blocks (stride 1, same width) add their input', () => {
    const s = summaryOf('mobilenetV2');
    expect(s.layers.some((l) => l.name.startsWith('expanded_conv_expand'))).toBe(false);
    // Repeated blocks of each stage: 24: 1, 32: 2, 64: 3, 96: 2, 160: 2 (16 and 320 have one block).
    expect(s.layers.filter((l) => l.type === 'add')).toHaveLength(1 + 2 + 3 + 2 + 2);
    expect(sideOf(s, 'Conv_1_relu')).toEqual([7, 7, 1280]);
  });
});

describe('other input sizes', () => {
  it('VGG-16 at 160×160: only the first dense layer changes (5·5·512 inputs instead of 7·7·512)', () => {
    // 13 convolutions (3×3, with biases): the 14,714,688 of Keras's VGG16(include_top=False).
    const convs = (3 * 3 * 3 + 1) * 64 + (3 * 3 * 64 + 1) * 64
      + (3 * 3 * 64 + 1) * 128 + (3 * 3 * 128 + 1) * 128
      + (3 * 3 * 128 + 1) * 256 + 2 * (3 * 3 * 256 + 1) * 256
      + (3 * 3 * 256 + 1) * 512 + 2 * (3 * 3 * 512 + 1) * 512
      + 3 * (3 * 3 * 512 + 1) * 512;
    expect(convs).toBe(14_714_688);
    const fc1At160 = 5 * 5 * 512 * 4096 + 4096;
    const rest = (4096 + 1) * 4096 + (4096 + 1) * 1000;
    expect(convs + fc1At160 + rest).toBe(88_025_896);
    const s = summaryOf('vgg16', 160);
    expect(s.valid).toBe(true);
    expect(sideOf(s, 'flatten')).toEqual([12_800]);
    expect(s.totalParams).toBe(88_025_896);
  });

  it('ResNet-50 at 160×160: the same parameters (global pooling), fewer multiply-adds', () => {
    const at224 = summaryOf('resnet50', 224);
    const at160 = summaryOf('resnet50', 160);
    expect(at160.totalParams).toBe(25_636_712);
    // Every feature map shrinks from side 112·2^-k to 80·2^-k, i.e. by (5/7)² in area; the
    // 2048 → 1000 dense layer (2,048,000 multiply-adds) does not.
    const dense = 2048 * 1000;
    expect(at160.totalMultiplyAdds).toBe((at224.totalMultiplyAdds - dense) * 25 / 49 + dense);
    expect(at160.totalMultiplyAdds).toBeLessThan(at224.totalMultiplyAdds);
  });

  it('a too-small input is reported, not thrown: VGG-16 at 16×16 runs out of pixels at the fifth pool', () => {
    let s!: NetworkSummary;
    const spec = findArchitecture('vgg16')!.build({ inputSize: 16 });
    expect(() => { s = summarizeNetwork(spec); }).not.toThrow();
    expect(s.valid).toBe(false);
    expect(s.problems[0]!.layerName).toBe('block5_pool');
    expect(s.problems[0]!.problem).toMatchObject({ code: 'windowTooBig', pool: true, height: 1, width: 1, window: 2 });
  });

  it('no architecture throws at tiny or odd sizes', () => {
    for (const info of ARCHITECTURES) {
      for (const size of [1, 8, 31, 97, 225]) {
        expect(() => summarizeNetwork(info.build({ inputSize: size, widthMultiplier: 0.75 })), `${info.id} at ${size}`).not.toThrow();
      }
    }
    // 31 → 15 → 7 → 3 → 1 → ⌊(1 − 2) / 2⌋ + 1 = 0 at the fifth pool.
    expect(summaryOf('vgg16', 31).valid).toBe(false);
    // Every ResNet-50 window is padded ('same' or zero-padding), so even a 1×1 image is analysable.
    expect(summaryOf('resnet50', 1).valid).toBe(true);
  });

  it('MobileNet v1 keeps Keras\'s shapes on odd sides: its one-sided padding is never read, so a valid window', () => {
    // Keras: 200 → 100 (conv1, same) → 50 → 25 → 12 (pad to 26, valid 3×3/2) → 6.
    const s = summaryOf('mobilenetV1', 200);
    expect(['block1_pw_relu', 'block2_pw_relu', 'block4_pw_relu', 'block6_pw_relu', 'block12_pw_relu'].map((n) => sideOf(s, n)![0])).toEqual([100, 50, 25, 12, 6]);
  });
});

describe('width multiplier α (Keras semantics)', () => {
  it('Keras _make_divisible rounds to the nearest multiple of 8, never more than 10% down', () => {
    expect(makeDivisible(32 * 0.35)).toBe(16);
    expect(makeDivisible(32 * 0.5)).toBe(16);
    expect(makeDivisible(Math.trunc(16 * 0.75))).toBe(16);
    expect(makeDivisible(Math.trunc(96 * 1.3))).toBe(128);
    expect(makeDivisible(1280 * 1.4)).toBe(1792);
  });

  it.each([
    // Keras MobileNet(alpha) = the tfjs-models mobilenet_v1_{alpha}_224 weight manifests (Keras conversions).
    [0.25, 475_544],
    [0.5, 1_342_536],
    [0.75, 2_601_976],
  ])('MobileNet v1 α = %s: %i parameters', (alpha, published) => {
    expect(summaryOf('mobilenetV1', 224, alpha).totalParams).toBe(published);
  });

  it('MobileNet v2 α = 0.5: 1,987,224 parameters (Keras MobileNetV2(alpha=0.5))', () => {
    expect(summaryOf('mobilenetV2', 224, 0.5).totalParams).toBe(1_987_224);
  });

  it('α leaves the other architectures alone', () => {
    expect(summaryOf('vgg16', 224, 0.5).totalParams).toBe(138_357_544);
  });
});

describe('Inception module: naive versus 1×1 bottlenecks', () => {
  it('the course notes\' example: 28×28×256 input; 1×1 128, 3×3 192, 5×5 96, then 64-channel reductions', () => {
    // [#1×1, #3×3 reduce, #3×3, #5×5 reduce, #5×5, pool projection]
    const { naive, bottleneck } = compareInceptionModules({ height: 28, width: 28, channels: 256 }, [128, 64, 192, 64, 96, 64]);
    const positions = 28 * 28;
    // Naive: every convolution reads all 256 channels; the pool keeps them (128 + 192 + 96 + 256).
    const naiveOps = positions * 128 * 1 * 1 * 256 + positions * 192 * 3 * 3 * 256 + positions * 96 * 5 * 5 * 256;
    expect(naiveOps).toBe(854_196_224);
    expect(naive.outputDepth).toBe(672);
    expect(naive.multiplyAdds).toBe(naiveOps);
    // Bottleneck: three 1×1 convolutions to 64 channels (two reductions, the pool projection), the
    // 1×1 to 128, and the 3×3 and 5×5 reading 64 channels.
    const bottleneckOps = 3 * positions * 64 * 256 + positions * 128 * 256 + positions * 192 * 3 * 3 * 64 + positions * 96 * 5 * 5 * 64;
    expect(bottleneckOps).toBe(271_351_808);
    expect(bottleneck.outputDepth).toBe(128 + 192 + 96 + 64);
    expect(bottleneck.multiplyAdds).toBe(bottleneckOps);
    // The notes print "Total: 353M ops" for the second module; the terms they list add up to 271M.
    expect(naive.summary.valid && bottleneck.summary.valid).toBe(true);
  });

  it('the single-branch example: 28×28×192 → 5×5 conv to 32 costs 120M, with a 16-channel 1×1 bottleneck 12.4M', () => {
    const { naive, bottleneck } = compareInceptionModules({ height: 28, width: 28, channels: 192 }, [0, 0, 0, 16, 32, 0]);
    expect(naive.multiplyAdds).toBe(28 * 28 * 32 * 5 * 5 * 192);
    expect(naive.multiplyAdds).toBe(120_422_400);
    expect(bottleneck.multiplyAdds).toBe(28 * 28 * 16 * 192 + 28 * 28 * 32 * 5 * 5 * 16);
    expect(bottleneck.multiplyAdds).toBe(12_443_648);
    expect(bottleneck.outputDepth).toBe(32);
    expect(naive.outputDepth).toBe(32 + 192);
  });
});

describe('LeNet-5 and the lab presets: the arithmetic equals tfjs model.countParams()', () => {
  it('LeNet-5 is the lab preset itself, and its tfjs model has 61,706 parameters', () => {
    const info = findArchitecture('lenet5')!;
    const preset = PRESETS.find((p) => p.id === 'lenet5')!;
    const spec = info.build({ inputSize: info.defaultInputSize });
    expect(spec).toEqual(preset.spec);
    const model = buildModel(spec, 1);
    try {
      expect(model.countParams()).toBe(info.reference.params);
      expect(summarizeNetwork(spec).totalParams).toBe(model.countParams());
    } finally {
      model.dispose();
    }
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('preset %s', (_id, preset) => {
    const summary = summarizeNetwork(preset.spec);
    const model = buildModel(preset.spec, 1);
    try {
      expect(summary.totalParams).toBe(model.countParams());
    } finally {
      model.dispose();
    }
  });
});

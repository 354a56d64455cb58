/** The convolution and pooling explainers' arithmetic: pure, hand-sized, every number computed. */
export * from './volume';
export * from './convGeometry';
export * from './convolution';
export * from './separable';
export * from './weightSharing';
export * from './pooling';
export * from './explainExamples';

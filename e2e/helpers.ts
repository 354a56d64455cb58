import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The origin the app is served from (playwright.config.ts; another port only when running a side copy). */
const APP_ORIGIN = process.env.E2E_APP_ORIGIN ?? 'http://localhost:4173';

/** Collects console errors, uncaught exceptions and any request that leaves the page's origin. */
export function watchPage(page: Page) {
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== APP_ORIGIN) foreignRequests.push(request.url());
  });
  return { errors, foreignRequests };
}

/** The number shown in a readout: "1,234" → 1234, "97.31%" → 97.31, "—" → NaN. */
export async function readNumber(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  return Number(text.replace(/[,%\s]/g, ''));
}

export async function waitUntilTrainable(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 120_000 });
}

export const readout = (page: Page, name: string) => page.getByLabel(name, { exact: true });

/** Presses Train and waits until the step counter has passed `steps` (training goes on). */
export async function trainPastStep(page: Page, steps: number): Promise<void> {
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count')), { timeout: 30_000 }).toBeGreaterThan(steps);
}

/**
 * Runs axe on the page (or the part `include` names) and returns its violations, one line each
 * (rule, impact, first target). The gate heatmaps of a full-size network hold thousands of value
 * cells, which make one scan take minutes; the page scans fold that view away, and the last test of
 * this file scans it whole on a network small enough.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = include ? new AxeBuilder({ page }).include(include) : new AxeBuilder({ page });
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`);
}

export async function choosePreferences(page: Page, locale: 'en' | 'zh-TW', theme: 'light' | 'dark') {
  await page.addInitScript(([l, t]) => {
    if (!localStorage.getItem('cnn-rnn-playground:preferences')) localStorage.setItem('cnn-rnn-playground:preferences', JSON.stringify({ locale: l, theme: t, presentation: false }));
  }, [locale, theme]);
}

/** Latin words the Chinese page may show: names (of data sets, models, optimizers, layers, people) and code. */
export const ALLOWED_LATIN = new Set([
  'MNIST', 'CNN', 'RNN', 'LSTM', 'GRU', 'SimpleRNN', 'Adam', 'SGD', 'Momentum', 'AdaGrad', 'RMSProp', 'WebGL', 'WebAssembly', 'CPU',
  'JavaScript', 'SwiftShader', 'Keras', 'Conv2D', 'MaxPooling2D', 'AveragePooling2D', 'Dense', 'Flatten', 'Dropout', 'Input', 'None', 'ReLU', 'MLP',
  'LeNet', 'Glorot', 'He', 'Nielsen', 'Neural', 'Networks', 'and', 'Deep', 'Learning', 'sigmoid', 'relu', 'tanh', 'softmax', 'linear',
  'valid', 'same', 'Language', 'NaN', 'Esc', 'conv', 'pool', 'dense', 'flatten', 'output', 'rnn', 'summary', 'model', 'max', 'exp', 'log',
  'Auto', 'Gaussian', 'Okabe', 'Ito', 'KaTeX', 'English', 'TensorFlow', 'js', 'Python', 'Colab',
  // Keras class names split by the digits in them (Conv2D, ZeroPadding2D …).
  'Conv', 'MaxPooling', 'AveragePooling', 'GlobalAveragePooling', 'Pooling', 'ZeroPadding', 'Activation',
  // The explainers: names (RGB, Sobel, MobileNet, Keras's LocallyConnected2D), key caps, the data bar's unit, formula subscripts.
  'RGB', 'Sobel', 'MobileNet', 'LocallyConnected', 'Enter', 'Space', 'MB', 'in', 'out',
  // The architectures: model and library names, Keras layer classes, the units of sizes.
  'AlexNet', 'VGG', 'GoogLeNet', 'Inception', 'ResNet', 'MobileNetV', 'ImageNet', 'Applications', 'torchvision', 'alexnet', 'googlenet', 'resnet',
  'countParams', 'count', 'params',
  'DepthwiseConv', 'BatchNormalization', 'Add', 'Concatenate', 'kB', 'GB', 'TB',
]);

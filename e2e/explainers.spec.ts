import { expect, test, type Locator, type Page } from '@playwright/test';
import { ALLOWED_LATIN, axeViolations, choosePreferences, watchPage } from './helpers';

/** The Output table as the user reads it: one array per row, numbers, null for cells not yet computed. */
async function readOutput(page: Page): Promise<(number | null)[][]> {
  const rows = await page.getByRole('table', { name: 'Output', exact: true }).getByRole('row').all();
  const grid: (number | null)[][] = [];
  // The first row holds the column numbers.
  for (const row of rows.slice(1)) {
    const cells = await row.getByRole('cell').allTextContents();
    grid.push(cells.map((text) => (text.trim() === '' ? null : Number(text.trim().replace('−', '-')))));
  }
  return grid;
}

async function type(field: Locator, value: string) {
  await field.fill(value);
  await field.press('Enter');
}

const stepsText = (page: Page) => page.getByRole('group', { name: 'Step controls' }).locator('output');

// The course's 6×6 image under its diagonal filter, worked out by hand from the slide's grid.
const DIAGONAL_STRIDE_1 = [[3, -1, -3, -1], [-3, 1, 0, -3], [-3, -3, 0, 1], [3, -2, -2, -1]];
const DIAGONAL_STRIDE_2 = [[3, -3], [-3, 0]];

test('the course example: step through all 16 positions of the diagonal filter, then stride 2', async ({ page }) => {
  const watched = watchPage(page);
  await page.goto('./#/conv');
  await expect(page.getByRole('link', { name: 'Convolution' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Example')).toHaveValue('courseDiagonal');
  await expect(page.getByLabel('Padding', { exact: true })).toHaveValue('valid');
  expect(await readOutput(page)).toEqual(Array.from({ length: 4 }, () => [null, null, null, null]));

  const forward = page.getByRole('button', { name: 'Step forward' });
  await forward.click();
  await expect(stepsText(page)).toHaveText('1 of 16');
  expect(await readOutput(page)).toEqual([[3, null, null, null], [null, null, null, null], [null, null, null, null], [null, null, null, null]]);
  // The first window: the diagonal of ones meets the diagonal of the kernel.
  await expect(page.getByText('Step 1 of 16: output row 1, column 1')).toBeVisible();
  await expect(page.getByLabel('Input, row 1, column 1')).toHaveClass(/in-window/);
  await expect(page.getByLabel('Input, row 4, column 4')).not.toHaveClass(/in-window/);
  for (let i = 2; i <= 16; i++) {
    await forward.click();
    await expect(stepsText(page)).toHaveText(`${i} of 16`);
  }
  expect(await readOutput(page)).toEqual(DIAGONAL_STRIDE_1);
  await expect(forward).toBeDisabled();
  await expect(page.getByLabel('Input, row 6, column 6')).toHaveClass(/in-window/);

  await type(page.getByLabel('Stride', { exact: true }), '2');
  await expect(page.getByText('Output: 2 × 2')).toBeVisible();
  expect(await readOutput(page)).toEqual(DIAGONAL_STRIDE_2);
  await page.getByRole('button', { name: 'Start over' }).click();
  expect(await readOutput(page)).toEqual([[null, null], [null, null]]);
  await page.getByRole('button', { name: 'Run to end' }).click();
  expect(await readOutput(page)).toEqual(DIAGONAL_STRIDE_2);
  // The size formula with this grid's numbers: ⌊(6 + 0 − 1·2 − 1)/2⌋ + 1 = 2.
  await expect(page.getByRole('region', { name: 'Output size' })).toContainText('= 2');
  expect(watched.errors).toEqual([]);
});

test('padding, dilation, ReLU, the kernel flip and a bad cell, on the convolution screen', async ({ page }) => {
  const watched = watchPage(page);
  await page.goto('./#/conv');
  await page.getByLabel('Padding', { exact: true }).selectOption('same');
  await page.getByRole('button', { name: 'Run to end' }).click();
  const same = await readOutput(page);
  expect(same).toHaveLength(6);
  // "Same" pads one zero on each side of a 3×3 kernel: the corner sees only a 2×2 patch, 1·1 + 0·(−1) + 0·(−1) + 1·1 = 2.
  expect(same[0]![0]).toBe(2);
  // The zero border is drawn around the input: 8 × 8 − 6 × 6 cells.
  await expect(page.getByRole('cell', { name: 'added zero (border)' })).toHaveCount(28);

  await page.getByLabel('Padding', { exact: true }).selectOption('explicit');
  await type(page.getByLabel('Zeros on each side'), '2');
  await expect(page.getByText('Output: 8 × 8')).toBeVisible();
  await type(page.getByLabel('Dilation'), '2');
  // ⌊(6 + 2·2 − 2·(3 − 1) − 1)/1⌋ + 1 = 6
  await expect(page.getByText('Output: 6 × 6')).toBeVisible();
  // Without padding, a 3×3 kernel with dilation 3 spans 7 cells of a 6-cell input: explained, not broken.
  await page.getByLabel('Padding', { exact: true }).selectOption('valid');
  await type(page.getByLabel('Dilation'), '3');
  await expect(page.getByRole('alert')).toContainText('The window covers 7 rows');
  await expect(page.getByRole('table', { name: 'Output', exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Input, row 1, column 1')).toHaveValue('1');
  await type(page.getByLabel('Dilation'), '1');
  await page.getByRole('button', { name: 'Run to end' }).click();
  expect(await readOutput(page)).toEqual(DIAGONAL_STRIDE_1);

  await page.getByLabel('Activation').selectOption('relu');
  expect(await readOutput(page)).toEqual(DIAGONAL_STRIDE_1.map((row) => row.map((v) => Math.max(0, v))));
  await page.getByLabel('Activation').selectOption('none');

  // The course's kernels look the same turned by 180°; one edited weight makes the flip visible.
  await type(page.getByLabel('Kernel, row 1, column 1'), '2');
  await expect(page.getByLabel('Example')).toHaveValue('');
  const correlated = await readOutput(page);
  // Slid as it is, the 2 meets each window's top-left cell: output (1, 2) = −1 + 1·input(1, 2) = −1 + 0.
  expect(correlated[0]![1]).toBe(-1);
  await page.getByLabel('Flip the kernel (true convolution)').check();
  const convolved = await readOutput(page);
  // Turned by 180°, it meets the bottom-right cell instead: −1 + 1·input(3, 4) = −1 + 1.
  expect(convolved[0]![1]).toBe(0);
  await page.getByLabel('Flip the kernel (true convolution)').uncheck();

  // A cell that is not a number is refused with a message and the old value stays.
  const cell = page.getByLabel('Input, row 2, column 2');
  await cell.fill('abc');
  await cell.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“abc” is not a number' })).toBeVisible();
  await cell.press('Escape');
  await expect(cell).toHaveValue('1');
  expect(watched.errors).toEqual([]);
});

// The course feature maps (4 × 4 × 2): the diagonal filter's map above, the vertical-line filter's below.
const VERTICAL_MAP = [[-1, -1, -1, -1], [-1, -1, -2, 1], [-1, -1, -2, 1], [-1, 0, -4, 3]];
/** Pooling written out for the test, 2 × 2 windows with stride 2, over both maps. */
function pooled(kind: 'max' | 'average' | 'l2'): number[][] {
  const summary = (cells: number[]) => (kind === 'max' ? Math.max(...cells)
    : kind === 'average' ? cells.reduce((a, b) => a + b) / cells.length
    : Math.sqrt(cells.reduce((a, b) => a + b * b, 0)));
  return [DIAGONAL_STRIDE_1, VERTICAL_MAP].flatMap((map) => [0, 2].map((r) => [0, 2].map((c) => {
    const value = summary([map[r]![c]!, map[r]![c + 1]!, map[r + 1]![c]!, map[r + 1]![c + 1]!]);
    return Number(value.toFixed(3));
  })));
}

test('pooling the course feature maps: max, average, L2 and global average, window by window', async ({ page }) => {
  const watched = watchPage(page);
  await page.goto('./#/pool');
  await expect(page.getByRole('link', { name: 'Pooling' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Example')).toHaveValue('courseMaps');
  await expect(page.getByLabel('Pooling type')).toHaveValue('max');
  expect(await readOutput(page)).toEqual(pooled('max'));
  expect(pooled('max')).toEqual([[3, 0], [3, 1], [-1, 1], [0, 3]]);
  await page.getByLabel('Pooling type').selectOption('average');
  expect(await readOutput(page)).toEqual(pooled('average'));
  await page.getByLabel('Pooling type').selectOption('l2');
  expect(await readOutput(page)).toEqual(pooled('l2'));
  await page.getByLabel('Pooling type').selectOption('globalAverage');
  // One number per map: −14/16 and −12/16.
  expect(await readOutput(page)).toEqual([[-0.875], [-0.75]]);

  await page.getByLabel('Pooling type').selectOption('max');
  // Choosing an output cell shows its window, its arithmetic and its winner.
  await page.getByRole('button', { name: 'Show the window of output row 2, column 1 (3)' }).first().click();
  await expect(page.getByText('Channel 1, output row 2, column 1')).toBeVisible();
  await expect(page.getByLabel('Input, channel 1, row 4, column 1')).toHaveClass(/in-window/);
  await page.getByRole('button', { name: 'Next window' }).click();
  await expect(page.getByText('Channel 1, output row 2, column 2')).toBeVisible();
  await page.getByRole('button', { name: 'Previous window' }).click();
  await expect(page.getByText('Channel 1, output row 2, column 1')).toBeVisible();

  // Overlapping 3 × 3 windows with stride 1: ⌊(4 − 3)/1⌋ + 1 = 2.
  await type(page.getByLabel('Window size'), '3');
  await type(page.getByLabel('Stride', { exact: true }), '1');
  await expect(page.getByText('Output: 2 × 2 × 2')).toBeVisible();
  expect((await readOutput(page))[0]).toEqual([3, 1]);
  // A window bigger than the map is explained, and nothing is lost.
  await type(page.getByLabel('Window size'), '5');
  await expect(page.getByRole('alert')).toContainText('A 5×5 window does not fit in a 4×4 map');
  await page.getByLabel('Padding', { exact: true }).selectOption('same');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // "Same": ⌈4/1⌉ = 4 outputs per side; windows at the edge use only the real cells.
  await expect(page.getByText('Output: 4 × 4 × 2')).toBeVisible();
  // Top right: rows 1–3, columns 2–4 of the diagonal map are real; their largest value is 1.
  expect((await readOutput(page))[0]).toEqual([3, 3, 3, 1]);
  expect(watched.errors).toEqual([]);
});

test('the translation demo: a one-pixel shift changes more of the convolution output than of the pooled output', async ({ page }) => {
  await page.goto('./#/pool');
  const demo = page.getByRole('region', { name: 'Shift the input by one pixel' });
  for (const direction of ['1 pixel left', '1 pixel down', '1 pixel up']) {
    await demo.getByLabel('Shift', { exact: true }).selectOption({ label: direction });
    const verdict = await demo.getByRole('status').textContent();
    const [conv, pool] = [...(verdict ?? '').matchAll(/(\d+) %/g)].map((m) => Number(m[1]));
    expect(pool, direction).toBeLessThan(conv!);
    await expect(demo.getByRole('img', { name: /^Pooled output: 4 × 4, \d+ cells changed by the shift$/ })).toBeVisible();
  }
  await demo.getByLabel('Shift', { exact: true }).selectOption({ label: 'No shift' });
  await expect(demo.getByText('0 of the', { exact: false }).first()).toBeVisible();
});

test('the depthwise-separable and parameter-sharing counts are the notes’ examples, computed', async ({ page }) => {
  await page.goto('./#/conv');
  const separable = page.getByRole('table', { name: 'Standard versus depthwise-separable convolution' });
  // 6 × 6 × 3 input, 3 × 3 kernels, 5 filters: 4·4·5·27 = 2,160 multiplications against 4·4·3·9 + 4·4·5·3 = 672.
  await expect(separable.getByRole('row', { name: /Standard convolution/ })).toContainText('2,160');
  await expect(separable.getByRole('row', { name: /Depthwise-separable, total/ })).toContainText('672');
  await type(page.getByLabel('Output channels'), '10');
  await expect(separable.getByRole('row', { name: /Standard convolution/ })).toContainText('4,320');

  const sharing = page.getByRole('table', { name: 'Parameters of each way of sharing weights' });
  // 20 maps of 5 × 5 on 28 × 28: 20 · (25 + 1) = 520; 784 · 30 + 30 = 23,550.
  await expect(page.getByText('this convolutional layer has 520 parameters')).toBeVisible();
  await expect(page.getByText('has 23,550')).toBeVisible();
  await expect(sharing.getByRole('row', { name: /^Convolution/ })).toContainText('520');
  await expect(sharing.getByRole('row', { name: /Strided convolution/ })).toContainText('520');
  // Unshared: one 5 × 5 kernel and bias per position and map: 24 · 24 · 20 · 26 = 299,520.
  await expect(sharing.getByRole('row', { name: /Unshared/ })).toContainText('299,520');
  await expect(sharing.getByRole('img', { name: /Tiled convolution: which kernel/ })).toBeVisible();
});

test('the kernel on a real digit and on a drawing, before and after ReLU', async ({ page }) => {
  const watched = watchPage(page);
  await page.goto('./#/conv');
  const digit = page.getByRole('region', { name: 'On a real digit' });
  await expect(digit.getByLabel('Digit', { exact: true })).toBeVisible({ timeout: 120_000 });
  await digit.getByLabel('Digit', { exact: true }).selectOption({ index: 1 });
  await expect(digit.getByRole('img', { name: /^Feature map \(before ReLU\): 26 × 26, values from −\d/ })).toBeVisible();
  await expect(digit.getByRole('img', { name: /^After ReLU: 26 × 26, values from 0 to / })).toBeVisible();
  await type(page.getByLabel('Stride', { exact: true }), '2');
  await expect(digit.getByRole('img', { name: /^After ReLU: 13 × 13/ })).toBeVisible();

  const pad = digit.getByRole('img', { name: 'Drawing pad' });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 30, { steps: 8 });
  await page.mouse.up();
  await expect(digit.getByLabel('Digit', { exact: true })).toHaveValue('drawing');
  await expect(digit.getByRole('img', { name: /^After ReLU: 13 × 13/ })).toBeVisible();
  expect(watched.errors).toEqual([]);
});

test('keyboard only: → steps, Space plays, R starts over; in presentation mode too', async ({ page }) => {
  await page.goto('./#/conv');
  await page.getByRole('heading', { name: 'Convolution', level: 2, exact: true }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(stepsText(page)).toHaveText('3 of 16');
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/presentation/);
  await page.getByLabel('Speed').selectOption({ label: '8 steps per second' });
  await page.getByRole('heading', { name: 'Convolution', level: 2, exact: true }).click();
  await page.keyboard.press(' ');
  await expect(stepsText(page)).toHaveText('16 of 16', { timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.keyboard.press('r');
  await expect(stepsText(page)).toHaveText('0 of 16');
  expect(await readOutput(page)).toEqual(Array.from({ length: 4 }, () => [null, null, null, null]));

  await page.getByRole('link', { name: 'Pooling' }).click();
  await page.getByRole('heading', { name: 'Pooling', level: 2, exact: true }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Channel 1, output row 1, column 2')).toBeVisible();
});

test('share links and reloads keep both explainers exactly as they were', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/conv');
  await page.getByLabel('Example').selectOption('sobelHorizontal');
  await type(page.getByLabel('Stride', { exact: true }), '2');
  await type(page.getByLabel('Input, row 1, column 1'), '7');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  const conv = await readOutput(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const convLink = await page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole('link', { name: 'Pooling' }).click();
  await page.getByLabel('Pooling type').selectOption('l2');
  await type(page.getByLabel('Stride', { exact: true }), '1');
  await type(page.getByLabel('Input, channel 2, row 4, column 4'), '-9');
  const pool = await readOutput(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const poolLink = await page.evaluate(() => navigator.clipboard.readText());

  // A reload keeps the work.
  await page.reload();
  await expect(page.getByLabel('Pooling type')).toHaveValue('l2');
  expect(await readOutput(page)).toEqual(pool);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const watched = watchPage(other);
  await other.goto(convLink);
  await expect(other.getByLabel('Stride', { exact: true })).toHaveValue('2');
  await expect(other.getByLabel('Input, row 1, column 1')).toHaveValue('7');
  await expect(stepsText(other)).toHaveText(/^2 of /);
  expect(await readOutput(other)).toEqual(conv);
  await other.goto(poolLink);
  await expect(other.getByLabel('Pooling type')).toHaveValue('l2');
  await expect(other.getByLabel('Input, channel 2, row 4, column 4')).toHaveValue('−9');
  expect(await readOutput(other)).toEqual(pool);
  expect(watched.errors).toEqual([]);
  await fresh.close();
});

for (const [locale, theme] of [['en', 'light'], ['zh-TW', 'dark']] as const) {
  test(`axe finds nothing on either explainer, mid-step (${locale}, ${theme})`, async ({ page }) => {
    const watched = watchPage(page);
    await choosePreferences(page, locale, theme);
    await page.goto('./#/conv');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.getByRole('heading', { level: 2 }).first().click();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect(await axeViolations(page), 'convolution').toEqual([]);
    await page.goto('./#/pool');
    await page.getByRole('heading', { level: 2 }).first().click();
    await page.keyboard.press('ArrowRight');
    expect(await axeViolations(page), 'pooling').toEqual([]);
    expect(watched.errors).toEqual([]);
  });
}

test('the Traditional Chinese explainers show no English interface text', async ({ page }) => {
  await choosePreferences(page, 'zh-TW', 'light');
  const englishWords = async () => {
    const text = await page.evaluate(() => document.body.innerText);
    return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter((word) => !ALLOWED_LATIN.has(word));
  };
  for (const screen of ['conv', 'pool']) {
    await page.goto(`./#/${screen}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await page.getByRole('heading', { level: 2 }).first().click();
    await page.keyboard.press('ArrowRight');
    for (const button of await page.getByRole('button', { name: '說明' }).all()) await button.click();
    expect(await englishWords(), screen).toEqual([]);
  }
});

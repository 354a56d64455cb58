// The start-up part of `npm run bench`: how long until a student can press Train.
// - cold: a fresh browser profile (no HTTP cache, no remembered backend verdict): Train enabled,
//   and the first training step done after pressing Train at once;
// - repeat: the same profile reloading the page (HTTP cache warm, Auto's verdict remembered).
// Times are from navigation start (performance.now() in the page); medians of `rounds` visits.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation start until Train is enabled, measured in the page. */
async function trainEnabledAt(page) {
  const handle = await page.waitForFunction(() => {
    const train = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Train');
    return train && !train.disabled ? performance.now() : null;
  }, null, { polling: 'raf', timeout: 120_000 });
  return handle.jsonValue();
}

export async function startupBench(browser, base, { rounds }) {
  const cold = [];
  const firstStep = [];
  const repeat = [];
  for (let round = 0; round < rounds; round++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${base}#/cnn`);
    cold.push(await trainEnabledAt(page));
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    const stepped = await page.waitForFunction(() => {
      const step = [...document.querySelectorAll('output')].find((o) => o.getAttribute('aria-labelledby')?.endsWith('readout-step'));
      return step && Number(step.textContent.replace(/,/g, '')) >= 1 ? performance.now() : null;
    }, null, { polling: 'raf', timeout: 120_000 });
    firstStep.push(await stepped.jsonValue());
    await page.getByRole('button', { name: 'Pause' }).click();
    // Let the service worker finish caching before the repeat visit, as a real second visit would.
    await page.waitForTimeout(3000);
    await page.reload();
    repeat.push(await trainEnabledAt(page));
    const reason = await page.locator('.backend-reason').textContent();
    console.log(`visit ${round + 1}: cold Train enabled ${cold.at(-1).toFixed(0)} ms, first step ${firstStep.at(-1).toFixed(0)} ms; repeat Train enabled ${repeat.at(-1).toFixed(0)} ms (${reason.includes('earlier visit') ? 'verdict remembered' : 'trial ran'})`);
    await context.close();
  }
  const result = { coldTrainEnabledMs: median(cold), coldFirstStepMs: median(firstStep), repeatTrainEnabledMs: median(repeat), cold, firstStep, repeat };
  console.log(`start-up medians: cold Train enabled ${result.coldTrainEnabledMs.toFixed(0)} ms, cold first step ${result.coldFirstStepMs.toFixed(0)} ms (goal < 3000), repeat Train enabled ${result.repeatTrainEnabledMs.toFixed(0)} ms (goal < 1500)`);
  return result;
}

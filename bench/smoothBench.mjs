// The smoothness part of `npm run bench`: while a lab trains with its views open, how many frames
// the page draws per second and its longest main-thread task (PerformanceObserver 'longtask'),
// over `seconds` per screen: the CNN lab and the RNN lab with the worker, and the CNN lab with
// ?runner=main (training on the page's own thread).
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function measure(page, seconds) {
  return page.evaluate((ms) => new Promise((resolve) => {
    let frames = 0;
    let longest = 0;
    let over100 = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longest = Math.max(longest, entry.duration);
        if (entry.duration > 100) over100++;
      }
    });
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    const frame = () => {
      frames++;
      if (performance.now() - started < ms) requestAnimationFrame(frame);
      else {
        observer.disconnect();
        resolve({ fps: (frames * 1000) / (performance.now() - started), longestTaskMs: longest, tasksOver100Ms: over100 });
      }
    };
    requestAnimationFrame(frame);
  }), seconds * 1000);
}

export async function smoothBench(context, base, { seconds }) {
  const results = [];
  for (const [name, url] of [['CNN lab (worker)', '#/cnn'], ['RNN lab (worker)', '#/rnn'], ['CNN lab (?runner=main)', '?runner=main#/cnn']]) {
    const page = await context.newPage();
    await page.goto(`${base}${url}`);
    const train = page.getByRole('button', { name: 'Train', exact: true });
    await train.waitFor();
    while (!(await train.isEnabled())) await sleep(250);
    await train.click();
    await sleep(3000);
    const result = { screen: name, ...(await measure(page, seconds)) };
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.close();
    results.push(result);
    console.log(`${name}: ${result.fps.toFixed(1)} fps, longest task ${result.longestTaskMs.toFixed(0)} ms, ${result.tasksOver100Ms} tasks over 100 ms (goal ≥ 55 fps, none over 100 ms)`);
  }
  return results;
}

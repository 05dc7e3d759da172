// Running a batch of balance jobs: in this thread when it is small, else spread over worker
// threads (balance-worker.ts), with a progress bar on stderr. The runs come back in job order,
// so the output never depends on the worker count.
import { Worker } from 'node:worker_threads';
import type { Level } from '../levels/schema';
import { type IndexedJob, type RunDetail, runJob } from './balance-run';

export function progressBar(total: number, enabled: boolean): (n: number) => void {
  let done = 0;
  let last = -1;
  return (n: number) => {
    done += n;
    if (!enabled) return;
    const pct = Math.floor((done / total) * 100);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} games`);
    if (done >= total) process.stderr.write('\n');
  };
}

// Bundled (scripts/bundled-cli.mjs) the worker is JavaScript next to this file. Through tsx
// a worker thread starts without its loader, so it boots by registering tsx, then importing.
const bundled = import.meta.url.endsWith('.js');
const startWorker = (workerData: unknown) =>
  bundled
    ? new Worker(new URL('./balance-worker.js', import.meta.url), { workerData })
    : new Worker(workerBoot, { eval: true, workerData });
const workerBoot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(
  new URL('./balance-worker.ts', import.meta.url).href,
)}); });`;

type Indexed = { index: number; run: RunDetail };

function inWorker(levels: Level[], jobs: IndexedJob[], tick: (n: number) => void): Promise<Indexed[]> {
  return new Promise<Indexed[]>((resolve, reject) => {
    const w = startWorker({ levels, jobs });
    w.on('message', (msg: { progress: number; runs?: Indexed[] }) => {
      tick(msg.progress);
      if (msg.runs) resolve(msg.runs);
    });
    w.on('error', reject);
    w.on('exit', (code) => {
      if (code !== 0) reject(new Error(`balance worker exited with ${code}`));
    });
  });
}

/** Plays every job (job.level indexes `levels`); runs[i] belongs to jobs[i]. */
export async function runBatch(
  levels: Level[],
  jobs: IndexedJob[],
  workers: number,
  tick: (n: number) => void,
): Promise<RunDetail[]> {
  if (workers <= 1 || jobs.length < 40) {
    const runs = jobs.map((job, i) => {
      const r = runJob(levels[job.level] as Level, job);
      if (i % 25 === 24) tick(25);
      return r;
    });
    tick(jobs.length % 25);
    return runs;
  }
  const chunks: IndexedJob[][] = Array.from({ length: workers }, () => []);
  jobs.forEach((job, i) => {
    chunks[i % workers]?.push(job);
  });
  const parts = await Promise.all(chunks.map((chunk) => inWorker(levels, chunk, tick)));
  const out = new Array<RunDetail>(jobs.length);
  for (const { index, run } of parts.flat()) out[index] = run;
  return out;
}

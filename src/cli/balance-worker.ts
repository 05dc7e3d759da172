// A balance worker thread: plays its share of the jobs on the levels it is given and posts
// progress and the runs (each with its job's index) back to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { Level } from '../levels/schema';
import { type IndexedJob, type RunDetail, runJob } from './balance-run';

const { levels, jobs } = workerData as { levels: Level[]; jobs: IndexedJob[] };
const runs: { index: number; run: RunDetail }[] = [];
for (let i = 0; i < jobs.length; i++) {
  const job = jobs[i] as IndexedJob;
  runs.push({ index: job.index, run: runJob(levels[job.level] as Level, job) });
  if (i % 25 === 24) parentPort?.postMessage({ progress: 25 });
}
parentPort?.postMessage({ progress: jobs.length % 25, runs });

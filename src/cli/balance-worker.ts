// A balance worker thread: plays its share of the jobs on the level it is given and posts
// progress and the run records back to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { Level } from '../levels/schema';
import type { RunRecord } from '../sim';
import { type BalanceJob, runJob } from './balance-run';

const { level, jobs } = workerData as { level: Level; jobs: BalanceJob[] };
const runs: RunRecord[] = [];
for (let i = 0; i < jobs.length; i++) {
  runs.push(runJob(level, jobs[i] as BalanceJob));
  if (i % 25 === 24) parentPort?.postMessage({ progress: 25 });
}
parentPort?.postMessage({ progress: jobs.length % 25, runs });

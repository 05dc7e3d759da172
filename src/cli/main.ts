// How every command-line tool ends when something unexpected goes wrong: one line on stderr,
// `error: internal error: …`, and exit status 1 — never a stack trace. Expected problems
// (bad arguments, bad levels) are reported by the tools themselves before this is reached.
export function runMain(main: () => void | Promise<void>): void {
  const fail = (e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`error: internal error: ${message.split('\n')[0]}\n`);
    process.exit(1);
  };
  try {
    const done = main();
    if (done instanceof Promise) done.catch(fail);
  } catch (e) {
    fail(e);
  }
}

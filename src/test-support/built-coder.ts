/**
 * The built coder (dist/), for a server under test whose added articles must be coded on a real thread:
 * under the test runner the sources are TypeScript, which a worker thread cannot load, so the source
 * coder codes on the server's own thread.
 */
import type { StartCoder } from "../server/add-jobs.js";

const BUILT = new URL("../../dist/ingest/coding-thread.js", import.meta.url).href;

/** `startCoder` of dist/ (built by the vitest global setup). */
export async function builtStartCoder(): Promise<StartCoder> {
  const built = (await import(/* @vite-ignore */ BUILT)) as {
    startCoder: StartCoder;
    THREADS_AVAILABLE: boolean;
  };
  if (!built.THREADS_AVAILABLE) throw new Error(`${BUILT} would not code on a thread`);
  return built.startCoder;
}

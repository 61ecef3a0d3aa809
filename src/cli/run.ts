import { describeError } from './describeError.js';

/** Runs a command's work; any failure is printed as the user should read it, with exit code 1. */
export async function run(writes: boolean, work: () => Promise<void> | void): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.error(describeError(error, writes));
    process.exitCode = 1;
  }
}

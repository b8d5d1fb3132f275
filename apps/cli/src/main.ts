import { buildProgram, exitCodeOf } from './program.js';

/** Process entry of `orgscan`. */
async function main(): Promise<void> {
  let exitCode = 0;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    const code = exitCodeOf(error);
    if (code === null) throw error;
    exitCode = code;
  }
  await exit(exitCode);
}

/**
 * Exits once stdout has taken everything: an interrupted scan may leave AWS calls of abandoned accounts in
 * flight, which must not keep the process alive.
 */
async function exit(code: number): Promise<never> {
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}

main().catch(async (error: unknown) => {
  console.error(
    'orgscan failed unexpectedly:',
    error instanceof Error ? (error.stack ?? error.message) : error,
  );
  await exit(70);
});

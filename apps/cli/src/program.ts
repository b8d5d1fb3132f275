import { Command, CommanderError } from 'commander';
import { registerChecksCommand } from './commands/checks-command.js';
import { registerReportCommand } from './commands/report-command.js';
import { registerScanCommand } from './commands/scan-command.js';
import { EXIT, ScanFailedError, UsageError } from './exit-codes.js';
import { cliVersion } from './version.js';

/**
 * The `orgscan` command: scan, checks, report; --help and --version everywhere. Each action returns its
 * exit code; errors become exit codes here — 2 for usage, 3 for a scan that could not run — with one clear
 * line on stderr.
 */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('orgscan');
  const run = async (action: () => Promise<number>) => {
    try {
      setExitCode(await action());
    } catch (error) {
      if (error instanceof UsageError) {
        process.stderr.write(`orgscan: ${error.message}\n`);
        setExitCode(EXIT.usage);
      } else if (error instanceof ScanFailedError) {
        process.stderr.write(`orgscan: the scan could not run. ${error.message}\n`);
        setExitCode(EXIT.scanFailed);
      } else {
        throw error;
      }
    }
  };
  program
    .description('Security posture of every account of an AWS Organization, from one command.')
    .version(cliVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for the options)')
    .exitOverride()
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .addHelpText(
      'after',
      `
Start here:
  $ orgscan scan --demo          scan the built-in simulated organization, print the summary, write the HTML report

Exit codes: 0 ok · 1 --fail-on tripped · 2 usage error · 3 the scan could not run · 130 interrupted (see scan --help)
Docs: docs/cli.md`,
    );
  registerScanCommand(program, run);
  registerChecksCommand(program, run);
  registerReportCommand(program, run);
  for (const command of program.commands) {
    command
      .exitOverride()
      .showHelpAfterError('(run with --help for the options)')
      .helpOption('-h, --help', 'show help');
  }
  return program;
}

/** Commander's own errors: --help and --version exit 0, everything else (unknown option…) is a usage error. */
export function exitCodeOf(error: unknown): number | null {
  if (!(error instanceof CommanderError)) return null;
  if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return EXIT.ok;
  if (error.code === 'commander.executeSubCommandAsync') return error.exitCode;
  return EXIT.usage;
}

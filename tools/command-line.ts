import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Every script reads its command line through here: `--help` (or `-h`) prints the
 * script's usage and exits 0, and an option it does not know gets a Chinese message
 * with the usage instead of a stack trace.
 */
export function parseCommandLine<const T extends ParseArgsConfig>(usage: string, config: T) {
  const args = config.args ?? process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`命令参数有误：${(error as Error).message.replace(/^Unknown option '(.+?)'.*$/s, '不认识的选项 $1')}\n\n${usage}`);
    process.exit(2);
  }
}

/** For scripts that take no options beyond a folder: only `--help` is answered. */
export function answerHelp(usage: string, args = process.argv.slice(2)): void {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
}

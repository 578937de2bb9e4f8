// The `port-policy` command. run() never calls process.exit: it returns the exit code
// (0 clean, 1 error-level findings or unchecked files, 2 usage or configuration error)
// and bin/port-policy.js sets it. Subcommands are imported on demand so that `explain`
// does not load the scanner, YAML or ESLint.

import { didYouMean } from "./config/closest-name.js";

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Standard input, for `port-policy scan -`. */
  stdin?: AsyncIterable<string | Uint8Array>;
}

export type ExitCode = 0 | 1 | 2;

type Command = (args: string[], io: Io) => Promise<ExitCode>;

const COMMANDS: Readonly<Record<string, { summary: string; load: () => Promise<Command> }>> = {
  scan: {
    summary: "check compose, Kubernetes, GitHub Actions, .env and JS/TS files (default: the current directory)",
    load: async () => (await import("./commands/scan.js")).scan,
  },
  explain: {
    summary: "explain a port: its class, IANA names, de-facto users, ephemeral ranges, browser and privilege facts",
    load: async () => (await import("./commands/explain.js")).explain,
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(9)}${command.summary}`);
  return `Usage: port-policy <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nRun "port-policy <command> --help" for a command's options.\n`;
}

export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    const { version } = (await import("./version.js")).packageInfo();
    io.stdout.write(`${version}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`port-policy: unknown command "${name}"${didYouMean(name, Object.keys(COMMANDS))}.\n\n${usage()}`);
    return 2;
  }
  try {
    return await (await command.load())(args, io);
  } catch (error) {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`port-policy: internal error. This is a bug in port-policy; please report it with the output below.\n${stack}\n`);
    return 2;
  }
}

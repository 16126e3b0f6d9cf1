/** What one run of the CLI gave (test/support/run-cli.mjs). */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs?: Record<string, string>;
}

export interface CliRequest {
  args?: string[];
  files?: Record<string, string>;
  binaryFiles?: Record<string, string>;
  collect?: string;
  stdin?: string;
}

export function runCli(entry: string, request?: CliRequest): Promise<CliRun>;

import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface HostProcessOptions {
  /** The repository (holds local/main.ts). */
  root: string;
  port: number;
  dataDir: string;
  exchangeLog: string;
  /** Where the host's own output goes (it is noisy under faults: every refused call is logged). */
  onOutput?: (line: string) => void;
}

const READY = /Campaign Control local host/;
const START_TIMEOUT_MS = 120_000;

/**
 * The local host as a child process (`local/main.ts` on its own port and data dir), so that the harness can
 * SIGKILL it at any moment (no shutdown hook runs) and start it again on the same SQLite files.
 */
export class HostProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  starts = 0;

  constructor(private readonly options: HostProcessOptions) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /**
   * Starts the host and waits until it is ready. Faults are switched on by the caller right after (`/local/faults`):
   * the host's own start-up look-up of the demo campaign is a script that would stop the host on a 429.
   */
  async start(): Promise<void> {
    if (this.child) throw new Error('the host is already running');
    const { root, port, dataDir, exchangeLog } = this.options;
    // `node --import tsx` runs main.ts in this very process: a SIGKILL reaches the host itself, not a wrapper.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve(root, 'local/main.ts'), '--port', String(port), '--data', dataDir, '--exchange-log', exchangeLog],
      {
        cwd: root,
        env: { ...process.env, HOST: '127.0.0.1', CC_FAULTS: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    this.starts += 1;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`the host did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
      let buffered = '';
      const onData = (chunk: Buffer): void => {
        buffered += chunk.toString('utf8');
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          this.options.onOutput?.(line);
          if (READY.test(line)) {
            clearTimeout(timer);
            ready();
          }
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        fail(new Error(`the host exited while starting (code ${code}, signal ${signal})`));
      });
    });
  }

  /** SIGKILL: the process ends at once, in the middle of whatever it was doing. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGKILL');
    await this.exited;
    this.child = undefined;
  }

  /** A clean stop at the end of the run. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000).unref());
    if ((await Promise.race([this.exited.then(() => 'exited' as const), timeout])) === 'timeout') {
      child.kill('SIGKILL');
      await this.exited;
    }
    this.child = undefined;
  }
}

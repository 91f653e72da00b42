import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './processes.js';

/** A private Mailman 3 Core for one test file: its own directory, SQLite database and REST port. */
export interface TestMailman {
  /** REST base address without the API version, e.g. http://127.0.0.1:40123 */
  url: string;
  user: string;
  password: string;
  /** Calls Mailman's REST API 3.1 directly, as an administrator of the list server would. */
  rest(method: string, path: string, form?: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/** Debian's mailman3 package puts Mailman's runner programs here (the `bin_dir` Mailman is told). */
const BIN_DIR = process.env.MAILMAN_BIN_DIR ?? '/usr/lib/mailman3/bin';

function runnerBinary(): string {
  const runner = join(BIN_DIR, 'runner');
  if (!existsSync(runner)) {
    throw new Error(
      `Mailman 3 Core is not installed (no ${runner}), and the mailing tests run against a real one. Install it with ` +
        '`apt-get install --no-install-recommends mailman3` (.ci/run does this before the tests).',
    );
  }
  return runner;
}

/**
 * Starts Mailman 3 Core with SQLite and the null MTA under a fresh temporary directory, on a free
 * port, and waits until its REST API answers. Only Mailman's REST runner is started, as a child of
 * this process: it is the part the application talks to, and without the master and the mail
 * runners (no mail is handled here) it answers in seconds instead of tens of seconds. (`mailman
 * start` would need `--run-as-root` as root; the runner alone does not refuse root.)
 */
export async function startMailman(options: { timeoutMs?: number } = {}): Promise<TestMailman> {
  const runner = runnerBinary();
  const dir = await mkdtemp(join(tmpdir(), 'coalition-mailman-'));
  const port = await freePort();
  const user = 'restadmin';
  const password = `test-${port}`;
  const config = join(dir, 'mailman.cfg');
  await writeFile(
    config,
    [
      '[mailman]',
      'site_owner: owner@lists.test',
      'layout: local',
      '[paths.local]',
      `var_dir: ${join(dir, 'var')}`,
      `bin_dir: ${BIN_DIR}`,
      '[database]',
      'class: mailman.database.sqlite.SQLiteDatabase',
      `url: sqlite:///${join(dir, 'var/data/mailman.db')}`,
      '[webservice]',
      'hostname: 127.0.0.1',
      `port: ${port}`,
      `admin_user: ${user}`,
      `admin_pass: ${password}`,
      // One process answers: SQLite and a test's requests need no more.
      'workers: 1',
      '[mta]',
      'incoming: mailman.mta.null.NullMTA',
      '',
    ].join('\n'),
  );
  const log = await open(join(dir, 'runner.log'), 'w');
  const child = spawn(runner, ['-C', config, '-r', 'rest'], { cwd: dir, stdio: ['ignore', log.fd, log.fd] });
  let exited = false;
  // The web server's worker processes end by themselves when their parent is gone.
  const kill = () => {
    if (!exited) child.kill('SIGKILL');
  };
  // Should the test process end without stopping it, the runner ends with it.
  const killOnExit = () => kill();
  process.once('exit', killOnExit);
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  void exit.then(() => {
    exited = true;
  });
  const logTail = async (): Promise<string> => (await readFile(join(dir, 'runner.log'), 'utf8').catch(() => '')).slice(-2000);

  const url = `http://127.0.0.1:${port}`;
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const rest: TestMailman['rest'] = async (method, path, form) => {
    const response = await fetch(`${url}/3.1${path}`, {
      method,
      headers: { authorization, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      // SIGINT: the web server's quick shutdown (SIGTERM would wait up to 30 s for requests).
      if (!exited) child.kill('SIGINT');
      let timer: NodeJS.Timeout | undefined;
      const ended = await Promise.race([exit.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 20_000)))]);
      clearTimeout(timer);
      if (!ended) {
        kill();
        await exit;
      }
      process.removeListener('exit', killOnExit);
      await log.close();
      await rm(dir, { recursive: true, force: true });
    })());

  const timeoutMs = options.timeoutMs ?? 90_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const up = await rest('GET', '/system/versions').then(
      (response) => response.status === 200,
      () => false,
    );
    if (up) break;
    if (exited || Date.now() > deadline) {
      const tail = await logTail();
      await stop();
      throw new Error(
        exited
          ? `Mailman 3 Core's REST runner exited before answering:\n${tail}`
          : `Mailman 3 Core's REST API did not answer at ${url} within ${timeoutMs} ms:\n${tail}`,
      );
    }
    await sleep(200);
  }
  return { url, user, password, rest, stop };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

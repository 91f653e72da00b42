// `npm test`: the checks in order, cheapest failure first, then the suites. The
// first step that fails stops the run and says which one it was and how to rerun it.
import { spawnSync } from 'node:child_process';

const STEPS = [
  { name: 'build', script: 'build' },
  { name: 'type checks (api, admin-ui, test)', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'formatting', script: 'format:check', hint: 'npm run format rewrites the files it names' },
  { name: 'architecture rules', script: 'check:architecture' },
  { name: 'test suites', script: 'test:all', workspace: 'test' },
];

for (const step of STEPS) {
  const command = ['npm', 'run', step.script, '--silent', ...(step.workspace ? ['--workspace', step.workspace] : [])];
  console.log(`\n▶ ${step.name}: ${command.join(' ')}`);
  const started = Date.now();
  const { status, signal } = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
  if (status !== 0) {
    const hint = step.hint ? ` (${step.hint})` : '';
    console.error(`\n✖ npm test stopped: ${step.name} failed${signal ? ` (${signal})` : ''}; rerun it with \`${command.join(' ')}\`${hint}.`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${step.name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

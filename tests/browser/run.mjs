#!/usr/bin/env node
// The browser checks of the shipped site: every page of a Swedish and an English build is
// loaded in headless Chromium and must pass axe-core's WCAG 2.1 A/AA and 2.2 AA rules, be usable from
// the keyboard, reflow at 320 px and at 200 % zoom without a page-wide horizontal scroll,
// validate in the Nu HTML Checker, load nothing from a third-party host, and hold no path
// of the machine that built it. A synthetic site above the size at which pages are split by
// county gets the same checks on each kind of page, and every one of its pages is held to
// the budget of 300 KB with what it loads.
//
// Run from anywhere: `node tests/browser/run.mjs` (after `npm ci --prefix tests/browser`).
// Needs: cargo, Debian's chromium (/usr/bin/chromium, or CHROMIUM=/path), java (11+).
// It builds the sites itself into a fresh temporary folder and never writes into the repo.
// Its last line is `browser: N passed, N failed`; it exits non-zero on any failure, and
// fails (never skips) when a tool it needs is missing.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DESKTOP = { width: 1280, height: 800 };
const STARTED = Date.now();
const WATCHDOG_MS = 15 * 60 * 1000;

// ---------------------------------------------------------------------------------------
// Results: one line per check, details under a failed one, a closing count.

let passed = 0;
let failed = 0;

function record(name, problems) {
  if (problems.length === 0) {
    passed += 1;
    console.log(`ok      ${name}`);
  } else {
    failed += 1;
    console.log(`FAILED  ${name}`);
    for (const p of problems) console.log(`        - ${String(p).replace(/\n/g, '\n          ')}`);
  }
}

/** Runs one check: it must answer with the list of what it found wrong, empty when nothing
 * is; an answer that is no list (a check that forgot its `return`) fails, never passes. */
async function check(name, fn) {
  try {
    const problems = await fn();
    if (Array.isArray(problems)) record(name, problems);
    else record(name, [`the check answered ${problems === undefined ? 'nothing' : JSON.stringify(problems)}, not the list of what it found: a check must return its problems`]);
  } catch (error) {
    record(name, [`error: ${error && error.stack ? error.stack : error}`]);
  }
}

function finish() {
  const seconds = ((Date.now() - STARTED) / 1000).toFixed(1);
  console.log(`\nbrowser checks took ${seconds} s`);
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

function fatal(lines) {
  console.log('FAILED  the browser checks could not run:');
  for (const line of lines) console.log(`        - ${line}`);
  failed += 1;
  finish();
  process.exit(1);
}

function elapsed() {
  return `${((Date.now() - STARTED) / 1000).toFixed(1)} s`;
}

// ---------------------------------------------------------------------------------------
// What the checks need: fail with what to install, never skip.

const require = createRequire(import.meta.url);

function preflight() {
  const missing = [];
  let playwright = null;
  let axeSource = null;
  let vnuJar = null;
  try {
    playwright = require('playwright-core');
  } catch {
    missing.push('the npm package playwright-core: run `npm ci --prefix tests/browser`');
  }
  try {
    axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    missing.push('the npm package axe-core: run `npm ci --prefix tests/browser`');
  }
  try {
    vnuJar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
    if (!fs.existsSync(vnuJar)) throw new Error('no jar');
  } catch {
    missing.push('the npm package vnu-jar (the Nu HTML Checker): run `npm ci --prefix tests/browser`');
  }
  try {
    fs.accessSync(CHROMIUM, fs.constants.X_OK);
  } catch {
    missing.push(
      `Chromium at ${CHROMIUM}: install Debian's package (\`apt-get update && apt-get install -y chromium\`), ` +
        'or point CHROMIUM= at a Chromium binary',
    );
  }
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const javaVersion = /version "(\d+)(?:\.(\d+))?/.exec(`${java.stderr}${java.stdout}`);
  if (java.error || java.status !== 0 || !javaVersion) {
    missing.push('Java (the Nu HTML Checker runs on it): install a Java runtime 11 or newer, e.g. `apt-get install -y openjdk-17-jre-headless`');
  } else {
    const major = javaVersion[1] === '1' ? Number(javaVersion[2]) : Number(javaVersion[1]);
    if (major < 11) missing.push(`Java ${major} is too old for the Nu HTML Checker: install Java 11 or newer`);
  }
  const cargo = spawnSync('cargo', ['--version'], { encoding: 'utf8' });
  if (cargo.error || cargo.status !== 0) missing.push('cargo (to build the site): install the Rust toolchain');
  if (missing.length > 0) fatal(missing.map((m) => `missing ${m}`));
  return { playwright, axeSource, vnuJar };
}

// ---------------------------------------------------------------------------------------
// The sites: the shipped one in Swedish and the same content as an English site.

const BRAND = [
  'organisation: Example Municipality',
  'logo: logo.svg',
  'colors:',
  '  primary: "#ffcc00"',
  '  accent: "#e4003a"',
  '  background: "#fff6d5"',
].join('\n');
// A wide logo, as municipalities' are (a coat of arms beside the name), at the theme's widest:
// the header must fit it and the site's name beside or under it at 320 px.
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40"><circle cx="20" cy="20" r="18" fill="#1b1b1b"/><rect x="44" y="8" width="112" height="24" fill="#1b1b1b"/></svg>\n';
// Easy-to-read versions (lättläst) of a compact and of the front page, an action plan and an
// earlier version, written into the copies only: the shipped content has none, since no
// source gives their text.
const EASY = {
  'content/eslov/lattlast.md': '---\n---\nEslövs kommun och föreningarna i Eslöv\nhar skrivit en överenskommelse.\n\nDe vill arbeta tillsammans\nunder lång tid.\n',
  'content/lattlast.md': '---\ntitle: Om överenskommelserna\n---\nPå den här webbplatsen\nkan du läsa överenskommelser.\n\nEn överenskommelse är ett avtal\nmellan en kommun och föreningar.\n',
  // An action plan (one action late) and an earlier version whose principle was reworded,
  // so that the plan page and the word-by-word changes are checked too.
  'content/eslov/plan.yaml': '- title: Styrgruppen tillsätts\n  responsible: Eslövs kommun\n  status: done\n  done: "2019-12"\n- title: Ett erfarenhetsutbyte\n  responsible: Eslövs kommun\n  due: "2020-11"\n  status: ongoing\n  text: Alla anslutna organisationer bjuds in.\n- title: En webbsida\n  status: planned\n',
  'content/eslov/versions/2019-06/_index.md': '---\ntitle: Förslaget på remiss\nsummary: Förslaget skickas på remiss.\n---\nFörslaget till överenskommelse.\n',
  'content/eslov/versions/2019-06/principles/mod.md': '---\ntitle: Mod att våga\ntopics: [mod]\n---\nVi vågar pröva nya vägar tillsammans.\n',
};

function replaceOnce(text, from, to, file) {
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}: update tests/browser/run.mjs`);
  return text.split(from).join(to);
}

function buildSites(tmp) {
  const sites = [];
  for (const lang of ['sv', 'en']) {
    const root = path.join(tmp, `site-${lang}`);
    const out = path.join(tmp, `out-${lang}`);
    fs.mkdirSync(root);
    fs.cpSync(path.join(REPO, 'content'), path.join(root, 'content'), { recursive: true });
    for (const [file, text] of Object.entries(EASY)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    let config = fs.readFileSync(path.join(REPO, 'site.yaml'), 'utf8');
    if (lang === 'en') {
      if (!/^language:\s*sv\s*$/m.test(config)) throw new Error('site.yaml has no `language: sv` line to switch');
      // The English site also wears a brand (organisation, logo, a light primary colour that
      // needs dark header text) and a tinted background, so the theme's branded header and
      // the links derived to stay readable on the tint are checked too.
      // Its content stays Swedish, and says so: every Swedish part is marked lang="sv".
      config = config.replace(/^language:\s*sv\s*$/m, `language: en\ncontent_language: sv\n${BRAND}`);
      fs.mkdirSync(path.join(root, 'static'));
      fs.writeFileSync(path.join(root, 'static', 'logo.svg'), LOGO);
      const index = path.join(root, 'content', '_index.md');
      let text = fs.readFileSync(index, 'utf8');
      text = replaceOnce(text, '(jamfor/)', '(compare/)', 'content/_index.md');
      text = replaceOnce(text, '(tidslinje/)', '(timeline/)', 'content/_index.md');
      fs.writeFileSync(index, text);
    }
    fs.writeFileSync(path.join(root, 'site.yaml'), config);
    const run = spawnSync('cargo', ['run', '--quiet', '--', 'build', '--quiet', '--root', root, '--output', out], {
      cwd: REPO,
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      fatal([`building the ${lang} site failed (exit ${run.status}):`, `${run.stdout}${run.stderr}`.trim()]);
    }
    const baseUrl = /^base_url:\s*["']?([^"'\s]+)/m.exec(config)?.[1] ?? 'https://www.example.se/';
    const basePath = new URL(baseUrl).pathname.replace(/\/?$/, '/');
    const files = walk(out);
    sites.push({ lang, root, out, baseUrl, basePath, files, pages: files.filter((f) => f.endsWith('.html')) });
  }
  return sites;
}

/** A synthetic site long enough for the matrix's index of initial letters. */
function buildLong(tmp) {
  const root = path.join(tmp, 'site-long');
  const out = path.join(tmp, 'out-long');
  for (const args of [
    ['run', '--quiet', '--example', 'synth', '--', '--compacts', '40', '--principles', '3', '--out', root],
    ['run', '--quiet', '--', 'build', '--quiet', '--root', root, '--output', out],
  ]) {
    const run = spawnSync('cargo', args, { cwd: REPO, encoding: 'utf8' });
    if (run.status !== 0) fatal([`cargo ${args.join(' ')} failed (exit ${run.status}):`, `${run.stdout}${run.stderr}`.trim()]);
  }
  const config = fs.readFileSync(path.join(root, 'site.yaml'), 'utf8');
  const baseUrl = /^base_url:\s*["']?([^"'\s]+)/m.exec(config)?.[1] ?? 'https://www.example.se/';
  const files = walk(out);
  return { lang: 'long', root, out, baseUrl, basePath: new URL(baseUrl).pathname.replace(/\/?$/, '/'), files, pages: ['jamfor/index.html'] };
}

/** The size above which pages are split by county (`BY_COUNTY_ABOVE` in src/compare/groups.rs). */
const BY_COUNTY_ABOVE = 60;
/** The budget of a page with what it loads, and of the index a search needs, in bytes. */
const BUDGET = 300_000;

/** A synthetic site above the size at which pages are split by county. */
function buildNational(tmp) {
  const root = path.join(tmp, 'site-national');
  const out = path.join(tmp, 'out-national');
  for (const args of [
    ['run', '--quiet', '--example', 'synth', '--', '--compacts', String(BY_COUNTY_ABOVE + 20), '--principles', '4', '--out', root],
    'long list',
    ['run', '--quiet', '--', 'build', '--quiet', '--root', root, '--output', out],
  ]) {
    if (args === 'long list') {
      lengthenList(root);
      continue;
    }
    const run = spawnSync('cargo', args, { cwd: REPO, encoding: 'utf8' });
    if (run.status !== 0) fatal([`cargo ${args.join(' ')} failed (exit ${run.status}):`, `${run.stdout}${run.stderr}`.trim()]);
  }
  const config = fs.readFileSync(path.join(root, 'site.yaml'), 'utf8');
  const baseUrl = /^base_url:\s*["']?([^"'\s]+)/m.exec(config)?.[1] ?? 'https://www.example.se/';
  const files = walk(out);
  const html = files.filter((f) => f.endsWith('.html'));
  if (!files.includes('lan/skane/index.html')) fatal(['the national site has no page for Skåne län: is it above the size?']);
  // One page of each kind, the new ones above all, for the checks that load a page.
  const pages = [
    'index.html',
    'jamfor/index.html',
    'lan/index.html',
    'lan/skane/index.html',
    'lan/utan-lan/index.html',
    'jamfor/dialog/index.html',
    'jamfor/dialog/skane/index.html',
    'tidslinje/index.html',
    'tidslinje/skane/index.html',
    'oversikt/index.html',
    'oversikt/skane/index.html',
    'sok/index.html',
    'data/index.html',
    html.find((f) => f.split('/').length === 2 && !/^(lan|jamfor|tidslinje|oversikt|sok|tillganglighet|data)\//.test(f)),
    html.find((f) => /\/anslutna\/index\.html$/.test(f)),
    html.find((f) => /\/anslutna\/sida-2\/index\.html$/.test(f)),
    html.find((f) => /\/anslutna\/efter-datum\/sida-3\/index\.html$/.test(f)),
    html.find((f) => /\/versioner\/[0-9-]+\/index\.html$/.test(f)),
    html.find((f) => /\/handlingsplan\/index\.html$/.test(f)),
  ];
  return { lang: 'national', root, out, baseUrl, basePath: new URL(baseUrl).pathname.replace(/\/?$/, '/'), files, html, pages };
}

/**
 * Gives the first compact of a synthetic site that has a list of signatories 1,100 more
 * rows, so that its list is split into pages (500 a page) that the checks load too.
 */
function lengthenList(root) {
  const content = path.join(root, 'content');
  const slug = fs.readdirSync(content).sort().find((d) => fs.existsSync(path.join(content, d, 'signatories.csv')));
  if (!slug) fatal(['the national site has no list of signatories to lengthen']);
  const file = path.join(content, slug, 'signatories.csv');
  let rows = '';
  for (let n = 0; n < 1100; n += 1) rows += `Förening ${n} i listan;2020-0${(n % 9) + 1}-01;;;\r\n`;
  fs.appendFileSync(file, rows);
}

/**
 * The stylesheets and scripts a page loads before it is usable, as paths in the output; the
 * 404 page links from the site's own path (`basePath`), as a server shows it anywhere.
 */
function loadedBy(rel, html, basePath) {
  const folder = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
  const found = [];
  for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)"|<script src="([^"]+)"/g)) {
    const link = decodeEntities(m[1] ?? m[2]);
    found.push(link.startsWith(basePath) ? link.slice(basePath.length) : path.posix.normalize(folder + link));
  }
  return found;
}

/**
 * A site as `overens init` makes it, with one compact from `overens new`, and the fragments
 * of the shipped Swedish site with their index page, for pasting into a CMS.
 */
function buildInitAndFragments(tmp, swedish) {
  const root = path.join(tmp, 'site-init');
  const out = path.join(tmp, 'out-init');
  const fragments = path.join(tmp, 'fragments');
  for (const args of [
    ['run', '--quiet', '--', 'init', root, '--organisation', 'Testkommun', '--base-url', 'https://www.testkommun.se/overenskommelsen/'],
    ['run', '--quiet', '--', 'new', 'Testby', '--root', root],
    ['run', '--quiet', '--', 'build', '--quiet', '--root', root, '--output', out],
    ['run', '--quiet', '--', 'build', '--quiet', '--root', swedish.root, '--output', path.join(tmp, 'out-sv-again'), '--fragments', fragments],
  ]) {
    const run = spawnSync('cargo', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (run.status !== 0) fatal([`cargo ${args.join(' ')} failed (exit ${run.status}):`, `${run.stdout}${run.stderr}`.trim()]);
  }
  const files = walk(out);
  const init = { lang: 'init', root, out, basePath: '/overenskommelsen/', files, pages: files.filter((f) => f.endsWith('.html')) };
  const fragmentIndex = { lang: 'fragments', root: fragments, out: fragments, basePath: '/', files: ['index.html'], pages: ['index.html'] };
  return [init, fragmentIndex];
}

function walk(dir, prefix = '') {
  const files = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...walk(dir, rel));
    else files.push(rel);
  }
  return files.sort();
}

// ---------------------------------------------------------------------------------------
// A tiny static server on 127.0.0.1 for each site, at the path of its base_url (the 404 page
// links from the site's root, as a web server shows it at any missing address), with the
// site's 404.html for every address that has no file, as a municipal web server would.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function serve(site) {
  const mount = site.basePath;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '';
    }
    let file = null;
    if (pathname.startsWith(mount)) {
      file = path.join(site.out, ...pathname.slice(mount.length).split('/'));
      if (!file.startsWith(site.out)) file = null;
      else if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    }
    if (!file || !fs.existsSync(file)) {
      const notFound = path.join(site.out, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------
// In the page: helpers that run inside Chromium.

/** Loads a page and reports every request that left the machine or failed. */
async function open(page, url, expectedStatus = 200) {
  const problems = [];
  const local = (u) => u.startsWith('http://127.0.0.1:') || u.startsWith('file:') || u.startsWith('data:') || u.startsWith('about:');
  const onRequest = (r) => {
    if (!local(r.url())) problems.push(`requested a resource from elsewhere: ${r.url()}`);
  };
  const onFailed = (r) => {
    // axe-core reads stylesheets again with XMLHttpRequest, which file:// pages refuse.
    if (r.url().startsWith('file:') && r.resourceType() === 'xhr') return;
    if (local(r.url())) problems.push(`request failed: ${r.url()} (${r.resourceType()}, ${r.failure()?.errorText})`);
  };
  const onResponse = (r) => {
    const expected = r.url() === url ? expectedStatus : 200;
    if (r.url().startsWith('http:') && r.status() !== expected && !r.url().endsWith('/favicon.ico')) {
      problems.push(`HTTP ${r.status()} for ${r.url()}`);
    }
  };
  const onError = (e) => problems.push(`page error: ${e.message}`);
  page.on('request', onRequest);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  page.on('pageerror', onError);
  await page.goto(url, { waitUntil: 'load' });
  const done = () => {
    page.off('request', onRequest);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
    page.off('pageerror', onError);
    return [...new Set(problems)];
  };
  return done;
}

async function runAxe(page, axeSource, label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), message: n.failureSummary })),
      })),
      incomplete: r.incomplete.map((v) => ({
        id: v.id,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${[...n.any, ...n.all, ...n.none].map((c) => c.message).join('; ')}`),
      })),
    };
  }, AXE_TAGS);
  const problems = [];
  for (const v of result.violations) {
    for (const n of v.nodes) {
      problems.push(`${label}: ${v.id} (${v.impact}) at ${n.target}: ${v.help}\n${n.message}`);
    }
  }
  return { problems, incomplete: result.incomplete };
}

/** Tab once from the top of a freshly loaded page: the skip link, visible. */
async function checkSkipLink(page) {
  const problems = [];
  const before = await page.evaluate(() => {
    const a = document.querySelector('a.skip-link, a[href="#main"]');
    if (!a) return null;
    const r = a.getBoundingClientRect();
    return { onScreen: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth };
  });
  if (!before) return ['no skip link (a link to #main)'];
  await page.keyboard.press('Tab');
  const after = await page.evaluate(() => {
    const a = document.activeElement;
    const r = a.getBoundingClientRect();
    const s = getComputedStyle(a);
    return {
      isSkip: a.matches('a.skip-link, a[href="#main"]'),
      focused: a.outerHTML.slice(0, 120),
      visible:
        r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth &&
        s.visibility !== 'hidden' && Number(s.opacity) > 0 && s.clipPath === 'none' && s.clip === 'auto',
    };
  });
  if (!after.isSkip) problems.push(`the first Tab stop is not the skip link but ${after.focused}`);
  else if (!after.visible) problems.push('the skip link does not become visible on focus');
  if (before.onScreen) problems.push('the skip link is visible before it is focused (expected hidden until focused)');
  if (after.isSkip) {
    await page.keyboard.press('Enter');
    const target = await page.evaluate(() => ({ hash: location.hash, active: document.activeElement?.id }));
    if (target.hash !== '#main' || target.active !== 'main') {
      problems.push(`Enter on the skip link should move focus to #main; focus is on #${target.active}, hash ${target.hash}`);
    }
  }
  return problems;
}

/** Tabs through the whole page: every link gets focus, each with a visible outline. */
async function checkTabThrough(page) {
  const links = await page.evaluate(() => {
    const all = [...document.querySelectorAll('a[href], input:not([type="hidden"]), button, select, textarea, [tabindex]:not([tabindex="-1"])')];
    all.forEach((el, i) => el.setAttribute('data-tab-check', String(i)));
    return all.map((el) => el.outerHTML.slice(0, 100));
  });
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  const seen = new Map();
  const problems = [];
  for (let i = 0; i < links.length + 10; i += 1) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      // The colour the focus ring is drawn on: what lies under a point of the ring, above
      // the element (or inside it, for an inset ring), first opaque background up the tree.
      const opaque = (c) => c && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);
      const backgroundOf = (start) => {
        for (let n = start; n; n = n.parentElement) {
          const c = getComputedStyle(n).backgroundColor;
          if (opaque(c)) return c;
        }
        return 'rgb(255, 255, 255)';
      };
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      const offset = parseFloat(s.outlineOffset) || 0;
      const ring = offset + (parseFloat(s.outlineWidth) || 0) / 2;
      let bg = backgroundOf(el);
      if (offset >= 0) {
        const x = r.left + Math.min(r.width / 2, 4);
        const y = r.top - ring;
        const under = document.elementsFromPoint(x, Math.max(0, y)).find((n) => n !== el && !el.contains(n));
        bg = backgroundOf(under ?? el.parentElement);
      }
      return {
        index: el.getAttribute('data-tab-check'),
        html: el.outerHTML.slice(0, 100),
        outlineStyle: s.outlineStyle,
        outlineWidth: parseFloat(s.outlineWidth),
        outlineColor: s.outlineColor,
        background: bg,
      };
    });
    if (!info) break;
    if (info.index === null) {
      problems.push(`Tab reached an element the check did not expect: ${info.html}`);
      continue;
    }
    if (seen.has(info.index)) break;
    seen.set(info.index, info);
    if (info.outlineStyle === 'none' || info.outlineWidth < 2) {
      problems.push(`no visible focus outline (${info.outlineStyle} ${info.outlineWidth}px) on ${info.html}`);
    } else {
      const ratio = contrast(info.outlineColor, info.background);
      if (ratio < 3) {
        problems.push(`focus outline ${info.outlineColor} on ${info.background} has contrast ${ratio.toFixed(2)}:1 (< 3:1) on ${info.html}`);
      }
    }
  }
  links.forEach((html, i) => {
    if (!seen.has(String(i))) problems.push(`not reachable with Tab: ${html}`);
  });
  return { problems, count: links.length };
}

function rgb(text) {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}

function luminance([r, g, b]) {
  const f = (c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

function contrast(a, b) {
  const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** A 1280 px window zoomed to 200 % is 640 CSS px at 2 device px each: no sideways page. */
async function checkZoomed(context, url) {
  const zoomed = await context.newPage();
  try {
    const cdp = await context.newCDPSession(zoomed);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 400, deviceScaleFactor: 2, mobile: false });
    await zoomed.goto(url, { waitUntil: 'load' });
    const problems = (await checkReflow(zoomed, '200 % zoom')).problems;
    const dpr = await zoomed.evaluate(() => ({ dpr: devicePixelRatio, width: document.documentElement.clientWidth }));
    if (dpr.dpr !== 2 || dpr.width > 640) problems.push(`zoom emulation did not apply: ${JSON.stringify(dpr)}`);
    return problems;
  } finally {
    await zoomed.close();
  }
}

/** No page-wide horizontal scroll; what overflows is named to help fix it. */
async function checkReflow(page, label) {
  const r = await page.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const scrollers = [...document.querySelectorAll('*')].filter((el) => {
      const o = getComputedStyle(el).overflowX;
      return (o === 'auto' || o === 'scroll') && el !== doc && el !== document.body;
    });
    const culprits = [];
    if (doc.scrollWidth > width + 1 || document.body.scrollWidth > width + 1) {
      const name = (el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}`;
      for (const el of document.body.querySelectorAll('*')) {
        if (scrollers.some((s) => s !== el && s.contains(el))) continue;
        const rect = el.getBoundingClientRect();
        if (rect.right > width + 1) culprits.push(`${name(el)} (right edge ${Math.round(rect.right)}px)`);
        else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0) {
          culprits.push(`${name(el)} whose content is ${el.scrollWidth}px wide in ${el.clientWidth}px: "${el.textContent.trim().slice(0, 40)}"`);
        }
        if (culprits.length >= 5) break;
      }
    }
    // A region that scrolls on its own must be reachable and named, so keyboard users can scroll it.
    const regions = scrollers
      .filter((s) => s.scrollWidth > s.clientWidth + 1)
      .map((s) => ({
        html: s.outerHTML.slice(0, 100),
        focusable: s.tabIndex >= 0,
        named: Boolean(s.getAttribute('aria-label') || s.getAttribute('aria-labelledby')),
      }));
    return { width, scrollWidth: Math.max(doc.scrollWidth, document.body.scrollWidth), culprits, regions };
  });
  const problems = [];
  if (r.scrollWidth > r.width + 1) {
    problems.push(`${label}: the page scrolls sideways (${r.scrollWidth}px of content in ${r.width}px); overflowing: ${r.culprits.join(', ')}`);
  }
  for (const region of r.regions) {
    if (!region.focusable || !region.named) problems.push(`${label}: a region that scrolls sideways must be focusable and named: ${region.html}`);
  }
  return { problems, regions: r.regions.length };
}

// ---------------------------------------------------------------------------------------
// The Nu HTML Checker, run once over every page of both sites while the browser works.

function startVnu(vnuJar, files) {
  return new Promise((resolve) => {
    const child = spawn('java', ['-Xss1024k', '-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (error) => resolve({ error: String(error) }));
    child.on('close', (code) => {
      try {
        resolve({ code, messages: JSON.parse(out).messages });
      } catch {
        resolve({ error: `vnu exited ${code} without JSON output:\n${out.slice(0, 2000)}` });
      }
    });
  });
}

// ---------------------------------------------------------------------------------------
// The output files: nothing loaded from another host, no path of the build machine.

const RESOURCE_ATTRS = /\b(src|srcset|poster|data|href|xlink:href|background|action|formaction)\s*=\s*\\?(["']?)([^"'\s>\\]*)/gi;
const CSS_URL = /url\(\s*\\?["']?\s*([^"')\s\\]*)/gi;
const CSS_IMPORT = /@import\s+(?:url\()?\s*\\?["']?\s*([^"')\s;\\]*)/gi;
const XML_STYLESHEET = /<\?xml-stylesheet[^>]*href\s*=\s*["']([^"']*)/gi;
const META_REFRESH = /<meta[^>]*http-equiv\s*=\s*["']?refresh[^>]*content\s*=\s*["'][^"']*url\s*=\s*([^"'>\s]*)/gi;

/** Attribute values as the browser reads them: Tera escapes `/` as `&#x2F;`. */
function decodeEntities(text) {
  const named = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', sol: '/', colon: ':', period: '.', nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, e) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[e.toLowerCase()] ?? whole;
  });
}

const LOADING_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'prefetch', 'modulepreload', 'preconnect', 'dns-prefetch', 'prerender', 'import']);

const remote = (url) => /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^\s*file:/i.test(url);

function scanMarkup(raw, siteOrigin) {
  const text = decodeEntities(raw);
  const found = [];
  // Every tag but <a>/<area>: an address in it is something the browser loads (or sends to).
  for (const tag of text.matchAll(/<([a-z][a-z0-9:-]*)\b[^>]*>/gi)) {
    const name = tag[1].toLowerCase();
    if (name === 'a' || name === 'area') continue;
    const rel = /\brel\s*=\s*\\?["']?([^"'>\\]*)/i.exec(tag[0])?.[1]?.toLowerCase() ?? '';
    for (const attr of tag[0].matchAll(RESOURCE_ATTRS)) {
      const values = attr[1].toLowerCase() === 'srcset' ? attr[3].split(',').map((c) => c.trim().split(/\s+/)[0]) : [attr[3]];
      for (const value of values) {
        if (!remote(value)) continue;
        // A <link> to the site's own published address (canonical, alternate, an Atom
        // entry's link) names a document; it loads nothing. Stylesheets, icons and the like
        // are loaded, and must be relative so the site works from any folder.
        const loads = rel.split(/\s+/).some((r) => LOADING_RELS.has(r));
        const ownAddress = name === 'link' && !loads && siteOrigin && new URL(value, siteOrigin).origin === siteOrigin;
        if (!ownAddress) found.push(`<${name} ${attr[1]}="${value}">`);
      }
    }
  }
  return found.concat(scanCss(text));
}

function scanCss(raw) {
  const text = decodeEntities(raw);
  const found = [];
  for (const m of text.matchAll(CSS_URL)) if (remote(m[1])) found.push(`url(${m[1]})`);
  for (const m of text.matchAll(CSS_IMPORT)) if (remote(m[1])) found.push(`@import ${m[1]}`);
  for (const m of text.matchAll(XML_STYLESHEET)) if (remote(m[1])) found.push(`<?xml-stylesheet href="${m[1]}"?>`);
  for (const m of text.matchAll(META_REFRESH)) if (remote(m[1])) found.push(`meta refresh to ${m[1]}`);
  return found;
}

function jsonStrings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonStrings(v, out));
  return out;
}

function scanFile(site, rel, machinePaths) {
  const bytes = fs.readFileSync(path.join(site.out, rel));
  const problems = [];
  for (const p of machinePaths) {
    if (bytes.includes(Buffer.from(p))) problems.push(`contains the build machine's path ${p}`);
  }
  const ext = path.extname(rel).toLowerCase();
  const text = bytes.toString('utf8');
  if (/file:(\/|&#x2F;|&#47;)/i.test(text)) problems.push('contains a file:// address');
  const origin = site.baseUrl ? new URL(site.baseUrl).origin : null;
  let found = [];
  if (ext === '.css') found = scanCss(text);
  else if (ext === '.json') {
    try {
      found = jsonStrings(JSON.parse(text)).flatMap((s) => scanMarkup(s, origin));
    } catch (error) {
      problems.push(`is not valid JSON: ${error.message}`);
    }
  } else if (['.html', '.htm', '.xml', '.svg', '.csv', '.txt', '.webmanifest', '.js'].includes(ext)) {
    found = scanMarkup(text, origin);
  }
  for (const f of found) problems.push(`loads from another host: ${f}`);
  return problems;
}

// ---------------------------------------------------------------------------------------

async function main() {
  const watchdog = setTimeout(() => fatal([`the checks took longer than ${WATCHDOG_MS / 60000} minutes`]), WATCHDOG_MS);
  watchdog.unref();
  const { playwright, axeSource, vnuJar } = preflight();

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'overens-browser-'));
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  process.on('exit', cleanup);
  console.log(`building the Swedish and English sites in ${tmp}`);
  const sites = buildSites(tmp);
  for (const s of sites) console.log(`  ${s.lang}: ${s.pages.length} pages, ${s.files.length} files`);
  const long = buildLong(tmp);
  console.log(`  a synthetic site of 40 compacts, for its matrix`);
  const extra = buildInitAndFragments(tmp, sites[0]);
  console.log(`  a new site from overens init (${extra[0].pages.length} pages), and the fragments' index page`);
  const national = buildNational(tmp);
  console.log(`  a synthetic site of ${BY_COUNTY_ABOVE + 20} compacts, split by county (${national.html.length} pages)`);
  console.log(`built (${elapsed()})`);

  // The validator runs in the background while Chromium works.
  const allPages = [...sites, long, ...extra, national].flatMap((s) => s.pages.map((p) => path.join(s.out, p)));
  const vnu = startVnu(vnuJar, allPages);

  // Output files.
  const machinePaths = [...new Set([tmp, fs.realpathSync(tmp), REPO, fs.realpathSync(REPO)])];
  for (const site of sites) {
    for (const rel of site.files) {
      await check(`${site.lang} ${rel}: no third-party resources, no build paths`, () => scanFile(site, rel, machinePaths));
    }
  }
  await check(`national: none of ${national.files.length} files loads from another host or holds a build path`, () =>
    national.files.flatMap((rel) => scanFile(national, rel, machinePaths).map((p) => `${rel}: ${p}`)));
  // The budget: no page over 300 KB, with the stylesheet and scripts it loads.
  await check(`national: each of ${national.html.length} pages, with what it loads, within ${BUDGET / 1000} KB`, () => {
    const problems = [];
    const size = (rel) => fs.statSync(path.join(national.out, rel)).size;
    let largest = [0, ''];
    for (const rel of national.html) {
      const html = fs.readFileSync(path.join(national.out, rel), 'utf8');
      const needs = size(rel) + loadedBy(rel, html, national.basePath).reduce((sum, f) => sum + size(f), 0);
      if (needs > largest[0]) largest = [needs, rel];
      if (needs > BUDGET) problems.push(`${rel} needs ${needs} bytes with what it loads`);
    }
    console.log(`        (largest: ${largest[1]}, ${largest[0]} bytes with what it loads)`);
    return problems;
  });

  const servers = await Promise.all([...sites, long, ...extra, national].map((site) => serve(site)));
  const userDataDir = fs.mkdtempSync(path.join(tmp, 'chromium-profile-'));
  const context = await playwright.chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: DESKTOP,
    timeout: 60000,
  });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  console.log(`Chromium ${context.browser()?.version() ?? ''} started (${elapsed()})`);

  try {
    for (const [n, site] of sites.entries()) {
      const base = `http://127.0.0.1:${servers[n].address().port}${site.basePath}`;
      const notes = new Map();
      for (const rel of site.pages) {
        const url = `${base}${rel}`;
        await page.setViewportSize(DESKTOP);
        const requests = await open(page, url);
        await check(`${site.lang} ${rel}: Tab from the top reaches the skip link first, visible`, () => checkSkipLink(page));
        await page.goto(url, { waitUntil: 'load' });
        await check(`${site.lang} ${rel}: axe WCAG 2.1 A/AA and 2.2 AA, no violations`, async () => {
          const { problems, incomplete } = await runAxe(page, axeSource, `${site.lang}/${rel}`);
          for (const i of incomplete) for (const n of i.nodes) notes.set(`${i.id} ${n}`, `${i.id} at ${n} (${rel})`);
          return problems;
        });
        await page.setViewportSize({ width: 320, height: 640 });
        await check(`${site.lang} ${rel}: reflows at 320 px without sideways scrolling`, async () => (await checkReflow(page, '320 px')).problems);
        await check(`${site.lang} ${rel}: loads nothing from elsewhere, no failed requests or errors`, async () => requests());
      }
      if (notes.size > 0) {
        console.log(`note: axe could not decide these in ${site.lang} (review by hand):`);
        for (const n of notes.values()) console.log(`        ${n}`);
      }

      // The header on a phone: the logo scaled to fit, the site's name wrapping under it,
      // nothing of either cut off or pushed out of the screen.
      await check(`${site.lang} index.html: at 320 px the header's logo and name fit, whole`, async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(`${base}index.html`, { waitUntil: 'load' });
        const r = await page.evaluate(() => {
          const box = (el) => el && el.getBoundingClientRect();
          const name = document.querySelector('.site-name');
          const logo = document.querySelector('.site-logo');
          return {
            width: document.documentElement.clientWidth,
            name: box(name) && { left: box(name).left, right: box(name).right, clipped: name.scrollWidth > name.clientWidth + 1 },
            logo: logo && { left: box(logo).left, right: box(logo).right, width: box(logo).width, loaded: logo.complete && logo.naturalWidth > 0 },
          };
        });
        const problems = [];
        if (!r.name) return ['the header has no .site-name'];
        if (r.name.left < 0 || r.name.right > r.width + 1) problems.push(`the name runs from ${r.name.left}px to ${r.name.right}px of ${r.width}px`);
        if (r.name.clipped) problems.push('the name is cut off inside its box');
        if (site.lang === 'en') {
          if (!r.logo) problems.push('the branded site shows no logo');
          else {
            if (!r.logo.loaded) problems.push('the logo did not load');
            if (r.logo.right > r.width + 1) problems.push(`the logo reaches ${r.logo.right}px of ${r.width}px`);
            if (r.logo.width < 40) problems.push(`the logo is shrunk to ${r.logo.width}px`);
          }
        }
        return problems;
      });

      // The easy-to-read versions: marked in heading and title, linked from the standard
      // page and back, in both languages.
      const easyWord = site.lang === 'sv' ? 'lattlast' : 'easy-read';
      for (const [standard, easy] of [['eslov/index.html', `eslov/${easyWord}/index.html`], ['index.html', `${easyWord}/index.html`]]) {
        await check(`${site.lang} ${easy}: marked as easy to read, linked from ${standard} and back`, async () => {
          const problems = [];
          if (!site.pages.includes(easy)) return [`${easy} was not built`];
          await page.setViewportSize(DESKTOP);
          await page.goto(`${base}${standard}`, { waitUntil: 'load' });
          const there = await page.evaluate(() => document.querySelector('.easy-link a')?.href ?? null);
          if (!there || !there.endsWith(easy)) problems.push(`${standard} links to ${there}, not ${easy}`);
          const requests = await open(page, `${base}${easy}`);
          const info = await page.evaluate(() => ({
            title: document.title,
            badge: document.querySelector('main h1 .easy-badge')?.textContent ?? '',
            back: document.querySelector('.easy-note a')?.href ?? '',
            lines: document.querySelectorAll('.easy-text br').length,
          }));
          const mark = site.lang === 'sv' ? 'Lättläst' : 'Easy to read';
          if (info.badge !== mark) problems.push(`the heading is not marked "${mark}": "${info.badge}"`);
          if (!info.title.startsWith(`${mark}:`)) problems.push(`the title is not marked: "${info.title}"`);
          if (!info.back.endsWith(standard)) problems.push(`no link back to ${standard}: ${info.back}`);
          if (info.lines < 1) problems.push('the lines of the text were not kept');
          problems.push(...requests());
          return problems;
        });
      }

      // WCAG 3.1.2: on the English site over Swedish content, every Swedish part says so.
      if (site.lang === 'en') {
        await check('en: every Swedish part (texts, principles, titles in lists and the matrix, events) is marked lang="sv"', async () => {
          const problems = [];
          let parts = 0;
          for (const rel of site.pages) {
            await page.goto(`${base}${rel}`, { waitUntil: 'load' });
            const found = await page.evaluate(() => {
              const swedish = [
                'main .prose', '.matrix thead th a', '.matrix tbody td a', '.card-title', '.lead',
                '.events li > span', '.wording h4 a', '.wording summary > span:not(.who)', '.principle h3 a', 'article.compact > h1',
                '.principle-page > h1', '.easy h1 > span:not(.easy-badge)',
              ];
              const all = [...document.querySelectorAll(swedish.join(', '))];
              const english = [...document.querySelectorAll('main h2, .facts dt, caption, .site-nav a')];
              return {
                count: all.length,
                unmarked: all.filter((el) => el.closest('[lang]')?.getAttribute('lang') !== 'sv').map((el) => el.outerHTML.slice(0, 100)),
                misread: english
                  .filter((el) => !el.closest('.prose') && el.closest('[lang]')?.getAttribute('lang') !== 'en')
                  .map((el) => el.outerHTML.slice(0, 100)),
              };
            });
            parts += found.count;
            for (const html of found.unmarked) problems.push(`${rel}: Swedish read as English: ${html}`);
            for (const html of found.misread) problems.push(`${rel}: the theme's English marked otherwise: ${html}`);
          }
          if (parts < 100) problems.push(`only ${parts} Swedish parts found: is the check still looking at the right elements?`);
          return problems;
        });
      }

      // Keyboard: every link on the front page (and the matrix's scroll region) by Tab.
      // Keyboard: every link on the front page, the matrix (and its scroll region) and the
      // timeline (and each event's mark in its chart) by Tab.
      const compare = site.pages.find((p) => /^(jamfor|compare)\/index\.html$/.test(p));
      const timeline = site.pages.find((p) => /^(tidslinje|timeline)\/index\.html$/.test(p));
      for (const rel of ['index.html', compare, timeline]) {
        await check(`${site.lang} ${rel}: every link and focusable region is reached by Tab, with a visible outline`, async () => {
          await page.setViewportSize(DESKTOP);
          await page.goto(`${base}${rel}`, { waitUntil: 'load' });
          const { problems, count } = await checkTabThrough(page);
          if (count < 5) problems.push(`only ${count} links found: is this the right page?`);
          return problems;
        });
      }

      // The matrix and the timeline at 200 % zoom.
      for (const rel of [compare, timeline]) {
        await check(`${site.lang} ${rel}: at 200 % zoom the page does not scroll sideways; the table or chart scrolls in a focusable region`, () =>
          checkZoomed(context, `${base}${rel}`));
      }

      // The timeline drawn: a title and a description, a lane for each compact with its
      // status in words, each event a mark that leads to its entry in the list below.
      await check(`${site.lang} ${timeline}: the chart has a title, a description, one lane per compact, marks that lead to the list`, async () => {
        await page.setViewportSize(DESKTOP);
        await page.goto(`${base}${timeline}`, { waitUntil: 'load' });
        const info = await page.evaluate(() => {
          const svg = document.querySelector('svg.chart');
          if (!svg) return null;
          const name = (id) => document.getElementById(svg.getAttribute(id) ?? '')?.textContent ?? '';
          return {
            title: svg.querySelector('title')?.textContent ?? '',
            labelled: name('aria-labelledby'),
            description: name('aria-describedby'),
            lanes: [...svg.querySelectorAll('g.lane')].map((g) => [g.querySelector('text.name')?.textContent, g.querySelector('text.status')?.textContent]),
            compacts: document.querySelectorAll('.status-table tbody tr').length,
            marks: [...svg.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.querySelector('title')?.textContent ?? '']),
            entries: [...document.querySelectorAll('.events li[id]')].map((li) => li.id),
            inView: svg.getBoundingClientRect().width > 600,
          };
        });
        if (!info) return ['no svg.chart on the timeline'];
        const problems = [];
        if (!info.title || info.labelled !== info.title) problems.push(`the chart is not named by its <title>: ${JSON.stringify(info.title)}`);
        if (info.description.length < 40) problems.push(`the chart's <desc> says too little: ${JSON.stringify(info.description)}`);
        if (info.lanes.length !== 4 || info.lanes.length !== info.compacts) problems.push(`expected one lane per compact (4), found ${info.lanes.length}: ${JSON.stringify(info.lanes)}`);
        if (info.lanes.some(([name, status]) => !name || !status)) problems.push(`a lane without its name or status in words: ${JSON.stringify(info.lanes)}`);
        if (info.marks.length !== info.entries.length) problems.push(`${info.marks.length} marks for ${info.entries.length} events in the list`);
        for (const [href, title] of info.marks) {
          if (!info.entries.includes(href.slice(1))) problems.push(`the mark ${href} leads to no entry`);
          if (!title) problems.push(`the mark ${href} has no name`);
        }
        if (!info.inView) problems.push('the chart is drawn narrower than 600 px at 1280 px');
        return problems;
      });

      await check(`${site.lang} ${compare}: at 320 px the table scrolls with the keyboard inside its region`, async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(`${base}${compare}`, { waitUntil: 'load' });
        const problems = (await checkReflow(page, '320 px')).problems;
        const region = page.locator('.table-scroll').first();
        const info = await region.evaluate((el) => ({
          scrolls: el.scrollWidth > el.clientWidth,
          role: el.getAttribute('role'),
          name: el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby'))?.textContent,
          table: Boolean(el.querySelector('table caption') && el.querySelector('th[scope="col"]') && el.querySelector('th[scope="row"]')),
          captionInView: (() => {
            const caption = el.querySelector('caption')?.getBoundingClientRect();
            const region = el.getBoundingClientRect();
            return Boolean(caption) && caption.left >= region.left - 1 && caption.right <= region.right + 1;
          })(),
        }));
        if (!info.captionInView) problems.push('the caption runs past the edge of its scroll region: it must wrap to what is in view');
        if (!info.table) problems.push('the matrix is no longer a data table with a caption and th scope=col/row');
        if (!info.scrolls) problems.push('expected the matrix to be wider than 320 px and scroll in its region (check the test)');
        if (info.role !== 'region' || !info.name) problems.push(`the scroll region should be role=region named by the caption: ${JSON.stringify(info)}`);
        await region.focus();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        const scrolled = await region
          .evaluate((el) => new Promise((resolve) => {
            const until = Date.now() + 3000;
            const poll = () => (el.scrollLeft > 0 || Date.now() > until ? resolve(el.scrollLeft) : setTimeout(poll, 50));
            poll();
          }));
        if (!(scrolled > 0)) problems.push('ArrowRight in the focused region did not scroll the table');
        return problems;
      });

      // The search page with a query: the theme's script lists the hits, still accessible.
      const search = site.pages.find((p) => /^(sok|search)\/index\.html$/.test(p));
      if (search) {
        await check(`${site.lang} ${search}?q=…: hits are listed and axe passes`, async () => {
          await page.setViewportSize(DESKTOP);
          const requests = await open(page, `${base}${search}?q=${encodeURIComponent('långsiktig')}`);
          await page.waitForFunction(() => document.querySelectorAll('#search-results li a').length > 0);
          const hrefs = await page.locator('#search-results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          const problems = [];
          // The number of hits is said in a status region, which screen readers announce.
          const announced = await page.evaluate(() => {
            const status = document.getElementById('search-status');
            return { role: status?.getAttribute('role'), live: status?.getAttribute('aria-live'), text: status?.textContent ?? '' };
          });
          if (announced.role !== 'status' || announced.live !== 'polite') problems.push(`the hits are not counted in a live status region: ${JSON.stringify(announced)}`);
          const counted = parseInt(announced.text, 10);
          if (!(counted >= hrefs.length && counted > 0)) {
            problems.push(`the status does not say how many hits: ${JSON.stringify(announced.text)} for ${hrefs.length} shown`);
          }
          for (const wanted of ['nationell/langsiktighet/index.html', 'eslov/langsiktighet/index.html']) {
            if (!hrefs.some((h) => h.endsWith(wanted))) problems.push(`"långsiktig" does not find ${wanted}: ${hrefs.join(', ')}`);
          }
          // Typed without the ring, the word finds the same pages, and typing updates the hits.
          await page.fill('#search-query', 'x');
          await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 0);
          await page.fill('#search-query', 'langsiktig');
          await page.waitForFunction(() => document.querySelectorAll('#search-results li a').length > 0);
          const folded = await page.locator('#search-results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          if (!folded.some((h) => h.endsWith('eslov/langsiktighet/index.html'))) problems.push(`"langsiktig" does not find Eslöv's principle: ${folded.join(', ')}`);
          problems.push(...(await runAxe(page, axeSource, `${site.lang}/${search}?q=`)).problems);
          problems.push(...requests());
          return problems;
        });
      }

      // The 404 page as a web server shows it at any missing address, however deep.
      await check(`${site.lang} 404.html at an unknown address: styled, its links work, axe passes`, async () => {
        await page.setViewportSize(DESKTOP);
        const requests = await open(page, `${base}finns/inte/alls.html`, 404);
        const info = await page.evaluate(() => ({
          styled: getComputedStyle(document.querySelector('.skip-link')).position === 'absolute',
          links: [...document.querySelectorAll('a[href]')]
            .filter((a) => !a.getAttribute('href').startsWith('#'))
            .map((a) => a.href)
            .filter((h) => h.startsWith(location.origin)),
        }));
        const problems = info.styled ? [] : ['the stylesheet did not load'];
        for (const href of info.links) {
          const status = (await page.request.get(href.split('#')[0])).status();
          if (status !== 200) problems.push(`link to ${href} gives HTTP ${status}`);
        }
        problems.push(...(await runAxe(page, axeSource, `${site.lang}/404`)).problems);
        problems.push(...requests());
        return problems;
      });

      // Printed: navigation and footer left out, web addresses written after their links,
      // the matrix printed whole rather than cut at a scroll edge.
      const compactPage = site.pages.find((p) => /^nationell\/index\.html$/.test(p));
      await check(`${site.lang} ${compactPage}, ${compare} and ${timeline}: print without navigation, with link addresses, the whole matrix and chart`, async () => {
        const problems = [];
        await page.setViewportSize(DESKTOP);
        await page.emulateMedia({ media: 'print' });
        try {
          await page.goto(`${base}${compactPage}`, { waitUntil: 'load' });
          const printed = await page.evaluate(() => {
            const hidden = (sel) => [...document.querySelectorAll(sel)].every((el) => getComputedStyle(el).display === 'none');
            const external = document.querySelector('.sources a[href^="http"], .prose a[href^="http"]');
            return {
              navHidden: hidden('.site-nav') && hidden('.site-footer') && hidden('.skip-link'),
              after: external ? getComputedStyle(external, '::after').content : null,
              href: external?.getAttribute('href'),
            };
          });
          if (!printed.navHidden) problems.push('navigation, footer or skip link is printed');
          if (!printed.href) problems.push('expected a link to another site on the compact page (check the test)');
          else if (!printed.after?.includes(printed.href)) problems.push(`the printed link does not show its address: ${printed.after}`);
          await page.goto(`${base}${compare}`, { waitUntil: 'load' });
          const overflow = await page.locator('.table-scroll').first().evaluate((el) => {
            const s = getComputedStyle(el);
            return `${s.overflowX} ${s.maxHeight}`;
          });
          if (overflow !== 'visible none') problems.push(`the matrix is printed inside a scroll region (overflow-x, max-height: ${overflow})`);
          await page.goto(`${base}${timeline}`, { waitUntil: 'load' });
          const chart = await page.evaluate(() => {
            const svg = document.querySelector('svg.chart');
            const region = svg?.closest('.chart-scroll');
            return svg && region && {
              overflow: getComputedStyle(region).overflowX,
              fits: svg.getBoundingClientRect().right <= document.documentElement.clientWidth + 1,
            };
          });
          if (!chart) problems.push('no chart on the timeline');
          else if (chart.overflow !== 'visible' || !chart.fits) problems.push(`the chart is not printed whole: ${JSON.stringify(chart)}`);
        } finally {
          await page.emulateMedia({ media: 'screen' });
        }
        return problems;
      });

      // Straight from disk: file:// URLs, links relative, the stylesheet applied.
      const fromDisk = ['index.html', compare, site.pages.find((p) => p.split('/').length === 3)].filter(Boolean);
      for (const rel of fromDisk) {
        await check(`${site.lang} ${rel} from file://: styled, links lead to files that exist, axe passes`, async () => {
          await page.setViewportSize(DESKTOP);
          const fileUrl = pathToFileURL(path.join(site.out, rel)).href;
          const requests = await open(page, fileUrl);
          const info = await page.evaluate(() => ({
            styled: getComputedStyle(document.body).marginTop === '0px' && getComputedStyle(document.querySelector('.skip-link')).position === 'absolute',
            links: [...document.querySelectorAll('a[href]')].map((a) => a.href).filter((h) => h.startsWith('file:')),
          }));
          const problems = [];
          if (!info.styled) problems.push('the stylesheet did not load from disk');
          for (const href of info.links) {
            const target = fileURLToPath(href.split('#')[0]);
            if (!fs.existsSync(target) || fs.statSync(target).isDirectory()) problems.push(`link to a missing file: ${href}`);
          }
          problems.push(...(await runAxe(page, axeSource, `file ${site.lang}/${rel}`)).problems);
          problems.push(...requests());
          return problems;
        });
      }
    }

    // A long matrix, grouped by county: the list of counties is reached by keyboard, passes
    // axe, and each county's link shows its heading below the header row, which stays in view
    // while the table scrolls, as does the compacts' column.
    const longBase = `http://127.0.0.1:${servers[sites.length].address().port}${long.basePath}`;
    await check('long jamfor/index.html: each county in the list leads to its heading, the header row and the first column stay in view, axe passes, reflows at 320 px', async () => {
      await page.setViewportSize(DESKTOP);
      const requests = await open(page, `${longBase}jamfor/index.html`);
      const problems = [...(await runAxe(page, axeSource, 'long/jamfor')).problems];
      const jumps = await page.locator('nav.jump a').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
      if (jumps.length < 5) problems.push(`expected a list of the counties, found ${jumps.length} links`);
      for (const [county, href] of jumps) {
        await page.locator(`nav.jump a[href="${href}"]`).click();
        const seen = await page.evaluate((id) => {
          const heading = document.getElementById(id);
          const header = heading?.closest('table').querySelector('thead').getBoundingClientRect();
          const r = heading?.getBoundingClientRect();
          return heading && { text: heading.textContent, below: r.top >= header.bottom - 1, onScreen: r.top >= 0 && r.bottom <= innerHeight };
        }, href.slice(1));
        if (!seen || !seen.text.startsWith(county)) problems.push(`${county} (${href}) leads to ${JSON.stringify(seen)}`);
        else if (!seen.below || !seen.onScreen) problems.push(`${county}'s heading is hidden under the header row or off screen: ${JSON.stringify(seen)}`);
      }
      const sticky = await page.evaluate(() => {
        const region = document.querySelector('.matrix-scroll');
        region.scrollTop = region.scrollHeight;
        region.scrollLeft = region.scrollWidth;
        const top = region.getBoundingClientRect();
        const header = region.querySelector('thead th:nth-child(3)').getBoundingClientRect();
        const row = [...region.querySelectorAll('tbody th[scope="row"]')].pop().getBoundingClientRect();
        return { scrolled: region.scrollTop > 0, headerAtTop: Math.abs(header.top - top.top) < 2, rowAtLeft: Math.abs(row.left - top.left) < 2 || region.scrollLeft === 0 };
      });
      if (!sticky.scrolled) problems.push('the matrix of 40 compacts does not scroll in its region');
      if (!sticky.headerAtTop) problems.push('the header row does not stay in view when the table scrolls');
      if (!sticky.rowAtLeft) problems.push('the compacts\' column does not stay in view when the table scrolls sideways');
      const fits = await page.evaluate(() => document.querySelector('table.matrix').getBoundingClientRect().right <= document.documentElement.clientWidth);
      if (!fits) problems.push('at 1280 px the matrix does not show every topic column');
      await page.goto(`${longBase}jamfor/index.html`, { waitUntil: 'load' });
      const { problems: tab } = await checkTabThrough(page);
      problems.push(...tab);
      await page.setViewportSize({ width: 320, height: 640 });
      problems.push(...(await checkReflow(page, '320 px')).problems);
      problems.push(...requests());
      return problems;
    });

    // A site split by county: each kind of page passes axe, is reached by Tab from its skip
    // link, reflows at 320 px and at 200 % zoom, and loads nothing from elsewhere; a search
    // loads only the parts of the index its words need.
    const nationalBase = `http://127.0.0.1:${servers[servers.length - 1].address().port}${national.basePath}`;
    for (const rel of national.pages) {
      await check(`national ${rel}: skip link, axe WCAG 2.1 A/AA and 2.2 AA, 320 px, 200 % zoom, nothing from elsewhere`, async () => {
        await page.setViewportSize(DESKTOP);
        const requests = await open(page, `${nationalBase}${rel}`);
        const problems = [...(await checkSkipLink(page))];
        await page.goto(`${nationalBase}${rel}`, { waitUntil: 'load' });
        problems.push(...(await runAxe(page, axeSource, `national/${rel}`)).problems);
        if (/^(lan|tidslinje)\/skane\//.test(rel)) {
          const { problems: tab } = await checkTabThrough(page);
          problems.push(...tab);
        }
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(`${nationalBase}${rel}`, { waitUntil: 'load' });
        problems.push(...(await checkReflow(page, '320 px')).problems);
        problems.push(...(await checkZoomed(context, `${nationalBase}${rel}`)));
        problems.push(...requests());
        return problems;
      });
    }
    await check('national sok/index.html?q=…: a search loads only part of the index, within the budget, and finds its word', async () => {
      await page.setViewportSize(DESKTOP);
      const index = national.files.filter((f) => f.startsWith('search-index/'));
      const total = index.reduce((sum, f) => sum + fs.statSync(path.join(national.out, f)).size, 0);
      let requested = 0;
      const loaded = [];
      const onResponse = async (response) => {
        const url = response.url();
        if (!url.includes('/search-index/')) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        requested += body.length;
        loaded.push(url.split('/search-index/')[1]);
      };
      page.on('response', onResponse);
      try {
        const requests = await open(page, `${nationalBase}sok/index.html?q=${encodeURIComponent('långsiktig')}`);
        await page.waitForFunction(() => document.querySelectorAll('#search-results li a').length > 0);
        await page.waitForTimeout(200);
        const problems = [...requests()];
        const titles = await page.locator('#search-results li a').allTextContents();
        if (!titles.some((t) => /långsiktig/i.test(t))) problems.push(`"långsiktig" finds no title with the word: ${titles.slice(0, 5).join(', ')}`);
        if (!loaded.includes('la.js')) problems.push(`the part of "la" was not loaded: ${loaded.join(', ')}`);
        if (loaded.some((f) => /^[a-z0-9]{2}\.js$/.test(f) && f !== 'la.js')) problems.push(`parts other than "la" were loaded: ${loaded.join(', ')}`);
        if (!(requested < total / 4)) problems.push(`the search loaded ${requested} of the index's ${total} bytes`);
        if (requested > BUDGET) problems.push(`the first results needed ${requested} bytes of the index`);
        console.log(`        (the search loaded ${requested} of ${total} bytes of the index, in ${loaded.length} files)`);
        return problems;
      } finally {
        page.off('response', onResponse);
      }
    });

    // Readers' tasks on a phone, each in at most three clicks: Skåne's compacts with a
    // principle on independence; what changed between two versions of a compact; more hits
    // of a search than the first 50.
    await check('national, phone: Skåne\'s compacts with a principle on independence in at most three clicks', async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      const requests = await open(page, `${nationalBase}index.html`);
      const problems = [];
      await page.locator('a[href$="sok/index.html"]:visible').first().click(); // 1
      await page.waitForLoadState('load');
      await page.fill('#search-query', 'oberoende skåne');
      await page.waitForFunction(() => document.querySelectorAll('#search-results li a').length > 0);
      const first = await page.locator('#search-results li a').first().getAttribute('href');
      if (!/jamfor\/sjalvstandighet-och-oberoende\/skane\/index\.html$/.test(first)) problems.push(`the first hit is not the topic's page for Skåne: ${first}`);
      await page.locator('#search-results li a').first().click(); // 2
      await page.waitForLoadState('load');
      const seen = await page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent ?? '',
        listed: document.querySelectorAll('ul.topic-index li').length,
        texts: document.querySelectorAll('.wording details, .wording .same-text').length,
        listTop: document.querySelector('ul.topic-index')?.getBoundingClientRect().top ?? Infinity,
      }));
      if (!/Skåne/.test(seen.h1)) problems.push(`the page reached is not Skåne's: ${seen.h1}`);
      if (seen.listed === 0 || seen.texts < seen.listed) problems.push(`the compacts are not listed with their texts below: ${JSON.stringify(seen)}`);
      if (seen.listTop > 640 * 2) problems.push(`the list of compacts starts ${seen.listTop} px down`);
      // A text opens where it is (3), and a "same text" link leads to one on the page.
      const summary = page.locator('.wording details summary').first();
      await summary.click(); // 3
      if (!(await page.locator('.wording details').first().evaluate((d) => d.open))) problems.push('a text does not open when its summary is clicked');
      const same = await page.locator('.same-text a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const href of same) {
        if ((await page.locator(href).count()) !== 1) problems.push(`"Samma text som" leads nowhere: ${href}`);
      }
      problems.push(...(await runAxe(page, axeSource, 'national/topic on a phone')).problems);
      problems.push(...requests());
      return problems;
    });
    const versioned = national.html.find((f) => /\/versioner\/[0-9-]+\/index\.html$/.test(f));
    if (versioned) {
      await check('national, phone: what changed between two versions of a compact, in at most three clicks, before anything else', async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        const slug = versioned.split('/')[0];
        const requests = await open(page, `${nationalBase}${slug}/index.html`);
        const problems = [];
        await page.locator('main a[href$="versioner/index.html"]').first().click(); // 1
        await page.waitForLoadState('load');
        await page.locator('main a[href*="/versioner/"][href$="/index.html"]').first().click(); // 2
        await page.waitForLoadState('load');
        const seen = await page.evaluate(() => {
          const summary = document.querySelector('.diff-summary');
          const facts = document.getElementById('facts-heading');
          return {
            summary: summary?.textContent ?? '',
            top: summary?.getBoundingClientRect().top ?? Infinity,
            beforeFacts: Boolean(summary && facts && (summary.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING)),
            glued: [...document.querySelectorAll('.diff del')].filter((del) => del.nextSibling?.nodeName === 'INS').length,
          };
        });
        if (!seen.summary) problems.push('the version page does not say what changed');
        if (seen.top > 640) problems.push(`what changed is ${seen.top} px down, below the first screen`);
        if (!seen.beforeFacts) problems.push('what changed does not come before the facts and the text');
        if (seen.glued > 0) problems.push(`${seen.glued} added words are glued to the removed words before them`);
        problems.push(...(await runAxe(page, axeSource, 'national/version on a phone')).problems);
        problems.push(...requests());
        return problems;
      });
    }
    await check('national sok/index.html?q=…: "Visar 1–50 av N" and 50 more on request, focus on the first new hit', async () => {
      await page.setViewportSize(DESKTOP);
      const requests = await open(page, `${nationalBase}sok/index.html?q=${encodeURIComponent('vi')}`);
      await page.waitForFunction(() => document.querySelectorAll('#search-results li a').length > 0);
      const problems = [];
      const status = await page.textContent('#search-status');
      const total = Number((/av ([\d\s\u00a0]+) träffar/.exec(status)?.[1] ?? '0').replace(/\D/g, ''));
      if (!/^Visar 1–50 av /.test(status) || !(total > 50)) problems.push(`the status does not say which hits of how many: ${status}`);
      const before = await page.locator('#search-results li').count();
      await page.click('.search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
      const after = await page.locator('#search-results li').count();
      if (after !== Math.min(100, total)) problems.push(`after "more" ${after} hits are shown of ${total}`);
      const focused = await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[50]);
      if (!focused) problems.push('the focus is not on the first new hit');
      problems.push(...(await runAxe(page, axeSource, 'national/sok with more')).problems);
      problems.push(...requests());
      return problems;
    });

    // Finding a compact on a phone: the header leaves the screen to the page (at most an
    // eighth of its height; a branded header with a logo at 320 px, a sixth), and the front
    // page's finder leads to a compact in at most two taps, each link within the first two
    // screens: on the shipped site its name, on a site split by county its county, then its
    // name at the top of the county's page.
    for (const [n, site] of sites.entries()) {
      const base = `http://127.0.0.1:${servers[n].address().port}${site.basePath}`;
      await check(`${site.lang} index.html and a compact's page: on a phone the header takes at most an eighth of the screen`, async () => {
        const problems = [];
        for (const rel of ['index.html', 'eslov/index.html']) {
          for (const [width, height] of [[320, 640], [360, 740], [400, 800]]) {
            await page.setViewportSize({ width, height });
            await page.goto(`${base}${rel}`, { waitUntil: 'load' });
            const header = await page.evaluate(() => document.querySelector('.site-header').getBoundingClientRect().height);
            const share = site.lang === 'en' && width === 320 ? 6 : 8;
            if (header > height / share + 1) problems.push(`${rel} at ${width}×${height}: the header is ${Math.round(header)} px high, more than 1/${share} of the screen`);
          }
        }
        return problems;
      });
    }
    /** At 320 × 640, follows the link `selector` whose text starts with `name`, once it is seen
     * within the first two screens; answers the problems found. */
    const tapOnPhone = async (selector, name) => {
      const found = await page.evaluate(([css, start]) => {
        const link = [...document.querySelectorAll(css)].find((a) => a.textContent.trim().startsWith(start));
        if (!link) return null;
        link.setAttribute('data-tap', '');
        return { top: link.getBoundingClientRect().top + scrollY, screen: innerHeight, href: link.href };
      }, [selector, name]);
      if (!found) return [`${page.url()}: no ${selector} link named ${name}`];
      if (found.top > 2 * found.screen) return [`${page.url()}: ${name} is ${Math.round(found.top)} px down, more than two screens`];
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('[data-tap]').click()]);
      return page.url() === found.href ? [] : [`${name} led to ${page.url()}, not ${found.href}`];
    };
    await check('sv index.html at 320 px: a compact is one tap from the front page, its name within two screens', async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`http://127.0.0.1:${servers[0].address().port}${sites[0].basePath}index.html`, { waitUntil: 'load' });
      const problems = await tapOnPhone('.finder-list a', 'Eslöv');
      const h1 = await page.locator('h1').first().textContent();
      if (!/Eslöv/.test(h1 ?? '')) problems.push(`the tap led to "${h1}", not Eslöv's compact`);
      return problems;
    });
    await check('national index.html at 320 px: a compact in Skåne is two taps from the front page (its county, its name), each within two screens', async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${nationalBase}index.html`, { waitUntil: 'load' });
      const problems = await tapOnPhone('.finder .county-list a', 'Skåne');
      if (problems.length > 0) return problems;
      const first = await page.locator('.finder-list a.finder-name').first().textContent();
      problems.push(...(await tapOnPhone('.finder-list a.finder-name', first?.trim() ?? '?')));
      if (!(await page.locator('article.compact').count())) problems.push(`the second tap led to ${page.url()}, not a compact's page`);
      return problems;
    });

    // Is Eslöv's follow-up on time? One click from the front page, its tag in the first
    // screen of the compact's page; from the overview, its overdue list leads to the fact.
    await check('sv index.html: whether a compact\'s follow-up is on time is one click away, in the first screen', async () => {
      const base = `http://127.0.0.1:${servers[0].address().port}${sites[0].basePath}`;
      const problems = [];
      for (const [width, height] of [[1280, 800], [320, 640]]) {
        await page.setViewportSize({ width, height });
        await page.goto(`${base}index.html`, { waitUntil: 'load' });
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('.finder-list a', { hasText: 'Eslöv' }).click()]);
        const tag = await page.evaluate(() => {
          const el = document.querySelector('#followup-fact .status');
          return el && { text: el.textContent, top: el.getBoundingClientRect().top + scrollY };
        });
        if (!tag) problems.push(`${width} px: Eslöv's page has no follow-up tag`);
        else {
          if (tag.text !== 'Försenad') problems.push(`${width} px: Eslöv's follow-up is tagged "${tag.text}", not Försenad`);
          // On a phone the facts come after the title and summary: within two screens.
          if (tag.top > (width > 400 ? 1 : 2) * height) problems.push(`${width} px: the tag is ${Math.round(tag.top)} px down`);
        }
      }
      await page.setViewportSize(DESKTOP);
      await page.goto(`${base}oversikt/index.html`, { waitUntil: 'load' });
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('#overdue a', { hasText: 'Eslöv' }).click()]);
      const landed = await page.evaluate(() => {
        const fact = document.getElementById('followup-fact');
        const r = fact?.getBoundingClientRect();
        return { hash: location.hash, inView: Boolean(r && r.top >= 0 && r.bottom <= innerHeight) };
      });
      if (landed.hash !== '#followup-fact' || !landed.inView) problems.push(`the overview's overdue link lands at ${JSON.stringify(landed)}`);
      return problems;
    });

    // The timeline on a phone: the state of things first, then a chart drawn at the
    // screen's width, its text at a size to read; no chart in a sideways scroll box.
    for (const [n, site] of sites.entries()) {
      const rel = site.pages.find((p) => /^(tidslinje|timeline)\/index\.html$/.test(p));
      await check(`${site.lang} ${rel} at 320 px: the state table first, then a chart that fits, its text at 12 px or more`, async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(`http://127.0.0.1:${servers[n].address().port}${site.basePath}${rel}`, { waitUntil: 'load' });
        const r = await page.evaluate(() => {
          const shown = [...document.querySelectorAll('svg.chart')].filter((svg) => svg.getBoundingClientRect().width > 0);
          const table = document.querySelector('.status-table');
          return {
            charts: shown.length,
            width: shown[0]?.getBoundingClientRect().width,
            right: shown[0]?.getBoundingClientRect().right,
            screen: document.documentElement.clientWidth,
            scrolls: shown[0] ? shown[0].parentElement.scrollWidth > shown[0].parentElement.clientWidth + 1 : null,
            smallest: shown[0] ? Math.min(...[...shown[0].querySelectorAll('text')].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0)) : 0,
            tableFirst: Boolean(table && shown[0] && table.getBoundingClientRect().top < shown[0].getBoundingClientRect().top),
          };
        });
        const problems = [];
        if (r.charts !== 1) return [`${r.charts} charts shown, expected one`];
        if (r.right > r.screen + 1) problems.push(`the chart reaches ${r.right}px of ${r.screen}px`);
        if (r.scrolls) problems.push('the chart scrolls sideways in its box');
        if (r.smallest < 12) problems.push(`the chart's smallest text is ${r.smallest.toFixed(1)} px high`);
        if (!r.tableFirst) problems.push('the state table does not come before the chart');
        return problems;
      });
    }

    // A printout says where it comes from, and a page reckoned from the day says the day;
    // on screen the line is not shown.
    await check('sv eslov/index.html: printed, it says its address and the day of its facts; on screen it does not', async () => {
      const base = `http://127.0.0.1:${servers[0].address().port}${sites[0].basePath}`;
      await page.setViewportSize(DESKTOP);
      await page.goto(`${base}eslov/index.html`, { waitUntil: 'load' });
      const problems = [];
      const onScreen = await page.evaluate(() => getComputedStyle(document.querySelector('.print-only')).display);
      if (onScreen !== 'none') problems.push(`the print line shows on screen (${onScreen})`);
      await page.emulateMedia({ media: 'print' });
      try {
        const printed = await page.evaluate(() => {
          const note = document.querySelector('.print-only');
          return { display: getComputedStyle(note).display, text: note.textContent.trim() };
        });
        if (printed.display === 'none') problems.push('the print line is not printed');
        if (!/^Utskrift av https:\/\/\S+\/eslov\/, uppgifterna gäller \d+ \S+ \d{4}$/.test(printed.text)) problems.push(`the print line says "${printed.text}"`);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
      return problems;
    });

    // A site fresh from overens init, and the fragments' index page: every page passes axe,
    // reflows at 320 px, loads nothing from elsewhere, and is reached through by Tab.
    for (const [i, site] of extra.entries()) {
      const base = `http://127.0.0.1:${servers[sites.length + 1 + i].address().port}${site.basePath}`;
      for (const rel of site.pages) {
        await check(`${site.lang} ${rel}: axe WCAG 2.1 A/AA and 2.2 AA, 320 px, Tab, nothing from elsewhere`, async () => {
          await page.setViewportSize(DESKTOP);
          const requests = await open(page, `${base}${rel}`);
          const problems = [...(await runAxe(page, axeSource, `${site.lang}/${rel}`)).problems];
          if (rel === 'index.html') {
            const { problems: tab } = await checkTabThrough(page);
            problems.push(...tab);
            await page.goto(`${base}${rel}`, { waitUntil: 'load' });
          }
          if (site.lang === 'init') problems.push(...(await checkSkipLink(page)));
          await page.setViewportSize({ width: 320, height: 640 });
          problems.push(...(await checkReflow(page, '320 px')).problems);
          problems.push(...requests());
          return problems;
        });
      }
    }
    await check('fragments index.html: lists each fragment with its page, and each fragment file exists', async () => {
      const fragments = extra[1];
      const html = fs.readFileSync(path.join(fragments.out, 'index.html'), 'utf8');
      const problems = [];
      for (const file of ['eslov.html', 'eslov_langsiktighet.html', 'jamfor_dialog.html', '_startsida.html']) {
        if (!html.includes(`href="${file}"`)) problems.push(`the index does not list ${file}`);
        if (!fs.existsSync(path.join(fragments.out, file))) problems.push(`${file} is listed but missing`);
      }
      if (fs.existsSync(path.join(fragments.out, 'sok.html'))) problems.push('the search page has a fragment, whose form cannot work');
      return problems;
    });
  } finally {
    await context.close();
    servers.forEach((server) => server.close());
  }

  // The validator's verdict, page by page.
  const result = await vnu;
  if (result.error) {
    record('the Nu HTML Checker ran', [result.error]);
  } else {
    const byFile = new Map();
    for (const m of result.messages) {
      if (m.type === 'non-document-error') {
        byFile.set('(checker)', [...(byFile.get('(checker)') ?? []), m.message]);
        continue;
      }
      if (m.type !== 'error') continue;
      const file = fileURLToPath(m.url);
      const where = `line ${m.lastLine}${m.firstColumn ? `, column ${m.firstColumn}` : ''}`;
      byFile.set(file, [...(byFile.get(file) ?? []), `${where}: ${m.message}${m.extract ? `\n${m.extract.trim()}` : ''}`]);
    }
    if (byFile.has('(checker)')) record('the Nu HTML Checker ran', byFile.get('(checker)'));
    for (const site of [...sites, long, ...extra, national]) {
      for (const rel of site.pages) {
        record(`${site.lang} ${rel}: valid HTML (Nu HTML Checker)`, byFile.get(path.join(site.out, rel)) ?? []);
      }
    }
  }
  finish();
}

main().catch((error) => fatal([error && error.stack ? error.stack : String(error)]));

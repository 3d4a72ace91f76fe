// The timeline's targets of issue 16, in process (bundled by esbuild into dist/bench/timeline.js,
// since it drives the TypeScript service): on a generated 1,000-phase plan, the chart is drawn
// (model + SVG, the plan already analysed as in the editor) in under a second, and redrawn after an
// edit in under 100 ms. Also the first draw including the plan's analysis, for information.
//   node dist/bench/timeline.mjs [--phases 1000] [--edits 10]
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, renderTimelineSvg } from '../server/src/service/index.ts';
import { planText } from './gen-plan.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const phases = option('--phases', 1000);
const edits = option('--edits', 10);

const workspace = { readFile: async () => ({ refused: { key: 'io.reason.ENOENT' } }), findConfig: async () => undefined, listFiles: async () => [] };
const service = createLanguageService({ workspace, locale: 'fr', today: () => '2027-03-01' });
const uri = 'file:///bench/timeline.rollout.yaml';
const text = planText(phases, 42);
const draw = doc => renderTimelineSvg(service.timeline(doc), { zoom: 'fit', theme: 'vscode', t: service.translate, locale: 'fr', width: 1400 });
const time = run => { const t0 = performance.now(); const out = run(); return { ms: performance.now() - t0, out }; };
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const first = time(() => draw(TextDocument.create(uri, 'rollout-plan', 1, text)));
const warm = [];
for (let i = 0; i < 5; i++) warm.push(time(() => draw(TextDocument.create(uri, 'rollout-plan', 1, text))).ms);
// an edit as a person makes it: one phase's end date moves. In the editor the server checks the
// edit (diagnostics) before the webview asks for the timeline, so the redraw reuses that analysis;
// the whole path (check + redraw) is shown too.
const dates = [...text.matchAll(/^ {4}end: (\d{4}-\d{2}-\d{2})$/gm)];
const edited = [];
const whole = [];
for (let i = 0; i < edits; i++) {
  const m = dates[Math.floor((i + 0.5) * dates.length / edits)];
  const day = String(10 + i).padStart(2, '0');
  const doc = TextDocument.create(uri, 'rollout-plan', 2 + i, text.slice(0, m.index) + `    end: ${m[1].slice(0, 8)}${day}` + text.slice(m.index + m[0].length));
  const t0 = performance.now();
  await service.diagnostics(doc);
  edited.push(time(() => draw(doc)).ms);
  whole.push(performance.now() - t0);
}

const verdict = (ms, target) => `${ms <= target ? 'PASS' : 'FAIL'} ${ms.toFixed(0)} ms (≤ ${target} ms)`;
console.log(`### Timeline of issue 16: ${phases} phases, ${text.split('\n').length} lines, SVG of ${(first.out.length / 1e6).toFixed(1)} MB`);
console.log('');
console.log('| measure | result |');
console.log('|---|---|');
console.log(`| draw (model + SVG), plan already analysed, median of 5 | ${verdict(median(warm), 1000)} |`);
console.log(`| redraw after an edit (one end date moved; the edit already checked, as in the editor), median of ${edits} | ${verdict(median(edited), 100)} |`);
console.log(`| (for information) the edit checked and the chart redrawn, median | ${median(whole).toFixed(0)} ms |`);
console.log(`| (for information) first draw, the plan's analysis included | ${first.ms.toFixed(0)} ms |`);

// Mermaid's own parser over a `gantt` block, for the tests: `mermaidParses` for any block (every
// example's, once the timeline builder lands), `mermaidGantt` for what a reader would see drawn.
// Mermaid passes titles through DOMPurify, which needs a DOM: jsdom gives it one, set before
// mermaid is loaded (DOMPurify looks for `window` when it is imported).
import type { Mermaid } from 'mermaid' with { 'resolution-mode': 'import' };

let loading: Promise<Mermaid> | undefined;

function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('');
    Object.assign(globalThis, { window, document: window.document });
    return (await import('mermaid')).default;
  })();
  return loading;
}

/** One row as Mermaid draws it: its text as shown (entity codes decoded), its day(s), its tags. */
export interface GanttRow {
  section: string;
  text: string;
  id: string;
  start: string;
  /** the last day the bar covers (a milestone: its day) */
  lastDay: string;
  tags: string[];
}

export interface ParsedGantt {
  title: string;
  accTitle: string;
  sections: string[];
  rows: GanttRow[];
}

/** The parts of Mermaid's gantt database the tests read (mermaid/src/diagrams/gantt/ganttDb.js). */
interface GanttDb {
  getDiagramTitle(): string;
  getAccTitle(): string;
  getSections(): string[];
  getTasks(): { section: string; task: string; id: string; startTime: Date; endTime: Date; active?: boolean; done?: boolean; crit?: boolean; milestone?: boolean }[];
}

const TAGS = ['active', 'done', 'crit', 'milestone'] as const;
const DAY = 86_400_000;

/** Parses `text` as Mermaid does, computes every row's dates as its renderer does, and says what it drew. */
export async function mermaidGantt(text: string): Promise<ParsedGantt> {
  const mermaid = await loadMermaid();
  const type = await mermaid.parse(text); // throws on a syntax error
  if (!type || type.diagramType !== 'gantt') throw new Error(`not a gantt block: ${JSON.stringify(type)}`);
  const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as unknown as GanttDb;
  const tasks = db.getTasks(); // throws on a date Mermaid cannot read
  const parsed: ParsedGantt = {
    title: shown(db.getDiagramTitle()),
    accTitle: shown(db.getAccTitle()),
    sections: db.getSections().map(shown),
    rows: tasks.map(task => ({
      section: shown(task.section),
      text: shown(task.task).trim(),
      id: task.id,
      start: day(task.startTime),
      lastDay: day(task.milestone ? task.startTime : new Date(task.endTime.getTime() - DAY)),
      tags: TAGS.filter(tag => task[tag]),
    })),
  };
  assertNothingSwallowed(text, parsed);
  return parsed;
}

/** Fails unless Mermaid's parser reads `text` as a gantt block with every row and section it holds. */
export async function mermaidParses(text: string): Promise<void> {
  await mermaidGantt(text);
}

/**
 * Mermaid reports no error for a row its lexer reads as something else (a comment, a section, a
 * setting): the row vanishes. So count the lines written as sections and as rows against what it read.
 */
function assertNothingSwallowed(text: string, parsed: ParsedGantt): void {
  const lines = text.split('\n').map(l => l.trim()).filter(Boolean);
  const sections = lines.filter(l => l.startsWith('section ')).length;
  const rows = lines.filter(l => !/^(section|title|accTitle|dateFormat|axisFormat)\b/.test(l) && / :/.test(l)).length;
  if (parsed.sections.length !== sections || parsed.rows.length !== rows) {
    throw new Error(`Mermaid read ${parsed.sections.length} sections and ${parsed.rows.length} rows, the block writes ${sections} and ${rows}:\n${text}`);
  }
}

/** What the reader sees: Mermaid's entity placeholders decoded as its renderer does, then as HTML. */
function shown(text: string): string {
  const html = text.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';'); // mermaid's decodeEntities
  const area = (globalThis as any).document.createElement('textarea');
  area.innerHTML = html;
  return area.value;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Mermaid reads dates in local time (dayjs): so are they read back. */
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

// --format text: one line per diagnostic, `path:line:col  severity  message  code`, grouped by
// file (a blank line between files), then a summary line. ANSI colours only when asked for.
import { severityLabel, summary } from './messages';
import { countAll, messageText, oneBased, severityName, type CheckRun, type SeverityName } from './results';

const SGR = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', cyan: '\x1b[36m', gray: '\x1b[90m' };
const SEVERITY_COLOR: Record<SeverityName, string> = { error: SGR.red, warning: SGR.yellow, information: SGR.cyan, hint: SGR.gray };

export function formatText(run: CheckRun, options: { color: boolean }): string {
  const paint = (style: string, text: string) => (options.color ? `${style}${text}${SGR.reset}` : text);
  const groups: string[] = [];
  for (const result of run.results) {
    if (result.diagnostics.length === 0) continue;
    const rows = result.diagnostics.map(d => {
      const { line, column } = oneBased(d.range.start);
      const severity = severityName(d.severity);
      return { where: `${result.display}:${line}:${column}`, severity, label: severityLabel(run.locale, severity), message: messageText(d).replace(/\s*\n\s*/g, ' '), code: String(d.code ?? '') };
    });
    const whereWidth = Math.max(...rows.map(r => r.where.length));
    const labelWidth = Math.max(...rows.map(r => r.label.length));
    groups.push(rows.map(r =>
      `${r.where.padEnd(whereWidth)}  ${paint(SEVERITY_COLOR[r.severity], r.label.padEnd(labelWidth))}  ${r.message}  ${paint(SGR.gray, r.code)}`,
    ).join('\n'));
  }
  const counts = countAll(run.results);
  const style = counts.error ? SGR.bold + SGR.red : counts.warning ? SGR.bold + SGR.yellow : SGR.green;
  const last = paint(style, summary(run.locale, counts));
  return [...groups, last].join('\n\n') + '\n';
}

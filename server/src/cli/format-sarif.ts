// --format sarif: SARIF 2.1.0 as GitHub code scanning takes it. One rule per check code (id = the
// code, descriptions in the run's language from the message catalog, help link to the checks
// reference, default level), one result per diagnostic with its ruleId, level and a 1-based region,
// artifact URIs relative to the working folder (%SRCROOT%), and the run's I/O and config problems as
// notifications.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { CHECK_CODES, docsLink, type CheckCode, type Severity } from '../service';
import { translator, type Translate } from '../service';
import { pathOfUri } from '../node/config-search';
import { messageText, severityName, type CheckRun, type Notice } from './results';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const pascal = (code: string) => code.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());

function rule(code: CheckCode, t: Translate) {
  const short = t(`rule.${code}`);
  const full = `${short} ${t('rule.default', { severity: CHECK_CODES[code] })}`;
  const link = docsLink(code);
  return {
    id: code,
    name: pascal(code),
    shortDescription: { text: short },
    fullDescription: { text: full },
    helpUri: link,
    help: { text: `${full} ${link}`, markdown: `${full}\n\n[${code}](${link})` },
    defaultConfiguration: { level: LEVEL[CHECK_CODES[code]] },
  };
}

/** A relative, percent-encoded URI with forward slashes; files outside the working folder get an absolute file URI. */
function artifactLocation(cwd: string, file: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(cwd, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

const region = (r: Range) => ({
  startLine: r.start.line + 1,
  startColumn: r.start.character + 1,
  endLine: r.end.line + 1,
  endColumn: r.end.character + 1,
});

export function toSarif(run: CheckRun) {
  const codes = Object.keys(CHECK_CODES) as CheckCode[];
  const t = translator(run.locale);
  const ruleIndex = new Map(codes.map((code, i) => [code as string, i]));
  const fileOfUri = new Map(run.results.map(r => [r.uri, r.file]));
  const artifactIndex = new Map(run.results.map((r, i) => [r.file, i]));
  const located = (file: string) => ({ ...artifactLocation(run.cwd, file), index: artifactIndex.get(file) });

  const result = (file: string, d: Diagnostic) => {
    const code = String(d.code ?? '');
    return {
      ruleId: code,
      ...(ruleIndex.has(code) ? { ruleIndex: ruleIndex.get(code) } : {}),
      level: LEVEL[severityName(d.severity)],
      message: { text: messageText(d) },
      locations: [{ physicalLocation: { artifactLocation: located(file), region: region(d.range) } }],
      ...(d.relatedInformation?.length ? {
        relatedLocations: d.relatedInformation.map((rel, id) => ({
          id,
          message: { text: rel.message },
          physicalLocation: { artifactLocation: located(fileOfUri.get(rel.location.uri) ?? pathOfUri(rel.location.uri) ?? file), region: region(rel.location.range) },
        })),
      } : {}),
    };
  };

  const notification = (n: Notice) => ({
    level: 'error' as const,
    message: { text: n.message },
    ...(n.file ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(run.cwd, n.file) } }] } : {}),
  });

  const cwdUri = pathToFileURL(run.cwd).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'rollout-plan',
          version: run.version,
          semanticVersion: run.version,
          informationUri: docsLink('schema').replace(/#.*$/, ''),
          rules: codes.map(code => rule(code, t)),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: cwdUri.endsWith('/') ? cwdUri : `${cwdUri}/` } },
      artifacts: run.results.map(r => ({ location: artifactLocation(run.cwd, r.file), mimeType: 'application/yaml' })),
      results: run.results.flatMap(r => r.diagnostics.map(d => result(r.file, d))),
      columnKind: 'utf16CodeUnits',
      language: run.locale,
      invocations: [{
        executionSuccessful: run.notices.length === 0,
        toolExecutionNotifications: run.notices.filter(n => n.kind === 'io').map(notification),
        toolConfigurationNotifications: run.notices.filter(n => n.kind === 'config').map(notification),
      }],
    }],
  };
}

export const formatSarif = (run: CheckRun): string => JSON.stringify(toSarif(run), null, 2) + '\n';

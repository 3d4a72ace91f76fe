// The "Rollout Readiness" tree: plan → phases → checklist items (native checkboxes), exit
// criteria, risks, waves; a gate's verdict with its reasons; a "Missing owners" node per plan.
// Node ids are built from plan URIs and plan ids/keys, so a refresh keeps what is expanded.
// The words for the plan's values (phase types and states, statuses, severities, decisions) come
// with the server's snapshot, in the server's language; only the view's own chrome is translated here.
import * as vscode from 'vscode';
import type {
  CriterionView, ItemView, MissingOwnerView, PhaseState, PhaseView, PlanSnapshot, ProgrammeOverview, RiskView, WaveView,
} from '../../../server/src/protocol';
import type { PlanStore } from './plans';
import { programmeDescription, programmeLabel, programmeRows, type ProgrammeRow } from './programme-nodes';

export type Filter = 'all' | 'open' | 'missingOwners';

interface Base {
  id: string;
  uri: string;
  parent?: TreeNode;
}

export type TreeNode = Base & (
  | { type: 'plan'; plan: PlanSnapshot }
  | { type: 'phase'; phase: PhaseView }
  | { type: 'item'; item: ItemView }
  | { type: 'criterion'; criterion: CriterionView }
  | { type: 'risk'; risk: RiskView }
  | { type: 'wave'; wave: WaveView }
  | { type: 'verdict'; phase: PhaseView }
  | { type: 'reason'; message: string; line?: number }
  | { type: 'missingOwners'; entries: MissingOwnerView[] }
  | { type: 'missingOwner'; entry: MissingOwnerView }
  | { type: 'programme'; programme: ProgrammeOverview }
  | { type: 'programmeRow'; row: ProgrammeRow }
);

/** A node as getChildren describes it, before it gets its place (full id, plan, parent). */
type NodeData = TreeNode extends infer N ? N extends TreeNode ? Omit<N, 'uri' | 'parent'> : never : never;

/** The scheme of the URIs that carry a node's state to the decoration provider (colour, badge). */
export const DECORATION_SCHEME = 'rollout-readiness';
export const OPEN_LOCATION_COMMAND = 'rolloutPlans.openLocation';

const TYPE_ICONS: Record<string, string> = {
  'definition': 'compass', 'planning': 'calendar', 'pilot': 'beaker', 'gate': 'law', 'go-live': 'rocket',
  'scale-up': 'layers', 'generalization': 'globe', 'run': 'gear',
};
const STATE_COLORS: Record<PhaseState, string | undefined> = {
  'done': 'testing.iconPassed', 'in-progress': 'charts.blue', 'blocked': 'list.errorForeground', 'not-started': undefined,
};

export function percent(done: number, total: number): string {
  return vscode.l10n.t('{0}%', total === 0 ? 0 : Math.round((done / total) * 100));
}

export function progressText(done: number, total: number): string {
  return vscode.l10n.t('{0}/{1} · {2}', done, total, percent(done, total));
}

/** The URI that carries a node's state to the decoration provider; `tooltip`: the state in words, from the snapshot. */
const decoration = (state: string, tooltip?: string) => vscode.Uri.from({ scheme: DECORATION_SCHEME, path: `/${state}`, query: tooltip ?? '' });

export class ReadinessTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  private readonly subscription: vscode.Disposable;
  private filterValue: Filter = 'all';
  readonly onDidChangeTreeData = this.changed.event;

  constructor(readonly store: PlanStore) {
    this.subscription = store.onDidChange(() => this.changed.fire(undefined));
  }

  get filter(): Filter {
    return this.filterValue;
  }

  set filter(filter: Filter) {
    this.filterValue = filter;
    void vscode.commands.executeCommand('setContext', 'rolloutPlans.filter', filter);
    this.changed.fire(undefined);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      // each programme above the plans, with its roll-up; the plans stay where they were
      return [
        ...this.store.programmes().map((programme): TreeNode => ({ type: 'programme', id: `programme:${programme.uri}`, uri: programme.uri, programme })),
        ...this.store.all().map((plan): TreeNode => ({ type: 'plan', id: plan.uri, uri: plan.uri, plan })),
      ];
    }
    // ids must be unique among siblings even in a plan that repeats an id (a duplicate-id problem)
    const used = new Map<string, number>();
    const child = (n: NodeData): TreeNode => {
      const seen = used.get(n.id) ?? 0;
      used.set(n.id, seen + 1);
      return { ...n, id: `${node.id}|${n.id}${seen ? `~${seen}` : ''}`, uri: node.uri, parent: node } as TreeNode;
    };
    const open = this.filterValue === 'open';
    switch (node.type) {
      case 'plan': {
        const missing = child({ type: 'missingOwners', id: 'missing', entries: node.plan.missingOwners });
        if (this.filterValue === 'missingOwners') return [missing];
        const phases = node.plan.phases.filter(p => !open || p.state !== 'done').map(phase => child({ type: 'phase', id: `phase:${phase.key}`, phase }));
        return [...phases, missing];
      }
      case 'phase': {
        const { phase } = node;
        return [
          ...(phase.gate ? [child({ type: 'verdict', id: 'verdict', phase })] : []),
          ...phase.items.filter(i => !open || !i.done).map(item => child({ type: 'item', id: `item:${item.key}`, item })),
          ...phase.criteria.filter(c => !open || c.status !== 'met').map(criterion => child({ type: 'criterion', id: `criterion:${criterion.id}`, criterion })),
          ...phase.risks.filter(r => !open || (r.status ?? 'open') === 'open').map(risk => child({ type: 'risk', id: `risk:${risk.key}`, risk })),
          ...phase.waves.map(wave => child({ type: 'wave', id: `wave:${wave.key}`, wave })),
        ];
      }
      case 'wave':
        return [
          ...node.wave.items.filter(i => !open || !i.done).map(item => child({ type: 'item', id: `item:${item.key}`, item })),
          ...node.wave.criteria.filter(c => !open || c.status !== 'met').map(criterion => child({ type: 'criterion', id: `criterion:${criterion.id}`, criterion })),
        ];
      case 'verdict': {
        const { reasons, moreReasons } = node.phase.gate!;
        return [
          ...reasons.map((r, i) => child({ type: 'reason', id: `reason:${i}`, message: r.message, line: r.line })),
          // the reasons past the cap are left out, and said to be
          ...moreReasons ? [child({ type: 'reason', id: 'reason:more', message: moreReasons })] : [],
        ];
      }
      case 'missingOwners':
        return node.entries.map(entry => child({ type: 'missingOwner', id: `${entry.kind}:${entry.line}`, entry }));
      case 'programme':
        return programmeRows(node.programme).map(row => child({ type: 'programmeRow', id: row.label, row }));
      case 'programmeRow':
        return (node.row.rows ?? []).map(row => child({ type: 'programmeRow', id: row.label, row }));
      default:
        return [];
    }
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  /** The node of a phase (for the code lens's "reveal in tree"), as getChildren builds it. */
  phaseNode(uri: string, key: string): TreeNode | undefined {
    const plan = this.getChildren().find(n => n.uri === uri);
    return plan && this.getChildren(plan).find(n => n.type === 'phase' && n.phase.key === key);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const item = this.describe(node);
    item.id = node.id;
    const line = lineOf(node);
    if (line !== undefined) {
      item.command = { title: vscode.l10n.t('Go to line'), command: OPEN_LOCATION_COMMAND, arguments: [node.uri, line] };
    }
    return item;
  }

  private describe(node: TreeNode): vscode.TreeItem {
    const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
    switch (node.type) {
      case 'programme': {
        const item = new vscode.TreeItem(programmeLabel(node.programme), Collapsed);
        item.description = programmeDescription(node.programme);
        item.tooltip = `${programmeLabel(node.programme)}\n${item.description}`;
        item.iconPath = new vscode.ThemeIcon('organization');
        item.contextValue = 'programme';
        item.command = { title: vscode.l10n.t('Go to line'), command: OPEN_LOCATION_COMMAND, arguments: [node.uri, 0] };
        return item;
      }
      case 'programmeRow': {
        const item = new vscode.TreeItem(node.row.label, node.row.rows ? Expanded : None);
        item.description = node.row.description;
        item.iconPath = new vscode.ThemeIcon(node.row.icon);
        return item;
      }
      case 'plan': {
        const { plan } = node;
        const uri = vscode.Uri.parse(plan.uri);
        const item = new vscode.TreeItem(plan.title ?? plan.id ?? uri.path.split('/').pop()!, Expanded);
        const problems = plan.problems.errors + plan.problems.warnings;
        item.description = problems
          ? vscode.l10n.t('{0} · {1} problems', progressText(plan.totals.tasks.done, plan.totals.tasks.total), problems)
          : progressText(plan.totals.tasks.done, plan.totals.tasks.total);
        item.iconPath = new vscode.ThemeIcon(plan.syntaxErrors || plan.problems.errors ? 'error' : 'checklist',
          plan.syntaxErrors || plan.problems.errors ? new vscode.ThemeColor('list.errorForeground') : undefined);
        item.contextValue = 'plan';
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`**${escape(plan.title ?? plan.id ?? '')}**\n\n`);
        tip.appendMarkdown(`${escape(vscode.workspace.asRelativePath(uri))}\n\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Tasks done: {0}', progressText(plan.totals.tasks.done, plan.totals.tasks.total))}\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Gates ready: {0}/{1}', plan.totals.gates.ready, plan.totals.gates.total)}\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Missing owners: {0}', plan.totals.missingOwners)}\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Overdue tasks: {0}', plan.totals.overdue)}\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Problems: {0} errors, {1} warnings', plan.problems.errors, plan.problems.warnings)}\n`);
        if (plan.syntaxErrors) tip.appendMarkdown(`\n${vscode.l10n.t('The plan has YAML syntax errors: only what could be read is shown.')}\n`);
        item.tooltip = tip;
        if (plan.syntaxErrors || plan.problems.errors) item.resourceUri = decoration('problems');
        return item;
      }
      case 'phase': {
        const { phase } = node;
        const item = new vscode.TreeItem(phase.title ?? phase.id ?? '?', phase.gate ? Expanded : Collapsed);
        const dates = dateRange(phase.start, phase.end);
        const progress = phase.gate ? undefined : progressText(phase.progress.done, phase.progress.total);
        item.description = [dates, progress, phase.stateLabel].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[phase.type ?? ''] ?? 'circle-outline',
          STATE_COLORS[phase.state] ? new vscode.ThemeColor(STATE_COLORS[phase.state]!) : undefined);
        item.resourceUri = decoration(`state-${phase.state}`, phase.stateLabel);
        item.contextValue = 'phase';
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`**${escape(phase.title ?? phase.id ?? '')}** \`${phase.id ?? ''}\`\n\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Type: {0}', phase.typeLabel ?? '—')}\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('State: {0}', phase.stateLabel)}\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Owner: {0}', phase.owner ?? vscode.l10n.t('none'))}\n`);
        if (dates) tip.appendMarkdown(`- ${vscode.l10n.t('Dates: {0}', dates)}\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Tasks done: {0}', progressText(phase.progress.done, phase.progress.total))}\n`);
        if (phase.missingOwners) tip.appendMarkdown(`- ${vscode.l10n.t('Missing owners: {0}', phase.missingOwners)}\n`);
        item.tooltip = tip;
        return item;
      }
      case 'item': {
        const { item: task } = node;
        const item = new vscode.TreeItem(task.task, None);
        item.checkboxState = task.done ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
        const owner = task.owner ?? vscode.l10n.t('no owner');
        item.description = task.due
          ? (task.overdue ? vscode.l10n.t('{0} · due {1} (overdue)', owner, task.due) : vscode.l10n.t('{0} · due {1}', owner, task.due))
          : owner;
        if (task.overdue) {
          item.resourceUri = decoration('overdue');
          item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        }
        item.contextValue = task.done ? 'item.done' : 'item.open';
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`${escape(task.task)}${task.id ? ` \`${task.id}\`` : ''}\n\n`);
        tip.appendMarkdown(`- ${task.done ? vscode.l10n.t('Done') : vscode.l10n.t('Not done')}${task.postCheck ? ` (${vscode.l10n.t('post-go-live check')})` : ''}\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Owner: {0}', owner)}\n`);
        if (task.due) tip.appendMarkdown(`- ${task.overdue ? vscode.l10n.t('Due: {0} (overdue)', task.due) : vscode.l10n.t('Due: {0}', task.due)}\n`);
        if (task.area) tip.appendMarkdown(`- ${vscode.l10n.t('Area: {0}', task.area)}\n`);
        item.tooltip = tip;
        item.accessibilityInformation = { label: `${task.task}, ${task.done ? vscode.l10n.t('Done') : vscode.l10n.t('Not done')}, ${item.description}` };
        return item;
      }
      case 'criterion': {
        const { criterion: c } = node;
        const item = new vscode.TreeItem(c.title ?? c.id, None);
        const measure = c.kind === 'qualitative' ? undefined : vscode.l10n.t('{0} for {1}', c.actual ?? '—', c.target ?? '—');
        item.description = [c.statusLabel, measure].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(c.status === 'met' ? 'pass' : c.status === 'unmet' ? 'error' : 'question',
          new vscode.ThemeColor(c.status === 'met' ? 'testing.iconPassed' : c.status === 'unmet' ? 'list.errorForeground' : 'list.warningForeground'));
        item.contextValue = c.defined ? 'criterion' : 'criterion.undefined';
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`**${escape(c.title ?? c.id)}** \`${c.id}\`\n\n- ${vscode.l10n.t('Status: {0}', c.statusLabel)}\n`);
        if (c.metric) tip.appendMarkdown(`- ${vscode.l10n.t('Metric: {0}', c.metric)}\n`);
        if (c.target) tip.appendMarkdown(`- ${vscode.l10n.t('Target: {0}', c.target)}\n`);
        if (c.actual) tip.appendMarkdown(`- ${vscode.l10n.t('Measured: {0}', c.actual)}\n`);
        if (c.defined) tip.appendMarkdown(`- ${vscode.l10n.t('Owner: {0}', c.owner ?? vscode.l10n.t('none'))}\n`);
        item.tooltip = tip;
        return item;
      }
      case 'risk': {
        const { risk: r } = node;
        const item = new vscode.TreeItem(r.title ?? r.id ?? '?', None);
        item.description = [r.severityLabel, r.statusLabel, r.owner].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(r.unmitigated ? 'warning' : 'shield',
          r.unmitigated ? new vscode.ThemeColor('list.errorForeground') : undefined);
        item.contextValue = 'risk';
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`**${escape(r.title ?? r.id ?? '')}**${r.id ? ` \`${r.id}\`` : ''}\n\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Severity: {0}', r.severityLabel ?? '—')}\n- ${vscode.l10n.t('Likelihood: {0}', r.likelihoodLabel ?? '—')}\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Status: {0}', r.statusLabel)}\n- ${vscode.l10n.t('Mitigation: {0}', r.mitigation ?? vscode.l10n.t('none'))}\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Owner: {0}', r.owner ?? vscode.l10n.t('none'))}\n`);
        if (r.unmitigated) tip.appendMarkdown(`\n${vscode.l10n.t('Open and serious, with no mitigation: the next gate is not ready.')}\n`);
        item.tooltip = tip;
        return item;
      }
      case 'wave': {
        const { wave: w } = node;
        const item = new vscode.TreeItem(w.title ?? w.id ?? '?', Collapsed);
        item.description = [w.champion ?? vscode.l10n.t('no champion'), progressText(w.progress.done, w.progress.total)].join(' · ');
        item.iconPath = new vscode.ThemeIcon('organization');
        item.contextValue = 'wave';
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`**${escape(w.title ?? w.id ?? '')}**\n\n- ${vscode.l10n.t('Champion: {0}', w.champion ?? vscode.l10n.t('none'))}\n`);
        const dates = dateRange(w.start, w.end);
        if (dates) tip.appendMarkdown(`- ${vscode.l10n.t('Dates: {0}', dates)}\n`);
        tip.appendMarkdown(`- ${vscode.l10n.t('Tasks done: {0}', progressText(w.progress.done, w.progress.total))}\n`);
        item.tooltip = tip;
        return item;
      }
      case 'verdict': {
        const gate = node.phase.gate!;
        const label = gate.ready ? vscode.l10n.t('Ready') : vscode.l10n.t('Not ready');
        const item = new vscode.TreeItem(label, gate.reasons.length ? Expanded : None);
        const decision = gate.decisionLabel;
        item.description = gate.ready ? vscode.l10n.t('decision: {0}', decision)
          : gate.moreReasons ? vscode.l10n.t('{0} reasons and more · decision: {1}', gate.reasons.length, decision)
            : vscode.l10n.t('{0} reasons · decision: {1}', gate.reasons.length, decision);
        item.iconPath = new vscode.ThemeIcon(gate.ready ? 'pass-filled' : 'circle-slash',
          new vscode.ThemeColor(gate.ready ? 'testing.iconPassed' : 'list.errorForeground'));
        item.tooltip = gate.ready ? vscode.l10n.t('Every criterion is met, every task it depends on is done and no serious risk is left unmitigated.')
          : vscode.l10n.t('Not ready for the Go/No-Go decision: see the reasons below.');
        item.contextValue = 'verdict';
        return item;
      }
      case 'reason': {
        const item = new vscode.TreeItem(node.message, None);
        item.iconPath = new vscode.ThemeIcon('circle-small-filled');
        item.tooltip = node.message;
        item.contextValue = 'reason';
        return item;
      }
      case 'missingOwners': {
        const item = new vscode.TreeItem(vscode.l10n.t('Missing owners'), node.entries.length ? Collapsed : None);
        item.description = String(node.entries.length);
        item.iconPath = new vscode.ThemeIcon('person', node.entries.length ? new vscode.ThemeColor('list.warningForeground') : undefined);
        item.tooltip = vscode.l10n.t('Phases, tasks, criteria and risks without an owner, and waves without a champion.');
        item.contextValue = 'missingOwners';
        return item;
      }
      case 'missingOwner': {
        const { entry } = node;
        const item = new vscode.TreeItem(entry.name, None);
        item.description = entry.kindLabel;
        item.iconPath = new vscode.ThemeIcon('person-add');
        item.tooltip = vscode.l10n.t('{0}: {1} (line {2})', entry.kindLabel, entry.name, entry.line + 1);
        item.contextValue = 'missingOwner';
        return item;
      }
    }
  }

  // ── decorations: overdue items, phase states, plans with problems ─────────────
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== DECORATION_SCHEME) return undefined;
    switch (uri.path) {
      case '/overdue': return { badge: '!', color: new vscode.ThemeColor('list.warningForeground'), tooltip: vscode.l10n.t('Overdue') };
      case '/state-done': return { badge: '✓', tooltip: uri.query };
      case '/state-blocked': return { badge: '✕', color: new vscode.ThemeColor('list.errorForeground'), tooltip: uri.query };
      case '/state-in-progress': return { badge: '…', tooltip: uri.query };
      case '/problems': return { color: new vscode.ThemeColor('list.errorForeground') };
      default: return undefined;
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** The 0-based line a node stands for, if any. */
export function lineOf(node: TreeNode): number | undefined {
  switch (node.type) {
    case 'phase': return node.phase.line;
    case 'item': return node.item.line;
    case 'criterion': return node.criterion.line;
    case 'risk': return node.risk.line;
    case 'wave': return node.wave.line;
    case 'verdict': return node.phase.line;
    case 'reason': return node.line;
    case 'missingOwner': return node.entry.line;
    default: return undefined;
  }
}

function dateRange(start?: string, end?: string): string {
  if (start && end && start !== end) return vscode.l10n.t('{0} → {1}', start, end);
  return start ?? end ?? '';
}

const escape = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');

// The chart's colours and font: `vscode` draws with VS Code's theme variables (light, dark and high
// contrast follow the editor), each with a fallback; `light` writes fixed colours for a file pasted
// into a slide or an e-mail. Colours are presentation attributes, so no <style> needs a CSP nonce.

export type SvgTheme = 'vscode' | 'light';

export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  bandAlt: string;
  bar: string;
  done: string;
  late: string;
  blocked: string;
  milestone: string;
  link: string;
  today: string;
  /** a programme's freezes, shaded across the chart */
  freeze: string;
  font: string;
}

const LIGHT: Palette = {
  background: '#ffffff',
  text: '#1f1f1f',
  muted: '#616161',
  grid: '#d4d4d4',
  bandAlt: '#f3f3f3',
  bar: '#1a73e8',
  done: '#2e7d32',
  late: '#c62828',
  blocked: '#b26a00',
  milestone: '#6a1b9a',
  link: '#616161',
  today: '#c62828',
  freeze: '#f9a825',
  font: 'Segoe UI, Helvetica, Arial, sans-serif',
};

/** VS Code's variable for each colour; the light palette is the fallback outside a webview. */
const VSCODE_VARIABLES: Record<Exclude<keyof Palette, 'font'>, string> = {
  background: '--vscode-editor-background',
  text: '--vscode-editor-foreground',
  muted: '--vscode-descriptionForeground',
  grid: '--vscode-editorWidget-border',
  bandAlt: '--vscode-editor-inactiveSelectionBackground',
  bar: '--vscode-charts-blue',
  done: '--vscode-charts-green',
  late: '--vscode-charts-red',
  blocked: '--vscode-charts-orange',
  milestone: '--vscode-charts-purple',
  link: '--vscode-charts-foreground',
  today: '--vscode-charts-red',
  freeze: '--vscode-charts-yellow',
};

export function palette(theme: SvgTheme): Palette {
  if (theme === 'light') return LIGHT;
  const colours = Object.fromEntries(Object.entries(VSCODE_VARIABLES).map(([name, variable]) =>
    [name, `var(${variable}, ${LIGHT[name as keyof typeof VSCODE_VARIABLES]})`]));
  return { ...colours, font: `var(--vscode-font-family, ${LIGHT.font})` } as Palette;
}

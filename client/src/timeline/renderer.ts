// Everything the timeline needs from the service's catalog, bundled apart (dist/timeline-renderer.js)
// and loaded when a timeline is first shown: the extension's own bundle stays free of the catalog
// (test/unit/client-bundle.test.ts), so activation does not pay for it.
import { renderTimelineSvg, toLocale, translator, type SvgTheme, type Timeline } from '../../../server/src/service';
import type { Zoom } from './messages';

export interface RenderOptions {
  zoom: Zoom;
  theme: SvgTheme;
  /** the server's locale (client/src/locale.ts): the chart's words and numbers */
  locale: string;
  width?: number;
}

export function renderTimeline(timeline: Timeline, { zoom, theme, locale, width }: RenderOptions): string {
  return renderTimelineSvg(timeline, { zoom, theme, locale, width, t: translator(toLocale(locale)) });
}

/** The webview's and the export's own words, in the server's locale. */
export function timelineWords(locale: string) {
  const t = translator(toLocale(locale));
  return {
    title: (title: string) => t('timeline.svg.title', { title }),
    toolbar: t('timeline.view.toolbar'),
    zoom: t('timeline.view.zoom'),
    zooms: { fit: t('timeline.view.fit'), week: t('timeline.view.week'), month: t('timeline.view.month'), quarter: t('timeline.view.quarter') },
    show: t('timeline.view.show'),
    modes: { plan: t('timeline.view.plan'), programme: t('timeline.view.programme') },
    exportSvg: t('timeline.view.exportSvg'),
    exportPng: t('timeline.view.exportPng'),
    waiting: t('timeline.view.waiting'),
    noPlan: t('timeline.view.noPlan'),
    notOpen: t('timeline.view.notOpen'),
    saved: (file: string) => t('timeline.view.saved', { file }),
    pngFailed: (reason: string) => t('timeline.view.pngFailed', { reason }),
  };
}

export type TimelineWords = ReturnType<typeof timelineWords>;

import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Trend } from '../api/types';
import { SEVERITIES } from '../api/types';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

/** Severity colours, used only where severity is the message (this chart, badges). */
export const SEVERITY_COLORS: Record<(typeof SEVERITIES)[number], string> = {
  critical: '#b42318',
  high: '#dc6803',
  medium: '#ca8504',
  low: '#2e90fa',
  informational: '#98a2b3',
};

const dateLabel = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });

/**
 * Open failures by severity (stacked) and the pass rate after each final scan. Tooltips are drawn on the
 * canvas (richText), so the strict Content-Security-Policy needs no inline style; the figures are also in
 * the accessible summary.
 */
export function TrendChart(props: { trend: Trend }) {
  const element = useRef<HTMLDivElement>(null);
  const points = props.trend.points;
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: true },
      animation: false,
      grid: { left: 48, right: 56, top: 36, bottom: 28 },
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 8, textStyle: { color: '#344054' } },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      xAxis: {
        type: 'category',
        data: points.map((point) => dateLabel(point.scanCreatedAt)),
        axisLabel: { color: '#475467' },
      },
      yAxis: [
        {
          type: 'value',
          name: 'open failures',
          nameTextStyle: { color: '#475467' },
          axisLabel: { color: '#475467' },
        },
        {
          type: 'value',
          name: 'pass rate',
          min: 0,
          max: 100,
          axisLabel: { formatter: '{value} %', color: '#475467' },
          nameTextStyle: { color: '#475467' },
          splitLine: { show: false },
        },
      ],
      series: [
        ...SEVERITIES.filter((severity) => severity !== 'informational').map((severity) => ({
          name: severity,
          type: 'line',
          stack: 'failures',
          areaStyle: { opacity: 0.35 },
          symbol: 'circle',
          symbolSize: 5,
          lineStyle: { width: 1.5 },
          color: SEVERITY_COLORS[severity],
          data: points.map((point) => point.failedBySeverity[severity]),
        })),
        {
          name: 'pass rate',
          type: 'line',
          yAxisIndex: 1,
          color: '#12b76a',
          lineStyle: { width: 2.5 },
          symbol: 'circle',
          data: points.map((point) =>
            point.totals.passRate === null ? null : Math.round(point.totals.passRate * 1000) / 10,
          ),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [points]);
  const last = points.at(-1);
  const summary = last
    ? `Trend over ${points.length} scans: now ${last.totals.FAIL} open failures, pass rate ${
        last.totals.passRate === null ? 'unknown' : `${Math.round(last.totals.passRate * 100)} %`
      }.`
    : 'No scans yet.';
  return <div ref={element} className="trend-chart" role="img" aria-label={summary} />;
}

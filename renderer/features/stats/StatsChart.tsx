import { useEffect, useRef } from 'react';
import type { StatsSample } from '../../../shared/contract/container-detail.js';
import type { RingBuffer } from './ring-buffer.js';

export const WINDOW_MS = 5 * 60 * 1000;

interface StatsChartProps {
  readonly label: string;
  readonly history: RingBuffer<StatsSample> | undefined;
  /** The value to plot; null points are skipped. */
  readonly value: (s: StatsSample) => number | null;
  /** The top of the scale; at least the largest value shown. */
  readonly max: (largest: number) => number;
  /** Bumps on every sample, so the chart redraws. */
  readonly version: unknown;
}

/** A line chart of the last five minutes, drawn on a canvas (no DOM per point, no React state). */
export function StatsChart({ label, history, value, max, version }: StatsChartProps) {
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (width === 0 || height === 0) return;
    if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
    if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const style = getComputedStyle(canvas);
    const grid = style.getPropertyValue('--border').trim() || '#888';
    const line = style.getPropertyValue('--accent').trim() || '#2563eb';

    ctx.strokeStyle = grid;
    ctx.lineWidth = 1;
    for (const f of [0.25, 0.5, 0.75]) {
      ctx.beginPath();
      ctx.moveTo(0, Math.round(height * f) + 0.5);
      ctx.lineTo(width, Math.round(height * f) + 0.5);
      ctx.stroke();
    }
    if (!history || history.size === 0) return;
    const end = history.last()?.at ?? Date.now();
    const start = end - WINDOW_MS;
    let largest = 0;
    for (let i = 0; i < history.size; i++) {
      const s = history.at(i);
      const v = s && s.at >= start ? value(s) : null;
      if (v !== null && v > largest) largest = v;
    }
    const top = Math.max(max(largest), 1e-9);
    ctx.strokeStyle = line;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    let drawing = false;
    for (let i = 0; i < history.size; i++) {
      const s = history.at(i);
      const v = s && s.at >= start ? value(s) : null;
      if (!s || v === null) {
        drawing = false;
        continue;
      }
      const x = ((s.at - start) / WINDOW_MS) * width;
      const y = height - (Math.min(v, top) / top) * (height - 2) - 1;
      if (drawing) ctx.lineTo(x, y);
      else ctx.moveTo(x, y);
      drawing = true;
    }
    ctx.stroke();
  }, [history, value, max, version]);

  return <canvas ref={ref} className="stats-chart" role="img" aria-label={label} />;
}

'use client';

import type { BandBar } from '@/lib/insights/band-bars';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const SERIES = [
  { key: 'below', name: 'At or below the proposed threshold', colour: '#56B4E9' },
  { key: 'across', name: 'The proposed threshold cuts this band', colour: '#E69F00' },
  { key: 'above', name: 'Above the proposed threshold', colour: '#0072B2' },
  { key: 'others', name: 'Other rules decide', colour: '#cbd5e1' },
] as const;

interface Props {
  bars: BandBar[];
  /** Labels of the bands holding the saved and the proposed threshold. */
  savedAt: string | null;
  proposedAt: string | null;
  summary: string;
}

/** Shipments per declared-value band, with where the saved and the proposed thresholds cut. */
export function ValueBandChart({ bars, savedAt, proposedAt, summary }: Props) {
  return (
    <div role="img" aria-label={`Chart: ${summary}`} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 20, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" fontSize={11} minTickGap={24} />
          <YAxis allowDecimals={false} fontSize={12} width={40} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={(name) => <span className="text-slate-700">{name}</span>} />
          {SERIES.map((series) => (
            <Bar key={series.key} dataKey={series.key} name={series.name} stackId="band" isAnimationActive={false} fill={series.colour} />
          ))}
          {savedAt && (
            <ReferenceLine x={savedAt} stroke="#334155" strokeDasharray="4 2" label={{ value: 'saved', position: 'top', fontSize: 11 }} />
          )}
          {proposedAt && proposedAt !== savedAt && (
            <ReferenceLine x={proposedAt} stroke="#D55E00" strokeWidth={2} label={{ value: 'proposed', position: 'top', fontSize: 11 }} />
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { reasonLabel } from '@/lib/otp/reason-codes';

// Colours told apart by people with the common colour-vision deficiencies (Okabe–Ito), then greys.
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#999999', '#666666', '#333333'];

interface Props {
  rows: Record<string, number | string>[];
  reasons: string[];
  /** Where a bar segment leads: the tracker filtered to that day and reason; null for no links. */
  hrefs: Record<string, Record<string, string>> | null;
  summary: string;
}

const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Shipments not OTP eligible per label day, stacked by reason; the table and summary beside it say the same in text. */
export function ReasonsChart({ rows, reasons, hrefs, summary }: Props) {
  const router = useRouter();
  return (
    <div role="img" aria-label={`Chart: ${summary}`} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={shortDay} minTickGap={16} fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} width={40} />
          <Tooltip labelFormatter={(day) => shortDay(String(day))} formatter={(value, name) => [value, reasonLabel(String(name))]} />
          <Legend
            formatter={(name) => <span className="text-slate-700">{reasonLabel(String(name))}</span>}
            wrapperStyle={{ fontSize: 12 }}
          />
          {reasons.map((reason, i) => (
            <Bar
              key={reason}
              dataKey={reason}
              stackId="reasons"
              fill={COLOURS[i % COLOURS.length]}
              isAnimationActive={false}
              cursor={hrefs ? 'pointer' : undefined}
              onClick={(entry: { payload?: { day?: string } }) => {
                const href = entry.payload?.day ? hrefs?.[entry.payload.day]?.[reason] : undefined;
                if (href) router.push(href);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

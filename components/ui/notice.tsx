import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'warning' | 'error' | 'success';

/** A notice held in state until it is shown. */
export interface NoticeContent {
  tone: NoticeTone;
  title: string;
  text?: string;
}

const TONES: Record<NoticeTone, string> = {
  info: 'border-brand-100 bg-brand-50 text-brand-900',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
  error: 'border-red-200 bg-red-50 text-red-800',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-900',
};

interface NoticeProps {
  tone?: NoticeTone;
  /** A bold first line; the children follow it. */
  title?: string;
  children?: ReactNode;
  className?: string;
}

/** A short message box; errors and warnings are announced (role="alert"), the rest politely. */
export function Notice({ tone = 'info', title, children, className = '' }: NoticeProps) {
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div role={urgent ? 'alert' : 'status'} className={`rounded-md border px-3 py-2 text-sm ${TONES[tone]} ${className}`}>
      {title && <p className="font-semibold">{title}</p>}
      {title && children ? <div className="mt-1">{children}</div> : children}
    </div>
  );
}

export type NoticeTone = 'success' | 'warning' | 'error' | 'info';

const TONES: Record<NoticeTone, string> = {
  success: 'border-emerald-200 bg-emerald-50 text-emerald-900',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
  error: 'border-red-200 bg-red-50 text-red-800',
  info: 'border-sky-200 bg-sky-50 text-sky-900',
};

export interface NoticeContent {
  tone: NoticeTone;
  title: string;
  text?: string;
}

export function Notice({ notice }: { notice: NoticeContent }) {
  return (
    <div role={notice.tone === 'error' || notice.tone === 'warning' ? 'alert' : 'status'} className={`rounded-lg border px-4 py-3 text-sm ${TONES[notice.tone]}`}>
      <p className="font-semibold">{notice.title}</p>
      {notice.text && <p className="mt-1">{notice.text}</p>}
    </div>
  );
}

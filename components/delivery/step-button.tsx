'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Notice, type NoticeContent } from '@/components/ui/notice';
import type { ServerAction } from '@/lib/actions/action-result';

/** One lifecycle step on one package (pick up, take out, deliver, return). */
export function StepButton({
  label,
  shipmentId,
  action,
  variant = 'primary',
}: {
  label: string;
  shipmentId: string;
  action: ServerAction<unknown>;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<NoticeContent | null>(null);
  return (
    <div className="space-y-3">
      <Button
        variant={variant}
        className="w-full py-3 text-base"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action({ shipmentId });
            setNotice(result.ok ? null : { tone: 'error', title: result.error });
            router.refresh();
          })
        }
      >
        {label}
      </Button>
      {notice && <Notice tone={notice.tone} title={notice.title} />}
    </div>
  );
}

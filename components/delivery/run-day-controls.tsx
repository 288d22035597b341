'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Notice, type NoticeContent } from '@/components/ui/notice';
import type { ServerAction } from '@/lib/actions/action-result';

type RunDayAction = ServerAction<{ moved: number }>;

interface Props {
  toPickUp: number;
  toTakeOut: number;
  pickUpAll: RunDayAction;
  takeAllOut: RunDayAction;
}

/** Demo controls: move every package at the station one step in one tap. */
export function RunDayControls({ toPickUp, toTakeOut, pickUpAll, takeAllOut }: Props) {
  const router = useRouter();
  const t = useTranslations('delivery.runDay');
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<NoticeContent | null>(null);

  const run = (action: RunDayAction) =>
    startTransition(async () => {
      const result = await action({});
      setNotice(result.ok ? { tone: 'success', title: result.message ?? '' } : { tone: 'error', title: result.error });
      router.refresh();
    });

  return (
    <div className="space-y-3">
      <div className="grid grid-cols-2 gap-2">
        <Button variant="secondary" disabled={pending || toPickUp === 0} onClick={() => run(pickUpAll)}>
          {t('pickUpAll', { count: toPickUp })}
        </Button>
        <Button disabled={pending || toTakeOut === 0} onClick={() => run(takeAllOut)}>
          {t('takeAllOut', { count: toTakeOut })}
        </Button>
      </div>
      {notice && <Notice tone={notice.tone} title={notice.title} />}
    </div>
  );
}

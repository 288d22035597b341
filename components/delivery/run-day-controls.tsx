'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { pickUpAllAction, takeAllOutAction } from '@/app/(portal)/delivery/actions';
import { Button } from '@/components/ui/button';
import { Notice, type NoticeContent } from './notice';

/** Demo controls: move every package at the station one step in one tap. */
export function RunDayControls({ toPickUp, toTakeOut }: { toPickUp: number; toTakeOut: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<NoticeContent | null>(null);

  const run = (action: typeof pickUpAllAction) =>
    startTransition(async () => {
      const result = await action({});
      setNotice(result.ok ? { tone: 'success', title: result.message ?? 'Done.' } : { tone: 'error', title: result.error });
      router.refresh();
    });

  return (
    <div className="space-y-3">
      <div className="grid grid-cols-2 gap-2">
        <Button variant="secondary" disabled={pending || toPickUp === 0} onClick={() => run(pickUpAllAction)}>
          Pick up all ({toPickUp})
        </Button>
        <Button disabled={pending || toTakeOut === 0} onClick={() => run(takeAllOutAction)}>
          Take all out ({toTakeOut})
        </Button>
      </div>
      {notice && <Notice notice={notice} />}
    </div>
  );
}

import { redirect } from 'next/navigation';
import { HOME_PATH } from '@/lib/auth/roles';
import { getActor } from './_lib/session';

export default async function Home() {
  const actor = await getActor();
  redirect(actor ? HOME_PATH[actor.role] : '/sign-in');
}

import { StatusPage } from '@/components/ui/status-page';
import { translatorFor } from '@/lib/i18n/translator';
import { actorLocale } from '../../_lib/page-locale';

export default async function DeliveryNotFound() {
  const t = translatorFor(await actorLocale(), 'delivery');
  return (
    <StatusPage code="404" title={t('notFound.title')} way={{ href: '/delivery', label: t('notFound.back') }}>
      {t('notFound.text')}
    </StatusPage>
  );
}

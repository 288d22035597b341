import { csvTemplate } from '@/lib/upload/csv-template';
import { routeActor } from '../../../_lib/route-guard';

export async function GET(request: Request): Promise<Response> {
  const actor = await routeActor(request, ['shipper'], { mutating: false });
  if (actor instanceof Response) return actor;
  return new Response(csvTemplate(), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="shipments-template.csv"' },
  });
}

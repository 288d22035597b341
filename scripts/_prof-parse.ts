import { parseShipmentFile } from '../lib/upload/parse-file';
import { csvFile, utf8 } from '../lib/upload/sample-files';
const rows = Array.from({ length: 100000 }, (_, i) => ({ package_client_reference_id: `t-${i}`, insured_value: String(50 + (i % 200)), ship_to_phone: i % 5 === 0 ? '+441611234567' : '+447123456789' }));
const content = utf8(csvFile(rows));
for (let i = 0; i < 3; i++) { const t = performance.now(); const o = parseShipmentFile(content); console.log(o.ok, performance.now() - t); }

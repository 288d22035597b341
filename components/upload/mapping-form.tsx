'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { inputClass } from '@/components/ui/field';
import { CSV_FIELDS, CSV_IGNORE } from '@/lib/upload/csv-fields';
import type { CsvHeadersUnmapped } from '@/lib/upload/types';

const mappingSchema = z.record(z.string(), z.string().min(1, { error: 'Choose a field, or "ignore this column"' }));

/** The shipper maps each column the template does not know to one of its fields (or ignores it). */
export function MappingForm({
  request,
  fileName,
  onSubmit,
  onCancel,
}: {
  request: CsvHeadersUnmapped;
  fileName: string;
  onSubmit: (mapping: Record<string, string>) => void;
  onCancel: () => void;
}) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Record<string, string>>({
    resolver: zodResolver(mappingSchema),
    defaultValues: Object.fromEntries(request.unknownHeaders.map((h) => [h, ''])),
  });
  const fields = CSV_FIELDS.map((f) => f.name);
  return (
    <Card title={`Match the columns of ${fileName}`}>
      <p className="mb-4 text-sm text-slate-700">{request.message}</p>
      {request.missingFields.length > 0 && (
        <p className="mb-4 text-sm text-slate-700">
          Required fields not found yet: <span className="font-mono text-xs">{request.missingFields.join(', ')}</span>
        </p>
      )}
      <form onSubmit={handleSubmit((values) => onSubmit(values))} className="space-y-4" noValidate>
        <div className="grid gap-4 sm:grid-cols-2">
          {request.unknownHeaders.map((header, i) => {
            const id = `map-${i}`;
            const error = errors[header]?.message;
            return (
              <div key={header} className="space-y-1">
                <label htmlFor={id} className="block text-sm font-medium text-slate-700">
                  Column “{header}”
                </label>
                <select
                  id={id}
                  className={inputClass}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={`${id}-error`}
                  {...register(header)}
                >
                  <option value="">Choose a field…</option>
                  {fields.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                  <option value={CSV_IGNORE}>ignore this column</option>
                </select>
                <p id={`${id}-error`} className="min-h-4 text-xs text-red-700">
                  {error}
                </p>
              </div>
            );
          })}
        </div>
        <p className="text-xs text-slate-500">The mapping is saved for your account's next upload.</p>
        <div className="flex flex-wrap gap-2">
          <Button type="submit">Check the file with this mapping</Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            Choose another file
          </Button>
        </div>
      </form>
    </Card>
  );
}

'use client';

import { useRef, useState, type DragEvent } from 'react';

/** A drop zone that is also a labelled file input, so keyboard and screen-reader users can pick a file. */
export function FileDrop({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <label
      htmlFor="shipment-file"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={`flex cursor-pointer flex-col items-center justify-center gap-2 rounded-xl border-2 border-dashed px-6 py-10 text-center ${
        over ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-white hover:border-slate-400'
      } ${disabled ? 'cursor-wait opacity-60' : ''}`}
    >
      <span className="text-base font-medium text-slate-900">Drop a shipments file here, or choose one</span>
      <span className="text-sm text-slate-600">JSON (a get-rates or one-click-shipment request, an array of them, or NDJSON) or CSV</span>
      <input
        ref={input}
        id="shipment-file"
        type="file"
        accept=".json,.ndjson,.jsonl,.csv,.txt,application/json,text/csv"
        className="sr-only"
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          if (input.current) input.current.value = '';
        }}
      />
    </label>
  );
}

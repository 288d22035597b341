'use client';

import { useEffect, useState } from 'react';
import { inputClass } from '@/components/ui/field';
import { MARKETPLACE_CODES } from '@/lib/otp/marketplaces';
import type { ManagedAccountsQuery } from '@/lib/settings/managed-accounts-query';

interface Props {
  /** The filters as last asked for (they may still be on their way to the server). */
  query: ManagedAccountsQuery;
  onChange: (next: Partial<ManagedAccountsQuery>) => void;
}

const NAME_DELAY_MS = 350;
const selectClass = `${inputClass} pr-8`;

/**
 * Name contains, marketplace, OTP on/off: each change goes to the URL, and the database filters. The
 * name waits for a pause in typing, unless another filter changes first: then it goes along with it.
 */
export function ManagedAccountsFilters({ query, onChange }: Props) {
  const [name, setName] = useState(query.name);
  // The name changed elsewhere (back button, a link): the box follows it, during render rather than in an effect.
  const [nameInQuery, setNameInQuery] = useState(query.name);
  if (nameInQuery !== query.name) {
    setNameInQuery(query.name);
    if (query.name !== name.trim()) setName(query.name);
  }
  useEffect(() => {
    if (name.trim() === query.name) return;
    const timer = setTimeout(() => onChange({ name: name.trim() }), NAME_DELAY_MS);
    return () => clearTimeout(timer);
  }, [name, query.name, onChange]);

  return (
    <form
      role="search"
      aria-label="Filter accounts"
      className="mb-4 grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]"
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ name: name.trim() });
      }}
    >
      <div className="space-y-1">
        <label htmlFor="filter-name" className="block text-sm font-medium text-slate-700">
          Account name contains
        </label>
        <input
          id="filter-name"
          type="search"
          className={inputClass}
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-marketplace" className="block text-sm font-medium text-slate-700">
          Marketplace
        </label>
        <select
          id="filter-marketplace"
          className={selectClass}
          value={query.marketplace ?? ''}
          onChange={(e) => onChange({ name: name.trim(), marketplace: (e.target.value || null) as ManagedAccountsQuery['marketplace'] })}
        >
          <option value="">All</option>
          {MARKETPLACE_CODES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-otp" className="block text-sm font-medium text-slate-700">
          OTP
        </label>
        <select
          id="filter-otp"
          className={selectClass}
          value={query.otp ?? ''}
          onChange={(e) => onChange({ name: name.trim(), otp: (e.target.value || null) as ManagedAccountsQuery['otp'] })}
        >
          <option value="">On or off</option>
          <option value="on">On</option>
          <option value="off">Off</option>
        </select>
      </div>
    </form>
  );
}

import { CopyButton } from '@/components/api-keys/copy-button';

interface Props {
  id: string;
  code: string;
  copyLabel: string;
}

/** A shell command to copy: scrolls inside itself on a phone rather than widening the page. */
export function CodeBlock({ id, code, copyLabel }: Props) {
  return (
    <div className="space-y-2">
      <pre className="max-h-96 overflow-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100">
        <code id={id}>{code}</code>
      </pre>
      <CopyButton text={code} label={copyLabel} targetId={id} />
    </div>
  );
}

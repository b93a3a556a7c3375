import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  /** The real limit or a hint, shown next to the field. */
  hint?: ReactNode;
  error?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** A labelled form field with its limit and, when invalid, an error read out with it. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <p id={hintId} className="m-0 text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="m-0 text-xs font-semibold text-pitfall">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  'mt-0.5 block min-h-10 w-full rounded-md border border-border bg-bg px-2 text-sm aria-[invalid=true]:border-pitfall';

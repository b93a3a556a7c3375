/** What a lab button did: a sentence, and the AWS CLI command that does the same. */
export interface ActionMessage {
  ok: boolean;
  text: string;
  cli?: string;
}

/** The outcome of a lab form or button, read out politely; errors carry AWS's name and message. */
export function ActionResult({ message }: { message: ActionMessage | null }) {
  return (
    <div role="status" className="text-sm">
      {message && (
        <>
          <p className={`m-0 ${message.ok ? '' : 'text-pitfall'}`}>{message.text}</p>
          {message.cli && (
            <p className="m-0 text-muted">
              The same from the console: <code className="break-all whitespace-pre-wrap">{message.cli}</code>
            </p>
          )}
        </>
      )}
    </div>
  );
}

import { Check } from 'lucide-react';
import { InlineIcon } from '@/components/ui/InlineIcon';
import type { Prediction } from '@/lib/demos/demoSchema';

/**
 * A beat's question. The options show before the run; after it the right one is marked (with a word and
 * a tick, not colour alone) and explained. The presenter sees the answer all along.
 */
export function PredictionCard({
  prediction,
  revealed,
  size = 'large',
}: {
  prediction: Prediction;
  revealed: boolean;
  size?: 'large' | 'small';
}) {
  const large = size === 'large';
  return (
    <section
      aria-label="Prediction"
      className={`rounded-lg border-2 ${revealed ? 'border-success' : 'border-accent'} bg-surface p-4`}
    >
      <p className={`m-0 font-semibold text-muted uppercase ${large ? 'text-base' : 'text-sm'}`}>
        {revealed ? 'The answer' : 'Predict'}
      </p>
      <p className={`m-0 mt-1 font-semibold ${large ? 'text-xl' : 'text-lg'}`}>{prediction.question}</p>
      <ol className={`m-0 mt-3 list-none space-y-2 p-0 ${large ? 'text-lg' : 'text-base'}`}>
        {prediction.options.map((option, i) => {
          const right = revealed && i === prediction.answer;
          return (
            <li
              key={option}
              className={`flex gap-3 rounded-md border-2 px-3 py-2 ${
                right
                  ? 'border-success bg-tip-bg font-semibold'
                  : revealed
                    ? 'border-border opacity-70'
                    : 'border-border'
              }`}
            >
              <span aria-hidden="true" className="font-mono">
                {String.fromCharCode(65 + i)}
              </span>
              <span className="grow">{option}</span>
              {right && (
                <span className="whitespace-nowrap">
                  <InlineIcon icon={Check} /> Right
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {revealed && <p className={`m-0 mt-3 ${large ? 'text-lg' : 'text-base'}`}>{prediction.explanation}</p>}
    </section>
  );
}

import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';
import { DiagramLegend } from './DiagramLegend';

const ID = 'choosing-a-service';
const ARROW = `${ID}-arrow`;

/** The questions in the order to ask them, each with the service a "yes" leads to. */
const STEPS = [
  {
    question: 'Must it speak Apache Kafka?',
    detail: 'existing Kafka clients, Kafka Connect',
    answer: 'Amazon MSK',
    answerSub: 'managed Kafka',
    family: false,
  },
  {
    question: 'Only load it into a store, no code?',
    detail: 'S3, Redshift, OpenSearch; minutes are fine',
    answer: 'Data Firehose',
    answerSub: 'deliver',
    family: true,
  },
  {
    question: 'Several readers, replay, order per key?',
    detail: 'high volume, react within seconds',
    answer: 'Data Streams',
    answerSub: 'store and replay',
    family: true,
  },
  {
    question: 'Each task done once by one worker?',
    detail: 'per-message retry, dead-letter queue',
    answer: 'Amazon SQS',
    answerSub: 'queue',
    family: false,
  },
  {
    question: 'Push one message to many subscribers?',
    detail: 'queues, functions, email, SMS',
    answer: 'Amazon SNS',
    answerSub: 'pub/sub push',
    family: false,
  },
  {
    question: 'Route events by their content?',
    detail: 'AWS service and SaaS events, rules',
    answer: 'EventBridge',
    answerSub: 'event bus',
    family: false,
  },
] as const;

const TOP = 56;
const ROW = 70;
const BOX = 50;

/** A decision flow: six yes/no questions, asked top to bottom, each "yes" naming a service. */
export function ChoosingServiceDiagram() {
  const bottom = TOP + STEPS.length * ROW;
  return (
    <DiagramFigure
      id={ID}
      viewBox={`0 0 640 ${bottom + 52}`}
      title="Choosing a streaming or messaging service"
      desc="Six yes-or-no questions asked in order. Kafka needed leads to Amazon MSK; loading into a store with no code leads to Data Firehose; several readers, replay or order per key lead to Kinesis Data Streams; one worker per task leads to SQS; pushing to many subscribers leads to SNS; routing by content leads to EventBridge."
      caption="Ask from the top and stop at the first yes. A yes to both the second and third question means Data Streams with Firehose reading it."
      textDescription={
        <>
          <p>
            A legend says that a thick solid outline marks a Kinesis family service and a thin dashed outline marks
            another AWS service. Questions have a thin solid outline.
          </p>
          <p>
            Ask the questions from top to bottom; a yes leads right to a service, a no leads down to the next question.
          </p>
          <ol>
            {STEPS.map((s) => (
              <li key={s.answer}>
                {s.question} ({s.detail}). Yes: {s.answer}, {s.answerSub}.
              </li>
            ))}
          </ol>
          <p>
            A note at the bottom: if the answer to both the second and third question is yes, use Kinesis Data Streams
            and let Amazon Data Firehose read the same stream to deliver it.
          </p>
        </>
      }
    >
      <rect
        x={1}
        y={1}
        width={638}
        height={bottom + 50}
        rx={12}
        className="fill-surface stroke-border"
        strokeWidth={1}
      />

      {/* Legend: outline style, not colour alone, tells a Kinesis service from another AWS service. */}
      <DiagramLegend otherX={232} otherLabel="Another AWS service" />

      {STEPS.map((s, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={s.answer}>
            <DiagramBox x={12} y={y} width={400} height={BOX} label={s.question} sub={s.detail} />
            <DiagramArrow x1={412} y1={y + BOX / 2} x2={456} y2={y + BOX / 2} markerId={ARROW} />
            <text x={434} y={y + BOX / 2 - 6} textAnchor="middle" fontSize={13} className="fill-fg">
              yes
            </text>
            <DiagramBox
              x={460}
              y={y}
              width={168}
              height={BOX}
              label={s.answer}
              sub={s.answerSub}
              variant={s.family ? 'service' : 'other'}
            />
            {i < STEPS.length - 1 ? (
              <g>
                <DiagramArrow x1={212} y1={y + BOX} x2={212} y2={y + ROW - 1} markerId={ARROW} />
                <text x={222} y={y + BOX + 12} fontSize={13} className="fill-fg">
                  no
                </text>
              </g>
            ) : null}
          </g>
        );
      })}

      <text x={16} y={bottom + 10} fontSize={13} className="fill-muted">
        Yes to both the second and third question? Use Data Streams,
      </text>
      <text x={16} y={bottom + 28} fontSize={13} className="fill-muted">
        and let Firehose read the same stream to deliver it.
      </text>
    </DiagramFigure>
  );
}

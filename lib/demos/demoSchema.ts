// zod/mini, like the scenario schema: demos are validated in the browser too (imported files).
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { NODE_KINDS } from '@/simulator/runtime/kinds/kindModels';
import { SPEEDS } from '@/simulator/runtime/virtualClock';
import { mappingSettingsSchema } from '@/simulator/scenarios/lambdaScenarioSchema';
import { scenarioConsumerSchema, scenarioProducerSchema } from '@/simulator/scenarios/scenarioSchema';

z.config(en());

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'));
const name = z.string().check(z.regex(/^[a-zA-Z0-9_.-]{1,128}$/, 'must be 1–128 characters of letters, digits, _ . -'));
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const speed = z
  .number()
  .check(z.refine((n) => (SPEEDS as readonly number[]).includes(n), `must be one of ${SPEEDS.join(', ')}`));

/** The panels under the canvas a beat can open. */
export const DEMO_PANELS = ['table', 'charts', 'events'] as const;

/**
 * What a beat does to the simulator, in order. Everything but `play` happens at once; `play` runs the clock
 * for whole virtual seconds (animated on the projector, one exact advance when a beat is rebuilt); `pause`
 * holds the rest of the beat until the presenter presses → (so the class can predict first).
 */
export const demoActionSchema = z.discriminatedUnion('do', [
  /** Start (or restart) from a scenario's first second, with its seed unless another is given. */
  z.object({ do: z.literal('load'), scenario: id, seed: z.optional(z.int().check(z.nonnegative())) }),
  /** Run the clock for this many virtual seconds at this speed (default 10×), then stop. */
  z.object({
    do: z.literal('play'),
    seconds: z.int().check(z.positive(), z.lte(7 * 24 * 3600)),
    speed: z.optional(speed),
  }),
  /** Jump ahead this many virtual seconds at once ("twelve hours later"): no animation. */
  z.object({ do: z.literal('skip'), seconds: z.int().check(z.positive(), z.lte(30 * 24 * 3600)) }),
  /** Hold here until the presenter goes on. */
  z.object({ do: z.literal('pause') }),
  /** Change a producer's settings, as its inspector does. */
  z.object({
    do: z.literal('producer'),
    id: name,
    set: z.partial(z.object({ ...scenarioProducerSchema.shape, enabled: z.boolean() })),
  }),
  /** Change a consumer application's settings (fanOut: "enhanced" switches it to enhanced fan-out). */
  z.object({
    do: z.literal('consumer'),
    name,
    set: z.partial(z.object({ ...scenarioConsumerSchema.shape, enabled: z.boolean() })),
  }),
  /** Split a shard at the middle of its hash key range; "hottest" picks the open shard that throttled most. */
  z.object({
    do: z.literal('splitShard'),
    stream: name,
    shard: z.string().check(z.regex(/^(hottest|shardId-\d{12})$/)),
  }),
  /** Change the settings of a Lambda function's event source mapping. */
  z.object({ do: z.literal('lambdaMapping'), function: name, set: mappingSettingsSchema }),
  /** Any engine command, as the recorder captures them (`{ "type": "api/call", … }`). */
  z.object({
    do: z.literal('command'),
    command: z.looseObject({ type: z.string().check(z.regex(/^[a-z0-9]+\/[a-zA-Z]+$/)) }),
  }),
  /** Outline a node on the canvas until the beat ends (`shard:<stream>:<shard id>`, `producer:<id>`, …). */
  z.object({
    do: z.literal('highlight'),
    node: z.string().check(z.regex(new RegExp(`^(${NODE_KINDS.join('|')}):[^\\s]+$`))),
  }),
  /** Open a panel under the canvas: the shard table, the CloudWatch-style charts or the event log. */
  z.object({ do: z.literal('view'), panel: z.enum(DEMO_PANELS) }),
]);

export const predictionSchema = z.object({
  question: text(5, 160),
  options: z.array(text(1, 80)).check(z.minLength(2), z.maxLength(5)),
  /** Index of the right option (0 = the first). */
  answer: z.int().check(z.nonnegative()),
  /** Shown with the answer: why, in a sentence or two. */
  explanation: text(10, 300),
});

export const beatSchema = z.object({
  title: text(3, 60),
  /** What the audience reads on the projector: large and short. */
  text: text(3, 160),
  /** What the presenter reads on the laptop: what to say, what to point at, what to ask. */
  notes: text(10, 1200),
  actions: z.array(demoActionSchema),
  prediction: z.optional(predictionSchema),
});

export const demoSchema = z.object({
  title: text(3, 80),
  summary: text(20, 300),
  /** An honest estimate of the talk, in minutes. */
  minutes: z.int().check(z.positive(), z.lte(120)),
  /** Chapter slugs (content/chapters) the demo supports. */
  chapters: z.array(id),
  beats: z.array(beatSchema).check(z.minLength(1), z.maxLength(60)),
});

export type Demo = z.infer<typeof demoSchema>;
export type DemoBeat = z.infer<typeof beatSchema>;
export type DemoAction = z.infer<typeof demoActionSchema>;
export type Prediction = z.infer<typeof predictionSchema>;
export type DemoPanel = (typeof DEMO_PANELS)[number];

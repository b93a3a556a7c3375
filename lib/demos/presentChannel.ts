import * as z from 'zod/mini';

/** What the presenter window asks the audience window to do. */
export const PRESENTER_COMMANDS = ['next', 'previous', 'goto', 'togglePlay', 'blank', 'backToScript', 'hello'] as const;
export type PresenterCommand = (typeof PRESENTER_COMMANDS)[number];

const messageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('command'),
    demo: z.string(),
    command: z.enum(PRESENTER_COMMANDS),
    beat: z.optional(z.int().check(z.nonnegative())),
  }),
  z.object({
    kind: z.literal('status'),
    demo: z.string(),
    beat: z.int().check(z.nonnegative()),
    stage: z.int().check(z.nonnegative()),
    phase: z.enum(['running', 'holding', 'done']),
    blank: z.boolean(),
    offScript: z.boolean(),
    running: z.boolean(),
  }),
]);

export type PresentMessage = z.infer<typeof messageSchema>;
export type AudienceStatus = Extract<PresentMessage, { kind: 'status' }>;

/** The part of BroadcastChannel this module uses, so tests and browsers without it can pass their own. */
export interface ChannelLike {
  postMessage: (message: unknown) => void;
  close: () => void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export interface PresentChannel {
  send: (message: PresentMessage) => void;
  close: () => void;
}

/**
 * The link between a demo's audience and presenter windows: a BroadcastChannel per demo (same origin,
 * same browser, no server). Messages from the other side are checked before use and anything else on
 * the channel is ignored. Without BroadcastChannel each window still works alone.
 * @example const channel = openPresentChannel('hot-keys', (m) => m.kind === 'command' && run(m.command))
 */
export function openPresentChannel(
  demo: string,
  onMessage: (message: PresentMessage) => void,
  create: (name: string) => ChannelLike | null = (name) =>
    typeof BroadcastChannel === 'undefined' ? null : (new BroadcastChannel(name) as ChannelLike),
): PresentChannel {
  const channel = create(`shardlab-present:${demo}`);
  if (!channel) return { send: () => {}, close: () => {} };
  channel.onmessage = (event) => {
    const parsed = messageSchema.safeParse(event.data);
    if (parsed.success && parsed.data.demo === demo) onMessage(parsed.data);
  };
  return { send: (message) => channel.postMessage(message), close: () => channel.close() };
}

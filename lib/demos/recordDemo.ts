import type { SimCommand } from '@/simulator/engine/commands';
import { SPEEDS, type Speed } from '@/simulator/runtime/virtualClock';
import type { Demo, DemoAction, DemoBeat } from './demoSchema';

/** One captured command, with the clock speed it ran at (for time passing). */
export interface Captured {
  command: SimCommand;
  speed: Speed;
}

/** A recording in progress: where it starts and the commands of each beat so far. */
export interface Recording {
  scenarioId: string;
  seed: number;
  /** Virtual time at the scenario's start. */
  start: number;
  /** Beat 1 holds what had been done before recording began, so the demo starts from the same state. */
  beats: Captured[][];
}

/**
 * The commands a simulation log gained between two reads. The store merges consecutive advances into
 * one entry, so a grown advance counts as a new one (to its new end).
 * @example newCommands([adv(1000)], [adv(3000)]) // [adv(3000)]
 */
export function newCommands(before: readonly SimCommand[], after: readonly SimCommand[]): SimCommand[] {
  if (after.length < before.length) return [...after];
  const last = before.length - 1;
  const grew = last >= 0 && after[last] !== before[last];
  return after.slice(grew ? last : before.length);
}

const fastest = (a: Speed, b: Speed): Speed => (SPEEDS.indexOf(a) > SPEEDS.indexOf(b) ? a : b);

/**
 * Starts a recording from a simulation: its scenario, seed and everything done so far.
 * @example startRecording('hot-key', 11, sim.now - elapsed, store.getState().log, 10)
 */
export function startRecording(
  scenarioId: string,
  seed: number,
  start: number,
  log: readonly SimCommand[],
  speed: Speed,
): Recording {
  return { scenarioId, seed, start, beats: [log.map((command) => ({ command, speed }))] };
}

/**
 * Adds what the instructor just did to the current beat. Time passing in a row is one entry (to its
 * latest end, at the fastest speed used), as in the simulation's own log.
 */
export function capture(recording: Recording, commands: SimCommand[], speed: Speed): Recording {
  if (commands.length === 0) return recording;
  const beat = [...recording.beats.at(-1)!];
  for (const command of commands) {
    const last = beat.at(-1);
    if (command.type === 'time/advance' && last?.command.type === 'time/advance')
      beat[beat.length - 1] = { command, speed: fastest(last.speed, speed) };
    else beat.push({ command, speed });
  }
  return { ...recording, beats: [...recording.beats.slice(0, -1), beat] };
}

/** "Add beat": what happens next goes into a new beat. An empty beat is not doubled. */
export function addBeat(recording: Recording): Recording {
  if (recording.beats.at(-1)!.length === 0 && recording.beats.length > 1) return recording;
  return { ...recording, beats: [...recording.beats, []] };
}

/**
 * A recording as demo beats: every command becomes a `command` action and time passing a `play` of its
 * whole seconds (an advance that was merged across an "Add beat" press is split where the press fell,
 * because each beat's commands were captured apart). Texts are placeholders in words, for the editor.
 * @example recordingToDemo(recording, 'Hot key, live').beats.length
 */
export function recordingToDemo(recording: Recording, title: string): Demo {
  let now = recording.start;
  const beats: DemoBeat[] = recording.beats
    .filter((beat, i) => i === 0 || beat.length > 0)
    .map((captured, i) => {
      const actions: DemoAction[] =
        i === 0 ? [{ do: 'load', scenario: recording.scenarioId, seed: recording.seed }] : [];
      for (const { command, speed } of captured) {
        if (command.type === 'time/advance') {
          const seconds = Math.round((command.until - now) / 1000);
          now = command.until;
          if (seconds <= 0) continue;
          const previous = actions.at(-1);
          if (previous?.do === 'play') {
            previous.seconds += seconds;
            previous.speed = fastest((previous.speed ?? 10) as Speed, speed);
          } else actions.push({ do: 'play', seconds, speed });
        } else actions.push({ do: 'command', command: command as DemoAction & { type: string } });
      }
      return {
        title: `Beat ${i + 1}`,
        text: describeActions(actions),
        notes: 'Recorded in the playground. Write what to say here: what to point at, and what to ask the class.',
        actions,
      };
    });
  return {
    title,
    summary: `A demo recorded in the playground from the scenario “${recording.scenarioId}”.`,
    minutes: Math.max(1, beats.length),
    chapters: [],
    beats,
  };
}

function describeActions(actions: DemoAction[]): string {
  const parts = actions.map((a) => {
    if (a.do === 'load') return `Open “${a.scenario}”`;
    if (a.do === 'play') return `run ${a.seconds} s`;
    if (a.do === 'command') return String((a.command as { operation?: string }).operation ?? a.command.type);
    return a.do;
  });
  const text = parts.length === 0 ? 'Look at the simulation.' : `${parts.join(', ')}.`;
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence;
}

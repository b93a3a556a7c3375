import { demoSchema, type Demo } from './demoSchema';

/** What a demo may name, when the caller knows: scenario ids and chapter slugs. */
export interface KnownIds {
  scenarios?: readonly string[];
  chapters?: readonly string[];
}

export type DemoResult = { ok: true; demo: Demo } | { ok: false; error: string };

/** "beats.2.actions.0.seconds" → "beat 3, action 1 (seconds)": people count from one. */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const fields: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    if ((key === 'beats' || key === 'actions' || key === 'options') && typeof next === 'number') {
      parts.push(`${key === 'beats' ? 'beat' : key === 'actions' ? 'action' : 'option'} ${next + 1}`);
      i++;
    } else fields.push(key);
  }
  const field = fields.join('.');
  if (parts.length === 0) return field ? `the field "${field}"` : 'the demo';
  return `${parts.join(', ')}${field ? ` (field "${field}")` : ''}`;
}

/**
 * Validates a demo (a content file or an imported one) and explains the first problem in one sentence
 * that names where it is: `hot-keys.json: beat 3, action 1 (field "seconds"): Too small: expected number to be >0`.
 * Rules a schema cannot say (the first action loads a scenario, a prediction's answer is one of its
 * options, the class predicts before the run) are checked here too.
 * @example parseDemo(JSON.parse(text), 'hot-keys.json')
 */
export function parseDemo(data: unknown, source: string, known: KnownIds = {}): DemoResult {
  const parsed = demoSchema.safeParse(withCurrentNodeIds(data));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${source}: ${describePath(issue.path)}: ${issue.message}.` };
  }
  const demo = parsed.data;
  const problem = ruleProblem(demo) ?? referenceProblem(demo, known);
  return problem ? { ok: false, error: `${source}: ${problem}` } : { ok: true, demo };
}

/** Demos recorded before buckets were spelled `bucket:` highlighted them as `s3:<name>`. */
function withCurrentNodeIds(data: unknown): unknown {
  const beats = (data as { beats?: unknown } | null)?.beats;
  if (!Array.isArray(beats)) return data;
  const renamed = (action: unknown) => {
    const a = action as { do?: unknown; node?: unknown } | null;
    return a?.do === 'highlight' && typeof a.node === 'string' && a.node.startsWith('s3:')
      ? { ...a, node: `bucket:${a.node.slice(3)}` }
      : action;
  };
  return {
    ...(data as object),
    beats: beats.map((beat: { actions?: unknown }) =>
      Array.isArray(beat?.actions) ? { ...beat, actions: beat.actions.map(renamed) } : beat,
    ),
  };
}

function ruleProblem(demo: Demo): string | null {
  if (demo.beats[0]!.actions[0]?.do !== 'load')
    return 'beat 1 must start with a "load" action, so the demo knows which scenario to open.';
  for (const [b, beat] of demo.beats.entries()) {
    const where = `beat ${b + 1} ("${beat.title}")`;
    const prediction = beat.prediction;
    if (prediction && prediction.answer >= prediction.options.length)
      return `${where}: the prediction's answer is option ${prediction.answer + 1}, but it has only ${prediction.options.length} options (answer counts from 0).`;
    const pause = beat.actions.findIndex((a) => a.do === 'pause');
    if (prediction) {
      const runs = beat.actions.findIndex((a, i) => i > pause && (a.do === 'play' || a.do === 'skip'));
      if (pause < 0 || runs < 0)
        return `${where} asks for a prediction, so it needs a "pause" action (the class predicts) followed by a "play" or "skip" (the run that answers it).`;
      const early = beat.actions.findIndex((a) => a.do === 'play' || a.do === 'skip');
      if (early < pause)
        return `${where} asks for a prediction but runs the clock before its "pause": move the "pause" before the first "play".`;
    }
  }
  return null;
}

function referenceProblem(demo: Demo, known: KnownIds): string | null {
  if (known.chapters)
    for (const slug of demo.chapters)
      if (!known.chapters.includes(slug))
        return `the chapter "${slug}" does not exist (chapters are file names in content/chapters).`;
  if (known.scenarios)
    for (const [b, beat] of demo.beats.entries())
      for (const [a, action] of beat.actions.entries())
        if (action.do === 'load' && !known.scenarios.includes(action.scenario))
          return `beat ${b + 1}, action ${a + 1} loads the scenario "${action.scenario}", which this site does not have.`;
  return null;
}

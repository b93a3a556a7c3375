/** A `<LabStep …>` as written in a lab: its id, title, check and the check's parameters. */
export interface LabStepSpec {
  id: string;
  title: string;
  check: string;
  params: Record<string, string>;
}

const STEP = /<LabStep\b([^>]*)>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)="([^"]*)"/g;

/**
 * The steps of a lab's MDX, in order. Steps take only plain string attributes, so reading the opening
 * tags is exact; the content check reports a step without id, title or check.
 * @example labSteps('<LabStep id="create-stream" title="Create" check="streamActive" stream="s">')
 */
export function labSteps(source: string): LabStepSpec[] {
  return [...source.matchAll(STEP)].map((match) => {
    const attributes = Object.fromEntries([...match[1]!.matchAll(ATTRIBUTE)].map((a) => [a[1]!, a[2]!]));
    const { id = '', title = '', check = '', ...params } = attributes;
    return { id, title, check, params };
  });
}

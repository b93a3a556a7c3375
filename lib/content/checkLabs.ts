import { LAB_CHECKS } from '@/lib/lab/labChecks';
import type { LabSource } from './labs';
import { labSteps } from './labSteps';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The file each runtime's handler (index.handler, lambda_function.lambda_handler) is loaded from. */
const HANDLER_FILES: Record<string, RegExp> = {
  'nodejs22.x': /^index\.(mjs|js|cjs|ts)$/,
  'python3.12': /^lambda_function\.py$/,
};

/**
 * Problems with the labs, each naming the file: unknown scenarios and chapters, steps without an id,
 * title or known check, missing or unknown check parameters, repeated step ids, and starters the
 * runtime's default handler could not load.
 * @example checkLabs(loadLabSources(), new Set(['lambda-consumers']), new Set(['lab-empty-account']))
 */
export function checkLabs(labs: LabSource[], chapters: Set<string>, scenarios: Set<string>): string[] {
  const problems: string[] = [];
  for (const lab of labs) {
    const at = (message: string) => problems.push(`${lab.file}: ${message}`);
    if (!scenarios.has(lab.scenario)) at(`frontmatter field "scenario": there is no scenario "${lab.scenario}"`);
    for (const chapter of lab.chapters)
      if (!chapters.has(chapter)) at(`frontmatter field "chapters": there is no chapter "${chapter}"`);
    for (const [runtime, files] of Object.entries(lab.starters))
      if (lab.editor === 'handler' && !Object.keys(files).some((f) => HANDLER_FILES[runtime]!.test(f)))
        at(`the ${runtime} starter has no file the default handler loads (${HANDLER_FILES[runtime]!.source})`);
    const steps = labSteps(lab.source);
    if (steps.length === 0) at('a lab needs at least one <LabStep>');
    const seen = new Set<string>();
    for (const step of steps) {
      const name = step.id || step.title || '(unnamed)';
      if (!SLUG.test(step.id)) at(`step "${name}": id must be a slug (lowercase words joined by hyphens)`);
      if (seen.has(step.id)) at(`step "${name}": the id is used twice`);
      seen.add(step.id);
      if (!step.title) at(`step "${name}": needs a title`);
      const check = LAB_CHECKS[step.check];
      if (!check) {
        at(`step "${name}": check "${step.check}" does not exist (known: ${Object.keys(LAB_CHECKS).join(', ')})`);
        continue;
      }
      for (const param of check.params)
        if (!(param in step.params)) at(`step "${name}": check ${step.check} needs the attribute ${param}="…"`);
      for (const param of Object.keys(step.params))
        if (!check.params.includes(param)) at(`step "${name}": check ${step.check} takes no attribute ${param}`);
    }
  }
  return problems;
}

/**
 * Stands in for the simulator while its code loads, at the same size, so the page does not jump
 * (the canvas library loads only where a simulator is shown).
 */
export function SimulatorSkeleton({ variant }: { variant: 'playground' | 'embed' }) {
  const block = 'rounded-md bg-surface motion-safe:animate-pulse';
  return (
    <div className="space-y-3" role="status" aria-label="Loading the simulator">
      <div className={`${block} h-11`} />
      <div className={`${block} h-14`} />
      <div className={`${block} ${variant === 'playground' ? 'h-[60vh] min-h-[420px]' : 'h-[420px]'}`} />
      <div className={`${block} h-64`} />
    </div>
  );
}

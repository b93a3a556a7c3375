'use client';

import { Pause, Play, RotateCcw, StepForward } from 'lucide-react';
import { Button } from '@/components/ui/Button';
import { SPEEDS, type Speed } from '@/simulator/runtime/virtualClock';
import { formatClock } from '@/simulator/views/format';
import { useSimulationHandle } from './SimulationContext';
import { useSimulation, useSimValue } from './useSimulation';

interface SimulatorControlsProps {
  start: number;
  seed: number;
  onReset: (seed: number) => void;
}

const fieldClass = 'min-h-10 rounded-md border border-border bg-bg px-2';

/** Play/pause, one step, speed, reset with a seed, and the virtual clock. */
export function SimulatorControls({ start, seed, onReset }: SimulatorControlsProps) {
  const running = useSimulation((s) => s.clock.running);
  const speed = useSimulation((s) => s.clock.speed);
  // The store's actions are stable functions: read them once, not through a selector that re-renders.
  const actions = useSimulationHandle().store.getState();
  const now = useSimValue((sim) => sim.now);
  const limited = useSimulation((s) => s.limited);
  const clock = formatClock(now, start);
  return (
    <div role="group" aria-label="Simulation controls" className="flex flex-wrap items-center gap-2">
      <Button
        variant="primary"
        icon={running ? Pause : Play}
        aria-pressed={running}
        aria-keyshortcuts="Space"
        onClick={running ? actions.pause : actions.play}
        className="min-w-28"
      >
        {running ? 'Pause' : 'Play'}
      </Button>
      <Button icon={StepForward} onClick={actions.step} disabled={running}>
        Step 1 s
      </Button>
      <label className="flex items-center gap-1 text-sm">
        Speed
        <select
          value={speed}
          onChange={(e) => actions.setSpeed(Number(e.target.value) as Speed)}
          className={fieldClass}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×{s === 60 ? ' (1 min/s)' : s === 3600 ? ' (1 h/s)' : ''}
            </option>
          ))}
        </select>
      </label>
      <form
        className="flex items-center gap-1 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          const value = Number(new FormData(e.currentTarget).get('seed'));
          onReset(Number.isInteger(value) && value >= 0 ? value : seed);
        }}
      >
        <label className="flex items-center gap-1">
          Seed
          <input
            name="seed"
            type="number"
            min={0}
            step={1}
            defaultValue={seed}
            key={seed}
            className={`${fieldClass} w-20`}
          />
        </label>
        <Button type="submit" icon={RotateCcw}>
          Reset
        </Button>
      </form>
      <p className="m-0 text-sm tabular-nums" aria-live="off">
        <span className="sr-only">Virtual time: </span>
        <span className="font-semibold">{clock.elapsed}</span> <span className="text-muted">· {clock.utc}</span>
      </p>
      {limited && running && (
        <p className="m-0 text-sm text-muted">
          Slower than {speed}×: this simulation runs as fast as this device allows.
        </p>
      )}
    </div>
  );
}

'use client';

import { useEffect } from 'react';
import {
  applyTheme,
  readProjector,
  readThemeChoice,
  saveThemePreference,
  THEME_CHOICES,
  type ThemeChoice,
} from '@/lib/theme/themePreference';
import { ToggleButton } from '@/components/ui/ToggleButton';
import { useThemePreference } from './useThemePreference';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Colour scheme picker and projector toggle; the inline head script has already applied the saved choice. */
export function ThemeControls() {
  const { choice, projector } = useThemePreference();

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => applyTheme(readThemeChoice(), readProjector(), media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);

  const update = (nextChoice: ThemeChoice, nextProjector: boolean) => {
    saveThemePreference(nextChoice, nextProjector);
    applyTheme(nextChoice, nextProjector, window.matchMedia('(prefers-color-scheme: dark)').matches);
  };

  return (
    <div className="flex items-center gap-2">
      <label className="flex items-center gap-1 text-sm">
        <span className="sr-only sm:not-sr-only">Theme</span>
        <select
          value={choice}
          onChange={(e) => update(e.target.value as ThemeChoice, projector)}
          className="rounded border border-border bg-bg px-1.5 py-1 text-sm text-fg"
        >
          {THEME_CHOICES.map((c) => (
            <option key={c} value={c}>
              {LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <ToggleButton size="sm" pressed={projector} onClick={() => update(choice, !projector)}>
        Projector
      </ToggleButton>
    </div>
  );
}

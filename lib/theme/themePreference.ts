/** The reader's colour-scheme choice; "system" follows the operating system. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_KEY = 'shardlab.theme';
export const PROJECTOR_KEY = 'shardlab.projector';

/**
 * Runs inline in <head> before the first paint, so a dark-mode reader never sees a white flash.
 * `?theme=projector` (an instructor's link) turns the projector theme on; `?theme=light|dark|system`
 * picks a scheme. Both are remembered. Kept tiny and dependency-free because it is inlined in every page.
 */
export const themeScript = `(function(){var d=document.documentElement,s=null;try{s=window.localStorage}catch(e){}
function get(k){try{return s&&s.getItem(k)}catch(e){return null}}function put(k,v){try{s&&s.setItem(k,v)}catch(e){}}
var q=new URLSearchParams(location.search).get('theme'),p=get('${PROJECTOR_KEY}')==='on';
if(q==='projector'){p=true;put('${PROJECTOR_KEY}','on')}else if(q==='light'||q==='dark'||q==='system'){put('${THEME_KEY}',q)}
var t=get('${THEME_KEY}')||'system',dark=t==='dark'||(t!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);
d.setAttribute('data-theme',dark?'dark':'light');if(p)d.setAttribute('data-projector','');})();`;

/** Applies a choice to <html> (the same rule as the inline script). */
export function applyTheme(choice: ThemeChoice, projector: boolean, systemDark: boolean): void {
  const dark = choice === 'dark' || (choice === 'system' && systemDark);
  const root = document.documentElement;
  root.setAttribute('data-theme', dark ? 'dark' : 'light');
  if (projector) root.setAttribute('data-projector', '');
  else root.removeAttribute('data-projector');
}

export function readThemeChoice(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(THEME_KEY);
    return (THEME_CHOICES as readonly string[]).includes(value ?? '') ? (value as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

export function readProjector(): boolean {
  return document.documentElement.hasAttribute('data-projector');
}

export function saveThemePreference(choice: ThemeChoice, projector: boolean): void {
  try {
    window.localStorage.setItem(THEME_KEY, choice);
    window.localStorage.setItem(PROJECTOR_KEY, projector ? 'on' : 'off');
  } catch {
    // Storage refused (private mode): the choice still applies to this page.
  }
}

/** The OS the page runs on, as far as the browser tells (userAgentData where it exists, else the UA string). */
export type Platform = 'mac' | 'windows' | 'linux';

export const detectPlatform = (nav: {
  readonly userAgent: string;
  readonly platform?: string;
  readonly userAgentData?: { readonly platform?: string };
}): Platform => {
  const hint = `${nav.userAgentData?.platform ?? ''} ${nav.platform ?? ''} ${nav.userAgent}`.toLowerCase();
  if (/mac|iphone|ipad/.test(hint)) return 'mac';
  if (/win/.test(hint)) return 'windows';
  return 'linux';
};

/** Which next steps each OS gets, most common first (keys of the app catalogue). */
export const STEPS = {
  mac: ['stepDesktop', 'stepColima', 'stepPodmanMac'],
  windows: ['stepDesktopWindows', 'stepPodmanWindows'],
  linux: ['stepEngineLinux', 'stepDesktopLinux', 'stepPodmanLinux'],
} as const;

export const OS_NAMES = { mac: 'osMac', windows: 'osWindows', linux: 'osLinux' } as const;

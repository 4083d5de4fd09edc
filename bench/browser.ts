import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/support/chromium.js';

export const launchChromium = (): Promise<Browser> => chromium.launch(CHROMIUM_LAUNCH);

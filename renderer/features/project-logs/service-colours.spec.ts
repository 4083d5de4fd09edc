import { describe, expect, it } from 'vitest';
import { createColourAssigner, linePrefix, SERVICE_COLOURS } from './service-colours.js';

describe('service colours', () => {
  it('gives each service its own colour and keeps it', () => {
    const colourOf = createColourAssigner();
    const web = colourOf('web');
    const worker = colourOf('worker');
    expect(web).not.toBe(worker);
    expect(colourOf('web')).toBe(web);
    expect(colourOf('worker')).toBe(worker);
  });

  it('never uses red, which marks stderr, and cycles past the palette', () => {
    expect(SERVICE_COLOURS).not.toContain('\x1b[31m');
    const colourOf = createColourAssigner();
    const colours = Array.from({ length: SERVICE_COLOURS.length + 1 }, (_, i) => colourOf(`s${i}`));
    expect(new Set(colours.slice(0, SERVICE_COLOURS.length)).size).toBe(SERVICE_COLOURS.length);
    expect(colours.at(-1)).toBe(colours[0]);
  });

  it('pads the label to the longest one of the project', () => {
    expect(linePrefix('web', 6, '\x1b[36m')).toBe('\x1b[36mweb    |\x1b[39m ');
  });
});

const MAX_SUMMARY = 600;

/**
 * The first paragraph of a readme worth reading, as plain text: headings, badges, images, HTML
 * and link targets dropped (the text is shown as text, never rendered as markdown or HTML).
 */
export const hubSummary = (markdown: string): string => {
  const paragraphs = markdown
    .replace(/\r\n/g, '\n')
    .replace(/<[^>]*>/g, '')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .filter((line) => !/^\s*(#|[-*_]{3,}\s*$|\||```)/.test(line))
        .join(' ')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length >= 20);
  const first = paragraphs[0] ?? '';
  return first.length > MAX_SUMMARY ? `${first.slice(0, MAX_SUMMARY - 1)}…` : first;
};

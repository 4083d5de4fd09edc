import { checkImageTag } from '../../../shared/build/image-tag.js';
import {
  KEY_PATTERN,
  STAGE_PATTERN,
  type BuildRequest,
  type ContextInfo,
} from '../../../shared/contract/build.js';
import { translate } from '../../i18n/index.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { messages } from './messages.js';

export interface KeyValueRow {
  readonly id: number;
  readonly key: string;
  readonly value: string;
}

export interface BuildForm {
  readonly contextPath: string;
  readonly dockerfile: string;
  /** Several tags, separated by spaces, commas or new lines. */
  readonly tags: string;
  readonly buildArgs: readonly KeyValueRow[];
  readonly labels: readonly KeyValueRow[];
  readonly target: string;
  readonly noCache: boolean;
  readonly pull: boolean;
}

export type RowKind = 'buildArgs' | 'labels';

export type BuildField = 'contextPath' | 'dockerfile' | 'tags' | 'buildArgs' | 'labels' | 'target';

export type FieldErrors = Partial<Record<BuildField, string>>;

export const EMPTY_FORM: BuildForm = {
  contextPath: '',
  dockerfile: 'Dockerfile',
  tags: '',
  buildArgs: [],
  labels: [],
  target: '',
  noCache: false,
  pull: false,
};

export const splitTags = (text: string): string[] => text.split(/[\s,]+/).filter((tag) => tag !== '');

/** Absolute on the backend's machine: `/…` or a Windows drive / UNC path. */
export const isAbsolutePath = (path: string): boolean => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path);

const checkRows = (
  rows: readonly KeyValueRow[],
  kind: RowKind,
): { error?: string; pairs: { key: string; value: string }[] } => {
  const pairs: { key: string; value: string }[] = [];
  const seen = new Set<string>();
  const noun = translate(messages, kind === 'buildArgs' ? 'buildArgsNoun' : 'labelsNoun');
  for (const row of rows) {
    const key = row.key.trim();
    // A row left entirely empty is not a mistake, just unused.
    if (key === '' && row.value === '') continue;
    if (!KEY_PATTERN.test(key)) {
      return { error: translate(messages, 'rowKeyInvalid', { noun, key }), pairs };
    }
    if (seen.has(key)) return { error: translate(messages, 'rowTwice', { noun, key }), pairs };
    if (row.value.includes('\0')) return { error: translate(messages, 'rowNul', { noun, key }), pairs };
    seen.add(key);
    pairs.push({ key, value: row.value });
  }
  return { pairs };
};

/** Checks the form as the backend will; the request is null while any field is wrong. */
export const validateBuildForm = (
  form: BuildForm,
): { readonly errors: FieldErrors; readonly request: BuildRequest | null } => {
  const errors: FieldErrors = {};
  const contextPath = form.contextPath.trim();
  if (contextPath === '') errors.contextPath = translate(messages, 'contextEmpty');
  else if (!isAbsolutePath(contextPath)) errors.contextPath = translate(messages, 'contextRelative');
  const dockerfile = form.dockerfile.trim() || 'Dockerfile';
  const tags = splitTags(form.tags);
  for (const tag of tags) {
    const check = checkImageTag(tag);
    if (!check.ok) {
      errors.tags = check.message;
      break;
    }
  }
  if (tags.length > 32) errors.tags = translate(messages, 'tooManyTags');
  const args = checkRows(form.buildArgs, 'buildArgs');
  if (args.error) errors.buildArgs = args.error;
  const labels = checkRows(form.labels, 'labels');
  if (labels.error) errors.labels = labels.error;
  const target = form.target.trim();
  if (target !== '' && !STAGE_PATTERN.test(target)) {
    errors.target = translate(messages, 'stageInvalid');
  }
  if (Object.keys(errors).length > 0) return { errors, request: null };
  return {
    errors,
    request: {
      contextPath,
      dockerfile,
      tags,
      buildArgs: args.pairs,
      labels: labels.pairs,
      target,
      noCache: form.noCache,
      pull: form.pull,
    },
  };
};

/** "12 files, 2 folders, 1 link · 4.2 KiB" */
export const contextSizeText = (info: ContextInfo): string => {
  const parts = [
    translate(messages, 'files', { count: info.files }),
    translate(messages, 'folders', { count: info.directories }),
  ];
  if (info.symlinks > 0) parts.push(translate(messages, 'links', { count: info.symlinks }));
  return translate(messages, 'sizeToSend', {
    parts: parts.join(translate(messages, 'listSeparator')),
    size: formatBytes(info.bytes),
  });
};

export const ignoredText = (info: ContextInfo): string => {
  if (!info.hasDockerignore) return translate(messages, 'noDockerignore');
  if (info.ignoredCount === 0) return translate(messages, 'ignoresNothing');
  return translate(messages, 'ignores', { count: info.ignoredCount });
};

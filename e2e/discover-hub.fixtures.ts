/**
 * Docker Hub's public API answers in the shape hub.docker.com/v2 gives them (field names and
 * nesting as Hub sends them; values trimmed to what the view shows). Served by a local HTTP
 * server in the test: this machine has no internet, and a test must not depend on Hub's data.
 * The repository is the local test image's name, so "Run" can finish offline from its copy.
 */
export const HUB_SEARCH = {
  count: 2,
  next: null,
  previous: null,
  results: [
    {
      repo_name: 'berth-test/busybox',
      short_description: 'Busybox from scratch, for Berth tests',
      star_count: 1234,
      pull_count: 5600000,
      repo_owner: '',
      is_automated: false,
      is_official: false,
    },
    {
      repo_name: 'library/nginx',
      short_description: 'Official build of Nginx.',
      star_count: 20000,
      pull_count: 1000000000,
      repo_owner: '',
      is_automated: false,
      is_official: true,
    },
  ],
};

export const HUB_REPOSITORY = {
  user: 'berth-test',
  name: 'busybox',
  namespace: 'berth-test',
  repository_type: 'image',
  status: 1,
  description: 'Busybox from scratch, for Berth tests',
  is_private: false,
  star_count: 1234,
  pull_count: 5600000,
  last_updated: '2026-11-30T10:00:00.000000Z',
  full_description:
    '# busybox\n\n[![badge](https://example.invalid/b.svg)](https://example.invalid)\n\nBusyBox combines tiny versions of many common UNIX utilities into a single small executable.\n\nMore text.',
};

export const HUB_TAGS = {
  count: 1,
  next: null,
  previous: null,
  results: [
    {
      name: 'latest',
      last_updated: '2026-11-30T10:00:00.000000Z',
      tag_last_pushed: '2026-11-29T09:00:00.000000Z',
      digest: 'sha256:1111111111111111111111111111111111111111111111111111111111111111',
      images: [
        {
          architecture: 'amd64',
          os: 'linux',
          variant: null,
          size: 2155000,
          digest: 'sha256:2222222222222222222222222222222222222222222222222222222222222222',
        },
        {
          architecture: 'arm64',
          os: 'linux',
          variant: 'v8',
          size: 1930000,
          digest: 'sha256:3333333333333333333333333333333333333333333333333333333333333333',
        },
      ],
    },
  ],
};

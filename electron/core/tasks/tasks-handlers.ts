import type { CoreDeps } from '../core-deps.js';
import type { FeatureHandlers } from '../rpc/router.js';

export const tasksHandlers = ({ tasks, hub, disposables }: CoreDeps): FeatureHandlers<'tasks'> => {
  disposables.add(tasks.onChange((task) => hub.emit('tasks.changed', { task })));
  return {
    invokes: {
      'tasks.list': () => Promise.resolve(tasks.list()),
      'tasks.cancel': (req) => Promise.resolve(tasks.cancel(req.id)),
      'tasks.dismiss': (req) => Promise.resolve({ dismissed: tasks.dismiss(req.id) }),
    },
    streams: {
      'tasks.output': (req, sink) =>
        tasks.follow(
          req.id,
          (text, replay) => {
            sink.push({ text, replay }, text.length);
          },
          () => {
            sink.end();
          },
        ),
    },
  };
};

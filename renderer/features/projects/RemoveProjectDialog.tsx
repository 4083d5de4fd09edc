import { useId, useState } from 'react';
import type { ComposeProject } from '../../../shared/compose/projects.js';
import { useClient } from '../../lib/client-context.js';
import { Modal } from '../../ui/Modal.js';
import { removeProject } from './project-commands.js';
import { SafeText } from '../../ui/SafeText.js';

/**
 * Confirms removing a whole project: its containers and networks, and its volumes if asked.
 * A running project says so and is stopped first only when the person confirms that.
 */
export function RemoveProjectDialog({
  project,
  onClose,
}: {
  readonly project: ComposeProject;
  readonly onClose: () => void;
}) {
  const client = useClient();
  const titleId = useId();
  const descriptionId = useId();
  const [volumes, setVolumes] = useState(false);
  const running = project.running > 0;

  return (
    <Modal labelledBy={titleId} describedBy={descriptionId} onCancel={onClose}>
      <h2 id={titleId}>
        Remove project <SafeText text={project.name} />
      </h2>
      <p id={descriptionId}>
        {running
          ? `${project.name} is running (${project.running} of ${project.total}). Its containers will be stopped, then removed with its networks. This cannot be undone.`
          : `Remove the ${project.containerIds.length} containers and the networks of ${project.name}? This cannot be undone.`}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={volumes}
          onChange={(event) => {
            setVolumes(event.currentTarget.checked);
          }}
        />
        Also remove the project’s volumes
      </label>
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button danger-solid"
          onClick={() => {
            onClose();
            void removeProject(client, project.name, { volumes, force: running });
          }}
        >
          {running ? 'Stop and remove' : 'Remove'}
        </button>
      </div>
    </Modal>
  );
}

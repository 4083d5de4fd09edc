import { useState } from 'react';
import type { ComposeProject } from '../../../shared/compose/projects.js';
import { useClient } from '../../lib/client-context.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
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
  const [volumes, setVolumes] = useState(false);
  const running = project.running > 0;

  return (
    <ConfirmDialog
      title={
        <>
          Remove project <SafeText text={project.name} />
        </>
      }
      description={
        running
          ? `${project.name} is running (${project.running} of ${project.total}). Its containers will be stopped, then removed with its networks. This cannot be undone.`
          : `Remove the ${project.containerIds.length} containers and the networks of ${project.name}? This cannot be undone.`
      }
      options={[{ label: 'Also remove the project’s volumes', checked: volumes, onChange: setVolumes }]}
      confirm={running ? 'Stop and remove' : 'Remove'}
      onConfirm={() => {
        onClose();
        void removeProject(client, project.name, { volumes, force: running });
      }}
      onCancel={onClose}
    />
  );
}

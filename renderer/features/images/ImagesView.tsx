import { ComingSoon } from '../../app/ComingSoon.js';
import { BuildDialog, LoadImageButton, openBuildDialog } from '../build/index.js';

// Temporary: the build dialog's entry points live here until the images view replaces this placeholder.
export function ImagesView() {
  return (
    <>
      <div className="images-actions" role="toolbar" aria-label="Image actions">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            openBuildDialog();
          }}
        >
          Build image…
        </button>
        <LoadImageButton />
      </div>
      <ComingSoon title="Images" />
      <BuildDialog />
    </>
  );
}

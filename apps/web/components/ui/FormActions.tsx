import { Button } from './Button';

/** The Cancel / submit row at the foot of every form dialog. */
export function FormActions({ onCancel, pending, submitLabel }: { onCancel: () => void; pending: boolean; submitLabel: string }) {
  return (
    <div className="form-actions">
      <Button type="button" onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
      <Button type="submit" variant="primary" pending={pending}>
        {submitLabel}
      </Button>
    </div>
  );
}

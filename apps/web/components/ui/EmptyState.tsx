import type { ReactNode } from 'react';
import { IconInbox } from './Icons';

export function EmptyState({ title, children, action, icon }: { title: string; children?: ReactNode; action?: ReactNode; icon?: ReactNode }) {
  return (
    <div className="empty" data-testid="empty-state">
      <div className="empty-icon">{icon ?? <IconInbox />}</div>
      <h3>{title}</h3>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

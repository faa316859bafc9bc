'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { formatBytes } from '@tm/shared';
import { IconSearch } from '@/components/ui/Icons';
import { gql } from '@/lib/graphql/client';
import { USER_SEARCH } from '@/lib/graphql/documents/users';
import { errorMessage } from '@/lib/graphql/errors';
import type { UserSearchHit } from '@/lib/graphql/models';

/** What the picker shows of a user (from `USER_SEARCH`). */
export type PickedUser = UserSearchHit;

/** Search-as-you-type for a user (part of the username, or the exact token / MAC), keyboard friendly. */
export function UserPicker({ onPick, placeholder = 'Search a user by name, token or MAC' }: { onPick: (u: PickedUser) => void; placeholder?: string }) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<PickedUser[]>([]);
  const [total, setTotal] = useState(0);
  const [active, setActive] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);

  /** Every change of the text goes through here: an empty search clears the list, anything else searches. */
  function changeText(next: string) {
    setText(next);
    if (next.trim()) {
      setLoading(true);
    } else {
      setResults([]);
      setLoading(false);
    }
  }

  useEffect(() => {
    const q = text.trim();
    const id = ++request.current;
    if (!q) return;
    const t = setTimeout(() => {
      gql(USER_SEARCH, { search: q.slice(0, 100), first: 8 })
        .then((d) => {
          if (id !== request.current) return;
          setResults(d.users.nodes);
          setTotal(d.users.totalCount);
          setActive(0);
          setError(null);
        })
        .catch((err) => id === request.current && setError(errorMessage(err)))
        .finally(() => id === request.current && setLoading(false));
    }, 200);
    return () => clearTimeout(t);
  }, [text]);

  function pick(u: PickedUser) {
    onPick(u);
    changeText('');
    setOpen(false);
  }

  const showList = open && text.trim() !== '';

  return (
    <div className="picker">
      <div className="search" style={{ maxWidth: 'none' }}>
        <IconSearch />
        <input
          className="input"
          role="combobox"
          aria-label="Find a user"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && results[active] ? `${listId}-${results[active].id}` : undefined}
          placeholder={placeholder}
          value={text}
          autoComplete="off"
          onChange={(e) => {
            changeText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 120)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((a) => Math.min(results.length - 1, a + 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(0, a - 1));
            } else if (e.key === 'Enter' && results[active]) {
              e.preventDefault();
              pick(results[active]);
            } else if (e.key === 'Escape') {
              setOpen(false);
            }
          }}
        />
      </div>
      {showList && (
        <ul className="picker-list" id={listId} role="listbox" aria-label="Users">
          {error ? (
            <li className="picker-note" role="presentation">
              {error}
            </li>
          ) : results.length === 0 ? (
            <li className="picker-note" role="presentation">
              {loading ? 'Searching…' : 'No user matches.'}
            </li>
          ) : (
            <>
              {results.map((u, i) => (
                <li
                  key={u.id}
                  id={`${listId}-${u.id}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => pick(u)}
                >
                  <span className="primary-cell">{u.username}</span>
                  <span className="muted small">{u.agentUsername ?? 'Admin'}</span>
                  <span className="spacer" />
                  <span className="small">
                    {formatBytes(u.used)}
                    {u.dataLimit && <span className="muted"> of {formatBytes(u.dataLimit)}</span>}
                  </span>
                </li>
              ))}
              {total > results.length && (
                <li className="picker-note" role="presentation">
                  {total - results.length} more — keep typing to narrow down.
                </li>
              )}
            </>
          )}
        </ul>
      )}
    </div>
  );
}

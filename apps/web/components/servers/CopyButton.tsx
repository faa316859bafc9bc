'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { IconCopy } from '@/components/ui/Icons';

/** Copies `text`; without the Clipboard API (plain http), selects the target element instead. */
export function CopyButton({ text, targetId, label = 'Copy', ariaLabel }: { text: string; targetId?: string; label?: string; ariaLabel?: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(t);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      const el = targetId ? document.getElementById(targetId) : null;
      if (el) {
        const range = document.createRange();
        range.selectNodeContents(el);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
    }
  }

  return (
    <Button size="sm" type="button" onClick={copy} aria-label={ariaLabel}>
      <IconCopy /> {copied ? 'Copied' : label}
    </Button>
  );
}

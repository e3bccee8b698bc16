import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/** Waits until typing pauses, so each keystroke is not a request. */
export function useDebounced<T>(value: T, ms = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** `params` with `name` set to `value`, or without `name` when `value` is empty. */
export function withParam(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value);
  else next.delete(name);
  return next;
}

/**
 * The text of a search box, written to the URL's `q` once typing pauses, so a search can be
 * linked and survives a reload. `q` is the trimmed, settled text to ask the server for.
 */
export function useSearchText(): { text: string; setText: (text: string) => void; q: string } {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebounced(text.trim());
  useEffect(() => {
    setParams((current) => withParam(current, 'q', q), { replace: true });
  }, [q, setParams]);
  return { text, setText, q };
}

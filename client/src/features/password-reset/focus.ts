/** A ref callback that moves focus to a message as it appears, so screen readers read it. */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

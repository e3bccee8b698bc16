import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type PlanTab = 'active' | 'archived';
const TABS: readonly PlanTab[] = ['active', 'archived'];

export const tabId = (tab: PlanTab) => `plans-tab-${tab}`;
export const panelId = (tab: PlanTab) => `plans-panel-${tab}`;

/** Active and archived plans as WAI-ARIA tabs: arrow keys switch, Tab moves into the panel. */
export function PlanTabs({
  selected,
  onSelect,
}: {
  selected: PlanTab;
  onSelect: (tab: PlanTab) => void;
}) {
  const { t } = useTranslation();
  const refs = useRef(new Map<PlanTab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(selected);
    let next: PlanTab | undefined;
    if (event.key === 'ArrowRight') next = TABS[(index + 1) % TABS.length];
    else if (event.key === 'ArrowLeft') next = TABS[(index - 1 + TABS.length) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS[TABS.length - 1];
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    refs.current.get(next)?.focus();
  };

  return (
    <div
      className="tabs"
      role="tablist"
      aria-label={t('plans.list.tabsLabel')}
      onKeyDown={onKeyDown}
    >
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            if (element) refs.current.set(tab, element);
            else refs.current.delete(tab);
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          className="tabs__tab"
          aria-selected={selected === tab}
          aria-controls={selected === tab ? panelId(tab) : undefined}
          tabIndex={selected === tab ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {t(`plans.list.${tab}`)}
        </button>
      ))}
    </div>
  );
}

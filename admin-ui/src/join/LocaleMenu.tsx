import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { LOCALES, type LocaleCode } from '../i18n/locales';
import { ChevronDownIcon, GlobeIcon } from './icons';
import { useWords } from './words-context';

/**
 * The language switch: a button that shows the three languages, each marked
 * with its own `lang` so that screen readers pronounce it properly. Escape,
 * a click elsewhere or a choice closes it; focus goes back to the button.
 */
export const LocaleMenu = () => {
  const { locale, translate, changeLocale } = useWords();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const current = LOCALES.find((entry) => entry.locale === locale) ?? LOCALES[0];

  useEffect(() => {
    if (!open) return undefined;
    list.current?.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus();
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (event.target instanceof Node && !list.current?.contains(event.target) && !button.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = (code: LocaleCode) => {
    close();
    if (code !== locale) void changeLocale(code);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.findIndex((item) => item === document.activeElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    items[(at + step + items.length) % items.length]?.focus();
  };

  return (
    <div className="locale-menu">
      <button
        ref={button}
        type="button"
        className="button-text"
        aria-label={translate('app.locale.change', { name: current.name })}
        aria-expanded={open}
        aria-controls={listId}
        data-testid="locale-switcher"
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <GlobeIcon />
        <span>{current.name}</span>
        <ChevronDownIcon />
      </button>
      <ul id={listId} ref={list} className="locale-list" hidden={!open} onKeyDown={onKeyDown}>
        {LOCALES.map((entry) => (
          <li key={entry.locale}>
            <button
              type="button"
              lang={entry.locale}
              aria-current={entry.locale === locale ? 'true' : undefined}
              data-testid={`locale-${entry.locale}`}
              onClick={() => choose(entry.locale)}
            >
              {entry.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
};

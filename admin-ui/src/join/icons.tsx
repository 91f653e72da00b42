/** The page's few icons, drawn inline so that no icon library comes along; all decorative (hidden from screen readers). */
const icon = { width: 20, height: 20, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const;

export const GlobeIcon = () => (
  <svg {...icon} fill="none" stroke="currentColor" strokeWidth={2}>
    <circle cx="12" cy="12" r="9" />
    <path d="M3 12h18M12 3c-2.5 2.4-3.5 5.4-3.5 9s1 6.6 3.5 9c2.5-2.4 3.5-5.4 3.5-9s-1-6.6-3.5-9z" />
  </svg>
);

export const ChevronDownIcon = () => (
  <svg {...icon} width={16} height={16} fill="none" stroke="currentColor" strokeWidth={2.5}>
    <path d="M6 9l6 6 6-6" />
  </svg>
);

export const SendIcon = () => (
  <svg {...icon} fill="currentColor">
    <path d="M3 20.5V14l9-2-9-2V3.5L22 12z" />
  </svg>
);

export const CloseIcon = () => (
  <svg {...icon} width={14} height={14} fill="none" stroke="currentColor" strokeWidth={3}>
    <path d="M6 6l12 12M18 6L6 18" />
  </svg>
);

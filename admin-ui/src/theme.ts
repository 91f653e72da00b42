import { createElement } from 'react';
import type { RaThemeOptions } from 'react-admin';
import { ListError } from './common/ListError';
import { ListPagination } from './common/ListPagination';
import { darkBaseTheme, lightBaseTheme } from './theme-base';

// Every list says when its total is an estimate, and says so when its request failed.
const withListDefaults = (theme: RaThemeOptions): RaThemeOptions => ({
  ...theme,
  components: { ...theme.components, RaList: { defaultProps: { pagination: createElement(ListPagination), error: createElement(ListError) } } },
});

export const lightTheme = withListDefaults(lightBaseTheme);
export const darkTheme = withListDefaults(darkBaseTheme);
